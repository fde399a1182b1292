"""Rates in a table's rows: 产品类别 | 抽查批次 | 不合格批次 | 不合格发现率 / 日用及纺织品 | 318 | 29 | 9.1%: each
row's rate cell is the cell its column names over the row's first count, 29 / 318."""

from __future__ import annotations

import regex

from ..patterns import alternation
from . import lexicon as lx
from .model import Doc, Fig, common_run, same_measure
from .relations import Breakdown, Share

# 按期结案率, 当场办结率: the rate of those done some way, a part of the part a column counts
_MANNERS = ("按期", "按时", "及时", "当场", "当日", "限时", "提前", "逾期", "一次性", "一次", "调解", "网上")
# 增长率, 增速, 占比, 比重: a change or a share of the table's total, read elsewhere
_NOT_ROW_RATE = regex.compile(r"增长|增速|增幅|降幅|变动|占|比重|比例|构成")


_INTAKE_COLUMN = regex.compile(r"(?:合计)?(?:受理|收案)(?:数|案件数?)?")
_OLD_COLUMN = regex.compile(r"(?:旧存|上年结转|积存)(?:数|案件数?)?")
_NEW_COLUMN = regex.compile(r"(?:新收|新受理)(?:数|案件数?)?")


def row_intakes(lines: list[list[Fig]]) -> list[Breakdown]:
    """案件类别 | 旧存 | 新收 | 受理 | 结案 over 刑事 | 318 | 4,906 | 5,224 | 5,011: the cases on hand are those
    carried over and the new ones, row by row."""
    out = []
    for line in lines:
        column = _columns(line)
        if column is None:
            continue
        old, new, intake = (
            [f for f in line if f.is_level and rx.fullmatch(column[f])]
            for rx in (_OLD_COLUMN, _NEW_COLUMN, _INTAKE_COLUMN)
        )
        if len(old) == len(new) == len(intake) == 1 and all(same_measure(f, intake[0]) for f in (*old, *new)):
            out.append(Breakdown(intake[0], (old[0], new[0]), "table", True, True))
    return out


_INCOME_ROW = regex.compile(r"(?P<what>\p{Han}{0,8}?)(?:总)?收入(?:合计)?")
_BALANCE_ROW = regex.compile(rf"(?:{alternation(lx.BALANCE_NETS)}|结余|结存)")


def row_balances(lines: list[list[Fig]]) -> list[Breakdown]:
    """基金收入 | 96.42 | 101.87 / 基金支出 | 84.95 | 92.06 / 当年结余 | 11.47 | 9.81: rows of a fund's income, its
    spending and the year's balance, one under another; in each column the income is the other two."""
    out = []
    for k, line in enumerate(lines):
        income = _INCOME_ROW.fullmatch(_row_label(line))
        if income is None or k + 2 >= len(lines):
            continue
        spent, left = lines[k + 1], lines[k + 2]
        if _row_label(spent) != income["what"] + "支出" and _row_label(spent) != income["what"] + "总支出":
            continue
        if not _BALANCE_ROW.fullmatch(_row_label(left).removeprefix(income["what"])):
            continue
        cells = [[f for f in x if f.is_level and not f.is_change] for x in (line, spent, left)]
        if not cells[0] or len({len(c) for c in cells}) != 1:
            continue
        if not all(same_measure(f, cells[0][0]) for c in cells for f in c):
            continue
        out += [Breakdown(a, (b, c), "balance", True, True) for a, b, c in zip(*cells, strict=True)]
    return out


def _row_label(line: list[Fig]) -> str:
    """The label a table line's figures are named by (a table of years: the row's name alone)."""
    names = {f.claim.subject or "" for f in line if f.is_level}
    return names.pop() if len(names) == 1 else ""


def table_lines(doc: Doc) -> list[list[Fig]]:
    """The figures of each line of the text's tables, which the finders below read."""
    out = []
    for s in doc.sentences:
        if "\n" not in s.text and not _CELLS.search(s.text):
            continue
        rows: dict[int, list[Fig]] = {}
        for f in s.figs:
            rows.setdefault(s.text.count("\n", 0, f.claim.start - s.start), []).append(f)
        out.extend(rows.values())
    return out


def _columns(line: list[Fig]) -> dict[Fig, str] | None:
    """Each figure's column name: its name less the row's label (日用及纺织品), which every name opens with."""
    names = [f.claim.subject or "" for f in line]
    if len(line) < 3 or not all(names):
        return None
    head = _common_prefix(names)
    return {f: (f.claim.subject or "")[len(head) :] for f in line}


def row_rates(lines: list[list[Fig]]) -> list[Share]:
    """Every rate cell of a table row whose column name shares two characters or more with the column of one
    other figure on the row (不合格发现率 ~ 不合格批次), over the row's first figure of that measure."""
    out = []
    for line in lines:
        out.extend(_line_rates(line))
    return out


_CELLS = regex.compile(r"[|\t]|\S[ \u3000]{2,}\S|\d \d")


