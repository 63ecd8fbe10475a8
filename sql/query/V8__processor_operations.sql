-- What operators asked of each processor, shared by every query-side node: each node polls this
-- table and stops or starts its own processor to match, so nobody stops anything by hand.
-- A replay is pending from replay_requested_at until replay_completed_at: meanwhile every node
-- keeps the processor stopped, and the first node to see no live claim resets the tokens.
CREATE TABLE processor_operation (
    processor_name        VARCHAR(255)  PRIMARY KEY,
    paused                BOOLEAN       NOT NULL DEFAULT FALSE,
    replay_requested_at   TIMESTAMPTZ,
    replay_requested_by   VARCHAR(255),
    replay_completed_at   TIMESTAMPTZ,
    replay_completed_by   VARCHAR(255),
    updated_at            TIMESTAMPTZ   NOT NULL DEFAULT now()
);
