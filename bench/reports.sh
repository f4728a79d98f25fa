#!/usr/bin/env bash
# Periodic report benchmark (docs/benchmarks.md): generates 1,000 tasks, 20,000 progress updates, 9,100 survey
# responses (200,200 answers) and 20,000 dossiers in an empty temporary data folder, then times the Q1 report of the
# plan year: creation, page, print view, .docx and .xlsx, with the SQL commands each one runs.
# Usage: bench/reports.sh [tasks=1000] [updates=20000] [responses=9100] [dossiers=20000] [runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run --project bench/ReportBench -c Release -- "${1:-1000}" "${2:-20000}" "${3:-9100}" "${4:-20000}" "${5:-5}"
