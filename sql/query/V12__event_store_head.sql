-- Where the event store ends, for Grafana's replay panel (each segment's position against the head):
-- Grafana may read nothing of the event store, so it reads this view, which shows that one number.
-- The query side's role owns it (afterMigrate__grants.sql), so it reads the events with that role's
-- rights, and Grafana's role needs none on them.
CREATE VIEW event_store_head AS
SELECT coalesce(max(global_index), 0) AS position FROM ${eventStoreSchema}.domain_event_entry;
