package uk.casehandover.registry.web;

import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.registry.subjects.SchemaRegistry;
import uk.casehandover.registry.web.Bodies.RegisterResponse;
import uk.casehandover.registry.web.Bodies.SchemaRequest;
import uk.casehandover.registry.web.Bodies.VersionResponse;

/** Subjects and their versions: register, look up, list, delete. */
@RestController
@RequestMapping(path = "/subjects",
        produces = {ConfluentMediaTypes.V1_JSON, ConfluentMediaTypes.DEFAULT_JSON, ConfluentMediaTypes.JSON})
class SubjectsController {

    private final SchemaRegistry registry;

    SubjectsController(SchemaRegistry registry) {
        this.registry = registry;
    }

    /** Confluent's "match everything" prefix is {@code :*:}. */
    @GetMapping
    List<String> subjects(@RequestParam(defaultValue = "false") boolean deleted,
            @RequestParam(required = false) String subjectPrefix) {
        String prefix = subjectPrefix == null || subjectPrefix.equals(":*:") ? null : subjectPrefix;
        return registry.subjects(prefix, deleted);
    }

    @PostMapping("/{subject}")
    VersionResponse lookup(@PathVariable String subject, @RequestBody SchemaRequest request,
            @RequestParam(defaultValue = "false") boolean normalize,
            @RequestParam(defaultValue = "false") boolean deleted) {
        return VersionResponse.of(registry.lookup(subject, request.submission(), normalize, deleted));
    }

    @DeleteMapping("/{subject}")
    List<Integer> deleteSubject(@PathVariable String subject,
            @RequestParam(defaultValue = "false") boolean permanent) {
        return registry.deleteSubject(subject, permanent);
    }

    @GetMapping("/{subject}/versions")
    List<Integer> versions(@PathVariable String subject, @RequestParam(defaultValue = "false") boolean deleted) {
        return registry.versions(subject, deleted);
    }

    @PostMapping("/{subject}/versions")
    RegisterResponse register(@PathVariable String subject, @RequestBody SchemaRequest request,
            @RequestParam(defaultValue = "false") boolean normalize) {
        return new RegisterResponse(registry.register(subject, request.submission(), normalize));
    }

    @GetMapping("/{subject}/versions/{version}")
    VersionResponse version(@PathVariable String subject, @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean deleted) {
        return VersionResponse.of(registry.version(subject, version, deleted));
    }

    @GetMapping("/{subject}/versions/{version}/schema")
    String rawSchema(@PathVariable String subject, @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean deleted) {
        return registry.version(subject, version, deleted).schema();
    }

    /** References are not supported, so no schema refers to another: the answer is always empty. */
    @GetMapping("/{subject}/versions/{version}/referencedby")
    List<Integer> referencedBy(@PathVariable String subject, @PathVariable String version) {
        registry.version(subject, version, true);
        return List.of();
    }

    @DeleteMapping("/{subject}/versions/{version}")
    int deleteVersion(@PathVariable String subject, @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean permanent) {
        return registry.deleteVersion(subject, version, permanent);
    }
}
