package uk.casehandover.platform.serde;

import java.util.Map;

/**
 * Settings of {@link ConfluentAvroSerializer} and {@link ConfluentAvroDeserializer}, named as Confluent names them
 * so that existing Kafka client configuration carries over: {@code auto.register.schemas} (default true),
 * {@code use.latest.version} (default false), {@code specific.avro.reader} (default false), the subject name
 * strategies (default {@link TopicRecordNameStrategy}) and the registry settings of {@link SchemaRegistryClientConfig}.
 */
public record ConfluentAvroSerdeConfig(boolean autoRegisterSchemas, boolean useLatestVersion,
                                       boolean specificAvroReader, SubjectNameStrategy subjectNameStrategy) {

    public static final String SCHEMA_REGISTRY_URL = SchemaRegistryClientConfig.URL;
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = SubjectNameStrategies.VALUE_STRATEGY;
    public static final String KEY_SUBJECT_NAME_STRATEGY = SubjectNameStrategies.KEY_STRATEGY;

    public static ConfluentAvroSerdeConfig defaults() {
        return new ConfluentAvroSerdeConfig(true, false, false, new TopicRecordNameStrategy());
    }

    public static ConfluentAvroSerdeConfig fromConfigs(Map<String, ?> configs, boolean isKey) {
        return new ConfluentAvroSerdeConfig(
                ConfigValues.bool(configs, AUTO_REGISTER_SCHEMAS, true),
                ConfigValues.bool(configs, USE_LATEST_VERSION, false),
                ConfigValues.bool(configs, SPECIFIC_AVRO_READER, false),
                SubjectNameStrategies.fromConfig(configs, isKey));
    }
}
