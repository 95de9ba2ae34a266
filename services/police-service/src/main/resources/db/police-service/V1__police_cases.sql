-- police-service: the cases this force holds, their action plans, and the log of what was handed over and acknowledged.
-- Victims appear only by pseudonymous id; no MG3 text or evidence content is stored here (it stays in the force's
-- records system and travels in the CaseFileSubmitted event).

CREATE TABLE police_case (
    urn                          text        PRIMARY KEY,
    force_code                   text        NOT NULL,
    victim_id                    text        NOT NULL,
    enhanced_rights_victim       boolean     NOT NULL,
    contact_team                 text        NOT NULL,
    contact_telephone            text        NOT NULL,
    contact_email                text,
    opened_at                    timestamptz NOT NULL,
    state                        text        NOT NULL,
    submission_number            int         NOT NULL,
    current_submission_event_id  uuid,
    early_advice_request_event_id uuid,
    decision_due_on              date,
    decision_event_id            uuid,
    decision_correlation_id      uuid,
    decision_outcome             text,
    decision_test_applied        text,
    decided_at                   timestamptz,
    right_to_review_deadline     date,
    victim_told_at               timestamptz,
    victim_told_method           text,
    custody_expires_at           timestamptz,
    bail_expires_at              timestamptz,
    safety_bail_conditions       text[]      NOT NULL DEFAULT '{}',
    consent_isva_service_id      text,
    consent_scopes               text[],
    consent_given_at             timestamptz,
    updated_at                   timestamptz NOT NULL,
    version                      bigint      NOT NULL
);
CREATE INDEX police_case_by_force ON police_case (force_code, updated_at DESC);

CREATE TABLE case_offence (
    urn              text NOT NULL REFERENCES police_case (urn),
    position         int  NOT NULL,
    cjs_offence_code text NOT NULL,
    description      text NOT NULL,
    committed_from   date,
    committed_to     date,
    PRIMARY KEY (urn, position)
);

CREATE TABLE case_suspect (
    urn      text NOT NULL REFERENCES police_case (urn),
    position int  NOT NULL,
    pnc_id   text NOT NULL,
    PRIMARY KEY (urn, position)
);

CREATE TABLE action_plan (
    urn                 text        NOT NULL REFERENCES police_case (urn),
    sequence_number     int         NOT NULL,
    event_id            uuid        NOT NULL,
    correlation_id      uuid        NOT NULL,
    due_on              date        NOT NULL,
    requires_dcp_review boolean     NOT NULL,
    issued_at           timestamptz NOT NULL,
    status              text        NOT NULL,
    answered_at         timestamptz,
    PRIMARY KEY (urn, sequence_number)
);

CREATE TABLE action_plan_item (
    urn             text NOT NULL,
    sequence_number int  NOT NULL,
    position        int  NOT NULL,
    item_id         text NOT NULL,
    description     text NOT NULL,
    owner           text NOT NULL,
    due_on          date NOT NULL,
    PRIMARY KEY (urn, sequence_number, position),
    FOREIGN KEY (urn, sequence_number) REFERENCES action_plan (urn, sequence_number)
);

-- Every handover sent or received for a case. summary is a short, non-sensitive description (never MG3 or victim
-- details). acknowledged_at: the recipient's HandoverAcknowledged (or CaseFileReceiptAcknowledged) arrived;
-- read_at: the ISVA service marked a victim update as read (VictimUpdateAcknowledged).
CREATE TABLE handover_log (
    event_id                  uuid        PRIMARY KEY,
    urn                       text        NOT NULL REFERENCES police_case (urn),
    direction                 text        NOT NULL CHECK (direction IN ('SENT', 'RECEIVED')),
    counterpart               text        NOT NULL CHECK (counterpart IN ('CPS', 'ISVA_SERVICE')),
    event_type                text        NOT NULL,
    occurred_at               timestamptz NOT NULL,
    recorded_at               timestamptz NOT NULL,
    summary                   text        NOT NULL,
    isva_service_id           text,
    milestone                 text,
    acknowledged_at           timestamptz,
    acknowledgement_event_id  uuid,
    read_at                   timestamptz
);
CREATE INDEX handover_log_by_case ON handover_log (urn, recorded_at);
