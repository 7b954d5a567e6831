#!/usr/bin/env bash
# The headless-browser suite: builds the fixture pages, then runs every spec
# against dist/chromium/ in Debian's Chromium. No retries; exits non-zero on
# any failure. `./build.sh test` runs it through `npm test`.
#
#   tests/run.sh                 everything
#   tests/run.sh specs/x.mjs     only the given spec files (no policy step)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

RESULTS=results
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
status=0

step() { printf '\n\033[1m-- %s\033[0m\n' "$*"; }

# run NAME CONCURRENCY SPEC...: one node:test run, counted into results/NAME.json
run() {
  local name="$1" concurrency="$2"
  shift 2
  step "$name: $*"
  node --test --test-concurrency="$concurrency" --test-timeout=1200000 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=./lib/count-reporter.mjs --test-reporter-destination="$RESULTS/$name.json" \
    "$@" || status=1
}

step "fixture pages"
node fixtures/build.mjs

if [ ! -f ../dist/chromium/manifest.json ]; then
  echo "tests: no extension in dist/chromium/: run ./build.sh first" >&2
  exit 1
fi

if [ "$#" -gt 0 ]; then
  run selected 2 "$@"
else
  # At most two browsers at once (2 cores). The policy spec runs alone: the
  # managed-policy directory is machine-wide and would change the others.
  run editors 2 specs/fixtures.spec.mjs specs/editors-plain.spec.mjs specs/editors-strict-csp.spec.mjs specs/long-texts.spec.mjs specs/ime.spec.mjs specs/dialog.spec.mjs specs/popup-options.spec.mjs specs/rich-text.spec.mjs specs/overlay.spec.mjs
  # Pages written blind to the extension's attachment logic (known limits run as todo).
  run unseen 2 specs/unseen-fixtures.spec.mjs specs/unseen-editors.spec.mjs
  run unseen2 2 specs/unseen2-fixtures.spec.mjs specs/unseen2-editors.spec.mjs
  run unseen3 2 specs/unseen3-fixtures.spec.mjs specs/unseen3-editors.spec.mjs
  run policy 1 specs/policy.spec.mjs
fi

node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, todo = 0, failures = [], limits = [];
  for (const f of fs.readdirSync(process.argv[1])) {
    const c = JSON.parse(fs.readFileSync(`${process.argv[1]}/${f}`, "utf8"));
    passed += c.passed; failed += c.failed; todo += c.todo ?? 0;
    failures.push(...c.failures); limits.push(...(c.limits ?? []));
  }
  if (limits.length) console.log(`\nknown limits (todo):\n${limits.map((n) => `  - ${n}`).join("\n")}`);
  if (failures.length) console.log(`\nfailed:\n${failures.map((n) => `  - ${n}`).join("\n")}`);
  console.log(`\ne2e: ${passed} passed, ${failed} failed, ${todo} known limits`);
  if (passed === 0) { console.log("e2e: no test ran"); process.exit(1); }
' "$RESULTS"
exit "$status"
