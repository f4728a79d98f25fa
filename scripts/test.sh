#!/usr/bin/env bash
# Runs every test of the portal, exactly as CI does (.ci/run calls this script).
# Installs what the tests need when it is missing: Debian's chromium for the browser tests, and LibreOffice
# (Writer), the Times-metric Liberation fonts and poppler's pdftotext for the tests that render the reports.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
apt_updated=""
apt_install() {
    if [ -z "$apt_updated" ]; then
        $sudo apt-get update -qq
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ -z "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-}" ] && ! command -v chromium >/dev/null 2>&1; then
    echo "== Installing Debian's chromium for the browser tests"
    apt_install chromium fonts-liberation fonts-dejavu-core
fi

render=()
command -v soffice >/dev/null 2>&1 || render+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || render+=(poppler-utils)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || render+=(fonts-liberation2)
if [ ${#render[@]} -gt 0 ]; then
    echo "== Installing ${render[*]} for the tests that render the reports"
    apt_install "${render[@]}"
fi

started=$SECONDS
echo "== Restoring tools and packages"
dotnet tool restore >/dev/null
dotnet restore SNgV.Portal.sln --verbosity quiet

echo "== Building (warnings are errors)"
dotnet build SNgV.Portal.sln --no-restore --verbosity quiet -nologo

echo "== Running the tests"
results=artifacts/test-results
rm -rf "$results"
status=0
tests_started=$SECONDS
# Minimal console output still prints every failure with its message and stack trace.
dotnet test SNgV.Portal.sln --no-build -nologo \
    --logger "console;verbosity=minimal" --logger "trx" --results-directory "$results" || status=$?

tests_seconds=$((SECONDS - tests_started))

# m:ss, for the durations below.
duration() { printf '%d:%02d' $(($1 / 60)) $(($1 % 60)); }

# Each test project's duration (from its result file's start and finish), then one closing line for the whole run,
# summed over the test projects' result files.
passed=0; failed=0; skipped=0
echo "Durations:"
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    project=$(grep -o -m1 'codeBase="[^"]*"' "$trx" | sed 's/.*[\/]\([^\/"]*\)\.dll"$/\1/' || true)
    times=$(grep -o -m1 '<Times [^>]*>' "$trx" || true)
    start=$(sed -n 's/.* start="\([^"]*\)".*/\1/p' <<<"$times")
    finish=$(sed -n 's/.* finish="\([^"]*\)".*/\1/p' <<<"$times")
    if [ -n "$start" ] && [ -n "$finish" ] && from=$(date -d "$start" +%s 2>/dev/null) && to=$(date -d "$finish" +%s 2>/dev/null); then
        echo "  ${project:-$(basename "$trx")}: $(duration $((to - from)))"
    fi
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
echo "  all tests (projects run side by side): $(duration "$tests_seconds"); with restore and build: $(duration $((SECONDS - started)))"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then
    echo "No test ran." >&2
    exit 1
fi
exit "$status"
