#!/usr/bin/env bash
# End-to-end ingestion benchmark: generates a deterministic corpus of each
# size (corpus/gen), then in one run measures `cat` and `wc` over the files
# (the floor: reading the bytes) and `timeline build` on them: seconds, MB/s,
# articles/s and peak memory (GNU time's maximum resident set size); then
# the same build again after one article changed (the store's re-run; the
# article is put back afterwards, so the corpus stays what gen wrote), and
# once more with nothing changed (the build's manifest: nothing is written).
#   SIZES="10MB 100MB 1GB" corpus/gen/bench.sh      (default: 10MB 100MB)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$tmp"' EXIT
cd "$root"
go build -o "$tmp/timeline" ./cmd/timeline
go build -o "$tmp/gen" ./corpus/gen
printf '%-6s %-18s %8s %9s %11s %9s\n' size command seconds MB/s articles/s peak_MB
for size in ${SIZES:-10MB 100MB}; do
  dir=$tmp/corpus-$size
  [ -d "$dir" ] || "$tmp/gen" -size "$size" -out "$dir"
  mb=$(du -sm --apparent-size "$dir" | cut -f1)
  n=$(find "$dir" -name '*.txt' | wc -l)
  run() { # name, command...
    local name=$1; shift
    /usr/bin/time -f '%e %M' -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
    read -r sec kb <"$tmp/t"
    printf '%-6s %-18s %8.2f %9.1f %11.0f %9.0f\n' "$size" "$name" "$sec" "$(echo "$mb/($sec+0.001)" | bc -l)" \
      "$(echo "$n/($sec+0.001)" | bc -l)" "$(echo "$kb/1024" | bc -l)"
  }
  run cat sh -c "find '$dir' -type f -print0 | xargs -0 cat"
  run wc sh -c "find '$dir' -type f -print0 | xargs -0 cat | wc -w"
  rm -rf "$tmp/site-$size"
  run "timeline build" "$tmp/timeline" build --corpus "$dir" --out "$tmp/site-$size"
  one=$dir/0000/a0000000.txt # gen's first article
  cp "$one" "$tmp/one.txt"
  printf 'The sides also agreed to meet again next year.\n' >>"$one"
  run "re-run, 1 changed" "$tmp/timeline" build --corpus "$dir" --out "$tmp/site-$size"
  run "again, unchanged" "$tmp/timeline" build --corpus "$dir" --out "$tmp/site-$size"
  cp "$tmp/one.txt" "$one"
done
