#!/usr/bin/env python3
"""CPU per event in each rebuild round of an EventFlowBenchmarkTest log, from cpu-sampler.py's samples, and the
busiest threads of the test JVM and PostgreSQL processes in it. Usage: cpu-window.py LOG SAMPLES"""
import collections, os, re, sys, datetime
log, samples = open(sys.argv[1]).read(), [list(map(int, l.split())) for l in open(sys.argv[2]) if l.strip()]
detail = collections.defaultdict(dict)  # time -> (kind, id, name) -> ticks
if os.path.exists(sys.argv[2] + '.detail'):
    for line in open(sys.argv[2] + '.detail'):
        ms, kind, ident, name, ticks = line.split()
        detail[int(ms)][(kind, ident, name)] = int(ticks)
def detail_at(ms):
    before = [t for t in detail if t <= ms]
    return detail[max(before)] if before else {}
def busiest(a_ms, b_ms, n, kind, top):
    """µs of CPU per event of the kind's busiest threads or processes, twins (same name) added up unless they are the consumer's."""
    a, b, sums = detail_at(a_ms), detail_at(b_ms), collections.Counter()
    for key, ticks in b.items():
        if key[0] == kind:
            name = key[2] if kind == 'pg' or key[2].startswith('consumer') else re.sub(r'\d+$', 'N', key[2])
            sums[name + (' #' + key[1] if key[2].startswith('consumer') or kind == 'pg' else '')] += ticks - a.get(key, 0)
    return ', '.join(f"{name} {ticks * 10000 / n:.1f}" for name, ticks in sums.most_common(top) if ticks > 0)
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
    if detail:
        print(f"   JVM threads (µs per event): {busiest(a[0], b[0], n, 'jvm', 6)}")
        print(f"   PostgreSQL processes (µs per event): {busiest(a[0], b[0], n, 'pg', 3)}")
