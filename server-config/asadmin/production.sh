#!/usr/bin/env bash
# Configures a Payara Server 6 domain for running Shiori in production. Idempotent where asadmin allows:
# run it once on a new domain, with the domain running, then restart the domain.
#
#   PAYARA_HOME=/opt/payara6 SHIORI_HEAP=4g SHIORI_CERT_ALIAS=shiori bash server-config/asadmin/production.sh
#
# The EAR defines its own pool and reads LIBRARY_DB_* from the environment of the server process, and the mail
# outbox reads LIBRARY_SMTP_* the same way (see systemd/shiori.service and README.md). With LIBRARY_DB_* set
# when this script runs, the batch runtime's job repository is pointed at the same database.
set -euo pipefail

: "${PAYARA_HOME:?set PAYARA_HOME to the unpacked payara6 directory}"
DOMAIN=${SHIORI_DOMAIN:-domain1}
HEAP=${SHIORI_HEAP:-2g}
TIMEZONE=${SHIORI_TIMEZONE:-Asia/Tokyo}
ASADMIN=("$PAYARA_HOME/bin/asadmin" --interactive=false ${SHIORI_ASADMIN_OPTS:-})

asadmin() { "${ASADMIN[@]}" "$@"; }
# asadmin fails when an option is already there or absent; those two cases are not errors here.
asadmin_tolerant() { "${ASADMIN[@]}" "$@" || echo "  (already in the wanted state: $*)"; }

echo "== JVM: heap $HEAP, G1, heap dump on OOM, UTF-8, $TIMEZONE"
asadmin_tolerant delete-jvm-options '-Xmx512m'
asadmin_tolerant create-jvm-options "-Xms${HEAP}:-Xmx${HEAP}"
asadmin_tolerant create-jvm-options '-XX\:+UseG1GC:-XX\:MaxGCPauseMillis=200'
asadmin_tolerant create-jvm-options '-XX\:+HeapDumpOnOutOfMemoryError:-XX\:+ExitOnOutOfMemoryError'
asadmin_tolerant create-jvm-options "-Dfile.encoding=UTF-8:-Duser.timezone=${TIMEZONE}"

echo "== HTTP: HTTP/2 on both listeners; TLS 1.2/1.3 only on the secure listener (8181)"
P=configs.config.server-config.network-config.protocols.protocol
asadmin set "$P.http-listener-1.http.http2-enabled=true"
asadmin set "$P.http-listener-2.http.http2-enabled=true"
# Payara 6 offers only TLS 1.2 and 1.3 on this listener; make both explicit and send HSTS.
asadmin set "$P.http-listener-2.ssl.tls12-enabled=true"
asadmin set "$P.http-listener-2.ssl.tls13-enabled=true"
asadmin set "$P.http-listener-2.ssl.hsts-enabled=true"
if [ -n "${SHIORI_CERT_ALIAS:-}" ]; then
  # The certificate must already be in the domain's keystore (keytool -importkeystore, see README.md).
  asadmin set "$P.http-listener-2.ssl.cert-nickname=${SHIORI_CERT_ALIAS}"
fi
asadmin set "$P.http-listener-1.http.xpowered-by=false"
asadmin set "$P.http-listener-2.http.xpowered-by=false"
# No Server header either: no server name or version in any response.
asadmin set "$P.http-listener-1.http.server-header=false"
asadmin set "$P.http-listener-2.http.server-header=false"

if [ -n "${LIBRARY_DB_URL:-}" ]; then
  # Jakarta Batch keeps its job repository in the application's database, so history survives restarts and
  # every instance sees the same executions. The JDBC driver must be in the domain's lib/ (asadmin add-library).
  echo "== Batch runtime: job repository in the application's database (jdbc/shiori-batch)"
  esc() { printf '%s' "$1" | sed 's/[:=\\]/\\&/g'; }
  asadmin_tolerant delete-jdbc-resource jdbc/shiori-batch
  asadmin_tolerant delete-jdbc-connection-pool shiori-batch-pool
  # Non-transactional: checkpoints commit on their own, so a chunk writing through the EAR's non-XA pool needs no XA.
  asadmin create-jdbc-connection-pool --restype javax.sql.DataSource --nontransactionalconnections=true \
    --datasourceclassname "${LIBRARY_DB_DATASOURCE:-org.postgresql.ds.PGSimpleDataSource}" \
    --property "URL=$(esc "$LIBRARY_DB_URL"):user=$(esc "${LIBRARY_DB_USER:-postgres}"):password=$(esc "${LIBRARY_DB_PASSWORD:-unused}")" \
    shiori-batch-pool
  asadmin create-jdbc-resource --connectionpoolid shiori-batch-pool jdbc/shiori-batch
  asadmin set-batch-runtime-configuration --datasourcelookupname jdbc/shiori-batch
fi

echo "== Logs: rotate daily and at 50 MB, keep 60 files, compress"
asadmin set-log-attributes \
  'com.sun.enterprise.server.logging.GFFileHandler.rotationOnDateChange=true:com.sun.enterprise.server.logging.GFFileHandler.rotationLimitInBytes=52428800:com.sun.enterprise.server.logging.GFFileHandler.maxHistoryFiles=60:com.sun.enterprise.server.logging.GFFileHandler.compressOnRotation=true'

echo "== Done. Restart the domain: $PAYARA_HOME/bin/asadmin restart-domain $DOMAIN"
