#!/usr/bin/env bash
# The web load test: fills web/target/loadtest-data/ with 100,000 SYNTHETIC events (once; later runs reuse them),
# starts `entente serve`'s server on loopback and measures requests/s and p50/p99 latency of the search and the
# event page with wrk (Debian package `wrk`; a Java generator stands in when it is missing), 20 s per scenario.
# Options go to org.entente.web.load.LoadRun: --events N --duration S --connections C --data DIR, or
# --db JDBC-URL for PostgreSQL (an empty database or schema; filled on first use).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
# the reactor's own classes (core/target/classes, store/target/classes): nothing is installed into ~/.m2, where
# another checkout's build would pick it up
./mvnw -B -q -pl web -am test-compile dependency:build-classpath -Dmdep.outputFile=target/loadtest.classpath \
  -Dmdep.includeScope=test >/dev/null
cd web
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/loadtest.classpath)" \
  org.entente.web.load.LoadRun "$@"
