"""page-corpora.py DIR: two corpora for the page's checks (page-use.mjs):
DIR/spread, some hundreds of talks of 2017 and 2018 and one of 2000, and
DIR/dense, thousands of talks of 2015 in one JSONL file."""
import datetime
import json
import os
import sys

out = sys.argv[1]
months = "January February March April May June July August September October November December".split()
capitals = [("Tajikistan", "Dushanbe"), ("Kazakhstan", "Astana"), ("Turkmenistan", "Ashgabat"),
            ("Kyrgyzstan", "Bishkek"), ("Uzbekistan", "Tashkent")]
# every ordered pair of two countries: the host first
pairs = [(a, b, c) for a, c in capitals for b, _ in capitals if a != b]


def talks(i, d):
    a, b, c = pairs[i % len(pairs)]
    return f"On {d.day} {months[d.month - 1]} {d.year}, the foreign ministers of {a} and {b} held talks in {c}."


os.makedirs(f"{out}/spread")
os.makedirs(f"{out}/dense")
d = datetime.date(2017, 1, 3)
for i in range(240):
    open(f"{out}/spread/a{i:03}.txt", "w").write(talks(i, d) + "\n")
    open(f"{out}/spread/a{i:03}.meta.json", "w").write(json.dumps({"published": d.isoformat(), "language": "en"}))
    d += datetime.timedelta(days=3)
open(f"{out}/spread/old.txt", "w").write(talks(0, datetime.date(2000, 5, 5)) + "\n")
d, lines = datetime.date(2015, 1, 1), []
for i in range(2600):
    lines.append(json.dumps({"id": str(i), "text": talks(i, d), "published": d.isoformat(), "language": "en"}))
    d += datetime.timedelta(days=(i % len(pairs)) == len(pairs) - 1)  # a day of talks of every pair
open(f"{out}/dense/news.jsonl", "w").write("\n".join(lines) + "\n")
