#!/usr/bin/env python3
"""Size report for the Trunk output directory.

Prints every file under DIST (recursively) with its raw size and its gzip -9 size, the
totals, and the "first view": everything the demo page loads before the widget is drawn
(index.html + every .js + every .wasm + every .css; the content pack is embedded in the
wasm). Exits 1 when the gzipped first view exceeds --budget-kb.

1 KB = 1000 bytes throughout.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

FIRST_VIEW_SUFFIXES = (".js", ".wasm", ".css")


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def kb(n: int) -> str:
    return f"{n / 1000:.1f}"


def is_first_view(rel: Path) -> bool:
    if rel.as_posix() == "index.html":
        return True
    # compare/ (the comparison module and its texts) loads only when the Compare view opens.
    if rel.parts[0] == "compare":
        return False
    return rel.suffix in FIRST_VIEW_SUFFIXES


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dist", nargs="?", default="dist", help="build output directory (default: dist)")
    ap.add_argument("--budget-kb", type=float, default=None,
                    help="fail when the gzipped first view exceeds this many KB (1 KB = 1000 B)")
    args = ap.parse_args()

    dist = Path(args.dist)
    if not dist.is_dir():
        print(f"size-report: {dist}/ does not exist: run `trunk build --release` first", file=sys.stderr)
        return 1
    files = sorted(p for p in dist.rglob("*") if p.is_file())
    if not files:
        print(f"size-report: {dist}/ is empty: run `trunk build --release` first", file=sys.stderr)
        return 1
    if not (dist / "index.html").is_file():
        print(f"size-report: {dist}/index.html is missing", file=sys.stderr)
        return 1

    rows = []
    for p in files:
        data = p.read_bytes()
        rel = p.relative_to(dist)
        rows.append((rel, len(data), gzip_size(data), is_first_view(rel)))

    name_w = max(24, max(len(r[0].as_posix()) for r in rows) + 2)
    header = f"{'file':<{name_w}} {'raw B':>10} {'gzip -9 B':>10}  first view"
    print(f"Size report for {dist}/ (1 KB = 1000 bytes)")
    print(header)
    print("-" * len(header))
    for rel, raw, gz, fv in rows:
        print(f"{rel.as_posix():<{name_w}} {raw:>10} {gz:>10}  {'yes' if fv else ''}")
    print("-" * len(header))
    total_raw = sum(r[1] for r in rows)
    total_gz = sum(r[2] for r in rows)
    fv_raw = sum(r[1] for r in rows if r[3])
    fv_gz = sum(r[2] for r in rows if r[3])
    print(f"{'total':<{name_w}} {total_raw:>10} {total_gz:>10}")
    print(f"{'first view':<{name_w}} {fv_raw:>10} {fv_gz:>10}")
    print()
    print(f"first view (index.html + .js + .wasm + .css), gzip -9: {kb(fv_gz)} KB "
          f"(raw {kb(fv_raw)} KB; 1 KB = 1000 B)")
    # What opening the Compare view adds, per reader language (kk has no texts of its own and
    # reads the Russian ones; en readers also get the unofficial English translation).
    def gz(name: str) -> int:
        return sum(r[2] for r in rows if r[0].as_posix() == f"compare/{name}")
    module = sum(r[2] for r in rows if r[0].parts[0] == "compare" and r[0].suffix in (".js", ".wasm", ".css"))
    if module:
        base = module + gz("index.json")
        for lang, files in (("kk", ["texts.ru.json"]), ("ru", ["texts.ru.json"]),
                            ("en", ["texts.en.json", "texts.ru.json"])):
            data = sum(gz(f) for f in files)
            print(f"compare view, {lang} reader: module {kb(module)} KB + index {kb(gz('index.json'))} KB"
                  f" + texts {kb(data)} KB = {kb(base + data)} KB gzipped, on demand")

    if not any(r[0].suffix == ".wasm" for r in rows):
        sys.stdout.flush()
        print("size-report: no .wasm file in the output: is this a Trunk build?", file=sys.stderr)
        return 1

    if args.budget_kb is not None:
        budget_b = args.budget_kb * 1000
        if fv_gz > budget_b:
            sys.stdout.flush()
            print(f"SIZE BUDGET EXCEEDED: first view is {kb(fv_gz)} KB gzipped, budget is "
                  f"{args.budget_kb:g} KB (over by {kb(int(fv_gz - budget_b))} KB)", file=sys.stderr)
            return 1
        print(f"within budget: {kb(fv_gz)} KB of {args.budget_kb:g} KB "
              f"({100 * fv_gz / budget_b:.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
