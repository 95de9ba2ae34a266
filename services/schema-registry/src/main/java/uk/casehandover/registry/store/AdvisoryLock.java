package uk.casehandover.registry.store;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rule: every change to the registry's tables happens while holding one PostgreSQL transaction-level advisory lock,
 * so that writers (threads or whole registry processes) never interleave. Registrations are rare; this trades
 * write throughput for simple, provable id and version assignment.
 */
final class AdvisoryLock {

    /** "CHRG" "SREG" as a 64-bit key, private to this registry. */
    private static final long KEY = 0x4348_5247_5352_4547L;

    private AdvisoryLock() {
    }

    static void acquire(JdbcClient jdbc) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(KEY).query(rs -> { });
    }
}
