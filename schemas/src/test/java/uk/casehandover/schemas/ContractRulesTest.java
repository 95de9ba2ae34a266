package uk.casehandover.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.police.v1.VictimUpdateIssued;

class ContractRulesTest {

    private static final Path AVRO_SOURCES = Path.of("src/main/avro");

    @Test
    void everyEventSchemaFileIsInTheTopicCatalogue() throws IOException {
        List<String> eventFiles;
        try (Stream<Path> files = Files.walk(AVRO_SOURCES)) {
            eventFiles = files.filter(file -> file.toString().endsWith(".avsc"))
                    .map(ContractRulesTest::readJson)
                    .filter(json -> json.path("fields").path(0).path("name").asText().equals("metadata"))
                    .map(json -> json.get("namespace").asText() + "." + json.get("name").asText())
                    .toList();
        }

        assertThat(eventFiles).hasSizeGreaterThanOrEqualTo(17);
        List<String> platformEvents = EventCatalogue.platformEvents().stream().map(EventType::fullName).toList();
        assertThat(EventCatalogue.all()).extracting(EventType::fullName)
                .containsExactlyInAnyOrderElementsOf(eventFiles.stream().filter(name -> !platformEvents.contains(name))
                        .toList());
    }

    @Test
    void platformTopicsAreNamedOnceAndCarryOnlyPlatformEvents() {
        assertThat(Stream.of(PlatformTopic.values()).map(PlatformTopic::topicName)).containsExactlyElementsOf(Topics.PLATFORM);
        assertThat(Topics.EVERY).containsExactlyElementsOf(Stream.concat(Topics.ALL.stream(), Topics.PLATFORM.stream()).toList());
        for (EventType type : EventCatalogue.platformEvents()) {
            assertThat(type.fullName()).as("a platform event lives in a platform namespace")
                    .matches("uk\\.casehandover\\.(audit|timeliness)\\.v\\d+\\..*");
            assertThat(EventCatalogue.topicsCarrying(type.fullName())).as(type.fullName() + " never travels on a handover topic")
                    .isEmpty();
        }
    }

    @Test
    void everyEventStartsWithTheSharedMetadataEnvelope() {
        for (EventType type : EventCatalogue.all()) {
            Schema.Field first = type.schema().getFields().get(0);
            assertThat(first.name()).as(type.fullName()).isEqualTo("metadata");
            assertThat(first.schema()).as(type.fullName()).isEqualTo(HandoverMetadata.getClassSchema());
        }
    }

    @Test
    void everyNamedTypeAndFieldIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        EventCatalogue.all().forEach(type -> collectUndocumented(type.schema(), seen, undocumented));

        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyEnumWithADefaultDefaultsToUnknownAndSaysSo() {
        Set<Schema> enums = new HashSet<>();
        EventCatalogue.all().forEach(type -> collectEnums(type.schema(), new HashSet<>(), enums));

        assertThat(enums).isNotEmpty();
        for (Schema schema : enums) {
            if (schema.getEnumDefault() != null) {
                assertThat(schema.getEnumDefault()).as(schema.getFullName()).isEqualTo("UNKNOWN");
                assertThat(schema.getDoc()).as(schema.getFullName()).contains("Will grow");
            } else {
                assertThat(schema.getDoc()).as(schema.getFullName()).contains("no default symbol on purpose");
            }
        }
    }

    /**
     * Avro 1.12's GenericData.Array.equals compares elements without logical-type conversions and throws on a union
     * branch holding e.g. a LocalDate, so a decoded event could not be compared with the one sent.
     */
    @Test
    void noArrayOrMapElementHoldsANullableLogicalType() {
        List<String> offending = new ArrayList<>();
        EventCatalogue.all().forEach(type -> collectNullableLogicalTypesInCollections(type.schema(), false,
                new HashSet<>(), type.fullName(), offending));

        assertThat(offending).isEmpty();
    }

    @Test
    void theVictimUpdateCarriesOnlyTheMinimisedIsvaRecord() {
        assertThat(VictimUpdateIssued.getClassSchema().getFields()).extracting(Schema.Field::name).containsExactly(
                "metadata", "victimId", "isvaServiceId", "milestone", "milestoneDate", "nextStep", "outcomeType",
                "safetyBailConditions", "policeContact");
    }

    @Test
    void theIsvaBoundTopicCarriesNoCaseFileMaterial() {
        assertThat(HandoverTopic.POLICE_TO_ISVA.eventTypes()).extracting(EventType::fullName).containsExactly(
                "uk.casehandover.police.v1.VictimConsentGiven",
                "uk.casehandover.police.v1.VictimConsentWithdrawn",
                "uk.casehandover.police.v1.VictimUpdateIssued");
    }

