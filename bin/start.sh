#!/usr/bin/env bash
# Starts the app the production way (README, "Running in production"), from the directory that
# bin/prepare.sh wrote (APP_DIR, default target/app):
#   MALLOC_ARENA_MAX=2 JAVA @bin/jvm.options -Dspring.aot.enabled=true \
#     -XX:AOTCache=APP_DIR/cramp-proof.aot -jar APP_DIR/cramp-proof.jar [app arguments]
# (without -Dspring.aot.enabled=true when a profile is active: below). JAVA is the java that
# bin/prepare.sh used (APP_DIR/java), for which its archive was written: on Java 25 or newer an
# ahead-of-time cache (-XX:AOTCache=…aot), before that a class data sharing archive
# (-XX:SharedArchiveFile=…jsa).
# JAVA_OPTS: extra JVM options, after those of bin/jvm.options (a later option wins).
# Configuration as usual: environment variables (SPRING_DATASOURCE_URL, …) or --name=value
# arguments. The H2 database's default ./data is relative to the directory you start from.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${APP_DIR:-$root/target/app}
[ -f "$dir/cramp-proof.jar" ] || { echo "no $dir/cramp-proof.jar: run bin/prepare.sh first" >&2; exit 2; }
dir=$(cd "$dir" && pwd) # as bin/prepare.sh recorded it in the archive
java=java
if [ -f "$dir/java" ]; then
  java=$(cat "$dir/java")
  [ -x "$java" ] || { echo "$java, which bin/prepare.sh used for $dir, is gone: run bin/prepare.sh again" >&2; exit 2; }
fi
if [ -f "$dir/cramp-proof.aot" ]; then
  archive=-XX:AOTCache=$dir/cramp-proof.aot
elif [ -f "$dir/cramp-proof.jsa" ]; then
  archive=-XX:SharedArchiveFile=$dir/cramp-proof.jsa
else
  archive=
  echo "no class archive in $dir: start-up will be slow (bin/prepare.sh writes it)" >&2
fi

# glibc gives threads that allocate at the same time malloc arenas of their own, up to 8 per core,
# and keeps freed memory in each; two are enough for an app whose threads allocate on the Java
# heap, and cost less memory (docs/performance.md, "Start-up and memory").
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# Spring's ahead-of-time processing of the default set-up, built into the jar: the beans are
# known, not worked out from the configuration classes and their conditions at every start (about
# half a second; docs/performance.md, "Start-up, sixth round"). Only for that set-up: not when a
# profile is active (postgres), and not with CRAMPPROOF_AOT=off. The app refuses a start that
# uses it with a profile or a setting it cannot honour (system.AheadOfTimeCheck).
profile=${SPRING_PROFILES_ACTIVE:-}
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
for arg in ${JAVA_OPTS:-} "$@"; do
  case $arg in --spring.profiles.active=* | -Dspring.profiles.active=*) profile=${arg#*=} ;; esac
done
aot=
if [ -z "$profile" ] && [ "${CRAMPPROOF_AOT:-on}" != off ]; then
  aot=-Dspring.aot.enabled=true
fi

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "$java" @"$root/bin/jvm.options" $aot ${JAVA_OPTS:-} ${archive:+"$archive"} -jar "$dir/cramp-proof.jar" "$@"
