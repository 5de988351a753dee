#!/usr/bin/env bash
# Prints to stdout a valid, synthetic peermap case file for benchmarks.
#
#   bench/gen-case.sh N SEED [overlapping] > case.yaml
#
# N people (p0001 ... "Person0001 Example"; mostly young people, some adults and
# professionals, all with ages), about 1.5 relationships per person of all four
# built-in types (harm written with from/to), N/10 incidents of 2-5 people dated
# in 2019, and a short narrative using {p0001}. reference: BENCH-N.
#
# With "overlapping": the same people and relationships, but N/5 incidents of 3-6
# people that overlap heavily, for the legibility benchmark. People form clusters
# of about 15 consecutive numbers (the relationships are local, so these are
# friendship groups); each cluster has about 3 incidents, whose people come mostly
# (80 %) from the cluster's first 5, so many of those are in 2-4 incidents; the
# focus person p0001 is in incidents 1 and 2 and about a quarter of the others.
#
# The output depends only on N and SEED: the random numbers come from a
# Park-Miller generator written in awk, not from awk's rand(), so mawk, gawk and
# busybox awk all print the same file.
set -euo pipefail

usage() { echo "usage: $0 N SEED [overlapping]   (N: number of people, 1 or more; SEED: a whole number)" >&2; exit 2; }
[ $# -eq 2 ] || [ $# -eq 3 ] || usage
MODE=plain
if [ $# -eq 3 ]; then
  [ "$3" = overlapping ] || usage
  MODE=overlapping
fi
case "$1" in ''|*[!0-9]*) usage ;; esac
case "$2" in ''|*[!0-9]*) usage ;; esac
[ "$1" -ge 1 ] || usage

