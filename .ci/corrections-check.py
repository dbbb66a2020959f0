#!/usr/bin/env python3
"""corrections-check.py TIMELINE DEV_CORPUS TMP TOOLS

On a copy of the dev corpus, a corrections file that fixes three events,
hides one, merges two and adds one must give exactly those changes in
the exported timeline JSON and calendar.ics (which ics-check.sh must pass),
and on the pages in headless Chromium (corrected-page.mjs); an article added that
changes a corrected event's id must name that entry stale with its line
while the rest apply; `export --csv` must load in pandas with one row per
event and the documented columns. Prints ok/FAIL lines; exit 1 on a
failure."""
import json
import os
import re
import shutil
import subprocess
import sys

tl, dev, tmp, tools = sys.argv[1:5]
here = os.path.dirname(os.path.abspath(__file__))
failed = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failed.append(what)


def build(corpus, out):
    """Builds the site into out, and exports the timeline beside it (out.json)."""
    r = subprocess.run([tl, "build", "--no-store", "--corpus", corpus, "--out", out], capture_output=True, text=True)
    with open(out + ".json", "w") as f:
        subprocess.run([tl, "export", "--no-store", "--corpus", corpus], stdout=f, stderr=subprocess.DEVNULL)
    return r.returncode, r.stderr


def events(out):
    d = json.load(open(out + ".json"))
    return {e["id"]: e for e in d["events"] + d["undated"]}


def vevents(out):
    """The calendar's VEVENTs by UID, unfolded, without their stamps."""
    text = open(os.path.join(out, "calendar.ics"), encoding="utf-8").read().replace("\r\n ", "")
    out = {}
    for block in re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", text, re.S):
        lines = [l for l in block.split("\r\n") if l and not l.startswith(("DTSTAMP", "LAST-MODIFIED", "SEQUENCE"))]
        uid = next(l for l in lines if l.startswith("UID:"))[4:].split("@")[0]
        out[uid] = lines
    return out


corpus = os.path.join(tmp, "dev")
shutil.copytree(dev, corpus)
out0, out1, out2 = (os.path.join(tmp, n) for n in ("before", "after", "stale"))
build(corpus, out0)
before = events(out0)
dated = [e for e in before.values() if e["start"] and not e["start"].startswith("XXXX")]

# what to correct, chosen from the events as an editor would see them
month_visit = next(e for e in dated if e["precision"] == "month" and e["type"].endswith("visit"))
past_plan = next(e for e in dated if e.get("confirmed") is False and e is not month_visit)
retitle = next(e for e in dated if e["type"] == "talks" and e["title"].startswith("Talks in "))
pair = next((a, b) for a in dated for b in dated if a is not b and a["type"] == b["type"] == "talks"
            and a["title"] == b["title"] and a["start"] < b["start"] and a["start"][:7] == b["start"][:7])
hidden = next(e for e in dated if e["type"] == "talks" and len(e["sources"]) == 1
              and e not in (retitle, *pair))
day = month_visit["start"] + "-15"
entries = f"""# corrections of the dev corpus
- id: {month_visit["id"]}
  date: {month_visit["start"]}
  type: {month_visit["type"]}
  set: {{start: {day}}}
  note: the day as the host's press service gives it
- id: {past_plan["id"]}
  set: {{status: held}}
  note: held, as a later report says
- id: {retitle["id"]}
  set: {{title: "Talks of the foreign ministers in Tashkent"}}
- id: {hidden["id"]}
  hide: true
  note: background, not an event
- merge: [{pair[0]["id"]}, {pair[1]["id"]}]
  note: one meeting over two days
- add: {{type: forum, title: Tashkent International Investment Forum, start: 2025-06-10,
        place: {{city: Tashkent, country: UZ}}, participants: [{{code: UZ}}], url: "https://example.org/tiif"}}
  note: held, not in the corpus
"""
open(os.path.join(corpus, "corrections.yaml"), "w").write(entries)
rc, err = build(corpus, out1)
check(rc == 0, f"the build with corrections succeeds ({err.strip().splitlines()[-1] if err.strip() else ''})")
after = events(out1)

changed = {month_visit["id"], past_plan["id"], retitle["id"], pair[0]["id"]}
gone = {hidden["id"], pair[1]["id"]}
added = set(after) - set(before)
check(set(before) - set(after) == gone, f"export: exactly the hidden and the merged-away events are gone ({sorted(set(before) - set(after))})")
check(len(added) == 1 and after[next(iter(added))]["title"] == "Tashkent International Investment Forum", "export: exactly the added event is new")
same = [i for i in before if i not in gone | changed]
check(all(before[i] == after[i] for i in same), f"export: the {len(same)} other events are unchanged")
check(after[month_visit["id"]]["start"] == day and after[month_visit["id"]]["precision"] == "day", "export: the visit has its day")
check(after[past_plan["id"]]["status"] == "held" and "confirmed" not in after[past_plan["id"]], "export: the plan is held")
check(after[retitle["id"]]["title"] == "Talks of the foreign ministers in Tashkent", "export: the title is the editor's")
merged = after[pair[0]["id"]]
check(len(merged["sources"]) == len(pair[0]["sources"]) + len(pair[1]["sources"]), "export: the merged event quotes both")
check(all(after[i].get("corrected") for i in changed | added) and not any(after[i].get("corrected") for i in same),
      "export: the corrected events say so, no other")

