#!/usr/bin/env bash
# `npm test`: what CI runs, in order. Type check, lint, format check, unit tests, a production
# build under a sub-path, static checks of that build (valid HTML, no broken
# internal link), then the browser tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
bash scripts/ensure-browser.sh
echo "== astro check"
astro check
echo "== lint (ESLint: npm run lint)"
eslint .
echo "== format (Prettier, check only: npm run format writes)"
prettier --check . >/dev/null || { prettier --list-different .; echo "Run npm run format"; exit 1; }
echo "== unit tests"
vitest run
echo "== production build (base /course/)"
BASE_PATH=/course/ npm run build
echo "== HTML validation (every built page)"
html-validate 'dist/**/*.html'
echo "== internal links (href, src, srcset, #fragments, sitemap) under /course/"
node scripts/check-links.mjs dist /course/
echo "== internal links under / (a root build, in a temporary folder)"
# Catches links that hard-code /course/, which the sub-path build cannot see.
root_build="$(mktemp -d)"
trap 'rm -rf "$root_build"' EXIT
if ! BASE_PATH=/ WARM_OPEN_CACHE_DIR="$root_build/cache" astro build --outDir "$root_build/dist" >"$root_build/build.log" 2>&1; then
  tail -40 "$root_build/build.log"
  exit 1
fi
node scripts/check-links.mjs "$root_build/dist" /
echo "== SCORM packages (scorm/*.zip)"
npm run build:scorm
html-validate 'dist-scorm/**/*.html'
echo "== browser tests"
playwright test
echo "== Firefox: a lesson opened at #practice starts its questions at once (skipped without firefox-esr)"
node scripts/quality/firefox-fragment.mjs dist /course/
