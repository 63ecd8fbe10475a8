-- Test only (ShippingRuntimeIntegrationTest registers the live parcels table at version 0 while the
-- code builds version 1): runs on the rebuilt table only, so the column shows the rebuild ran it.
ALTER TABLE parcels ADD COLUMN built_by_version_1 BOOLEAN NOT NULL DEFAULT TRUE;
