#!/bin/sh
# profile.sh BENCH_DIR -- remake cmd/taipan/default.pgo, the CPU profile
# that `go build ./cmd/taipan` uses for profile-guided optimization.
#
# Each bm_*.py of BENCH_DIR (the team's ../shared/bench) runs once at its
# default scale under vm's BenchmarkScript harness with a CPU profile; the
# profiles are merged into one. Run it after large changes to the
# evaluator or the object model (a stale profile still works, it just
# guides less well). See docs/PERFORMANCE.md.
set -eu
bench=${1:?usage: profile.sh BENCH_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
go test -c -o "$tmp/vm.test" ./vm
for f in "$bench"/bm_*.py; do
	name=$(basename "$f" .py)
	TAIPAN_SCRIPT=$f "$tmp/vm.test" -test.run - -test.bench Script \
		-test.benchtime 1x -test.cpuprofile "$tmp/$name.prof" >/dev/null
done
go tool pprof -proto "$tmp"/*.prof > cmd/taipan/default.pgo
echo "wrote cmd/taipan/default.pgo from $(ls "$tmp"/*.prof | wc -l) profiles"
