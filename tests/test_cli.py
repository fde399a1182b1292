"""The command line: every command and format, stdin, -o, several inputs, exit codes and messages.

Most tests replace the extractor and the checks with fakes (`fake_pipeline`) so that they test the CLI,
not extraction: the fakes give fixed records for fixed sentences. Tests named `test_real_*` run the
real pipeline on the one claim any extractor must get (`已进驻中介机构483家` → 483 家).
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jzreport import __version__, render
from jzreport.cli import EXIT_CODE_MEANINGS, ExitCode, app, expand_inputs
from jzreport.records import Check, Claim, ClaimRef, Link, Span

ROOT = Path(__file__).resolve().parents[1]

SENTENCE = "已进驻中介机构483家,成交金额1000.2万元。"
OTHER = "受理纠纷120起,调解成功90起,调解成功率75%。"


@pytest.fixture
def runner() -> CliRunner:
    # A fixed page width, so that tables do not depend on the terminal the tests run in.
    return CliRunner(env={"COLUMNS": "200"})


def run(runner: CliRunner, *args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


# ---------------------------------------------------------------------------------------------------------
# Fakes: fixed records for fixed text, so that the CLI is tested apart from extraction.


def _claim(text: str, needle: str, i: int, **fields: object) -> Claim:
    start = text.index(needle)
    defaults: dict[str, object] = {
        "id": f"c{i}",
        "start": start,
        "end": start + len(needle),
        "text": needle,
        "kind": "count",
        "value": Decimal(re.sub(r"[^\d.]", "", needle)),
        "unit": "",
        "number": re.sub(r"[^\d.]", "", needle),
        "sentence": Span(start=0, end=len(text), text=text),
    }
    return Claim(**{**defaults, **fields})


def fake_extract(text: str) -> list[Claim]:
    claims = []
    if "483家" in text:
        claims.append(
            _claim(
                text,
                "483家",
                len(claims) + 1,
                unit="家",
                subject="中介机构",
                section=["一、总体情况", "(一)营商环境"],
                role="before",
            )
        )
    if "1000.2万元" in text:
        claims.append(
            _claim(
                text,
                "1000.2万元",
                len(claims) + 1,
                kind="money",
                value=Decimal("10002000"),
                unit="元",
                number="1000.2",
                multiplier=Decimal(10000),
                unit_text="万元",
                subject="成交金额",
                approx="about",
                links=[Link(type="range", target="c1"), Link(type="part_of", target="c1")],
            )
        )
    if "120起" in text:
        for needle in ("120起", "90起"):
            claims.append(_claim(text, needle, len(claims) + 1, unit="起"))
        claims.append(_claim(text, "75%", len(claims) + 1, kind="percent", unit="%"))
    if "boom" in text:
        raise RuntimeError("fake extractor failure")
    return claims


def fake_checks(claims: list[Claim], text: str | None = None) -> list[Check]:
    by_text = {c.text: c for c in claims}
    if "120起" not in by_text:
        return []
    refs = [
        ClaimRef(id=c.id, start=c.start, end=c.end, text=c.text, value=c.value, unit=c.unit, part=part)
        for c, part in zip(
            (by_text["90起"], by_text["120起"], by_text["75%"]), ("part", "whole", "rate"), strict=True
        )
    ]
    common = {"claims": refs, "reading": "rounded half-up to 0 decimals"}
    return [
        Check(
            rule="part_rate",
            stated=Decimal(75),
            computed=Decimal(75),
            verdict="consistent",
            explanation="90/120 = 75% ✓",
            **common,
        ),
        Check(
            rule="grim",
            stated=Decimal(75),
            computed=None,
            verdict="unverifiable",
            explanation="the total may differ",
            **common,
        ),
        Check(
            rule="subset",
            stated=Decimal(90),
            computed=Decimal(120),
            verdict="inconsistent",
            explanation="a fake disagreement",
            **common,
        ),
    ]


def fake_skips(text: str) -> tuple[list[Claim], list[object]]:
    from types import SimpleNamespace

    skips = []
    if "2024年" in text:
        start = text.index("2024")
        skips.append(SimpleNamespace(start=start, end=start + 4, text="2024", reason="date"))
    return fake_extract(text), skips


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import jzreport.checks
    import jzreport.pipeline

    monkeypatch.setattr(jzreport.pipeline, "extract_claims", fake_extract)
    monkeypatch.setattr(jzreport.pipeline, "extract_with_skips", fake_skips)
    monkeypatch.setattr(jzreport.checks, "run_checks", fake_checks)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"a": tmp_path / "a.txt", "b": tmp_path / "b.txt", "boom": tmp_path / "boom.txt"}
    paths["a"].write_text(SENTENCE, encoding="utf-8")
    paths["b"].write_text(OTHER, encoding="utf-8")
    paths["boom"].write_text("boom 1", encoding="utf-8")
    return paths


# ---------------------------------------------------------------------------------------------------------
# extract: every format.


def test_extract_json_one_file(runner, files, fake_pipeline):
    result = run(runner, "extract", str(files["a"]), "--format", "json")
    assert result.exit_code == ExitCode.OK
    doc = json.loads(result.stdout)
    assert doc["source"] == str(files["a"])
    assert doc["chars"] == len(SENTENCE)
    assert doc["encoding"] and doc["format"] == "txt"
    assert [c["text"] for c in doc["claims"]] == ["483家", "1000.2万元"]
    money = doc["claims"][1]
    assert money["value"] == "10002000"  # Decimal as a JSON string, never a float
    assert money["multiplier"] == "10000"
    assert "中介机构" in result.stdout  # non-ASCII kept as is
    assert result.stderr == ""  # one document: no summary


def test_extract_json_is_default_when_piped(runner, files, fake_pipeline):
    result = run(runner, "extract", str(files["a"]))
    assert json.loads(result.stdout)["claims"][0]["text"] == "483家"


def test_extract_json_several_files(runner, files, fake_pipeline):
    result = run(runner, "extract", str(files["a"]), str(files["b"]), "-f", "json")
    assert result.exit_code == ExitCode.OK
    docs = json.loads(result.stdout)["documents"]
    assert [d["source"] for d in docs] == [str(files["a"]), str(files["b"])]
    assert [len(d["claims"]) for d in docs] == [2, 3]
    assert re.fullmatch(r"2 documents, 5 claims, 0 failed, [\d.]+ s\n", result.stderr)


def test_extract_jsonl(runner, files, fake_pipeline):
    result = run(runner, "extract", str(files["a"]), str(files["b"]), "--format", "jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 5
    assert [line["source"] for line in lines] == [str(files["a"])] * 2 + [str(files["b"])] * 3
    assert lines[0]["text"] == "483家" and lines[0]["value"] == "483"


def test_extract_csv_flattens_nested_fields(runner, files, fake_pipeline):
    result = run(runner, "extract", str(files["a"]), "--format", "csv")
    assert result.exit_code == ExitCode.OK
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbf")  # BOM, for Excel
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"))))
    assert [r["text"] for r in rows] == ["483家", "1000.2万元"]
    first, second = rows
    assert first["source"] == str(files["a"])
    assert first["section"] == "一、总体情况 › (一)营商环境"
    assert (first["sentence_start"], first["sentence_end"], first["sentence"]) == (
        "0",
        str(len(SENTENCE)),
        SENTENCE,
    )
    assert second["links"] == "range:c1;part_of:c1"
    assert second["approx"] == "about" and first["approx"] == ""
    assert second["value"] == "10002000"


def test_csv_header_covers_every_claim_and_check_field():
    claim_header = render.claim_columns()
    for name in Claim.model_fields:
        assert name in claim_header
    assert {"sentence_start", "sentence_end", "source", "error"} <= set(claim_header)
    check_header = render.check_columns()
    for name in set(Check.model_fields) - {"claims"}:
        assert name in check_header
    assert {"claim_ids", "claim_texts", "claim_spans", "claim_parts"} <= set(check_header)


def test_extract_table(runner, files, fake_pipeline):
    result = run(runner, "extract", str(files["a"]), "--format", "table")
    assert result.exit_code == ExitCode.OK
    for header in ("id", "text", "value", "unit", "kind", "subject"):
        assert header in result.stdout
    assert "483家" in result.stdout and "中介机构" in result.stdout


def test_extract_table_fits_its_width(runner, files, fake_pipeline):
    wide = runner.invoke(app, ["extract", str(files["a"]), "-f", "table"], env={"COLUMNS": "200"}).stdout
    for header in ("approx", "direction/role", "section", "subject"):
        assert header in wide
    assert "(一)营商环境" in wide and "一、总体情况" not in wide  # the innermost heading only
    narrow = runner.invoke(app, ["extract", str(files["a"]), "-f", "table"], env={"COLUMNS": "80"}).stdout
    assert "qualifiers" in narrow and "section" not in narrow
    assert "…" not in narrow  # folded, never cut short


def test_extract_table_leaves_out_empty_columns(runner, files, fake_pipeline):
    table = runner.invoke(app, ["extract", str(files["b"]), "-f", "table"], env={"COLUMNS": "200"}).stdout
    assert "120起" in table
    for header in ("subject", "approx", "direction/role", "section"):
        assert header not in table


def test_progress_bar_path(runner, files, monkeypatch, fake_pipeline):
    # Pretend stderr is a terminal and stdout is not: the bar runs, and the data is unharmed.
    import jzreport.cli

    monkeypatch.setattr(jzreport.cli, "_isatty", lambda stream: stream is sys.stderr)
    result = run(runner, "extract", str(files["a"]), str(files["b"]), "-f", "json", "-j", "1")
    assert result.exit_code == ExitCode.OK
    assert len(json.loads(result.stdout)["documents"]) == 2
    assert "2 documents, 5 claims, 0 failed" in result.stderr


def test_extract_table_says_when_nothing_found(runner, tmp_path, fake_pipeline):
    empty = tmp_path / "plain.txt"
    empty.write_text("没有数字的句子。", encoding="utf-8")
    result = run(runner, "extract", str(empty), "-f", "table")
    assert result.exit_code == ExitCode.OK
    assert "no claims" in result.stdout


def test_extract_stdin(runner, fake_pipeline):
    result = run(runner, "extract", "-", "-f", "json", input=SENTENCE.encode("utf-8"))
    assert result.exit_code == ExitCode.OK
    assert [c["text"] for c in json.loads(result.stdout)["claims"]] == ["483家", "1000.2万元"]


def test_stdin_among_files_keeps_its_place(runner, files, fake_pipeline):
    result = run(runner, "extract", str(files["b"]), "-", "-f", "jsonl", "-j", "2", input=SENTENCE)
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources[:3] == [str(files["b"])] * 3
    assert len(sources) == 5


@pytest.mark.parametrize(
    ("name", "fmt", "check_output"),
    [
        ("out.json", None, lambda data: json.loads(data.decode("utf-8"))["claims"]),
        ("out.jsonl", None, lambda data: [json.loads(x) for x in data.decode("utf-8").splitlines()]),
        ("out.csv", None, lambda data: list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))),
        ("out.txt", "jsonl", lambda data: [json.loads(x) for x in data.decode("utf-8").splitlines()]),
    ],
)
def test_output_file_and_format_from_extension(
    runner, files, tmp_path, fake_pipeline, name, fmt, check_output
):
    out = tmp_path / name
    args = ["extract", str(files["a"]), "-o", str(out)] + (["-f", fmt] if fmt else [])
    result = run(runner, *args)
    assert result.exit_code == ExitCode.OK
    assert result.stdout == ""  # the data went to the file
    assert len(check_output(out.read_bytes())) == 2
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") == name.endswith(".csv")


def test_explain_lists_skipped_numbers_in_json_and_table(runner, tmp_path, fake_pipeline):
    doc = tmp_path / "dated.txt"
    doc.write_text("2024年已进驻中介机构483家。", encoding="utf-8")
    result = run(runner, "extract", str(doc), "--explain", "-f", "json")
    assert result.exit_code == ExitCode.OK
    data = json.loads(result.stdout)
    assert data["skipped"] == [{"start": 0, "end": 4, "text": "2024", "reason": "date"}]
    assert [c["text"] for c in data["claims"]] == ["483家"]
    table = run(runner, "extract", str(doc), "--explain", "-f", "table")
    assert "not reported" in table.stdout and "date" in table.stdout


# ---------------------------------------------------------------------------------------------------------
# check.


def test_check_json_one_file(runner, files, fake_pipeline):
    result = run(runner, "check", str(files["b"]), "--format", "json")
    assert result.exit_code == ExitCode.OK  # --fail-on never by default
    doc = json.loads(result.stdout)
    assert doc["source"] == str(files["b"])
    assert [k["verdict"] for k in doc["checks"]] == ["consistent", "unverifiable", "inconsistent"]
    first = doc["checks"][0]
    assert first["stated"] == "75" and first["computed"] == "75"
    assert [(c["text"], c["part"]) for c in first["claims"]] == [
        ("90起", "part"),
        ("120起", "whole"),
        ("75%", "rate"),
    ]


def test_check_several_files(runner, files, fake_pipeline):
    result = run(runner, "check", str(files["a"]), str(files["b"]), "-f", "json")
    docs = json.loads(result.stdout)["documents"]
    assert [len(d["checks"]) for d in docs] == [0, 3]
    assert re.fullmatch(
        r"2 documents, 3 checks \(1 consistent, 1 inconsistent, 1 unverifiable\), 0 failed, [\d.]+ s\n",
        result.stderr,
    )


@pytest.mark.parametrize(
    ("only", "verdicts"),
    [("inconsistent", ["inconsistent"]), ("consistent", ["consistent"]), ("unverifiable", ["unverifiable"])],
)
def test_check_only(runner, files, fake_pipeline, only, verdicts):
    result = run(runner, "check", str(files["b"]), "--only", only, "-f", "jsonl")
    assert [json.loads(x)["verdict"] for x in result.stdout.splitlines()] == verdicts
    assert all(json.loads(x)["source"] == str(files["b"]) for x in result.stdout.splitlines())


@pytest.mark.parametrize(
    ("fail_on", "name", "code"),
    [
        ("never", "b", ExitCode.OK),
        ("inconsistent", "b", ExitCode.INCONSISTENT),
        ("unverifiable", "b", ExitCode.INCONSISTENT),
        ("inconsistent", "a", ExitCode.OK),  # no checks at all
        ("unverifiable", "a", ExitCode.OK),
    ],
)
def test_check_fail_on(runner, files, fake_pipeline, fail_on, name, code):
    result = run(runner, "check", str(files[name]), "--fail-on", fail_on)
    assert result.exit_code == code


def test_fail_on_counts_checks_that_only_hides(runner, files, fake_pipeline):
    result = run(runner, "check", str(files["b"]), "--only", "consistent", "--fail-on", "inconsistent")
    assert result.exit_code == ExitCode.INCONSISTENT


def test_check_csv(runner, files, fake_pipeline):
    result = run(runner, "check", str(files["b"]), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"))))
    assert [r["verdict"] for r in rows] == ["consistent", "unverifiable", "inconsistent"]
    assert rows[0]["claim_texts"] == "90起;120起;75%"
    assert rows[0]["claim_parts"] == "part;whole;rate"
    assert rows[0]["claim_ids"] == "c2;c1;c3"
    assert rows[1]["computed"] == ""


def test_check_table(runner, files, fake_pipeline):
    result = run(runner, "check", str(files["b"]), "-f", "table")
    assert result.exit_code == ExitCode.OK
    for text in ("part_rate", "consistent", "inconsistent", "unverifiable", "90/120 = 75% ✓", "whole 120起"):
        assert text in result.stdout


# ---------------------------------------------------------------------------------------------------------
# Several inputs: folders, globs, order, a bad file among good ones.


def test_bad_file_among_good_ones(runner, files, tmp_path, fake_pipeline):
    missing = tmp_path / "missing.txt"
    result = run(runner, "extract", str(files["a"]), str(missing), str(files["b"]), "-f", "json")
    assert result.exit_code == ExitCode.INPUT
    docs = json.loads(result.stdout)["documents"]
    assert [d["source"] for d in docs] == [str(files["a"]), str(missing), str(files["b"])]
    assert docs[1]["error"] and docs[1]["claims"] == []
    assert docs[0]["error"] is None and len(docs[2]["claims"]) == 3
    assert f"Error: {missing}: " in result.stderr
    assert "1 failed" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_bad_file_among_good_ones_in_every_format(runner, files, tmp_path, fake_pipeline, fmt):
    missing = tmp_path / "missing.txt"
    result = run(runner, "extract", str(files["a"]), str(missing), "-f", fmt)
    assert result.exit_code == ExitCode.INPUT
    assert "483家" in result.stdout  # the good file is still there
    assert str(missing) in result.stdout  # and the failure has its entry
    assert f"Error: {missing}: " in result.stderr


def test_one_missing_file_prints_no_data(runner, tmp_path):
    missing = tmp_path / "missing.txt"
    result = run(runner, "extract", str(missing))
    assert result.exit_code == ExitCode.INPUT
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {missing}: ")
    assert result.stderr.count("\n") == 1


def test_folder_and_recursive(runner, tmp_path, fake_pipeline):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "a.html").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")  # not a report: skipped
    (tmp_path / ".hidden.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text(SENTENCE, encoding="utf-8")
    flat = json.loads(run(runner, "extract", str(tmp_path), "-f", "json").stdout)["documents"]
    assert [Path(d["source"]).name for d in flat] == ["a.html", "b.txt"]
    deep = json.loads(run(runner, "extract", str(tmp_path), "-r", "-f", "json").stdout)["documents"]
    assert [Path(d["source"]).relative_to(tmp_path).as_posix() for d in deep] == [
        "a.html",
        "b.txt",
        "sub/c.txt",
    ]


def test_one_file_folder_still_gives_documents(runner, tmp_path, fake_pipeline):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    data = json.loads(run(runner, "extract", str(tmp_path)).stdout)
    assert len(data["documents"]) == 1


def test_glob(runner, tmp_path, fake_pipeline):
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "one.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "x" / "y" / "two.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "x" / "y" / "three.md").write_text(OTHER, encoding="utf-8")
    result = run(runner, "extract", f"{tmp_path}/x/**/*.txt", "-f", "jsonl")
    assert result.exit_code == ExitCode.OK
    names = [Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()]
    assert names == ["one.txt", "one.txt", "two.txt", "two.txt", "two.txt"]


@pytest.mark.parametrize(
    ("make", "pattern", "message"),
    [
        (
            lambda p: p / "empty",
            "{d}/empty",
            "no report files (.txt .text .htm .html .shtml .xhtml .docx .pdf) in this folder"
            " (--recursive looks in subfolders)",
        ),
        (lambda p: p, "{d}/nothing/*.txt", "no file matches this pattern"),
    ],
)
def test_inputs_that_expand_to_nothing(runner, tmp_path, make, pattern, message):
    folder = make(tmp_path)
    folder.mkdir(exist_ok=True)
    arg = pattern.format(d=tmp_path)
    result = run(runner, "extract", arg, "-f", "json")
    assert result.exit_code == ExitCode.INPUT
    assert f"Error: {arg}: {message}\n" in result.stderr
    assert json.loads(result.stdout)["documents"][0]["error"] == message


def test_jobs_keep_input_order(runner, tmp_path):
    paths = []
    for i in range(7):
        path = tmp_path / f"r{i}.txt"
        path.write_text(f"报告{i}:" + "已进驻中介机构483家。" * (7 - i) * 50, encoding="utf-8")
        paths.append(str(path))
    # reversed, so that input order differs from any sorted order
    args = ["extract", *reversed(paths), "-f", "json"]
    outputs = [run(runner, *args, "--jobs", jobs).stdout for jobs in ("1", "2", "3")]
    assert [d["source"] for d in json.loads(outputs[0])["documents"]] == list(reversed(paths))
    assert outputs[0] == outputs[1] == outputs[2]


def test_expand_inputs_marks_several():
    assert expand_inputs(["a.txt"], recursive=False) == ([("a.txt", None)], False)
    assert expand_inputs(["-"], recursive=False) == ([("-", None)], False)
    assert expand_inputs(["a.txt", "b.txt"], recursive=False)[1] is True


# ---------------------------------------------------------------------------------------------------------
# Errors: every path, with its code and its message.


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["extract", "{a}", "-f", "table", "-o", "{d}/out.txt"],
            "Error: --format table is for the terminal; use json, jsonl or csv with --output.\n",
        ),
        (
            ["check", "{a}", "-f", "table", "-o", "{d}/out.txt"],
            "Error: --format table is for the terminal; use json, jsonl or csv with --output.\n",
        ),
        (
            ["extract", "{a}", "--explain", "-f", "jsonl"],
            "Error: --explain adds a list beside the claims; use --format json or table with it.\n",
        ),
        (
            ["extract", "{a}", "--explain", "-f", "csv"],
            "Error: --explain adds a list beside the claims; use --format json or table with it.\n",
        ),
        (["extract", "-", "-"], "Error: stdin (-) can be read only once.\n"),
        (["extract", "{a}", "--encoding", "no-such-codec"], "Error: unknown encoding 'no-such-codec'.\n"),
        (["text", "{a}", "--encoding", "no-such-codec"], "Error: unknown encoding 'no-such-codec'.\n"),
        (
            ["extract", "{a}", "--encoding", "gbk", "--from", "pdf"],
            "Error: --encoding applies to text and HTML input, not to --from pdf.\n",
        ),
        (["extract", "{a}", "-o", "{d}"], "Error: --output {d} is a folder; give a file name.\n"),
        (
            ["check", "{a}", "-o", "{d}/no/such/out.json"],
            "Error: --output {d}/no/such/out.json: the folder {d}/no/such does not exist.\n",
        ),
    ],
)
def test_conflicting_or_bad_flags(runner, files, tmp_path, fake_pipeline, args, message):
    fill = {"a": str(files["a"]), "d": str(tmp_path)}
    result = run(runner, *(a.format(**fill) for a in args))
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == message.format(**fill)
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["extract"], "Missing argument"),
        (["extract", "{a}", "--format", "xml"], "Invalid value"),
        (["extract", "{a}", "--jobs", "0"], "Invalid value"),
        (["extract", "{a}", "--no-such-flag"], "No such option"),
        (["check", "{a}", "--fail-on", "sometimes"], "Invalid value"),
        (["check", "{a}", "--only", "maybe"], "Invalid value"),
        (["schema", "table"], "Invalid value"),
        (["nonsense"], "No such command"),
    ],
)
def test_usage_errors_from_the_parser(runner, files, args, fragment):
    result = run(runner, *(a.format(a=files["a"]) for a in args))
    assert result.exit_code == ExitCode.USAGE
    assert fragment in result.stderr


BAD_INPUTS = {
    "empty.txt": b"",
    "junk.txt": bytes(range(256)) * 8,
    "broken.docx": b"PK\x03\x04 not really a zip",
    "truncated.pdf": b"%PDF-1.4\n1 0 obj\n",
}


@pytest.mark.parametrize("command", ["extract", "check", "text"])
@pytest.mark.parametrize("name", [*BAD_INPUTS, "missing.txt"])
def test_bad_input_is_one_line_and_exit_3(runner, tmp_path, command, name):
    path = tmp_path / name
    if name in BAD_INPUTS:
        path.write_bytes(BAD_INPUTS[name])
    result = run(runner, command, str(path))
    assert result.exit_code == ExitCode.INPUT
    assert re.fullmatch(rf"Error: {re.escape(str(path))}: \S.*\n", result.stderr)
    assert result.stdout == ""


def test_undecodable_input_is_an_input_error(runner, tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(SENTENCE.encode("gbk"))
    result = run(runner, "extract", str(path), "--encoding", "ascii")
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.startswith(f"Error: {path}: ")
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_internal_error_is_one_line_and_keeps_the_others(runner, files, fake_pipeline):
    result = run(runner, "extract", str(files["boom"]), str(files["a"]), "-f", "json")
    assert result.exit_code == ExitCode.INTERNAL
    docs = json.loads(result.stdout)["documents"]
    assert docs[0]["error"] == "internal error: RuntimeError: fake extractor failure"
    assert len(docs[1]["claims"]) == 2
    assert f"Error: {files['boom']}: internal error: RuntimeError: fake extractor failure\n" in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(runner, files, tmp_path, fake_pipeline):
    result = run(runner, "extract", str(files["boom"]), "--debug")
    assert result.exit_code == ExitCode.INTERNAL
    assert "Traceback (most recent call last)" in result.stderr
    assert "fake extractor failure" in result.stderr
    missing = run(runner, "extract", str(tmp_path / "missing.txt"), "--debug")
    assert missing.exit_code == ExitCode.INPUT
    assert "Traceback (most recent call last)" in missing.stderr


def test_input_error_beats_inconsistent(runner, files, tmp_path, fake_pipeline):
    result = run(runner, "check", str(files["b"]), str(tmp_path / "missing.txt"), "--fail-on", "inconsistent")
    assert result.exit_code == ExitCode.INPUT


def test_stdin_error_names_stdin(runner):
    result = run(runner, "extract", "-", "--encoding", "ascii", input=SENTENCE.encode("utf-8"))
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.startswith("Error: <stdin>: ")


# ---------------------------------------------------------------------------------------------------------
# schema, text, --version, help.


@pytest.mark.parametrize(
    ("which", "title"), [("claim", "Claim"), ("check", "Check"), ("all", None), ("CLAIM", "Claim")]
)
def test_schema(runner, which, title):
    result = run(runner, "schema", which)
    assert result.exit_code == ExitCode.OK
    schema = json.loads(result.stdout)
    if title:
        assert schema["title"] == title
    else:
        assert {"DocumentClaims", "DocumentChecks", "Claim", "Check"} <= set(schema["$defs"])
    if which.lower() == "claim":
        assert schema["properties"]["value"]["type"] == "string"  # Decimals serialise as strings
        assert "中" not in result.stdout or "\\u" not in result.stdout


def test_schema_default_is_all(runner):
    assert json.loads(run(runner, "schema").stdout) == json.loads(run(runner, "schema", "all").stdout)


def test_text_prints_exactly_what_extraction_sees(runner, tmp_path):
    path = tmp_path / "r.txt"
    body = "一、总体情况\n已进驻中介机构483家。\n"
    path.write_bytes(body.encode("utf-8"))
    result = run(runner, "text", str(path))
    assert result.exit_code == ExitCode.OK
    assert result.stdout_bytes.decode("utf-8") == body
    assert run(runner, "text", "-", input=body.encode("utf-8")).stdout_bytes.decode("utf-8") == body


def test_text_errors(runner, tmp_path):
    missing = run(runner, "text", str(tmp_path / "missing.txt"))
    assert missing.exit_code == ExitCode.INPUT
    assert missing.stderr.startswith(f"Error: {tmp_path / 'missing.txt'}: ")
    folder = run(runner, "text", str(tmp_path))
    assert folder.exit_code == ExitCode.INPUT
    assert folder.stderr.startswith(f"Error: {tmp_path}: ")
    assert "Traceback" not in missing.stderr + folder.stderr


def test_version(runner):
    result = run(runner, "--version")
    assert result.exit_code == ExitCode.OK
    assert result.stdout == f"jzreport {__version__}\n"


COMMANDS = ["extract", "check", "schema", "text"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(runner, command):
    result = run(runner, command, "--help")
    assert result.exit_code == ExitCode.OK
    assert f"Usage: jzreport {command}" in result.stdout or f"Usage: root {command}" in result.stdout
    assert len(result.stdout.splitlines()) > 5
    short = run(runner, command, "-h")
    assert short.stdout == result.stdout


def test_top_level_help_lists_every_command_and_exit_code(runner):
    result = run(runner, "--help")
    assert result.exit_code == ExitCode.OK
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s+\S", result.stdout, re.M), command
    for code in ExitCode:
        assert re.search(rf"^\s+{int(code)}\s+\S", result.stdout, re.M), code


@pytest.mark.parametrize("command", ["extract", "check"])
def test_command_help_lists_exit_codes(runner, command):
    text = run(runner, command, "--help").stdout
    for code, meaning in EXIT_CODE_MEANINGS.items():
        assert f"{int(code)}  {meaning}" in text


def test_readme_exit_code_table_matches_the_enum():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\|\s*`?(\d+)`?\s*\|\s*`?([A-Z_]+)`?\s*\|", readme, re.M)
    assert rows == [(str(int(code)), code.name) for code in ExitCode]


def test_readme_documents_every_command_and_option(runner):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"jzreport {command}" in readme
        helptext = run(runner, command, "--help").stdout
        for option in set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", helptext)) - {"--help"}:
            assert option in readme, f"{command} {option}"


# ---------------------------------------------------------------------------------------------------------
# Start-up and the real pipeline.


def test_cli_module_imports_nothing_heavy():
    # `jzreport --help` must start fast: the CLI module alone must not pull in pydantic or rich.
    heavy = "('pydantic', 'rich', 'regex')"
    code = f"import sys, jzreport.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_python_m_jzreport():
    out = subprocess.run(
        [sys.executable, "-m", "jzreport", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout == f"jzreport {__version__}\n"


# The real pipeline: named test_real_* (select them with `-k real`).


def test_real_extractor_reports_the_plainest_claim(runner, tmp_path):
    # Any extractor worth the name finds this one; everything else about it is left to the extraction tests.
    path = tmp_path / "r.txt"
    path.write_text("已进驻中介机构483家。", encoding="utf-8")
    claims = json.loads(run(runner, "extract", str(path), "-f", "json").stdout)["claims"]
    assert [(c["text"], c["value"], c["unit"]) for c in claims] == [("483家", "483", "家")]
    assert claims[0]["start"] == 7 and claims[0]["end"] == 11


def test_real_pipeline_on_the_sample_in_every_format(runner):
    sample = ROOT / "samples" / "report.txt"
    if not sample.exists():
        pytest.skip("samples/report.txt is not there yet")
    text = run(runner, "text", str(sample)).stdout_bytes.decode("utf-8")
    data = json.loads(run(runner, "extract", str(sample), "-f", "json").stdout)
    assert data["claims"], "the sample is written to be rich in claims"
    for claim in data["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    jsonl = run(runner, "extract", str(sample), "-f", "jsonl").stdout.splitlines()
    assert len(jsonl) == len(data["claims"])
    rows = list(
        csv.DictReader(
            io.StringIO(run(runner, "extract", str(sample), "-f", "csv").stdout_bytes.decode("utf-8-sig"))
        )
    )
    assert [r["text"] for r in rows] == [c["text"] for c in data["claims"]]
    checks = run(runner, "check", str(sample), "-f", "json")
    assert checks.exit_code == ExitCode.OK
    for check in json.loads(checks.stdout)["checks"]:
        for ref in check["claims"]:
            assert text[ref["start"] : ref["end"]] == ref["text"]
