-- The handover audit log: one row per Kafka record appended, numbered gap-free in append order, and the RFC 6962
-- Merkle tree over them stored as the hash of every complete subtree (level 0: the leaf hashes). Both change only in
-- the appender's transaction, under one advisory lock, so entry n and its nodes commit together.
CREATE TABLE audit_entry (
    entry_index         bigint       PRIMARY KEY CHECK (entry_index >= 0),
    record_sha256       bytea        NOT NULL CHECK (length(record_sha256) = 32),
    topic               varchar(249) NOT NULL,
    kafka_partition     integer      NOT NULL,
    kafka_offset        bigint       NOT NULL,
    event_id            varchar(64)  NOT NULL,
    event_type          varchar(255) NOT NULL,
    urn                 varchar(64)  NOT NULL,
    producing_agency    varchar(32)  NOT NULL,
    producer_id         varchar(64)  NOT NULL,
    occurred_at         timestamptz  NOT NULL,
    record_timestamp    timestamptz  NOT NULL,
    logged_at           timestamptz  NOT NULL,
    -- the agency the record's topic delivers to (uk.casehandover.schemas.HandoverTopic), read when it was appended
    receiving_agency    varchar(32)  NOT NULL,
    -- the event this one acknowledges (HandoverAcknowledged, CaseFileReceiptAcknowledged, VictimUpdateAcknowledged)
    acknowledges_event_id varchar(64),
    CONSTRAINT audit_entry_record UNIQUE (topic, kafka_partition, kafka_offset),
    CONSTRAINT audit_entry_event UNIQUE (event_id)
);
CREATE INDEX audit_entry_by_urn ON audit_entry (urn, entry_index);
CREATE INDEX audit_entry_by_acknowledged ON audit_entry (acknowledges_event_id) WHERE acknowledges_event_id IS NOT NULL;

CREATE TABLE audit_node (
    level      smallint NOT NULL CHECK (level >= 0 AND level < 64),
    node_index bigint   NOT NULL CHECK (node_index >= 0),
    hash       bytea    NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, node_index)
);

-- Every tree head the log signed, newest last; published marks those sent to platform.audit-tree-heads.
CREATE TABLE audit_tree_head (
    tree_size      bigint      NOT NULL,
    head_timestamp bigint      NOT NULL,
    root_hash      bytea       NOT NULL,
    signature      bytea       NOT NULL,
    log_id         varchar(64) NOT NULL,
    published_at   timestamptz,
    PRIMARY KEY (log_id, tree_size)
);
