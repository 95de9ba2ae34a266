-- A case at CPS: its lifecycle state and what triage, prioritisation and decisions need. No MG3 or victim text.
CREATE TABLE cps_case (
    urn                       varchar(11) PRIMARY KEY,
    state                     varchar(32)  NOT NULL,
    correlation_id            uuid         NOT NULL,
    answering_event_id        uuid,
    early_advice_request_id   uuid,
    rape_case                 boolean      NOT NULL DEFAULT false,
    allocated_lawyer          varchar(64),
    file_event_id             uuid,
    submission_number         integer,
    file_received_at          timestamptz,
    file_has_mg3              boolean,
    file_documents            integer,
    file_hashes_verified      boolean,
    file_disclosure_schedules integer,
    file_suspect_pnc_ids      text,
    file_offence_codes        text,
    file_test_requested       varchar(20),
    suspect_in_custody        boolean      NOT NULL DEFAULT false,
    custody_expires_at        timestamptz,
    bail_expires_at           timestamptz,
    vulnerable_victim         boolean      NOT NULL DEFAULT false,
    enhanced_rights_victim    boolean      NOT NULL DEFAULT false,
    decision_due_on           date,
    decision_event_id         uuid,
    decision_outcome          varchar(32),
    decision_charges          text,
    decision_test_applied     varchar(20),
    decision_rationale        text,
    right_to_review_deadline  date,
    finalisation_event_id     uuid,
    victim_told_at            timestamptz,
    opened_at                 timestamptz  NOT NULL,
    updated_at                timestamptz  NOT NULL
);

-- Urgency order of the lawyers' inbox: suspect in custody first, then the nearest custody or bail expiry, then oldest.
CREATE INDEX cps_case_inbox ON cps_case (state, suspect_in_custody DESC, file_received_at);

CREATE TABLE cps_action_plan (
    urn                 varchar(11) NOT NULL REFERENCES cps_case (urn),
    sequence_number     integer     NOT NULL,
    event_id            uuid        NOT NULL UNIQUE,
    issued_at           timestamptz NOT NULL,
    due_on              date        NOT NULL,
    requires_dcp_review boolean     NOT NULL,
    answer_event_id     uuid,
    answered_at         timestamptz,
    PRIMARY KEY (urn, sequence_number)
);

CREATE TABLE cps_action_plan_item (
    urn             varchar(11) NOT NULL,
    sequence_number integer     NOT NULL,
    position        integer     NOT NULL,
    item_id         varchar(16) NOT NULL,
    description     text        NOT NULL,
    owner           varchar(32) NOT NULL,
    due_on          date        NOT NULL,
    PRIMARY KEY (urn, sequence_number, position),
    FOREIGN KEY (urn, sequence_number) REFERENCES cps_action_plan (urn, sequence_number)
);

-- Every handover of a case in both directions, with event ids: the case's audit trail.
CREATE TABLE cps_handover (
    id                           bigserial PRIMARY KEY,
    urn                          varchar(11)  NOT NULL,
    direction                    varchar(8)   NOT NULL,
    event_type                   varchar(128) NOT NULL,
    event_id                     uuid         NOT NULL UNIQUE,
    correlation_id               uuid,
    causation_id                 uuid,
    actor_id                     varchar(64),
    occurred_at                  timestamptz  NOT NULL,
    acknowledged_by_event_id     uuid,
    acknowledged_at              timestamptz
);

CREATE INDEX cps_handover_by_case ON cps_handover (urn, id);
