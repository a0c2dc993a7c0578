#!/usr/bin/env bash
# Load test of the whole app (issue 7 "Fast under load"), end to end and by itself:
#   1. builds the jar (./mvnw -B -q package -DskipTests) and prepares it as the README's
#      "Running in production" says (bin/prepare.sh: extracted, class archive from a training
#      run), in a temporary directory;
#   2. starts it there the production way (bin/start.sh: the JVM options of bin/jvm.options) on
#      a free port of 127.0.0.1 with an H2 file database in the temporary directory (the options of
#      the default URL, application.properties), and measures
#      start-up: from launching bin/start.sh until GET / first answers 200 (polled every 50 ms),
#      STARTS times on empty databases, the median reported;
#   3. seeds one coach (signed up and signed in through the forms, CSRF token and all) and PLANS
#      plans through POST /api/plans that join that coach with the invite code, with logs on some
#      sessions (PUT /api/plans/{token}/sessions/{id}/log); wrk sends them (bench/wrk/seed-*.lua);
#   4. warms up each endpoint (a curl check of its answer, then rounds of WARMUP of wrk until two
#      rounds in a row fail to beat the best round's req/s by 5 %, at least WARMUPS_MIN and at most
#      WARMUPS rounds: on 2 cores the JIT compilers share the cores with the load, and the plan page
#      still gained after 3 minutes), then measures it with wrk for DURATION at CONNECTIONS connections on THREADS threads:
#        GET /plans/{token}      the plan page (13 weeks), tokens spread over every seeded plan
#        GET /api/plans/{token}  the plan as JSON, same tokens
#        POST /plans             the form: generate, store, 303 (with a session and its CSRF token)
#        GET /coach?sort=…       the roster of PLANS athletes, signed in, sort and page varied
#      and estimates the memory each request allocated and counts the young and full collections
#      during the measured run, with the time each kind stopped the app (jstat -gc before and after);
#   5. reads the resident memory of the java process after the load run (4 × DURATION, 2 min by
#      default), stops the app and starts it again on the database the run left behind (start-up
#      of a restart, as after a deploy: the first start found an empty file and migrated it),
#      prints the table and writes it to bench/results/last-run.md (git-ignored);
#   6. stops the app and deletes the temporary directory, whatever happened (trap EXIT).
#
# Usage: bench/load.sh                      full run: 10,000 plans, 4 × (warm-up rounds + 30 s) of wrk
#        DURATION=5s WARMUP=3s WARMUPS=1 PLANS=2000 bench/load.sh     a quick trial
# Knobs (environment): DURATION (30s), WARMUP (20s), WARMUPS (12), WARMUPS_MIN (6), STARTS (3), PLANS (10000), CONNECTIONS (32), THREADS (2),
# JAVA_OPTS (extra JVM options after bin/jvm.options'; a later option wins), NMT (1: native
# memory tracking on, its summary after the load run in bench/results/last-nmt.txt),
# MALLOC_ARENA_MAX (bin/start.sh's 2), KEEP_SEED (a directory: seed, keep the database there for
# bench/rounds.sh, stop; steps 4-5 are skipped), JAVA_HOME (the java that builds, prepares and runs the
# app; docs/performance.md's runs: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64).
# Needs java, curl, python3 and wrk (Debian: apt-get install -y wrk).
# Targets only 127.0.0.1, on a port it picks; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-20s}
WARMUPS=${WARMUPS:-12}
# A busy machine's first rounds can be flat while the JIT has not compiled the endpoint yet: the
# JSON's warm-up once stopped after three rounds at 1,663 req/s, where other runs reached 2,300 in
# their fourth (docs/performance.md, "Thirteenth round"). The plan page's once stopped after five
# at 776 req/s where the run before, on the same machine, ran 734 in its fourth round and 1,238 in
# its sixth ("Fifteenth round"; the run after reached 933 in six rounds and no more: a slow machine
# or a slow compilation, a longer warm-up rules out the second).
WARMUPS_MIN=${WARMUPS_MIN:-6}
STARTS=${STARTS:-3}
PLANS=${PLANS:-10000}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:-}
NMT=${NMT:-}
KEEP_SEED=${KEEP_SEED:-}
[ -z "$NMT" ] || JAVA_OPTS+=" -XX:NativeMemoryTracking=summary"

