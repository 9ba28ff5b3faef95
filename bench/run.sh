#!/usr/bin/env bash
# Runs every benchmark of the bench module and writes BENCHMARKS.md.
#
#   ./run.sh            # from bench/: the full run
#   ./run.sh -quick     # smaller sizes, fewer runs, a 1-minute build cap;
#                       # writes _gen/BENCHMARKS.md instead
#
# Environment: COUNT (runs of each benchmark, default 6, quick 3),
# BUILD_COUNT (measured builds of each W5 program, default 3, quick 2),
# BUILD_CAP (longest W5 build, a Go duration, default 5m, quick 1m),
# GEN_FLAGS (more flags for internal/gen, e.g. "-w1 10,100,1000,5000").
#
# It vets and tests this module, generates the benchmark programs into
# _gen (go run ./internal/gen: lifegen generate and wire gen run there),
# runs their tests (every system starts and stops each component in
# order), runs W1–W5 and hands the output to internal/report.
set -euo pipefail
cd "$(dirname "$0")"
mode=full
case "${1:-}" in
-quick) mode=quick ;;
"") ;;
*) echo "usage: $0 [-quick]" >&2; exit 2 ;;
esac
if [ $mode = quick ]; then
	COUNT=${COUNT:-3} BUILD_COUNT=${BUILD_COUNT:-2} BUILD_CAP=${BUILD_CAP:-1m}
	genflags=-quick w2time=5x w4time=200ms report=_gen/BENCHMARKS.md
else
	COUNT=${COUNT:-6} BUILD_COUNT=${BUILD_COUNT:-3} BUILD_CAP=${BUILD_CAP:-5m}
	genflags= w2time=10x w4time=1s report=BENCHMARKS.md
fi
began=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
tree=$PWD/_gen
out=$(mktemp)
trap 'rm -f "$out"' EXIT

step() { printf '\n== %s (%ss)\n' "$*" "$(($(date +%s) - began))" >&2; }

step "vet and test the bench module"
go vet ./...
go test -short -skip TestPrograms ./...

step "generate the programs into _gen"
go run ./internal/gen -o "$tree" $genflags ${GEN_FLAGS:-}

step "test the programs"
(cd "$tree" && go test -count=1 ./w1/... ./w2/... ./w4/...)

bench() { # DIR PKG PATTERN BENCHTIME COUNT
	step "bench $2 $3"
	(cd "$1" && BENCH_TREE=$tree BENCH_BUILD_CAP=$BUILD_CAP \
		go test -run '^$' -bench "$3" -benchtime "$4" -count "$5" "$2") |
		tee -a "$out" | grep -E '^(Benchmark|FAIL|---)' >&2 || true
}
bench "$tree" ./w1 W1 200ms "$COUNT"
bench "$tree" ./w2 W2 "$w2time" "$COUNT"
bench . ./w3 W3 1x "$COUNT"
bench "$tree" ./w4 W4Throughput "$w4time" "$COUNT"
bench "$tree" ./w4 W4Idle 200ms "$COUNT"
bench . ./w5 W5 1x "$BUILD_COUNT"
if grep -q '^FAIL' "$out"; then
	echo "a benchmark failed" >&2
	exit 1
fi

step "report"
commit=$(git -C .. rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C .. status --porcelain 2>/dev/null)" ]; then commit="$commit (with uncommitted changes)"; fi
go run ./internal/report -in "$out" -o "$report" -mode "$mode" -commit "$commit" \
	-go "$(go version)" -nproc "$(nproc)" \
	-cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" \
	-date "$(date -u '+%Y-%m-%d %H:%M UTC')" \
	-load "$load_before → $(cut -d' ' -f1-3 /proc/loadavg)" \
	-count "$COUNT" -buildcount "$BUILD_COUNT" -duration "$(($(date +%s) - began)) s"
cp "$out" "${report%.md}.raw.txt"
sed -n '/^## Goals/,$p' "$report" >&2
step "done: $report"
