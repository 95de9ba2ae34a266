package uk.casehandover.registry.web;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.registry.compatibility.CompatibilityLevel;
import uk.casehandover.registry.config.CompatibilityConfig;
import uk.casehandover.registry.web.Bodies.ConfigResponse;
import uk.casehandover.registry.web.Bodies.ConfigUpdate;

/**
 * Global and per-subject compatibility levels. As in Confluent, reads answer {"compatibilityLevel"} and writes
 * answer {"compatibility"}.
 */
@RestController
@RequestMapping(path = "/config",
        produces = {ConfluentMediaTypes.V1_JSON, ConfluentMediaTypes.DEFAULT_JSON, ConfluentMediaTypes.JSON})
class ConfigController {

    private final CompatibilityConfig config;

    ConfigController(CompatibilityConfig config) {
        this.config = config;
    }

    @GetMapping
    ConfigResponse global() {
        return new ConfigResponse(config.global().name());
    }

    @PutMapping
    ConfigUpdate setGlobal(@RequestBody ConfigUpdate update) {
        CompatibilityLevel level = CompatibilityLevel.parse(update.compatibility());
        config.setGlobal(level);
        return new ConfigUpdate(level.name());
    }

    @DeleteMapping
    ConfigResponse resetGlobal() {
        return new ConfigResponse(config.resetGlobal().name());
    }

    @GetMapping("/{subject}")
    ConfigResponse subject(@PathVariable String subject,
            @RequestParam(defaultValue = "false") boolean defaultToGlobal) {
        return new ConfigResponse(config.ofSubject(subject, defaultToGlobal).name());
    }

    @PutMapping("/{subject}")
    ConfigUpdate setSubject(@PathVariable String subject, @RequestBody ConfigUpdate update) {
        CompatibilityLevel level = CompatibilityLevel.parse(update.compatibility());
        config.setSubject(subject, level);
        return new ConfigUpdate(level.name());
    }

    @DeleteMapping("/{subject}")
    ConfigResponse deleteSubject(@PathVariable String subject) {
        return new ConfigResponse(config.deleteSubject(subject).name());
    }
}
