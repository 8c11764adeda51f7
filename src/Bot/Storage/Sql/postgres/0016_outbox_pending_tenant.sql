-- The tenants with pending sends, found by jumping through this index (one probe per tenant), so a claim can see
-- that every one of them is paused or at its Teams limit without reading past their whole backlog.
CREATE INDEX ix_outbox_pending_tenant ON outbox (tenant_id, id) WHERE status = 'pending';
