--liquibase formatted sql
--changeset etalase:0013-console-catalog logicalFilePath:changes/0013-console-catalog.sql
--comment: A business owner's edit of a published business or product, waiting for an operator's
--comment: approval. One per record: a newer edit replaces it. The decision goes to the audit log
--comment: and the row is removed.
CREATE TABLE pending_change (
  tenant_id       bigint       NOT NULL REFERENCES tenant (id),
  id              bigint       NOT NULL,
  record_type     varchar(20)  NOT NULL CHECK (record_type IN ('Business', 'Product')),
  record_id       bigint       NOT NULL,
  record_name     varchar(300) NOT NULL,
  proposed        text         NOT NULL,
  fields          text         NOT NULL,
  proposed_by_id  bigint,
  proposed_by     varchar(254) NOT NULL,
  proposed_at     timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, record_type, record_id)
);
SELECT enable_tenant_row_security('pending_change');
--comment: The operator console's product list: pages by name or by last change.
CREATE INDEX product_tenant_name_idx ON product (tenant_id, name, id);
CREATE INDEX product_tenant_updated_idx ON product (tenant_id, updated_at DESC, id);
--rollback DROP INDEX product_tenant_updated_idx; DROP INDEX product_tenant_name_idx; DROP TABLE pending_change;
