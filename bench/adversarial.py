"""Hostile text through `jzreport.extract`: is the time linear in the length of the input?

    .venv/bin/python bench/adversarial.py [--mb 1] [--family NAME ...] [--timeout 120] [--json OUT]

Each family of hostile text is made at a quarter, a half and the whole of `--mb` million characters, and
each is extracted in a fresh process (so that one runaway pattern is stopped by the timeout and the others
still run). Linear time means the time doubles with the length: a ratio of about 4 from a quarter to the
whole. A benchmark, not a test: it prints the figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEED = 5
CHINESE_DIGITS = "零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟"
PUNCTUATION = "，。、；：！？…—·（）《》“”‘’【】,.;:!?()[]-%‰~～/"
REPORT_WORDS = [
    "增长",
    "下降",
    "万元",
    "亿元",
    "个百分点",
    "件",
    "家",
    "约",
    "余",
    "同比",
    "占比",
    "由",
    "至",
    "第",
]


def _repeat(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def _random_unicode(chars: int) -> str:
    rng = random.Random(SEED)
    # Any code point of the Basic Multilingual Plane and a little beyond, except surrogates.
    points = (rng.randrange(0x20, 0x2FFFF) for _ in range(chars * 2))
    return "".join(chr(p) for p in points if not 0xD800 <= p <= 0xDFFF)[:chars]


def _report_soup(chars: int) -> str:
    """Numbers, numerals, units and change words in random order, without sentence breaks."""
    rng = random.Random(SEED)
    pieces: list[str] = []
    size = 0
    while size < chars:
        piece = rng.choice(
            [
                str(rng.randrange(10 ** rng.randint(1, 12))),
                "".join(rng.choice(CHINESE_DIGITS) for _ in range(rng.randint(1, 8))),
                rng.choice(REPORT_WORDS),
                rng.choice("．.,，%"),
            ]
        )
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces)[:chars]


def _mixed(chars: int) -> str:
    """4,000-character blocks of every other family, in turn."""
    others = [make for name, make in FAMILIES.items() if name != "mixed"]
    blocks = [make(4000) for make in others]
    out: list[str] = []
    size = 0
    while size < chars:
        block = blocks[len(out) % len(blocks)]
        out.append(block)
        size += len(block)
    return "".join(out)[:chars]


FAMILIES: dict[str, Callable[[int], str]] = {
    "digit-run": lambda n: _repeat("1234567890", n),  # one number a million digits long
    "grouped-digits": lambda n: _repeat("123,", n),  # thousands groups that never end
    "decimal-dots": lambda n: _repeat("1.", n),  # 1.1.1.1…
    "wan-run": lambda n: _repeat("万", n),  # 万万万…
    "numeral-run": lambda n: _repeat("一二三四五六七八九十百千万亿", n),
    "digit-numeral-alternation": lambda n: _repeat("1一2二3三4四5五6六7七8八9九0零", n),
    "number-unit-alternation": lambda n: _repeat("3万余件增长5.2%", n),
    "punctuation-run": lambda n: _repeat(PUNCTUATION, n),
    "random-unicode": _random_unicode,
    "report-soup": _report_soup,
    "mixed": _mixed,
}


def worker(family: str, chars: int) -> dict[str, Any]:
    """Extract one hostile text in this process; its time, claims and peak memory."""
    import resource

    from jzreport import extract

    text = FAMILIES[family](chars)
    extract("共有3家,增长5.2%。")  # warm-up: imports and compiled patterns
    started = time.perf_counter()
    claims = extract(text)
    seconds = time.perf_counter() - started
    return {
        "family": family,
        "chars": len(text),
        "seconds": seconds,
        "claims": len(claims),
        "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_one(family: str, chars: int, timeout: float) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", family, str(chars)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"family": family, "chars": chars, "seconds": None, "error": f"timeout: over {timeout:g} s"}
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no message"]
        return {"family": family, "chars": chars, "seconds": None, "error": f"raised: {tail[0]}"}
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Hostile text through jzreport.extract, at three lengths.")
    parser.add_argument("--mb", type=float, default=1.0, help="longest text, in million characters")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES), help="only these (repeatable)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per extraction before stopping")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    parser.add_argument("--worker", nargs=2, metavar=("FAMILY", "CHARS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker[0], int(args.worker[1]))))
        return 0

    longest = int(args.mb * 1_000_000)
    sizes = [longest // 4, longest // 2, longest]
    results = []
    for family in args.family or list(FAMILIES):
        runs = []
        for chars in sizes:
            print(f"{family} at {chars:,} chars…", file=sys.stderr, flush=True)
            runs.append(run_one(family, chars, args.timeout))
            if runs[-1].get("error", "").startswith("timeout"):
                break  # a longer text would only take longer
        first, last = runs[0]["seconds"], runs[-1]["seconds"]
        growth = last / first if first and last and len(runs) == len(sizes) else None
        results.append({"family": family, "runs": runs, "growth": growth})

    headers = ["family", *(f"{n / 1e6:g}M chars s" for n in sizes), "×", "chars/s", "claims", "MiB"]
    rows = []
    for result in results:
        runs = result["runs"]
        cells = [f"{r['seconds']:.3f}" if r["seconds"] is not None else r["error"].split(":")[0] for r in runs]
        cells += ["—"] * (len(sizes) - len(cells))
        last = runs[-1]
        fast = last["seconds"] is not None and len(runs) == len(sizes)
        rows.append(
            [
                result["family"],
                *cells,
                f"{result['growth']:.1f}" if result["growth"] else "—",
                f"{last['chars'] / last['seconds']:,.0f}" if fast and last["seconds"] else "—",
                f"{last['claims']:,}" if fast else "—",
                f"{last['maxrss_mib']:.0f}" if fast else "—",
            ]
        )
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, ["-" * w for w in widths], *rows]:
        first, *rest = row
        print("  ".join([first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(rest, widths[1:], strict=True))]))
    print(f"× is the time at {sizes[-1]:,} chars over the time at {sizes[0]:,}: about 4 when linear.")
    for result in results:
        for run in result["runs"]:
            if run.get("error"):
                print(f"{result['family']} at {run['chars']:,} chars: {run['error']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
