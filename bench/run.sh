#!/bin/bash
# bench/run.sh [--sizes "1000 10000"] [--with-50k] [--runs N] [--no-r2r] [--serve] [--edits N] [--scale] [--search]: times `sitegen build`
# on generated corpora: cold (fresh output, no cache), warm (nothing changed) and after editing one article, RUNS times
# each, and prints the median wall time, CPU time (user + system) and peak RSS of each. Run from the repository root.
# --serve also times the dev server's rebuild latency on each site: `sitegen serve` running, EDITS saves of one
# article (default 9), each timed from the write to the live-reload event after the rebuild (bench/serve_latency.py);
# its median is the "serve-edit" row's wall time, and the median time to the edited page's preview the "serve-preview" row's.
# The tool is published as it ships, Release and ReadyToRun for this machine (--no-r2r: a plain Release build, as
# compare.sh makes). SITEGEN_BIN=/path/to/sitegen times that build instead (say, the main branch's, for an A/B).
# --scale times how the build grows with the archive instead: one cold build (fresh output, no cache; the cache is kept,
# as users run it) of 10,000, 100,000 and 250,000 articles (--sizes picks others, --runs repeats), each printed with
# its wall time, CPU time, peak RSS, the peak per article, and the memory and time each article past the smallest size
# adds. Outputs go to $BENCH_DIR, on disk, not /dev/shm: 250,000 articles write about 4 GB the tmpfs would hold in RAM.
# --search times the search index: at 10,000 articles (--sizes picks others) a cold build and a one-edit build without
# Pagefind, then with the repository's Pagefind (npm ci): cold, warm and one-edit, alternated RUNS times; "peak" is then
# the largest single process (sitegen or one Pagefind run), and the ratios with search to without are printed.
# Corpora come from ../shared/bench/gen_corpus.py when present, else from bench/gen_corpus.py. Needs python3 and GNU
# time (installed from Debian when missing). Work files go to $BENCH_DIR (default /tmp/sitegen-run-bench).
set -eu
SIZES="1000 10000"; RUNS=3; SERVE=0; EDITS=9; R2R=1; SCALE=0; SEARCH=0; SIZES_GIVEN=0; RUNS_GIVEN=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; SIZES_GIVEN=1; shift 2 ;;
    --with-50k) SIZES="$SIZES 50000"; shift ;;
    --runs) RUNS=$2; RUNS_GIVEN=1; shift 2 ;;
    --scale) SCALE=1; shift ;;
    --search) SEARCH=1; shift ;;
    --serve) SERVE=1; shift ;;
    --edits) EDITS=$2; shift 2 ;;
    --no-r2r) R2R=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ "$SCALE" = 1 ]; then [ "$SIZES_GIVEN" = 1 ] || SIZES="10000 100000 250000"; [ "$RUNS_GIVEN" = 1 ] || RUNS=1; fi
if [ "$SEARCH" = 1 ]; then [ "$SIZES_GIVEN" = 1 ] || SIZES="10000"; fi
HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/.." && pwd)
W=${BENCH_DIR:-/tmp/sitegen-run-bench}; mkdir -p "$W"
[ -x /usr/bin/time ] || apt-get install -y -q time > /dev/null
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) RID=linux-x64 ;; Linux-aarch64) RID=linux-arm64 ;; Darwin-arm64) RID=osx-arm64 ;; Darwin-x86_64) RID=osx-x64 ;; *) R2R=0 ;;
esac
if [ -n "${SITEGEN_BIN:-}" ]; then :   # a given build, e.g. an older one to compare with
elif [ "$R2R" = 1 ]; then
  rm -rf "$W/bin"
  dotnet publish "$REPO/src/SiteGen.Cli" -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true -o "$W/bin" -nologo -v q > "$W/build.log" 2>&1 \
    || { tail "$W/build.log"; exit 1; }
else
  dotnet build "$REPO/src/SiteGen.Cli" -c Release -o "$W/bin" -nologo -v q > "$W/build.log" 2>&1 || { tail "$W/build.log"; exit 1; }
fi
SITEGEN="${SITEGEN_BIN:-$W/bin/sitegen}"
GEN="$REPO/../shared/bench/gen_corpus.py"; GEN_ARGS="--seed 7 --format txt"
[ -f "$GEN" ] || { GEN="$HERE/gen_corpus.py"; GEN_ARGS="--seed 7"; }
OUTS=/dev/shm; [ -w /dev/shm ] || OUTS=$W

