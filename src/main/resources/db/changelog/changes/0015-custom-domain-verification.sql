--liquibase formatted sql
--changeset etalase:0015-custom-domain-verification logicalFilePath:changes/0015-custom-domain-verification.sql
--comment: Custom domains are served only once proven (issue #10): a claim is PENDING with a random
--comment: token until a DNS TXT record or a file on the domain shows the token, a platform admin
--comment: vouches for it, or a tenant folder lists it. Rows that exist now were never proven, so
--comment: they start PENDING: the loader verifies the ones tenant folders list at the next start,
--comment: the others (typed in a console) must be proven again. Platform data: no row-level security.
ALTER TABLE tenant_domain
  ADD COLUMN status            varchar(16)  NOT NULL DEFAULT 'PENDING'
                               CHECK (status IN ('PENDING', 'VERIFIED')),
  ADD COLUMN token             char(32)     NOT NULL
                               DEFAULT md5(random()::text || clock_timestamp()::text)
                               CHECK (token ~ '^[0-9a-f]{32}$'),
  ADD COLUMN proof             varchar(16)  CHECK (proof IN ('DNS', 'HTTP', 'MANUAL', 'FOLDER')),
  ADD COLUMN requested_at      timestamptz  NOT NULL DEFAULT now(),
  ADD COLUMN verified_at       timestamptz,
  ADD COLUMN verified_by       varchar(300),
  ADD COLUMN last_check_at     timestamptz,
  ADD COLUMN last_check_result varchar(300),
  ADD CONSTRAINT tenant_domain_proven CHECK ((status = 'VERIFIED') = (proof IS NOT NULL AND verified_at IS NOT NULL)),
  ADD CONSTRAINT tenant_domain_tenant_domain_status_key UNIQUE (tenant_id, domain, status);
ALTER TABLE tenant_domain ALTER COLUMN status DROP DEFAULT, ALTER COLUMN token DROP DEFAULT;

--comment: The tenant's choice for canonical URLs and mailed links: one of its own VERIFIED domains
--comment: (the key includes the status through a constant column), or NULL for the platform's address.
--comment: Deferred: the application may change a domain and the choice in one transaction.
ALTER TABLE tenant
  ADD COLUMN canonical_domain varchar(253),
  ADD COLUMN canonical_status varchar(16) GENERATED ALWAYS AS ('VERIFIED') STORED,
  ADD CONSTRAINT tenant_canonical_domain_fkey FOREIGN KEY (id, canonical_domain, canonical_status)
    REFERENCES tenant_domain (tenant_id, domain, status) DEFERRABLE INITIALLY DEFERRED;
--rollback ALTER TABLE tenant DROP CONSTRAINT tenant_canonical_domain_fkey, DROP COLUMN canonical_status, DROP COLUMN canonical_domain;
--rollback ALTER TABLE tenant_domain DROP CONSTRAINT tenant_domain_tenant_domain_status_key, DROP CONSTRAINT tenant_domain_proven, DROP COLUMN last_check_result, DROP COLUMN last_check_at, DROP COLUMN verified_by, DROP COLUMN verified_at, DROP COLUMN requested_at, DROP COLUMN proof, DROP COLUMN token, DROP COLUMN status;
