#!/usr/bin/env bash
# `npm test`: type check, lint, unit, integration and end-to-end tests, in that order
# (cheapest first), then one summary line counting every test that ran.
set -euo pipefail
cd "$(dirname "$0")/.."

reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

step "type check"
npm run --silent typecheck

step "lint"
npm run --silent lint

step "unit tests (TZ=Europe/Warsaw)"
TZ=Europe/Warsaw npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$reports/unit.json"

step "integration tests (TZ=America/New_York)"
TZ=America/New_York npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$reports/integration.json"

step "production build"
node scripts/ensure-build.mjs

step "end-to-end tests (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e.json" npx playwright test --reporter=list,json

node scripts/test-summary.mjs "$reports"