timed() { # label site output [extra args] -> appends "label wall cpu peakKiB" to $W/runs
  local label=$1 site=$2 out=$3 status=0; shift 3
  # The build's messages go to a file, read only when it fails: a build that stops (an internal error, a full disk)
  # is no timing, and the table would have shown it as one (a million articles once "took" 464 s that way).
  /usr/bin/time -f '%e %U %S %M' -o "$W/t" "$SITEGEN" build --root "$site" --output "$out" --progress none "$@" > "$W/messages.log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    echo "bench: sitegen build failed ($label, exit $status); its last messages ($W/messages.log):" >&2
    grep -v ': warning: ' "$W/messages.log" | tail -20 >&2
    exit 1
  fi
  tail -1 "$W/t" | awk -v l="$label" '{ printf "%s %s %.2f %s\n", l, $1, $2 + $3, $4 }' >> "$W/runs"
}

: > "$W/runs"
if [ "$SEARCH" = 1 ]; then
  PAGEFIND="$REPO/node_modules/.bin/pagefind"
  [ -x "$PAGEFIND" ] || { echo "no Pagefind at $PAGEFIND: run npm ci in $REPO" >&2; exit 1; }
  for n in $SIZES; do
    corpus="$W/corpus-$n"
    [ -f "$corpus/.ok" ] || { rm -rf "$corpus"; python3 "$GEN" --n "$n" $GEN_ARGS --out "$corpus" > /dev/null 2>&1; touch "$corpus/.ok"; }
    site="$W/search-site-$n"; rm -rf "$site"; mkdir -p "$site"; cp -al "$corpus" "$site/seeds"; rm -f "$site/seeds/.ok"
    cp -r "$REPO/input" "$site/input"; [ -d "$REPO/theme" ] && cp -r "$REPO/theme" "$site/theme"
    first=$(ls "$site/seeds" | head -1); cp --remove-destination "$corpus/$first" "$site/seeds/$first"
    out="$OUTS/sitegen-bench-search-$n"
    for i in $(seq "$RUNS"); do
      # Without search: the site is outside any node_modules, so no Pagefind is found.
      rm -rf "$out" "$site/.sitegen-cache"; timed "$n cold" "$site" "$out"
      echo "Paragraf tambahan pada suntingan $i." >> "$site/seeds/$first"; timed "$n one-edit" "$site" "$out"
      rm -rf "$out" "$site/.sitegen-cache"; timed "$n cold+search" "$site" "$out" --pagefind "$PAGEFIND"
      timed "$n warm+search" "$site" "$out" --pagefind "$PAGEFIND"
      echo "Paragraf kedua pada suntingan $i." >> "$site/seeds/$first"; timed "$n edit+search" "$site" "$out" --pagefind "$PAGEFIND"
    done
    rm -rf "$out" "$site"
  done
  python3 - "$W/runs" <<'PY'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1])]
med = {}
for r in rows: med.setdefault((r[0], r[1]), []).append([float(x) for x in r[2:5]])
print(f"{'articles':>8} {'build':>12} {'wall s':>7} {'cpu s':>7} {'peak MiB':>9}  runs   (peak: the largest single process)")
for (n, kind), v in med.items():
    w, c, m = (st.median(x[i] for x in v) for i in range(3))
    med[(n, kind)] = (w, c, m)
    print(f"{n:>8} {kind:>12} {w:7.2f} {c:7.2f} {m / 1024:9.0f}  {len(v)}")
for n in sorted({k[0] for k in med}, key=int):
    for a, b in (("cold+search", "cold"), ("edit+search", "one-edit")):
        if (n, a) in med and (n, b) in med:
            print(f"{n:>8} {a} / {b}: wall {med[(n, a)][0] / med[(n, b)][0]:.2f}, cpu {med[(n, a)][1] / med[(n, b)][1]:.2f}")
PY
  exit 0
fi
if [ "$SCALE" = 1 ]; then
  # The largest corpus is generated once; each smaller one is its prefix (the generator makes article i from (seed, i)),
  # hard-linked, so every size reads the same articles.
  largest=$(printf '%s\n' $SIZES | sort -n | tail -1); big="$W/corpus-$largest"
  [ -f "$big/.ok" ] || { rm -rf "$big"; python3 "$GEN" --n "$largest" $GEN_ARGS --out "$big" > /dev/null 2>&1; touch "$big/.ok"; }
  for n in $SIZES; do
    site="$W/scale-site-$n"; rm -rf "$site"; mkdir -p "$site/seeds"
    ls "$big" | grep -v '^\.ok$' | sort | head -n "$n" | (cd "$big" && xargs cp -l -t "$site/seeds")
    cp -r "$REPO/input" "$site/input"; [ -d "$REPO/theme" ] && cp -r "$REPO/theme" "$site/theme"
    out="$W/scale-out-$n"
    for i in $(seq "$RUNS"); do
      rm -rf "$out" "$site/.sitegen-cache"; timed "$n cold" "$site" "$out"
    done
    rm -rf "$out" "$site"
  done
  python3 - "$W/runs" <<'PY'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1])]
