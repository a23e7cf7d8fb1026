--liquibase formatted sql
--changeset etalase:0024-ordering logicalFilePath:changes/0024-ordering.sql
--comment: Orders (issue 14): a visitor orders published products of one business, without an account.
--comment: Each line keeps the name and price as ordered. The visitor's status page is found by the
--comment: SHA-256 of an unguessable token, never by the token itself. The number is per tenant.
--comment: A business's payment instructions (bank transfer, a static QRIS image) sit on the business.
ALTER TABLE business
  ADD COLUMN payment_bank     varchar(60),
  ADD COLUMN payment_account  varchar(40),
  ADD COLUMN payment_holder   varchar(120),
  ADD COLUMN payment_qris     varchar(40) CHECK (payment_qris ~ '^[0-9a-f]{24}-[0-9]{1,5}$');

CREATE SEQUENCE order_id_seq START WITH 50 MINVALUE 50 INCREMENT BY 50;

CREATE TABLE customer_order (
  tenant_id       bigint       NOT NULL REFERENCES tenant (id),
  id              bigint       NOT NULL,
  number          integer      NOT NULL CHECK (number > 0),
  business_id     bigint       NOT NULL,
  token_hash      varchar(64)  NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  buyer_name      varchar(120) NOT NULL,
  buyer_whatsapp  varchar(20)  NOT NULL,
  buyer_email     varchar(254),
  delivery        varchar(16)  NOT NULL CHECK (delivery IN ('PICKUP', 'LOCAL', 'COURIER')),
  address         varchar(300),
  note            varchar(1000),
  status          varchar(16)  NOT NULL
                  CHECK (status IN ('NEW', 'CONFIRMED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  cancel_reason   varchar(500),
  total           bigint       NOT NULL CHECK (total >= 0),
  created_at      timestamptz  NOT NULL DEFAULT now(),
  updated_at      timestamptz  NOT NULL DEFAULT now(),
  version         bigint       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number),
  UNIQUE (tenant_id, token_hash),
  FOREIGN KEY (tenant_id, business_id) REFERENCES business (tenant_id, id)
);
CREATE INDEX customer_order_created_idx ON customer_order (tenant_id, created_at DESC, id);
CREATE INDEX customer_order_status_idx ON customer_order (tenant_id, status, created_at DESC);
CREATE INDEX customer_order_business_idx ON customer_order (tenant_id, business_id, created_at DESC);
SELECT enable_tenant_row_security('customer_order');

--comment: A line as ordered: the product may change or go; its name, unit and price here stay.
CREATE TABLE order_line (
  tenant_id     bigint       NOT NULL REFERENCES tenant (id),
  id            bigint       NOT NULL,
  order_id      bigint       NOT NULL,
  position      integer      NOT NULL,
  product_id    bigint       NOT NULL,
  product_name  varchar(200) NOT NULL,
  unit          varchar(40),
  unit_price    bigint       NOT NULL CHECK (unit_price >= 0),
  quantity      integer      NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, order_id) REFERENCES customer_order (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX order_line_order_idx ON order_line (tenant_id, order_id, position);
SELECT enable_tenant_row_security('order_line');
--rollback DROP TABLE order_line; DROP TABLE customer_order; DROP SEQUENCE order_id_seq; ALTER TABLE business DROP COLUMN payment_bank, DROP COLUMN payment_account, DROP COLUMN payment_holder, DROP COLUMN payment_qris;