cal0, cal1 = vevents(out0), vevents(out1)
in_feed = lambda ids: {i for i in ids if i in cal0 or i in cal1}
check(set(cal0) - set(cal1) == in_feed(gone), "calendar.ics: exactly the hidden and merged-away events are gone")
check(set(cal1) - set(cal0) == in_feed(added), "calendar.ics: exactly the added event is new")
check(all(cal0[i] == cal1[i] for i in cal0 if i in cal1 and i not in changed), "calendar.ics: the other events are unchanged")
check(all(cal0[i] != cal1[i] for i in in_feed(changed)), "calendar.ics: the corrected events changed")
r = subprocess.run([os.path.join(tools, "ics-check.sh"), os.path.join(out1, "calendar.ics")], capture_output=True, text=True)
check(r.returncode == 0, "calendar.ics passes ics-check.sh: " + r.stdout.strip().splitlines()[-1] if r.stdout.strip() else "")

checkers = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "html-check")
for script in ("corrected-page.mjs", "page-data.mjs"):
    shutil.copy(os.path.join(here, script), checkers)
pages = sorted(os.path.join(out1, n) for n in os.listdir(out1) if n.endswith(".html") and n != "index.html")
r = subprocess.run(["node", os.path.join(checkers, "corrected-page.mjs"), ",".join(sorted(changed | added)), ",".join(sorted(gone))] + pages,
                   capture_output=True, text=True)
print(r.stdout.rstrip())
check(r.returncode == 0, "the page in headless Chromium shows the corrections")

# an article that gives the visit its day changes its id: that entry is
# named stale with its line, the others apply
host = [p["name"] for p in month_visit["participants"] if p.get("role") == "host"]
guest = [p["name"] for p in month_visit["participants"] if p.get("role") == "guest"]
city = month_visit["place"].get("city")
y, m = month_visit["start"].split("-")
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
open(os.path.join(corpus, "zz-day.txt"), "w").write(
    f"The President of {guest[0]} arrived in {city} on a {month_visit['type'].replace('_', ' ')} to {host[0]} on 23 {months[int(m) - 1]} {y}.\n")
open(os.path.join(corpus, "zz-day.meta.json"), "w").write(json.dumps({"published": f"{y}-{m}-23", "outlet": "Example News"}))
rc, err = build(corpus, out2)
line = entries.splitlines().index(f"- id: {month_visit['id']}") + 1
check(rc == 3 and f"corrections.yaml:{line}: set: no event {month_visit['id']}" in err,
      f"an article that changes the visit's id names its entry (line {line}) stale: {[l for l in err.splitlines() if 'corrections.yaml' in l]}")
stale = events(out2)
check(stale[retitle["id"]]["title"] == "Talks of the foreign ministers in Tashkent" and hidden["id"] not in stale
      and pair[1]["id"] not in stale, "the other corrections still apply")

# the CSV in pandas
r = subprocess.run([tl, "export", "--csv", "--no-store", "--corpus", dev], capture_output=True, text=True)
pandas = subprocess.run(["/usr/bin/python3", "-c", """
import io, sys, pandas
d = pandas.read_csv(io.StringIO(sys.stdin.read()), dtype={"cameo": str})
print(len(d), ",".join(d.columns), d["sources"].dtype, d["corrected"].dtype, d["lat"].dtype)
"""], input=r.stdout, capture_output=True, text=True)
formats = open(os.path.join(here, "..", "docs", "formats.md"), encoding="utf-8").read()
csv_section = formats.split("## CSV", 1)[-1].split("\n#", 1)[0]
documented = re.findall(r"^\| `(\w+)` \|", csv_section, re.M)
n, cols, *types = (pandas.stdout.split() + ["", "", "", "", ""])[:5]
check(pandas.returncode == 0 and n.isdigit() and int(n) == len(before), f"export --csv loads in pandas with one row per event ({n} rows, {len(before)} events) {pandas.stderr.strip()[-200:]}")
check(cols.split(",") == documented, f"its columns are those of docs/formats.md ({len(documented)} documented)")
check(types == ["int64", "bool", "float64"], f"counts, flags and coordinates are typed ({types})")
print("FAILED" if failed else "passed")
sys.exit(1 if failed else 0)
