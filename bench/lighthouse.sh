#!/usr/bin/env bash
# Lighthouse benchmark (docs/benchmarks.md): a citizen's first visit on a phone. The portal, published in Release,
# runs in Production on a fresh SQLite database, as behind nginx (X-Forwarded-Proto: https); the Office opens a
# survey round through its own form; Lighthouse (mobile, its default form factor and throttling) runs in Debian's
# Chromium against the home page, the open survey and a procedure's page. Each page is measured --runs times and
# its median run (by performance) is the one reported, kept as artifacts/lighthouse/<page>.report.json beside
# every run's report (artifacts/lighthouse/runs/).
# Exits non-zero when a page's median performance is under 95 or its accessibility, in any run, under 100.
# Not part of scripts/test.sh: it is a benchmark.
# Usage: bench/lighthouse.sh [--runs 3] [--port 5294]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=3
port=5294
min_performance=95
min_accessibility=100
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        *) echo "usage: bench/lighthouse.sh [--runs 3] [--port 5294]" >&2; exit 2 ;;
    esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "--runs takes a positive number" >&2; exit 2; }

if ! command -v chromium >/dev/null 2>&1; then
    echo "== Installing Debian's chromium"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
lighthouse="$root/bench/lighthouse/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ]; then
    echo "== Installing Lighthouse (bench/lighthouse/package-lock.json)"
    (cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
fi
export CHROME_PATH
CHROME_PATH=$(command -v chromium)

base="http://127.0.0.1:$port"
forwarded='X-Forwarded-Proto: https'
work=$(mktemp -d "${TMPDIR:-/tmp}/sngv-lighthouse-XXXXXX")
portal=""
cleanup() {
    if [ -n "$portal" ] && kill -0 "$portal" 2>/dev/null; then
        kill "$portal"
        wait "$portal" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== $(date -u +%FT%TZ) · $(nproc) cores · load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $(chromium --version 2>/dev/null) · Lighthouse $("$lighthouse" --version) · $runs run(s) per page"
echo "== Publishing the portal (Release)"
dotnet publish src/SNgV.Portal.Web -c Release -o "$work/app" -nologo -v quiet

portal_env=(
    ASPNETCORE_ENVIRONMENT=Production
    ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
    "Storage__DataDirectory=$work/data"
    Serilog__MinimumLevel__Default=Warning
    Reminders__Enabled=false
)
echo "== Starting the portal at $base on a fresh database"
env -C "$work/app" "${portal_env[@]}" dotnet SNgV.Portal.Web.dll --urls "$base" >"$work/portal.log" 2>&1 &
portal=$!
for _ in $(seq 180); do
    curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null && break
    kill -0 "$portal" 2>/dev/null || { cat "$work/portal.log" >&2; echo "the portal stopped" >&2; exit 1; }
    sleep 1
done
curl -fsS -o /dev/null "$base/health/ready" || { cat "$work/portal.log" >&2; echo "the portal is not ready after 3 minutes" >&2; exit 1; }

# The Office opens a round for today, over every published procedure, through its own form.
email=lighthouse@sngv.local
password="Lighthouse-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
slug=do-lighthouse
printf '%s\n%s\n' "$password" "$password" | env -C "$work/app" "${portal_env[@]}" dotnet SNgV.Portal.Web.dll users create --email "$email" --name "Văn phòng (đo Lighthouse)" --role Office --unit VP >/dev/null
jar="$work/cookies"
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
get() { curl -fsS -c "$jar" -b "$jar" -H "$forwarded" "$base$1"; }
post() { # path, then curl arguments; fails unless the form redirects (saved)
    local path=$1; shift
    local status
    status=$(curl -sS -o "$work/post.html" -w '%{http_code}' -c "$jar" -b "$jar" -H "$forwarded" "$@" "$base$path")
    [ "$status" = 302 ] || { sed 's/<[^>]*>/ /g' "$work/post.html" | tr -s ' \n' | head -c 1500 >&2; echo "POST $path answered $status" >&2; exit 1; }
}
form=$(get /dang-nhap)
post /dang-nhap --data-urlencode "Email=$email" --data-urlencode "Password=$password" --data-urlencode "__RequestVerificationToken=$(token <<<"$form")"
form=$(get /quan-ly-khao-sat/dot/moi)
questionnaire=$(grep -o 'name="Input.QuestionnaireId"><option[^>]*value="[0-9]*"' <<<"$form" | grep -o '[0-9]*"$' | tr -d '"')
procedures=()
for id in $(grep -o 'name="Input.ProcedureIds" value="[0-9]*"' <<<"$form" | grep -o '[0-9]*"$' | tr -d '"'); do
    procedures+=(--data-urlencode "Input.ProcedureIds=$id")
done
[ -n "$questionnaire" ] && [ ${#procedures[@]} -gt 0 ] || { echo "the round form offers no questionnaire or procedure" >&2; exit 1; }
post /quan-ly-khao-sat/dot/moi \
    --data-urlencode "__RequestVerificationToken=$(token <<<"$form")" \
    --data-urlencode "Input.Name=Khảo sát mức độ hài lòng (đo Lighthouse)" \
    --data-urlencode "Input.Slug=$slug" \
    --data-urlencode "Input.QuestionnaireId=$questionnaire" \
    --data-urlencode "Input.OpensOn=$(TZ=Asia/Ho_Chi_Minh date +%d/%m/%Y)" \
    --data-urlencode "Input.ClosesOn=$(TZ=Asia/Ho_Chi_Minh date -d '+30 days' +%d/%m/%Y)" \
    "${procedures[@]}" \
    --data-urlencode "Input.IsOpen=true" \
    --data-urlencode "Input.ConcurrencyStamp="
procedure=$(curl -fsS -H "$forwarded" "$base/thu-tuc" | grep -o 'href="/thu-tuc/[a-z0-9-]*"' | head -1 | sed 's/^href="//; s/"$//')
[ -n "$procedure" ] || { echo "the catalogue lists no procedure" >&2; exit 1; }

out="$root/artifacts/lighthouse"
rm -rf "$out"
mkdir -p "$out/runs"
pages=("home /" "survey /khao-sat/$slug" "procedure $procedure")
failed=0
printf '\n%-10s %-52s %5s %5s %7s %7s %7s %6s %7s %7s  %s\n' page address perf a11y FCP LCP TBT CLS SI weight "perf of each run"
for entry in "${pages[@]}"; do
    name=${entry%% *}
    path=${entry#* }
    for run in $(seq "$runs"); do
        "$lighthouse" "$base$path" --quiet \
            --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking" \
            --only-categories=performance,accessibility \
            --extra-headers="{\"X-Forwarded-Proto\":\"https\"}" \
            --output=json --output-path="$out/runs/$name-$run.report.json"
    done
    # The median run by performance (the lower middle one for an even count).
    median=$(for run in $(seq "$runs"); do echo "$(jq '.categories.performance.score' "$out/runs/$name-$run.report.json") $run"; done | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | cut -d' ' -f2)
    each=$(for run in $(seq "$runs"); do jq '.categories.performance.score * 100 | round' "$out/runs/$name-$run.report.json"; done | paste -sd' ')
    cp "$out/runs/$name-$median.report.json" "$out/$name.report.json"
    read -r performance accessibility fcp lcp tbt cls si weight < <(jq -r '[(.categories.performance.score * 100 | round), (.categories.accessibility.score * 100 | round),
        (.audits["first-contentful-paint"].numericValue / 10 | round / 100 | tostring + "s"), (.audits["largest-contentful-paint"].numericValue / 10 | round / 100 | tostring + "s"),
        (.audits["total-blocking-time"].numericValue | round | tostring + "ms"), (.audits["cumulative-layout-shift"].numericValue * 1000 | round / 1000),
        (.audits["speed-index"].numericValue / 10 | round / 100 | tostring + "s"), (.audits["total-byte-weight"].numericValue / 1024 | round | tostring + "kB")] | map(tostring) | join(" ")' "$out/$name.report.json")
    printf '%-10s %-52s %5s %5s %7s %7s %7s %6s %7s %7s  %s\n' "$name" "$path" "$performance" "$accessibility" "$fcp" "$lcp" "$tbt" "$cls" "$si" "$weight" "$each"
    # Accessibility does not depend on timing: every run must have it.
    worst_accessibility=$(for run in $(seq "$runs"); do jq '.categories.accessibility.score * 100 | round' "$out/runs/$name-$run.report.json"; done | sort -n | head -1)
    if ! [[ "$performance" =~ ^[0-9]+$ && "$worst_accessibility" =~ ^[0-9]+$ ]] \
        || [ "$performance" -lt "$min_performance" ] || [ "$worst_accessibility" -lt "$min_accessibility" ]; then
        failed=1
    fi
done
echo
echo "== Median reports: artifacts/lighthouse/{home,survey,procedure}.report.json; every run: artifacts/lighthouse/runs/"
if [ "$failed" -ne 0 ]; then
    echo "== FAILED: every page needs performance >= $min_performance and accessibility >= $min_accessibility" >&2
    exit 1
fi
echo "== Every page: performance >= $min_performance, accessibility = $min_accessibility"
