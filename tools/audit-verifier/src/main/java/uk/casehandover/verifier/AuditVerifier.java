package uk.casehandover.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import uk.casehandover.transparency.Hashing;
import uk.casehandover.transparency.HandoverEntry;
import uk.casehandover.transparency.LogPublicKey;
import uk.casehandover.transparency.Proofs;
import uk.casehandover.transparency.Verdict;

/**
 * Checks the handover audit log's proofs with nothing but the log's public key: an agency never has to trust the
 * audit service's word. {@code verify-inclusion} proves that a record (its exact bytes, or its entry's leaf hash) is
 * in the log under a signed tree head; {@code verify-consistency} proves that a later signed head extends an earlier
 * one (nothing removed, reordered or rewritten). Prints "verified" and exits 0, prints what failed and exits 1, or
 * exits 2 when the input cannot be read.
 */
public final class AuditVerifier {

    static final int VERIFIED = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private static final String USAGE = """
            usage:
              audit-verifier verify-inclusion --tree-head HEAD.json --proof PROOF.json
                                              (--record RECORD.bin | --entry-hash LEAF_HASH) --public-key KEY
              audit-verifier verify-consistency --old-head HEAD.json --new-head HEAD.json --proof PROOF.json
                                                --public-key KEY
            HEAD.json and PROOF.json are the documents audit-service serves (GET /api/audit/tree-head,
            /api/audit/entries/{index}/inclusion-proof, /api/audit/consistency-proof). RECORD.bin holds the Kafka
            record value's exact bytes; LEAF_HASH is the entry's RFC 6962 leaf hash (hex or base64). KEY is a file
            (base64, PEM or DER of the X.509 public key) or the base64 itself.
            exit codes: 0 verified, 1 verification failed, 2 bad input""";

    private final PrintStream out;
    private final PrintStream err;

    private AuditVerifier(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command line's whole behaviour, without exiting: returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        AuditVerifier verifier = new AuditVerifier(out, err);
        try {
            if (args.length == 0 || Set.of("-h", "--help", "help").contains(args[0])) {
                (args.length == 0 ? err : out).println(USAGE);
                return args.length == 0 ? BAD_INPUT : VERIFIED;
            }
            Map<String, String> options = options(args);
            return switch (args[0]) {
                case "verify-inclusion" -> verifier.report(verifier.inclusion(options));
                case "verify-consistency" -> verifier.report(verifier.consistency(options));
                default -> throw new BadInputException("unknown command '" + args[0] + "'");
            };
        } catch (BadInputException bad) {
            err.println("error: " + bad.getMessage());
            err.println(USAGE);
            return BAD_INPUT;
        }
    }

    private Verdict inclusion(Map<String, String> options) {
        allow(options, "tree-head", "proof", "record", "entry-hash", "public-key");
        LogPublicKey key = publicKey(required(options, "public-key"));
        Documents.Head head = Documents.head(read(required(options, "tree-head")), "tree head");
        Documents.InclusionProof proof = Documents.inclusionProof(read(required(options, "proof")), "inclusion proof");
        if (options.containsKey("record") == options.containsKey("entry-hash")) {
            throw new BadInputException("give exactly one of --record and --entry-hash");
        }
        byte[] leafHash;
        String what;
        if (options.containsKey("record")) {
            byte[] record = bytes(options.get("record"));
            HandoverEntry entry = proof.entry();
            if (entry == null) {
                throw new BadInputException("inclusion proof: has no entry, so a record cannot be checked (use --entry-hash)");
            }
            if (!entry.describes(record)) {
                return Verdict.failed("record: its SHA-256 is " + HexFormat.of().formatHex(HandoverEntry.recordHash(record))
                        + " but entry " + proof.leafIndex() + " says " + entry.recordSha256Hex() + " (not the same bytes)");
            }
            leafHash = entry.leafHash();
            if (proof.leafHash() != null && !MessageDigest.isEqual(proof.leafHash(), leafHash)) {
                return Verdict.failed("entry: the entry's fields hash to leaf " + hex(leafHash) + " but the log holds leaf "
                        + hex(proof.leafHash()) + " at index " + proof.leafIndex() + " (the stored entry was altered)");
            }
            what = "entry " + proof.leafIndex() + " (" + entry.eventType() + " " + entry.eventId() + ", record sha256 "
                    + entry.recordSha256Hex() + ")";
        } else {
            leafHash = hash(options.get("entry-hash"));
            what = "leaf " + hex(leafHash) + " at index " + proof.leafIndex();
        }
        Verdict verdict = signedBy(key, head, "tree head")
                .and(() -> proof.treeSize() == head.signed().treeSize() ? Verdict.ok()
                        : Verdict.failed("tree size: the proof is for a tree of " + proof.treeSize() + " entries, the tree head for "
                                + head.signed().treeSize() + " (fetch the proof with treeSize=" + head.signed().treeSize() + ")"))
                .and(() -> Proofs.verifyInclusion(leafHash, proof.leafIndex(), head.signed().treeSize(), proof.auditPath(),
                        head.signed().head().rootHash()));
        return verdict.valid() ? new Verdict(true, "verified: " + what + " is in log " + key.logId() + " at tree size "
                + head.signed().treeSize()) : verdict;
    }

