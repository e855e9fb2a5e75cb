#!/usr/bin/env python3
"""A copy of a synthetic campaign whose town category has 12 indicators, to measure a
12-indicator unit page directly (issue 18; see BENCHMARKS.md):

    target/release/examples/synth campaign --units 1000 --months 24 --bulletins 24 --seed 1 --out /tmp/c1000
    python3 scripts/wide.py /tmp/c1000 /tmp/wide
    target/release/pacesetter build --root /tmp/wide --output /tmp/wide-out

Each of the town category's six indicators is there twice, the copy's id ending in `-b` and its
name starting with 乙; weights are set to sum to 100; every town's targets and reports give the
copy the same figure as the original. Only content/ is copied (no published.lock).
"""
import os, re, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
shutil.rmtree(dst, ignore_errors=True)
shutil.copytree(os.path.join(src, "content"), os.path.join(dst, "content"))
cat = os.path.join(dst, "content/categories/town.yaml")
text = open(cat, encoding="utf-8").read()
head, inds = text.split("indicators:\n", 1)
blocks = ["  - id:" + b for b in inds.split("  - id:")[1:]]
ids = [re.match(r"  - id: (\S+)", b).group(1) for b in blocks]
twins = [b.replace(f"id: {i}\n", f"id: {i}-b\n", 1).replace("    name: ", "    name: 乙", 1) for b, i in zip(blocks, ids)]
weights = [9, 9, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9]
out = []
for b, w in zip(blocks + twins, weights):
    out.append(re.sub(r"    weight: \d+", f"    weight: {w}", b))
open(cat, "w", encoding="utf-8").write(head + "indicators:\n" + "".join(out))
line = re.compile(r"^(\s+)(" + "|".join(map(re.escape, ids)) + r"): (.*)$")
towns = 0
for u in os.listdir(os.path.join(dst, "content/units")):
    d = os.path.join(dst, "content/units", u)
    if "category: town" not in open(os.path.join(d, "unit.yaml"), encoding="utf-8").read():
        continue
    towns += 1
    for f in os.listdir(d):
        if not f.endswith((".yaml", ".md")):
            continue
        p = os.path.join(d, f)
        lines = open(p, encoding="utf-8").read().split("\n")
        new = []
        for l in lines:
            new.append(l)
            m = line.match(l)
            if m:
                new.append(f"{m.group(1)}{m.group(2)}-b: {m.group(3)}")
        open(p, "w", encoding="utf-8").write("\n".join(new))
print(f"{towns} towns with {len(ids) * 2} indicators")
