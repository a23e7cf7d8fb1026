--liquibase formatted sql
--changeset etalase:0011-console-indexes logicalFilePath:changes/0011-console-indexes.sql
--comment: The operator console's business table at 100,000 rows a tenant (bench/console-list.sh):
--comment: pages by name or by last change, and the text filter, which matches name, owner or slug
--comment: (three trigram indexes that PostgreSQL combines for the OR).
CREATE INDEX business_tenant_name_idx ON business (tenant_id, name, id);
CREATE INDEX business_tenant_updated_idx ON business (tenant_id, updated_at DESC, id);
CREATE INDEX business_tenant_name_trgm_idx ON business USING gin (tenant_id, lower(name) gin_trgm_ops);
CREATE INDEX business_tenant_owner_trgm_idx ON business USING gin (tenant_id, lower(owner_name) gin_trgm_ops);
CREATE INDEX business_tenant_slug_trgm_idx ON business USING gin (tenant_id, slug gin_trgm_ops);
--rollback DROP INDEX business_tenant_name_idx; DROP INDEX business_tenant_updated_idx; DROP INDEX business_tenant_name_trgm_idx; DROP INDEX business_tenant_owner_trgm_idx; DROP INDEX business_tenant_slug_trgm_idx;
