#!/usr/bin/env bash
# Seeds one coach's roster through the public API: N plans (default 10000) that join the coach
# with CODE, spread over names and race dates. Usage: bench/seed-roster.sh BASE_URL CODE [N]
# Targets a local app only; stops by itself after N requests.
set -euo pipefail
base=${1:?base url, e.g. http://127.0.0.1:8080}
code=${2:?invite code}
count=${3:-10000}
case "$base" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "local targets only" >&2; exit 2 ;; esac
seq 1 "$count" | xargs -P 4 -I{} sh -c '
  n={}; weeks=$(( 5 + n % 30 )); race=$(date -d "+$weeks weeks" +%F)
  curl -s -o /dev/null -w "%{http_code}\n" -X POST "'"$base"'/api/plans" -H "Content-Type: application/json" \
    -d "{\"runnerName\":\"Runner $n\",\"raceDate\":\"$race\",\"weeklyMileage\":$(( 20 + n % 40 )),\"mileageUnit\":\"MILES\",\"crampFrequency\":\"SOMETIMES\",\"crampMuscles\":[\"CALF\"],\"liftingExperience\":\"SOME\",\"coachCode\":\"'"$code"'\"}"
' | sort | uniq -c
