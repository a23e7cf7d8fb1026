--liquibase formatted sql
--changeset etalase:0018-search-vocabulary logicalFilePath:changes/0018-search-vocabulary.sql splitStatements:false
--comment: Each tenant's search words, so that a typo is corrected against a few thousand words through
--comment: a trigram index, and the corrected words then run as a full-text query on the product index:
--comment: no query ever compares a typed word with every product of a large tenant. Words are learnt
--comment: from every product's search text when it is written and never forgotten (a stale word only
--comment: offers a correction that finds nothing). They are not shown to anyone.
CREATE TABLE search_word (
  tenant_id  bigint      NOT NULL REFERENCES tenant (id),
  word       varchar(60) NOT NULL,
  PRIMARY KEY (tenant_id, word)
);
CREATE INDEX search_word_trgm_idx ON search_word USING gin (tenant_id, word gin_trgm_ops);
SELECT enable_tenant_row_security('search_word');

CREATE FUNCTION etalase_learn_search_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_word (tenant_id, word)
  SELECT DISTINCT NEW.tenant_id, w
  FROM unnest(string_to_array(etalase_search_text(NEW.search_text), ' ')) AS w
  WHERE length(w) BETWEEN 2 AND 60
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER product_search_words AFTER INSERT OR UPDATE OF search_text ON product
  FOR EACH ROW EXECUTE FUNCTION etalase_learn_search_words();

-- Row-level security cannot use an index for an operator that is not LEAKPROOF, and neither
-- full-text @@ nor trigram % is (only a superuser may declare a function LEAKPROOF): under the
-- policy, every search read all of a tenant's products. The two functions below do the indexed
-- part of a search as the schema owner, which row security does not bind on these three tables
-- (NO FORCE), and take the tenant from the transaction's app.tenant_id, exactly as the policy does:
-- the application can reach no tenant through them that it cannot reach through the policy, and
-- they return only what the public search shows (published products, the tenant's own words).
ALTER TABLE product NO FORCE ROW LEVEL SECURITY;
ALTER TABLE business NO FORCE ROW LEVEL SECURITY;
ALTER TABLE search_word NO FORCE ROW LEVEL SECURITY;

-- The words of the products there are already (the owner is not bound by row security here, see
-- above).
INSERT INTO search_word (tenant_id, word)
SELECT DISTINCT p.tenant_id, w
FROM product p, unnest(string_to_array(etalase_search_text(p.search_text), ' ')) AS w
WHERE length(w) BETWEEN 2 AND 60
ON CONFLICT DO NOTHING;

CREATE FUNCTION etalase_search_words(typed text[], alternatives integer)
RETURNS TABLE (n bigint, word text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT q.n, k.word::text
  FROM unnest(typed) WITH ORDINALITY AS q(w, n)
  CROSS JOIN LATERAL (
    SELECT s.word FROM search_word s
    WHERE s.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::bigint
      AND s.word % q.w
    ORDER BY s.word = q.w DESC, similarity(s.word, q.w) DESC, s.word
    LIMIT alternatives) k
  ORDER BY q.n
$$;

CREATE FUNCTION etalase_search_products(query tsquery)
RETURNS TABLE (id bigint, category_id bigint, price_min bigint, business_id bigint,
               district_code varchar, cluster_id bigint, featured boolean, name varchar,
               created_at timestamptz, score real)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT p.id, p.category_id, p.price_min, b.id, b.district_code, b.cluster_id, p.featured,
         p.name, p.created_at, ts_rank(p.search_vector, query)
  FROM product p
  JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id
  WHERE p.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::bigint
    AND b.tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::bigint
    AND p.status = 'PUBLISHED' AND b.status = 'PUBLISHED'
    AND p.search_vector @@ query
$$;
REVOKE ALL ON FUNCTION etalase_search_words(text[], integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION etalase_search_products(tsquery) FROM PUBLIC;
--rollback DROP FUNCTION etalase_search_products(tsquery); DROP FUNCTION etalase_search_words(text[], integer); ALTER TABLE search_word FORCE ROW LEVEL SECURITY; ALTER TABLE business FORCE ROW LEVEL SECURITY; ALTER TABLE product FORCE ROW LEVEL SECURITY; DROP TRIGGER product_search_words ON product; DROP FUNCTION etalase_learn_search_words(); DROP TABLE search_word;
