#!/usr/bin/env bash
# Times the coach roster (page of 25, every sort column) with curl, signed in with a cookie jar.
# Pages vary so that H2's result cache (which answers a repeated identical query) is not measured.
# Usage: bench/roster-latency.sh BASE_URL COOKIE_JAR [REQUESTS_PER_SORT]
set -euo pipefail
base=${1:?base url}; jar=${2:?cookie jar of a signed-in coach}; n=${3:-50}
case "$base" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "local targets only" >&2; exit 2 ;; esac
printf '%-11s %8s %8s %8s\n' sort p50_ms p99_ms max_ms
for sort in name race weeks phase completion cramp secondDay unread; do
  for i in $(seq 1 "$n"); do
    curl -s -o /dev/null -b "$jar" --fail -w '%{time_total}\n' "$base/coach?sort=$sort&dir=desc&page=$(( i % 400 ))"
  done | sort -n | awk -v s="$sort" '{t[NR]=$1*1000} END {p50=t[int(NR*0.5)]; p99=t[int(NR*0.99)]; printf "%-11s %8.1f %8.1f %8.1f\n", s, p50, p99, t[NR]}'
done
