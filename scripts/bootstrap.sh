#!/usr/bin/env bash
# Provisions what orgsync's tests need on this machine, each only when missing,
# and says what it installs:
# - Python test peers from PyPI, pinned: moto[server] (the third-party AWS
#   emulator), boto3 (the reference client), pyarrow (the Parquet reader);
# - Debian packages: chromium and chromium-driver (the HTML report test),
#   postgresql (the server the tests start and stop themselves), openssl
#   (the throw-away CA of the TLS test).
# Run it alone to provision a machine, or through scripts/test.sh, which
# sources it. Installs need root (apt) and a writable Python environment.
set -euo pipefail

log() { printf '[bootstrap] %s\n' "$*" >&2; }

apt_install() {
  log "installing Debian packages: $*"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- Python test peers ---------------------------------------------------
PY=${PYTHON:-python3}
need_py=()
$PY -c 'import moto, flask' 2>/dev/null || need_py+=('moto[server]==5.2.1')
$PY -c 'import boto3' 2>/dev/null || need_py+=('boto3==1.43.11')
$PY -c 'import pyarrow' 2>/dev/null || need_py+=('pyarrow==26.0.1')
if [ ${#need_py[@]} -gt 0 ]; then
  log "installing Python test peers: ${need_py[*]}"
  $PY -m pip install --quiet --disable-pip-version-check "${need_py[@]}"
fi
command -v moto_server >/dev/null || { log "moto_server not on PATH after install"; exit 1; }
export ORGSYNC_TEST_PYTHON="$PY"

# --- Headless Chromium for the HTML report test --------------------------------
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt_install chromium chromium-driver
fi

# --- PostgreSQL server binaries ---------------------------------------------
if ! command -v initdb >/dev/null || ! command -v pg_ctl >/dev/null; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pgbin" ]; then
    apt_install postgresql
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  export PATH="$pgbin:$PATH"
fi

# --- openssl, for the TLS test's throw-away CA ---------------------------------
command -v openssl >/dev/null || apt_install openssl
