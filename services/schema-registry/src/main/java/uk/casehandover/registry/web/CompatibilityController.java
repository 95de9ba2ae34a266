package uk.casehandover.registry.web;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.registry.subjects.SchemaRegistry;
import uk.casehandover.registry.web.Bodies.CompatibilityResponse;
import uk.casehandover.registry.web.Bodies.SchemaRequest;

/** Dry-run compatibility checks; the incompatibilities are listed only when {@code verbose=true}. */
@RestController
@RequestMapping(path = "/compatibility/subjects/{subject}/versions",
        produces = {ConfluentMediaTypes.V1_JSON, ConfluentMediaTypes.DEFAULT_JSON, ConfluentMediaTypes.JSON})
class CompatibilityController {

    private final SchemaRegistry registry;

    CompatibilityController(SchemaRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    CompatibilityResponse againstLevel(@PathVariable String subject, @RequestBody SchemaRequest request,
            @RequestParam(defaultValue = "false") boolean verbose,
            @RequestParam(defaultValue = "false") boolean normalize) {
        return answer(registry.checkCompatibility(subject, null, request.submission(), normalize), verbose);
    }

    @PostMapping("/{version}")
    CompatibilityResponse againstVersion(@PathVariable String subject, @PathVariable String version,
            @RequestBody SchemaRequest request, @RequestParam(defaultValue = "false") boolean verbose,
            @RequestParam(defaultValue = "false") boolean normalize) {
        return answer(registry.checkCompatibility(subject, version, request.submission(), normalize), verbose);
    }

    private static CompatibilityResponse answer(List<String> problems, boolean verbose) {
        return new CompatibilityResponse(problems.isEmpty(), verbose ? problems : null);
    }
}
