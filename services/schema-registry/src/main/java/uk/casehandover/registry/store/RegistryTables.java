package uk.casehandover.registry.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the registry's tables if they are missing. Idempotent, and safe when several registries start at once on
 * one database: the DDL runs in one transaction under the registry's advisory lock.
 *
 * <p>Rules held by the schema itself: a fingerprint has one id; a subject has each version once; a schema is a live
 * version of a subject at most once.
 */
public final class RegistryTables {

    private static final String[] DDL = {
        """
        create table if not exists registry_schema (
            id integer primary key check (id > 0),
            schema_type varchar(16) not null,
            schema_text text not null,
            fingerprint char(64) not null unique,
            created_at timestamptz not null default now())
        """,
        """
        create table if not exists registry_subject_version (
            subject varchar(255) not null,
            version integer not null check (version > 0),
            schema_id integer not null references registry_schema (id),
            deleted boolean not null default false,
            primary key (subject, version))
        """,
        """
        create unique index if not exists registry_subject_version_live_schema
            on registry_subject_version (subject, schema_id) where not deleted
        """,
        """
        create index if not exists registry_subject_version_schema on registry_subject_version (schema_id)
        """,
        """
        create table if not exists registry_config (
            scope varchar(255) primary key,
            compatibility varchar(32) not null)
        """
    };

    public RegistryTables(JdbcClient jdbc, TransactionTemplate transactions) {
        transactions.executeWithoutResult(status -> {
            AdvisoryLock.acquire(jdbc);
            for (String statement : DDL) {
                jdbc.sql(statement).update();
            }
        });
    }
}
