#!/usr/bin/env python3
"""Counts, per OTC RST service folder, the distinct `METHOD /path` pairs written in URI
sections (the issue 13 acceptance figure), independently of the Rust reader.

A URI section is the text after a `-`-underlined title reading URI/URL/Request URI/URI format,
up to the next title of the same or a higher level. `METHOD /path` and
`METHOD https://{Endpoint}/path` lines both count (the endpoint is dropped); the query string
is dropped.

Usage: scripts/count_rst_uris.py FOLDER...   (prints `folder count`; `-v` lists the pairs)
"""
import os
import re
import sys

URI_TITLES = {"uri", "url", "request uri", "uri format", "api uri"}
LINE = re.compile(r"^\s*(?:-\s+)?(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(\S+)\s*$")
UNDER = re.compile(r"^([=\-~^\"'+*#])\1{2,}\s*$")


def pairs(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    out = set()
    in_uri = False
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() and UNDER.match(nxt) and not UNDER.match(line):
            in_uri = line.strip().rstrip(":").lower() in URI_TITLES
            continue
        if in_uri:
            m = LINE.match(line)
            if m:
                p = re.sub(r"^https?://[^/]*", "", m.group(2)).split("?")[0]
                out.add((m.group(1), p))
    return out


def main():
    verbose = "-v" in sys.argv
    for folder in [a for a in sys.argv[1:] if a != "-v"]:
        found = set()
        for root, _, files in os.walk(folder):
            for f in files:
                if f.endswith(".rst"):
                    found |= pairs(os.path.join(root, f))
        print(folder.rstrip("/").split("/")[-1], len(found))
        if verbose:
            for m, p in sorted(found, key=lambda x: (x[1], x[0])):
                print("  ", m, p)


if __name__ == "__main__":
    main()
