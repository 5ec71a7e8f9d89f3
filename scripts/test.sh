#!/usr/bin/env bash
# Runs orgsync's whole test suite on this machine: provisions what the tests
# need (scripts/bootstrap.sh), starts two throw-away PostgreSQL servers on
# loopback ports (one TLS-only) as the unprivileged `postgres` user, then runs
# cargo-nextest. Everything it starts is stopped on exit. ORGSYNC_FUZZ=1 adds
# a short cargo-fuzz pass first (nightly toolchain; see fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[test] %s\n' "$*" >&2; }

# --- provisioning: Python peers, Chromium, PostgreSQL, openssl ---------------
source scripts/bootstrap.sh
log() { printf '[test] %s\n' "$*" >&2; }

# --- PostgreSQL ------------------------------------------------------------
pgdir=$(mktemp -d /tmp/orgsync-test-pg.XXXXXX)
chmod 777 "$pgdir"
pgport=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then useradd --system --no-create-home postgres; fi
stop_pg() {
  for data in "$pgdir/data" "$pgdir/tls-data"; do
    [ -d "$data" ] && { as_pg "pg_ctl -D $data -m fast stop" >/dev/null 2>&1 || true; }
  done
  rm -rf "$pgdir"
}
trap stop_pg EXIT
as_pg "initdb -D $pgdir/data -A trust -U postgres" >/dev/null
as_pg "pg_ctl -D $pgdir/data -o '-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off' -l $pgdir/log -w start" >/dev/null
export ORGSYNC_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$pgport/postgres"
log "PostgreSQL listening on 127.0.0.1:$pgport"

# A second, TLS-only server (pg_hba: hostssl only) with a throw-away CA, for
# the sslmode tests: verify-full against the right CA, a wrong CA, a wrong name.
tls="$pgdir/tls"
mkdir -p "$tls"
ca_ext="basicConstraints=critical,CA:TRUE"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=orgsync test CA" \
  -addext "$ca_ext" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout "$tls/ca.key" -out "$tls/ca.pem" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=another CA" \
  -addext "$ca_ext" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout "$tls/other-ca.key" -out "$tls/other-ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
  -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' > "$tls/server.ext"
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial \
  -days 2 -extfile "$tls/server.ext" -out "$tls/server.pem" 2>/dev/null
chmod 600 "$tls/server.key"
if [ "$(id -u)" = 0 ]; then chown postgres "$tls/server.key" "$tls/server.pem"; fi
tlsport=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg "initdb -D $pgdir/tls-data -A trust -U postgres" >/dev/null
as_pg "printf 'local all all trust\nhostssl all all 127.0.0.1/32 trust\n' > $pgdir/tls-data/pg_hba.conf"
as_pg "pg_ctl -D $pgdir/tls-data -o '-p $tlsport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on -c ssl_cert_file=$tls/server.pem -c ssl_key_file=$tls/server.key' -l $pgdir/tls-log -w start" >/dev/null
export ORGSYNC_TEST_POSTGRES_TLS_URL="postgres://postgres@127.0.0.1:$tlsport/postgres"
export ORGSYNC_TEST_POSTGRES_TLS_CA="$tls/ca.pem"
export ORGSYNC_TEST_POSTGRES_TLS_OTHER_CA="$tls/other-ca.pem"
log "PostgreSQL (TLS only) listening on 127.0.0.1:$tlsport"

# --- fuzzing (opt-in): a short bounded cargo-fuzz run per target --------------
# ORGSYNC_FUZZ=1 runs it; ORGSYNC_FUZZ_SECONDS sets the time per target
# (default 10). Needs a nightly toolchain. cargo-fuzz is installed into
# target/tools and the fuzz build (the AWS SDK again, several minutes and a few
# GB) lives in target/fuzz, both inside the clone: nothing is installed
# globally. The same fuzz properties always run as a seeded random corpus in
# the reliability tests.
if [ -n "${ORGSYNC_FUZZ:-}" ]; then
  if cargo +nightly --version >/dev/null 2>&1; then
    tools="$PWD/target/tools"
    [ -x "$tools/bin/cargo-fuzz" ] || cargo install cargo-fuzz --locked -q --root "$tools"
    for target in config_file role_chain config_sources; do
      log "fuzzing $target for ${ORGSYNC_FUZZ_SECONDS:-10} s"
      (cd fuzz && PATH="$tools/bin:$PATH" CARGO_TARGET_DIR="$PWD/../target/fuzz" \
        cargo +nightly fuzz run --dev "$target" -- \
        -max_total_time="${ORGSYNC_FUZZ_SECONDS:-10}" -print_final_stats=1 2>&1 | tail -n 30)
    done
  else
    log "ORGSYNC_FUZZ=1 but no nightly toolchain: cargo-fuzz skipped"
  fi
fi

# --- the tests ---------------------------------------------------------------
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
# `orgsync/failpoints` compiles in the sink's crash points for the crash tests
# (the dev-dependency of crates/orgsync turns it on as well); release builds
# and `cargo install` never have them.
cargo nextest run --workspace --features orgsync/failpoints --no-fail-fast --profile ci "$@"
