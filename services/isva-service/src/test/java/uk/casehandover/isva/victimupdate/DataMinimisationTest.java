package uk.casehandover.isva.victimupdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import uk.casehandover.isva.v1.VictimUpdateAcknowledged;
import uk.casehandover.isva.victimupdate.web.VictimUpdateView;
import uk.casehandover.police.v1.VictimConsentGiven;
import uk.casehandover.police.v1.VictimConsentWithdrawn;
import uk.casehandover.police.v1.VictimUpdateIssued;

/**
 * Data minimisation, field by field, from the Avro schemas themselves: what reaches an ISVA service is exactly the
 * allow-list below, and no field is named or described as case-file material. A field or an enum symbol added to these
 * schemas fails this test until someone has reviewed it against DOMAIN.md's "Who may see what" and added it here.
 */
class DataMinimisationTest {

    private static final Set<String> METADATA = Set.of("metadata", "metadata.eventId", "metadata.occurredAt",
            "metadata.urn", "metadata.producingAgency", "metadata.producerId", "metadata.actor", "metadata.actor.id",
            "metadata.actor.role", "metadata.correlationId", "metadata.causationId");

    private static final Set<String> UPDATE_FIELDS = with(METADATA, "victimId", "isvaServiceId", "milestone",
            "milestoneDate", "nextStep", "outcomeType", "safetyBailConditions", "policeContact", "policeContact.team",
            "policeContact.telephone", "policeContact.email");

    private static final Set<String> ENUM_SYMBOLS = Set.of(
            // VictimMilestone: the Victims' Code right 6 points and the pre-charge lifecycle, no content
            "VictimMilestone.UNKNOWN", "VictimMilestone.SUSPECT_ARRESTED", "VictimMilestone.SUSPECT_INTERVIEWED",
            "VictimMilestone.RELEASED_UNDER_INVESTIGATION", "VictimMilestone.FILE_SUBMITTED",
            "VictimMilestone.ACTION_PLAN_OUTCOME", "VictimMilestone.DECISION_MADE", "VictimMilestone.BAIL_CHANGED",
            "VictimMilestone.REVIEW_REQUESTED", "VictimMilestone.CASE_REOPENED",
            "VictimMilestone.DECISION_NOT_TO_INVESTIGATE",
            "ChargingOutcome.UNKNOWN", "ChargingOutcome.CHARGE", "ChargingOutcome.NFA_EVIDENTIAL",
            "ChargingOutcome.NFA_PUBLIC_INTEREST", "ChargingOutcome.OUT_OF_COURT_DISPOSAL",
            "SharingScope.UNKNOWN", "SharingScope.MILESTONES", "SharingScope.NEXT_STEPS",
            "SharingScope.DECISION_OUTCOMES", "SharingScope.SAFETY_BAIL_CONDITIONS",
            "Agency.POLICE", "Agency.CPS", "Agency.ISVA_SERVICE", "Agency.PLATFORM",
            "ActorRole.UNKNOWN", "ActorRole.INVESTIGATING_OFFICER", "ActorRole.SUPERVISING_OFFICER",
            "ActorRole.DISCLOSURE_OFFICER", "ActorRole.VICTIM_LIAISON_OFFICER", "ActorRole.PROSECUTOR",
            "ActorRole.DISTRICT_CROWN_PROSECUTOR", "ActorRole.CPS_CASEWORKER", "ActorRole.ISVA", "ActorRole.SYSTEM");

    private static final Pattern FORBIDDEN = Pattern.compile("evidence|interview|mg3|mg6|disclosure|suspect|pnc|"
            + "third[ -]?party|medical|counsel+ing|therap|witness|statement|forensic|exhibit|offence|home address|postal address|"
            + "date of birth|birth|ethnic|health|sexual history|phone download|ciphertext|personal data");

    /** The fields the REST API and the database may hold, each traced to the schema path it comes from. */
    private static final Set<String> VIEW_FROM_SCHEMA = Set.of("updateId <- metadata.eventId", "urn <- metadata.urn",
            "victimId", "milestone", "milestoneDate", "nextStep", "outcomeType", "safetyBailConditions",
            "policeContact", "policeContact.team", "policeContact.telephone", "policeContact.email");
    /** What this service adds of its own: when it received the update, and whether someone here read it. */
    static final Set<String> VIEW_OWN = Set.of("receivedAt", "acknowledged", "acknowledgedAt");

    @Test
    void aVictimUpdateCarriesOnlyTheAllowedFields() {
        assertThat(fieldPaths(VictimUpdateIssued.getClassSchema())).isEqualTo(new TreeSet<>(UPDATE_FIELDS));
    }

