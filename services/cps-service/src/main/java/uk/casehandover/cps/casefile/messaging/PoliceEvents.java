package uk.casehandover.cps.casefile.messaging;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.common.v1.EncryptedPersonalData;
import uk.casehandover.common.v1.EvidenceDocument;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.common.v1.Offence;
import uk.casehandover.cps.casefile.Actor;
import uk.casehandover.cps.casefile.CaseFile;
import uk.casehandover.cps.casefile.Envelope;
import uk.casehandover.cps.casefile.PoliceHandover;
import uk.casehandover.cps.casefile.VictimOnFile;
import uk.casehandover.cps.casefile.Vocabulary.TestType;
import uk.casehandover.police.v1.ActionPlanAnswered;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.police.v1.DisclosureSchedule;
import uk.casehandover.police.v1.EarlyAdviceRequested;
import uk.casehandover.police.v1.Suspect;
import uk.casehandover.police.v1.VictimToldOfDecision;
import uk.casehandover.victimdata.SealedVictimData;
import uk.casehandover.victimdata.VictimField;

/**
 * Reads police events into what the CPS case applies. A case file keeps counts and flags, not its text; its manifest
 * hashes are verified when every entry carries a well-formed SHA-256 (documents themselves travel out of band).
 */
final class PoliceEvents {

    private static final String SHA_256 = "[0-9a-f]{64}";

    private PoliceEvents() {
    }

    static PoliceHandover toDomain(SpecificRecord event, String eventType, Instant receivedAt) {
        HandoverMetadata metadata = (HandoverMetadata) event.get(0);
        PoliceHandover.Incoming incoming = new PoliceHandover.Incoming(metadata.getUrn(), eventType,
                envelope(metadata));
        if (event instanceof EarlyAdviceRequested request) {
            return new PoliceHandover.EarlyAdviceRequest(incoming,
                    request.getOffencesUnderConsideration().stream().map(Offence::getCjsOffenceCode).toList());
        }
        if (event instanceof CaseFileSubmitted file) {
            return new PoliceHandover.CaseFileSubmission(incoming, caseFile(file, receivedAt), victims(file));
        }
        if (event instanceof ActionPlanAnswered answer) {
            return new PoliceHandover.ActionPlanAnswer(incoming, answer.getPlanSequenceNumber());
        }
        if (event instanceof VictimToldOfDecision told) {
            return new PoliceHandover.VictimTold(incoming, told.getDecisionEventId(), told.getToldAt());
        }
        if (event instanceof HandoverAcknowledged ack) {
            return new PoliceHandover.PoliceAcknowledgement(incoming, ack.getAcknowledgedEventId());
        }
        throw new IllegalArgumentException(eventType + " is not a police-to-CPS handover");
    }

    static boolean hashesWellFormed(List<EvidenceDocument> manifest) {
        return manifest.stream().allMatch(document -> document.getSha256() != null
                && document.getSha256().matches(SHA_256));
    }

    private static CaseFile caseFile(CaseFileSubmitted file, Instant receivedAt) {
        return new CaseFile(file.getMetadata().getEventId(), file.getSubmissionNumber(), receivedAt,
                file.getMg3Summary() != null && !file.getMg3Summary().isBlank(), file.getEvidenceManifest().size(),
                hashesWellFormed(file.getEvidenceManifest()),
                (int) file.getDisclosureSchedules().stream().filter(s -> s != DisclosureSchedule.UNKNOWN).count(),
                file.getSuspects().stream().map(Suspect::getPncId).toList(),
                file.getOffences().stream().map(Offence::getCjsOffenceCode).toList(),
                TestType.valueOf(file.getTestRequested().name()), file.getSuspectInCustody(),
                file.getCustodyExpiresAt(), file.getBailExpiresAt(), file.getVulnerableVictim(),
                file.getEnhancedRightsVictim());
    }

    /** Each victim by id, with the four encrypted fields as received; all must name the same key (one per victim). */
    static List<VictimOnFile> victims(CaseFileSubmitted file) {
        return file.getVictims().stream().map(victim -> {
            Map<VictimField, EncryptedPersonalData> fields = new EnumMap<>(VictimField.class);
            put(fields, VictimField.NAME, victim.getName());
            put(fields, VictimField.DATE_OF_BIRTH, victim.getDateOfBirth());
            put(fields, VictimField.CONTACT_DETAILS, victim.getContactDetails());
            put(fields, VictimField.COMMUNICATION_PREFERENCES, victim.getCommunicationPreferences());
            if (fields.isEmpty()) {
                return new VictimOnFile(victim.getVictimId(), null);
            }
            Set<String> keyIds = new HashSet<>();
            fields.values().forEach(f -> keyIds.add(f.getKeyId()));
            if (keyIds.size() != 1) {
                throw new IllegalArgumentException("victim " + victim.getVictimId()
                        + ": personal data fields under different keys");
            }
            Map<VictimField, byte[]> ciphertexts = new EnumMap<>(VictimField.class);
            fields.forEach((field, encrypted) -> ciphertexts.put(field, bytes(encrypted.getCiphertext())));
            return new VictimOnFile(victim.getVictimId(), SealedVictimData.of(keyIds.iterator().next(), ciphertexts));
        }).toList();
    }

    private static void put(Map<VictimField, EncryptedPersonalData> fields, VictimField field,
            EncryptedPersonalData value) {
        if (value != null) {
            fields.put(field, value);
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }

    private static Envelope envelope(HandoverMetadata metadata) {
        return new Envelope(metadata.getEventId(), metadata.getOccurredAt(),
                new Actor(metadata.getActor().getId(), metadata.getActor().getRole().name()),
                metadata.getCorrelationId(), metadata.getCausationId());
    }
}
