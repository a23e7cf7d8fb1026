--liquibase formatted sql
--changeset etalase:0017-public-change-notify logicalFilePath:changes/0017-public-change-notify.sql splitStatements:false
--comment: Every change a visitor could see tells every application node, so each drops the pages it
--comment: cached for that tenant. NOTIFY is sent at commit and never for a rolled-back change, and
--comment: PostgreSQL sends one notice per transaction and payload, however many rows changed.
--comment: Catalog tables notify once per statement with the transaction's tenant (row-level security
--comment: already requires app.tenant_id for every write); the registry notifies per row, on its own
--comment: channel, since the nodes also reload their copy of the tenant directory then.
CREATE FUNCTION etalase_notify_catalog_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('etalase_catalog_change', coalesce(current_setting('app.tenant_id', true), ''));
  RETURN NULL;
END
$$;

CREATE FUNCTION etalase_notify_tenant_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
  PERFORM pg_notify('etalase_tenant_change', coalesce(changed ->> 'tenant_id', changed ->> 'id'));
  RETURN NULL;
END
$$;

CREATE TRIGGER business_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON business
  FOR EACH STATEMENT EXECUTE FUNCTION etalase_notify_catalog_change();
CREATE TRIGGER business_link_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON business_link
  FOR EACH STATEMENT EXECUTE FUNCTION etalase_notify_catalog_change();
CREATE TRIGGER business_certification_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON business_certification
  FOR EACH STATEMENT EXECUTE FUNCTION etalase_notify_catalog_change();
CREATE TRIGGER category_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON category
  FOR EACH STATEMENT EXECUTE FUNCTION etalase_notify_catalog_change();
CREATE TRIGGER cluster_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cluster
  FOR EACH STATEMENT EXECUTE FUNCTION etalase_notify_catalog_change();
CREATE TRIGGER product_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON product
  FOR EACH STATEMENT EXECUTE FUNCTION etalase_notify_catalog_change();
CREATE TRIGGER photo_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON photo
  FOR EACH STATEMENT EXECUTE FUNCTION etalase_notify_catalog_change();

CREATE TRIGGER tenant_public_change AFTER INSERT OR UPDATE OR DELETE ON tenant
  FOR EACH ROW EXECUTE FUNCTION etalase_notify_tenant_change();
CREATE TRIGGER tenant_domain_public_change AFTER INSERT OR UPDATE OR DELETE ON tenant_domain
  FOR EACH ROW EXECUTE FUNCTION etalase_notify_tenant_change();
CREATE TRIGGER tenant_asset_public_change AFTER INSERT OR UPDATE OR DELETE ON tenant_asset
  FOR EACH ROW EXECUTE FUNCTION etalase_notify_tenant_change();
--rollback DROP TRIGGER tenant_asset_public_change ON tenant_asset; DROP TRIGGER tenant_domain_public_change ON tenant_domain; DROP TRIGGER tenant_public_change ON tenant; DROP TRIGGER photo_public_change ON photo; DROP TRIGGER product_public_change ON product; DROP TRIGGER cluster_public_change ON cluster; DROP TRIGGER category_public_change ON category; DROP TRIGGER business_certification_public_change ON business_certification; DROP TRIGGER business_link_public_change ON business_link; DROP TRIGGER business_public_change ON business; DROP FUNCTION etalase_notify_tenant_change(); DROP FUNCTION etalase_notify_catalog_change();
