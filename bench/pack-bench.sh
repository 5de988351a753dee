#!/usr/bin/env bash
# Panel pack benchmark: N generated cases of P people each (default 100 x 30), rendered by one
# `peermap pack` run (one JVM, a thread per core), against running `dot -Kneato -Tsvg` cold on each
# case's DOT. Then a second, incremental run. Prints a Markdown table. Needs bash, awk, Java, Maven.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${PEERMAP_JAR:-$here/target/peermap.jar}"
cases="${BENCH_CASES:-100}"
people="${BENCH_PEOPLE:-30}"
[ -f "$jar" ] || (cd "$here" && mvn -q -DskipTests package)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/dot"
for i in $(seq 1 "$cases"); do
  "$here/bench/gen-case.sh" "$people" "$i" | sed "s/^reference: .*/reference: PACK-$(printf %04d "$i")/" > "$work/in/case-$i.yaml"
done
now() { date +%s.%N; }
engine=embedded
command -v dot >/dev/null 2>&1 && engine=dot
t0=$(now); java -jar "$jar" pack "$work/in" -o "$work/out" --engine "$engine" -f svg 2> "$work/first.log"; t1=$(now)
t2=$(now); java -jar "$jar" pack "$work/in" -o "$work/out" --engine "$engine" -f svg 2> "$work/second.log"; t3=$(now)
pack=$(echo "$t1 - $t0" | bc -l); again=$(echo "$t3 - $t2" | bc -l)
dots="-"; ratio="-"
if command -v dot >/dev/null 2>&1; then
  for f in "$work"/in/*.yaml; do java -jar "$jar" dot "$f" > "$work/dot/$(basename "$f").dot"; done
  t4=$(now); for f in "$work"/dot/*.dot; do dot -Kneato -Tsvg "$f" > /dev/null; done; t5=$(now)
  dots=$(echo "$t5 - $t4" | bc -l); ratio=$(echo "$pack / $dots" | bc -l)
fi
echo "$(date -u '+%Y-%m-%d %H:%M UTC') | nproc $(nproc) | load $(cut -d' ' -f1-3 /proc/loadavg) | engine $engine | $cases cases of $people people"
echo
echo "| measure | seconds |"
echo "|---|---:|"
printf "| pack, first run (all cases rendered, SVG, appendix, pack.html, pack.pdf) | %.2f |\n" "$pack"
printf "| per case | %.3f |\n" "$(echo "$pack / $cases" | bc -l)"
[ "$dots" != "-" ] && printf "| dot -Kneato -Tsvg cold on each case's DOT, total | %.2f |\n" "$dots"
[ "$ratio" != "-" ] && printf "| ratio pack / dot total (target: at most 1.3) | %.2f |\n" "$ratio"
printf "| pack, second run (nothing changed) | %.2f |\n" "$again"
printf "| speed-up of the incremental run (target: at least 5) | %.1f |\n" "$(echo "$pack / $again" | bc -l)"
echo
tail -1 "$work/first.log"; tail -1 "$work/second.log"
