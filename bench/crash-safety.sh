#!/usr/bin/env bash
# Crash safety: start the jar, send 200 concurrent plan creations, kill -9 the JVM mid-way,
# restart on the same database, then check that every creation answered 201 is readable and
# that no half-written plan exists (every plan has all its sessions, every session its
# exercises). Usage: bench/crash-safety.sh h2|postgres   (local targets only; stops by itself)
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-h2}
port=18080
work=$(mktemp -d)
jar=$(ls target/cramp-proof-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests; jar=$(ls target/cramp-proof-*.jar | head -1); fi
h2jar=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort | tail -1)

if [ "$kind" = postgres ]; then
  db="crampproof_crash_$$"
  createdb -h 127.0.0.1 -U postgres "$db"
  args=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db")
  sql() { psql -h 127.0.0.1 -U postgres -d "$db" -tAc "$1"; }
else
  args=("--spring.datasource.url=jdbc:h2:file:$work/crampproof;WRITE_DELAY=0")
  sql() { java -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:$work/crampproof" -user sa -sql "$1" | sed -n 2p; }
fi

start() {
  java -jar "$jar" "${args[@]}" --server.port=$port > "$work/app-$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null && return 0
    sleep 0.5
  done
  echo "app did not start" >&2; exit 1
}

start 1
race=$(date -d "+20 weeks" +%F)
body="{\"runnerName\":\"Crash Runner\",\"raceDate\":\"$race\",\"weeklyMileage\":30,\"mileageUnit\":\"MILES\",\"crampFrequency\":\"SOMETIMES\",\"crampMuscles\":[\"CALF\"],\"liftingExperience\":\"SOME\"}"
expected=$(curl -s -X POST "http://127.0.0.1:$port/api/plans" -H 'Content-Type: application/json' -d "$body" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(len(w["sessions"]) for w in d["weeks"]))')

# 200 creations, 20 at a time; the JVM is killed while they are in flight.
( seq 1 200 | xargs -P 20 -I{} curl -s -m 10 -o /dev/null -D - -X POST "http://127.0.0.1:$port/api/plans" \
    -H 'Content-Type: application/json' -d "$body" 2>/dev/null | grep -i '^location:' > "$work/answered.txt" ) &
sender=$!
sleep 1.5
kill -9 "$pid"
wait "$sender" || true
answered=$(wc -l < "$work/answered.txt")

start 2
missing=0
while read -r _ location; do
  location=$(echo "$location" | tr -d '\r')
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$location")
  [ "$code" = 200 ] || missing=$((missing + 1))
done < "$work/answered.txt"
kill "$pid"; wait "$pid" 2>/dev/null || true

plans=$(sql "select count(*) from plan")
half=$(sql "select count(*) from plan p where (select count(*) from strength_session s where s.plan_id = p.id) <> $expected")
bare=$(sql "select count(*) from strength_session where exercises = ''")
[ "$kind" = postgres ] && dropdb -h 127.0.0.1 -U postgres "$db"
rm -rf "$work"

echo "database=$kind answered_201=$answered readable_after_restart=$((answered - missing)) plans_stored=$plans half_written_plans=$half sessions_without_exercises=$bare sessions_per_plan=$expected"
[ "$missing" = 0 ] && [ "$half" = 0 ] && [ "$bare" = 0 ]