for tool in java curl python3 wrk; do
  command -v "$tool" > /dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/crampproof-load.XXXXXX")
wrk_pid=
# shellcheck source=bench/lib.sh
. bench/lib.sh
cleanup() {
  if [ -n "$wrk_pid" ] && kill -0 "$wrk_pid" 2> /dev/null; then kill "$wrk_pid" 2> /dev/null || true; fi
  stop_app
  # the app's log of the last run stays for a look (bench/results is git-ignored)
  if [ -f "$tmp/app.log" ]; then mkdir -p "$root/bench/results" && cp "$tmp/app.log" "$root/bench/results/last-app.log"; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. build -----------------------------------------------------------------------------------
echo "== building the jar and preparing it for production"
./mvnw -B -q package -DskipTests
export APP_DIR=$tmp/app
bin/prepare.sh | sed 's/^/   /'

# --- 2. start -----------------------------------------------------------------------------------
listen_on_free_port
echo "== starting $APP_DIR/cramp-proof.jar on $base (bin/start.sh)"
jvm_options="$(shipped_jvm_options), MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}"
echo "   JVM options: $jvm_options"
echo "   app arguments: ${app_args[*]}"
echo "   H2 URL options: $h2_options"
# Spring's "Started … in N seconds" of the Nth start in the app's log (every start appends to it).
# GET / can answer before Spring has written that line, so it waits for it up to 2 s; empty if none.
spring_started() { # N
  local line
  for _ in $(seq 1 40); do
    line=$(grep -o 'Started CrampProofApplication in [0-9.]* seconds' "$tmp/app.log" | sed -n "${1}p" || true)
    [ -n "$line" ] && break
    sleep 0.05
  done
  echo "$line"
}
# One start says little: the same build's first page came after 2.6 to 3.8 s in starts a minute
# apart on a quiet machine (docs/performance.md, "Twentieth round"). So STARTS starts, each on an empty
# database of its own, stopped after its first page but the last, which goes on to the load run;
# the table gives their median, and each.
first_starts=() first_springs=()
for start in $(seq 1 "$STARTS"); do
  if [ "$start" -lt "$STARTS" ]; then start_app "$tmp/start-$start/db"; else start_app; fi
  spring=$(spring_started "$start")
  first_starts+=("$startup_ms") first_springs+=("${spring#Started CrampProofApplication in }")
  echo "   start $start: first page served after $startup_ms ms (${spring:-no Spring time in the log})"
  if [ "$start" -lt "$STARTS" ]; then stop_app; rm -rf "$tmp/start-$start"; fi
done
first_start_ms=$(printf '%s\n' "${first_starts[@]}" | sort -n | sed -n "$(( (STARTS + 1) / 2 ))p")
# A JVM that finds the class archive stale drops it without a word (and starts slowly): a dropped
# archive is no longer mapped.
archive=$(ls "$APP_DIR"/cramp-proof.aot "$APP_DIR"/cramp-proof.jsa 2> /dev/null | head -1 || true)
if [ -n "$archive" ] && grep -q "$archive" "/proc/$pid/maps"; then cds="in use"; else cds="NOT in use"; fi
echo "   class archive ${archive##*/} $cds"
# bin/start.sh uses Spring's ahead-of-time set-up unless a profile is active; Spring says so.
if grep -q "Starting AOT-processed" "$tmp/app.log"; then aot="in use"; else aot="NOT in use"; fi
echo "   ahead-of-time set-up $aot"

# --- 3. seed ------------------------------------------------------------------------------------
echo "== seeding a coach"
coach_jar="$tmp/coach-cookies.txt"
csrf=$(csrf_of "$base/coach/sign-up" "$coach_jar")
code=$(status_of -c "$coach_jar" -b "$coach_jar" --data-urlencode "name=$coach_name" \
  --data-urlencode "email=$coach_email" --data-urlencode "password=$coach_password" \
  --data-urlencode "_csrf=$csrf" "$base/coach/sign-up")
[ "$code" = 303 ] || fail "coach sign-up answered $code, not 303"
sign_in "$coach_jar"
invite=$(curl -s -b "$coach_jar" "$base/coach" | grep -o '<strong class="code">[^<]*' | sed 's/.*>//')
[ -n "$invite" ] || fail "no invite code on the roster page"
echo "   signed in, invite code $invite"

# Race days: Sundays 17 to 30 weeks ahead. With long runs on Sunday and the block starting 15
# weeks out, every plan (seeded or from the form) has a 13-week block.
races=$(for weeks in $(seq 17 30); do date -d "next sunday + $weeks weeks" +%F; done | paste -sd,)

# Runs a seeding script until each wrk thread has left its done marker, then stops wrk. Seeding
# uses 8 connections: the app has 10 database connections and gives up waiting for one after 3 s
# (a 503), and seeding is about having the data, not about overload.
seed() { # NAME SCRIPT LUA-ARGS…
  local name=$1 script=$2 out="$tmp/$1"
  shift 2
  mkdir -p "$out"
  wrk -t"$THREADS" -c8 -d1800s --timeout 10s -s "$script" "$base" -- "$@" "$out" > "$tmp/$name.wrk" 2>&1 &
  wrk_pid=$!
  while [ "$(find "$out" -name 'done.*' | wc -l)" -lt "$THREADS" ] && kill -0 "$wrk_pid" 2> /dev/null; do sleep 0.2; done
  kill -INT "$wrk_pid" 2> /dev/null || true
  wait "$wrk_pid" || true
  wrk_pid=
  grep RESULT "$tmp/$name.wrk" || { cat "$tmp/$name.wrk" >&2; fail "wrk $name printed no result"; }
  if [ -n "$(cat "$out"/errors.*)" ]; then
    echo "   answers other than expected (count, status):"; sort "$out"/errors.* | uniq -c
  fi
}

echo "== seeding $PLANS plans for that coach (POST /api/plans)"
seed_started=$(date +%s%N)
seed plans bench/wrk/seed-plans.lua "$invite" "$PLANS" "$THREADS" "$races"
cat "$tmp"/plans/tokens.* > "$tmp/tokens.txt"
# Each plan's first session, then each plan's second, …: logs on one plan at the same moment would
# collide (a 409 "changed meanwhile", the plan's optimistic lock), which a runner never does.
cat "$tmp"/plans/logs.* | awk '{ n[$1]++; print n[$1], NR, $0 }' | sort -n -k1,1 -k2,2 | cut -d' ' -f3- > "$tmp/logs.txt"
seeded=$(wc -l < "$tmp/tokens.txt")
echo "   $seeded plans stored in $(ms_since "$seed_started") ms"
[ "$seeded" = "$PLANS" ] || fail "$seeded plans stored, not $PLANS"
weeks=$(curl -s "$base/api/plans/$(head -1 "$tmp/tokens.txt")" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["weeks"]))')
[ "$weeks" = 13 ] || fail "a seeded plan has $weeks weeks, not 13"

