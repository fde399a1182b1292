"""The checks on the dev set's gold claims: no false alarm, and the gold relations found.

Reads ../shared/eval/dev (relative to the repository root) when it is there; skips otherwise. The claims
are the gold's own, so this measures the checks alone, not extraction. A found relation is a check whose
claims cover every claim of the gold relation, as score.py counts it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks_claims import from_gold
from jzreport.checks import run_checks
from jzreport.records import Check

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
pytestmark = pytest.mark.skipif(not (DEV / "gold").is_dir(), reason="no dev set next to the repository")


def _load(name: str, layout: bool = True) -> tuple[list[dict], list[dict], list[Check]]:
    """Gold rows, gold relations and our checks; `layout`: the checks see the text, as the CLI's do."""
    text = (DEV / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in (DEV / "gold" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    path = DEV / "gold" / f"{name}.checks.jsonl"
    relations = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    claims, _ = from_gold(text, rows)
    return rows, relations, run_checks(claims, text if layout else None)


def _covers(check: Check, rows: list[dict]) -> bool:
    return all(any(r.start < g["end"] and g["start"] < r.end for r in check.claims) for g in rows)


def _names() -> list[str]:
    if not (DEV / "gold").is_dir():
        return []
    return sorted(p.name[: -len(".checks.jsonl")] for p in (DEV / "gold").glob("*.checks.jsonl"))


@pytest.mark.parametrize("layout", [True, False], ids=["with text", "claims only"])
@pytest.mark.parametrize("name", _names())
def test_no_false_alarm_on_gold_claims(name: str, layout: bool) -> None:
    rows, relations, checks = _load(name, layout)
    by_id = {r["id"]: r for r in rows}
    bad = [[by_id[i] for i in rel["claims"]] for rel in relations if rel["verdict"] == "inconsistent"]
    alarms = [c.explanation for c in checks if c.verdict == "inconsistent" and not any(_covers(c, b) for b in bad)]
    assert not alarms


@pytest.mark.parametrize("layout", [True, False], ids=["with text", "claims only"])
def test_gold_relations_found_with_their_verdicts(layout: bool) -> None:
    found = agreed = total = 0
    for name in _names():
        rows, relations, checks = _load(name, layout)
        by_id = {r["id"]: r for r in rows}
        for rel in relations:
            if rel["verdict"] not in ("consistent", "inconsistent"):
                continue
            total += 1
            need = [by_id[i] for i in rel["claims"]]
            hit = next((c for c in checks if _covers(c, need)), None)
            if hit is not None:
                found += 1
                agreed += hit.verdict == rel["verdict"]
    assert total and found / total >= 0.85, f"found {found} of {total}"
    assert agreed / found >= 0.95, f"{agreed} of {found} verdicts agree"
