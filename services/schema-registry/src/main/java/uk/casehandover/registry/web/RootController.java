package uk.casehandover.registry.web;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.registry.schema.ParsedSchema;

/** The registry's root, its one context and the schema types it supports (AVRO only). */
@RestController
@RequestMapping(produces = {ConfluentMediaTypes.V1_JSON, ConfluentMediaTypes.DEFAULT_JSON, ConfluentMediaTypes.JSON})
class RootController {

    @GetMapping("/")
    Map<String, Object> root() {
        return Map.of();
    }

    /** Confluent's schema contexts; this registry has only the default one. */
    @GetMapping("/contexts")
    List<String> contexts() {
        return List.of(".");
    }

    @GetMapping("/schemas/types")
    List<String> schemaTypes() {
        return List.of(ParsedSchema.TYPE);
    }
}
