package uk.casehandover.verifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import uk.casehandover.transparency.HandoverEntry;
import uk.casehandover.transparency.SignedTreeHead;
import uk.casehandover.transparency.TreeHead;

/**
 * The JSON documents audit-service serves, read field by field. Hashes and signatures are base64, the record's
 * SHA-256 and the log id lower-case hex, instants ISO-8601 UTC, the tree head's timestamp epoch milliseconds.
 */
final class Documents {

    /** GET /api/audit/tree-head. */
    record Head(SignedTreeHead signed, String logId) {
    }

    /** GET /api/audit/entries/{index}/inclusion-proof. */
    record InclusionProof(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> auditPath, HandoverEntry entry) {
    }

    /** GET /api/audit/consistency-proof. */
    record ConsistencyProof(long from, long to, List<byte[]> proof) {
    }

    private Documents() {
    }

    static Head head(String json, String name) {
        Map<String, Object> head = object(json, name);
        long treeSize = number(head, "treeSize", name);
        long timestamp = number(head, "timestamp", name);
        byte[] root = base64(head, "rootHash", name);
        byte[] signature = base64(head, "signature", name);
        try {
            return new Head(new SignedTreeHead(new TreeHead(treeSize, timestamp, root), signature), optionalText(head, "logId"));
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(name + ": " + bad.getMessage());
        }
    }

    static InclusionProof inclusionProof(String json, String name) {
        Map<String, Object> proof = object(json, name);
        HandoverEntry entry = proof.get("entry") instanceof Map<?, ?> map ? entry(cast(map), name + " entry") : null;
        return new InclusionProof(number(proof, "leafIndex", name), number(proof, "treeSize", name),
                proof.get("leafHash") == null ? null : base64(proof, "leafHash", name), hashes(proof, "auditPath", name), entry);
    }

    static ConsistencyProof consistencyProof(String json, String name) {
        Map<String, Object> proof = object(json, name);
        return new ConsistencyProof(number(proof, "from", name), number(proof, "to", name), hashes(proof, "proof", name));
    }

    static HandoverEntry entry(Map<String, Object> entry, String name) {
        byte[] recordSha256;
        try {
            recordSha256 = HexFormat.of().parseHex(text(entry, "recordSha256", name));
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(name + ": recordSha256 must be hex");
        }
        try {
            return new HandoverEntry(recordSha256, text(entry, "topic", name), Math.toIntExact(number(entry, "partition", name)),
                    number(entry, "offset", name), text(entry, "eventId", name), text(entry, "eventType", name),
                    text(entry, "urn", name), text(entry, "producingAgency", name), text(entry, "producerId", name),
                    instant(entry, "occurredAt", name), instant(entry, "recordTimestamp", name), instant(entry, "loggedAt", name));
        } catch (IllegalArgumentException | ArithmeticException bad) {
            throw new BadInputException(name + ": " + bad.getMessage());
        }
    }

    private static Map<String, Object> object(String json, String name) {
        Object parsed;
        try {
            parsed = Json.parse(json);
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(name + ": " + bad.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new BadInputException(name + ": expected a JSON object");
        }
        return cast(map);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static long number(Map<String, Object> object, String field, String name) {
        if (!(object.get(field) instanceof BigDecimal number)) {
            throw new BadInputException(name + ": " + field + " must be a number");
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException bad) {
            throw new BadInputException(name + ": " + field + " must be a whole number within 64 bits");
        }
    }

    private static String text(Map<String, Object> object, String field, String name) {
        if (!(object.get(field) instanceof String text)) {
            throw new BadInputException(name + ": " + field + " must be a string");
        }
        return text;
    }

    private static String optionalText(Map<String, Object> object, String field) {
        return object.get(field) instanceof String text ? text : null;
    }

    private static Instant instant(Map<String, Object> object, String field, String name) {
        try {
            return Instant.parse(text(object, field, name));
        } catch (DateTimeParseException bad) {
            throw new BadInputException(name + ": " + field + " must be an ISO-8601 UTC instant");
        }
    }

    private static byte[] base64(Map<String, Object> object, String field, String name) {
        return decode(text(object, field, name), name + ": " + field);
    }

    private static List<byte[]> hashes(Map<String, Object> object, String field, String name) {
        if (!(object.get(field) instanceof List<?> list)) {
            throw new BadInputException(name + ": " + field + " must be an array of base64 hashes");
        }
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String text)) {
                throw new BadInputException(name + ": " + field + "[" + i + "] must be a base64 string");
            }
            hashes.add(decode(text, name + ": " + field + "[" + i + "]"));
        }
        return hashes;
    }

    static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(what + " must be base64");
        }
    }
}
