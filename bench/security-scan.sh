#!/usr/bin/env bash
# Runs two scanners, sqlmap and wapiti (Debian packages), against Cramp-Proof on 127.0.0.1 only:
# the runner's form, plan pages, the JSON API, and the signed-in coach pages. Builds the jar,
# starts it on a free port with a fresh H2 database in a temporary directory, over HTTPS with a
# throw-away self-signed certificate (as in production, where TLS is what makes HSTS and Secure
# cookies apply), seeds a coach (signed in) and a plan joined to that coach, scans, prints a
# summary and stops the app by itself.
# Reports go to target/security-scan/. The findings and what was done about them: docs/security.md.
#
# Usage: bench/security-scan.sh            (sqlmap level 2 and a wapiti crawl; 30 minutes or more)
#        QUICK=1 bench/security-scan.sh    (sqlmap level 1, shorter wapiti run; for trying the script)
#        SCANNERS=wapiti bench/security-scan.sh   (one scanner only: sqlmap or wapiti)
#
# The app runs with the write limit raised (crampproof.rate-limit.per-minute): at 30 writes a minute
# the scanners would mostly measure the limiter, not the code behind it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlmap >/dev/null && command -v wapiti >/dev/null || {
  echo "needs sqlmap and wapiti: apt-get install -y sqlmap wapiti" >&2; exit 2; }

out=target/security-scan
rm -rf "$out" && mkdir -p "$out"
quick=${QUICK:-}
scanners=${SCANNERS:-sqlmap wapiti}
level=$([ -n "$quick" ] && echo 1 || echo 2)
scan_time=$([ -n "$quick" ] && echo 240 || echo 900)
attack_time=$([ -n "$quick" ] && echo 60 || echo 240)

./mvnw -B -q package -DskipTests
jar=$(ls target/cramp-proof-*.jar | grep -v original | head -1)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="https://127.0.0.1:$port"
data=$(mktemp -d)
store_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
keytool -genkeypair -alias scan -keyalg RSA -keysize 2048 -storetype PKCS12 -keystore "$data/tls.p12" \
  -storepass "$store_password" -dname "CN=127.0.0.1" -ext "SAN=ip:127.0.0.1" -validity 2 >/dev/null 2>&1
curl() { command curl -k "$@"; }   # the certificate is our own throw-away one
java -Xmx384m -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
  --server.ssl.enabled=true --server.ssl.key-store="$data/tls.p12" --server.ssl.key-store-type=PKCS12 \
  --server.ssl.key-store-password="$store_password" \
  --spring.datasource.url="jdbc:h2:file:$data/db;WRITE_DELAY=0" \
  --crampproof.rate-limit.per-minute=100000000 >"$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -sf "$base/actuator/health" >/dev/null && break
  sleep 0.5
done

# --- seed: a coach signed in with a cookie jar, a plan joined to the coach, a logged session ---
cookies="$out/coach.cookies"
csrf_of() { curl -s -c "$cookies" -b "$cookies" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
email="scan-$RANDOM@example.org"
password="a long enough scan password"
curl -s -o /dev/null -c "$cookies" -b "$cookies" "$base/coach/sign-up" \
  --data-urlencode "_csrf=$(csrf_of "$base/coach/sign-up")" --data-urlencode "name=Scan Coach" \
  --data-urlencode "email=$email" --data-urlencode "password=$password"
curl -s -o /dev/null -c "$cookies" -b "$cookies" "$base/coach/sign-in" \
  --data-urlencode "_csrf=$(csrf_of "$base/coach/sign-in")" --data-urlencode "email=$email" \
  --data-urlencode "password=$password"
code=$(curl -s -b "$cookies" "$base/coach" | grep -o 'class="code">[A-Z0-9]*' | sed 's/.*>//')
session=$(awk '$6 == "JSESSIONID" {print $7}' "$cookies")
[ -n "$code" ] && [ -n "$session" ] || { echo "could not sign the coach in" >&2; exit 1; }
plan='{"runnerName":"Scan Runner","raceName":"Scan Marathon","raceDate":"2027-04-18","weeklyMileage":30,"mileageUnit":"MILES","crampFrequency":"SOMETIMES","crampMuscles":["CALF"],"liftingExperience":"SOME","coachCode":"'$code'"}'
token=$(curl -s "$base/api/plans" -H 'Content-Type: application/json' -d "$plan" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
sid=$(curl -s "$base/api/plans/$token" | python3 -c 'import json,sys; p=json.load(sys.stdin); print(p["weeks"][0]["sessions"][0]["id"])')
curl -s -o /dev/null -X PUT "$base/api/plans/$token/sessions/$sid/log" -H 'Content-Type: application/json' \
  -d '{"status":"SKIPPED","note":"scan note"}'
key=$(curl -s -b "$cookies" "$base/api/coach/athletes" | python3 -c 'import json,sys; print(json.load(sys.stdin)["athletes"][0]["key"])')
echo "app on $base, plan $token, athlete $key"

# --- sqlmap: every parameter and path segment that reaches a query ---
sqlmap_run() { # name, then sqlmap arguments
  local name=$1; shift
  local threads=4
  case "$*" in *--csrf-token*) threads=1 ;; esac   # sqlmap refreshes CSRF tokens one request at a time
  sqlmap --batch --level="$level" --risk=1 --threads="$threads" --time-sec=2 --disable-coloring --flush-session \
    --output-dir="$out/sqlmap" "$@" >"$out/sqlmap-$name.log" 2>&1 || true
  if grep -q "identified the following injection point" "$out/sqlmap-$name.log"; then
    echo "sqlmap $name: INJECTABLE"; echo "$name" >>"$out/sqlmap-findings"
  else
    echo "sqlmap $name: $(grep -o "parameter '[^']*' does not seem to be injectable" "$out/sqlmap-$name.log" | sort -u | wc -l) parameters tested, none injectable"
  fi
}
touch "$out/sqlmap-findings"
if [[ " $scanners " == *" sqlmap "* ]]; then
json='Content-Type: application/json'
sqlmap_run api-create -u "$base/api/plans" --method POST -H "$json" --data "$plan"
sqlmap_run api-plan -u "$base/api/plans/$token*"
sqlmap_run api-log -u "$base/api/plans/$token/sessions/$sid/log" --method PUT -H "$json" \
  --data '{"status":"SKIPPED","rpe":5,"note":"scan"}'
