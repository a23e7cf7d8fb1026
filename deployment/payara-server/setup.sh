#!/usr/bin/env bash
# Sets up Etalase on Payara Server 6 and deploys it. Safe to run again: it replaces what it made.
#
#   PAYARA_HOME=/opt/payara6 ETALASE_WAR=etalase.war ETALASE_DB_URL=jdbc:postgresql://db:5432/etalase \
#   ETALASE_DB_USER=etalase_app ETALASE_DB_PASSWORD=... \
#   ETALASE_DB_MIGRATION_USER=etalase_owner ETALASE_DB_MIGRATION_PASSWORD=... \
#   ETALASE_TENANTS_DIR=/srv/etalase/tenants deployment/payara-server/setup.sh
#
# Passwords are read from the environment once and stored as Payara password aliases
# (encrypted in the domain's keystore); domain.xml only holds ${ALIAS=...} references.
# With ETALASE_DB_SECRETS=env the pools read ETALASE_DB_* from the server's environment instead.
#
# ETALASE_SETUP_STEPS=domain prepares and starts the domain without deploying (for example while
# the database is still being provisioned); ETALASE_SETUP_STEPS=deploy then only deploys the WAR
# to that running domain. The default runs both.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

: "${PAYARA_HOME:?PAYARA_HOME must point at the Payara Server 6 folder (the one holding bin/asadmin)}"
: "${ETALASE_DB_URL:?ETALASE_DB_URL is required, e.g. jdbc:postgresql://db.example:5432/etalase}"
: "${ETALASE_DB_USER:?ETALASE_DB_USER (the application role) is required}"
: "${ETALASE_DB_MIGRATION_USER:?ETALASE_DB_MIGRATION_USER (the schema owner) is required}"
war="${ETALASE_WAR:-$repo/target/etalase.war}"
driver="${ETALASE_JDBC_DRIVER:-$repo/target/runtime/postgresql.jar}"
domain="${ETALASE_DOMAIN:-etalase}"
secrets="${ETALASE_DB_SECRETS:-alias}"
http_port="${ETALASE_HTTP_PORT:-8080}"
tenants_dir="${ETALASE_TENANTS_DIR:-$repo/tenants}"
data_dir="${ETALASE_DATA_DIR:-/var/lib/etalase}"
platform_domain="${ETALASE_PLATFORM_DOMAIN:-}"
asadmin="$PAYARA_HOME/bin/asadmin"
steps="${ETALASE_SETUP_STEPS:-domain,deploy}"
if [[ -n "${ETALASE_PORT_BASE:-}" ]]; then
  admin_port="${ETALASE_ADMIN_PORT:-$((ETALASE_PORT_BASE + 48))}"
else
  admin_port="${ETALASE_ADMIN_PORT:-4848}"
fi
a=("$asadmin" --port "$admin_port")

deploy() {
  "${a[@]}" deploy --force=true --name=etalase --contextroot=/ "$war"
  echo "Etalase is deployed on domain $domain: http://localhost:$http_port/ (health: /health/ready)"
}

for f in "$war" "$driver"; do
  [[ -f "$f" ]] || { echo "Missing $f (run mvn package, or set ETALASE_WAR / ETALASE_JDBC_DRIVER)" >&2; exit 2; }
done

if [[ ",$steps," != *,domain,* ]]; then
  deploy
  exit 0
fi

# A new domain gets its ports from ETALASE_PORT_BASE (admin = base + 48, HTTP = base + 80).
if [[ ! -d "$PAYARA_HOME/glassfish/domains/$domain" ]]; then
  create=(create-domain --nopassword=true)
  [[ -n "${ETALASE_PORT_BASE:-}" ]] && create+=(--portbase "$ETALASE_PORT_BASE")
  "$asadmin" "${create[@]}" "$domain"
fi

# The driver is a server library: the pools exist before the application is deployed. A stopped
# domain takes it as a file in its lib folder (what add-library --type common does), so that its
# first start already has it; a running domain without it adds it and restarts once.
if ! "${a[@]}" list-domains 2>/dev/null | grep -q "^$domain running"; then
  cp "$driver" "$PAYARA_HOME/glassfish/domains/$domain/lib/"
  "$asadmin" start-domain "$domain"
fi
if ! "${a[@]}" list-libraries --type common | grep -qx "$(basename "$driver")"; then
  "${a[@]}" add-library --type common "$driver"
  "$asadmin" restart-domain "$domain"
fi

# Pools and resources, defined once for Micro and Server in deployment/payara.
"${a[@]}" delete-jdbc-connection-pool --cascade=true etalase-pool >/dev/null 2>&1 || true
"${a[@]}" delete-jdbc-connection-pool --cascade=true etalase-migration-pool >/dev/null 2>&1 || true
"${a[@]}" multimode --file "$repo/deployment/payara/etalase-resources.asadmin"

