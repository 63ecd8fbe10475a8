-- Envelope encryption: each guest's data key is kept wrapped (encrypted) under a master key that the
-- database never holds (mirante.privacy.*: the installation's own key or key file, or an AWS KMS key),
-- so a dump or backup of the database opens no personal data. master_key_id names the master key a row
-- is wrapped under: after the master key is rotated, the rows under an older one are wrapped again
-- under the current one at start, without touching any event. Migration 5 (Java, as it needs the
-- master key) wraps the keys kept in clear until now; migration 6 drops them.
ALTER TABLE personal_data_key
    ADD COLUMN wrapped_key   BYTEA,
    ADD COLUMN master_key_id VARCHAR(255),
    ALTER COLUMN data_key DROP NOT NULL;
