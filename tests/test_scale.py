"""Corpus scale: long documents streamed in pieces, output order under --jobs, Dask, picklable records.

A long document is made from the samples by lowering `cli.PIECE_CHARS`, so that the streamed path runs on
a few thousand characters; its output must be byte for byte that of the whole-document path. Speed and
memory are measured by `bench/`, never here.
"""

from __future__ import annotations

import csv
import io
import json
import pickle
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import jzreport.cli
import jzreport.pipeline
from jzreport import check, extract
from jzreport.cli import ExitCode, Task, app, run_task
from jzreport.reading import read_source

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
REPORT = ROOT / "samples" / "report.txt"
# Small enough that samples/report.txt (about 6,000 characters) is cut in several pieces, large enough
# that every cut falls at a paragraph break and no sentence spans two pieces.
SMALL_PIECES = 2_000


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "200"})


@pytest.fixture
def pieces_seen(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of pieces each streamed document was cut into, by spying on `iter_extract`."""
    seen: list[int] = []
    real = jzreport.pipeline.iter_extract

    def spy(text: str, chunk_chars: int = jzreport.pipeline.CHUNK_CHARS) -> Iterator[Any]:
        seen.append(0)
        for piece in real(text, chunk_chars):
            seen[-1] += 1
            yield piece

    monkeypatch.setattr(jzreport.pipeline, "iter_extract", spy)
    return seen


def _invoke(runner: CliRunner, args: list[str]) -> Any:
    result = runner.invoke(app, args)
    assert result.exit_code == ExitCode.OK, result.stderr
    return result


def _whole_and_streamed(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, args: list[str], pieces_seen: list[int]
) -> tuple[bytes, bytes]:
    whole = _invoke(runner, args).stdout_bytes
    assert pieces_seen == [], "a sample is longer than PIECE_CHARS: the whole path was not tested"
    monkeypatch.setattr(jzreport.cli, "PIECE_CHARS", SMALL_PIECES)
    streamed = _invoke(runner, args).stdout_bytes
    assert pieces_seen and max(pieces_seen) > 1, "the streamed path did not run"
    return whole, streamed


@pytest.mark.parametrize(
    "args",
    [
        ["extract", str(REPORT), "-f", "json"],
        ["extract", str(REPORT), "-f", "jsonl"],
        ["extract", str(REPORT), "-f", "csv"],
        ["extract", str(REPORT), "-f", "json", "--explain"],
        ["extract", *map(str, SAMPLES), "-f", "json", "-j", "1"],
        ["extract", *map(str, SAMPLES), "-f", "json", "--explain", "-j", "1"],
        ["extract", *map(str, SAMPLES), "-f", "jsonl", "-j", "1"],
        ["extract", *map(str, SAMPLES), "-f", "csv", "-j", "1"],
        ["check", str(REPORT), "-f", "json"],
        ["check", *map(str, SAMPLES), "-f", "jsonl", "-j", "1"],
        ["check", *map(str, SAMPLES), "-f", "csv", "-j", "1"],
        ["check", *map(str, SAMPLES), "-f", "json", "--only", "consistent", "-j", "1"],
    ],
    ids=lambda args: " ".join(a if a.startswith("-") or a in ("extract", "check") else Path(a).stem for a in args),
)
def test_streamed_output_is_the_whole_output(runner, monkeypatch, pieces_seen, args):
    whole, streamed = _whole_and_streamed(runner, monkeypatch, args, pieces_seen)
    assert streamed == whole


def test_streamed_json_has_every_claim_once_in_order(runner, monkeypatch, pieces_seen):
    # Byte equality with the whole path above is the contract; this says what that output holds.
    monkeypatch.setattr(jzreport.cli, "PIECE_CHARS", SMALL_PIECES)
    doc = json.loads(_invoke(runner, ["extract", str(REPORT), "-f", "json"]).stdout)
    text = read_source(str(REPORT)).text
    assert doc["chars"] == len(text) > SMALL_PIECES
    assert [c["id"] for c in doc["claims"]] == [f"c{i}" for i in range(1, len(doc["claims"]) + 1)]
    for claim in doc["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    assert doc["claims"] == [c.model_dump(mode="json") for c in extract(text)]


def test_streamed_table_prints_each_piece(runner, monkeypatch, pieces_seen):
    monkeypatch.setattr(jzreport.cli, "PIECE_CHARS", SMALL_PIECES)
    out = _invoke(runner, ["extract", str(REPORT), "-f", "table"]).stdout
    assert f"{REPORT} (part 1)" in out and f"{REPORT} (part 2)" in out
    assert extract(read_source(str(REPORT)).text)[-1].text in out


def _failing_halfway(text: str, chunk_chars: int = 0) -> Iterator[Any]:
    yield jzreport.pipeline.extract_with_skips(text[:1000])
    raise RuntimeError("fake failure in the second piece")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_failure_halfway_keeps_what_was_written_and_says_so(runner, monkeypatch, fmt):
    monkeypatch.setattr(jzreport.cli, "PIECE_CHARS", SMALL_PIECES)
    monkeypatch.setattr(jzreport.pipeline, "iter_extract", _failing_halfway)
    result = runner.invoke(app, ["extract", str(REPORT), "-f", fmt])
    assert result.exit_code == ExitCode.INTERNAL
    error = "internal error: RuntimeError: fake failure in the second piece"
    assert result.stderr == f"Error: {REPORT}: {error}\n"
    first = extract(read_source(str(REPORT)).text[:1000])[0].text
    if fmt == "json":
        doc = json.loads(result.stdout)
        assert doc["error"] == error and doc["claims"][0]["text"] == first
    elif fmt == "jsonl":
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        assert lines[0]["text"] == first and lines[-1] == {"source": str(REPORT), "error": error}
    else:
        rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"))))
        assert rows[0]["text"] == first and rows[-1]["error"] == error


def test_a_worker_hands_a_long_document_back(tmp_path):
    task = Task("extract", str(REPORT), piece_chars=SMALL_PIECES)
    assert run_task(task) == {"long": True}
    streamed = run_task(task, stream=True)
    claims = [c for items, _ in streamed["pieces"] for c in items]
    assert streamed["items"] == len(claims) > 0
    short = run_task(Task("extract", str(REPORT)))
    assert short["doc"]["claims"] == claims


# ---------------------------------------------------------------------------------------------------------
# --jobs: the same bytes whatever N, a long document among short ones included.


def _corpus(folder: Path) -> list[Path]:
    """A few files of different lengths, named so that sorted order differs from length order."""
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    made = []
    for i, text in enumerate([texts[0] * 2, *texts, texts[-1][:400], texts[1] * 3]):
        path = folder / ("sub" if i % 2 else "") / f"{9 - i}-doc.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        made.append(path)
    return made


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
@pytest.mark.parametrize("command", ["extract", "check"])
def test_jobs_give_the_same_output_in_input_order(runner, monkeypatch, tmp_path, command, fmt):
    made = _corpus(tmp_path)
    # Some documents (not all) are long, so that workers hand them back to be streamed here.
    monkeypatch.setattr(jzreport.cli, "PIECE_CHARS", 5_000)
    args = [command, str(tmp_path), "--recursive", "-f", fmt]
    one, two = (_invoke(runner, [*args, "--jobs", n]).stdout_bytes for n in ("1", "2"))
    assert one == two
    if fmt == "json":
        sources = [d["source"] for d in json.loads(one)["documents"]]
        assert sources == sorted(map(str, made)) and len(sources) == len(made)


def test_piece_size_agrees_with_the_pipeline():
    # The CLI keeps its own copy so that it starts without importing the pipeline.
    assert jzreport.cli.PIECE_CHARS == jzreport.pipeline.CHUNK_CHARS


# ---------------------------------------------------------------------------------------------------------
# Dask, and records that travel between processes.


def test_records_pickle_and_unpickle_equal():
    text = read_source(str(REPORT)).text
    claims = extract(text)
    checks = check(claims)
    assert claims and checks, "the sample is written to have both"
    assert pickle.loads(pickle.dumps(claims)) == claims
    assert pickle.loads(pickle.dumps(checks)) == checks
    assert pickle.loads(pickle.dumps(claims[0], protocol=pickle.HIGHEST_PROTOCOL)) == claims[0]


def _readme_dask_snippet() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```$", readme, re.S | re.M)
    found = [b for b in blocks if "import dask.bag" in b]
    assert len(found) == 1, "the README shows one Dask example"
    return found[0]


def test_readme_dask_example_runs_on_the_local_scheduler(tmp_path):
    pytest.importorskip("dask.bag")
    snippet = _readme_dask_snippet()
    reports = tmp_path / "reports"
    (reports / "2023").mkdir(parents=True)
    for i, sample in enumerate(SAMPLES):
        shutil.copy(sample, reports / ("2023" if i % 2 else "") / sample.name)
    script = tmp_path / "dask_example.py"
    script.write_text(snippet, encoding="utf-8")
    # Run as the README's reader runs it: a script, on Dask's default local scheduler for bags (processes).
    subprocess.run([sys.executable, script.name], cwd=tmp_path, check=True, timeout=300)

    parts = sorted(tmp_path.glob("claims-*.jsonl"), key=lambda p: int(re.sub(r"\D", "", p.name)))
    lines = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    expected = []
    for path in sorted(reports.rglob("*.txt")):
        source = str(path.relative_to(tmp_path))
        expected += [{"source": source, **c.model_dump(mode="json")} for c in extract(read_source(str(path)).text)]
    assert lines == expected and len(expected) > 100
