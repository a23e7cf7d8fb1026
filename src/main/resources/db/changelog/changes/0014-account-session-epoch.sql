--liquibase formatted sql
--changeset etalase:0014-account-session-epoch logicalFilePath:changes/0014-account-session-epoch.sql
--comment: Counts the changes that end an account's sessions (disabled, new role, new password, MFA
--comment: reset); a session signed in with an older count is signed out at its next request.
ALTER TABLE account ADD COLUMN session_epoch integer NOT NULL DEFAULT 0;
ALTER TABLE platform_admin ADD COLUMN session_epoch integer NOT NULL DEFAULT 0;
--rollback ALTER TABLE platform_admin DROP COLUMN session_epoch; ALTER TABLE account DROP COLUMN session_epoch;
