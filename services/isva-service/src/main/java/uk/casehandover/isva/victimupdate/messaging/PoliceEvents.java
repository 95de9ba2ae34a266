package uk.casehandover.isva.victimupdate.messaging;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.isva.victimupdate.ConsentGiven;
import uk.casehandover.isva.victimupdate.ConsentKey;
import uk.casehandover.isva.victimupdate.ConsentWithdrawn;
import uk.casehandover.isva.victimupdate.PoliceContact;
import uk.casehandover.isva.victimupdate.ReceivedHandover;
import uk.casehandover.isva.victimupdate.SharingScope;
import uk.casehandover.isva.victimupdate.UpdateIssued;
import uk.casehandover.isva.victimupdate.VictimUpdate;
import uk.casehandover.police.v1.VictimConsentGiven;
import uk.casehandover.police.v1.VictimConsentWithdrawn;
import uk.casehandover.police.v1.VictimUpdateIssued;

/**
 * From the police's Avro events to this service's facts. Only the fields of the minimised feed are read; a sharing
 * scope this service does not know (UNKNOWN) grants nothing.
 */
final class PoliceEvents {

    private PoliceEvents() {
    }

    static ConsentGiven consentGiven(VictimConsentGiven event) {
        return new ConsentGiven(received(event.getMetadata(), event.getSchema().getFullName()),
                event.getVictimId(), event.getIsvaServiceId(), scopes(event.getScopes()));
    }

    static ConsentWithdrawn consentWithdrawn(VictimConsentWithdrawn event) {
        return new ConsentWithdrawn(received(event.getMetadata(), event.getSchema().getFullName()),
                event.getVictimId(), event.getIsvaServiceId(), scopes(event.getWithdrawnScopes()));
    }

    static UpdateIssued updateIssued(VictimUpdateIssued event, Clock clock) {
        HandoverMetadata metadata = event.getMetadata();
        var contact = event.getPoliceContact();
        VictimUpdate update = new VictimUpdate(metadata.getEventId(),
                new ConsentKey(event.getIsvaServiceId(), metadata.getUrn(), event.getVictimId()),
                metadata.getCorrelationId(), event.getMilestone().name(), event.getMilestoneDate(),
                event.getNextStep(), event.getOutcomeType() == null ? null : event.getOutcomeType().name(),
                List.copyOf(event.getSafetyBailConditions()),
                new PoliceContact(contact.getTeam(), contact.getTelephone(), contact.getEmail()),
                clock.instant(), null);
        return new UpdateIssued(received(metadata, event.getSchema().getFullName()), update);
    }

    private static ReceivedHandover received(HandoverMetadata metadata, String eventType) {
        return new ReceivedHandover(metadata.getEventId(), eventType, metadata.getUrn(), metadata.getCorrelationId(),
                metadata.getOccurredAt());
    }

    private static Set<SharingScope> scopes(Collection<uk.casehandover.common.v1.SharingScope> scopes) {
        Set<SharingScope> known = EnumSet.noneOf(SharingScope.class);
        for (uk.casehandover.common.v1.SharingScope scope : scopes) {
            switch (scope) {
                case MILESTONES -> known.add(SharingScope.MILESTONES);
                case NEXT_STEPS -> known.add(SharingScope.NEXT_STEPS);
                case DECISION_OUTCOMES -> known.add(SharingScope.DECISION_OUTCOMES);
                case SAFETY_BAIL_CONDITIONS -> known.add(SharingScope.SAFETY_BAIL_CONDITIONS);
                case UNKNOWN -> { }
            }
        }
        return known;
    }
}
