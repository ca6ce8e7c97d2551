#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""Name the tests of a `swift test` log that failed or never finished.

A run cut off by a time limit ends without Swift Testing's own summary, and the
last lines of a parallel run say little about which test was stuck; this reads
the "started" and "passed/failed/skipped" lines and prints what is left open.

    scripts/unfinished-tests.py LOG
"""
import re
import sys
from collections import Counter

# "Test case passing …" lines (one per argument of a parameterised test) have no
# end line of their own; the test's "with N test cases passed" line closes them.
START = re.compile(r"^\S+ (Test|Suite) (?!case passing )(.+?) started\.$")
END = re.compile(r"^\S+ (Test|Suite) (.+?)(?: with \d+ test cases?)? (passed|failed|skipped)\b")
LIMIT = 40


def main(path: str) -> int:
    open_items: Counter = Counter()
    failed: list[str] = []
    with open(path, encoding="utf-8", errors="replace") as log:
        for line in log:
            line = line.rstrip("\n")
            if m := START.match(line):
                if m.group(2) != "run":
                    open_items[(m.group(1), m.group(2))] += 1
            elif m := END.match(line):
                key = (m.group(1), m.group(2))
                if open_items[key] > 0:
                    open_items[key] -= 1
                if m.group(1) == "Test" and m.group(3) == "failed" and m.group(2) not in failed:
                    failed.append(m.group(2))
    unfinished = [f"{kind.lower()} {name}" for (kind, name), n in open_items.items() if n > 0]
    for name in failed:
        print(f"failed:     {name}")
    # Suites first: a stuck test keeps its suite open, and suite names are unique.
    unfinished.sort(key=lambda item: not item.startswith("suite "))
    for item in unfinished[:LIMIT]:
        print(f"unfinished: {item}")
    if len(unfinished) > LIMIT:
        print(f"unfinished: … and {len(unfinished) - LIMIT} more")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
