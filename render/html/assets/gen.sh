#!/usr/bin/env bash
# Installs the page's front-end libraries from the npm registry exactly as
# package-lock.json pins them (npm ci), bundles the part of ECharts the pages
# use (echarts.js, with esbuild; under ECharts' licence header) and copies
# the other files the pages embed into dist/, which is committed and which
# go:embed puts into the binary; dist/SHA256SUMS ties them to the lock file
# and to echarts.js (TestAssetsMatchLock). Run by
# `go generate ./render/html` after changing package.json and `npm install
# --package-lock-only`; needs Node.js and npm.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
sed -n '1,/\*\//p' node_modules/echarts/dist/echarts.min.js >dist/echarts.min.js # the licence header
node_modules/.bin/esbuild echarts.js --bundle --minify --format=iife --target=es2017 --log-level=warning >>dist/echarts.min.js
cp node_modules/topojson-client/dist/topojson-client.min.js dist/topojson-client.min.js
cp node_modules/world-atlas/countries-110m.json dist/countries-110m.json
{
  echo "echarts $(node -p 'require("./node_modules/echarts/package.json").version') (Apache-2.0), the charts of echarts.js bundled by esbuild $(node -p 'require("./node_modules/esbuild/package.json").version')"
  echo "topojson-client $(node -p 'require("./node_modules/topojson-client/package.json").version') (ISC)"
  echo "world-atlas $(node -p 'require("./node_modules/world-atlas/package.json").version') (ISC; map data Natural Earth, public domain)"
} > dist/VERSIONS
{
  (cd dist && sha256sum echarts.min.js topojson-client.min.js countries-110m.json VERSIONS)
  echo "$(sha256sum echarts.js | cut -d' ' -f1)  ../echarts.js"
  echo "$(sha256sum package-lock.json | cut -d' ' -f1)  ../package-lock.json"
} > dist/SHA256SUMS
echo "render/html/assets: dist/ ready ($(du -sh dist | cut -f1))"
