#!/usr/bin/env bash
# Date reading throughput: timeline's reader at 1, 10 and 100 MB of generated
# news-like text (the sentences of testdata/*.cases in ~3 KB articles, en/ru/uz),
# and when's own Parse per paragraph at 1 and 10 MB as the baseline, in the
# same run. Prints MB/s and the ratio to when at the same size.
set -euo pipefail
cd "$(dirname "$0")"
out=$(go test -run '^$' -bench 'BenchmarkRead|BenchmarkWhenParse' -benchtime "${BENCHTIME:-3x}" -count 1 . | tee /dev/stderr)
awk '
  /^Benchmark(Read|WhenParse)\// {
    split($1, n, "/"); sub(/-[0-9]+$/, "", n[2]); name = n[1]; sz = n[2]
    for (i = 1; i <= NF; i++) if ($(i+1) == "MB/s") mbs = $i
    v[name, sz] = mbs; sizes[sz] = 1
  }
  END {
    printf "\n%-6s %14s %14s %8s\n", "size", "timeline MB/s", "when MB/s", "ratio"
    split("1MB 10MB 100MB", order, " ")
    for (k = 1; k <= 3; k++) { s = order[k]
      w = v["BenchmarkWhenParse", s]; t = v["BenchmarkRead", s]
      if (w != "") printf "%-6s %14.2f %14.2f %7.1fx\n", s, t, w, t / w
      else printf "%-6s %14.2f %14s %8s\n", s, t, "-", "-"
    }
  }' <<<"$out"
