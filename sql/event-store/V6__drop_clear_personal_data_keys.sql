-- Every data key is wrapped now (migration 5): none is kept in clear any more. The old values linger
-- in the table's files until its pages are rewritten: VACUUM FULL personal_data_key after upgrading.
ALTER TABLE personal_data_key
    DROP COLUMN data_key,
    ALTER COLUMN wrapped_key SET NOT NULL,
    ALTER COLUMN master_key_id SET NOT NULL;
