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

--comment: The compliance reminders read certificates by expiry date.
CREATE INDEX business_certification_expiry_idx ON business_certification (tenant_id, expires_on);
--rollback DROP INDEX business_certification_expiry_idx; DROP TABLE catalog_print; DROP TABLE insight_digest;
