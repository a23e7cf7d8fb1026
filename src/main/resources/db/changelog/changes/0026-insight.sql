--liquibase formatted sql
--changeset etalase:0026-insight logicalFilePath:changes/0026-insight.sql
--comment: Insight for the government. insight_digest notes the day a tenant's compliance digest went
--comment: out: the first node to insert the row sends it, so several nodes or a restart never send
--comment: twice. catalog_print is a printable catalog generated in the background, with its progress,
--comment: so any node can show it and serve the finished file.
CREATE TABLE insight_digest (
  tenant_id   bigint       NOT NULL REFERENCES tenant (id),
  sent_on     date         NOT NULL,
  recipients  integer      NOT NULL DEFAULT 0,
  expiring    integer      NOT NULL DEFAULT 0,
  sent_at     timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, sent_on)
);
SELECT enable_tenant_row_security('insight_digest');

CREATE TABLE catalog_print (
  tenant_id        bigint       NOT NULL REFERENCES tenant (id),
  id               bigint       NOT NULL,
  scope            varchar(16)  NOT NULL CHECK (scope IN ('TENANT', 'DISTRICT', 'CLUSTER')),
  scope_key        varchar(120),
  scope_name       varchar(300) NOT NULL,
  status           varchar(16)  NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
  progress_done    integer      NOT NULL DEFAULT 0,
  progress_total   integer      NOT NULL DEFAULT 0,
  file_key         varchar(200),
  file_size        bigint,
  requested_by_id  bigint       NOT NULL,
  requested_by     varchar(300) NOT NULL,
  created_at       timestamptz  NOT NULL DEFAULT now(),
  finished_at      timestamptz,
  failure          varchar(500),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX catalog_print_tenant_created_idx ON catalog_print (tenant_id, created_at DESC);
SELECT enable_tenant_row_security('catalog_print');

--comment: The dashboard's counts as index-only scans at 100,000 businesses a tenant (docs/benchmarks.md):
--comment: kecamatan x status with NIB, valid certificates by business, businesses by product category,
--comment: registrations by month; and the compliance reminders by expiry date.
CREATE INDEX business_tenant_insight_idx ON business (tenant_id, district_code, status) INCLUDE (id, nib);
CREATE INDEX business_tenant_created_idx ON business (tenant_id, created_at) INCLUDE (district_code);
CREATE INDEX business_certification_tenant_business_idx ON business_certification (tenant_id, business_id) INCLUDE (kind, expires_on);
CREATE INDEX business_certification_expiry_idx ON business_certification (tenant_id, expires_on);
CREATE INDEX product_tenant_category_business_idx ON product (tenant_id, category_id, business_id);
--rollback DROP INDEX product_tenant_category_business_idx; DROP INDEX business_certification_expiry_idx; DROP INDEX business_certification_tenant_business_idx; DROP INDEX business_tenant_created_idx; DROP INDEX business_tenant_insight_idx; DROP TABLE catalog_print; DROP TABLE insight_digest;
