#!/usr/bin/env python3
"""Compares, per OTC RST service, the `METHOD /path` pairs stated in URI sections (counted by
count_rst_uris.py, independently of the reader) with the operations of the emitted spec.

Usage: scripts/rst_coverage.py DOCS_FOLDER SPEC_FOLDER [-v]
  DOCS_FOLDER: the service's RST folder; SPEC_FOLDER: the folder of its spec YAML files.
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from count_rst_uris import pairs  # noqa: E402


def spec_pairs(folder):
    out = set()
    for f in os.listdir(folder):
        if f.endswith(".yaml"):
            doc = yaml.safe_load(open(os.path.join(folder, f)))
            for path, item in (doc.get("paths") or {}).items():
                for m in item:
                    if m in ("get", "post", "put", "delete", "patch", "head", "options"):
                        out.add((m.upper(), path))
    return out


def norm(p):
    return p.rstrip("/") or "/"


def main():
    docs, spec = sys.argv[1], sys.argv[2]
    stated = set()
    for root, _, files in os.walk(docs):
        for f in files:
            if f.endswith(".rst"):
                stated |= pairs(os.path.join(root, f))
    stated = {(m, norm(p)) for m, p in stated}
    emitted = {(m, norm(p)) for m, p in spec_pairs(spec)}
    found = stated & emitted
    print(f"{os.path.basename(docs.rstrip('/'))}: stated {len(stated)}, in spec {len(found)} "
          f"({100 * len(found) / max(1, len(stated)):.1f}%), spec operations {len(emitted)}")
    if "-v" in sys.argv:
        for m, p in sorted(stated - emitted, key=lambda x: (x[1], x[0])):
            print("   missing", m, p)
        for m, p in sorted(emitted - stated, key=lambda x: (x[1], x[0])):
            print("   extra  ", m, p)


if __name__ == "__main__":
    main()
