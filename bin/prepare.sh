#!/usr/bin/env bash
# Prepares the built jar to run in production (README, "Running in production"; bin/start.sh runs
# it). Two steps:
#   1. extracts target/cramp-proof-*.jar into APP_DIR (default target/app): cramp-proof.jar with
#      the app's classes and a manifest that lists lib/*.jar, the libraries as plain jars. Classes
#      load faster from plain jars than from jars nested in the executable jar, and class data
#      sharing works only with plain jars;
#   2. a training run writes a class archive: the app starts
#      once, against a throw-away H2 database in a temporary directory (never the real one; the
#      Flyway migrations run there), serves its first page and is stopped; at exit the JVM
#      archives every class it loaded, parsed and verified. Later starts map that file instead of
#      loading those classes one by one: about half of the start-up's CPU time (docs/performance.md).
#      On Java 25 or newer the archive is an ahead-of-time cache (cramp-proof.aot,
#      -XX:AOTCacheOutput, JEP 483/515): the classes also linked, with the training run's method
#      profiles; the first page comes sooner than with Java 17's archive (docs/performance.md,
#      "Eleventh round"). On Java 17 to 24, a class data sharing archive (cramp-proof.jsa,
#      -XX:ArchiveClassesAtExit).
# The java is JAVA_HOME's when set, else the first on PATH; its path is written to APP_DIR/java,
# and bin/start.sh starts that one: the archive is only good for the same java, the same jars and
# the same absolute path of APP_DIR. After a new build, another JDK or moving APP_DIR, run this
# again. A JVM that finds the archive stale says nothing and starts slowly (bench/load.sh checks
# that the archive is in use).
#
# Usage: ./mvnw -B package -DskipTests && bin/prepare.sh        (then bin/start.sh)
#        APP_DIR=/srv/cramp-proof bin/prepare.sh                 (somewhere else)
#        JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bin/prepare.sh    (another java)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${APP_DIR:-$root/target/app}

jar=$(ls "$root"/target/cramp-proof-*.jar 2> /dev/null | grep -v '\.original$' | head -1 || true)
[ -n "$jar" ] || { echo "no jar in $root/target: build it first (./mvnw -B package -DskipTests)" >&2; exit 2; }
# The directory is emptied first, so that no library of an older build stays in lib/; anything but
# an earlier extraction is left alone.
if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ] && [ ! -f "$dir/cramp-proof.jar" ]; then
  echo "$dir is not empty and holds no cramp-proof.jar: not overwriting it" >&2
  exit 2
fi
rm -rf "$dir"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd) # the archive records the jars' paths as given: always absolute

java=$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java") || { echo "no java (JAVA_HOME: ${JAVA_HOME:-unset})" >&2; exit 2; }
java=$(readlink -f "$java")
release=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
if [ "${release%%.*}" -ge 25 ]; then
  archive=$dir/cramp-proof.aot write=-XX:AOTCacheOutput=$archive
else
  archive=$dir/cramp-proof.jsa write=-XX:ArchiveClassesAtExit=$archive
fi

echo "extracting $jar into $dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" --application-filename cramp-proof.jar > /dev/null
echo "$java" > "$dir/java"

echo "training run with Java $release (writes $archive; log: $dir/training.log)"
train=$(mktemp -d "${TMPDIR:-/tmp}/crampproof-training.XXXXXX")
trap 'rm -rf "$train"' EXIT
# Only the H2 database of the training run: no profile, no database account from the environment;
# so the default set-up, started as bin/start.sh starts it, with Spring's ahead-of-time processing
# (a start with a profile, without it, still uses the archive, only for fewer of its classes).
# The app starts on a port of its own choosing on 127.0.0.1, answers GET / once (so the classes of
# a first request are archived too: the dispatcher servlet's, the security filters', the home
# page's template), and is stopped (SIGTERM: a graceful shutdown, then the JVM writes the archive).
# The JVM warns about classes it cannot archive (old bytecode, generated accessors): harmless,
# they are in the log.
(cd "$train" && exec env -u SPRING_PROFILES_ACTIVE -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  -u SERVER_PORT -u SERVER_ADDRESS SPRING_DATASOURCE_URL="jdbc:h2:file:$train/db" \
  "$java" @"$root/bin/jvm.options" -Dspring.aot.enabled=true "$write" \
  -jar "$dir/cramp-proof.jar" --server.port=0 --server.address=127.0.0.1) > "$dir/training.log" 2>&1 &
app=$!
trap 'kill "$app" 2> /dev/null || true; rm -rf "$train"' EXIT
page=
for _ in $(seq 1 1800); do # up to 3 minutes (a busy machine)
  kill -0 "$app" 2> /dev/null || break
  port=$(grep -o 'Tomcat started on port [0-9]*' "$dir/training.log" | grep -o '[0-9]*$' || true)
  if [ -n "$port" ] && [ "$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = 200 ]; then
    page=200
    # readiness (the database included) once the context has started: every bean is set up
    for _ in $(seq 1 600); do
      [ "$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" || true)" = 200 ] && break
      sleep 0.1
    done
    break
  fi
  sleep 0.1
done
kill "$app" 2> /dev/null || true
status=0
wait "$app" || status=$?
trap 'rm -rf "$train"' EXIT
# 143: stopped by SIGTERM, as intended
if [ "$page" != 200 ] || { [ "$status" != 0 ] && [ "$status" != 143 ]; } || [ ! -s "$archive" ]; then
  tail -40 "$dir/training.log" >&2
  echo "the training run failed (GET / ${page:-never answered 200}, exit status $status; log: $dir/training.log)" >&2
  exit 1
fi
echo "ready: $(du -sh "$dir" | cut -f1) in $dir; start with bin/start.sh"
