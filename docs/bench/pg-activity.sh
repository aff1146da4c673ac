#!/bin/bash
# Samples, every 0.2 s, the statements running in the PostgreSQL that a test JVM of this repository started (the one
# whose working directory is under REPO), and appends "time|database|statement" lines to OUT. Run it beside a benchmark,
# stop it with kill, then count the statements:  cut -d'|' -f3 OUT | cut -c1-100 | sort | uniq -c | sort -rn
# Needs psql (Debian package postgresql-client). Usage: docs/bench/pg-activity.sh OUT [REPO]
out=$1
repo=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
while true; do
  for run in /tmp/openasn-infra/runs/*/; do
    jvm=$(basename "$run" | cut -d- -f1)
    [[ "$(readlink /proc/$jvm/cwd 2>/dev/null)" == "$repo"* ]] || continue
    port=$(ps -eo args | grep "[p]ostgres -D ${run}postgres/data" | sed -n 's/.* -p \([0-9]*\).*/\1/p' | head -1)
    [ -n "$port" ] || continue
    PGPASSWORD=$(cat "${run}postgres/password") psql -h 127.0.0.1 -p "$port" -U asn -d postgres -Atc \
      "SELECT now(), datname, left(regexp_replace(query, '\s+', ' ', 'g'), 140) FROM pg_stat_activity
       WHERE state = 'active' AND pid <> pg_backend_pid()" >> "$out" 2>/dev/null
  done
  sleep 0.2
done
