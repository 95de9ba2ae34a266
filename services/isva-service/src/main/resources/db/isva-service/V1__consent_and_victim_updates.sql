-- isva-service: consent per case, victim and ISVA service; the updates kept under it; refused updates as bare facts.
-- Only the pseudonymous victimId is stored; no victim personal data, no case-file material.

CREATE TABLE victim_consent (
    isva_service_id text        NOT NULL,
    urn             text        NOT NULL,
    victim_id       text        NOT NULL,
    scopes          text[]      NOT NULL,
    given_at        timestamptz,
    withdrawn_at    timestamptz,
    PRIMARY KEY (isva_service_id, urn, victim_id)
);

-- update_id is the police's VictimUpdateIssued eventId. Optional parts are null (or empty) when not in scope.
CREATE TABLE victim_update (
    update_id                uuid        PRIMARY KEY,
    isva_service_id          text        NOT NULL,
    urn                      text        NOT NULL,
    victim_id                text        NOT NULL,
    correlation_id           uuid        NOT NULL,
    milestone                text        NOT NULL,
    milestone_date           date        NOT NULL,
    next_step                text,
    outcome_type             text,
    safety_bail_conditions   text[]      NOT NULL,
    police_team              text        NOT NULL,
    police_telephone         text        NOT NULL,
    police_email             text,
    received_at              timestamptz NOT NULL,
    received_seq             bigserial   NOT NULL,
    acknowledged_at          timestamptz,
    acknowledged_by          text,
    acknowledgement_event_id uuid
);
CREATE INDEX victim_update_by_service ON victim_update (isva_service_id, urn, victim_id);

-- An update refused for want of consent: which event, for whom, why, when. Its content is never stored.
CREATE TABLE victim_update_refusal (
    update_event_id uuid        PRIMARY KEY,
    isva_service_id text        NOT NULL,
    urn             text        NOT NULL,
    victim_id       text        NOT NULL,
    reason          text        NOT NULL,
    refused_at      timestamptz NOT NULL
);
