#!/usr/bin/env bash
# Rounds of one endpoint against a copy of a seeded database, for measuring two builds or two sets
# of options side by side (docs/performance.md's "side by side" rounds): bench/load.sh measures
# the whole app once, but this machine's speed swings by a third within an hour, so a change is
# only told from the swings by running the before and the after in turns, minutes apart, on the
# same data. Per round: req/s, p50, p99, errors, CPU time and memory allocated a request, the
# collections (young and full, and how long they stopped the app) and the old generation before
# and after (it fills with what young collections promote until a full collection empties it). At the
# end: resident memory, and how far the H2 file grew.
#
# Usage: KEEP_SEED=/tmp/seed bench/load.sh                 once: build, seed 10,000 plans, keep them
#        APP_DIR=/tmp/before bin/prepare.sh                 for each build to compare (its own checkout
#                                                           or jar; bin/prepare.sh says how)
#        APP_DIR=/tmp/before bench/rounds.sh roster 10 /tmp/seed
#        APP_DIR=/tmp/before JAVA_OPTS=-XX:+UseG1GC bench/rounds.sh roster 10 /tmp/seed
# ENDPOINT: page (GET /plans/{token}), json (GET /api/plans/{token}), form (POST /plans) or
# roster (GET /coach?sort=…, the seed's coach signed in); as bench/load.sh sends them.
# BEFORE="ENDPOINT ROUNDS" runs that many rounds of another endpoint first, in the same app, and prints
# them too: bench/load.sh measures the roster after the form has stored some 100,000 plans, and
# what that leaves in H2 and in the heap changes the roster's collections (docs/performance.md,
# "Twentieth round"): BEFORE="form 7" bench/rounds.sh roster 6 DIR measures it that way.
# Knobs (environment): APP_DIR (target/app), ROUND (20s), CONNECTIONS (32), THREADS (2), BEFORE, JAVA_OPTS
# (extra JVM options after bin/jvm.options'), H2_OPTIONS (the H2 URL's options instead of those of
# application.properties, e.g. ";WRITE_DELAY=0;CACHE_SIZE=16384;…"). Each run starts on a fresh
# copy of the seed, so a form run does not change what the next run reads.
# Needs java, curl, python3 and wrk. Targets only 127.0.0.1, on a port it picks; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

usage="usage: bench/rounds.sh page|json|form|roster ROUNDS SEED_DIR"
endpoint=${1:?$usage} rounds=${2:?$usage} seed=${3:?$usage}
known_endpoint() { case $1 in page | json | form | roster) ;; *) return 1 ;; esac; }
known_endpoint "$endpoint" || { echo "$usage" >&2; exit 2; }
BEFORE=${BEFORE:-}
before_endpoint= before_rounds=
if [ -n "$BEFORE" ]; then
  read -r before_endpoint before_rounds <<< "$BEFORE"
  known_endpoint "$before_endpoint" || { echo "BEFORE: an endpoint and a number of rounds, e.g. \"form 7\"" >&2; exit 2; }
  [[ $before_rounds =~ ^[0-9]+$ ]] || { echo "BEFORE: no number of rounds in \"$BEFORE\"" >&2; exit 2; }
fi
[ -f "$seed/db.mv.db" ] && [ -f "$seed/tokens.txt" ] \
  || { echo "no seeded database in $seed: KEEP_SEED=$seed bench/load.sh" >&2; exit 2; }
export APP_DIR=${APP_DIR:-$root/target/app}
[ -f "$APP_DIR/cramp-proof.jar" ] || { echo "no $APP_DIR/cramp-proof.jar: run bin/prepare.sh first" >&2; exit 2; }
ROUND=${ROUND:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:-}
for tool in java curl python3 wrk; do
  command -v "$tool" > /dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/crampproof-rounds.XXXXXX")
# shellcheck source=bench/lib.sh
. bench/lib.sh
h2_options=${H2_OPTIONS:-$h2_options}
trap 'stop_app; rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

cp "$seed/db.mv.db" "$tmp/"
listen_on_free_port
start_app
echo "== $APP_DIR/cramp-proof.jar on a copy of $seed/db.mv.db: first page after $startup_ms ms"
echo "   JVM options: $(shipped_jvm_options)"
echo "   H2 URL options: $h2_options"

coach_cookie=
if [ "$endpoint" = roster ] || [ "$before_endpoint" = roster ]; then
  sign_in "$tmp/cookies.txt"
  coach_cookie=$(session_cookie_of "$tmp/cookies.txt")
fi
races=$(cat "$seed/races.txt" 2> /dev/null || true)

ticks_a_second=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; } # user and system time of the app
echo "   $rounds rounds of $endpoint${before_endpoint:+ after $before_rounds of $before_endpoint}, $ROUND each, $CONNECTIONS connections, $THREADS threads"
echo
echo "| round | req/s | p50 | p99 | errors | CPU a request | allocated a request | collections | old generation |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
rounds_of() { # ENDPOINT ROUNDS: one table row a round
  wrk_load_of "$1" "$seed/tokens.txt" "$races" "$coach_cookie"
  for round in $(seq 1 "$2"); do
    before=$(gc_counters) ticks=$(cpu_ticks)
    result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$ROUND" --timeout "$ROUND" -s "$wrk_script" "$base" -- "${wrk_args[@]}" \
      | grep RESULT) || fail "wrk printed no result in round $round"
    after=$(gc_counters) ticks=$(( $(cpu_ticks) - ticks ))
    requests=$(result_field requests "$result")
    IFS='|' read -r allocated collections old <<< "$(memory_of_run "$before" "$after" "$requests")"
    cpu=$(python3 -c "print(f'{$ticks * 1000 / $ticks_a_second / max($requests, 1):.2f} ms')")
    echo "| $round | $(result_field rps "$result") | $(result_field p50_ms "$result") ms | $(result_field p99_ms "$result") ms" \
        "| $(error_count "$result") | $cpu | $allocated | $collections | $old |"
  done
}
if [ -n "$before_endpoint" ]; then
  echo "| $before_endpoint, before: | | | | | | | | |"
  rounds_of "$before_endpoint" "$before_rounds"
  echo "| $endpoint: | | | | | | | | |"
fi
rounds_of "$endpoint" "$rounds"
echo
echo "Resident memory after the rounds: $(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status") MB"
# H2's file grows while the app runs (docs/performance.md, "The H2 file grows"), most under the form.
echo "H2 file after the rounds: $(du -m "$tmp/db.mv.db" | cut -f1) MB (the copy started at $(du -m "$seed/db.mv.db" | cut -f1) MB)"
# H2 keeps a record of each chunk of its file in the heap (docs/performance.md, "Twentieth round");
# counted last, since the histogram collects the whole heap first.
echo "H2's chunk records in the heap after the rounds: $("$(jdk_tool jcmd)" "$pid" GC.class_histogram 2> /dev/null \
  | awk '$4 == "org.h2.mvstore.SFChunk" { print $2 }')"
