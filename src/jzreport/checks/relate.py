"""Which claims belong together, read from the structure of the text and never from their values.

Every finder here looks at cue words, clause and sentence order, list markers, headings and the names
figures carry; none of them looks at whether numbers fit, so a wrong figure is still paired with its
partners and can be caught. Each relation records how its partners were found (`tie`) and whether that
tie is firm enough to call a mismatch inconsistent (`firm`).
"""

from __future__ import annotations

from .changes import find_changes
from .lists import find_breakdowns
from .model import Doc
from .perhead import per_head_shares
from .relations import Relations
from .shares import (
    find_shares,
    kind_share_lists,
    listed_hundreds,
    resolve_far_shares,
    share_sums,
    structure_ratios,
    structure_shares,
    table_shares,
)


def find(doc: Doc) -> Relations:
    """Every relation the structure of the text states."""
    rel = Relations()
    rel.changes = find_changes(doc)
    rel.breakdowns = find_breakdowns(doc)
    shares, rel.grims, pending, named_lists = find_shares(doc, rel.breakdowns)
    far, far_lists = resolve_far_shares(doc, pending)
    in_table, table_lists = table_shares(rel.breakdowns)
    rel.shares = shares + far + structure_shares(doc, rel.breakdowns)
    taken = {sh.rate for sh in rel.shares}
    rel.shares += [sh for sh in per_head_shares(doc) if sh.rate not in taken]
    taken = {sh.rate for sh in rel.shares}
    rel.shares += [sh for sh in in_table if sh.rate not in taken]
    rel.breakdowns += [b for b in table_lists if not taken.intersection(b.parts)]
    # 受理11933起,调解成功11929件,调解成功率99.9%: the rate checks the stage already, the subset says nothing more
    paired = {(sh.whole, sh.part) for sh in rel.shares}
    rel.breakdowns = [b for b in rel.breakdowns if b.cue != "stage" or (b.whole, b.parts[0]) not in paired]
    rel.breakdowns += named_lists + far_lists
    rel.breakdowns += share_sums(rel.shares, rel.breakdowns) + structure_ratios(doc)
    rel.breakdowns += listed_hundreds(doc) + kind_share_lists(doc)
    return rel
