#!/usr/bin/env python3
"""Resident memory of `pacesetter serve` after its first build and after report edits (issue 18).

    cargo build --release
    python3 scripts/serve-memory.py --root /tmp/c5000 [--edits 5] [--bin target/release/pacesetter]

Starts `serve` on the site, then edits the latest monthly report of --edits units in turn (a
sentence added, one value raised by 0.1), waits for the `rebuilt` line serve prints, and prints
serve's VmRSS and VmHWM (Linux's /proc) and the rebuild time after each. Every file is put back.
Remove the site's published.lock first: with it, editing a published report is an error.
"""
import argparse, glob, os, re, subprocess, threading, time

ap = argparse.ArgumentParser()
ap.add_argument("--root", default="/tmp/c1000")
ap.add_argument("--edits", type=int, default=5)
ap.add_argument("--bin", default="target/release/pacesetter")
ap.add_argument("--port", type=int, default=18312)
a = ap.parse_args()


def memory(pid):
    status = open(f"/proc/{pid}/status").read()
    kib = {l.split(":")[0]: int(l.split()[1]) for l in status.splitlines() if l.startswith(("VmRSS", "VmHWM"))}
    return f"{kib['VmRSS'] / 1024:.0f} MiB resident (peak {kib['VmHWM'] / 1024:.0f} MiB)"


units = sorted(glob.glob(os.path.join(a.root, "content/units/*/")))
start = time.monotonic()
# English lines, whatever the site's language: the script reads "serving …".
server = subprocess.Popen([a.bin, "serve", "--root", a.root, "--port", str(a.port)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          env={**os.environ, "PACESETTER_LANG": "en"})
for line in server.stdout:
    if line.startswith("serving"):
        break
print(f"first build {time.monotonic() - start:.1f} s: {memory(server.pid)}", flush=True)
lines, done = [], threading.Event()


def read():
    for line in server.stdout:
        lines.append(line)
        if line.startswith("rebuilt") or "error" in line:
            done.set()


threading.Thread(target=read, daemon=True).start()
saved = {}
try:
    for i, unit in enumerate(units[len(units) // 2:][:a.edits]):
        report = sorted(p for p in glob.glob(unit + "*.md") if re.search(r"/\d{4}-\d{2}\.md$", p))[-1]
        saved[report] = open(report, encoding="utf-8").read()
        text = saved[report] + f"\n補記{i}號\n"
        m = re.search(r"^(  [a-z0-9-]+: )([0-9.]+)$", text, re.M)
        text = text[:m.start(2)] + f"{float(m.group(2)) + 0.1:.1f}" + text[m.end(2):]
        done.clear()
        with open(report, "w", encoding="utf-8") as f:
            f.write(text)
        done.wait(300)
        time.sleep(0.3)
        print(f"edit {i + 1}: {lines[-1].strip() if lines else '?'}; {memory(server.pid)}", flush=True)
finally:
    for p, text in saved.items():
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    time.sleep(1.5)
    server.terminate()
    server.wait()
