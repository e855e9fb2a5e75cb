#!/usr/bin/env python3
"""Two timings of issue 18, alternating run by run (see BENCHMARKS.md, "Re-measured on a quiet
machine"):

    target/release/examples/synth pages --pages 5000 --seed 1 --out $DIR/pages
    python3 scripts/alternate.py hugo $DIR [--runs 10]   # pacesetter against Hugo, both over their last output
    python3 scripts/alternate.py copy $DIR [--runs 10]   # an unchanged rebuild against `cp -r` of its output

Prints each run's wall time, the medians and their ratio.
"""
import argparse, os, shutil, statistics, subprocess, time

ap = argparse.ArgumentParser()
ap.add_argument("what", choices=["hugo", "copy"])
ap.add_argument("dir")
ap.add_argument("--runs", type=int, default=10)
ap.add_argument("--bin", default="target/release/pacesetter")
a = ap.parse_args()

ps = [a.bin, "build", "--root", f"{a.dir}/pages/pacesetter", "--output", f"{a.dir}/out-ps"]
other_name = "hugo" if a.what == "hugo" else "cp -r"
copy = f"{a.dir}/cp-dest"
if a.what == "hugo":
    other = ["hugo", "--quiet", "--source", f"{a.dir}/pages/hugo", "--destination", f"{a.dir}/out-hugo"]
else:
    other = ["cp", "-r", f"{a.dir}/out-ps", copy]


def timed(cmd):
    if a.what == "copy":
        # A copy writes the whole output; without a sync, its time depends on how far the
        # disk's write-back has fallen behind the previous round's.
        shutil.rmtree(copy, ignore_errors=True)
        subprocess.run(["sync"], check=True)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


timed(ps)
if a.what == "hugo":
    timed(ps), timed(other), timed(other)
mine, theirs = [], []
for _ in range(a.runs):
    mine.append(timed(ps))
    theirs.append(timed(other))
for name, runs in (("pacesetter", mine), (other_name, theirs)):
    print(f"{name:10} median {statistics.median(runs):.3f} s  min {min(runs):.3f}  max {max(runs):.3f}  "
          + " ".join(f"{t:.2f}" for t in runs))
print(f"ratio of medians {statistics.median(mine) / statistics.median(theirs):.3f}")
