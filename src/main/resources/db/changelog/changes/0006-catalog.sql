--liquibase formatted sql
--changeset etalase:0006-catalog logicalFilePath:changes/0006-catalog.sql
--comment: The catalog: full business profile, links, certifications, categories, products, clusters (sentra).
-- Every table is tenant-scoped: tenant_id leads the primary key, every index and every foreign key,
-- so a row can only ever point at rows of its own tenant.
CREATE SEQUENCE catalog_id_seq START WITH 50 MINVALUE 50 INCREMENT BY 50;

CREATE TABLE cluster (
  tenant_id       bigint       NOT NULL REFERENCES tenant (id),
  id              bigint       NOT NULL,
  slug            varchar(120) NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name            varchar(200) NOT NULL,
  description     text,
  district_code   varchar(8)   REFERENCES region_district (code),
  latitude        numeric(9,6) CHECK (latitude BETWEEN -90 AND 90),
  longitude       numeric(9,6) CHECK (longitude BETWEEN -180 AND 180),
  opening_hours   varchar(500),
  activities      text,
  visitor_prices  varchar(1000),
  directions      text,
  contact_name    varchar(200),
  contact_phone   varchar(16)  CHECK (contact_phone ~ '^\+62[0-9]{6,13}$'),
  status          varchar(16)  NOT NULL
                  CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED')),
  created_at      timestamptz  NOT NULL DEFAULT now(),
  updated_at      timestamptz  NOT NULL DEFAULT now(),
  version         bigint       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, slug)
);
CREATE INDEX cluster_tenant_status_idx ON cluster (tenant_id, status, name);
SELECT enable_tenant_row_security('cluster');

ALTER TABLE business
  ADD COLUMN sector          varchar(60),
  ADD COLUMN district_code   varchar(8)   REFERENCES region_district (code),
  ADD COLUMN village_code    varchar(13)  REFERENCES region_village (code),
  ADD COLUMN street_address  varchar(300),
  ADD COLUMN latitude        numeric(9,6) CHECK (latitude BETWEEN -90 AND 90),
  ADD COLUMN longitude       numeric(9,6) CHECK (longitude BETWEEN -180 AND 180),
  ADD COLUMN phone           varchar(16)  CHECK (phone ~ '^\+62[0-9]{6,13}$'),
  ADD COLUMN whatsapp        varchar(16)  CHECK (whatsapp ~ '^\+62[0-9]{6,13}$'),
  ADD COLUMN email           varchar(254),
  ADD COLUMN founded_year    smallint     CHECK (founded_year BETWEEN 1900 AND 2100),
  ADD COLUMN nib             varchar(13)  CHECK (nib ~ '^[0-9]{13}$'),
  ADD COLUMN cluster_id      bigint,
  ADD CONSTRAINT business_cluster_fk FOREIGN KEY (tenant_id, cluster_id) REFERENCES cluster (tenant_id, id);
CREATE INDEX business_tenant_district_idx ON business (tenant_id, district_code);
CREATE INDEX business_tenant_cluster_idx ON business (tenant_id, cluster_id);

CREATE TABLE business_link (
  tenant_id    bigint       NOT NULL,
  id           bigint       NOT NULL,
  business_id  bigint       NOT NULL,
  position     smallint     NOT NULL,
  kind         varchar(16)  NOT NULL
               CHECK (kind IN ('WEBSITE', 'INSTAGRAM', 'FACEBOOK', 'TIKTOK', 'TOKOPEDIA', 'SHOPEE', 'OTHER')),
  url          varchar(500) NOT NULL CHECK (url ~ '^https?://'),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, business_id) REFERENCES business (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX business_link_business_idx ON business_link (tenant_id, business_id, position);
SELECT enable_tenant_row_security('business_link');

CREATE TABLE business_certification (
  tenant_id    bigint      NOT NULL,
  id           bigint      NOT NULL,
  business_id  bigint      NOT NULL,
  kind         varchar(8)  NOT NULL CHECK (kind IN ('HALAL', 'PIRT', 'BPOM', 'SNI')),
  number       varchar(60) NOT NULL,
  expires_on   date,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, business_id, kind),
  FOREIGN KEY (tenant_id, business_id) REFERENCES business (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX business_certification_kind_idx ON business_certification (tenant_id, kind);
SELECT enable_tenant_row_security('business_certification');

CREATE TABLE category (
  tenant_id  bigint       NOT NULL REFERENCES tenant (id),
  id         bigint       NOT NULL,
  parent_id  bigint,
  slug       varchar(120) NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name       varchar(120) NOT NULL,
  name_en    varchar(120),
  position   smallint     NOT NULL DEFAULT 0,
  version    bigint       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, slug),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES category (tenant_id, id)
);
CREATE INDEX category_parent_idx ON category (tenant_id, parent_id, position);
SELECT enable_tenant_row_security('category');

CREATE TABLE product (
  tenant_id         bigint       NOT NULL REFERENCES tenant (id),
  id                bigint       NOT NULL,
  business_id       bigint       NOT NULL,
  category_id       bigint,
  slug              varchar(120) NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name              varchar(200) NOT NULL,
  description       text,
  price_min         bigint       CHECK (price_min >= 0),
  price_max         bigint       CHECK (price_max >= price_min),
  price_negotiable  boolean      NOT NULL DEFAULT false,
  unit              varchar(40),
  min_order         integer      CHECK (min_order >= 1),
  availability      varchar(16)  NOT NULL DEFAULT 'READY'
                    CHECK (availability IN ('READY', 'PRE_ORDER', 'OUT_OF_STOCK')),
  featured          boolean      NOT NULL DEFAULT false,
  status            varchar(16)  NOT NULL
                    CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED')),
  created_at        timestamptz  NOT NULL DEFAULT now(),
  updated_at        timestamptz  NOT NULL DEFAULT now(),
  version           bigint       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, slug),
  FOREIGN KEY (tenant_id, business_id) REFERENCES business (tenant_id, id),
  FOREIGN KEY (tenant_id, category_id) REFERENCES category (tenant_id, id)
);
CREATE INDEX product_tenant_status_idx ON product (tenant_id, status, name);
CREATE INDEX product_business_idx ON product (tenant_id, business_id);
CREATE INDEX product_category_idx ON product (tenant_id, category_id);
SELECT enable_tenant_row_security('product');
--rollback DROP TABLE product; DROP TABLE category; DROP TABLE business_certification; DROP TABLE business_link; ALTER TABLE business DROP CONSTRAINT business_cluster_fk, DROP COLUMN sector, DROP COLUMN district_code, DROP COLUMN village_code, DROP COLUMN street_address, DROP COLUMN latitude, DROP COLUMN longitude, DROP COLUMN phone, DROP COLUMN whatsapp, DROP COLUMN email, DROP COLUMN founded_year, DROP COLUMN nib, DROP COLUMN cluster_id; DROP TABLE cluster; DROP SEQUENCE catalog_id_seq;
