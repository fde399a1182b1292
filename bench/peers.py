"""The peers of `bench/run.py --peers`: their own virtual environment, and a worker that times one of them.

This file has two lives. `run.py` imports it to make `bench/.peers-venv` and to start one worker per peer;
the worker is this same file run by the peers' Python (`python peers.py --peer NAME ...`), where jzreport
is not installed. So it imports nothing outside the standard library at the top, and each peer's
package only inside that peer's setup function.

Each worker imports its peer (timed apart), warms it up on the first file, then runs it over the corpus
files in order until they are done or its time budget is spent, and writes what it found as JSON.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
VENV = HERE / ".peers-venv"
REQUIREMENTS = HERE / "requirements-peers.txt"
STAMP = ".requirements.sha256"

# A peer's setup returns a function from one text to the type of each thing it found in it.
Finder = Callable[[str], list[str]]


def _paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _setup_cn2an() -> Finder:
    import re
    import warnings

    import cn2an

    # transform() warns once for every numeral-like run it cannot convert (十四五, 万…); that is noise here.
    warnings.simplefilter("ignore")
    number = re.compile(r"\d+(?:\.\d+)?")

    def find(text: str) -> list[str]:
        # cn2an rewrites the text; what a user gets from it is the Arabic numbers of the output.
        return ["number"] * len(number.findall(cn2an.transform(text, "cn2an")))

    return find


def _quiet_jionlp() -> Any:
    import contextlib
    import io
    import logging

    # JioNLP prints a banner on import and logs a traceback for every time string it cannot parse.
    logging.disable(logging.CRITICAL)
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp

    return jionlp


def _setup_jionlp_money() -> Finder:
    jio = _quiet_jionlp()

    def find(text: str) -> list[str]:
        return [entity["type"] for entity in jio.ner.extract_money(text)]

    return find


def _setup_jionlp_time() -> Finder:
    jio = _quiet_jionlp()

    def find(text: str) -> list[str]:
        # Without parsing: the cheaper call, which favours the peer.
        return [entity["type"] for entity in jio.ner.extract_time(text, with_parsing=False)]

    return find


DUCKLING_DIMS = [
    "number",
    "ordinal",
    "amount-of-money",
    "distance",
    "duration",
    "quantity",
    "temperature",
    "volume",
]


def _setup_duckling() -> Finder:
    import duckling

    zones = duckling.load_time_zones("/usr/share/zoneinfo")
    now = duckling.get_current_ref_time(zones, "Asia/Shanghai")
    context = duckling.Context(now, duckling.default_locale_lang(duckling.parse_lang("ZH")))
    dims = duckling.parse_dimensions(DUCKLING_DIMS)

    def find(text: str) -> list[str]:
        # Paragraph by paragraph: Duckling's time grows much faster than the length of its input
        # (a 6,000-character report takes over 10 times longer whole than in paragraphs).
        return [entity["dim"] for para in _paragraphs(text) for entity in duckling.parse(para, context, dims)]

    return find


def _setup_recognizers() -> Finder:
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_text import Culture

    numbers = NumberRecognizer(Culture.Chinese)
    # The models are built once and reused, which is much faster than the recognize_* helpers.
    models = [
        numbers.get_number_model(),
        numbers.get_percentage_model(),
        NumberWithUnitRecognizer(Culture.Chinese).get_currency_model(),
    ]

    def find(text: str) -> list[str]:
        return [result.type_name for model in models for result in model.parse(text)]

    return find


class Peer(NamedTuple):
    call: str  # what is timed, as the report shows it
    dist: str  # the distribution whose version the report gives
    setup: Callable[[], Finder]


PEERS: dict[str, Peer] = {
    "cn2an": Peer('cn2an.transform(text, "cn2an"); Arabic numbers of the output', "cn2an", _setup_cn2an),
    "jionlp-money": Peer("jionlp.ner.extract_money(text)", "jionlp", _setup_jionlp_money),
    "jionlp-time": Peer("jionlp.ner.extract_time(text, with_parsing=False)", "jionlp", _setup_jionlp_time),
    "duckling": Peer(
        f"duckling.parse(paragraph), ZH, dims {', '.join(DUCKLING_DIMS)}",
        "pyduckling-native-phihos",
        _setup_duckling,
    ),
    "recognizers": Peer(
        "Recognizers-Text zh-cn number + percentage + currency models",
        "recognizers-text-suite",
        _setup_recognizers,
    ),
}


# ---------------------------------------------------------------------------------------------------------
# The side of run.py: the virtual environment and the workers.


def _requirements_digest() -> str:
    return hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()


def venv_python(venv: Path = VENV) -> Path:
    return venv / "bin" / "python"


def ensure_venv(venv: Path = VENV, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Make `venv` with the peers installed, unless it already has this requirements file's packages.

    Returns what happened: `ok`, `seconds`, `reused`, and the installer's `error` tail when it failed.
    A failed install of everything at once is retried line by line, so that one peer that cannot be had
    does not take the others with it.
    """
    started = time.perf_counter()
    stamp = venv / STAMP
    digest = _requirements_digest()
    if venv_python(venv).exists() and stamp.exists() and stamp.read_text().strip() == digest:
        return {"ok": True, "reused": True, "seconds": 0.0, "error": None}
    log(f"making {venv} and installing {REQUIREMENTS.name} (once)…")
    made = subprocess.run(
        [sys.executable, "-m", "venv", "--clear", str(venv)], capture_output=True, text=True, check=False
    )
    if made.returncode != 0:
        return {"ok": False, "reused": False, "seconds": time.perf_counter() - started, "error": made.stderr}
    pip = [str(venv_python(venv)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    whole = subprocess.run([*pip, "-r", str(REQUIREMENTS)], capture_output=True, text=True, check=False)
    errors = []
    if whole.returncode != 0:
        lines = [line.strip() for line in REQUIREMENTS.read_text().splitlines()]
        for requirement in (line for line in lines if line and not line.startswith("#")):
            one = subprocess.run([*pip, requirement], capture_output=True, text=True, check=False)
            if one.returncode != 0:
                errors.append(f"{requirement}: {_tail(one.stderr)}")
    if not errors:
        stamp.write_text(digest + "\n")
    return {
        "ok": not errors,
        "reused": False,
        "seconds": round(time.perf_counter() - started, 1),
        "error": "\n".join(errors) or None,
    }


def _tail(text: str, lines: int = 3) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:])


