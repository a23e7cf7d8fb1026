--liquibase formatted sql
--changeset etalase:0023-import-record-photos logicalFilePath:changes/0023-import-record-photos.sql
--comment: The photos an import added to a record it updated (their ids, comma-separated), so that
--comment: undoing the import removes them again; a record it created takes its photos with it.
ALTER TABLE import_record ADD COLUMN added_photos text;
--rollback ALTER TABLE import_record DROP COLUMN added_photos;
