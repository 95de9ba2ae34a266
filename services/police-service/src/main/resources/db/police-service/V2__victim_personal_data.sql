-- The victim's personal details, encrypted field by field under the victim's data key (platform/victim-data): only
-- ciphertext and the key's id are kept here. Destroying the key in the key store erases them; the rows stay.
ALTER TABLE police_case
  ADD COLUMN victim_key_id text,
  ADD COLUMN victim_name bytea,
  ADD COLUMN victim_date_of_birth bytea,
  ADD COLUMN victim_contact_details bytea,
  ADD COLUMN victim_communication_preferences bytea;
