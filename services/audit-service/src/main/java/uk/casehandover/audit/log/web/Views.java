package uk.casehandover.audit.log.web;

import java.util.Base64;
import java.util.List;
import uk.casehandover.audit.log.CaseHistory;
import uk.casehandover.audit.log.LoggedEntry;
import uk.casehandover.transparency.HandoverEntry;
import uk.casehandover.transparency.LogPublicKey;
import uk.casehandover.transparency.SignedTreeHead;

/**
 * The JSON the audit API serves, and the audit-verifier reads: hashes and signatures base64, recordSha256 and logId
 * lower-case hex, instants ISO-8601 UTC to the millisecond, the tree head's timestamp epoch milliseconds (as signed).
 */
final class Views {

    private Views() {
    }

    record TreeHeadView(long treeSize, long timestamp, String rootHash, String signature, String logId, String publicKey) {
        static TreeHeadView of(SignedTreeHead head, LogPublicKey key) {
            return new TreeHeadView(head.treeSize(), head.head().timestamp(), b64(head.head().rootHash()), b64(head.signature()),
                    key.logId(), key.base64());
        }
    }

    record EntryView(long index, String recordSha256, String topic, int partition, long offset, String eventId, String eventType,
            String urn, String producingAgency, String producerId, String occurredAt, String recordTimestamp, String loggedAt,
            String leafHash, String inclusionProof) {
        static EntryView of(LoggedEntry logged, byte[] leafHash) {
            HandoverEntry e = logged.entry();
            return new EntryView(logged.index(), e.recordSha256Hex(), e.topic(), e.partition(), e.offset(), e.eventId(),
                    e.eventType(), e.urn(), e.producingAgency(), e.producerId(), e.occurredAt().toString(),
                    e.recordTimestamp().toString(), e.loggedAt().toString(), b64(leafHash), proofLink(logged.index()));
        }
    }

    record InclusionProofView(long leafIndex, long treeSize, String leafHash, List<String> auditPath, EntryView entry) {
    }

    record ConsistencyProofView(long from, long to, List<String> proof) {
    }

    record PublicKeyView(String publicKey, String logId, String algorithm, String encoding) {
        static PublicKeyView of(LogPublicKey key) {
            return new PublicKeyView(key.base64(), key.logId(), "Ed25519", "X.509 SubjectPublicKeyInfo DER, base64");
        }
    }

    record Acknowledgement(String at, String eventId) {
    }

    record TimelineItem(long logIndex, String eventId, String eventType, String senderAgency, String senderId, String receiverAgency,
            String topic, String sent, String logged, Acknowledgement acknowledged, String inclusionProof) {
        static TimelineItem of(CaseHistory.Handover handover) {
            HandoverEntry e = handover.logged().entry();
            return new TimelineItem(handover.logged().index(), e.eventId(), e.eventType(), e.producingAgency(), e.producerId(),
                    handover.receiver(), e.topic(), e.occurredAt().toString(), e.recordTimestamp().toString(),
                    handover.acknowledgedAt() == null ? null
                            : new Acknowledgement(handover.acknowledgedAt().toString(), handover.acknowledgedByEventId()),
                    proofLink(handover.logged().index()));
        }
    }

    record TimelineView(String urn, List<TimelineItem> handovers) {
    }

    record ReceivedView(String urn, String agency, String at, List<TimelineItem> handovers) {
    }

    static List<String> b64(List<byte[]> hashes) {
        return hashes.stream().map(Views::b64).toList();
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String proofLink(long index) {
        return "/api/audit/entries/" + index + "/inclusion-proof";
    }
}
