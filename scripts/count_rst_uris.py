#!/usr/bin/env python3
"""Counts, per OTC RST service folder, the distinct `METHOD /path` pairs written in URI
sections (the issue 13 acceptance figure), independently of the Rust reader.

A URI section is the text after a `-`-underlined title reading URI/URL/Request URI/URI format,
up to the next title of the same or a higher level. `METHOD /path` and
`METHOD https://{Endpoint}/path` lines both count (the endpoint is dropped); the query string
is dropped. A line inside a code block (`.. code-block::`, `::`) is an example request and
does not count when the page states a pair outside code blocks (`Example:` then
`GET https://{Endpoint}/v1/{project_id}/subnets?limit=10`); a page whose URI lines are all in
code blocks counts those.

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
    prose, code = set(), set()
    in_uri = False
    code_indent = None  # indentation of the directive that opened a code block
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        indent = len(line) - len(line.lstrip())
        if code_indent is not None and line.strip() and indent <= code_indent:
            code_indent = None
        if line.strip() and UNDER.match(nxt) and not UNDER.match(line):
            in_uri = line.strip().rstrip(":").lower() in URI_TITLES
            continue
        if line.strip().startswith(".. code-block::") or (
            line.rstrip().endswith("::") and not line.strip().startswith("..")
        ):
            code_indent = indent
            continue
        if in_uri:
            m = LINE.match(line)
            if m:
                p = re.sub(r"^https?://[^/]*", "", m.group(2)).split("?")[0]
                (code if code_indent is not None else prose).add((m.group(1), p))
    return prose or code


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
