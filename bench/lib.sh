# What bench/load.sh and bench/rounds.sh share: starting and stopping the app the production way,
# signing the benchmark's coach in, and reading the collector's counters. Sourced, not run. The
# caller sets root (the checkout), tmp (its scratch directory: the database and the app's log go
# there), APP_DIR (what bin/prepare.sh wrote), JAVA_OPTS, CONNECTIONS and THREADS, and calls
# listen_on_free_port before starting the app.

pid=
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
status_of() { curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$@" || true; }
csrf_of() { curl -s -c "$2" -b "$2" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
fail() {
  echo "FAILED: $*" >&2
  if [ -f "$tmp/app.log" ]; then grep -A8 ' ERROR ' "$tmp/app.log" | tail -30 >&2 || true; fi
  exit 1
}
# A free port of 127.0.0.1 for the app: sets port, base and app_args. The per-client-address rate
# limit on anonymous plan creation and log writes (crampproof.rate-limit.per-minute, default 30) is
# lifted so that a run measures the app, not the limiter: every request here comes from 127.0.0.1.
listen_on_free_port() {
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  base="http://127.0.0.1:$port"
  app_args=(--server.port="$port" --crampproof.rate-limit.per-minute=100000000)
}

# The default URL's options (application.properties: WRITE_DELAY, CACHE_SIZE), read from there so
# that a run measures what the app ships with, on a file of its own.
h2_options=$(sed -n 's/^spring\.datasource\.url=jdbc:h2:file:[^;]*//p' "$root/src/main/resources/application.properties")
[ -n "$h2_options" ] || fail "no H2 options in the default URL of application.properties"

# Starts the app on $tmp/db (or the database path given) and waits for its first page: sets pid and
# startup_ms.
start_app() { # [DATABASE_PATH]
  local started db=${1:-$tmp/db}
  started=$(date +%s%N)
  (cd "$tmp" && SPRING_DATASOURCE_URL="jdbc:h2:file:$db$h2_options" JAVA_OPTS="$JAVA_OPTS" exec "$root/bin/start.sh" \
    "${app_args[@]}" >> "$tmp/app.log" 2>&1) &
  pid=$!
  until [ "$(status_of "$base/")" = 200 ]; do
    kill -0 "$pid" 2> /dev/null || { tail -40 "$tmp/app.log" >&2; fail "the app exited during start-up"; }
    [ "$(ms_since "$started")" -lt 180000 ] || fail "no 200 from GET / within 3 minutes"
    sleep 0.05
  done
  startup_ms=$(ms_since "$started")
}
stop_app() {
  if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
    kill "$pid" 2> /dev/null || true              # graceful shutdown: requests in flight finish
    for _ in $(seq 1 300); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2> /dev/null; then kill -9 "$pid" 2> /dev/null || true; fi
    wait "$pid" 2> /dev/null || true
  fi
  pid=
}

# bin/jvm.options as the JVM reads it (an argument file: # starts a comment), and JAVA_OPTS after it.
shipped_jvm_options() { echo "$(sed 's/#.*//' "$root/bin/jvm.options" | xargs)${JAVA_OPTS:+ $JAVA_OPTS}"; }

# The coach who holds every seeded athlete (bench/load.sh signs them up).
coach_name="Bench Coach" coach_email=bench-coach@example.com coach_password="correct horse battery"
sign_in() { # COOKIE_JAR: signs the coach in, the session cookie lands in the jar
  local csrf code
  csrf=$(csrf_of "$base/coach/sign-in" "$1")
  code=$(status_of -c "$1" -b "$1" --data-urlencode "email=$coach_email" \
    --data-urlencode "password=$coach_password" --data-urlencode "_csrf=$csrf" "$base/coach/sign-in")
  [ "$code" = 302 ] || fail "coach sign-in answered $code, not 302"
}
session_cookie_of() { echo "JSESSIONID=$(grep JSESSIONID "$1" | awk '{print $NF}')"; } # COOKIE_JAR

# Memory allocated per request over a measured run, from the JVM's own counters (jstat -gc,
# beside the java that runs the app): the collections in between, each an eden's worth (the
# serial collector collects when eden is full), plus what eden gained. An estimate (a full
# collection may come before eden is full; while the heap still grows, as in a run's first round,
# each collection is counted at the larger eden of the end), and steadier than req/s when the
# machine is busy (docs/performance.md, "Thirteenth round").
# A tool of the JDK that runs the app (bin/prepare.sh writes its java's path), e.g. jstat or jcmd.
jdk_tool() { echo "$(dirname "$(cat "$APP_DIR/java" 2> /dev/null || command -v java)")/$1"; }
gc_counters() { "$(jdk_tool jstat)" -gc "$pid" 2> /dev/null || true; }
# And the collections during the run, young and full, with the time the app stood still for each
# kind: a full collection of the serial collector stops it for 100-300 ms, enough to decide a p99
# on its own when it falls into the measured 30 s (docs/performance.md, "Sixteenth round"); and the
# old generation before and after, which fills with what young collections promote until a full
# collection empties it.
memory_of_run() { # BEFORE AFTER REQUESTS: two outputs of gc_counters; prints "kB a request|collections|old generation"
  python3 - "$@" << 'PY'
import sys
def number(value):  # "-" for what the collector does not have
    try:
        return float(value)
    except ValueError:
        return 0.0
def counters(text):
    lines = text.split("\n")
    return dict(zip(lines[0].split(), map(number, lines[1].split()))) if len(lines) > 1 else None
before, after = counters(sys.argv[1]), counters(sys.argv[2])
if not before or not after or int(sys.argv[3]) == 0:
    print("n/a|n/a|n/a")
else:
    young, full = after["YGC"] - before["YGC"], after["FGC"] - before["FGC"]
    allocated = (young + full) * after["EC"] + after["EU"] - before["EU"]
    young_ms, full_ms = (after[k] - before[k] for k in ("YGCT", "FGCT"))
    print(f"{allocated / int(sys.argv[3]):.0f} kB|{young:.0f} young, {young_ms * 1000:,.0f} ms; {full:.0f} full, {full_ms * 1000:,.0f} ms"
          f"|{before['OU'] / 1024:.1f} → {after['OU'] / 1024:.1f} MB")
PY
}

# A field of wrk's RESULT line (bench/wrk/common.lua): result_field NAME RESULT.
result_field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< "$2"; }
# Answers that went wrong in a RESULT line: socket errors and timeouts, and the answers with
# another status than expected (a script that counts those counts the errors among them too).
error_count() {
  local status unexpected
  status=$(result_field status_errors "$1") unexpected=$(result_field unexpected "$1")
  echo $(( $(result_field socket_errors "$1") + (unexpected > status ? unexpected : status) ))
}

# How wrk drives each endpoint: sets wrk_script and wrk_args for ENDPOINT (page, json, form or
# roster) from the seeded plans' TOKENS file, the RACES the form picks from (comma-separated) and
# the signed-in coach's session COOKIE. The roster's pages are 25 athletes (coach.Roster.PAGE_SIZE).
wrk_load_of() { # ENDPOINT TOKENS RACES COOKIE
  case $1 in
    page) wrk_script=bench/wrk/plans.lua wrk_args=(/plans/ "$2") ;;
    json) wrk_script=bench/wrk/plans.lua wrk_args=(/api/plans/ "$2") ;;
    form) wrk_script=bench/wrk/form.lua wrk_args=("$base" "$3" $(( CONNECTIONS / THREADS ))) ;;
    roster) wrk_script=bench/wrk/roster.lua wrk_args=("$4" $(( ($(wc -l < "$2") + 24) / 25 ))) ;;
    *) fail "no endpoint $1" ;;
  esac
}
