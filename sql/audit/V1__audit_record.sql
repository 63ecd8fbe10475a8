-- The audit trail: who acted on the platform, or read a guest's personal data, when, on what, with
-- which outcome and from where. Both applications append to it (see the platform's AuditTrail);
-- nothing updates or deletes a row, so the applications' roles need only INSERT (the query side
-- also SELECT, to list it). The identity key needs no grant on a sequence.
CREATE TABLE audit_record (
    id             BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    -- spring.application.name of the application that wrote the row
    application    VARCHAR(64)  NOT NULL,
    username       VARCHAR(128) NOT NULL,
    -- the HTTP method and the endpoint's path pattern, for example POST /api/v1/processors/{name}/pause
    action         VARCHAR(300) NOT NULL,
    -- the path variables, for example name=reservations; empty when the endpoint has none
    target         VARCHAR(300),
    -- the HTTP status answered
    status         SMALLINT     NOT NULL,
    client_address VARCHAR(64)  NOT NULL
);

-- The operators' list: newest first, for everyone or for one user.
CREATE INDEX audit_record_newest ON audit_record (occurred_at DESC, id DESC);
CREATE INDEX audit_record_user_newest ON audit_record (username, occurred_at DESC, id DESC);
