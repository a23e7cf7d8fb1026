--liquibase formatted sql
--changeset etalase:0025-traffic-counters logicalFilePath:changes/0025-traffic-counters.sql
--comment: Leads (clicks on a WhatsApp, phone or marketplace link) and page views, as daily totals per
--comment: record and nothing else: no visitor, address, agent or cookie is ever stored (README, Leads and
--comment: views). Nodes add their in-memory totals with additive upserts, so several can flush at once.
--comment: subject is BUSINESS, PRODUCT or CLUSTER; business_id and district_code are copied from the
--comment: record when counted, so the dashboard filters by kecamatan and rolls products up to their
--comment: business without a join. No trigger notifies the page cache: counters change no page.
CREATE TABLE traffic_lead (
  tenant_id      bigint      NOT NULL REFERENCES tenant (id),
  day            date        NOT NULL,
  subject        varchar(8)  NOT NULL CHECK (subject IN ('BUSINESS', 'PRODUCT', 'CLUSTER')),
  record_id      bigint      NOT NULL,
  channel        varchar(16) NOT NULL,
  business_id    bigint,
  district_code  varchar(8) ,
  clicks         bigint      NOT NULL CHECK (clicks > 0),
  PRIMARY KEY (tenant_id, day, subject, record_id, channel)
);
SELECT enable_tenant_row_security('traffic_lead');

CREATE TABLE traffic_view (
  tenant_id      bigint      NOT NULL REFERENCES tenant (id),
  day            date        NOT NULL,
  subject        varchar(8)  NOT NULL CHECK (subject IN ('BUSINESS', 'PRODUCT', 'CLUSTER')),
  record_id      bigint      NOT NULL,
  business_id    bigint,
  district_code  varchar(8) ,
  views          bigint      NOT NULL CHECK (views > 0),
  PRIMARY KEY (tenant_id, day, subject, record_id)
);
SELECT enable_tenant_row_security('traffic_view');
--rollback DROP TABLE traffic_view; DROP TABLE traffic_lead;