    private Verdict consistency(Map<String, String> options) {
        allow(options, "old-head", "new-head", "proof", "public-key");
        LogPublicKey key = publicKey(required(options, "public-key"));
        Documents.Head older = Documents.head(read(required(options, "old-head")), "old tree head");
        Documents.Head newer = Documents.head(read(required(options, "new-head")), "new tree head");
        Documents.ConsistencyProof proof = Documents.consistencyProof(read(required(options, "proof")), "consistency proof");
        long first = older.signed().treeSize();
        long second = newer.signed().treeSize();
        Verdict verdict = signedBy(key, older, "old tree head")
                .and(() -> signedBy(key, newer, "new tree head"))
                .and(() -> proof.from() == first && proof.to() == second ? Verdict.ok()
                        : Verdict.failed("tree size: the proof is from " + proof.from() + " to " + proof.to() + " entries, the heads are "
                                + first + " and " + second + " (fetch it with from=" + first + "&to=" + second + ")"))
                .and(() -> Proofs.verifyConsistency(first, second, older.signed().head().rootHash(), newer.signed().head().rootHash(),
                        proof.proof()));
        return verdict.valid() ? new Verdict(true, "verified: the tree of " + second + " entries extends the tree of " + first
                + " entries in log " + key.logId()) : verdict;
    }

    private static Verdict signedBy(LogPublicKey key, Documents.Head head, String name) {
        if (head.logId() != null && !head.logId().equals(key.logId())) {
            return Verdict.failed("log id: the " + name + " names log " + head.logId() + " but the public key is log " + key.logId());
        }
        Verdict signature = key.verify(head.signed());
        return signature.valid() ? signature : Verdict.failed(name + " " + signature.reason());
    }

    private int report(Verdict verdict) {
        if (verdict.valid()) {
            out.println(verdict.reason());
            return VERIFIED;
        }
        out.println("FAILED: " + verdict.reason());
        return FAILED;
    }

    private static LogPublicKey publicKey(String value) {
        Path path = Path.of(value.length() > 512 ? "." : value);
        byte[] material;
        if (value.length() <= 512 && Files.isRegularFile(path)) {
            byte[] file = bytes(value);
            String text = new String(file, StandardCharsets.US_ASCII);
            if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f || Character.isWhitespace(c))) {
                String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
                material = Documents.decode(base64, "public key file " + value);
            } else {
                material = file;
            }
        } else {
            material = Documents.decode(value, "public key (neither a file nor base64)");
        }
        try {
            return LogPublicKey.fromX509(material);
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("public key: " + bad.getMessage());
        }
    }

    private static byte[] hash(String value) {
        String text = value.strip();
        byte[] hash;
        if (text.matches("[0-9a-fA-F]{64}")) {
            hash = HexFormat.of().parseHex(text);
        } else {
            hash = Documents.decode(text, "entry hash (hex or base64)");
        }
        if (hash.length != Hashing.HASH_SIZE) {
            throw new BadInputException("entry hash must be 32 bytes, got " + hash.length);
        }
        return hash;
    }

    private static String read(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException unreadable) {
            throw new BadInputException("cannot read " + file + " (" + unreadable.getClass().getSimpleName() + ")");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new BadInputException("expected --option value pairs after the command, got '" + args[i] + "'");
            }
            if (options.put(args[i].substring(2), args[i + 1]) != null) {
                throw new BadInputException(args[i] + " given twice");
            }
        }
        return options;
    }

    private static void allow(Map<String, String> options, String... known) {
        Set<String> allowed = Set.of(known);
        for (String option : options.keySet()) {
            if (!allowed.contains(option)) {
                throw new BadInputException("unknown option --" + option);
            }
        }
    }

    private static String required(Map<String, String> options, String option) {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            throw new BadInputException("--" + option + " is required");
        }
        return value;
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
