--liquibase formatted sql

--changeset etalase:0008-search-extensions logicalFilePath:changes/0008-search.sql
--comment: Trigram matching for typos; btree_gin lets tenant_id lead GIN indexes. Both are trusted extensions.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

--changeset etalase:0008-search-text logicalFilePath:changes/0008-search.sql splitStatements:false
--comment: The words a search looks at: lower case, split on anything but letters and digits, without Indonesian
--comment: stop words. PostgreSQL's "indonesian" configuration stems but has no stop-word list, so this is ours.
CREATE FUNCTION etalase_search_text(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(word, ' '), '')
  FROM regexp_split_to_table(lower(coalesce(input, '')), '[^[:alnum:]]+') AS word
  WHERE word <> '' AND NOT word = ANY (ARRAY[
    'ada', 'adalah', 'agar', 'akan', 'aku', 'anda', 'antara', 'atau', 'bagi', 'bahwa', 'banyak',
    'beberapa', 'belum', 'bisa', 'dalam', 'dan', 'dapat', 'dari', 'dengan', 'di', 'dia', 'ini',
    'itu', 'jika', 'juga', 'kami', 'kamu', 'karena', 'ke', 'kita', 'lagi', 'lain', 'lebih', 'masih',
    'mereka', 'misalnya', 'namun', 'oleh', 'pada', 'para', 'per', 'saat', 'sangat', 'saja',
    'sebagai', 'sedang', 'sejak', 'sudah', 'tanpa', 'telah', 'tetapi', 'untuk', 'yang', 'yg', 'dgn',
    'dg', 'utk', 'tsb', 'khas', 'asli'
  ])
$$;

--changeset etalase:0008-search-columns logicalFilePath:changes/0008-search.sql
--comment: search_text is written by the application (product, its business, cluster, category, kecamatan);
--comment: the vector follows it. Both indexes lead with tenant_id, so every search stays inside one tenant.
ALTER TABLE product ADD COLUMN search_text text NOT NULL DEFAULT '';
ALTER TABLE product ADD COLUMN search_vector tsvector
  GENERATED ALWAYS AS (to_tsvector('indonesian', etalase_search_text(search_text))) STORED;
CREATE INDEX product_search_vector_idx ON product USING gin (tenant_id, search_vector);
CREATE INDEX product_search_trgm_idx ON product USING gin (tenant_id, search_text gin_trgm_ops);
--rollback DROP INDEX product_search_trgm_idx; DROP INDEX product_search_vector_idx; ALTER TABLE product DROP COLUMN search_vector, DROP COLUMN search_text;
