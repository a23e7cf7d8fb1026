--liquibase formatted sql
--changeset etalase:0007-photo logicalFilePath:changes/0007-photo.sql
--comment: Photos of businesses, products and clusters. The files are in media storage, named by hash.
CREATE TABLE photo (
  tenant_id    bigint       NOT NULL REFERENCES tenant (id),
  id           bigint       NOT NULL,
  business_id  bigint,
  product_id   bigint,
  cluster_id   bigint,
  position     smallint     NOT NULL,
  is_primary   boolean      NOT NULL DEFAULT false,
  hash         varchar(24)  NOT NULL CHECK (hash ~ '^[0-9a-f]{24}$'),
  width        integer      NOT NULL CHECK (width > 0),
  height       integer      NOT NULL CHECK (height > 0),
  widths       varchar(40)  NOT NULL CHECK (widths ~ '^[0-9]+(,[0-9]+)*$'),
  alt_text     varchar(300),
  created_at   timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CHECK (num_nonnulls(business_id, product_id, cluster_id) = 1),
  FOREIGN KEY (tenant_id, business_id) REFERENCES business (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, product_id) REFERENCES product (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, cluster_id) REFERENCES cluster (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX photo_business_idx ON photo (tenant_id, business_id, position);
CREATE INDEX photo_product_idx ON photo (tenant_id, product_id, position);
CREATE INDEX photo_cluster_idx ON photo (tenant_id, cluster_id, position);
SELECT enable_tenant_row_security('photo');
--rollback DROP TABLE photo;
