#!/usr/bin/env bash
# The tests drive Debian's Chromium (browser tests), start a PostgreSQL server (scale-out drills),
# read PDF results with poppler-utils' pdftotext and build test CAs with openssl.
# Installs them once, from Debian's packages, when they are missing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/pdftotext ] || missing+=(poppler-utils)
[ -x /usr/bin/openssl ] || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
