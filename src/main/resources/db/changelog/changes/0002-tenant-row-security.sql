--liquibase formatted sql
--changeset etalase:0002-tenant-row-security logicalFilePath:changes/0002-tenant-row-security.sql splitStatements:false
--comment: The one definition of the tenant policy. Every tenant table calls this in the migration that creates it.
-- The setting is read through (SELECT ...) so PostgreSQL evaluates it once per query and keeps using the
-- (tenant_id, ...) indexes. With no tenant set it is NULL, and NULL matches no row.
CREATE FUNCTION enable_tenant_row_security(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s '
    'USING (tenant_id = (SELECT NULLIF(current_setting(''app.tenant_id'', true), '''')::bigint)) '
    'WITH CHECK (tenant_id = (SELECT NULLIF(current_setting(''app.tenant_id'', true), '''')::bigint))',
    tbl);
END
$$;
REVOKE ALL ON FUNCTION enable_tenant_row_security(regclass) FROM PUBLIC;
--rollback DROP FUNCTION enable_tenant_row_security(regclass);
