-- handover-runtime: the outbox the Debezium relay reads, the inbox consumers deduplicate with, and the relay's offsets.

-- One row per outgoing event, inserted and deleted in the appending transaction: Debezium reads the insert from the
-- WAL, so the table stays empty. id = event id, aggregatetype = Kafka topic, aggregateid = URN (record key),
-- type = Avro full name, payload = the event in the Confluent wire format.
CREATE TABLE handover_outbox (
    id            uuid        PRIMARY KEY,
    aggregatetype text        NOT NULL,
    aggregateid   text        NOT NULL,
    type          text        NOT NULL,
    payload       bytea       NOT NULL,
    occurred_at   timestamptz NOT NULL
);

-- One row per event a consumer has applied, written in the same transaction as the consumer's own change.
CREATE TABLE handover_inbox (
    consumer         text        NOT NULL,
    event_id         uuid        NOT NULL,
    event_type       text        NOT NULL,
    source_topic     text        NOT NULL,
    source_partition int         NOT NULL,
    source_offset    bigint      NOT NULL,
    applied_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Debezium's source offsets (the last WAL position relayed to Kafka), per relay (replication slot name).
CREATE TABLE handover_relay_offsets (
    relay        text  NOT NULL,
    offset_key   bytea NOT NULL,
    offset_value bytea,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (relay, offset_key)
);

-- The relay streams only the outbox. The slot itself is created by the relay at startup (its name is configuration).
CREATE PUBLICATION handover_outbox_publication FOR TABLE handover_outbox;
