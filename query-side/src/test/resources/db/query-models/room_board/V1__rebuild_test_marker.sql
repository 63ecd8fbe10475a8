-- Test only (RebuildIntegrationTest): the room board's tables are registered at version 0 there,
-- so its rebuild to version 1 runs this script on the new tables, and the column shows it ran.
ALTER TABLE room_board ADD COLUMN built_by_version_1 BOOLEAN NOT NULL DEFAULT TRUE;
