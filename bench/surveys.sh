#!/usr/bin/env bash
# Survey benchmark (docs/benchmarks.md): submissions per second under concurrent load, then the results page
# over 100,000 responses. Usage: bench/surveys.sh [concurrent clients=8] [seconds=20] [bulk responses=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run --project bench/SurveyBench -c Release -- "${1:-8}" "${2:-20}" "${3:-100000}"
