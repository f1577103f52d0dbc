#!/usr/bin/env bash
# `npm test`: what CI runs, in order. Type check, unit tests, a production
# build under a sub-path, then the browser tests against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
bash scripts/ensure-browser.sh
echo "== astro check"
astro check
echo "== unit tests"
vitest run
echo "== production build (base /course/)"
BASE_PATH=/course/ npm run build
echo "== browser tests"
playwright test
