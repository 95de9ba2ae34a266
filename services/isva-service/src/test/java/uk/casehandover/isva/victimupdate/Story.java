package uk.casehandover.isva.victimupdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Fixtures that read like a case: {@code Story.consentGiven(ALL_SCOPES)}, {@code Story.anUpdate().bailChanged(...)}. All synthetic. */
final class Story {

    static final String ISVA = "ISVA-SVC-0001";
    static final String OTHER_ISVA = "ISVA-SVC-0002";
    static final String URN = "01ZD0304208";
    static final String VICTIM = "VICTIM-0001";
    static final ConsentKey KEY = new ConsentKey(ISVA, URN, VICTIM);
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Set<SharingScope> ALL_SCOPES = EnumSet.allOf(SharingScope.class);

    private Story() {
    }

    static ReceivedHandover received(String eventType) {
        return new ReceivedHandover(UUID.randomUUID(), eventType, URN, UUID.randomUUID(), NOW);
    }

    static ConsentGiven consentGiven(Set<SharingScope> scopes) {
        return new ConsentGiven(received("uk.casehandover.police.v1.VictimConsentGiven"), VICTIM, ISVA, scopes);
    }

    static ConsentWithdrawn consentWithdrawn(Set<SharingScope> scopes) {
        return new ConsentWithdrawn(received("uk.casehandover.police.v1.VictimConsentWithdrawn"), VICTIM, ISVA, scopes);
    }

    static UpdateBuilder anUpdate() {
        return new UpdateBuilder();
    }

    static final class UpdateBuilder {
        private ConsentKey key = KEY;
        private String milestone = "FILE_SUBMITTED";
        private LocalDate date = LocalDate.parse("2026-03-02");
        private String outcome;
        private List<String> bail = List.of();

        UpdateBuilder forService(String isvaServiceId) {
            key = new ConsentKey(isvaServiceId, key.urn(), key.victimId());
            return this;
        }

        UpdateBuilder decisionMade(String outcomeType) {
            milestone = "DECISION_MADE";
            outcome = outcomeType;
            return this;
        }

        UpdateBuilder bailChanged(String... conditions) {
            milestone = "BAIL_CHANGED";
            bail = List.of(conditions);
            return this;
        }

        UpdateBuilder on(String isoDate) {
            date = LocalDate.parse(isoDate);
            return this;
        }

        VictimUpdate build() {
            return new VictimUpdate(UUID.randomUUID(), key, UUID.randomUUID(), milestone, date,
                    "A prosecutor will review the file.", outcome, bail,
                    new PoliceContact("Synthetic RASSO Team A", "01632 960001", null), NOW, null);
        }

        UpdateIssued issued() {
            VictimUpdate update = build();
            return new UpdateIssued(new ReceivedHandover(update.updateId(), "uk.casehandover.police.v1.VictimUpdateIssued",
                    key.urn(), update.correlationId(), NOW), update);
        }
    }
}