echo "== logging $(wc -l < "$tmp/logs.txt") sessions (PUT /api/plans/{token}/sessions/{id}/log)"
seed_started=$(date +%s%N)
seed logs bench/wrk/seed-logs.lua "$tmp/logs.txt" "$THREADS"
echo "   done in $(ms_since "$seed_started") ms"
grep -q 'unexpected=0 ' "$tmp/plans.wrk" || fail "some plans were not created (see unexpected= above)"
grep -q 'unexpected=0 ' "$tmp/logs.wrk" || fail "some logs were refused (see unexpected= above)"

# KEEP_SEED=DIR: the seeded database is what is kept, for bench/rounds.sh to measure copies of it
# side by side; the app stops (H2 closes and compacts the file), and nothing is measured.
if [ -n "$KEEP_SEED" ]; then
  stop_app
  mkdir -p "$KEEP_SEED"
  cp "$tmp/db.mv.db" "$tmp/tokens.txt" "$KEEP_SEED/"
  echo "$races" > "$KEEP_SEED/races.txt"
  echo "== kept in $KEEP_SEED: the database ($(du -m "$KEEP_SEED/db.mv.db" | cut -f1) MB), tokens.txt, races.txt"
  exit 0
fi

# --- 4. warm up and measure ---------------------------------------------------------------------
# A fresh sign-in for the roster: seeding 10,000 plans may take longer than a session lasts.
sign_in "$tmp/roster-cookies.txt"
coach_cookie=$(session_cookie_of "$tmp/roster-cookies.txt")
token=$(head -1 "$tmp/tokens.txt")
csrf=$(csrf_of "$base/" "$tmp/runner-cookies.txt")
checks=(
  "plan page|200|$(status_of "$base/plans/$token")"
  "plan JSON|200|$(status_of "$base/api/plans/$token")"
  "form|303|$(status_of -b "$tmp/runner-cookies.txt" --data "runnerName=Check&raceDate=${races%%,*}&weeklyMileage=30&mileageUnit=MILES&crampMuscles=CALF&crampFrequency=SOMETIMES&liftingExperience=SOME&preferredStartWeeks=15&_csrf=$csrf" "$base/plans")"
  "roster|200|$(status_of -H "Cookie: $coach_cookie" "$base/coach?sort=completion&dir=desc&page=1")"
)
for check in "${checks[@]}"; do
  IFS='|' read -r what want got <<< "$check"
  [ "$want" = "$got" ] || fail "$what answered $got, not $want"
