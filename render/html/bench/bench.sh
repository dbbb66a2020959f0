#!/usr/bin/env bash
# Measures building and first-rendering a page of 100, 1,000 and 10,000
# events, in one run; the 100-event page is the baseline of the ratios.
# Needs Chromium and playwright-core (../../../../shared/tools/setup-checkers.sh
# installs both; CHROMIUM and PLAYWRIGHT_DIR override where they are).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
pw=${PLAYWRIGHT_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/html-check}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/render.mjs" "$pw/render-bench.mjs"
(cd "$root" && go build -o "$tmp/bench" ./render/html/bench)
base_build="" base_render=""
printf "%-8s %10s %10s %12s %14s %10s\n" events page_ms page_MB render_ms render_ratio search_ms
for n in 100 1000 10000; do
  line=$("$tmp/bench" -n "$n" -out "$tmp/p$n.html")
  page_ms=$(sed 's/.*page_ms=\([0-9.]*\).*/\1/' <<<"$line")
  bytes=$(sed 's/.*page_bytes=\([0-9]*\).*/\1/' <<<"$line")
  r=$(node "$pw/render-bench.mjs" "$tmp/p$n.html")
  render_ms=$(sed 's/first_render_ms=\([0-9]*\).*/\1/' <<<"$r")
  search_ms=$(sed 's/.*search_ms=\([0-9]*\).*/\1/' <<<"$r")
  [ -z "$base_render" ] && base_render=$render_ms
  printf '%-8s %10s %10.2f %12s %13.2fx %10s\n' "$n" "$page_ms" "$(echo "$bytes/1048576" | bc -l)" "$render_ms" "$(echo "$render_ms/$base_render" | bc -l)" "$search_ms"
done
