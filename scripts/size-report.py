#!/usr/bin/env python3
"""Size report for the Trunk output directory.

Prints every file under DIST (recursively) with its raw size and its gzip -9 size, the
totals, and two "first views", everything loaded before the widget is drawn (the content pack
is embedded in the wasm):
- the demo page: index.html and what it links (its scripts, wasm and stylesheets) and the
  wasm-bindgen snippets the module imports;
- an embed: embed.js, the same module, wasm and snippets, the shadow-root stylesheet and the
  largest of the build's first views it fetches (first/<hash>/*.html).
And what each loads before its map paints: the demo page its HTML (which holds the first
view), its stylesheets and demo.js; an embed embed.js, the stylesheet and a first view.
Exits 1 when either gzipped first view exceeds --budget-kb, what comes before the map paints
exceeds --paint-budget-kb, or embed.js exceeds --embed-budget-kb.

1 KB = 1000 bytes throughout.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def kb(n: int) -> str:
    return f"{n / 1000:.1f}"


def first_views(dist: Path) -> tuple[set[str], set[str]]:
    """The files of the demo page's and of an embed's first view, relative to dist."""
    index = (dist / "index.html").read_text(encoding="utf-8")
    # What the page loads: its <link>s and <script>s (not <a> links, not <noscript> images).
    tags = re.findall(r"<(?:link|script)\b[^>]*>", index)
    linked = {m.lstrip("./") for t in tags for m in re.findall(r"""(?:href|src)=["']?([^"' >]+)""", t)}
    module = {f for f in linked if re.fullmatch(r"qazaq-explainer-[0-9a-f]+(_bg\.wasm|\.js)", f)}
    snippets = {p.relative_to(dist).as_posix() for p in (dist / "snippets").rglob("*") if p.is_file()}
    demo = {"index.html"} | {f for f in linked if (dist / f).is_file()} | snippets
    widget_css = {p.name for p in dist.glob("widget-*.css")}
    embed = {"embed.js"} | module | snippets | widget_css
    return demo, embed


def before_paint(dist: Path, demo: set[str], sizes: dict[str, int]) -> tuple[set[str], set[str]]:
    """What the demo page and an embed load before the map paints: the page's HTML, its
    stylesheets and demo.js; embed.js, the widget stylesheet and its largest first view."""
    demo_paint = {f for f in demo if f == "index.html" or f == "demo.js" or f.endswith(".css")}
    widget_css = {p.name for p in dist.glob("widget-*.css")}
    firsts = [p.relative_to(dist).as_posix() for p in (dist / "first").glob("*/*.html")
              if not p.name.startswith("demo-")]
    biggest = {max(firsts, key=lambda f: sizes.get(f, 0))} if firsts else set()
    return demo_paint, {"embed.js"} | widget_css | biggest


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dist", nargs="?", default="dist", help="build output directory (default: dist)")
    ap.add_argument("--budget-kb", type=float, default=None,
                    help="fail when a gzipped first view exceeds this many KB (1 KB = 1000 B)")
    ap.add_argument("--paint-budget-kb", type=float, default=None,
                    help="fail when what comes before the map paints, gzipped, exceeds this many KB")
    ap.add_argument("--embed-budget-kb", type=float, default=None,
                    help="fail when embed.js, gzipped, exceeds this many KB")
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

    demo, embed = first_views(dist)
    rows = []
    for p in files:
        data = p.read_bytes()
        rel = p.relative_to(dist)
        name = rel.as_posix()
        views = "/".join(v for v, files in (("demo", demo), ("embed", embed)) if name in files)
        rows.append((rel, len(data), gzip_size(data), views))

    name_w = max(24, max(len(r[0].as_posix()) for r in rows) + 2)
    header = f"{'file':<{name_w}} {'raw B':>10} {'gzip -9 B':>10}  first view of"
    print(f"Size report for {dist}/ (1 KB = 1000 bytes)")
    print(header)
    print("-" * len(header))
    for rel, raw, gz, fv in rows:
        print(f"{rel.as_posix():<{name_w}} {raw:>10} {gz:>10}  {fv}")
    print("-" * len(header))
    total_raw = sum(r[1] for r in rows)
    total_gz = sum(r[2] for r in rows)
    print(f"{'total':<{name_w}} {total_raw:>10} {total_gz:>10}")
    print()

    def view_size(files: set[str]) -> tuple[int, int]:
        picked = [r for r in rows if r[0].as_posix() in files]
        return sum(r[1] for r in picked), sum(r[2] for r in picked)

    sizes = {r[0].as_posix(): r[2] for r in rows}
    demo_paint, embed_paint = before_paint(dist, demo, sizes)
    embed |= embed_paint
    demo_raw, demo_gz = view_size(demo)
    embed_raw, embed_gz = view_size(embed)
    demo_paint_gz = view_size(demo_paint)[1]
    embed_paint_gz = view_size(embed_paint)[1]
    loader_gz = next((r[2] for r in rows if r[0].as_posix() == "embed.js"), 0)
    print(f"first view, demo page: {kb(demo_gz)} KB gzipped (raw {kb(demo_raw)} KB)")
    print(f"first view, embed: {kb(embed_gz)} KB gzipped (raw {kb(embed_raw)} KB), "
          f"of which embed.js {kb(loader_gz)} KB; more widgets on the page add no bytes")
    print(f"before the map paints: demo page {kb(demo_paint_gz)} KB, embed {kb(embed_paint_gz)} KB gzipped"
          f" ({', '.join(sorted(embed_paint))})")
    export = sum(r[2] for r in rows if r[0].parts[0] == "export")
    if export:
        print(f"map download: export module {kb(export)} KB gzipped, on the first download")
    day = sum(r[2] for r in rows if r[0].parts[0] == "day")
    if day:
        print(f"referendum day: time control and the whole pack {kb(day)} KB gzipped, on demand")
    # What opening the Compare view adds, per reader language (kk and ru readers get their own
    # language's texts; en readers the unofficial English 1995 translation and the Russian texts).
    def gz(name: str) -> int:
        return sum(r[2] for r in rows if r[0].as_posix() == f"compare/{name}")
    # The module holds kiosk mode too (extras/); the Compare view's stylesheet is in compare/.
    module = sum(r[2] for r in rows if r[0].parts[0] == "extras" and r[0].suffix in (".js", ".wasm")) + gz("compare.css")
    if module:
        base = module + gz("index.json")
        for lang, files in (("kk", ["texts.kk.json"]), ("ru", ["texts.ru.json"]),
                            ("en", ["texts.en.json", "texts.ru.json"])):
            data = sum(gz(f) for f in files)
            print(f"compare view, {lang} reader: module {kb(module)} KB + index {kb(gz('index.json'))} KB"
                  f" + texts {kb(data)} KB = {kb(base + data)} KB gzipped, on demand")

    if not any(r[0].suffix == ".wasm" for r in rows):
        sys.stdout.flush()
        print("size-report: no .wasm file in the output: is this a Trunk build?", file=sys.stderr)
        return 1

    if args.embed_budget_kb is not None:
        if loader_gz > args.embed_budget_kb * 1000:
            sys.stdout.flush()
            print(f"SIZE BUDGET EXCEEDED: embed.js is {kb(loader_gz)} KB gzipped, budget is "
                  f"{args.embed_budget_kb:g} KB", file=sys.stderr)
            return 1
    if args.paint_budget_kb is not None:
        worst = max(demo_paint_gz, embed_paint_gz)
        if worst > args.paint_budget_kb * 1000:
            sys.stdout.flush()
            print(f"SIZE BUDGET EXCEEDED: {kb(worst)} KB gzipped come before the map paints, budget is "
                  f"{args.paint_budget_kb:g} KB", file=sys.stderr)
            return 1
    if args.budget_kb is not None:
        budget_b = args.budget_kb * 1000
        worst = max(demo_gz, embed_gz)
        if worst > budget_b:
            sys.stdout.flush()
            print(f"SIZE BUDGET EXCEEDED: a first view is {kb(worst)} KB gzipped, budget is "
                  f"{args.budget_kb:g} KB (over by {kb(int(worst - budget_b))} KB)", file=sys.stderr)
            return 1
        print(f"within budget: {kb(worst)} KB of {args.budget_kb:g} KB "
              f"({100 * worst / budget_b:.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
