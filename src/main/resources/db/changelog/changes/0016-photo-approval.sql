--liquibase formatted sql
--changeset etalase:0016-photo-approval logicalFilePath:changes/0016-photo-approval.sql
--comment: A photo a business owner adds to a published business or product waits, hidden from
--comment: visitors, until an operator approves it, like the owner's edits of the record's fields.
ALTER TABLE photo ADD COLUMN pending boolean NOT NULL DEFAULT false;
--rollback ALTER TABLE photo DROP COLUMN pending;
