#!/bin/bash
# Runs reporting's EventFlowBenchmarkTest and prints, for each rebuild round, the CPU time per event of the service's
# JVM, its PostgreSQL and its Kafka (sampled from /proc every 0.5 s by cpu-sampler.py), how busy the machine was, and
# the busiest threads of the JVM and processes of PostgreSQL.
# Needs python3. Usage, from the repository's root: docs/bench/rebuild-cpu.sh LABEL [more Maven arguments]
# The log and the samples stay in /tmp/ef-LABEL.log, /tmp/ef-LABEL.cpu and /tmp/ef-LABEL.cpu.detail.
label=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
./mvnw -B -o -pl reporting-service verify -Pbenchmark -Dtest=EventFlowBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dasn.infra.dist="$PWD/local-infra/target/dist" "$@" > /tmp/ef-$label.log 2>&1 &
mvn=$!
python3 "$here/cpu-sampler.py" $mvn /tmp/ef-$label.cpu &
wait $mvn
sleep 1
grep -E "BENCHMARK" /tmp/ef-$label.log
python3 "$here/cpu-window.py" /tmp/ef-$label.log /tmp/ef-$label.cpu
