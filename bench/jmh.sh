#!/usr/bin/env bash
# JMH benchmark of the plan generator (bench/jmh/java/dev/crampproof/bench/PlanGenerationBenchmark.java):
# a 13-week block with 2 cramp muscles, target median <= 20 us. About 1 minute: 3 warm-up and
# 5 measured iterations of 2 s per benchmark, 1 fork. Only the jmh profile compiles it; ./mvnw
# verify does not. Prints JMH's table, then the median of each benchmark from
# target/jmh-result.json. Extra Maven options pass through, e.g. bench/jmh.sh -Djmh.args="-prof gc".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pjmh test-compile exec:exec "$@"
python3 - target/jmh-result.json <<'PY'
import json, sys
for r in json.load(open(sys.argv[1])):
    m = r["primaryMetric"]
    median = m["scorePercentiles"]["50.0"]
    verdict = "ok" if median <= 20 else "OVER the 20 us target"
    print(f'{r["benchmark"].rsplit(".", 1)[-1]:<14} median {median:7.2f} {m["scoreUnit"]}  '
          f'p99 {m["scorePercentiles"]["99.0"]:7.2f}  mean {m["score"]:7.2f}  ({verdict})')
PY
