-- The victims of a case's latest file: pseudonymous id, and personal data as the police sealed it (ciphertext under
-- the victim's data key, field by field; platform/victim-data). Destroying the key erases it; the rows stay.
CREATE TABLE cps_case_victim (
    urn                       varchar(11) NOT NULL REFERENCES cps_case (urn),
    victim_id                 text        NOT NULL,
    position                  integer     NOT NULL,
    key_id                    text,
    name                      bytea,
    date_of_birth             bytea,
    contact_details           bytea,
    communication_preferences bytea,
    PRIMARY KEY (urn, victim_id)
);
