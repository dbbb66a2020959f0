#!/usr/bin/env bash
# feed-words.sh FEED WORDS...: imports FEED into khal and calcurse and
# requires each of WORDS in what each of them prints of its events: a
# planned or postponed event must read as such where STATUS is not shown.
set -euo pipefail
feed=$1; shift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/khal/cal" "$tmp/cc"
printf '[calendars]\n[[feed]]\npath = %s\n[locale]\nlocal_timezone = UTC\ndefault_timezone = UTC\n[sqlite]\npath = %s\n' \
  "$tmp/khal/cal" "$tmp/khal/db" > "$tmp/khal/conf"
khal=$(khal -c "$tmp/khal/conf" printics "$feed")
(cd "$tmp" && TMPDIR=$tmp calcurse -D "$tmp/cc" -i "$feed" >/dev/null)
calcurse=$(calcurse -D "$tmp/cc" --input-datefmt 4 -Q --from 2000-01-01 --days 73000)
failed=0
for client in khal calcurse; do
  for w in "$@"; do
    if grep -qF -- "$w" <<<"${!client}"; then echo "ok   $client shows $w"; else echo "FAIL $client does not show $w"; failed=1; fi
  done
done
exit $failed