# The settings below run in one asadmin session (multimode): one JVM instead of one per setting.
settings="$(mktemp)"
trap 'rm -f "$settings" "${secret_file:-}"' EXIT
setting() { printf '%s\n' "$1" >> "$settings"; }

if [[ "$secrets" == alias ]]; then
  : "${ETALASE_DB_PASSWORD:?ETALASE_DB_PASSWORD is required to create the password alias}"
  : "${ETALASE_DB_MIGRATION_PASSWORD:?ETALASE_DB_MIGRATION_PASSWORD is required to create the password alias}"
  secret_file="$(mktemp)"
  chmod 600 "$secret_file"
  save_alias() { # name, value: the value goes through a private temporary file, never argv
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2" > "$secret_file"
    if "${a[@]}" list-password-aliases | grep -qx "$1"; then
      "${a[@]}" --passwordfile "$secret_file" update-password-alias "$1"
    else
      "${a[@]}" --passwordfile "$secret_file" create-password-alias "$1"
    fi
  }
  save_alias etalase-db-password "$ETALASE_DB_PASSWORD"
  save_alias etalase-db-migration-password "$ETALASE_DB_MIGRATION_PASSWORD"
  # URL and user names are not secret; they are written as they are.
  for pool in etalase-pool etalase-migration-pool; do
    setting "set resources.jdbc-connection-pool.$pool.property.url=$ETALASE_DB_URL"
  done
  setting "set resources.jdbc-connection-pool.etalase-pool.property.user=$ETALASE_DB_USER"
  setting "set resources.jdbc-connection-pool.etalase-migration-pool.property.user=$ETALASE_DB_MIGRATION_USER"
  setting 'set resources.jdbc-connection-pool.etalase-pool.property.password=${ALIAS=etalase-db-password}'
  setting 'set resources.jdbc-connection-pool.etalase-migration-pool.property.password=${ALIAS=etalase-db-migration-password}'
fi

# Application settings (MicroProfile Config, domain source).
setting "set-config-property --source=domain --propertyName=etalase.tenants.dir --propertyValue=$tenants_dir"
setting "set-config-property --source=domain --propertyName=etalase.data.dir --propertyValue=$data_dir"
if [[ -n "$platform_domain" ]]; then
  setting "set-config-property --source=domain --propertyName=etalase.platform.domain --propertyValue=$platform_domain"
fi

# The public HTTP listener: its port, gzip for slow phone connections, no server banners.
listener=configs.config.server-config.network-config
setting "set $listener.network-listeners.network-listener.http-listener-1.port=$http_port"
setting "set $listener.protocols.protocol.http-listener-1.http.compression=on"
setting "set $listener.protocols.protocol.http-listener-1.http.compressable-mime-type=text/html,text/css,text/javascript,application/javascript,application/json,image/svg+xml"
setting "set $listener.protocols.protocol.http-listener-1.http.xpowered-by=false"
setting "set $listener.protocols.protocol.http-listener-1.http.server-header=false"
# Console session cookies: SameSite=Lax always; Secure because production is served over TLS
# (directly or behind a proxy), set ETALASE_COOKIES_SECURE=false only for a plain-HTTP trial.
setting "set $listener.protocols.protocol.http-listener-1.http.cookie-same-site-enabled=true"
setting "set $listener.protocols.protocol.http-listener-1.http.cookie-same-site-value=Lax"
setting "set-config-property --source=domain --propertyName=etalase.cookies.secure --propertyValue=${ETALASE_COOKIES_SECURE:-true}"
# Behind a reverse proxy that terminates TLS, set ETALASE_HTTP_TRUST_FORWARDED_FOR=true: the login
# throttle and the audit log then take the client's address from the proxy's X-Forwarded-For
# (its last hop). Left false when Payara faces clients itself, since anyone can send the header.
setting "set-config-property --source=domain --propertyName=etalase.http.trust-forwarded-for --propertyValue=${ETALASE_HTTP_TRUST_FORWARDED_FOR:-false}"
"${a[@]}" multimode --file "$settings"
# Each listener setting restarts the listener in the background, seven times in a row; on a busy
# machine one of those restarts can lose the port and leave nothing listening. One domain restart
# binds the listener once, with all its settings, before the application is deployed. A rerun
# undeploys the old version first: the domain would otherwise start it only to replace it.
if "${a[@]}" list-applications | grep -q "^etalase "; then
  "${a[@]}" undeploy etalase
fi
"$asadmin" restart-domain "$domain"

if [[ ",$steps," == *,deploy,* ]]; then
  deploy
fi
