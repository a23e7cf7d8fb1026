--liquibase formatted sql
--changeset etalase:0001-tenant-registry logicalFilePath:changes/0001-tenant-registry.sql
--comment: The platform's registry of tenants. Platform tables: not tenant-scoped, no row-level security.
CREATE SEQUENCE tenant_id_seq;

CREATE TABLE tenant (
  id                bigint       PRIMARY KEY DEFAULT nextval('tenant_id_seq'),
  slug              varchar(63)  NOT NULL UNIQUE
                    CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
  name              varchar(200) NOT NULL,
  regency_code      varchar(5)   NOT NULL UNIQUE CHECK (regency_code ~ '^[0-9]{2}\.[0-9]{2}$'),
  status            varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  default_language  varchar(2)   NOT NULL CHECK (default_language IN ('id', 'en')),
  tagline           varchar(300),
  color_primary     char(7)      NOT NULL CHECK (color_primary ~ '^#[0-9a-f]{6}$'),
  color_secondary   char(7)      NOT NULL CHECK (color_secondary ~ '^#[0-9a-f]{6}$'),
  color_accent      char(7)      NOT NULL CHECK (color_accent ~ '^#[0-9a-f]{6}$'),
  office_name       varchar(200),
  office_address    varchar(500),
  office_phone      varchar(20),
  office_whatsapp   varchar(20),
  office_email      varchar(254),
  office_website    varchar(500),
  created_at        timestamptz  NOT NULL DEFAULT now(),
  updated_at        timestamptz  NOT NULL DEFAULT now(),
  version           bigint       NOT NULL DEFAULT 0
);

CREATE TABLE tenant_domain (
  tenant_id  bigint       NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  domain     varchar(253) NOT NULL CHECK (domain = lower(domain)),
  PRIMARY KEY (tenant_id, domain)
);
CREATE UNIQUE INDEX tenant_domain_domain_key ON tenant_domain (domain);

CREATE TABLE tenant_asset (
  tenant_id     bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  kind          varchar(16) NOT NULL CHECK (kind IN ('LOGO', 'HERO')),
  content_type  varchar(64) NOT NULL,
  sha256        char(64)    NOT NULL,
  content       bytea       NOT NULL,
  PRIMARY KEY (tenant_id, kind)
);
--rollback DROP TABLE tenant_asset; DROP TABLE tenant_domain; DROP TABLE tenant; DROP SEQUENCE tenant_id_seq;
