package uk.casehandover.registry.web;

/** The content types Confluent's Schema Registry speaks, most preferred first. */
final class ConfluentMediaTypes {

    static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
    static final String DEFAULT_JSON = "application/vnd.schemaregistry+json";
    static final String JSON = "application/json";

    private ConfluentMediaTypes() {
    }
}
