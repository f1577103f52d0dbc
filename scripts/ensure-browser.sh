#!/usr/bin/env bash
# Makes sure the e2e tests have a Chromium to drive. Playwright's own browser
# wins where installed; else the system one. On Debian as root with neither,
# install Debian's chromium package (browser downloads do not work everywhere).
set -euo pipefail
if node --input-type=module -e "import { chromium } from '@playwright/test'; import { existsSync } from 'node:fs'; process.exit(existsSync(chromium.executablePath()) ? 0 : 1)" 2>/dev/null; then
  exit 0
fi
for path in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  [ -n "$path" ] && [ -x "$path" ] && exit 0
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium package for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
cat >&2 <<'MSG'
The browser tests need Chromium, and none was found. Either:
  npx playwright install chromium        (Playwright's own browser), or
  install your system's chromium and set CHROMIUM_PATH=/path/to/chromium
MSG
exit 1
