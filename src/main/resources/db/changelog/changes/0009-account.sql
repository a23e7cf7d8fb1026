--liquibase formatted sql
--changeset etalase:0009-account logicalFilePath:changes/0009-account.sql
--comment: Console accounts of one tenant (government officers, operators, business owners). Platform admins,
--comment: who belong to no tenant, get their own platform table with the platform console.
CREATE TABLE account (
  tenant_id       bigint       NOT NULL REFERENCES tenant (id),
  id              bigint       NOT NULL,
  email           varchar(254) NOT NULL CHECK (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  display_name    varchar(200) NOT NULL,
  role            varchar(16)  NOT NULL CHECK (role IN ('TENANT_ADMIN', 'OPERATOR', 'BUSINESS_OWNER')),
  business_id     bigint,
  password_hash   varchar(200),
  totp_secret     varchar(64),
  totp_last_step  bigint,
  enabled         boolean      NOT NULL DEFAULT true,
  created_at      timestamptz  NOT NULL DEFAULT now(),
  updated_at      timestamptz  NOT NULL DEFAULT now(),
  version         bigint       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, email),
  CHECK ((role = 'BUSINESS_OWNER') = (business_id IS NOT NULL)),
  FOREIGN KEY (tenant_id, business_id) REFERENCES business (tenant_id, id)
);
SELECT enable_tenant_row_security('account');
--rollback DROP TABLE account;
