#!/usr/bin/env bash
# Benchmarks of issue 6, on one machine in one run (see BENCHMARKS.md):
#   1. 5,000 plain Markdown pages: pacesetter against Hugo, alternating the two tools;
#   2. a full build of a 1,000-unit × 24-month campaign with 24 bulletins: wall time, peak memory;
#   3. scaling: 250, 500, 1,000 and 2,000 units × 24 months, time per unit-month;
#   4. serve: the 1,000-unit campaign current again after one report or bulletin is edited, and
#      serve's resident memory after its first build and after the edits;
#   5. the bundled example.
#
# Usage: scripts/bench.sh [--quick] [--large]
#   --quick      fewer rounds (a smoke test of the script, not figures to publish)
#   --large      also 5,000, 10,000 and 20,000 units (issue 18; minutes each, ~6 GB of output
#                at 20,000 units: check the free disk first)
# Environment:
#   BENCH_DIR    where sites and outputs go (default /tmp/pacesetter-bench; replaced)
#   ROUNDS       alternating rounds for the pages comparison (default 5, 3 runs per tool each)
#   RUNS         runs per campaign size (default 3)
#   BASELINE     another pacesetter binary (e.g. built from an older commit): its campaign and
#                example builds are timed too, alternating run by run with this one's
#
# Needs hyperfine, hugo, GNU time and python3: `apt-get install -y hyperfine hugo time python3`.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/pacesetter-bench}
ROUNDS=${ROUNDS:-5}
RUNS=${RUNS:-3}
SIZES=(250 500 1000 2000)
for arg in "$@"; do
    case "$arg" in
    --quick)
        ROUNDS=1
        RUNS=1
        ;;
    --large) SIZES+=(5000 10000 20000) ;;
    *)
        echo "bench.sh: unknown option $arg (use --quick, --large)" >&2
        exit 2
        ;;
    esac
done

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v hugo >/dev/null || missing+=(hugo)
[[ -x /usr/bin/time ]] || missing+=(time)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
    echo "bench.sh: missing ${missing[*]}; install with: apt-get install -y ${missing[*]}" >&2
    exit 2
fi

echo "== building pacesetter and the synth example (release)" >&2
cargo build --release --quiet
cargo build --release --quiet --example synth
PS="$ROOT/target/release/pacesetter"
SYNTH="$ROOT/target/release/examples/synth"
BASELINE=${BASELINE:-}
if [[ -n "$BASELINE" && ! -x "$BASELINE" ]]; then
    echo "bench.sh: BASELINE=$BASELINE is not an executable" >&2
    exit 2
fi

rm -rf "$BENCH_DIR"
mkdir -p "$BENCH_DIR"
REPORT="$BENCH_DIR/results.md"

{
    echo "# pacesetter benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    echo "- pacesetter $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (+ local changes)'), $(hugo version | cut -d' ' -f1-2), $(hyperfine --version)"
    echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
} >"$REPORT"

# --- 1. 5,000 pages against Hugo ------------------------------------------------------------
echo "== generating 5,000 pages for both tools" >&2
"$SYNTH" pages --pages 5000 --seed 1 --out "$BENCH_DIR/pages" 2>/dev/null
PAGES_PS="$BENCH_DIR/pages/pacesetter"
PAGES_HUGO="$BENCH_DIR/pages/hugo"
for round in $(seq 1 "$ROUNDS"); do
    echo "== pages: round $round of $ROUNDS (pacesetter, then hugo)" >&2
    # Each round runs both tools; over the rounds they alternate, so a change in the machine's
    # load falls on both. Both write over their previous output, as a user's rebuild does.
    hyperfine -N --style basic --warmup 1 --runs 3 \
        --export-json "$BENCH_DIR/pages-round-$round.json" \
        -n pacesetter "$PS build --root $PAGES_PS --output $BENCH_DIR/pages-out-ps" \
        -n hugo "hugo --quiet --source $PAGES_HUGO --destination $BENCH_DIR/pages-out-hugo" \
        >&2
done
python3 - "$BENCH_DIR" "$ROUNDS" >>"$REPORT" <<'EOF'
import json, statistics, sys
d, rounds = sys.argv[1], int(sys.argv[2])
times = {}
for r in range(1, rounds + 1):
    for res in json.load(open(f"{d}/pages-round-{r}.json"))["results"]:
        times.setdefault(res["command"], []).extend(res["times"])
med = {k: statistics.median(v) for k, v in times.items()}
print("## 5,000 Markdown pages: pacesetter against Hugo\n")
print("| tool | runs | median | min–max |")
print("|---|---|---|---|")
for k, v in times.items():
    print(f"| {k} | {len(v)} | {med[k]:.2f} s | {min(v):.2f}–{max(v):.2f} s |")
print(f"\nratio of medians, pacesetter ÷ Hugo: **{med['pacesetter'] / med['hugo']:.2f}** (target ≤ 1.0)\n")
EOF

