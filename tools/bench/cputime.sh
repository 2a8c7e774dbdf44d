#!/bin/bash
# cputime.sh BENCH_DIR REPEAT BIN_A BIN_B -- the two interpreters run in
# turn, REPEAT times each, on each benchmark at its default scale; prints
# the least user+system CPU seconds of each and B's ratio to A, then the
# geometric mean of the ratios. Alternating the runs and keeping the
# least time cancels most of a shared machine's drift.
set -u
bench=${1:?usage: cputime.sh BENCH_DIR REPEAT BIN_A BIN_B}
rep=$2 a=$3 b=$4
out=$(mktemp)
trap 'rm -f "$out"' EXIT
cpu() {
	/usr/bin/time -o "$out" -f "%U %S" "$1" "$bench/bm_$2.py" >/dev/null 2>&1
	awk '{print $1 + $2}' "$out"
}
logsum=0 n=0
for x in ${BENCHES:-attrs call_kinds dict_str exceptions fannkuch float generators nbody nqueens pidigits pystone raytrace richards sort spectral_norm}; do
	ta=999 tb=999
	for _ in $(seq "$rep"); do
		ta=$(echo "$(cpu "$a" "$x") $ta" | awk '{print ($1 < $2) ? $1 : $2}')
		tb=$(echo "$(cpu "$b" "$x") $tb" | awk '{print ($1 < $2) ? $1 : $2}')
	done
	r=$(echo "$tb $ta" | awk '{printf "%.3f", $1 / $2}')
	echo "$x $ta $tb $r"
	logsum=$(echo "$logsum $r" | awk '{print $1 + log($2)}')
	n=$((n + 1))
done
echo "geomean $(echo "$logsum $n" | awk '{printf "%.3f", exp($1 / $2)}')"