def run_peer(
    name: str, files: list[Path], budget: float, venv: Path = VENV, timeout: float | None = None
) -> dict[str, Any]:
    """Run the worker for peer `name` over `files` in the peers' Python; its JSON report, or an error."""
    import tempfile

    if timeout is None:
        # Import, warm-up and the one file that crosses the budget come on top of the budget.
        timeout = 3 * budget + 180
    with tempfile.TemporaryDirectory(prefix="jzbench-peer-") as tmp:
        listing = Path(tmp) / "files.txt"
        listing.write_text("\n".join(str(path) for path in files) + "\n", encoding="utf-8")
        out = Path(tmp) / "out.json"
        command = [str(venv_python(venv)), str(Path(__file__).resolve()), "--peer", name]
        command += ["--files-from", str(listing), "--budget", str(budget), "--out", str(out)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return _failed(name, f"killed after {timeout:.0f} s")
        except OSError as error:  # no environment to run it in: the install failed
            return _failed(name, f"could not start the worker: {error}")
        if out.exists():
            return json.loads(out.read_text(encoding="utf-8"))
        return _failed(name, f"worker exited {done.returncode}: {_tail(done.stderr)}")


def _failed(name: str, error: str) -> dict[str, Any]:
    return {"peer": name, "call": PEERS[name].call, "ok": False, "error": error}


# ---------------------------------------------------------------------------------------------------------
# The side of the worker.


def measure(name: str, files: list[Path], budget: float) -> dict[str, Any]:
    """Import peer `name`, warm it up, and time it over `files` until they are done or `budget` is spent."""
    peer = PEERS[name]
    report: dict[str, Any] = {"peer": name, "call": peer.call, "ok": False, "error": None}
    try:
        report["version"] = metadata.version(peer.dist)
    except metadata.PackageNotFoundError:
        report["version"] = None
    started = time.perf_counter()
    try:
        find = peer.setup()
    except Exception as error:  # any failure to import or set up is a result to report, not a crash
        report["error"] = f"import/setup failed: {type(error).__name__}: {error}"
        report["traceback"] = traceback.format_exc()
        return report
    report["import_seconds"] = round(time.perf_counter() - started, 3)
    texts = (path.read_text(encoding="utf-8") for path in files)
    found: Counter[str] = Counter()
    chars = done = 0
    seconds = 0.0
    try:
        find(files[0].read_text(encoding="utf-8"))  # warm-up: lazy tables, caches, first-call costs
        for text in texts:
            tick = time.perf_counter()
            kinds = find(text)
            seconds += time.perf_counter() - tick
            found.update(kinds)
            chars += len(text)
            done += 1
            if seconds >= budget:
                break
    except Exception as error:
        report["error"] = f"failed on file {done + 1}: {type(error).__name__}: {error}"
        report["traceback"] = traceback.format_exc()
        return report
    report.update(
        ok=True,
        files=done,
        total_files=len(files),
        sampled=done < len(files),
        chars=chars,
        seconds=round(seconds, 4),
        chars_per_second=chars / seconds if seconds else None,
        found=sum(found.values()),
        found_by_type=dict(found.most_common()),
    )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time one peer over a list of files (run by run.py).")
    parser.add_argument("--peer", required=True, choices=sorted(PEERS))
    parser.add_argument("--files-from", required=True, type=Path, help="a file with one path a line")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds of work, then stop")
    parser.add_argument("--out", required=True, type=Path, help="where to write the JSON report")
    args = parser.parse_args(argv)
    files = [Path(line) for line in args.files_from.read_text(encoding="utf-8").splitlines() if line]
    report = measure(args.peer, files, args.budget)
    report["python"] = sys.version.split()[0]
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
