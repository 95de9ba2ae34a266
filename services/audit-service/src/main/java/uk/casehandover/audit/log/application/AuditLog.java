package uk.casehandover.audit.log.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.casehandover.audit.log.HandoverFacts;
import uk.casehandover.audit.log.LogOutOfRangeException;
import uk.casehandover.audit.log.LoggedEntry;
import uk.casehandover.audit.log.ReceivedRecord;
import uk.casehandover.audit.log.persistence.JdbcEntries;
import uk.casehandover.audit.log.persistence.JdbcNodeStore;
import uk.casehandover.audit.log.persistence.JdbcTreeHeads;
import uk.casehandover.transparency.HandoverEntry;
import uk.casehandover.transparency.LogSigner;
import uk.casehandover.transparency.MerkleLog;
import uk.casehandover.transparency.SignedTreeHead;
import uk.casehandover.transparency.TreeHead;

/**
 * The handover audit log. Each record is appended once (a redelivered record or a re-sent event id adds nothing),
 * numbered gap-free in append order; the entry and the Merkle tree's new nodes commit in one transaction, and one
 * writer at a time holds the log's advisory lock, so the index is always the tree's size. Tree heads are signed over
 * what is committed, one per size, and kept.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    /** pg_advisory_xact_lock key of the appender: "audit" in ASCII. */
    static final long APPENDER_LOCK = 0x6175646974L;

    private final JdbcTemplate jdbc;
    private final JdbcEntries entries;
    private final JdbcTreeHeads heads;
    private final LogSigner signer;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, JdbcEntries entries, JdbcTreeHeads heads, LogSigner signer, Clock clock) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.heads = heads;
        this.signer = signer;
        this.clock = clock;
    }

    /** Appends the record unless it (or its event) is logged already; returns the new entry's index, if one was made. */
    @Transactional
    public Optional<Long> append(ReceivedRecord record) {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, APPENDER_LOCK);
        HandoverFacts facts = record.facts();
        Optional<Long> existing = entries.existing(record.topic(), record.partition(), record.offset(), facts.eventId());
        if (existing.isPresent()) {
            log.info("{} {} from {}-{}@{} is entry {} already: not appended again", facts.eventType(), facts.eventId(),
                    record.topic(), record.partition(), record.offset(), existing.get());
            return Optional.empty();
        }
        HandoverEntry entry = new HandoverEntry(HandoverEntry.recordHash(record.value()), record.topic(), record.partition(),
                record.offset(), facts.eventId(), facts.eventType(), facts.urn(), facts.producingAgency(), facts.producerId(),
                facts.occurredAt(), record.recordTimestamp(), clock.instant());
        MerkleLog tree = tree();
        long index = tree.size();
        entries.insert(index, entry, facts.receivingAgency(), facts.acknowledgesEventId());
        long appended = tree.appendLeafHash(entry.leafHash());
        if (appended != index) {
            throw new IllegalStateException("the tree and the entries disagree: entry " + index + ", leaf " + appended);
        }
        return Optional.of(index);
    }

    /** The log's size: the number of entries the tree holds. */
    @Transactional(readOnly = true)
    public long size() {
        return tree().size();
    }

    /** A signed head over the whole log as committed now: the kept one if the log has not grown since. */
    @Transactional
    public SignedTreeHead latestHead() {
        MerkleLog tree = tree();
        long size = tree.size();
        Optional<SignedTreeHead> latest = heads.latest(signer.logId());
        if (latest.isPresent() && latest.get().treeSize() == size) {
            return latest.get();
        }
        Instant now = clock.instant();
        heads.keep(signer.sign(new TreeHead(size, now.toEpochMilli(), tree.rootHash(size))), signer.logId());
        return heads.latest(signer.logId()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public LoggedEntry entry(long index) {
        return entries.at(index).orElseThrow(() -> new LogOutOfRangeException("index",
                "must be an entry of the log: 0 to " + (size() - 1) + ", got " + index, true));
    }

    /** The leaf hash the tree holds at this index (what the signed roots commit to). */
    @Transactional(readOnly = true)
    public byte[] leafHash(long index) {
        MerkleLog tree = tree();
        if (index < 0 || index >= tree.size()) {
            throw new LogOutOfRangeException("index", "must be an entry of the log: 0 to " + (tree.size() - 1) + ", got " + index, true);
        }
        return tree.leafHash(index);
    }

    /** The audit path of entry {@code index} in the tree of {@code treeSize} entries. */
    @Transactional(readOnly = true)
    public List<byte[]> inclusionProof(long index, long treeSize) {
        MerkleLog tree = tree();
        long size = tree.size();
        if (index < 0 || index >= size) {
            throw new LogOutOfRangeException("index", "must be an entry of the log: 0 to " + (size - 1) + ", got " + index, true);
        }
        if (treeSize <= index || treeSize > size) {
            throw new LogOutOfRangeException("treeSize", "must be greater than the index (" + index + ") and at most the log's size ("
                    + size + "), got " + treeSize, false);
        }
        return tree.inclusionProof(index, treeSize);
    }

    /** The proof that the tree of {@code to} entries extends the tree of {@code from} entries. */
    @Transactional(readOnly = true)
    public List<byte[]> consistencyProof(long from, long to) {
        MerkleLog tree = tree();
        long size = tree.size();
        if (to < 0 || to > size) {
            throw new LogOutOfRangeException("to", "must be between 0 and the log's size (" + size + "), got " + to, false);
        }
        if (from < 0 || from > to) {
            throw new LogOutOfRangeException("from", "must be between 0 and to (" + to + "), got " + from, false);
        }
        return tree.consistencyProof(from, to);
    }

    /** Every entry about this case, in log order. */
    @Transactional(readOnly = true)
    public List<LoggedEntry> aboutCase(String urn) {
        return entries.aboutCase(urn);
    }

    /** The size of the largest head published with the current key, or -1. */
    @Transactional(readOnly = true)
    public long lastPublishedSize() {
        return heads.lastPublishedSize(signer.logId());
    }

    /** Records that the head of this size (current key) reached platform.audit-tree-heads. */
    @Transactional
    public void markPublished(long treeSize, Instant at) {
        heads.markPublished(treeSize, signer.logId(), at);
    }

    public LogSigner signer() {
        return signer;
    }

    private MerkleLog tree() {
        return new MerkleLog(new JdbcNodeStore(jdbc));
    }
}
