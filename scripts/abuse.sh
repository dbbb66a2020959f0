#!/usr/bin/env bash
# Attacks timeline with bad input, damaged state, crashes and load, on
# loopback only, and prints one line per attack: ok, or defect and why.
# Exits 1 when an attack finds a defect. Needs Go, Python 3 and curl.
#
#   scripts/abuse.sh            # builds ./cmd/timeline first
#   TIMELINE=/path/to/timeline scripts/abuse.sh
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT
tl=${TIMELINE:-}
if [ -z "$tl" ]; then
  tl=$tmp/timeline
  go build -o "$tl" ./cmd/timeline || exit 2
fi
defects=0
n=0
# attack NAME FUNCTION: runs FUNCTION in its own folder and subshell; for
# a defect it says why (fail) and exits
attack() {
  n=$((n + 1))
  local dir=$tmp/$n why
  mkdir -p "$dir"
  if why=$(cd "$dir" && "$2" 2>&1); then
    printf '%2d %-58s ok\n' "$n" "$1"
  else
    defects=$((defects + 1))
    printf '%2d %-58s defect: %s\n' "$n" "$1" "$(printf '%s' "$why" | tail -3 | tr '\n' ' ')"
  fi
}
fail() { echo "$*"; exit 1; }
good() { # a corpus of the embedded sample's articles in folder $1
  mkdir -p "$1" && cp "$root"/corpus/sample/* "$1"/ && rm -f "$1/sample.go"
}
talks='On 3 March 2024, the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.'
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0; sleep 0.1; done; return 1; }

store_text() {
  good c && echo "my notes" > notes.txt
  "$tl" build --corpus c --out s --store notes.txt >/dev/null 2>err && fail "exit 0"
  grep -q "not a timeline store" err || fail "no clear line: $(cat err)"
  [ "$(cat notes.txt)" = "my notes" ] || fail "the file was changed"
}
store_foreign() {
  good c
  python3 -c 'import sqlite3; d=sqlite3.connect("app.db"); d.execute("create table files(a)"); d.execute("insert into files values (1)"); d.execute("create table results(b)"); d.commit()'
  "$tl" build --corpus c --out s --store app.db >/dev/null 2>err && fail "exit 0"
  python3 -c 'import sqlite3; d=sqlite3.connect("app.db"); assert d.execute("select count(*) from files").fetchone()[0] == 1' || fail "its tables were dropped"
}
chronicle() { # an article of $2 bytes of distinct talks over 35 years, into file $1
  python3 - "$1" "$2" <<'EOF'
import sys
months = "January February March April May June July August September October November December".split()
sides = "Tajikistan Kyrgyzstan Kazakhstan Uzbekistan Turkmenistan China Russia Turkey".split()
out, size, i = [], 0, 0
while size < int(sys.argv[2]):
    a, b = sides[i % 8], sides[(i // 8 + 1 + i % 8) % 8]
    b = b if a != b else sides[(i + 1) % 8]
    out.append(f"On {i % 28 + 1} {months[(i // 28) % 12]} {1990 + (i // 336) % 35}, the foreign ministers of {a} and {b} held talks in Dushanbe.\n\n")
    size += len(out[-1])
    i += 1
open(sys.argv[1], "w").write("".join(out))
EOF
}
long_article() {
  mkdir c && chronicle c/chronicle.txt $((1 << 20))
  timeout 60 "$tl" build --corpus c --out s >/dev/null 2>&1 || fail "a 1 MB article took more than 60 s with the store (or failed)"
  timeout 60 "$tl" build --no-store --corpus c --out s2 >/dev/null 2>&1 || fail "a 1 MB article took more than 60 s without the store"
}
named_pipe() {
  good c && mkfifo c/pipe.txt
  timeout 20 "$tl" build --corpus c --out s >/dev/null 2>err; [ $? = 124 ] && fail "build hangs on a named pipe"
  grep -q "pipe.txt: not a regular file" err || fail "the pipe is not named: $(cat err)"
  [ -s s/calendar.ics ] || fail "no calendar"
}
serve_while_building() {
  good c && local p && p=$(port)
  "$tl" serve --corpus c --out s --addr "127.0.0.1:$p" --poll 100ms 2>log & local pid=$!
  trap "kill $pid 2>/dev/null" EXIT
  wait_up "$p" || fail "serve did not come up"
  for _ in $(seq 50); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/calendar.ics")" = 200 ] && break; sleep 0.2; done
  python3 - <<'EOF'
months = "January February March April May June July August September October November December".split()
open("c/long.txt", "w").write("".join(f"On {i % 28 + 1} {months[i % 12]} {1990 + i % 35}, the presidents of Kazakhstan and Uzbekistan held talks in Tashkent.\n\n" for i in range(20000)))
EOF
  mkfifo c/pipe.txt
  sleep 0.3
  local worst=0 t
  for _ in $(seq 20); do
    t=$(curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}' "http://127.0.0.1:$p/calendar.ics")
    [ "${t%% *}" = 200 ] || fail "answered ${t%% *} while rebuilding"
    worst=$(python3 -c "print(max($worst, ${t##* }))")
    sleep 0.1
  done
  kill -0 $pid 2>/dev/null || fail "serve died"
  python3 -c "import sys; sys.exit(0 if $worst < 1 else 1)" || fail "a request waited ${worst}s"
}
store_damage() {
  good c
  "$tl" build --corpus c --out s >/dev/null 2>&1 || fail "first build"
  python3 - <<'EOF'
import sqlite3
d = sqlite3.connect("s/.timeline/store.db")
for table, col in (("results", "mentions"), ("merged", "events")):
    for key, blob in d.execute(f"select rowid, {col} from {table}").fetchall():
        b = bytearray(blob)
        b[len(b) // 2] ^= 0x04 # one bit, inside a record
        d.execute(f"update {table} set {col}=? where rowid=?", (bytes(b), key))
d.commit()
EOF
  touch c/*.txt # read again from the damaged store
  "$tl" build --corpus c --out s >/dev/null 2>err || fail "the build failed: $(cat err)"
  "$tl" export --corpus c --store s/.timeline/store.db >s.json 2>/dev/null || fail "export through the store failed"
  python3 - <<'EOF' || fail "damaged values reached the output"
import json, os, re
tl = json.load(open("s.json"))
for e in tl["events"]:
    for s in e["sources"]:
        assert s.get("offset", 0) >= 0, s
for dirpath, _, files in os.walk("s"):
    for f in files:
        assert re.fullmatch(r"[A-Za-z0-9_.-]+", f), f
EOF
  cmp -s <(grep -v '"generated"' s.json) <("$tl" export --no-store --corpus c 2>/dev/null | grep -v '"generated"') || fail "the timeline differs from one read afresh"
  "$tl" build --no-store --corpus c --out fresh >/dev/null 2>&1
  for p in fresh/*.html; do cmp -s "$p" "s/${p#fresh/}" || fail "${p#fresh/} differs from the page of a build read afresh"; done
}
endless_file() {
  good c && ln -s /dev/zero c/zero.txt && ln -sf /dev/zero c/004_0e454dbf03d95973.meta.json
  python3 -c 'open("c/big.txt","w").write("x"); open("c/big.meta.json","w").write("{\"title\": \"" + "x" * (200 << 20) + "\"}")'
  # 3 GB of address space at most, so that a defect cannot take the machine
  (ulimit -v 3000000; exec timeout 60 "$tl" build --corpus c --out s >/dev/null 2>err)
  case $? in 124) fail "build never ends on a link to /dev/zero";; 0|3) ;; *) fail "build failed: $(tail -2 err)";; esac
  grep -q "zero.txt: not a regular file" err || fail "the link is not named: $(head -3 err)"
  grep -q "big.meta.json: file larger" err || fail "the 200 MB meta file is not named"
}
jsonl_long_line() {
  mkdir c && python3 -c "
import json
lines = [json.dumps({'id': '1', 'text': '$talks'}), json.dumps({'id': '2', 'text': 'x' * 200000}), json.dumps({'id': '3', 'text': '$talks'.replace('3 March', '4 March')})]
open('c/a.jsonl', 'w').write('\n'.join(lines) + '\n')"
  "$tl" export --no-store --corpus c --max-line-size 100000 >out.json 2>err
  grep -q "a.jsonl:2: line longer" err || fail "the long line is not named: $(cat err)"
  grep -q '"article": "a#3"' out.json || fail "the line after it was dropped"
}
idle_connections() {
  good c && local p && p=$(port)
  "$tl" serve --corpus c --out s --addr "127.0.0.1:$p" --poll 200ms 2>log & local pid=$!
  trap "kill $pid 2>/dev/null" EXIT
  wait_up "$p" || fail "serve did not come up"
  for _ in $(seq 50); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/")" = 200 ] && break; sleep 0.2; done
  python3 - "$p" "$talks" <<'EOF' || fail "idle connections are held or starve requests"
import socket, sys, time, urllib.request
port, talks = int(sys.argv[1]), sys.argv[2]
# 300 connections that ask once and stay (kept alive), 100 that never ask
asking = [socket.create_connection(("127.0.0.1", port)) for _ in range(300)]
for s in asking:
    s.sendall(b"HEAD /calendar.ics HTTP/1.1\r\nHost: x\r\n\r\n")
silent = [socket.create_connection(("127.0.0.1", port)) for _ in range(100)]
t = time.time()
body = urllib.request.urlopen(f"http://127.0.0.1:{port}/calendar.ics", timeout=20).read()
waited = time.time() - t
assert waited < 15, "a request waited %.1fs" % waited
open("c/new.txt", "w").write(talks.replace("2024", "2023"))
time.sleep(15)
closed = 0
for s in asking + silent:
    s.settimeout(0.2)
    try:
        while s.recv(65536):
            pass
        closed += 1
    except OSError:
        pass
assert closed == 400, f"{closed} of 400 idle connections closed after 15 s"
body2 = urllib.request.urlopen(f"http://127.0.0.1:{port}/calendar.ics", timeout=10).read()
assert body2.count(b"UID:") > body.count(b"UID:"), "no rebuild beside the connections"
print("a request waited %.1fs" % waited)
EOF
}
out_users_files() {
  good c && mkdir mine && echo "my page" > mine/index.html
  "$tl" build --corpus c --out mine >/dev/null 2>err && fail "wrote into a folder of the user's files"
  [ "$(cat mine/index.html)" = "my page" ] || fail "index.html overwritten"
  "$tl" build --corpus c --out c >/dev/null 2>&1 && fail "wrote into the corpus"
  [ ! -e c/index.html ] || fail "a page in the corpus"
}
killed_while_writing() {
  mkdir c && chronicle c/chronicle.txt $((512 << 10))
  temps() { find s -name '.tmp-*' -o -regex '.*/\.[^/]*\.\(ics\|html\|json\)\.[0-9]+' 2>/dev/null | wc -l; }
  # killed as soon as a temp file shows that it is writing; the files are
  # written one after another, so the kill may come between two: tried again
  for _ in 1 2 3 4 5 6 7 8; do
    rm -rf s
    "$tl" build --no-store --corpus c --out s >/dev/null 2>&1 & local pid=$!
    for _ in $(seq 6000); do [ "$(temps)" -gt 0 ] && break; sleep 0.01; done
    kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
    [ "$(temps)" -gt 0 ] && break
  done
  [ "$(temps)" -gt 0 ] || fail "the kill did not land while writing, in 8 tries"
  "$tl" build --no-store --corpus c --out s >/dev/null 2>err || fail "the next build failed: $(cat err)"
  [ "$(temps)" = 0 ] || fail "$(temps) temp files left"
}
stale_feeds() {
  mkdir c && echo "$talks" > c/a.txt
  echo "On 14 November 2025, President of Kazakhstan Kassym-Jomart Tokayev arrived in Tashkent on a state visit." > c/b.txt
  "$tl" build --corpus c --out s >/dev/null 2>&1 && [ -e s/feeds/country/KZ.ics ] || fail "no feed of Kazakhstan to begin with"
  rm c/b.txt
  "$tl" build --corpus c --out s >/dev/null 2>&1 || fail "rebuild"
  [ ! -e s/feeds/country/KZ.ics ] || fail "the feed of Kazakhstan keeps retracted events"
}
deep_feed_item() {
  mkdir c && python3 -c "
open('c/f.rss','w').write('<rss version=\"2.0\"><channel><title>N</title><item><guid>deep</guid><description>' + '&lt;div&gt;' * 600 + '$talks</description></item><item><guid>ok</guid><description>$talks</description></item></channel></rss>')"
  "$tl" export --no-store --corpus c >out.json 2>err
  grep -q 'item 1 ("deep"): broken HTML' err || fail "the item is not named: $(cat err)"
  grep -q 'div' out.json && fail "markup became article text"
  return 0
}
encodings() {
  mkdir c
  python3 - "$talks" <<'EOF'
import sys
talks = sys.argv[1]
open("c/u16.txt", "wb").write(talks.replace("3 March", "5 March").encode("utf-16"))
open("c/bom.txt", "wb").write(b"\xef\xbb\xbf" + talks.replace("3 March", "6 March").encode())
open("c/meta.txt", "w").write(talks.replace("3 March", "7 March"))
open("c/meta.meta.json", "w").write('{"published": 12345, "title": "Kept title", "url": "https://example.org/kept"}')
open("c/odd\nname.txt", "w").write("\x00")
EOF
  "$tl" export --no-store --corpus c >out.json 2>err
  grep -q '"article": "u16"' out.json || fail "UTF-16 text not read: $(cat err)"
  grep -q $'\xef\xbb\xbf' out.json && fail "a byte order mark in the output"
  grep -q 'Kept title' out.json || fail "the meta file's title was dropped"
  grep -q 'meta field "published"' err || fail "the bad field is not named"
  grep -q 'odd\\nname.txt' err || fail "an odd file name printed raw: $(cat err)"
}
two_builds() {
  mkdir c && chronicle c/chronicle.txt $((2 << 20))
  "$tl" build --corpus c --out s >/dev/null 2>&1 & local pid=$!
  sleep 0.3
  "$tl" build --no-store --corpus c --out s >/dev/null 2>err; local rc=$?
  wait $pid
  [ $rc != 0 ] && grep -q "is being written by another run (process" err || fail "no lock: exit $rc, $(cat err)"
}
path_traversal() {
  good c && local p && p=$(port)
  "$tl" serve --corpus c --out s --addr "127.0.0.1:$p" 2>log & local pid=$!
  trap "kill $pid 2>/dev/null" EXIT
  wait_up "$p" || fail "serve did not come up"
  for _ in $(seq 50); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/")" = 200 ] && break; sleep 0.2; done
  for u in /../../etc/passwd /%2e%2e/%2e%2e/etc/passwd /.timeline/store.db /feeds/../../../etc/passwd; do
    code=$(curl -s --path-as-is -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p$u")
    [ "$code" = 404 ] || [ "$code" = 400 ] || fail "$u answered $code"
  done
}

attack "--store at a text file: refused, left as it is" store_text
attack "--store at another application's SQLite database" store_foreign
attack "a 1 MB article of distinct events, with and without the store" long_article
attack "a named pipe among the articles" named_pipe
attack "serve answers at once while it rebuilds" serve_while_building
attack "bytes flipped in the store's records" store_damage
attack "a link to /dev/zero and a 200 MB meta file" endless_file
attack "a JSONL line over --max-line-size" jsonl_long_line
attack "400 idle connections to serve" idle_connections
attack "--out at the user's files, or at the corpus" out_users_files
attack "kill -9 while writing, then build again" killed_while_writing
attack "an article removed: its country's feed goes" stale_feeds
attack "a feed item nested 600 deep" deep_feed_item
attack "UTF-16, a byte order mark, a bad meta field, a newline in a name" encodings
attack "two builds on one --out" two_builds
attack "paths out of the site from serve" path_traversal

echo
if [ $defects -gt 0 ]; then
  echo "$defects of $n attacks found a defect"
  exit 1
fi
echo "all $n attacks: ok"
