--liquibase formatted sql
--changeset etalase:0003-business logicalFilePath:changes/0003-business.sql
--comment: The UMKM profile, first tenant-scoped table. The catalog issue extends it.
-- EclipseLink reads nextval as the last id of a block of 50, so the first value is 50.
CREATE SEQUENCE business_id_seq START WITH 50 MINVALUE 50 INCREMENT BY 50;

CREATE TABLE business (
  tenant_id    bigint       NOT NULL REFERENCES tenant (id),
  id           bigint       NOT NULL,
  slug         varchar(120) NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name         varchar(200) NOT NULL,
  owner_name   varchar(200),
  description  text,
  status       varchar(16)  NOT NULL
               CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED')),
  created_at   timestamptz  NOT NULL DEFAULT now(),
  updated_at   timestamptz  NOT NULL DEFAULT now(),
  version      bigint       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, slug)
);
CREATE INDEX business_tenant_status_idx ON business (tenant_id, status, name);

SELECT enable_tenant_row_security('business');
--rollback DROP TABLE business; DROP SEQUENCE business_id_seq;
