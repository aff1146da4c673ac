#!/usr/bin/env python3
"""Samples, every 0.5 s, the CPU (user+system, incl. reaped children) of the descendants of a process, by kind:
the test JVM (surefire), PostgreSQL, other JVMs (Kafka); and the machine's busy share. Usage: cpu-sampler.py ROOT_PID OUT"""
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
with open(out, 'w') as o:
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
        for p in desc[1:]:
            c = cmd(p)
            kind = 'jvm' if 'surefire' in c else 'pg' if 'postgres' in c else 'kafka' if 'java' in c or 'kafka' in c else None
            if kind: sums[kind] += procs[p][1]
        busy, total = machine()
        o.write(f"{int(time.time()*1000)} {sums['jvm']} {sums['pg']} {sums['kafka']} {busy} {total}\n"); o.flush()
        time.sleep(0.5)
