--liquibase formatted sql
--changeset etalase:0021-import logicalFilePath:changes/0021-import.sql
--comment: Bulk import (issue 13): each upload is a batch, previewed before anything is written, then
--comment: confirmed and written in one transaction in the background; its records are listed so the
--comment: batch can be undone while none of them was edited since. Saved column mappings per tenant.
CREATE SEQUENCE import_id_seq START WITH 50 MINVALUE 50 INCREMENT BY 50;

CREATE TABLE import_batch (
  tenant_id           bigint       NOT NULL REFERENCES tenant (id),
  id                  bigint       NOT NULL,
  created_by_id       bigint       NOT NULL,
  created_by          varchar(300) NOT NULL,
  created_at          timestamptz  NOT NULL DEFAULT now(),
  file_name           varchar(255) NOT NULL,
  business_rows       integer      NOT NULL DEFAULT 0,
  business_new        integer      NOT NULL DEFAULT 0,
  business_duplicate  integer      NOT NULL DEFAULT 0,
  business_error      integer      NOT NULL DEFAULT 0,
  product_rows        integer      NOT NULL DEFAULT 0,
  product_new         integer      NOT NULL DEFAULT 0,
  product_duplicate   integer      NOT NULL DEFAULT 0,
  product_error       integer      NOT NULL DEFAULT 0,
  status              varchar(16)  NOT NULL
                      CHECK (status IN ('PREVIEWED', 'RUNNING', 'DONE', 'FAILED', 'UNDONE')),
  progress_done       integer      NOT NULL DEFAULT 0,
  progress_total      integer      NOT NULL DEFAULT 0,
  mapping_usaha       text,
  mapping_produk      text,
  publish             boolean      NOT NULL DEFAULT false,
  created_count       integer      NOT NULL DEFAULT 0,
  updated_count       integer      NOT NULL DEFAULT 0,
  skipped_count       integer      NOT NULL DEFAULT 0,
  failure             varchar(500),
  finished_at         timestamptz,
  version             bigint       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX import_batch_tenant_created_idx ON import_batch (tenant_id, created_at DESC, id);
SELECT enable_tenant_row_security('import_batch');

--comment: What a confirmed batch wrote: each record created or updated, its version right after the
--comment: import (undo refuses when it moved on), and an updated record's data before the import.
CREATE TABLE import_record (
  tenant_id      bigint       NOT NULL REFERENCES tenant (id),
  id             bigint       NOT NULL,
  batch_id       bigint       NOT NULL,
  record_type    varchar(20)  NOT NULL CHECK (record_type IN ('Business', 'Product')),
  record_id      bigint       NOT NULL,
  record_name    varchar(300) NOT NULL,
  action         varchar(16)  NOT NULL CHECK (action IN ('CREATED', 'UPDATED')),
  version_after  bigint       NOT NULL,
  before_data    text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, batch_id) REFERENCES import_batch (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX import_record_batch_idx ON import_record (tenant_id, batch_id, record_type);
SELECT enable_tenant_row_security('import_record');

--comment: A column mapping an operator saved by name, for the next file from the same source.
CREATE TABLE import_mapping (
  tenant_id       bigint       NOT NULL REFERENCES tenant (id),
  id              bigint       NOT NULL,
  name            varchar(100) NOT NULL,
  mapping_usaha   text         NOT NULL DEFAULT '',
  mapping_produk  text         NOT NULL DEFAULT '',
  created_at      timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);
SELECT enable_tenant_row_security('import_mapping');
--rollback DROP TABLE import_mapping; DROP TABLE import_record; DROP TABLE import_batch; DROP SEQUENCE import_id_seq;
