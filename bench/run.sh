#!/usr/bin/env bash
# Runs the JMH suite (and node / node --jitless beside the whole-program benchmarks, where node is
# installed) and writes bench/RESULTS.md with medians and ratios from this one run.
#
# usage: bench/run.sh [FILTER]
#   FILTER   a JMH regexp selecting benchmarks (default: all), e.g. ParseBench or 'Richards|DeltaBlue'.
#            RESULTS.md keeps one section per FILTER: a run replaces its own section (no FILTER: all of them).
#            A run whose FILTER matches IsolateStart also measures retained heap per isolate (IsolateFootprint).
# environment (defaults give a run of minutes):
#   FORKS=2 WARMUP=3 ITERATIONS=5 ITER_SECONDS=2   JMH forks, warm-up and measured iterations, seconds each
#   NODE=0                                     do not measure node even if it is installed
#   JMH_EXTRA='...'                            more JMH options
set -euo pipefail
cd "$(dirname "$0")/.."

FILTER="${1:-}"
FORKS="${FORKS:-2}"
WARMUP="${WARMUP:-3}"
ITERATIONS="${ITERATIONS:-5}"
SECONDS_PER_ITER="${ITER_SECONDS:-2}"
JAR=bench/target/benchmarks.jar
OUT=bench/target/results
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Build if the jar is missing or older than any source it is made from.
if [ ! -f "$JAR" ] || [ -n "$(find bench/src bench/pom.xml interpreter/src runtime/src pom.xml -newer "$JAR" -print -quit 2>/dev/null)" ]; then
  echo "bench: building $JAR" >&2
  mvn -B -q -o package -DskipTests -pl bench -am 2>/dev/null || mvn -B -q package -DskipTests -pl bench -am
fi
mkdir -p "$OUT"
rm -f "$OUT"/jmh.json "$OUT"/node-*.json "$OUT"/load.txt

# Sample the load average every 10 s while the run lasts: the machine is shared, and RESULTS.md says how busy it was.
(while :; do cat /proc/loadavg >> "$OUT/load.txt" 2>/dev/null || exit 0; sleep 10; done) &
SAMPLER=$!
trap 'kill "$SAMPLER" 2>/dev/null || true' EXIT

SETTINGS="$FORKS fork(s), $WARMUP warm-up + $ITERATIONS measured iterations of ${SECONDS_PER_ITER} s"
# shellcheck disable=SC2086
"$JAVA" -jar "$JAR" ${FILTER:+"$FILTER"} -f "$FORKS" -wi "$WARMUP" -w "${SECONDS_PER_ITER}s" \
  -i "$ITERATIONS" -r "${SECONDS_PER_ITER}s" -rf json -rff "$OUT/jmh.json" ${JMH_EXTRA:-}

# node and node --jitless beside every whole-program benchmark of this run (class dev.islet.bench.macro.X),
# FORKS processes each, like JMH's forks.
NODE_ARGS=()
NODE_VERSION=""
if [ "${NODE:-1}" != 0 ] && command -v node >/dev/null 2>&1; then
  NODE_VERSION="$(node --version)"
  OCTANE_DIR="$("$JAVA" -cp "$JAR" dev.islet.bench.report.OctaneDir)"
  # "Richards.run richards.js runRichards - - 1" (run setup tearDown checkRuns) per line.
  while read -r name file run setup teardown checks; do
    [ -n "$name" ] || continue
    for flags in "--jitless" ""; do
      f="$OUT/node-${name}${flags:+-jitless}.json"
      for ((fork = 1; fork <= FORKS; fork++)); do
        echo "bench: node $flags $name (fork $fork of $FORKS)" >&2
        # shellcheck disable=SC2086
        node $flags bench/node/octane.js "$OCTANE_DIR" "$name" "$file" "$run" "$setup" "$teardown" "$checks" \
          "$WARMUP" "$ITERATIONS" "$SECONDS_PER_ITER" >> "$f" 2> >(grep -v 'disabling flag --expose_wasm' >&2)
      done
      NODE_ARGS+=(--node "$f")
    done
  done < <("$JAVA" -cp "$JAR" dev.islet.bench.report.MacroPrograms "$OUT/jmh.json")
fi

# Retained heap per idle sandbox (IsolateFootprint in a JVM per engine, footprint.js for a node vm context)
# when the run includes the isolate benchmarks.
FOOTPRINT_ARGS=()
rm -f "$OUT/footprint.json"
if [ -z "$FILTER" ] || echo "IsolateStart" | grep -Eq -- "$FILTER"; then
  echo "bench: retained heap per isolate" >&2
  "$JAVA" -cp "$JAR" dev.islet.bench.isolate.IsolateFootprint --out "$OUT/footprint.json"
  if [ "${NODE:-1}" != 0 ] && command -v node >/dev/null 2>&1; then
    node --expose-gc bench/node/footprint.js >> "$OUT/footprint.json"
  fi
  FOOTPRINT_ARGS=(--footprint "$OUT/footprint.json")
fi

"$JAVA" -cp "$JAR" dev.islet.bench.report.Results --jmh "$OUT/jmh.json" "${NODE_ARGS[@]}" "${FOOTPRINT_ARGS[@]}" --filter "$FILTER" \
  --out bench/RESULTS.md --settings "$SETTINGS" --node-version "$NODE_VERSION" --load "$OUT/load.txt" \
  --command "FORKS=$FORKS WARMUP=$WARMUP ITERATIONS=$ITERATIONS ITER_SECONDS=$SECONDS_PER_ITER bench/run.sh${FILTER:+ '$FILTER'}"
