#!/usr/bin/env bash
# Chromium for the browser suites (playwright-core drives the Debian package; `npx playwright install` needs an
# internet download that CI does not have).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "Chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown')"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
# Recommended packages included: they bring the fonts the screenshots need.
"${as_root[@]}" apt-get install -y chromium
/usr/bin/chromium --version
