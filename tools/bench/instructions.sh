#!/bin/bash
# instructions.sh BENCH_DIR BIN... -- instruction counts (millions) of each
# benchmark at a small scale under cachegrind, one column per interpreter.
#
# Wall time on a shared VM moves by 10-20% between runs; instruction
# counts do not, so they are the first check of a change to the
# evaluator. They are not the last: the same count can run 10-50% slower
# when Go lays out eval's code differently, so time the change too
# (cputime.sh). Taipan runs with GOGC=off here: under valgrind the
# collector's threads add counts that vary from run to run. Subtract
# start-up (`-c pass`) to compare interpreters.
set -u
bench=${1:?usage: instructions.sh BENCH_DIR BIN...}
shift
declare -A scale=([pystone]=20000 [richards]=1 [nbody]=10000 [spectral_norm]=60 [fannkuch]=7
	[float]=10000 [nqueens]=8 [raytrace]=40 [pidigits]=1000 [call_kinds]=10000 [generators]=100000
	[dict_str]=5000 [sort]=2000 [exceptions]=10000 [attrs]=20000)
for b in ${BENCHES:-attrs call_kinds dict_str exceptions fannkuch float generators nbody nqueens pidigits pystone raytrace richards sort spectral_norm}; do
	line=$b
	for bin in "$@"; do
		n=$(GOGC=off valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
			"$bin" "$bench/bm_$b.py" "${scale[$b]}" 2>&1 >/dev/null | awk '/I[ ]+refs/ {gsub(",", "", $4); print int($4 / 1e6)}')
		line="$line $n"
	done
	echo "$line"
done
