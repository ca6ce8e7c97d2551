#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""Writes a measurement import of N rows for the demo organisation in a Lemniscaat SQLite database.

Rows are counts for the demo's count indicators, per buurt and period of each indicator's own frequency, broken down
by a dimension "bench" with as many categories as N needs, so no row collides with the demo's own figures.

    generate.py DATABASE N > file.csv
"""
import random
import sqlite3
import sys


def periods(frequency):
    if frequency == "kwartaal":
        return [f"{y}-Q{q}" for y in (2024, 2025) for q in (1, 2, 3, 4)]
    if frequency == "maand":
        return [f"{y}-{m:02d}" for y in (2024, 2025) for m in range(1, 13)]
    return ["2024", "2025"]


def main():
    database, total = sys.argv[1], int(sys.argv[2])
    db = sqlite3.connect(database)
    indicators = db.execute("SELECT code, frequency FROM indicators WHERE unit = 'aantal' ORDER BY code").fetchall()
    buurten = [row[0] for row in db.execute("SELECT code FROM areas WHERE level = 'buurt' ORDER BY code")]
    cells = [(code, period, buurt) for code, frequency in indicators for period in periods(frequency) for buurt in buurten]
    categories = -(-total // len(cells))
    rng = random.Random(42)
    out = sys.stdout
    out.write("indicator;periode;gebied;uitsplitsing;categorie;waarde;status;toelichting\n")
    written = 0
    for category in range(categories):
        for code, period, buurt in cells:
            if written == total:
                return
            out.write(f"{code};{period};{buurt};bench;c{category:05d};{rng.randint(0, 400)};voorlopig;\n")
            written += 1


if __name__ == "__main__":
    main()
