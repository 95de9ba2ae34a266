package uk.casehandover.registry.web;

import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.registry.errors.RegistryException;
import uk.casehandover.registry.web.Bodies.ModeBody;

/** The registry's mode. Rule: this registry is always READWRITE; asking for another mode is refused with 42204. */
@RestController
@RequestMapping(path = "/mode",
        produces = {ConfluentMediaTypes.V1_JSON, ConfluentMediaTypes.DEFAULT_JSON, ConfluentMediaTypes.JSON})
class ModeController {

    private static final String READWRITE = "READWRITE";
    private static final ModeBody CURRENT = new ModeBody(READWRITE);

    @GetMapping
    ModeBody global() {
        return CURRENT;
    }

    @PutMapping
    ModeBody setGlobal(@RequestBody ModeBody body) {
        return accept(body);
    }

    @GetMapping("/{subject}")
    ModeBody subject(@PathVariable String subject, @RequestParam(defaultValue = "false") boolean defaultToGlobal) {
        if (!defaultToGlobal) {
            throw RegistryException.subjectModeNotConfigured(subject);
        }
        return CURRENT;
    }

    @PutMapping("/{subject}")
    ModeBody setSubject(@PathVariable String subject, @RequestBody ModeBody body) {
        return accept(body);
    }

    private static ModeBody accept(ModeBody body) {
        String mode = body.mode() == null ? null : body.mode().trim().toUpperCase(Locale.ROOT);
        if (!Set.of(READWRITE).contains(mode)) {
            throw RegistryException.invalidMode(body.mode());
        }
        return CURRENT;
    }
}
