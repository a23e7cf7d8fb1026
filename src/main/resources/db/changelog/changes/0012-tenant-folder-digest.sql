--liquibase formatted sql
--changeset etalase:0012-tenant-folder-digest logicalFilePath:changes/0012-tenant-folder-digest.sql
--comment: The SHA-256 of a tenant folder (tenant.yaml, logo, hero) as it was last loaded. The loader
--comment: applies a folder only when this differs, so branding edited in the government console
--comment: survives a restart while a changed folder still wins. Null: never loaded from a folder.
ALTER TABLE tenant ADD COLUMN folder_digest char(64);
--rollback ALTER TABLE tenant DROP COLUMN folder_digest;
