-- timeliness-service: what each case is (force, CPS Area, victim's rights), handovers awaiting acknowledgement,
-- acknowledgements that arrived before their handover, statutory clocks, and meetings that arrived before their clock.

-- One row per case seen on any handover topic. cps_area: the producerId of the latest CPS event, null until then.
-- enhanced_rights_victim: from the latest CaseFileSubmitted, null until a file is seen.
CREATE TABLE timeliness_cases (
    urn                    text PRIMARY KEY,
    force_code             text NOT NULL,
    cps_area               text,
    enhanced_rights_victim boolean
);

-- One row per handover that expects an acknowledgement. Overdue once due_by passed without an acknowledgement: the
-- sweep sets overdue_event_id (the HandoverOverdue it appended to the outbox in the same transaction), once.
CREATE TABLE awaited_acknowledgements (
    event_id           uuid        PRIMARY KEY,
    event_type         text        NOT NULL,
    urn                text        NOT NULL REFERENCES timeliness_cases (urn),
    topic              text        NOT NULL,
    sender             text        NOT NULL,
    sender_id          text        NOT NULL,
    receiver           text        NOT NULL,
    correlation_id     uuid        NOT NULL,
    sent_at            timestamptz NOT NULL,
    due_by             timestamptz NOT NULL,
    acknowledged_at    timestamptz,
    acknowledgement_id uuid,
    overdue_event_id   uuid,
    overdue_detected_at timestamptz
);
CREATE INDEX awaited_acknowledgements_due ON awaited_acknowledgements (due_by)
    WHERE acknowledged_at IS NULL AND overdue_event_id IS NULL;
CREATE INDEX awaited_acknowledgements_overdue ON awaited_acknowledgements (sent_at)
    WHERE acknowledged_at IS NULL AND overdue_event_id IS NOT NULL;

-- An acknowledgement whose handover has not been seen yet (it travelled on another topic and arrived first). The first
-- acknowledgement of an event wins.
CREATE TABLE early_acknowledgements (
    acknowledged_event_id uuid        PRIMARY KEY,
    acknowledgement_id    uuid        NOT NULL,
    acknowledged_at       timestamptz NOT NULL
);

-- One row per statutory clock. subject: what it waits for within its case ('' for the case as a whole, else e.g. the
-- request's eventId or the action plan's number). At most one open clock per case, type and subject.
CREATE TABLE statutory_clocks (
    clock_id         uuid        PRIMARY KEY,
    urn              text        NOT NULL REFERENCES timeliness_cases (urn),
    clock_type       text        NOT NULL,
    subject          text        NOT NULL,
    rule             text        NOT NULL,
    started_by       uuid        NOT NULL,
    started_event_id uuid        NOT NULL,
    correlation_id   uuid        NOT NULL,
    started_at       timestamptz NOT NULL,
    deadline         timestamptz NOT NULL,
    status           text        NOT NULL CHECK (status IN ('OPEN', 'MET', 'BREACHED')),
    met_at           timestamptz,
    met_by           uuid,
    breached_event_id uuid,
    breach_detected_at timestamptz
);
CREATE UNIQUE INDEX statutory_clocks_one_open ON statutory_clocks (urn, clock_type, subject) WHERE status = 'OPEN';
CREATE INDEX statutory_clocks_due ON statutory_clocks (deadline) WHERE status = 'OPEN';

-- An event that would meet a clock that has not started yet (it arrived first, on another topic). subject null: any
-- clock of that type on the case. Applied to the first clock that starts at or before met_at.
CREATE TABLE early_clock_meetings (
    met_by     uuid        NOT NULL,
    clock_type text        NOT NULL,
    urn        text        NOT NULL,
    subject    text,
    met_at     timestamptz NOT NULL,
    correlation_id uuid    NOT NULL,
    PRIMARY KEY (met_by, clock_type)
);
CREATE INDEX early_clock_meetings_case ON early_clock_meetings (urn, clock_type);
