package uk.casehandover.registry.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.registry.subjects.SchemaRegistry;
import uk.casehandover.registry.subjects.StoredSchema;
import uk.casehandover.registry.web.Bodies.SchemaResponse;
import uk.casehandover.registry.web.Bodies.SubjectVersionResponse;

/** Schemas by global id: what deserializers ask for. */
@RestController
@RequestMapping(path = "/schemas/ids/{id}",
        produces = {ConfluentMediaTypes.V1_JSON, ConfluentMediaTypes.DEFAULT_JSON, ConfluentMediaTypes.JSON})
class SchemasController {

    private final SchemaRegistry registry;

    SchemasController(SchemaRegistry registry) {
        this.registry = registry;
    }

    /** The optional {@code subject} parameter names a context in Confluent; this registry has one context. */
    @GetMapping
    SchemaResponse schema(@PathVariable int id) {
        StoredSchema schema = registry.schemaById(id);
        return SchemaResponse.of(schema.schema(), schema.schemaType());
    }

    @GetMapping("/schema")
    String rawSchema(@PathVariable int id) {
        return registry.schemaById(id).schema();
    }

    @GetMapping("/versions")
    List<SubjectVersionResponse> versions(@PathVariable int id,
            @RequestParam(defaultValue = "false") boolean deleted) {
        return registry.versionsUsing(id, deleted).stream()
                .map(v -> new SubjectVersionResponse(v.subject(), v.version()))
                .toList();
    }

    @GetMapping("/subjects")
    List<String> subjects(@PathVariable int id, @RequestParam(defaultValue = "false") boolean deleted) {
        return registry.subjectsUsing(id, deleted);
    }
}
