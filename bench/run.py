"""How fast and how lean jzreport is on this machine: library, command line, start-up, memory, peers.

    .venv/bin/python bench/run.py                          # ~4 MB corpus: library, CLI, start-up, memory
    .venv/bin/python bench/run.py --peers --json out.json  # and the peers, in bench/.peers-venv
    .venv/bin/python bench/run.py --profile                # where the library's time goes

The corpus is made afresh in a temporary folder on every run, from samples/*.txt and, when present,
../shared/eval/dev/docs/*.txt: runs of one to six consecutive paragraphs of those reports, drawn with a
fixed seed, fill files of 2–20 KB in nested folders until the corpus has the size asked for. Nothing of it
is written into the repository. A benchmark, not a test: it asserts nothing, it measures and says.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jzreport import __version__, check, extract

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SAMPLES = REPO / "samples"
DEV_DOCS = REPO.parent / "shared" / "eval" / "dev" / "docs"
# The seed-sized file of the start-up target: the sample 法治政府建设 report.
SEED_FILE = SAMPLES / "report.txt"

# Issue 5's targets, on one core.
TARGET_EXTRACT = 1_000_000  # chars/s, library
TARGET_EXTRACT_CHECK = 500_000  # chars/s, library
TARGET_SEED_FILE_SECONDS = 0.3  # `jzreport extract` on the seed file, wall, start-up included

FILE_BYTES = (2 * 1024, 20 * 1024)  # the size of one corpus file, in UTF-8 bytes
RUN_PARAGRAPHS = (1, 6)  # paragraphs taken together from one report, so checks still find their relations
SUBFOLDERS = 8  # corpus files spread over this many folders, so that --recursive has work to do
# Imports the whole pipeline and the checks, compiles their patterns, and does almost no work.
FIRST_CALL = 'from jzreport import check_text; check_text("共3家")'


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------------
# The machine


def _first(path: str, key: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            name, _, value = line.partition(":")
            if name.strip() == key:
                return value.strip()
    except OSError:
        pass
    return None


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "--no-optional-locks", *args], cwd=REPO, capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def machine_info() -> dict[str, Any]:
    """What the numbers were measured on."""
    memory = _first("/proc/meminfo", "MemTotal")
    status = _git("status", "--porcelain", "--untracked-files=no")
    return {
        "cpu": _first("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "memory_gib": round(int(memory.split()[0]) / 2**20, 1) if memory else None,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "jzreport": __version__,
        "commit": _git("rev-parse", "--short", "HEAD"),
        "uncommitted_changes": bool(status) if status is not None else None,
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        # Other work on the machine slows every figure: the load averages when the benchmark began.
        "load_average": os.getloadavg(),
    }


# ---------------------------------------------------------------------------------------------------------
# The corpus


@dataclass
class Corpus:
    root: Path
    files: list[Path]
    chars: int
    bytes: int
    sources: dict[str, int]  # source report -> its characters
    paragraphs: int  # distinct paragraphs the files are drawn from

    def summary(self) -> dict[str, Any]:
        sizes = [path.stat().st_size for path in self.files]
        return {
            "files": len(self.files),
            "chars": self.chars,
            "bytes": self.bytes,
            "file_bytes_min": min(sizes),
            "file_bytes_median": int(statistics.median(sizes)),
            "file_bytes_max": max(sizes),
            "source_reports": len(self.sources),
            "source_chars": sum(self.sources.values()),
            "distinct_paragraphs": self.paragraphs,
        }


def source_reports() -> dict[str, str]:
    """The reports the corpus is drawn from: the samples, and the dev documents when they are there."""
    paths = sorted(SAMPLES.glob("*.txt"))
    if DEV_DOCS.is_dir():
        paths += sorted(DEV_DOCS.glob("*.txt"))
    return {f"{path.parent.name}/{path.name}": path.read_text(encoding="utf-8") for path in paths}


def build_corpus(root: Path, megabytes: float, seed: int) -> Corpus:
    """Fill `root` with report-like files of 2–20 KB until they hold `megabytes` of UTF-8 text."""
    reports = source_reports()
    if not reports:
        raise SystemExit(f"no source reports under {SAMPLES}")
    paragraphs = [[line for line in text.splitlines() if line.strip()] for text in reports.values()]
    paragraphs = [paras for paras in paragraphs if paras]
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    files: list[Path] = []
    total_bytes = total_chars = 0
    while total_bytes < target:
        size = rng.randint(*FILE_BYTES)
        lines: list[str] = []
        used = 0
        while used < size:
            paras = rng.choice(paragraphs)
            count = rng.randint(*RUN_PARAGRAPHS)
            start = rng.randrange(len(paras))
            for line in paras[start : start + count]:
                lines.append(line)
                used += len(line.encode("utf-8")) + 1
        text = "\n".join(lines) + "\n"
        path = root / f"part{len(files) % SUBFOLDERS}" / f"doc{len(files):05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        files.append(path)
        total_bytes += len(text.encode("utf-8"))
        total_chars += len(text)
    return Corpus(
        root=root,
        files=sorted(files),
        chars=total_chars,
        bytes=total_bytes,
        sources={name: len(text) for name, text in reports.items()},
        paragraphs=len({line for paras in paragraphs for line in paras}),
    )


# ---------------------------------------------------------------------------------------------------------
# The library, in this process


def _timed(repeats: int, work: Callable[[], Any]) -> list[float]:
    seconds = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return seconds


def _rates(chars: int, seconds: list[float]) -> dict[str, Any]:
    best, median = min(seconds), statistics.median(seconds)
    return {
        "seconds": [round(s, 4) for s in seconds],
        "best_chars_per_second": chars / best,
        "median_chars_per_second": chars / median,
    }


def measure_library(texts: Sequence[str], repeats: int) -> dict[str, Any]:
    """Warm runs of `extract` and of `extract` + `check` over every text: best and median of `repeats`."""
    chars = sum(map(len, texts))
    for text in texts[:3]:  # warm-up: the first call imports the pipeline and compiles its patterns
        check(extract(text), text)

    # Each pass holds one document's claims at a time, as a streaming loop does.
    def extract_all() -> None:
        for text in texts:
            extract(text)

    def extract_check_all() -> None:  # with the text, as `jzreport check` does
        for text in texts:
            check(extract(text), text)

    started = time.process_time()
    extract_seconds = _timed(repeats, extract_all)
    cpu = time.process_time() - started
    both_seconds = _timed(repeats, extract_check_all)
    # Last, since holding every claim of the corpus gives the garbage collector more to walk.
    claims = [extract(text) for text in texts]
    claims_per_file = [len(found) for found in claims]
    checks = sum(len(check(found, text)) for found, text in zip(claims, texts, strict=True))

    def check_all() -> None:
        for found, text in zip(claims, texts, strict=True):
            check(found, text)

    check_seconds = _timed(repeats, check_all)
    return {
        "chars": chars,
        "files": len(texts),
        "claims": sum(claims_per_file),
        "checks": checks,
        "claims_per_file": claims_per_file,
        "extract": _rates(chars, extract_seconds) | {"cpu_over_wall": cpu / sum(extract_seconds)},
        "check_alone": _rates(chars, check_seconds),
        "extract_check": _rates(chars, both_seconds),
    }


# ---------------------------------------------------------------------------------------------------------
# The command line, in child processes


@dataclass
class Run:
    """One child process: its wall time, CPU time and peak memory (its own and its reaped children's)."""

    command: list[str]
    wall: float
    cpu: float
    maxrss_mib: float
    code: int
    stderr: str = field(repr=False)

    def brief(self) -> dict[str, Any]:
        return {
            "wall": round(self.wall, 4),
            "cpu": round(self.cpu, 4),
            "maxrss_mib": round(self.maxrss_mib, 1),
            "code": self.code,
        }


# Runs argv[2:] and writes its wall time and rusage to the file argv[1]. The measured command is started
# from this small process rather than from the benchmark: Linux carries the high-water RSS of the memory a
# process had before exec into its maxrss, and Python's subprocess may vfork from the benchmark's tens of
# MiB. Forked from this launcher instead, a command starts from a floor of a few MiB.
LAUNCHER = """
import json, os, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - started
with open(sys.argv[1], "w") as out:
    json.dump({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kib": usage.ru_maxrss,
               "code": os.waitstatus_to_exitcode(status)}, out)
"""


def run_child(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run `command` with its output thrown away; its wall time, CPU time and peak resident memory.

    `os.wait4` gives the rusage of that one child, which on Linux takes in the children it reaped itself
    (the `--jobs` workers); `getrusage(RUSAGE_CHILDREN)` would mix in every earlier child as well.
    """
    with tempfile.TemporaryDirectory(prefix="jzbench-run-") as tmp:
        figures, errors = Path(tmp) / "rusage.json", Path(tmp) / "stderr"
        with errors.open("wb") as sink:
            subprocess.run(
                [sys.executable, "-S", "-c", LAUNCHER, str(figures), *command],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=sink,
                check=False,
                env=env,
            )
        stderr = errors.read_text(encoding="utf-8", errors="replace")
        if not figures.exists():
            raise RuntimeError(f"the launcher failed for {command}: {stderr[-400:]}")
        got = json.loads(figures.read_text())
    return Run(
        command=command,
        wall=got["wall"],
        cpu=got["cpu"],
        maxrss_mib=got["maxrss_kib"] / 1024,  # kilobytes on Linux
        code=got["code"],
        stderr=stderr,
    )


def jzreport_command() -> list[str]:
    """The installed `jzreport` script beside this Python, else on PATH, else `python -m jzreport`."""
    beside = Path(sys.executable).parent / "jzreport"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("jzreport")
    return [found] if found else [sys.executable, "-m", "jzreport"]


SUMMARY = re.compile(r"(?P<documents>\d+) documents?, (?P<items>\d+) (?:claims?|checks?)")


def _summary_count(stderr: str) -> int | None:
    found = SUMMARY.search(stderr)
    return int(found["items"]) if found else None


def _check_ok(run: Run, what: str) -> None:
    if run.code != 0:
        log(f"warning: {what} exited {run.code}: {run.stderr.strip()[-400:]}")


def measure_cli(corpus: Corpus, jz: list[str]) -> dict[str, Any]:
    """The corpus through `jzreport extract` (jobs 1 and 2) and `check` (jobs 1), start-up included."""
    help_text = subprocess.run([*jz, "extract", "--help"], capture_output=True, text=True).stdout
    folders = "--recursive" in help_text
    jobs = "--jobs" in help_text
    inputs = [str(corpus.root), "--recursive"] if folders else [str(path) for path in corpus.files]
    result: dict[str, Any] = {
        "folders": folders,
        "jobs_option": jobs,
        "input": "the corpus folder, --recursive" if folders else "the list of corpus files (no folder support)",
    }
    for command, n_jobs in (("extract", 1), ("extract", 2), ("check", 1)):
        if n_jobs > 1 and not jobs:
            continue
        argv = [*jz, command, *inputs, "--format", "jsonl", "-o", os.devnull]
        if jobs:
            argv += ["--jobs", str(n_jobs)]
        log(f"cli: {command} --jobs {n_jobs}")
        run = run_child(argv)
        _check_ok(run, f"jzreport {command} --jobs {n_jobs}")
        result[f"{command}_jobs{n_jobs}"] = run.brief() | {
            "chars_per_second": corpus.chars / run.wall,
            "chars_per_second_per_core": corpus.chars / run.wall / n_jobs,
            "reported_items": _summary_count(run.stderr),
            "summary_line": run.stderr.strip().splitlines()[-1] if run.stderr.strip() else None,
        }
    if "extract_jobs2" in result:
        result["speedup_jobs2"] = result["extract_jobs1"]["wall"] / result["extract_jobs2"]["wall"]
    return result


def _median_runs(
    command: list[str], times: int, first_ever: bool = False, env: dict[str, str] | None = None
) -> dict[str, Any]:
    """`times` fresh processes; with `first_ever`, each with an empty pattern cache (see jzreport.recache)."""
    if first_ever:
        with tempfile.TemporaryDirectory(prefix="jzbench-cache-") as tmp:
            runs = [
                run_child(command, (env or os.environ) | {"JZREPORT_CACHE_DIR": str(Path(tmp) / str(n))})
                for n in range(times)
            ]
    else:
        run_child(command, env)  # fills the caches, as any earlier run on this machine would have
        runs = [run_child(command, env) for _ in range(times)]
    _check_ok(runs[-1], " ".join(command[-6:]))
    walls = [run.wall for run in runs]
    return {
        "median_wall": statistics.median(walls),
        "min_wall": min(walls),
        "max_wall": max(walls),
        "maxrss_mib": max(run.maxrss_mib for run in runs),
    }


def _import_anatomy(top: int = 10) -> list[dict[str, Any]]:
    """The imports that cost most of their own time on the way to extracting and checking a text.

    From `python -X importtime`, which slows every import a little: read them as shares, not as seconds.
    """
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import jzreport.cli; {FIRST_CALL}"],
        capture_output=True,
        text=True,
        check=False,
    )
    rows = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            own, cumulative = int(parts[0]), int(parts[1])
            rows.append({"module": parts[2].strip(), "own_ms": own / 1000, "cumulative_ms": cumulative / 1000})
    rows.sort(key=lambda row: -row["own_ms"])
    return rows[:top]


def measure_startup(jz: list[str], times: int) -> dict[str, Any]:
    """Medians of `times` fresh processes: `--help`, one seed-sized file, and what they are made of."""
    py = sys.executable
    one_file = [*jz, "extract", str(SEED_FILE), "--format", "jsonl", "-o", os.devnull]
    log("start-up")
    startup = {
        "seed_file": str(SEED_FILE.relative_to(REPO)),
        "seed_file_chars": len(SEED_FILE.read_text(encoding="utf-8")),
        "python_bare": _median_runs([py, "-c", "pass"], times),
        "import_cli": _median_runs([py, "-c", "import jzreport.cli"], times),
        "first_call": _median_runs([py, "-c", FIRST_CALL], times),
        "help": _median_runs([*jz, "--help"], times),
        "extract_seed_file": _median_runs(one_file, times),
        "extract_seed_file_first_ever": _median_runs(one_file, times, first_ever=True),
        "check_seed_file": _median_runs([*jz, "check", *one_file[2:]], times),
        "slowest_imports": _import_anatomy(),
    }
    if sys.flags.dont_write_bytecode:
        # This environment keeps Python from writing bytecode, so every run above compiled our sources
        # afresh (an editable install leaves none). Python's default is to write it on the first run:
        # measure that case too, with the bytecode kept in a folder of the benchmark's own.
        with tempfile.TemporaryDirectory(prefix="jzbench-pyc-") as tmp:
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            env["PYTHONPYCACHEPREFIX"] = tmp
            startup["extract_seed_file_bytecode"] = _median_runs(one_file, times, env=env)
    return startup


def measure_memory(cli: dict[str, Any], startup: dict[str, Any]) -> dict[str, Any]:
    """Peak memory of the CLI on one file versus on the whole corpus (runs already made above)."""
    one = startup["extract_seed_file"]["maxrss_mib"]
    whole = cli.get("extract_jobs1", {}).get("maxrss_mib")
    return {
        "one_file_mib": one,
        "corpus_jobs1_mib": whole,
        "corpus_jobs2_mib": cli.get("extract_jobs2", {}).get("maxrss_mib"),
        "corpus_check_jobs1_mib": cli.get("check_jobs1", {}).get("maxrss_mib"),
        "corpus_over_one_file": whole / one if whole and one else None,
    }


# ---------------------------------------------------------------------------------------------------------
# The peers, in their own environment


def measure_peers(corpus: Corpus, names: list[str], budget: float, ours: dict[str, Any]) -> dict[str, Any]:
    """Each peer over the corpus (or as much of it as `budget` seconds allow), against our extract."""
    import peers  # beside this file; the bench folder is sys.path[0] when run as a script

    setup = peers.ensure_venv(log=log)
    if setup["error"]:
        log(f"peers: install problems: {setup['error']}")
    our_rate = ours["extract"]["best_chars_per_second"]
    results = []
    for name in names:
        log(f"peer: {name} (budget {budget:g} s)")
        report = peers.run_peer(name, corpus.files, budget)
        if report.get("ok"):
            done = report["files"]
            report["ours_claims_same_files"] = sum(ours["claims_per_file"][:done])
            report["per_10k_chars"] = report["found"] / report["chars"] * 10_000
            report["ours_per_10k_chars"] = report["ours_claims_same_files"] / report["chars"] * 10_000
            report["our_speed_over_theirs"] = our_rate / report["chars_per_second"]
        results.append(report)
    return {"install": setup, "budget_seconds": budget, "peers": results}


# ---------------------------------------------------------------------------------------------------------
# The profile


def _short_names(stats: Any) -> Any:
    """`stats` with each file named by its folder and name (jzreport/scan.py, pydantic/main.py)."""

    def short(func: tuple[str, int, str]) -> tuple[str, int, str]:
        path, line, name = func
        return ("/".join(Path(path).parts[-2:]) if path.startswith("/") else path, line, name)

    stats.stats = {
        short(func): (cc, nc, tt, ct, {short(caller): v for caller, v in callers.items()})
        for func, (cc, nc, tt, ct, callers) in stats.stats.items()
    }
    stats.fcn_list = None
    return stats


def profile(texts: Sequence[str], top: int, dump: Path | None) -> None:
    """Profile `extract` over `texts` and print the `top` functions by cumulative and by own time."""
    import cProfile
    import pstats

    for text in texts[:3]:
        extract(text)
    try:
        import pyinstrument  # optional: a call tree that reads more easily than the tables
    except ImportError:
        pyinstrument = None
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        extract(text)
    profiler.disable()
    if dump is not None:
        profiler.dump_stats(dump)
    stats = _short_names(pstats.Stats(profiler, stream=sys.stdout))
    print(f"\n== extract over {len(texts)} files, {sum(map(len, texts)):,} chars: top {top} by cumulative ==")
    stats.sort_stats("cumulative").print_stats(top)
    print(f"== top {top} by own time ==")
    stats.sort_stats("tottime").print_stats(top)
    if pyinstrument is not None:
        sampler = pyinstrument.Profiler()
        sampler.start()
        for text in texts:
            extract(text)
        sampler.stop()
        print(sampler.output_text(unicode=True, color=False))


# ---------------------------------------------------------------------------------------------------------
# The report


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        first, *rest = cells
        cells = [str(c).rjust(w) for c, w in zip(rest, widths[1:], strict=True)]
        return "  ".join([str(first).ljust(widths[0]), *cells])

    return "\n".join([line(headers), "  ".join("-" * w for w in widths), *map(line, rows)])


def _n(value: float | None, digits: int = 0) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _verdict(value: float, target: float, higher_is_better: bool = True) -> str:
    met = value >= target if higher_is_better else value <= target
    return "meets" if met else "misses"


def print_report(results: dict[str, Any]) -> None:
    m, c = results["machine"], results["corpus"]
    dirty = ", with uncommitted changes" if m["uncommitted_changes"] else ""
    print(f"\njzreport {m['jzreport']} ({m['commit']}{dirty})")
    print(f"{m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB; Python {m['python']} on {m['platform']}")
    load = " → ".join(f"{a:.2f}" for a in (m["load_average"][0], results["load_average_at_end"][0]))
    print(f"load average (1 min) at start → end: {load}")
    print(
        f"corpus: {c['files']} files, {c['chars']:,} chars, {c['bytes'] / 1e6:.2f} MB "
        f"(files {c['file_bytes_min'] / 1024:.1f}–{c['file_bytes_max'] / 1024:.1f} KB) "
        f"from {c['source_reports']} reports of {c['source_chars']:,} chars in all"
    )
    lib = results.get("library")
    if lib:
        print(f"\nLibrary, one core, warm, best (median) of {len(lib['extract']['seconds'])}:")
        rows = []
        for key, label, target in (
            ("extract", "extract", TARGET_EXTRACT),
            ("extract_check", "extract + check", TARGET_EXTRACT_CHECK),
            ("check_alone", "check alone (claims given)", None),
        ):
            r = lib[key]
            best = r["best_chars_per_second"]
            rows.append(
                [
                    label,
                    _n(best),
                    _n(r["median_chars_per_second"]),
                    _n(target) if target else "",
                    _verdict(best, target) if target else "",
                ]
            )
        print(_table(rows, ["", "chars/s", "median", "target", ""]))
        print(f"{lib['claims']:,} claims, {lib['checks']:,} checks over {lib['files']} files")
    cli = results.get("cli")
    if cli:
        print(f"\nCommand line over the corpus, start-up included ({cli['input']}):")
        rows = []
        for key in ("extract_jobs1", "extract_jobs2", "check_jobs1"):
            if key in cli:
                r = cli[key]
                command, jobs = key.split("_jobs")
                rows.append(
                    [
                        f"jzreport {command} --jobs {jobs}",
                        f"{r['wall']:.2f}",
                        f"{r['cpu']:.2f}",
                        _n(r["chars_per_second"]),
                        _n(r["chars_per_second_per_core"]),
                        f"{r['maxrss_mib']:.0f}",
                        str(r["reported_items"] if r["reported_items"] is not None else "—"),
                    ]
                )
        print(_table(rows, ["", "wall s", "cpu s", "chars/s", "per core", "peak MiB", "items"]))
        if "speedup_jobs2" in cli:
            print(f"speed-up with --jobs 2: {cli['speedup_jobs2']:.2f}×")
        if lib:
            # Counts that differ mean the CLI does other work than the library, or the code changed mid-run.
            for noun, keys, ours in (
                ("claims", ("extract_jobs1", "extract_jobs2"), lib["claims"]),
                ("checks", ("check_jobs1",), lib["checks"]),
            ):
                theirs = {cli[k]["reported_items"] for k in keys if k in cli}
                agree = "yes" if theirs == {ours} else f"NO (library {ours:,}, CLI {sorted(theirs)})"
                print(f"{noun} counted as by the library: {agree}")
    s = results.get("startup")
    if s:
        print(f"\nStart-up, wall, median of {results['options']['startup_runs']} fresh processes:")
        rows = [
            ["python -c pass", s["python_bare"]],
            ["python -c 'import jzreport.cli'", s["import_cli"]],
            [f"python -c '{FIRST_CALL}'", s["first_call"]],
            ["jzreport --help", s["help"]],
            [f"jzreport extract {s['seed_file']} ({s['seed_file_chars']:,} chars)", s["extract_seed_file"]],
            ["  the same, first run on the machine (empty pattern cache)", s["extract_seed_file_first_ever"]],
            [f"jzreport check {s['seed_file']}", s["check_seed_file"]],
        ]
        if "extract_seed_file_bytecode" in s:
            rows.insert(
                6, ["  the same, with Python's bytecode written (its default)", s["extract_seed_file_bytecode"]]
            )
        print(
            _table(
                [
                    [label, f"{r['median_wall']:.3f}", f"{r['min_wall']:.3f}", f"{r['maxrss_mib']:.0f}"]
                    for label, r in rows
                ],
                ["", "median s", "min s", "peak MiB"],
            )
        )
        one = s["extract_seed_file"]["median_wall"]
        print(
            f"target for the seed file ≤ {TARGET_SEED_FILE_SECONDS} s: "
            f"{_verdict(one, TARGET_SEED_FILE_SECONDS, higher_is_better=False)}"
        )
        if "extract_seed_file_bytecode" in s:
            one = s["extract_seed_file_bytecode"]["median_wall"]
            print(
                "  with bytecode written (PYTHONDONTWRITEBYTECODE is set here): "
                f"{_verdict(one, TARGET_SEED_FILE_SECONDS, higher_is_better=False)}"
            )
        slow = ", ".join(f"{row['module']} {row['own_ms']:.0f}" for row in s["slowest_imports"])
        print(f"imports costing most of their own time, ms (-X importtime): {slow}")
    mem = results.get("memory")
    if mem:
        ratio = mem["corpus_over_one_file"]
        print(
            f"\nPeak memory (maxrss): one file {mem['one_file_mib']:.0f} MiB; whole corpus "
            f"{_n(mem['corpus_jobs1_mib'])} MiB with --jobs 1, "
            f"{_n(mem['corpus_jobs2_mib'])} MiB with --jobs 2 (largest process), "
            f"check {_n(mem['corpus_check_jobs1_mib'])} MiB; "
            f"corpus / one file = {_n(ratio, 2)}×"
        )
    p = results.get("peers")
    if p:
        install = p["install"]
        how = "reused" if install["reused"] else "installed"
        if install["error"]:
            how += f"; install errors: {install['error']}"
        print(
            f"\nPeers, one core, warm, each in bench/.peers-venv ({how}); "
            f"budget {p['budget_seconds']:g} s of work each:"
        )
        rows = []
        for r in p["peers"]:
            if not r.get("ok"):
                rows.append([r["peer"], "failed", "", "", "", "", ""])
                continue
            share = "all" if not r["sampled"] else f"{r['files']}/{r['total_files']} files"
            rows.append(
                [
                    f"{r['peer']} {r.get('version') or ''}".strip(),
                    _n(r["chars_per_second"]),
                    f"{r['our_speed_over_theirs']:.1f}×",
                    share,
                    _n(r["found"]),
                    _n(r["per_10k_chars"], 1),
                    _n(r["ours_per_10k_chars"], 1),
                ]
            )
        print(_table(rows, ["", "chars/s", "ours/theirs", "corpus run", "found", "per 10k chars", "ours per 10k"]))
        for r in p["peers"]:
            if r.get("ok"):
                kinds = ", ".join(f"{k} {v:,}" for k, v in r["found_by_type"].items())
                print(f"  {r['peer']}: {r['call']}; import {r['import_seconds']:.2f} s")
                print(f"    found {kinds or 'nothing'}")
            else:
                print(f"  {r['peer']}: FAILED: {r['error']}")


# ---------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Benchmark jzreport (library, CLI, start-up, memory) and, with --peers, its peers."
    )
    parser.add_argument("--corpus-mb", type=float, default=4.0, help="corpus size in MB of UTF-8 (default 4)")
    parser.add_argument("--seed", type=int, default=5, help="seed of the corpus shuffle (default 5)")
    parser.add_argument("--repeats", type=int, default=3, help="library passes over the corpus (default 3)")
    parser.add_argument("--startup-runs", type=int, default=5, help="fresh processes per start-up figure")
    parser.add_argument("--peers", action="store_true", help="also run the peers (installs them once)")
    parser.add_argument(
        "--peer",
        action="append",
        metavar="NAME",
        help="run only this peer (repeatable): cn2an jionlp-money jionlp-time duckling recognizers",
    )
    parser.add_argument(
        "--peer-seconds", type=float, default=20.0, help="work time per peer before it stops (default 20)"
    )
    parser.add_argument("--skip-cli", action="store_true", help="library (and peers) only")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write every figure as JSON to OUT")
    parser.add_argument("--profile", action="store_true", help="only profile the library's extract, top 25")
    parser.add_argument("--profile-top", type=int, default=25, help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", type=Path, metavar="FILE", help="with --profile: dump pstats here")
    args = parser.parse_args(argv)

    results: dict[str, Any] = {"machine": machine_info(), "options": vars(args) | {"json": str(args.json)}}
    with tempfile.TemporaryDirectory(prefix="jzbench-") as tmp:
        log(f"building a {args.corpus_mb:g} MB corpus in {tmp}")
        corpus = build_corpus(Path(tmp) / "corpus", args.corpus_mb, args.seed)
        results["corpus"] = corpus.summary() | {"sources": corpus.sources}
        texts = [path.read_text(encoding="utf-8") for path in corpus.files]
        if args.profile:
            profile(texts, args.profile_top, args.profile_out)
            return 0
        log(f"library: {args.repeats} passes of extract, check, extract + check")
        results["library"] = measure_library(texts, args.repeats)
        if not args.skip_cli:
            jz = jzreport_command()
            results["cli"] = measure_cli(corpus, jz)
            results["startup"] = measure_startup(jz, args.startup_runs)
            results["memory"] = measure_memory(results["cli"], results["startup"])
        if args.peers or args.peer:
            import peers

            names = args.peer or list(peers.PEERS)
            unknown = sorted(set(names) - set(peers.PEERS))
            if unknown:
                raise SystemExit(f"unknown peer: {', '.join(unknown)}; known: {', '.join(peers.PEERS)}")
            results["peers"] = measure_peers(corpus, names, args.peer_seconds, results["library"])
    results["load_average_at_end"] = os.getloadavg()
    print_report(results)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