    @Test
    void eachTopicIsNamedInTopicsAndRunsBetweenTwoDifferentAgencies() {
        assertThat(Stream.of(HandoverTopic.values()).map(HandoverTopic::topicName)).containsExactlyElementsOf(Topics.ALL);
        for (HandoverTopic topic : HandoverTopic.values()) {
            assertThat(topic.sender()).as(topic.name()).isNotEqualTo(topic.receiver());
            assertThat(HandoverTopic.byName(topic.topicName())).contains(topic);
        }
    }

    @Test
    void anAgencysEventsTravelOnlyOnTopicsThatAgencySends() {
        Map<String, Agency> senderByNamespace = Map.of(
                "uk.casehandover.police.v1", Agency.POLICE,
                "uk.casehandover.cps.v1", Agency.CPS,
                "uk.casehandover.isva.v1", Agency.ISVA_SERVICE);
        for (HandoverTopic topic : HandoverTopic.values()) {
            for (EventType type : topic.eventTypes()) {
                Agency owner = senderByNamespace.get(type.schema().getNamespace());
                if (owner != null) {
                    assertThat(topic.sender()).as(type.fullName() + " on " + topic.topicName()).isEqualTo(owner);
                }
            }
        }
    }

    @Test
    void subjectsFollowTheTopicRecordNameStrategy() {
        EventType submitted = EventCatalogue.byFullName("uk.casehandover.police.v1.CaseFileSubmitted").orElseThrow();

        assertThat(submitted.subjectOn(Topics.POLICE_TO_CPS))
                .isEqualTo("handover.police-to-cps-uk.casehandover.police.v1.CaseFileSubmitted");
        assertThat(EventCatalogue.topicsCarrying("uk.casehandover.common.v1.HandoverAcknowledged"))
                .containsExactly(HandoverTopic.POLICE_TO_CPS, HandoverTopic.CPS_TO_POLICE, HandoverTopic.ISVA_TO_POLICE);
    }

    private static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectUndocumented(Schema schema, Set<String> seen, List<String> undocumented) {
        switch (schema.getType()) {
            case RECORD -> {
                if (!seen.add(schema.getFullName())) {
                    return;
                }
                if (isBlank(schema.getDoc())) {
                    undocumented.add(schema.getFullName());
                }
                for (Schema.Field field : schema.getFields()) {
                    if (isBlank(field.doc())) {
                        undocumented.add(schema.getFullName() + "." + field.name());
                    }
                    collectUndocumented(field.schema(), seen, undocumented);
                }
            }
            case ENUM -> {
                if (seen.add(schema.getFullName()) && isBlank(schema.getDoc())) {
                    undocumented.add(schema.getFullName());
                }
            }
            case ARRAY -> collectUndocumented(schema.getElementType(), seen, undocumented);
            case MAP -> collectUndocumented(schema.getValueType(), seen, undocumented);
            case UNION -> schema.getTypes().forEach(branch -> collectUndocumented(branch, seen, undocumented));
            default -> { }
        }
    }

    private static void collectEnums(Schema schema, Set<String> seen, Set<Schema> enums) {
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.add(schema.getFullName())) {
                    schema.getFields().forEach(field -> collectEnums(field.schema(), seen, enums));
                }
            }
            case ENUM -> enums.add(schema);
            case ARRAY -> collectEnums(schema.getElementType(), seen, enums);
            case MAP -> collectEnums(schema.getValueType(), seen, enums);
            case UNION -> schema.getTypes().forEach(branch -> collectEnums(branch, seen, enums));
            default -> { }
        }
    }

    private static void collectNullableLogicalTypesInCollections(Schema schema, boolean inCollection, Set<String> seen,
            String path, List<String> offending) {
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.add(schema.getFullName() + inCollection)) {
                    schema.getFields().forEach(field -> collectNullableLogicalTypesInCollections(field.schema(),
                            inCollection, seen, path + "." + field.name(), offending));
                }
            }
            case ARRAY -> collectNullableLogicalTypesInCollections(schema.getElementType(), true, seen, path + "[]",
                    offending);
            case MAP -> collectNullableLogicalTypesInCollections(schema.getValueType(), true, seen, path + "{}",
                    offending);
            case UNION -> schema.getTypes().forEach(branch -> {
                if (inCollection && branch.getLogicalType() != null) {
                    offending.add(path);
                }
                collectNullableLogicalTypesInCollections(branch, inCollection, seen, path, offending);
            });
            default -> { }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
