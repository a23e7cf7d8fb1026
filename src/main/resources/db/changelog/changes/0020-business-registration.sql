--liquibase formatted sql
--changeset etalase:0020-business-registration logicalFilePath:changes/0020-business-registration.sql
--comment: Who registered a business on the public form (/{slug}/daftar), how the operator reaches
--comment: them, and what they agreed to publish (UU PDP). The business itself waits as SUBMITTED in
--comment: the verification queue; this row goes with it.
CREATE TABLE business_registration (
  tenant_id        bigint       NOT NULL REFERENCES tenant (id),
  id               bigint       NOT NULL,
  business_id      bigint       NOT NULL,
  applicant_name   varchar(120) NOT NULL,
  applicant_phone  varchar(20)  NOT NULL,
  applicant_email  varchar(254),
  street_address   varchar(300),
  publish_phone    boolean      NOT NULL,
  publish_address  boolean      NOT NULL,
  registered_at    timestamptz  NOT NULL DEFAULT now(),
  invited_at       timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, business_id),
  FOREIGN KEY (tenant_id, business_id) REFERENCES business (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_row_security('business_registration');
--rollback DROP TABLE business_registration;
