#!/usr/bin/env bash
# Date reading throughput: timeline's reader at 1, 10 and 100 MB of generated
# news-like text (the sentences of date cases (parse/lang/*/testdata/*.cases) in ~3 KB articles, en/ru/uz),
# and when's own Parse per paragraph at 1 and 10 MB as the baseline, in the
# same run. Each benchmark runs COUNT times (default 3) for at least
# BENCHTIME each (default 2s); the median MB/s of each is compared with
# when's at the same size.
set -euo pipefail
cd "$(dirname "$0")"
out=$(go test -run '^$' -bench 'BenchmarkRead|BenchmarkWhenParse' -benchtime "${BENCHTIME:-2s}" -count "${COUNT:-3}" . | tee /dev/stderr)
awk '
  function median(name, sz,   n, i, j, t, a) {
    n = cnt[name, sz]
    if (n == 0) return ""
    for (i = 1; i <= n; i++) a[i] = v[name, sz, i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  /^Benchmark(Read|WhenParse)\// {
    split($1, n, "/"); sub(/-[0-9]+$/, "", n[2]); name = n[1]; sz = n[2]
    for (i = 1; i <= NF; i++) if ($(i+1) == "MB/s") mbs = $i
    v[name, sz, ++cnt[name, sz]] = mbs
  }
  END {
    printf "\nmedian of %d runs each\n%-6s %14s %14s %8s\n", cnt["BenchmarkRead", "1MB"], "size", "timeline MB/s", "when MB/s", "ratio"
    split("1MB 10MB 100MB", order, " ")
    for (k = 1; k <= 3; k++) { s = order[k]
      w = median("BenchmarkWhenParse", s); t = median("BenchmarkRead", s)
      if (w != "") printf "%-6s %14.2f %14.2f %7.1fx\n", s, t, w, t / w
      else printf "%-6s %14.2f %14s %8s\n", s, t, "-", "-"
    }
  }' <<<"$out"
