#!/usr/bin/env python3
"""Time from saving a file to `pacesetter serve` having the site current again (issue 6).

    cargo build --release
    python3 scripts/serve-latency.py --root /tmp/c1000 [--runs 7] [--bin target/release/pacesetter]

Starts `serve` on the site and listens to its live-reload stream (/__pacesetter/events) as an
open page does. For each kind of edit (a sentence added to a monthly report's summary, a
reported value changed, a sentence added to a bulletin, a sentence added to a quarterly report
when the site has one) it saves the file and times until the
`reload` event: serve sends it once the rebuilt site is in place, so this is what an editor
waits for, file-watcher latency and the quiet spell included. It then checks over HTTP that
the page shows the edit. Prints median, min and max per kind; every file is put back.
"""
import argparse, glob, os, re, socket, statistics, subprocess, sys, threading, time, urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("--root", default="/tmp/c1000")
ap.add_argument("--runs", type=int, default=7)
ap.add_argument("--bin", default="target/release/pacesetter")
ap.add_argument("--port", type=int, default=18311)
a = ap.parse_args()

units = sorted(glob.glob(os.path.join(a.root, "content/units/*/")))
unit = units[len(units) // 2]
unit_id = os.path.basename(unit.rstrip("/"))
reports = sorted(p for p in glob.glob(unit + "*.md") if re.search(r"/\d{4}-\d{2}\.md$", p))
report = reports[-1]
month = os.path.basename(report)[:-3]
bulletin = sorted(glob.glob(os.path.join(a.root, "content/bulletins/*.md")))[-1]
quarterlies = sorted(glob.glob(os.path.join(a.root, "content/units/*/*-Q[1-4].md")))
quarterly = quarterlies[len(quarterlies) // 2] if quarterlies else None
saved = {p: open(p, encoding="utf-8").read() for p in (report, bulletin, quarterly) if p}

# English lines, whatever the site's language: the script reads "serving …".
server = subprocess.Popen([a.bin, "serve", "--root", a.root, "--port", str(a.port)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          env={**os.environ, "PACESETTER_LANG": "en"})
log = []
for line in server.stdout:
    if line.startswith("serving"):
        break
threading.Thread(target=lambda: [log.append(l) for l in server.stdout], daemon=True).start()

def memory():
    """serve's resident memory now and at its peak, MiB (Linux's /proc)."""
    try:
        status = open(f"/proc/{server.pid}/status").read()
    except OSError:
        return "?"
    kib = {l.split(":")[0]: int(l.split()[1]) for l in status.splitlines() if l.startswith(("VmRSS", "VmHWM"))}
    return f"{kib.get('VmRSS', 0) / 1024:.0f} MiB resident, peak {kib.get('VmHWM', 0) / 1024:.0f} MiB"
memory_first = memory()

# The live-reload stream, read on a thread; each event is timed as it arrives.
events = []
cond = threading.Condition()
def listen():
    s = socket.create_connection(("127.0.0.1", a.port))
    s.sendall(f"GET /__pacesetter/events HTTP/1.1\r\nHost: 127.0.0.1:{a.port}\r\n\r\n".encode())
    buf = b""
    while True:
        chunk = s.recv(4096)
        if not chunk:
            return
        buf += chunk
        while b"\n\n" in buf:
            block, buf = buf.split(b"\n\n", 1)
            name = next((l[7:] for l in block.decode().splitlines() if l.startswith("event: ")), None)
            if name:
                with cond:
                    events.append((time.monotonic(), name))
                    cond.notify_all()
threading.Thread(target=listen, daemon=True).start()
time.sleep(0.5)

def save_and_wait(path, text):
    with cond:
        seen = len(events)
    t = time.monotonic()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    with cond:
        if not cond.wait_for(lambda: len(events) > seen, timeout=30):
            sys.exit("no event from serve within 30 s:\n" + "".join(log[-20:]))
        at, name = events[seen]
    if name != "reload":
        sys.exit(f"serve reported errors after editing {path}:\n" + "".join(log[-20:]))
    time.sleep(0.2)  # let a second event, if the save made two, pass before the next edit
    return (at - t) * 1000

def page(path):
    with urllib.request.urlopen(f"http://127.0.0.1:{a.port}/{path}") as r:
        return r.read().decode("utf-8")

results = {"report summary edited": [], "report value edited": [], "bulletin edited": []}
if quarterly:
    results["quarterly report edited"] = []
# Each edit starts from the file as the last one left it, so that a summary edit never undoes
# a value edit (which would move ranks back, a different kind of edit).
current = saved[report]
try:
    for run in range(a.runs):
        marker = f"補記甲{run}號"
        current = current + f"\n{marker}\n"
        results["report summary edited"].append(save_and_wait(report, current))
        assert marker in page(f"units/{unit_id}/"), "the unit page lacks the edit"

        # A correction of a tenth, as a reporter would make: the unit may move a place or two.
        m = re.search(r"^(  [a-z0-9-]+: )([0-9.]+)$", current, re.M)
        new = f"{float(m.group(2)) + 0.1:.1f}"
        current = current[:m.start(2)] + new + current[m.end(2):]
        results["report value edited"].append(save_and_wait(report, current))
        assert f": {new}" in page(f"data/{month}.json"), "the month data lacks the edit"

        marker = f"補記乙{run}號"
        results["bulletin edited"].append(save_and_wait(bulletin, saved[bulletin] + f"\n{marker}\n"))
        assert marker in page("feed.xml"), "the feed lacks the edit"

        if quarterly:
            marker = f"補記丙{run}號"
            q_unit = os.path.basename(os.path.dirname(quarterly))
            results["quarterly report edited"].append(
                save_and_wait(quarterly, saved[quarterly] + f"\n{marker}\n"))
            assert marker in page(f"units/{q_unit}/") or marker in page(f"units/{q_unit}/{os.path.basename(quarterly)[:4]}/"), \
                "the unit page lacks the edit"
finally:
    memory_last = memory()
    for p, text in saved.items():
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    time.sleep(1)
    server.terminate()
    server.wait()

print("".join(l for l in log if l.startswith("rebuilt")), end="")
print(f"site: {a.root}; edited {report}, {bulletin}" + (f" and {quarterly}" if quarterly else ""))
print(f"serve's memory: after the first build {memory_first}; after the edits {memory_last}")
print("| save → site current (reload sent) | median | min–max |\n|---|---|---|")
for k, v in results.items():
    print(f"| {k} | {statistics.median(v):.0f} ms | {min(v):.0f}–{max(v):.0f} ms |")
