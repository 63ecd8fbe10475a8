-- Which invoice each charge was posted to. The billing task captures deletes with only the
-- charge's key, and the charge lives in its invoice's aggregate: the gateway finds the invoice here.
-- Kept by a subscribing event handler, in the transaction that appends the ChargePosted event.
CREATE TABLE charge_invoice (
    charge_id  BIGINT PRIMARY KEY,
    invoice_id BIGINT NOT NULL
);
