"""Recompute the relations a report states between its figures, and say whether the stated figures hold.

`run_checks(claims, text=None)` reads the claims in their sentences, and the layout of the text when it
is given (`model`); finds which belong together from the structure of the text (`relate` runs the
finders `changes`, `lists` and `shares`, which report the records of `relations` using the patterns of
`cues`); and judges each relation with one rule (`rules`) in exact interval arithmetic (`arith`). Cue
words live in `lexicon`, apart from the logic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

import regex

from ..gcpause import gc_paused
from ..records import Check, Claim
from . import relate, rules
from .cues import SHARE_WHOLE, has_rest_item
from .model import build, rate_name
from .relations import LISTED_TIE, Breakdown, Share
from .shares import ROW_TIE


def run_checks(claims: Sequence[Claim], text: str | None = None) -> list[Check]:
    """Every relation between `claims` the text lets us recompute, in text order.

    `text`, the document the claims were read from, shows what the claims do not: paragraph breaks,
    headings and sentences without figures. Pairing is firmer with it; everything works without it.
    """
    if not claims:
        return []
    # the checks make many small objects and no garbage worth collecting while they run; a collection
    # pass over a long document's claims would cost a third of the time
    with gc_paused():
        return _run(claims, text)


def _run(claims: Sequence[Claim], text: str | None) -> list[Check]:
    doc = build(claims, text)
    rel = relate.find(doc)
    consensus = _consensus(rel.shares)
    shares = _whole_agreed(_named_agree(_respective_agree(_rows_agree(rel.shares))))
    out: list[Check | None] = []
    for ch in rel.changes:
        out += [rules.change_rate(ch), rules.diff(ch), rules.point_change(ch), rules.yearly_rate(ch)]
    for sh in shares:
        out.append(rules.part_rate(sh, consensus.get(sh.group) if not sh.firm else None))
    for b in _confirmed(rel.breakdowns, shares):
        if (kept := _short_of_whole(b, shares)) is not None:
            out.append(rules.breakdown(kept, consensus.get(kept.group) if not kept.firm else None))
    out += [rules.grim(g) for g in rel.grims]
    return _ordered([c for c in out if c is not None])


def _confirmed(breakdowns: Sequence[Breakdown], shares: Sequence[Share]) -> list[Breakdown]:
    """按领域分,城乡建设类4,106件次,…其他类3,122件次。城乡建设类占比27.6%: a list whose whole was read from the
    context is sure of it when a share of one of its parts, stated over that whole, holds."""
    held = {(sh.whole, sh.part) for sh in shares if rules.fits(sh)}
    return [
        replace(b, firm=True)
        if not b.firm
        and b.whole is not None
        and any((b.whole, p) in held for p in b.parts)
        # (5.84亿元 over the rows 其中…9,874 and 合计58,436: a list that holds the whole again is read wrong)
        and all(p.claim.value < b.whole.claim.value for p in b.parts)
        else b
        for b in breakdowns
    ]


def _short_of_whole(b: Breakdown, shares: Sequence[Share]) -> Breakdown | None:
    """毕业生7326人。…协议就业3784人,占毕业生总数的51.65%;升学1468人,占20.04%;…其他去向132人,占1.80%: every
    item's share holds of the whole, and the shares make well under 100: the list is of some kinds only (those
    placed), so the counts need not make up the whole (they stay within it), nor the shares 100 (None)."""
    if not b.exhaustive:
        return b
    ranked = any(_RANKED_FIRST.search(_GROUP_END.split(p.sent.between(p.claim.end, p.sent.end))[0]) for p in b.parts)
    if b.whole is not None and not has_rest_item(b.parts) and ranked:
        # 质量问题2135件,占31.3%,居各类问题首位;合同问题…: a kind ranked first of all kinds, the list maybe the top
        # few: the items stay within the whole, they need not make it up
        return replace(b, exhaustive=False)
    of_item = {sh.part: sh for sh in shares} if b.whole is not None else {sh.rate: sh for sh in shares}
    got = [of_item.get(p) for p in b.parts]
    if len(got) < 2 or any(sh is None or not rules.fits(sh) for sh in got):
        return b
    wholes = {sh.whole for sh in got if sh is not None}
    if len(wholes) != 1 or (b.whole is not None and b.whole not in wholes):
        return b
    stated = sum((sh.rate.claim.value for sh in got if sh is not None), Decimal(0))
    short = all(sh.rate.claim.unit == "%" for sh in got if sh is not None) and stated < 100 - len(got) * _SLACK
    if not short:
        return b
    return replace(b, exhaustive=False) if b.whole is not None else None


_RANKED_FIRST = regex.compile(r"(?:居|位居|位列|列)(?:各类|各项|全部)?[^,，;；。]{0,8}(?:首位|之首|第一位?)")
_GROUP_END = regex.compile(r"[;；]")
_SLACK = Decimal("0.5")  # what rounding may take from each share of a list that makes 100


def _consensus(shares: Sequence[Share]) -> dict[int, bool]:
    """For shares tied to a far whole: does most of their list fit it? Then a misfit is a real miss."""
    groups: dict[int, list[Share]] = {}
    for sh in shares:
        if sh.group >= 0 and not sh.firm:
            groups.setdefault(sh.group, []).append(sh)
    out = {}
    for gid, items in groups.items():
        hits = sum(1 for sh in items if rules.fits(sh))
        out[gid] = hits >= 2 and 3 * hits >= 2 * len(items)
    return out


def _rows_agree(shares: Sequence[Share]) -> list[Share]:
    """派发工单1862件,按期办结1795件,按期办结率97.40%;…1427件,…1391件,…97.48%;…: rates of one name over the count
    right before their numerators, three or more in a sentence. When most of them fit that count, it is their
    base, and a misfit is a real miss."""
    rows: dict[tuple[int, str], list[int]] = {}
    for k, sh in enumerate(shares):
        if sh.tie == ROW_TIE and not sh.firm:
            r = sh.rate
            # 食用农产品 | 1426 | 37 | 2.59% ⏎ 餐饮食品 | 684 | 17 | 2.49%: a table's column of rates, row by row
            key = (-1 - r.sent.block, f"cell {r.pos}") if _CELL.search(r.lead) else (r.sent.index, rate_name(r))
            rows.setdefault(key, []).append(k)
    out = list(shares)
    for ks in rows.values():
        hits = sum(1 for k in ks if rules.fits(shares[k]))
        if len(ks) >= 3 and hits >= 2 and 3 * hits >= 2 * len(ks):
            for k in ks:
                out[k] = replace(shares[k], firm=True)
    return out


_CELL = regex.compile(r"[|\t]|[ \u3000]{2,}")


def _respective_agree(shares: Sequence[Share]) -> list[Share]:
    """甲、乙、丙分别为A、B、C,分别占全省总量的19.8%、14.7%、13.4%: three or more shares of one sentence over the whole
    their list is of, or the whole the first of them named. When all but a third of them fit it (two at least), the
    whole is theirs, and a misfit is a real miss."""
    runs: dict[tuple[int, int], list[int]] = {}
    for k, sh in enumerate(shares):
        # (…占毕业生总数的56.35%;…占24.29%;…占9.73%: a whole named once, the shares after it going on with it)
        if (sh.tie == LISTED_TIE or sh.tie.startswith("the whole named")) and not sh.firm:
            runs.setdefault((sh.rate.sent.index, sh.whole.index), []).append(k)
    out = list(shares)
    for ks in runs.values():
        hits = sum(1 for k in ks if rules.fits(shares[k]))
        if len(ks) >= 3 and hits >= 2 and len(ks) - hits <= len(ks) // 3:
            for k in ks:
                out[k] = replace(shares[k], firm=True)
    return out


def _named_agree(shares: Sequence[Share]) -> list[Share]:
    """进出口318.6亿元,占全市进出口总额的39.6%;…512.8亿元,占全市进出口总额的59.5%: shares that name one far whole in
    the same words. When all but one of them fit it (at least one), the whole is theirs, and the one that misses
    is a real miss."""
    named: dict[tuple[int, str], list[int]] = {}
    for k, sh in enumerate(shares):
        said = SHARE_WHOLE.search(sh.rate.clause)
        # (a share sure of that whole by its own words, and fitting it, counts among them)
        anchor = sh.firm and rules.fits(sh)
        long_name = said is not None and len(said.group("whole")) >= 3
        if (not sh.firm or anchor) and said is not None and long_name and sh.tie.startswith(_NAMED_TIES):
            named.setdefault((sh.whole.index, said.group("whole")), []).append(k)
    out = list(shares)
    for ks in named.values():
        hits = sum(1 for k in ks if rules.fits(shares[k]))
        if len(ks) >= 2 and hits >= 1 and len(ks) - hits <= max(1, len(ks) // 3):
            for k in ks:
                out[k] = replace(shares[k], firm=True)
    return out


_NAMED_TIES = ("the whole named", "the figure named like")


def _whole_agreed(shares: Sequence[Share]) -> list[Share]:
    """接报火灾7.92万起。…住宅火灾2.63万起,占火灾总数的38.2%;…0.86万起,占10.9%;…: a share that names a far whole
    by words the figure does not bear in full is sure of it when three or more other shares of its section take
    that figure as their whole and every one of them fits it."""
    by_whole: dict[int, list[int]] = {}
    for k, sh in enumerate(shares):
        by_whole.setdefault(sh.whole.index, []).append(k)
    out = list(shares)
    for k, sh in enumerate(shares):
        if sh.firm or not sh.tie.startswith(_NAMED_TIES) or sh.rate.claim.unit not in ("%", "％"):
            continue
        others = [
            shares[j]
            for j in by_whole[sh.whole.index]
            if j != k and shares[j].rate is not sh.rate and shares[j].rate.sent.section == sh.rate.sent.section
        ]
        if len(others) >= 3 and all(rules.fits(o) for o in others):
            out[k] = replace(sh, firm=True)
    return out


def _ordered(checks: list[Check]) -> list[Check]:
    """Text order of the last claim, where the text completes the relation (so a long document checked piece
    by piece writes them in the same order); the smaller relation first (a subset before the rate of the same
    two figures), one check per rule and set of claims; a diff of the three figures a sum already adds up
    (送审A,审定B,核减C) is the same arithmetic and left out."""
    seen: set[tuple[str, tuple[str, ...]]] = set()
    sums = {tuple(sorted(r.id for r in c.claims)) for c in checks if c.rule == "sum"}
    out = []
    for c in sorted(checks, key=lambda c: (max(r.start for r in c.claims), len(c.claims), c.rule)):
        key = (c.rule, tuple(sorted(r.id for r in c.claims)))
        if key in seen or (c.rule == "diff" and key[1] in sums):
            continue
        seen.add(key)
        out.append(c)
    return out