exec awk -v N="$1" -v SEED="$2" -v MODE="$MODE" '
# minstd: x = x * 48271 mod (2^31 - 1); every product fits exactly in a double.
function rnd() { X = (X * 48271) % 2147483647; return X / 2147483647 }
function ri(lo, hi) { return lo + int(rnd() * (hi - lo + 1)) }   # integer in [lo, hi]
function pid(i) { return sprintf("p%0" W "d", i) }
function pkey(a, b) { return (a < b) ? a "," b : b "," a }
# Adds one relationship between people a and b unless that pair is linked already.
function rel(a, b,    r, t, k) {
  if (a == b) return 0
  k = pkey(a, b)
  if (k in LINKED) return 0
  LINKED[k] = 1
  r = rnd()
  if (r < 0.45) t = "connection"
  else if (r < 0.65) t = "strong"
  else if (r < 0.85) t = "tenuous"
  else t = "harm"
  # harm comes from an adult when one of the two is an adult
  if (t == "harm" && KIND[b] == "adult" && KIND[a] != "adult") { k = a; a = b; b = k }
  NREL++
  if (t == "harm") {
    REL[NREL] = "  - from: " pid(a) "\n    to: " pid(b) "\n    type: harm"
  } else {
    REL[NREL] = "  - between: [" pid(a) ", " pid(b) "]\n    type: " t
  }
  r = rnd()
  if (r < 0.30) REL[NREL] = REL[NREL] "\n    source: " SOURCE[ri(1, NSOURCE)]
  if (r < 0.10) REL[NREL] = REL[NREL] sprintf("\n    since: 2019-%02d", ri(1, 12))
  return 1
}
BEGIN {
  X = (SEED % 2147483646) + 1          # the state must be in [1, 2^31 - 2]
  for (i = 0; i < 10; i++) rnd()       # let close seeds drift apart
  W = length(N "") < 4 ? 4 : length(N "")
  NSOURCE = split("Police,YOT,School,Early Help,Children'"'"'s Social Care", SOURCE, ",")
  NWHAT = split("Stabbing,Robbery,Assault,Missing episode,Arrest for possession,Fight after school", WHAT, ",")
  NAGENCY = split("YOT,Early Help,Police,Children'"'"'s Social Care,CAMHS", AGENCY, ",")

  print "# Synthetic case for benchmarks, made by bench/gen-case.sh " N " " SEED (MODE == "overlapping" ? " overlapping" : "") ". All names are invented."
  print "peermap: 1"
  print "title: Benchmark peer map with " N " people"
  print "reference: BENCH-" N
  print "prepared: 2019-12-01"
  print "marking: OFFICIAL-SENSITIVE"
  print "anonymise: letters"
  print ""
  print "people:"
  for (i = 1; i <= N; i++) {
    r = rnd()
    if (i == 1 || r < 0.85) { KIND[i] = "young-person"; age = ri(11, 18) }
    else if (r < 0.95)      { KIND[i] = "adult";        age = ri(19, 45) }
    else                    { KIND[i] = "professional"; age = ri(24, 60) }
    printf "  %s:\n    name: Person%0" W "d Example\n", pid(i), i
    if (i == 1) print "    focus: true"
    if (KIND[i] != "young-person") print "    kind: " KIND[i]
    print "    age: " age
    print "    gender: " (rnd() < 0.7 ? "male" : "female")
    if (KIND[i] == "young-person" && rnd() < 0.3) print "    agencies: [" AGENCY[ri(1, NAGENCY)] "]"
  }

  # A tree first (person i linked to one of the 15 listed before it), so that
  # nobody floats alone, then extra links inside a window of 30 until there are
  # about 1.5 relationships per person: local groups, like real peer groups.
  NREL = 0
  for (i = 2; i <= N; i++) { lo = i - 15; if (lo < 1) lo = 1; rel(i, ri(lo, i - 1)) }
  want = int(N * 1.5 + 0.5); if (want > N * (N - 1) / 2) want = N * (N - 1) / 2
  for (tries = 0; NREL < want && tries < 20 * N; tries++) {
    a = ri(1, N); lo = a - 30; hi = a + 30
    if (lo < 1) lo = 1; if (hi > N) hi = N
    rel(a, ri(lo, hi))
  }
  if (NREL > 0) {
    print ""
    print "relationships:"
    for (i = 1; i <= NREL; i++) print REL[i]
  }

  if (MODE == "overlapping") {
    # N/5 incidents of 3-6 people, in clusters of B consecutive people (about 3
    # incidents per cluster, taken in turn); 80 % of the people of an incident come from
    # the first 5 of its cluster (the core), the rest from the cluster or its neighbours.
    NINC = int(N / 5); if (NINC < 1) NINC = 1
    NC = int((NINC + 1) / 3); if (NC < 1) NC = 1
    B = int((N + NC - 1) / NC); HALF = int(B / 2)
    CORE = B < 5 ? B : 5
    print ""
    print "incidents:"
    for (k = 1; k <= NINC; k++) {
      lo = ((k - 1) % NC) * B + 1; hi = lo + B - 1; if (hi > N) hi = N
      chi = lo + CORE - 1; if (chi > hi) chi = hi
      size = ri(3, 6); if (size > N) size = N
      split("", IN)
      list = ""; got = 0
      if (k <= 2 || rnd() < 0.25) { IN[1] = 1; list = pid(1); got = 1 }
      for (tries = 0; got < size && tries < 200; tries++) {
        if (rnd() < 0.8) j = ri(lo, chi)
        else j = ri(lo - HALF, hi + HALF)
        if (j < 1 || j > N || (j in IN)) continue
        IN[j] = 1; list = list (got ? ", " : "") pid(j); got++
      }
      for (j = 1; got < size && j <= N; j++) {
        if (!(j in IN)) { IN[j] = 1; list = list (got ? ", " : "") pid(j); got++ }
      }
      printf "  i%0" W "d:\n", k
      print "    what: " WHAT[ri(1, NWHAT)]
      printf "    date: 2019-%02d-%02d\n", ri(1, 12), ri(1, 28)
      if (rnd() < 0.5) printf "    time: \"%02d:%02d\"\n", ri(0, 23), ri(0, 59)
      print "    involved: [" list "]"
      print "    source: " SOURCE[ri(1, NSOURCE)]
    }
  }

  if (MODE != "overlapping") { NINC = int(N / 10); if (N == 1) NINC = 1 }
  if (MODE != "overlapping" && NINC > 0) {
    print ""
    print "incidents:"
    for (k = 1; k <= NINC; k++) {
      size = ri(2, 5); if (size > N) size = N
      first = ri(1, N)
      split("", IN)
      list = pid(first); IN[first] = 1; got = 1
      while (got < size) {
        j = first + ri(-20, 20)
        if (j < 1 || j > N || (j in IN)) continue
        IN[j] = 1; list = list ", " pid(j); got++
      }
      printf "  i%0" W "d:\n", k
      print "    what: " WHAT[ri(1, NWHAT)]
      month = ri(1, 12)
      printf "    date: 2019-%02d-%02d\n", month, ri(1, 28)
      if (rnd() < 0.5) printf "    time: \"%02d:%02d\"\n", ri(0, 23), ri(0, 59)
      print "    involved: [" list "]"
      print "    source: " SOURCE[ri(1, NSOURCE)]
    }
  }

  print ""
  print "narrative: |"
  print "  {" pid(1) "} is the young person at the centre of this generated case of " N " people"
  print "  and " NINC " incidents in 2019. It exists only to measure how long a map takes to draw."
  if (N >= 2) print "  {" pid(2) "} is one of the closest friends of {" pid(1) "}."
}'