done

runs=(
  "GET /plans/{token} (plan page)|page"
  "GET /api/plans/{token} (JSON)|json"
  "POST /plans (form, 303)|form"
  "GET /coach?sort=…&dir=desc&page=… (roster)|roster"
)
expected_of() { case "$1" in POST*) echo 303 ;; *) echo 200 ;; esac; }
# wrk leaves answers slower than its timeout out of the latency figures and counts them as
# timeouts; with a timeout as long as the run, every answer is in p50 and p99.
timeout=${DURATION}
rows=()
warmups=()
for run in "${runs[@]}"; do
  IFS='|' read -r what endpoint <<< "$run"
  wrk_load_of "$endpoint" "$tmp/tokens.txt" "$races" "$coach_cookie"
  echo "== $what: warm-up, rounds of $WARMUP until the rate stops rising (at least $WARMUPS_MIN, at most $WARMUPS)"
  best=0 flat=0 round=0
  while [ "$round" -lt "$WARMUPS" ] && { [ "$flat" -lt 2 ] || [ "$round" -lt "$WARMUPS_MIN" ]; }; do
    round=$((round + 1))
    warm=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$timeout" -s "$wrk_script" "$base" -- "${wrk_args[@]}" \
      | grep RESULT || true)
    echo "   round $round: $warm"
    rate=$(sed -n 's/.*rps=\([0-9.]*\).*/\1/p' <<< "$warm")
    if python3 -c "import sys; sys.exit(0 if float('${rate:-0}') > 1.05 * float('$best') else 1)"; then
      best=${rate:-0} flat=0
    else
      flat=$((flat + 1))
    fi
  done
  warmups+=("$what: $round")
  echo "== $what: $DURATION, $CONNECTIONS connections, $THREADS threads"
  counters_before=$(gc_counters)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$timeout" --latency -s "$wrk_script" "$base" -- "${wrk_args[@]}" \
    | tee "$tmp/run.wrk"
  counters_after=$(gc_counters)
  result=$(grep RESULT "$tmp/run.wrk") || fail "wrk printed no result for $what"
  value() { result_field "$1" "$result"; }
  status_errors=$(value status_errors) unexpected=$(value unexpected) socket_errors=$(value socket_errors)
  errors=$(error_count "$result")
  detail=
  [ "$status_errors" = 0 ] || detail+=", $status_errors not 2xx/3xx"
  [ "$unexpected" = 0 ] || [ "$unexpected" = "$status_errors" ] || detail+=", $unexpected not $(expected_of "$what")"
  [ "$socket_errors" = 0 ] || detail+=", $socket_errors socket errors or timeouts"
  [ -z "$detail" ] || errors="$errors (${detail#, })"
  if [ "$(value requests)" = 0 ]; then
    rows+=("| $what | 0 | – | – | no answer within $DURATION; $errors | – | – |")
  else
    IFS='|' read -r allocated collections _ <<< "$(memory_of_run "$counters_before" "$counters_after" "$(value requests)")"
    rows+=("| $what | $(value rps) | $(value p50_ms) ms | $(value p99_ms) ms | $errors | $allocated | $collections |")
  fi
