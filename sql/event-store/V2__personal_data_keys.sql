-- Crypto-shredding for the LGPD: one AES-256 data key per guest seals the guest's personal data
-- in the (immutable) events. Deleting the row is the erasure: every sealed copy becomes unreadable.
-- Keep this table out of long-lived backups, or a restore would bring erased guests back.
CREATE TABLE personal_data_key (
    guest_id   BIGINT      PRIMARY KEY,
    data_key   BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
