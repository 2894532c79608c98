#!/bin/bash
# bench/lighthouse.sh [--site OUTPUT-DIR | --corpus DIR] [--runs N] [--keep]: Lighthouse 12.2.3 (pinned in bench/lighthouse/) with
# Debian's Chromium on the page kinds a reader meets: home, an article, a tag page, a month page, the tag index, a
# rubrik page and /cari/; prints one row per page with the four category scores, then every audit that cost a point.
# Run from anywhere; needs python3, node/npm and /usr/bin/chromium (tests/tools/install.sh installs it).
#
# Without --site it builds the real corpus (--corpus DIR, default ../shared/corpus/real beside the checkout, with its
# INDEX.tsv as seeds/_meta.tsv, the repository's input/ and theme) with this checkout's CLI and Pagefind, into $LIGHTHOUSE_DIR (default /tmp/sitegen-lighthouse);
# the corpus is copied there, never into the repository. The site is served by `serve` (npm, gzip on) on 127.0.0.1.
# Lighthouse runs its default: a mobile device with simulated throttling. --runs N runs each page N times and reports
# the median of each score (performance varies from run to run on a busy machine; the other three do not).
# The pages are picked from the output folder, not from the theme's markup: the newest article (the feed's first
# entry), the tag and the rubrik with the most list pages, the newest month.
set -eu
SITE=""; CORPUS=""; RUNS=1; KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --site) SITE=$(cd "$2" && pwd); shift 2 ;;
    --corpus) CORPUS=$(cd "$2" && pwd); shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/.." && pwd)
W=${LIGHTHOUSE_DIR:-/tmp/sitegen-lighthouse}; mkdir -p "$W"
TOOLS="$HERE/lighthouse"
[ -x /usr/bin/chromium ] || { echo "lighthouse.sh: /usr/bin/chromium is missing (bash tests/tools/install.sh installs it)" >&2; exit 2; }
if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ] || [ ! -x "$TOOLS/node_modules/.bin/serve" ]; then
  (cd "$TOOLS" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

if [ -z "$SITE" ]; then
  CORPUS=${CORPUS:-$REPO/../shared/corpus/real}
  [ -f "$CORPUS/INDEX.tsv" ] || { echo "lighthouse.sh: no real corpus at $CORPUS; pass --corpus DIR or --site OUTPUT-DIR" >&2; exit 2; }
  [ -x "$REPO/node_modules/.bin/pagefind" ] || (cd "$REPO" && npm ci --no-audit --no-fund --loglevel=error)
  dotnet build "$REPO/src/SiteGen.Cli" -c Release -o "$W/bin" -nologo -v q > "$W/build.log" 2>&1 || { tail "$W/build.log"; exit 1; }
  rm -rf "$W/site" "$W/out"; mkdir -p "$W/site/seeds"
  cp "$CORPUS"/*.txt "$W/site/seeds/"; cp "$CORPUS/INDEX.tsv" "$W/site/seeds/_meta.tsv"; cp -r "$REPO/input" "$W/site/input"
  "$W/bin/sitegen" build --root "$W/site" --output "$W/out" --progress none --pagefind "$REPO/node_modules/.bin/pagefind" > "$W/sitegen.log" 2>&1 \
    || { tail "$W/sitegen.log"; exit 1; }
  tail -1 "$W/sitegen.log"
  SITE="$W/out"
fi

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$TOOLS/node_modules/.bin/serve" -L -n --no-port-switching -l "tcp://127.0.0.1:$PORT" "$SITE" > "$W/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2> /dev/null || true' EXIT
for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.2; done

# page-kind<TAB>path, picked from the files the build wrote.
python3 - "$SITE" > "$W/pages.tsv" <<'EOF'
import os, re, sys, xml.etree.ElementTree as ET
site = sys.argv[1]
def most_paged(folder):
    # The term with the most list pages is the most used one; ties go to the first name.
    root = os.path.join(site, folder)
    best = max(sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d))),
               key=lambda d: len(os.listdir(os.path.join(root, d, "halaman"))) if os.path.isdir(os.path.join(root, d, "halaman")) else 0)
    return f"/{folder}/{best}/"
feed = ET.parse(os.path.join(site, "feed.xml")).getroot()
ns = {"a": "http://www.w3.org/2005/Atom"}
newest = feed.find("a:entry/a:link", ns).get("href")
article = re.sub(r"^https?://[^/]+", "", newest)
years = sorted(d for d in os.listdir(os.path.join(site, "arsip")) if d.isdigit())
months = sorted(d for d in os.listdir(os.path.join(site, "arsip", years[-1])) if d.isdigit())
print(f"home\t/\narticle\t{article}\ntag\t{most_paged('tag')}\nmonth\t/arsip/{years[-1]}/{months[-1]}/\ntag index\t/tag/\nrubrik\t{most_paged('rubrik')}\nsearch\t/cari/")
EOF

FLAGS="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage"
rm -rf "$W/reports"; mkdir -p "$W/reports"
n=0
while IFS=$'\t' read -r kind path; do
  n=$((n + 1))
  for run in $(seq "$RUNS"); do
    CHROME_PATH=/usr/bin/chromium "$TOOLS/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT$path" --quiet \
      --chrome-flags="$FLAGS" --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$W/reports/$n-$run.json" > "$W/reports/$n-$run.log" 2>&1 \
      || { echo "lighthouse failed on $path:" >&2; tail -5 "$W/reports/$n-$run.log" >&2; }
  done
done < "$W/pages.tsv"

python3 - "$W/pages.tsv" "$W/reports" "$RUNS" <<'EOF'
import json, os, statistics, sys
pages = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
reports, runs = sys.argv[2], int(sys.argv[3])
cats = ["performance", "accessibility", "best-practices", "seo"]
print(f"Lighthouse 12.2.3, mobile (simulated throttling), median of {runs} run(s)\n")
print("| page | path | performance | accessibility | best practices | SEO |")
print("|---|---|---:|---:|---:|---:|")
lost = []
for i, (kind, path) in enumerate(pages, 1):
    scores = {c: [] for c in cats}
    for run in range(1, runs + 1):
        f = os.path.join(reports, f"{i}-{run}.json")
        if not os.path.exists(f): continue
        r = json.load(open(f, encoding="utf-8"))
        for c in cats:
            s = r["categories"][c]["score"]
            if s is not None: scores[c].append(round(s * 100))
        for c in cats:
            for ref in r["categories"][c]["auditRefs"]:
                a = r["audits"][ref["id"]]
                if ref["weight"] > 0 and a["score"] is not None and a["score"] < 1:
                    lost.append(f"{kind}: {c}: {ref['id']} ({a['score']:.2f}) {a.get('displayValue', '')}".rstrip())
    cell = lambda c: str(round(statistics.median(scores[c]))) if scores[c] else "failed"
    print(f"| {kind} | `{path}` | {' | '.join(cell(c) for c in cats)} |")
if lost:
    print("\nAudits below 1 (each run):")
    for line in lost: print("  " + line)
EOF
[ "$KEEP" = 1 ] && echo "reports: $W/reports"
exit 0
