#!/usr/bin/env bash
# Measures cold renders of peer maps and prints a Markdown table.
#
#   bench/render-bench.sh
#
# For examples/stabbings.yaml and for generated cases (bench/gen-case.sh), it times:
#   - `java -jar target/peermap.jar check CASE`  (context: JVM start, reading and checking)
#   - `java -jar target/peermap.jar render CASE -f svg --engine dot`       (fresh JVM each run)
#   - `java -jar target/peermap.jar render CASE -f svg --engine embedded`  (fresh JVM each run)
#   - `dot -Kneato -Tsvg` on the DOT that render lays out (from the `dot` subcommand)
# Each command runs once untimed first (file system cache; the embedded engine's one-time
# unpacking of its native library into ~/.cache/peermap), then BENCH_RUNS timed runs.
# A command whose warm-up run takes longer than BENCH_TIMEOUT seconds is stopped and
# reported as such, without further runs.
#
# Settings (environment):
#   BENCH_RUNS=5        timed runs per command (median and min are reported)
#   BENCH_TIMEOUT=20    seconds allowed for one run
#   BENCH_SIZES=300     sizes of generated cases, space separated ("" for none)
#   BENCH_SEED=1        seed for bench/gen-case.sh
#   PEERMAP_JAR=...     jar to measure (default: target/peermap.jar of this repo,
#                       built with `mvn -q -DskipTests package` if missing)
#
# Targets checked: cold render with native dot within 2x of `dot -Tsvg` cold;
# embedded engine cold under 1.5 s. Writes only to a temporary folder (mktemp -d),
# which it deletes.
set -euo pipefail

RUNS=${BENCH_RUNS:-5}
TIMEOUT=${BENCH_TIMEOUT:-20}
SIZES=${BENCH_SIZES-300}
SEED=${BENCH_SEED:-1}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
JAR=${PEERMAP_JAR:-$ROOT/target/peermap.jar}

if [ ! -f "$JAR" ]; then
  if [ -n "${PEERMAP_JAR:-}" ]; then echo "render-bench: $JAR not found" >&2; exit 1; fi
  echo "render-bench: $JAR missing; building it with mvn -q -DskipTests package" >&2
  (cd "$ROOT" && mvn -q -DskipTests package) >&2
  [ -f "$JAR" ] || { echo "render-bench: the build did not produce $JAR" >&2; exit 1; }
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT TERM

HAVE_DOT=0; command -v dot >/dev/null 2>&1 && HAVE_DOT=1
HAVE_TIMEOUT=0; command -v timeout >/dev/null 2>&1 && HAVE_TIMEOUT=1
# GNU time gives the peak RSS (%M, in KiB) of the command and its descendants.
GTIME=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' -o "$TMP/t" true 2>/dev/null; then GTIME=/usr/bin/time; fi

now_ns() { date +%s%N; }

# run_once OUT_PREFIX CMD...: runs CMD once; sets SECS, RSS_KB (or "") and RC.
# With `timeout`, the whole process group (the JVM and any dot it started) is
# stopped after TIMEOUT seconds; RC is then 124.
run_once() {
  local out=$1; shift
  local cmd=("$@")
  if [ "$HAVE_TIMEOUT" = 1 ]; then cmd=(timeout -k 5 "$TIMEOUT" "${cmd[@]}"); fi
  local t0 t1
  RC=0
  t0=$(now_ns)
  if [ -n "$GTIME" ]; then
    "$GTIME" -f '%M' -o "$out.time" "${cmd[@]}" >"$out.stdout" 2>"$out.stderr" || RC=$?
  else
    "${cmd[@]}" >"$out.stdout" 2>"$out.stderr" || RC=$?
  fi
  t1=$(now_ns)
  SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  RSS_KB=""
  if [ -n "$GTIME" ] && [ -s "$out.time" ]; then RSS_KB=$(tail -n 1 "$out.time"); fi
}

