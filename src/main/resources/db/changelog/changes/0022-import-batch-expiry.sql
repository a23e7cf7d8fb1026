--liquibase formatted sql
--changeset etalase:0022-import-batch-expiry logicalFilePath:changes/0022-import-batch-expiry.sql
--comment: A previewed batch that is never confirmed expires and loses its kept upload (EXPIRED). A
--comment: running batch beats a heartbeat with its progress, so that a node starting up fails only
--comment: the batches no node is writing any more, also when several nodes share the database.
ALTER TABLE import_batch DROP CONSTRAINT import_batch_status_check;
ALTER TABLE import_batch ADD CONSTRAINT import_batch_status_check
  CHECK (status IN ('PREVIEWED', 'RUNNING', 'DONE', 'FAILED', 'UNDONE', 'EXPIRED'));
ALTER TABLE import_batch ADD COLUMN heartbeat_at timestamptz;
CREATE INDEX import_batch_tenant_status_idx ON import_batch (tenant_id, status, created_at);
--rollback DROP INDEX import_batch_tenant_status_idx; ALTER TABLE import_batch DROP COLUMN heartbeat_at; ALTER TABLE import_batch DROP CONSTRAINT import_batch_status_check; ALTER TABLE import_batch ADD CONSTRAINT import_batch_status_check CHECK (status IN ('PREVIEWED', 'RUNNING', 'DONE', 'FAILED', 'UNDONE'));