sqlmap_run plan-page -u "$base/plans/$token*" --text-only
sqlmap_run plan-form -u "$base/plans" --data "_csrf=x&runnerName=Scan&raceName=Scan&raceDate=2027-04-18&weeklyMileage=30&mileageUnit=MILES&crampFrequency=SOMETIMES&crampMuscles=CALF&liftingExperience=SOME&coachCode=" \
  --csrf-token=_csrf --csrf-url="$base/" --skip=_csrf
sqlmap_run log-form -u "$base/plans/$token/sessions/$sid/log" --data "_csrf=x&status=SKIPPED&rpe=5&note=scan" \
  --csrf-token=_csrf --csrf-url="$base/plans/$token" --skip=_csrf
sqlmap_run roster -u "$base/coach?name=scan&cramped=false&sort=name&dir=asc&page=0" --cookie="JSESSIONID=$session" --text-only
# The athlete review page carries a freshly masked CSRF token in each of its ~50 forms, so it
# differs on every load and sqlmap's search for dynamic content never ends; its JSON twin runs the
# same lookup (by key and signed-in coach).
sqlmap_run coach-api-athlete -u "$base/api/coach/athletes/$key*" --cookie="JSESSIONID=$session"
sqlmap_run coach-api -u "$base/api/coach/athletes?name=scan&sort=name&dir=asc&page=0" --cookie="JSESSIONID=$session"
fi

# --- wapiti: crawl and attack, signed out and then signed in as the coach ---
wapiti_python=$(head -1 "$(command -v wapiti)" | sed 's/^#! *//; s/ .*//')   # the Python wapiti was installed for
# Not xxe or ssrf: they call wapiti's server on the internet (and the app takes no XML).
modules="sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,http_headers,cookieflags,csp,csrf,methods,htaccess"
wapiti_run() { # name, then wapiti arguments
  local name=$1; shift
  "$wapiti_python" bench/wapiti.py -u "$base/" --scope folder -m "$modules" --flush-session --max-scan-time "$scan_time" \
    --max-attack-time "$attack_time" -d 4 --max-links-per-page 60 -x "$base/coach/sign-out" -x "$base/actuator/" \
    -f json -o "$out/wapiti-$name.json" "$@" >"$out/wapiti-$name.log" 2>&1 || true
}
if [[ " $scanners " == *" wapiti "* ]]; then
wapiti_run signed-out -s "$base/plans/$token" -s "$base/coach/sign-up" -s "$base/coach/sign-in"
python3 - "$session" >"$out/wapiti-cookies.json" <<'EOF'
import json, sys
print(json.dumps({"127.0.0.1": {"/": {"JSESSIONID": {"value": sys.argv[1], "version": 0, "secure": True, "expires": None, "port": None}}}}))
EOF
wapiti_run coach -c "$out/wapiti-cookies.json" -s "$base/coach" -s "$base/coach/athletes/$key"
fi

# --- summary ---
python3 - "$out" <<'EOF'
import json, os, sys
out = sys.argv[1]
print("\n%-12s %-34s %s" % ("scan", "category", "findings"))
for name in ("signed-out", "coach"):
    path = os.path.join(out, "wapiti-%s.json" % name)
    if not os.path.exists(path):
        print("%-12s %-34s %s" % (name, "(no report: see wapiti-%s.log)" % name, "?"))
        continue
    report = json.load(open(path))
    for section in ("vulnerabilities", "anomalies"):
        for category, found in sorted(report.get(section, {}).items()):
            if found:
                print("%-12s %-34s %d" % (name, category, len(found)))
                for item in found:
                    print("    %s %s: %s" % (item.get("method"), item.get("path"), item.get("info", "")[:160]))
    found = [line for line in open(os.path.join(out, "wapiti-%s.log" % name)) if "URLs and forms" in line]
    print("%-12s %-34s %s" % (name, "(URLs and forms found)", found[-1].split("found")[1].split("URLs")[0].strip() if found else "?"))
sql = open(os.path.join(out, "sqlmap-findings")).read().split()
print("%-12s %-34s %d %s" % ("sqlmap", "injectable targets", len(sql), " ".join(sql)))
EOF
echo "server errors in the app log: $(grep -c ' ERROR ' "$out/app.log" || true)"