# measure NAME CMD...: one warm-up run, then RUNS timed runs. Sets MED, MIN (seconds,
# or "" when the command could not be measured), RSS (MiB, largest of the timed runs,
# or "") and FAIL (why it could not be measured, or "").
measure() {
  local name=$1; shift
  local i secs="" rss=0
  MED=""; MIN=""; RSS=""; FAIL=""
  echo "render-bench: $name ..." >&2
  run_once "$TMP/warm" "$@"
  if [ "$RC" = 124 ] || [ "$RC" = 137 ]; then
    FAIL="stopped after ${TIMEOUT} s (warm-up run)"; return
  elif [ "$RC" != 0 ]; then
    FAIL="failed, exit $RC: $(head -c 160 "$TMP/warm.stderr" | head -n 1)"; return
  fi
  for ((i = 1; i <= RUNS; i++)); do
    run_once "$TMP/run" "$@"
    if [ "$RC" != 0 ]; then
      FAIL="run $i failed, exit $RC: $(head -c 160 "$TMP/run.stderr" | head -n 1)"; return
    fi
    secs="$secs $SECS"
    if [ -n "$RSS_KB" ] && [ "$RSS_KB" -gt "$rss" ]; then rss=$RSS_KB; fi
  done
  read -r MED MIN < <(echo "$secs" | tr ' ' '\n' | grep . | sort -n | awk '
    { v[NR] = $1 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f %.3f\n", m, v[1] }')
  if [ "$rss" -gt 0 ]; then RSS=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }'); fi
}

fmt() { if [ -n "$1" ]; then printf '%s' "$1"; else printf '%s' "-"; fi; }

ROWS=()   # Markdown table rows
NOTES=()  # lines printed under the table

# bench_case LABEL FILE
bench_case() {
  local label=$1 file=$2 out="$TMP/out" svgmed="" rendmed="" ratio target
  mkdir -p "$out"

  # Context, no target: a cold JVM that reads and checks the case but lays nothing out.
  measure "$label: check" java -jar "$JAR" check "$file"
  ROWS+=("| $label | \`check\` (no layout; for context) | $(fmt "$MED") | $(fmt "$MIN") | $(fmt "$RSS") | | ${FAIL:-context} |")

  if [ "$HAVE_DOT" = 1 ]; then
    java -jar "$JAR" dot "$file" >"$TMP/graph.dot"
    measure "$label: dot -Kneato -Tsvg" dot -Kneato -Tsvg "$TMP/graph.dot" -o "$TMP/graph.svg"
    svgmed=$MED
    ROWS+=("| $label | \`dot -Kneato -Tsvg\` (reference) | $(fmt "$MED") | $(fmt "$MIN") | $(fmt "$RSS") | | ${FAIL:-reference} |")

    measure "$label: render --engine dot" java -jar "$JAR" render "$file" -o "$out" -f svg --engine dot
    rendmed=$MED
    ratio=""; target=""
    if [ -n "$rendmed" ] && [ -n "$svgmed" ]; then
      ratio=$(awk -v a="$rendmed" -v b="$svgmed" 'BEGIN { printf "%.2fx", a / b }')
      target=$(awk -v a="$rendmed" -v b="$svgmed" 'BEGIN { print (a <= 2 * b) ? "yes" : "NO" }')
      target="$target (target: at most 2x dot -Tsvg)"
    elif [ -n "$FAIL" ]; then
      target="NO: $FAIL"
    else
      target="no ratio: dot -Tsvg was not measured"
    fi
    ROWS+=("| $label | render, \`--engine dot\` | $(fmt "$MED") | $(fmt "$MIN") | $(fmt "$RSS") | $(fmt "$ratio") | $target |")
  else
    ROWS+=("| $label | \`dot -Kneato -Tsvg\` | - | - | - | | skipped: dot not installed |")
    ROWS+=("| $label | render, \`--engine dot\` | - | - | - | | skipped: dot not installed |")
  fi

  measure "$label: render --engine embedded" java -jar "$JAR" render "$file" -o "$out" -f svg --engine embedded
  if [ -n "$MED" ]; then
    target=$(awk -v a="$MED" 'BEGIN { print (a < 1.5) ? "yes" : "NO" }')" (target: under 1.5 s)"
  else
    target="NO: $FAIL"
  fi
  ROWS+=("| $label | render, \`--engine embedded\` | $(fmt "$MED") | $(fmt "$MIN") | $(fmt "$RSS") | | $target |")
  rm -rf "$out"
}

# ---- header --------------------------------------------------------------------
read -r LOAD1 LOAD5 LOAD15 _ < /proc/loadavg 2>/dev/null || { LOAD1=?; LOAD5=?; LOAD15=?; }
NPROC=$(nproc 2>/dev/null || echo "?")
if [ "$HAVE_DOT" = 1 ]; then DOTV=$(dot -V 2>&1 | head -n 1); else DOTV="dot not installed"; fi
JAVAV=$(java -version 2>&1 | head -n 1)

# The native library of the embedded engine is unpacked on its first use; do that now
# so that it is not measured (the warm-up runs would also do it).
mkdir -p "$TMP/prime"
java -jar "$JAR" render "$ROOT/examples/stabbings.yaml" -o "$TMP/prime" -f svg --engine embedded >/dev/null 2>&1 || true

bench_case "stabbings.yaml (9 people)" "$ROOT/examples/stabbings.yaml"
for n in $SIZES; do
  bash "$BENCH_DIR/gen-case.sh" "$n" "$SEED" >"$TMP/bench-$n.yaml"
  bench_case "generated, $n people" "$TMP/bench-$n.yaml"
done

read -r ELOAD1 ELOAD5 ELOAD15 _ < /proc/loadavg 2>/dev/null || { ELOAD1=?; ELOAD5=?; ELOAD15=?; }

echo "$(date '+%Y-%m-%d %H:%M %Z') | nproc $NPROC | load average $LOAD1 $LOAD5 $LOAD15 | $DOTV | $JAVAV"
echo
echo "Cold runs (a new process each run), $RUNS timed runs after one warm-up run; times are wall seconds; a run is stopped after $TIMEOUT s."
echo
echo "| Case | Command (SVG only) | Median (s) | Min (s) | Peak RSS (MiB) | Render dot / dot -Tsvg | Target met? |"
echo "|---|---|---:|---:|---:|---:|---|"
printf '%s\n' "${ROWS[@]}"
echo
[ -n "$GTIME" ] || echo "Peak RSS not measured: GNU /usr/bin/time is not available."
[ "$HAVE_TIMEOUT" = 1 ] || echo "No \`timeout\` command: runs were not stopped after $TIMEOUT s."
[ "$HAVE_DOT" = 1 ] || echo "Graphviz \`dot\` is not on the PATH: the native dot rows were skipped."
echo "Load average at the end: $ELOAD1 $ELOAD5 $ELOAD15."
if [ "$NPROC" != "?" ] && [ "$LOAD1" != "?" ] &&
   awk -v l="$LOAD1" -v e="$ELOAD1" -v n="$NPROC" 'BEGIN { exit !((l > n / 2) || (e > n / 2 + 1)) }'; then
  echo "Note: the load average was high for $NPROC cores: other work was running, so these times are likely inflated."
fi
