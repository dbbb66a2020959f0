"""page-corpora.py DIR: two corpora for the page's checks (page-use.mjs):
DIR/spread, some hundreds of talks from 2017 on and one of 2000, and
DIR/dense, thousands of talks in one JSONL file."""
import datetime
import json
import os
import sys

out = sys.argv[1]
months = "January February March April May June July August September October November December".split()
pairs = [("Tajikistan", "Kyrgyzstan", "Dushanbe"), ("Kazakhstan", "Uzbekistan", "Tashkent"),
         ("Turkmenistan", "Uzbekistan", "Ashgabat"), ("Kyrgyzstan", "Kazakhstan", "Bishkek")]


def talks(i, d):
    a, b, c = pairs[i % 4]
    return f"On {d.day} {months[d.month - 1]} {d.year}, the foreign ministers of {a} and {b} held talks in {c}."


os.makedirs(f"{out}/spread")
os.makedirs(f"{out}/dense")
d = datetime.date(2017, 1, 3)
for i in range(240):
    open(f"{out}/spread/a{i:03}.txt", "w").write(talks(i, d) + "\n")
    open(f"{out}/spread/a{i:03}.meta.json", "w").write(json.dumps({"published": d.isoformat(), "language": "en"}))
    d += datetime.timedelta(days=13)
open(f"{out}/spread/old.txt", "w").write(talks(0, datetime.date(2000, 5, 5)) + "\n")
d, lines = datetime.date(2015, 1, 1), []
for i in range(2600):
    lines.append(json.dumps({"id": str(i), "text": talks(i, d), "published": d.isoformat(), "language": "en"}))
    d += datetime.timedelta(days=3)
open(f"{out}/dense/news.jsonl", "w").write("\n".join(lines) + "\n")
