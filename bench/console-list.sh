#!/usr/bin/env bash
# Console list benchmark: the operator console's business table at 100,000 businesses in one
# tenant, as the lazy DataTable queries it (one page of 25 plus the count), under row-level
# security as the application role. The rows are inserted in a transaction that is rolled back.
# Usage: start the Run command (mvn -Prun package) in another terminal, then
#   bench/console-list.sh [rows]           default 100000
# Uses the run command's embedded database (port ETALASE_EMBEDDED_DB_PORT, default 54329).
set -euo pipefail
rows="${1:-100000}"
port="${ETALASE_EMBEDDED_DB_PORT:-54329}"
psql=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | head -1)
export PGPASSWORD=etalase_app
run() { "$psql" -X -q -h localhost -p "$port" -U etalase_app -d etalase "$@"; }

run <<SQL
\\set ON_ERROR_STOP on
BEGIN;
SELECT set_config('app.tenant_id', (SELECT id::text FROM tenant WHERE slug = 'bondowoso'), true);
INSERT INTO business (tenant_id, id, slug, name, owner_name, status, district_code)
SELECT (SELECT id FROM tenant WHERE slug = 'bondowoso'), 10000000 + g, 'bench-' || g,
       (ARRAY['Batik','Kopi','Tape','Keripik','Anyaman','Madu'])[1 + g % 6] || ' Usaha ' || g,
       'Pemilik ' || g,
       (ARRAY['DRAFT','SUBMITTED','PUBLISHED','PUBLISHED','PUBLISHED','ARCHIVED'])[1 + g % 6],
       (SELECT code FROM region_district WHERE regency_code = '35.11' ORDER BY code OFFSET g % 23 LIMIT 1)
FROM generate_series(1, $rows) g;
ANALYZE business;
\\echo 'rows in the tenant:'
SELECT count(*) FROM business WHERE tenant_id = current_setting('app.tenant_id')::bigint;
\\timing on
\\echo 'page 1, by name (no filter): count + page'
SELECT count(*) FROM business WHERE tenant_id = current_setting('app.tenant_id')::bigint;
SELECT id, name, status FROM business WHERE tenant_id = current_setting('app.tenant_id')::bigint ORDER BY name, id LIMIT 25 OFFSET 0 \\g /dev/null
\\echo 'page 2000, by name'
SELECT id, name, status FROM business WHERE tenant_id = current_setting('app.tenant_id')::bigint ORDER BY name, id LIMIT 25 OFFSET 49975 \\g /dev/null
\\echo 'status SUBMITTED: count + page'
SELECT count(*) FROM business WHERE tenant_id = current_setting('app.tenant_id')::bigint AND status = 'SUBMITTED';
SELECT id, name FROM business WHERE tenant_id = current_setting('app.tenant_id')::bigint AND status = 'SUBMITTED' ORDER BY name, id LIMIT 25 \\g /dev/null
\\echo 'text "kopi usaha 4242": count + page'
SELECT count(*) FROM business WHERE tenant_id = current_setting('app.tenant_id')::bigint AND (lower(name) LIKE '%usaha 4242%' OR lower(owner_name) LIKE '%usaha 4242%' OR slug LIKE '%usaha 4242%');
SELECT id, name FROM business WHERE tenant_id = current_setting('app.tenant_id')::bigint AND (lower(name) LIKE '%usaha 4242%' OR lower(owner_name) LIKE '%usaha 4242%' OR slug LIKE '%usaha 4242%') ORDER BY name, id LIMIT 25 \\g /dev/null
\\echo 'kecamatan + status: count + page'
SELECT count(*) FROM business WHERE tenant_id = current_setting('app.tenant_id')::bigint AND district_code = (SELECT min(district_code) FROM business WHERE id > 10000000) AND status = 'PUBLISHED';
SELECT id, name FROM business WHERE tenant_id = current_setting('app.tenant_id')::bigint AND district_code = (SELECT min(district_code) FROM business WHERE id > 10000000) AND status = 'PUBLISHED' ORDER BY name, id LIMIT 25 \\g /dev/null
\\echo 'sorted by last change, descending'
SELECT id, name FROM business WHERE tenant_id = current_setting('app.tenant_id')::bigint ORDER BY updated_at DESC, id LIMIT 25 \\g /dev/null
\\timing off
\\echo 'products: one per bench business'
INSERT INTO product (tenant_id, id, business_id, category_id, slug, name, status, featured)
SELECT b.tenant_id, b.id, b.id, (SELECT min(id) FROM category), 'produk-' || b.slug,
       'Produk ' || b.name, b.status, b.id % 500 = 0
FROM business b WHERE b.id > 10000000;
ANALYZE product;
\\timing on
\\echo 'product list, page 1 by name: count (no join unless a text filter needs the business) + page'
SELECT count(*) FROM product p WHERE p.tenant_id = current_setting('app.tenant_id')::bigint;
SELECT p.id, p.name, b.name FROM product p JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id WHERE p.tenant_id = current_setting('app.tenant_id')::bigint ORDER BY p.name, p.id LIMIT 25 \\g /dev/null
\\echo 'product list, newest changes first'
SELECT p.id, p.name, b.name FROM product p JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id WHERE p.tenant_id = current_setting('app.tenant_id')::bigint ORDER BY p.updated_at DESC, p.id LIMIT 25 \\g /dev/null
\\echo 'product list, status SUBMITTED: count + page'
SELECT count(*) FROM product p WHERE p.tenant_id = current_setting('app.tenant_id')::bigint AND p.status = 'SUBMITTED';
SELECT p.id, p.name, b.name FROM product p JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id WHERE p.tenant_id = current_setting('app.tenant_id')::bigint AND p.status = 'SUBMITTED' ORDER BY p.name, p.id LIMIT 25 \\g /dev/null
\\echo 'product list, text "usaha 4242" in product or business name: count + page'
SELECT count(*) FROM product p JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id WHERE p.tenant_id = current_setting('app.tenant_id')::bigint AND (lower(p.name) LIKE '%usaha 4242%' OR lower(b.name) LIKE '%usaha 4242%' OR p.slug LIKE '%usaha 4242%');
SELECT p.id, p.name, b.name FROM product p JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id WHERE p.tenant_id = current_setting('app.tenant_id')::bigint AND (lower(p.name) LIKE '%usaha 4242%' OR lower(b.name) LIKE '%usaha 4242%' OR p.slug LIKE '%usaha 4242%') ORDER BY p.name, p.id LIMIT 25 \\g /dev/null
\\echo 'featured products (the government page)'
SELECT p.id, p.name FROM product p JOIN business b ON b.tenant_id = p.tenant_id AND b.id = p.business_id WHERE p.tenant_id = current_setting('app.tenant_id')::bigint AND p.featured ORDER BY p.name, p.id LIMIT 100 \\g /dev/null
ROLLBACK;
SQL
