#!/usr/bin/env bash
# The README's test command (`npm test`): every check CI runs, then one closing line "N passed, N failed"
# (each named step counts once, each jest test counts once).
set -u
cd "$(dirname "$0")/.."
mkdir -p .tmp
passed=0
failed=0
step() {
  local name=$1
  shift
  echo "== $name: $*"
  if "$@"; then
    passed=$((passed + 1))
    echo "-- $name: ok"
  else
    failed=$((failed + 1))
    echo "-- $name: FAILED"
  fi
}

step typecheck npx tsc --noEmit -p .
step lint npm run -s lint
step format npm run -s format:check
# No module imports itself through others (madge follows every import, types included).
step cycles npx madge --circular --extensions ts,tsx src
# The manifest against Microsoft's XML schemas, offline (xmllint; the online validator cannot be reached here).
step validate npm run -s validate
# The builds come before jest: the end-to-end tests drive the built task panes (Excel's and WPS's) and the built CLI.
step build npm run -s build
step build-wps npm run -s build:wps
step build-cli npm run -s build:cli

echo "== jest"
npx jest --ci --json --outputFile=.tmp/jest.json "$@"
jest_rc=$?
counts=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(".tmp/jest.json", "utf8"));
  // A suite that fails to load has no tests to count; count it as one failure so it cannot hide.
  const broken = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
  console.log(r.numPassedTests, r.numFailedTests + broken);
' 2>/dev/null || echo "0 1")
read -r jp jf <<<"$counts"
passed=$((passed + jp))
failed=$((failed + jf))
if [ "$jest_rc" -ne 0 ] && [ "$jf" -eq 0 ]; then failed=$((failed + 1)); fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
