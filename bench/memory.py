"""Peak memory and wall time of `jzreport` on one long text file: is memory flat in the document's length?

    .venv/bin/python bench/memory.py                     # 10 MB and 100 MB: read, extract and check
    .venv/bin/python bench/memory.py --sizes 1 10 --whole-up-to 10 --jobs 1 2

The files are `samples/report.txt` repeated to the size asked for (in MB of UTF-8), written to --dir
(a temporary folder by default, never the repository) and kept there for the next run. Each command
runs in a fresh process started from a small launcher, which reports the child's wall time and peak
resident memory (getrusage of its children: the largest of jzreport and the workers it reaped). The
launcher is needed because Linux counts the memory a process had before `exec` into its maxrss.

"streamed" is the CLI as shipped: a document longer than `cli.PIECE_CHARS` is extracted and written
piece by piece. "whole" raises PIECE_CHARS above the document's length, so the document is held as one
result, as the CLI did before streaming: the comparison. "read" only reads the file, with the CLI's
modules loaded: the floor under both. The text itself is always in memory whole (about two bytes a
character for Chinese), and reading holds the file's bytes beside it for a moment: that part grows with
the file by design; the records must not. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "samples" / "report.txt"
MB = 1024 * 1024

# Runs argv[1:] as a child and prints its wall time, exit status and peak RSS (KiB on Linux) as JSON.
LAUNCHER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
wall = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "code": code, "maxrss_kib": peak}))
"""
# The CLI with the document held whole: PIECE_CHARS above any document's length.
WHOLE = "import sys, jzreport.cli as c; c.PIECE_CHARS = 10**12; sys.argv[0] = 'jzreport'; c.main()"
STREAMED = "import sys, jzreport.cli as c; sys.argv[0] = 'jzreport'; c.main()"
# Reading alone, with the modules the CLI loads: the floor under any command on that file.
READ = (
    "import sys, jzreport.cli, jzreport.pipeline, jzreport.checks, jzreport.render;"
    "from jzreport.reading import read_source; read_source(sys.argv[2])"
)


def make_file(folder: Path, mb: int) -> Path:
    """`samples/report.txt` repeated to at least `mb` MB, paragraphs kept apart by a blank line."""
    path = folder / f"report-{mb}mb.txt"
    seed = SEED.read_bytes().rstrip(b"\n") + b"\n\n"
    copies = -(-mb * MB // len(seed))
    if not path.exists() or path.stat().st_size != copies * len(seed):
        with path.open("wb") as out:
            for _ in range(copies):
                out.write(seed)
    return path


def text_size(path: Path) -> tuple[int, int]:
    """Characters of the decoded text, and the bytes its `str` takes."""
    from jzreport.reading import read_source

    text = read_source(str(path)).text
    return len(text), sys.getsizeof(text)


def measure(command: str, path: Path, mode: str, jobs: int) -> dict[str, float]:
    if command == "read":
        argv = [sys.executable, "-c", READ, command, str(path)]
    else:
        code = WHOLE if mode == "whole" else STREAMED
        argv = [sys.executable, "-c", code, command, str(path), "-f", "jsonl", "-o", os.devnull, "-j", str(jobs)]
    out = subprocess.run([sys.executable, "-c", LAUNCHER, *argv], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100], help="file sizes in MB")
    parser.add_argument(
        "--commands",
        nargs="+",
        default=["read", "extract", "check"],
        choices=["read", "extract", "check"],
        help="read: only read the file, the floor under the others",
    )
    parser.add_argument("--jobs", type=int, nargs="+", default=[1], help="--jobs values to run")
    parser.add_argument(
        "--whole-up-to", type=int, default=10, metavar="MB", help="also run the whole-document CLI up to this size"
    )
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "jzreport-memory")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()

    args.dir.mkdir(parents=True, exist_ok=True)
    rows = []
    print(f"# {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    header = f"{'file':>8} {'chars':>11} {'str MiB':>8} {'command':>8} {'mode':>9} {'jobs':>4} {'wall s':>8}"
    print(header + f" {'peak MiB':>9} {'peak − str':>11}")
    for mb in args.sizes:
        path = make_file(args.dir, mb)
        chars, str_bytes = text_size(path)
        for command in args.commands:
            modes = ("-",) if command == "read" else ("streamed", "whole") if mb <= args.whole_up_to else ("streamed",)
            for mode in modes:
                for jobs in [1] if command == "read" else args.jobs:
                    got = measure(command, path, mode, jobs)
                    peak = got["maxrss_kib"] / 1024
                    row = {
                        "mb": mb,
                        "chars": chars,
                        "str_mib": str_bytes / MB,
                        "command": command,
                        "mode": mode,
                        "jobs": jobs,
                        "wall_s": got["wall"],
                        "peak_mib": peak,
                        "exit": got["code"],
                    }
                    rows.append(row)
                    print(
                        f"{mb:>6}MB {chars:>11,} {str_bytes / MB:>8.0f} {command:>8} {mode:>9} {jobs:>4} "
                        f"{got['wall']:>8.1f} {peak:>9.0f} {peak - str_bytes / MB:>11.0f}"
                        + ("" if got["code"] == 0 else f"  (exit {got['code']})"),
                        flush=True,
                    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