done

# --- 5. memory and the table --------------------------------------------------------------------
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
# Where it goes (NMT=1): the JVM's own account, and the class archive's share of the resident
# memory, which NMT counts as reserved only.
if [ -n "$NMT" ]; then
  mkdir -p bench/results
  { jcmd "$pid" VM.native_memory summary
    echo "Class archive, resident (kB):"
    awk -v jsa="$archive" '$NF == jsa { on = 1; next } /^[0-9a-f]+-/ { on = 0 } on && /^Rss:/ { kb += $2 } END { print kb + 0 }' "/proc/$pid/smaps"
  } > bench/results/last-nmt.txt 2>&1 || true
fi
peak_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
# A restart on the database the run leaves behind (migrated, its plans, the form's among them), as
# after a deploy; the first start above found an empty file and ran every migration.
echo "== restarting on the run's database ($(du -m "$tmp/db.mv.db" | cut -f1) MB file)"
stopping=$(date +%s%N)
stop_app
echo "   stopped after $(ms_since "$stopping") ms (H2 compacts its file on closing); $(du -m "$tmp/db.mv.db" | cut -f1) MB file"
start_app
restart_ms=$startup_ms
spring=$(spring_started $((STARTS + 1)))
echo "   first page served after $restart_ms ms (${spring:-no Spring time in the log})"
app_errors=$(grep -c ' ERROR ' "$tmp/app.log" || true)

mkdir -p bench/results
{
  echo "Load run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2> /dev/null || echo unknown)"
  echo "$(nproc) cores; $("$(cat "$APP_DIR/java")" -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-3)"
  echo "bin/start.sh: $jvm_options; class archive ${archive##*/} $cds; ahead-of-time set-up $aot; H2 file database; $PLANS plans seeded for one coach"
  echo "wrk: $CONNECTIONS connections, $THREADS threads, $DURATION per endpoint after rounds of $WARMUP of warm-up until two in a row did not beat the best by 5 % (at least $WARMUPS_MIN, at most $WARMUPS)"
  echo
  echo "| what | req/s | p50 | p99 | errors | allocated a request | collections in the run |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Warm-up rounds: $(printf '%s; ' "${warmups[@]}" | sed 's/; $//')"
  echo "Start-up to first page served: median $first_start_ms ms of $STARTS starts on empty databases ($(printf '%s ms, ' "${first_starts[@]}" | sed 's/, $//'); Spring: $(printf '%s, ' "${first_springs[@]}" | sed 's/, $//')), $restart_ms ms restarted on the run's database"
  echo "RSS after the load run: $(( rss_kb / 1024 )) MB (peak $(( peak_kb / 1024 )) MB)"
  echo "ERROR lines in the app's log: $app_errors"
} > bench/results/last-run.md
echo
cat bench/results/last-run.md
echo "(written to bench/results/last-run.md)"