# --- 2 and 3. campaigns ---------------------------------------------------------------------
# One build under GNU time: wall seconds and peak resident memory (KiB).
timed_build() {
    local bin=$1 site=$2 out=$3 log
    log=$(mktemp)
    /usr/bin/time -v "$bin" build --root "$site" --output "$out" >/dev/null 2>"$log"
    python3 - "$log" <<'EOF'
import sys
wall = rss = None
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith("Elapsed (wall clock) time"):
        parts = line.rsplit(" ", 1)[1].split(":")
        wall = sum(float(p) * 60 ** i for i, p in enumerate(reversed(parts)))
    elif line.startswith("Maximum resident set size"):
        rss = int(line.rsplit(" ", 1)[1])
print(f"{wall} {rss}")
EOF
    rm -f "$log"
}

# The physical floor of a size: seconds to `cat` its content folder and to `cp -r` its output
# (both from the page cache), output bytes, unit pages and their bytes, and the load average.
floor() {
    local units=$1 site=$2 out=$3 start cat_s cp_s bytes pages page_bytes
    start=$(date +%s.%N)
    find "$site/content" -type f -exec cat {} + >/dev/null
    cat_s=$(echo "$(date +%s.%N) - $start" | bc)
    rm -rf "$BENCH_DIR/floor-copy"
    start=$(date +%s.%N)
    cp -r "$out" "$BENCH_DIR/floor-copy"
    cp_s=$(echo "$(date +%s.%N) - $start" | bc)
    rm -rf "$BENCH_DIR/floor-copy"
    bytes=$(du -sb "$out" | cut -f1)
    pages=$(find "$out/units" -mindepth 2 -maxdepth 2 -name index.html | wc -l)
    page_bytes=$(find "$out/units" -mindepth 2 -maxdepth 2 -name index.html -printf '%s\n' | awk '{s += $1} END {print s + 0}')
    echo "$units $cat_s $cp_s $bytes $pages $page_bytes $(cut -d' ' -f1 /proc/loadavg)"
}

: >"$BENCH_DIR/campaigns.txt"
: >"$BENCH_DIR/baseline.txt"
: >"$BENCH_DIR/floor.txt"
for units in "${SIZES[@]}"; do
    echo "== campaign: $units units × 24 months, 24 bulletins" >&2
    site="$BENCH_DIR/campaign-$units"
    "$SYNTH" campaign --units "$units" --months 24 --bulletins 24 --seed 1 --out "$site" 2>/dev/null
    # One build to warm the page cache and to leave an output to replace, as a rebuild does.
    "$PS" build --root "$site" --output "$BENCH_DIR/campaign-$units-out" >/dev/null
    if [[ -n "$BASELINE" ]]; then
        "$BASELINE" build --root "$site" --output "$BENCH_DIR/baseline-$units-out" >/dev/null
    fi
    for run in $(seq 1 "$RUNS"); do
        if [[ -n "$BASELINE" ]]; then
            echo "$units $(timed_build "$BASELINE" "$site" "$BENCH_DIR/baseline-$units-out")" >>"$BENCH_DIR/baseline.txt"
        fi
        echo "$units $(timed_build "$PS" "$site" "$BENCH_DIR/campaign-$units-out")" >>"$BENCH_DIR/campaigns.txt"
    done
    floor "$units" "$site" "$BENCH_DIR/campaign-$units-out" >>"$BENCH_DIR/floor.txt"
    # The largest sites do not all fit on the disk at once.
    if ((units >= 5000)); then
        rm -rf "$BENCH_DIR/campaign-$units-out" "$BENCH_DIR/.campaign-$units-out.pacesetter-spare" \
            "$BENCH_DIR/baseline-$units-out" "$BENCH_DIR/.baseline-$units-out.pacesetter-spare"
    fi
done
python3 - "$BENCH_DIR/campaigns.txt" >>"$REPORT" <<'EOF'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    u, wall, rss = line.split()
    rows.setdefault(int(u), []).append((float(wall), int(rss)))
print("## 1,000 units × 24 months, 24 bulletins: full build\n")
r = rows[1000]
walls = [w for w, _ in r]
print(f"wall **{statistics.median(walls):.2f} s** median of {len(walls)} (min–max {min(walls):.2f}–{max(walls):.2f} s), "
      f"peak memory **{max(m for _, m in r) / 1024:.0f} MiB** (targets ≤ 10 s, ≤ 1 GiB)\n")
print("## Scaling, 24 months and 24 bulletins\n")
print("| units | unit-months | wall, median (min–max) | peak memory | per unit-month | vs mean |")
print("|---|---|---|---|---|---|")
per = {}
for u in sorted(rows):
    per[u] = statistics.median(w for w, _ in rows[u]) / (u * 24)
mean = statistics.mean(per.values())
for u in sorted(rows):
    walls = [w for w, _ in rows[u]]
    peak = max(m for _, m in rows[u]) / 1024
    print(f"| {u:,} | {u * 24:,} | {statistics.median(walls):.2f} s ({min(walls):.2f}–{max(walls):.2f}) | {peak:.0f} MiB "
          f"| {per[u] * 1e6:.0f} µs | {100 * (per[u] / mean - 1):+.0f}% |")
