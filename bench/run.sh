#!/usr/bin/env bash
# Load benchmark (docs/benchmarks.md): the portal in Release on a generated SQLite database, beside the floor of
# ../shared/bench/floor, both driven by Debian's wrk; every figure is printed as a ratio to the floor's.
# Usage: bench/run.sh [--seconds 10] [--connections 16] [--tasks 1000] [--updates 20000] [--responses 100000] [--dossiers 20000]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null 2>&1; then
    echo "== Installing Debian's wrk"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
dotnet run --project bench/LoadBench -c Release -- "$@"