sizes = sorted({int(r[0]) for r in rows})
med = {n: [st.median(float(r[i]) for r in rows if int(r[0]) == n) for i in (2, 3, 4)] for n in sizes}
base = sizes[0]; bw, bc, bm = med[base]
print(f"{'articles':>8} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'KiB/article':>11} {'x wall':>7} {'x peak':>7} {'KiB/added':>9} {'ms/added':>8}  runs")
for n in sizes:
    w, c, m = med[n]; runs = sum(1 for r in rows if int(r[0]) == n)
    added = f"{(m - bm) / (n - base):9.2f}" if n > base else f"{'-':>9}"
    added_ms = f"{(w - bw) * 1000 / (n - base):8.3f}" if n > base else f"{'-':>8}"
    print(f"{n:>8} {w:8.2f} {c:8.2f} {m / 1024:9.0f} {m / n:11.2f} {w / bw:7.2f} {m / bm:7.2f} {added} {added_ms}  {runs}")
PY
  exit 0
fi
for n in $SIZES; do
  corpus="$W/corpus-$n"
  [ -f "$corpus/.ok" ] || { rm -rf "$corpus"; python3 "$GEN" --n "$n" $GEN_ARGS --out "$corpus" > /dev/null 2>&1; touch "$corpus/.ok"; }
  site="$W/site-$n"; rm -rf "$site"; mkdir -p "$site"; cp -al "$corpus" "$site/seeds"; rm -f "$site/seeds/.ok"
  cp -r "$REPO/input" "$site/input"; [ -d "$REPO/theme" ] && cp -r "$REPO/theme" "$site/theme"
  first=$(ls "$site/seeds" | head -1); cp --remove-destination "$corpus/$first" "$site/seeds/$first" # editable copy
  out="$OUTS/sitegen-bench-out-$n"
  for i in $(seq "$RUNS"); do
    rm -rf "$out" "$site/.sitegen-cache"; timed "$n cold" "$site" "$out"          # fresh output, no cache
    timed "$n warm" "$site" "$out"                                               # nothing changed
    echo "Paragraf tambahan pada suntingan $i." >> "$site/seeds/$first"; timed "$n one-edit" "$site" "$out"
  done
  rm -rf "$out"
  # The dev server on the same site (it writes to $site/.sitegen-cache/serve): save to reload event, per edit.
  # Each line is "N serve-edit SECONDS CPU" (the server's CPU time for that edit); peak memory is not per edit: "-".
  # The preview's time goes on a line of its own, "N serve-preview SECONDS - -", when the server sent one.
  if [ "$SERVE" = 1 ]; then
    python3 "$HERE/serve_latency.py" "$SITEGEN" "$site" "$site/seeds/$first" "$EDITS" "$n serve-edit" \
      | awk '{ print $1, $2, $3, $4, "-"; if ($5 != "-") print $1, "serve-preview", $5, "-", "-" }' >> "$W/runs"
  fi
done

python3 - "$W/runs" <<'PY'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1])]
keys = []
for r in rows:
    if (r[0], r[1]) not in keys: keys.append((r[0], r[1]))
print(f"{'articles':>8} {'build':>13} {'wall s':>7} {'cpu s':>7} {'peak MiB':>9}  runs")
for n, kind in keys:
    sel = [r for r in rows if (r[0], r[1]) == (n, kind)]
    wall = st.median(float(r[2]) for r in sel)
    if sel[0][4] == "-":  # serve-edit: a latency, in seconds with milliseconds, and the server's CPU time per edit
        cpu = "-" if sel[0][3] == "-" else f"{st.median(float(r[3]) for r in sel):.3f}"
        print(f"{n:>8} {kind:>13} {wall:7.3f} {cpu:>7} {'-':>9}  {len(sel)}")
        continue
    cpu = st.median(float(r[3]) for r in sel); mem = st.median(float(r[4]) for r in sel) / 1024
    print(f"{n:>8} {kind:>13} {wall:7.2f} {cpu:7.2f} {mem:9.0f}  {len(sel)}")
PY
