#!/usr/bin/env python3
"""Samples, every 0.5 s, the CPU (user+system, incl. reaped children) of the descendants of a process, by kind:
the test JVM (surefire), PostgreSQL, other JVMs (Kafka); and the machine's busy share. Also writes OUT.detail: the CPU
of each thread of the test JVM (by its name, which Linux cuts to 15 characters) and of each PostgreSQL process.
Usage: cpu-sampler.py ROOT_PID OUT"""
import os, sys, time
root, out = int(sys.argv[1]), sys.argv[2]
def stat(pid):
    try:
        with open(f'/proc/{pid}/stat') as f: s = f.read()
        rest = s[s.rindex(')') + 2:].split()
        return int(rest[1]), int(rest[11]) + int(rest[12]) + int(rest[13]) + int(rest[14])  # ppid, utime+stime+cutime+cstime
    except Exception:
        return None
def cmd(pid):
    try:
        with open(f'/proc/{pid}/cmdline', 'rb') as f: return f.read().replace(b'\0', b' ').decode(errors='replace')
    except Exception:
        return ''
def machine():
    with open('/proc/stat') as f: v = [int(x) for x in f.readline().split()[1:]]
    return sum(v) - v[3] - v[4], sum(v)
def threads(pid):
    for tid in os.listdir(f'/proc/{pid}/task'):
        try:
            with open(f'/proc/{pid}/task/{tid}/stat') as f: s = f.read()
            rest = s[s.rindex(')') + 2:].split()
            yield tid, s[s.index('(') + 1:s.rindex(')')].replace(' ', '_'), int(rest[11]) + int(rest[12])
        except Exception:
            pass
with open(out, 'w') as o, open(out + '.detail', 'w') as detail:
    while os.path.exists(f'/proc/{root}'):
        procs = {}
        for d in os.listdir('/proc'):
            if d.isdigit():
                st = stat(int(d))
                if st: procs[int(d)] = st
        children = {}
        for pid, (ppid, _) in procs.items(): children.setdefault(ppid, []).append(pid)
        todo, desc = [root], []
        while todo:
            p = todo.pop(); desc.append(p); todo.extend(children.get(p, []))
        sums = {'jvm': 0, 'pg': 0, 'kafka': 0}
        now = int(time.time()*1000)
        for p in desc[1:]:
            c = cmd(p)
            kind = 'jvm' if 'surefire' in c else 'pg' if 'postgres' in c else 'kafka' if 'java' in c or 'kafka' in c else None
            if kind: sums[kind] += procs[p][1]
            if kind == 'jvm':
                for tid, name, ticks in threads(p): detail.write(f"{now} jvm {tid} {name} {ticks}\n")
            elif kind == 'pg':
                detail.write(f"{now} pg {p} {c[:40].strip().replace(' ', '_')} {procs[p][1]}\n")
        busy, total = machine()
        o.write(f"{int(time.time()*1000)} {sums['jvm']} {sums['pg']} {sums['kafka']} {busy} {total}\n"); o.flush(); detail.flush()
        time.sleep(0.5)