print("\nTarget: time per unit-month within ±25% of the mean.\n")
EOF
python3 - "$BENCH_DIR/campaigns.txt" "$BENCH_DIR/floor.txt" >>"$REPORT" <<'EOF'
import statistics, sys
walls = {}
for line in open(sys.argv[1]):
    u, wall, _ = line.split()
    walls.setdefault(int(u), []).append(float(wall))
print("## Output and the physical floor (same machine, same run; load average at the floor's measurement)\n")
print("| units | output | bytes per unit page | `cat` content/ | `cp -r` output | build ÷ (`cat` + `cp -r`) | load |")
print("|---|---|---|---|---|---|---|")
for line in open(sys.argv[2]):
    u, cat_s, cp_s, size, pages, page_bytes, load = line.split()
    u, cat_s, cp_s, pages = int(u), float(cat_s), float(cp_s), int(pages)
    per_page = int(page_bytes) / pages if pages else 0
    wall = statistics.median(walls[u])
    print(f"| {u:,} | {int(size) / 1e6:,.0f} MB | {per_page / 1e3:,.0f} KB | {cat_s:.2f} s | {cp_s:.2f} s "
          f"| {wall / (cat_s + cp_s):.1f} | {load} |")
print()
EOF
if [[ -n "$BASELINE" ]]; then
    python3 - "$BENCH_DIR/baseline.txt" "$BENCH_DIR/campaigns.txt" "$BASELINE" >>"$REPORT" <<'EOF'
import statistics, sys
def read(path):
    rows = {}
    for line in open(path):
        u, wall, rss = line.split()
        rows.setdefault(int(u), []).append((float(wall), int(rss)))
    return rows
before, after = read(sys.argv[1]), read(sys.argv[2])
print(f"## Against the baseline `{sys.argv[3]}`, run by run\n")
print("| units | baseline wall (min–max) | baseline memory | this wall (min–max) | this memory | speed-up |")
print("|---|---|---|---|---|---|")
for u in sorted(before):
    b = [w for w, _ in before[u]]
    a = [w for w, _ in after[u]]
    print(f"| {u:,} | {statistics.median(b):.2f} s ({min(b):.2f}–{max(b):.2f}) | {max(m for _, m in before[u]) / 1024:.0f} MiB "
          f"| {statistics.median(a):.2f} s ({min(a):.2f}–{max(a):.2f}) | {max(m for _, m in after[u]) / 1024:.0f} MiB "
          f"| {statistics.median(b) / statistics.median(a):.1f}× |")
print()
EOF
fi

# --- 4. serve: rebuild after an edit, on the 1,000-unit campaign ------------------------------
echo "== serve: rebuilds after an edit (1,000 units)" >&2
cargo build --release --quiet --example rebuild
# The builds above wrote the site's published.lock (SPEC §17), which makes every edit of a
# published report an error until a correction is filed: serve must start without it.
rm -f "$BENCH_DIR/campaign-1000/published.lock"
{
    echo "## serve: the 1,000-unit campaign current again after an edit"
    echo
    echo "Through serve itself (file saved → live-reload event sent), \`scripts/serve-latency.py\`:"
    echo
    python3 scripts/serve-latency.py --root "$BENCH_DIR/campaign-1000" --bin "$PS" --runs 7 | grep -E "^(\||serve's memory)"
    echo
    echo "The rebuild alone, \`examples/rebuild.rs\` (the session serve uses, told the file edited as the watcher tells it):"
    echo
    "$ROOT/target/release/examples/rebuild" "$BENCH_DIR/campaign-1000" 7 | grep '^|'
    echo
    echo "The same, walking content/ and comparing every file instead (\`--walk\`, as when the watcher loses track):"
    echo
    "$ROOT/target/release/examples/rebuild" "$BENCH_DIR/campaign-1000" 7 --walk | grep '^|'
    echo
} >>"$REPORT"

# --- 5. the bundled example -----------------------------------------------------------------
echo "== bundled example" >&2
example=(-n example "$PS build --root $ROOT --output $BENCH_DIR/example-out")
if [[ -n "$BASELINE" ]]; then
    example+=(-n baseline "$BASELINE build --root $ROOT --output $BENCH_DIR/example-baseline-out")
fi
hyperfine -N --style basic --warmup 2 --runs 20 --export-json "$BENCH_DIR/example.json" \
    "${example[@]}" >&2
python3 - "$BENCH_DIR/example.json" >>"$REPORT" <<'EOF'
import json, statistics, sys
print("## Bundled example, full build\n")
for r in json.load(open(sys.argv[1]))["results"]:
    t = r["times"]
    print(f"{r['command']}: median **{statistics.median(t) * 1000:.0f} ms** of {len(t)} runs "
          f"(min–max {min(t) * 1000:.0f}–{max(t) * 1000:.0f} ms; target < 500 ms)\n")
EOF

echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$REPORT"
cat "$REPORT"
