#!/usr/bin/env bash
# Runs every benchmark of the bench module and writes BENCHMARKS.md.
#
#   ./run.sh               # from bench/; COUNT=6 by default
#   COUNT=3 ./run.sh       # quicker, noisier
#
# It regenerates the generated code first (go generate), vets and tests
# the module, builds the lifegen CLI (or, if it does not build, the
# in-module driver) and wire v0.7.0 into a scratch GOBIN, then runs W1–W4
# and hands the output to internal/report.
set -euo pipefail
cd "$(dirname "$0")"
COUNT=${COUNT:-6}
began=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=$tmp/bench.txt

step() { printf '\n== %s (%ss)\n' "$*" "$(($(date +%s) - began))" >&2; }

step "generate, vet, test"
go generate ./...
go vet ./...
go test ./...

step "tools for W3"
GOBIN=$tmp/bin go install github.com/google/wire/cmd/wire@v0.7.0
if ! (cd .. && go build -o "$tmp/bin/lifegen" ./cmd/lifegen); then
	echo "cmd/lifegen does not build: timing the in-module driver instead" >&2
	go build -o "$tmp/bin/lifegen" ./internal/driver
fi
go run ./internal/gen -w3 "$tmp/w3"

bench() { # PKG PATTERN BENCHTIME
	step "bench $1 $2"
	go test -run '^$' -bench "$2" -benchtime "$3" -count "$COUNT" "$1" | tee -a "$out" | grep '^Benchmark' >&2 || true
}
bench ./w1 W1 200ms
bench ./w2 W2 10x
W3_DIR=$tmp/w3 LIFEGEN_BIN=$tmp/bin/lifegen WIRE_BIN=$tmp/bin/wire bench ./w3 'W3Process' 1x
bench ./w3 'W3InProcess/^n=(100|1000)$/' 5x
bench ./w3 'W3InProcess/^n=10000$/' 1x
bench ./w4 W4Throughput 1s
bench ./w4 W4Idle 200ms
grep -q FAIL "$out" && { echo "a benchmark failed" >&2; exit 1; }

step "report"
go run ./internal/report -in "$out" -o BENCHMARKS.md \
	-go "$(go version)" -nproc "$(nproc)" \
	-cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" \
	-date "$(date -u '+%Y-%m-%d %H:%M UTC')" \
	-load "$load_before → $(cut -d' ' -f1-3 /proc/loadavg)" \
	-count "$COUNT" -duration "$(($(date +%s) - began)) s"
cp "$out" BENCHMARKS.raw.txt
step "done: BENCHMARKS.md"
