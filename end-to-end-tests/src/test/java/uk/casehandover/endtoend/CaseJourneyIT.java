package uk.casehandover.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;

/**
 * One synthetic case handed between the real police, CPS and ISVA services - each its own Spring application and
 * database, relaying through its outbox and Debezium, over the real broker and registry - through its whole
 * pre-charge life, checking at every step what each agency sees. Every person acts with a real token from the
 * platform's identity provider, and the ISVA is refused the case file at the police and at CPS.
 */
@RealPlatformTest
class CaseJourneyIT {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String SUSPECT = "98/1234567L";
    private static RunningAgencies agencies;
    private static Agency officer;
    private static Agency lawyer;
    private static RealPlatform platform;

    @BeforeAll
    static void startTheAgencies(RealPlatform started) {
        platform = started;
        agencies = RunningAgencies.start(started);
        officer = new Agency(agencies.police, started.tokenFor("PC-0001"));
        lawyer = new Agency(agencies.cps, started.tokenFor("CPS-0042"));
    }

    @AfterAll
    static void stopTheAgencies() {
        if (agencies != null) {
            agencies.close();
        }
    }

    @Test
    void aCaseTravelsFromEarlyAdviceToChargeAndEveryAgencySeesExactlyItsPart() {
        String urn = aNewUrn();
        String isvaService = "ISVA-SVC-0001";
        Agency isva = new Agency(agencies.isva, platform.tokenFor("ISVA-0007"));
        String isvaUpdates = "/api/isva-services/" + isvaService + "/updates?urn=" + urn;

        // the officer opens the case; the victim consents to sharing with their ISVA service
        officer.does("/api/cases", aCase(urn));
        officer.does("/api/cases/" + urn + "/consent", Map.of("isvaServiceId", isvaService,
                "scopes", List.of("MILESTONES", "NEXT_STEPS", "DECISION_OUTCOMES", "SAFETY_BAIL_CONDITIONS")));

        // early advice: asked by police, given by CPS, seen by police
        officer.does("/api/cases/" + urn + "/early-advice-requests", Map.of("summary", "Synthetic summary",
                "linesOfEnquiry", List.of("Synthetic line of enquiry"),
                "questionsForProsecutor", List.of("Synthetic question")));
        awaitState(lawyer, urn, "EARLY_ADVICE_REQUESTED");
        lawyer.does("/api/cases/" + urn + "/early-advice", Map.of("advice", "Synthetic advice",
                "recommendedLinesOfEnquiry", List.of("Synthetic recommendation")));
        awaitState(officer, urn, "EARLY_ADVICE_GIVEN");

        // a first file without a disclosure schedule: received, acknowledged on receipt, rejected at triage
        officer.does("/api/cases/" + urn + "/case-files", aFile(List.of()));
        awaitState(lawyer, urn, "FILE_RECEIVED");
        assertThat(lawyer.sees("/api/cases/" + urn + "/file-standard").get("compliant").asBoolean()).isFalse();
        awaitState(officer, urn, "FILE_RECEIVED");
        lawyer.does("/api/cases/" + urn + "/reject", Map.of("reasons", List.of("NO_DISCLOSURE_SCHEDULE"),
                "note", "Synthetic note: the MG6 schedules are missing"));
        awaitState(officer, urn, "REJECTED");

        // resubmitted complete, accepted
        officer.does("/api/cases/" + urn + "/case-files", aFile(List.of("MG6C")));
        awaitState(lawyer, urn, "FILE_RECEIVED");
        lawyer.does("/api/cases/" + urn + "/accept", Map.of());
        awaitState(officer, urn, "ACCEPTED");

        // an action plan, answered
        LocalDate due = LocalDate.now().plusDays(14);
        lawyer.does("/api/cases/" + urn + "/action-plans", Map.of("dueOn", due.toString(), "items", List.of(
                Map.of("description", "Synthetic: obtain the phone download", "owner", "OFFICER_IN_CASE", "dueOn", due.toString()))));
        JsonNode plan = awaitState(officer, urn, "ACTION_PLAN_OPEN").get("openActionPlan");
        String itemId = plan.get("items").get(0).get("itemId").asString();
        officer.does("/api/cases/" + urn + "/action-plans/" + plan.get("sequenceNumber").asInt() + "/answer",
                Map.of("responses", List.of(Map.of("itemId", itemId, "status", "COMPLETED",
                        "response", "Synthetic: download attached", "additionalDocuments", List.of()))));
        awaitState(lawyer, urn, "UNDER_REVIEW");

        // charged; the police see the decision and tell the victim, which closes the loop at CPS
        lawyer.does("/api/cases/" + urn + "/decision", Map.of("outcome", "CHARGE",
                "charges", List.of(Map.of("cjsOffenceCode", "SX03001", "suspectPncId", SUSPECT)),
                "testApplied", "FULL_CODE_TEST", "rationale", "Synthetic rationale"));
        JsonNode decided = awaitState(officer, urn, "DECIDED");
        assertThat(decided.get("decision").get("outcome").asString()).isEqualTo("CHARGE");
        officer.does("/api/cases/" + urn + "/victim-told", Map.of(
                "toldAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString(), "method", "IN_PERSON"));
        awaitState(officer, urn, "VICTIM_TOLD");
        await("CPS records that the victim was told", () -> lawyer.sees("/api/cases/" + urn),
                view -> view != null && !view.get("victimToldAt").isNull());

        // the ISVA sees exactly the consented milestones, in order, and nothing else; and acknowledges each
        JsonNode updates = await("the ISVA has three updates", () -> isva.sees(isvaUpdates + "&order=BY_CASE"),
                list -> list != null && list.size() == 3);
        assertThat(milestones(updates)).containsExactly("FILE_SUBMITTED", "FILE_SUBMITTED", "DECISION_MADE");
        assertThat(updates.get(2).get("outcomeType").asString()).isEqualTo("CHARGE");
        for (JsonNode update : updates) {
            assertThat(fieldNames(update)).doesNotContain("mg3Summary", "caseSummary", "evidenceManifest",
                    "disclosureSchedules", "suspects", "suspectPncIds", "rationale", "charges");
            isva.does("/api/isva-services/" + isvaService + "/updates/" + update.get("updateId").asString()
                    + "/acknowledgement", Map.of());
        }
        // ... and is refused the case file at the police and at CPS; another ISVA service is refused these updates
        assertThat(new Agency(agencies.police, platform.tokenFor("ISVA-0007")).statusOf("/api/cases/" + urn))
                .isEqualTo(403);
        assertThat(new Agency(agencies.cps, platform.tokenFor("ISVA-0007")).statusOf("/api/cases/" + urn))
                .isEqualTo(403);
        assertThat(new Agency(agencies.isva, platform.tokenFor("ISVA-0008")).statusOf(isvaUpdates)).isEqualTo(403);

        // every handover acknowledged by its receiver, as each sender sees it
        await("the police see every handover acknowledged", () -> officer.sees("/api/cases/" + urn), view ->
                allAcknowledged(view.get("sentToCps")) && allAcknowledged(view.get("sentToIsva"))
                        && allRead(view.get("sentToIsva")));
        JsonNode atCps = await("CPS sees every handover acknowledged by the police", () -> lawyer.sees("/api/cases/" + urn),
                view -> cpsEventsAllAcknowledged(view.get("handovers")));
        assertThat(types(atCps.get("handovers"))).contains("CaseFileReceiptAcknowledged", "CaseFileRejected",
                "CaseFileAccepted", "EarlyAdviceGiven", "ActionPlanIssued", "ChargingDecisionMade",
                "VictimToldOfDecision");
    }

    @Test
    void afterTheVictimWithdrawsConsentNothingMoreReachesTheirIsva() {
        String urn = aNewUrn();
        String isvaService = "ISVA-SVC-0002";
        Agency isva = new Agency(agencies.isva, platform.tokenFor("ISVA-0008"));
        String consents = "/api/isva-services/" + isvaService + "/consents?urn=" + urn;
        String updates = "/api/isva-services/" + isvaService + "/updates?urn=" + urn;
        officer.does("/api/cases", aCase(urn));
        officer.does("/api/cases/" + urn + "/consent", Map.of("isvaServiceId", isvaService, "scopes", List.of("MILESTONES")));
        officer.does("/api/cases/" + urn + "/case-files", aFile(List.of("MG6C")));
        await("the ISVA has the file-submitted update", () -> isva.sees(updates), list -> list != null && list.size() == 1);

        officer.does("/api/cases/" + urn + "/consent/withdrawal", Map.of());
        officer.does("/api/cases/" + urn + "/bail-changes", Map.of(
                "bailExpiresAt", Instant.now().plus(60, ChronoUnit.DAYS).toString(),
                "safetyBailConditions", List.of("Synthetic: not to contact the victim")));
        // a later consent event on the same partition proves everything sent before it has been applied
        officer.does("/api/cases/" + urn + "/consent", Map.of("isvaServiceId", isvaService, "scopes", List.of("MILESTONES")));
        await("the ISVA has the renewed consent", () -> isva.sees(consents),
                list -> list != null && list.size() == 1 && "IN_FORCE".equals(list.get(0).get("status").asString()));

        assertThat(milestones(isva.sees(updates))).doesNotContain("BAIL_CHANGED");
        JsonNode atPolice = officer.sees("/api/cases/" + urn);
        assertThat(milestonesSent(atPolice.get("sentToIsva"))).containsExactly("FILE_SUBMITTED");
    }

    private static JsonNode awaitState(Agency agency, String urn, String state) {
        return await(urn + " reaches " + state, () -> agency.sees("/api/cases/" + urn),
                view -> view != null && state.equals(view.get("state").asString()));
    }

    private static JsonNode await(String what, Supplier<JsonNode> read, Predicate<JsonNode> until) {
        return Awaitility.await(what).atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(100))
                .until(read::get, until::test);
    }

    private static boolean allAcknowledged(JsonNode entries) {
        for (JsonNode entry : entries) {
            if (!entry.get("eventType").asString().endsWith("HandoverAcknowledged") && entry.get("acknowledgedAt").isNull()) {
                return false;
            }
        }
        return !entries.isEmpty();
    }

    private static boolean allRead(JsonNode entries) {
        for (JsonNode entry : entries) {
            if (entry.get("eventType").asString().endsWith("VictimUpdateIssued") && entry.get("readAt").isNull()) {
                return false;
            }
        }
        return true;
    }

    private static boolean cpsEventsAllAcknowledged(JsonNode handovers) {
        boolean any = false;
        for (JsonNode handover : handovers) {
            String type = handover.get("eventType").asString();
            if ("SENT".equals(handover.get("direction").asString())) {
                if (!type.endsWith("HandoverAcknowledged")) {
                    any = true;
                    if (handover.get("acknowledgedAt").isNull()) {
                        return false;
                    }
                }
            }
        }
        return any;
    }

    private static List<String> milestones(JsonNode updates) {
        List<String> milestones = new ArrayList<>();
        updates.forEach(update -> milestones.add(update.get("milestone").asString()));
        return milestones;
    }

    private static List<String> milestonesSent(JsonNode sentToIsva) {
        List<String> milestones = new ArrayList<>();
        sentToIsva.forEach(entry -> {
            if (entry.get("eventType").asString().endsWith("VictimUpdateIssued")) {
                milestones.add(entry.get("milestone").asString());
            }
        });
        return milestones;
    }

    private static List<String> types(JsonNode handovers) {
        List<String> types = new ArrayList<>();
        handovers.forEach(handover -> {
            String type = handover.get("eventType").asString();
            types.add(type.substring(type.lastIndexOf('.') + 1));
        });
        return types;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static String aNewUrn() {
        return "01ZD" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static Map<String, Object> aCase(String urn) {
        return Map.of("urn", urn, "forceCode", "01",
                "offences", List.of(Map.of("cjsOffenceCode", "SX03001", "description", "Synthetic offence wording")),
                "suspects", List.of(Map.of("pncId", SUSPECT)),
                "victimId", "VICTIM-" + urn.substring(4), "enhancedRightsVictim", true,
                "policeContact", Map.of("team", "Synthetic RASSO Team", "telephone", "01000 000000"));
    }

    private static Map<String, Object> aFile(List<String> disclosureSchedules) {
        return Map.of("mg3Summary", "Synthetic MG3 summary", "caseSummary", "Synthetic case summary",
                "evidenceManifest", List.of(Map.of("documentId", "DOC-1", "title", "Synthetic statement",
                        "documentType", "WITNESS_STATEMENT", "sha256", SHA, "sizeBytes", 4)),
                "disclosureSchedules", disclosureSchedules, "testRequested", "FULL_CODE_TEST",
                "bailExpiresAt", Instant.now().plus(90, ChronoUnit.DAYS).toString(),
                "suspectInCustody", false, "vulnerableVictim", true);
    }
}