def _line_rates(line: list[Fig]) -> list[Share]:
    column = _columns(line)
    if column is None:
        return []
    out = _plan_rates(line, column) + _kind_shares(line, column)
    for r in line:
        own = column[r]
        # (债券金额 | 已支出 | 支出进度: a progress column is a rate of the column it names too)
        if not r.is_rate or r.claim.unit != "%" or not own.endswith(("率", "进度")) or _NOT_ROW_RATE.search(own):
            continue
        levels = [f for f in line if f.pos < r.pos and f.is_level and not f.is_baseline and f.claim.unit != "%"]
        if len(levels) < 2 or not all(same_measure(f, levels[0]) for f in levels):
            continue
        stem = own.removesuffix("进度") if own.endswith("进度") else own[:-1]
        scored = sorted(((common_run(stem, column[f]), f) for f in levels[1:]), key=lambda x: -x[0])
        if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            continue  # no column, or two, that the rate's name names
        # 旧存 | 新收 | 受理 | 结案 | 结案率: of the cases on hand, the intake column, not the first
        intake = [f for f in levels if f.pos < scored[0][1].pos and _INTAKE_COLUMN.fullmatch(column[f])]
        part, whole = scored[0][1], (intake[-1] if intake else levels[0])
        if any(w in stem and w not in column[part] for w in _MANNERS):
            continue  # 结案数 | 结案率 | 按期结案率: those closed in time, which no column counts
        if whole.claim.value < part.claim.value or whole.claim.value <= 0:
            continue
        tie = f"the row's {column[part] or 'part'} over its {column[whole] or 'first figure'}"
        out.append(Share(r, part, whole, tie, True))
    return out


# 指标 | 年度目标 | 实际完成 | 完成比例: the columns of a plan, of what was done, and of the one over the other
_PLAN_COLUMN = regex.compile(r"目标|计划|任务|预算")
_DONE_COLUMN = regex.compile(r"^(?:实际|累计|全年|本年)?完成(?:数|值|量|额)?$|^实际(?:数|值)?$")
_DONE_RATE_COLUMN = regex.compile(r"^完成(?:比例|率|进度|百分比)(?:[(（]%[)）])?$")


def _plan_rates(line: list[Fig], column: dict[Fig, str]) -> list[Share]:
    """人防工程建设面积 | 2.4 | 2.61 | 108.8% under 年度目标 | 实际完成 | 完成比例: the done over the plan."""
    rate = next((f for f in line if f.is_rate and _DONE_RATE_COLUMN.match(column[f])), None)
    levels = [f for f in line if f.is_level and not f.is_baseline]
    plan = [f for f in levels if _PLAN_COLUMN.search(column[f])]
    done = [f for f in levels if _DONE_COLUMN.match(column[f])]
    if not done and len(levels) == 2 and len(plan) == 1:
        done = [f for f in levels if f is not plan[0]]  # 目标任务(个) | 募集岗位(个) | 完成率: what was done
    if not done and rate is not None and len(plan) == 1:
        # 年度目标 | 上半年新增 | 完成率 | 累计建成: what was done stands right before its rate, after the plan
        left = line[rate.pos - line[0].pos - 1] if rate.pos > line[0].pos else None
        done = [left] if left in levels and left is not plan[0] and left.pos > plan[0].pos else []
    if rate is None or len(plan) != 1 or len(done) != 1 or not same_measure(plan[0], done[0]):
        return []
    if plan[0].claim.value <= 0:
        return []  # a plan of nothing is no base
    return [Share(rate, done[0], plan[0], f"the row's {column[done[0]]} over its {column[plan[0]]}", True)]


_SHARE_END = regex.compile(r"(?:占比|比重|比例)(?:[(（]%[)）])?$")
_COUNT_END = regex.compile(r"(?:数|数量|量|额|总数)$")


def _kind_shares(line: list[Fig], column: dict[Fig, str]) -> list[Share]:
    """托位数 | 普惠托位数 | 普惠托位占比 over 3180 | 2240 | 70.4: the share column is its kind's cell over the cell
    of what the kind is a kind of (普惠托位 of 托位), in the row."""
    out = []
    levels = [f for f in line if f.is_level and not f.is_baseline and f.claim.unit != "%"]
    for r in line:
        m = _SHARE_END.search(column[r]) if r.is_rate else None
        kind = column[r][: m.start()] if m else ""
        if len(kind) < 2:
            continue
        parts = [f for f in levels if _COUNT_END.sub("", column[f]) == kind]
        wholes = [
            f
            for f in levels
            if len(base := _COUNT_END.sub("", column[f])) >= 2 and base != kind and kind.endswith(base)
        ]
        if len(parts) == 1 and len(wholes) == 1 and same_measure(parts[0], wholes[0]) and wholes[0].claim.value > 0:
            part, whole = parts[0], wholes[0]
            out.append(Share(r, part, whole, f"the row's {column[part]} over its {column[whole]}", True))
    return out


def _common_prefix(names: list[str]) -> str:
    head = names[0]
    for n in names[1:]:
        while head and not n.startswith(head):
            head = head[:-1]
    return head
