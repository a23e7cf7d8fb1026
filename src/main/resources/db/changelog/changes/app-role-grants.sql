--liquibase formatted sql
--changeset etalase:app-role-grants logicalFilePath:changes/app-role-grants.sql runAlways:true runOnChange:true
--comment: The application role owns nothing and only gets the rights it needs. ${appRole} is the app pool's user.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON tenant, tenant_domain, tenant_asset TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON business, business_link, business_certification, category, product, cluster, photo, account, account_token, pending_change, business_registration, import_batch, import_record, import_mapping, customer_order, order_line TO ${appRole};
--comment: Daily counters: added to, never rewritten or removed by the application.
GRANT SELECT, INSERT, UPDATE ON traffic_lead, traffic_view TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON platform_admin TO ${appRole};
--comment: Insight: the digest days sent are only added; the printable catalogs are updated as they progress.
GRANT SELECT, INSERT ON insight_digest TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON catalog_print TO ${appRole};
--comment: Append-only: the application can add login records and audit entries, never change or remove them.
GRANT SELECT, INSERT ON login_record, audit_entry TO ${appRole};
--comment: Search words are learnt by a trigger on product, as the role that writes the product.
GRANT SELECT, INSERT ON search_word TO ${appRole};
GRANT EXECUTE ON FUNCTION etalase_search_words(text[], integer), etalase_search_products(tsquery) TO ${appRole};
GRANT SELECT ON region_province, region_regency, region_district, region_village TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole};
