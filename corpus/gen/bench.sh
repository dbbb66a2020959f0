#!/usr/bin/env bash
# End-to-end benchmark of `timeline build`, every figure a ratio to another
# of the same run. For each size it generates a deterministic corpus
# (corpus/gen), then measures:
#   parse only   reading and parsing every article on all cores, nothing
#                merged, kept or written (BenchmarkParseCorpus): the baseline
#   build        a full build into an empty folder: its throughput as a share
#                of parse only's, and its peak memory (GNU time)
#   site         the published site (the folder less .timeline/) over the corpus
#   1 changed    a build after one article changed, over the full build
#   unchanged    a build with nothing changed, over the full build
#   paint        ms until every chart of the overview and of the largest page
#                is drawn in headless Chromium (render/html/bench/render.mjs;
#                skipped without playwright-core, see setup in docs/development.md)
#   SIZES="10MB 100MB 1GB" corpus/gen/bench.sh      (default: 10MB 100MB)
# BENCH_DIR keeps the corpora (and sites) between runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$tmp"' EXIT
mkdir -p "$tmp"
cd "$root"
go build -o "$tmp/timeline" ./cmd/timeline
go build -o "$tmp/gen" ./corpus/gen
go test -c -o "$tmp/timeline.test" ./timeline
pw=${PLAYWRIGHT_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/html-check}
paint=""
if [ -d "$pw/node_modules/playwright-core" ]; then
  cp render/html/bench/render.mjs "$pw/render-bench.mjs"
  paint="$pw/render-bench.mjs"
fi
row() { printf '%-6s %-12s %9s %9s %9s  %s\n' "$@"; }
row size step seconds MB/s peak_MB ratio
for size in ${SIZES:-10MB 100MB}; do
  dir=$tmp/corpus-$size site=$tmp/site-$size
  [ -d "$dir" ] || "$tmp/gen" -size "$size" -out "$dir" >/dev/null
  mb=$(du -sm --apparent-size "$dir/" | cut -f1)
  # seconds and peak MB of a command, in $sec and $peak
  timed() {
    /usr/bin/time -f '%e %M' -o "$tmp/t" "$@" >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
    read -r sec kb <"$tmp/t"
    peak=$((kb / 1024))
  }
  ratio() { printf %.2f "$(echo "$1 / $2" | bc -l)"; }

  timed env TIMELINE_BENCH_CORPUS="$dir" "$tmp/timeline.test" -test.run '^$' -test.bench BenchmarkParseCorpus -test.benchtime 1x
  parse=$sec
  row "$size" "parse only" "$parse" "$(ratio "$mb" "$parse")" "$peak" "1 (baseline)"
  rm -rf "$site"
  timed "$tmp/timeline" build --corpus "$dir" --out "$site"
  full=$sec
  row "$size" build "$full" "$(ratio "$mb" "$full")" "$peak" "$(ratio "$parse" "$full") of parse only's MB/s"
  published=$(du -sm --apparent-size --exclude=.timeline "$site" | cut -f1)
  row "$size" site - - - "$(ratio "$published" "$mb")× the corpus ($published of $mb MB)"

  one=$dir/0000/a0000000.txt # gen's first article
  cp "$one" "$tmp/one.txt"
  printf 'The sides also agreed to meet again next year.\n' >>"$one"
  timed "$tmp/timeline" build --corpus "$dir" --out "$site"
  row "$size" "1 changed" "$sec" - "$peak" "$(ratio "$sec" "$full") of the build"
  cp "$tmp/one.txt" "$one" # the corpus stays what gen wrote
  timed "$tmp/timeline" build --corpus "$dir" --out "$site"
  timed "$tmp/timeline" build --corpus "$dir" --out "$site"
  row "$size" unchanged "$sec" - "$peak" "$(ratio "$sec" "$full") of the build"

  if [ -n "$paint" ]; then
    largest=$(ls -S "$site"/*.html | grep -v '/index.html$' | head -1)
    for page in "$site/index.html" "$largest"; do
      ms=$(node "$paint" "$page" | sed 's/first_render_ms=\([0-9]*\).*/\1/')
      row "$size" paint - - - "$ms ms: $(basename "$page") ($(du -m --apparent-size "$page" | cut -f1) MB)"
    done
  fi
done