    @Test
    void consentEventsCarryOnlyWhoConsentedToWhichServiceAndTheScopes() {
        assertThat(fieldPaths(VictimConsentGiven.getClassSchema()))
                .isEqualTo(new TreeSet<>(with(METADATA, "victimId", "isvaServiceId", "scopes")));
        assertThat(fieldPaths(VictimConsentWithdrawn.getClassSchema()))
                .isEqualTo(new TreeSet<>(with(METADATA, "victimId", "isvaServiceId", "withdrawnScopes")));
    }

    @Test
    void theAcknowledgementWeSendCarriesNothingBeyondIdentifiers() {
        assertThat(fieldPaths(VictimUpdateAcknowledged.getClassSchema()))
                .isEqualTo(new TreeSet<>(with(METADATA, "updateEventId", "victimId", "isvaServiceId")));
    }

    @Test
    void noFieldIsNamedOrDescribedAsCaseFileMaterial() {
        for (Schema schema : List.of(VictimUpdateIssued.getClassSchema(), VictimConsentGiven.getClassSchema(),
                VictimConsentWithdrawn.getClassSchema(), VictimUpdateAcknowledged.getClassSchema())) {
            List<String> hits = new ArrayList<>();
            forEachField(schema, "", (path, field) -> {
                String text = (field.name() + " " + (field.doc() == null ? "" : field.doc())).toLowerCase(Locale.ROOT);
                if (FORBIDDEN.matcher(text).find()) {
                    hits.add(path + ": " + field.doc());
                }
                assertThat(field.doc()).as("doc of " + path).isNotBlank();
            });
            assertThat(hits).as(schema.getFullName()).isEmpty();
        }
    }

    @Test
    void everyEnumSymbolReachingAnIsvaServiceWasReviewed() {
        Set<String> symbols = new TreeSet<>();
        for (Schema schema : List.of(VictimUpdateIssued.getClassSchema(), VictimConsentGiven.getClassSchema(),
                VictimConsentWithdrawn.getClassSchema())) {
            forEachField(schema, "", (path, field) -> {
                Schema declared = unwrap(field.schema());
                Schema type = declared.getType() == Schema.Type.ARRAY ? unwrap(declared.getElementType()) : declared;
                if (type.getType() == Schema.Type.ENUM) {
                    type.getEnumSymbols().forEach(symbol -> symbols.add(type.getName() + "." + symbol));
                }
            });
        }
        assertThat(symbols).isEqualTo(new TreeSet<>(ENUM_SYMBOLS));
    }

    @Test
    void whatThisServiceShowsIsTheAllowListTracedToTheSchemaPlusItsOwnReceipt() {
        Set<String> shown = new TreeSet<>(componentPaths(VictimUpdateView.class, ""));
        Set<String> allowed = new TreeSet<>(VIEW_OWN);
        for (String traced : VIEW_FROM_SCHEMA) {
            String[] parts = traced.split(" <- ");
            String schemaPath = parts.length == 2 ? parts[1] : parts[0];
            assertThat(UPDATE_FIELDS).as("schema path " + schemaPath).contains(schemaPath);
            allowed.add(parts[0]);
        }
        assertThat(shown).isEqualTo(allowed);
    }

    /** The JSON keys of a shown update, nested ones as {@code parent.child}, for the IT to compare responses with. */
    static Set<String> allowedViewKeys() {
        return new TreeSet<>(componentPaths(VictimUpdateView.class, ""));
    }

    private static List<String> componentPaths(Class<?> type, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            paths.add(prefix + component.getName());
            if (component.getType().isRecord()) {
                paths.addAll(componentPaths(component.getType(), prefix + component.getName() + "."));
            }
        }
        return paths;
    }

    private static Set<String> fieldPaths(Schema schema) {
        Set<String> paths = new TreeSet<>();
        forEachField(schema, "", (path, field) -> paths.add(path));
        return paths;
    }

    private interface FieldVisitor {
        void visit(String path, Schema.Field field);
    }

    private static void forEachField(Schema record, String prefix, FieldVisitor visitor) {
        for (Schema.Field field : record.getFields()) {
            String path = prefix + field.name();
            visitor.visit(path, field);
            Schema type = unwrap(field.schema());
            if (type.getType() == Schema.Type.ARRAY) {
                type = unwrap(type.getElementType());
            }
            if (type.getType() == Schema.Type.RECORD) {
                forEachField(type, path + ".", visitor);
            }
        }
    }

    private static Schema unwrap(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        List<Schema> branches = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
        assertThat(branches).as("union " + schema).hasSize(1);
        return branches.get(0);
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new TreeSet<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
