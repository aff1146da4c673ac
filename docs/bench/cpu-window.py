#!/usr/bin/env python3
"""CPU per event in each rebuild round of an EventFlowBenchmarkTest log, from cpu-sampler.py's samples. Usage: cpu-window.py LOG SAMPLES"""
import re, sys, datetime
log, samples = open(sys.argv[1]).read(), [list(map(int, l.split())) for l in open(sys.argv[2]) if l.strip()]
def at(ms):
    before = [s for s in samples if s[0] <= ms]
    return before[-1] if before else samples[0]
for m in re.finditer(r'round (\d+), POST /admin/read-model/rebuild replayed (\d+) events from (\S+) to (\S+): (\d+) events/s', log):
    rnd, n = m.group(1), int(m.group(2))
    t = [datetime.datetime.fromisoformat(x.rstrip('Z')[:26]).replace(tzinfo=datetime.timezone.utc).timestamp() * 1000 for x in (m.group(3), m.group(4))]
    a, b = at(t[0]), at(t[1])
    us = [(b[i] - a[i]) * 10000 / n for i in (1, 2, 3)]  # ticks of 10 ms -> µs per event
    busy = (b[4] - a[4]) / max(1, b[5] - a[5]) * 100
    print(f"round {rnd}: {m.group(5)} events/s; CPU per event JVM {us[0]:.0f} + PostgreSQL {us[1]:.0f} + Kafka {us[2]:.0f} = {sum(us):.0f} µs; machine busy {busy:.0f} %")
