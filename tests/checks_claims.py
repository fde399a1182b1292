"""Build `Claim` lists by hand for the check tests: a text and the figures in it, offsets by `str.find`.

    doc("受理纠纷11933起,调解成功11929件,调解成功率达99.9%。", "11933起", "11929件", P("99.9%"))

Each figure is its text as written; value, unit, number and multiplier are read from that text, and the
kind is guessed from the unit (元 money, % percent, 百分点/倍 change, else count) unless given. Sentences
end at 。！？ and line breaks; a line that starts with 一、 (一) 1. is a heading and sets the section path.
Figures are found in order, each after the one before, so a repeated number needs no index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jzreport.records import Claim, Link, Span

_SCALES = {"万亿": 10**12, "百万": 10**6, "千万": 10**7, "万": 10**4, "亿": 10**8, "千": 10**3}
_CN = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SCALE = {"十": 10, "百": 100, "千": 1000}
_HEADING = re.compile(r"^\s*(?:([一二三四五六七八九十]+)、|[(（]([一二三四五六七八九十]+)[)）]|(\d{1,2})[.、])")
_MONEY = ("元", "港元", "美元", "港仙")


@dataclass(frozen=True)
class F:
    """One figure of the text: how it is written, and anything the reading from its text gets wrong."""

    text: str
    kind: str | None = None
    subject: str | None = None
    direction: str | None = None
    role: str | None = None
    approx: str | None = None
    baseline: str | None = None


def P(text: str, **kw: str) -> F:
    """A percent share or rate (kind percent)."""
    return F(text, kind="percent", **kw)


def Up(text: str, **kw: str) -> F:
    """An increase: 增长8.5%, 增加555件, 提高1.1个百分点."""
    return F(text, kind="change", direction="increase", **kw)


def Down(text: str, **kw: str) -> F:
    """A decrease: 下降2.60%, 减少7件."""
    return F(text, kind="change", direction="decrease", **kw)


def R(text: str, **kw: str) -> F:
    """A term of a ratio: 2.02 of 2.02:1."""
    return F(text, kind="ratio", **kw)


def chinese_value(s: str) -> int:
    """Small Chinese numerals for the tests: 五十五万 → 550000, 四十一万八千 → 418000."""
    total, section, digit = 0, 0, 0
    for ch in s:
        if ch in _CN:
            digit = _CN[ch]
        elif ch in _CN_SCALE:
            section += (digit or 1) * _CN_SCALE[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section, digit = 0, 0
    return total + section + digit


def read(text: str) -> tuple[str, Decimal, Decimal, str, str]:
    """(number as written, multiplier, value, unit, unit as written) of a figure's text."""
    t = text.strip()
    m = re.match(r"^(?:百分之)?([0-9][0-9.,]*)", t)
    pct_cn = t.startswith("百分之")
    if m and not pct_cn:
        number = m.group(1).replace(",", "")
        rest = t[m.end() :].strip()
        mult = Decimal(1)
        for word, k in _SCALES.items():
            if rest.startswith(word):
                mult, rest = Decimal(k), rest[len(word) :]
                break
        value = Decimal(number) * mult
        scale = t[m.end() : len(t) - len(rest)].strip()
    else:
        body = t[3:] if pct_cn else t
        m2 = re.match(r"^[零〇一二两三四五六七八九十百千万点]+", body)
        assert m2, f"cannot read {text!r}"
        number = m2.group()
        rest = "%" if pct_cn else body[m2.end() :]
        if "点" in number:
            whole, frac = number.split("点")
            value = Decimal(f"{chinese_value(whole)}." + "".join(str(_CN[c]) for c in frac))
        else:
            value = Decimal(chinese_value(number))
        number = t if pct_cn else number
        mult, scale = Decimal(1), ""
    unit = {"％": "%", "个百分点": "百分点"}.get(rest, rest)
    if unit.startswith("个") and len(unit) > 1:  # 个工作日 → 工作日
        unit = unit[1:]
    return number, mult, value, unit, scale + rest


def _kind(unit: str) -> str:
    if unit in _MONEY:
        return "money"
    if unit in ("%", "‰"):
        return "percent"
    if unit in ("百分点", "倍"):
        return "change"
    if unit in ("天", "工作日", "小时", "个月"):
        return "duration"
    if unit in ("亩", "吨", "公里", "平方米", "公顷"):
        return "measure"
    return "count" if unit else "ratio"


def _sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"[。！？!?]|\n", text):
        end = m.end() if m.group() != "\n" else m.start()
        if text[pos:end].strip():
            out.append((pos, end))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def _sections(text: str) -> list[tuple[int, tuple[str, ...]]]:
    out: list[tuple[int, tuple[str, ...]]] = []
    path: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        m = _HEADING.match(line)
        if m:
            level = 1 if m.group(1) else 2 if m.group(2) else 3
            title = re.split(r"[。]", line.strip(), maxsplit=1)[0]
            path = [p for p in path if p[0] < level] + [(level, title)]
            out.append((pos, tuple(t for _, t in path)))
        pos += len(line) + 1
    return out


def doc(text: str, *figures: F | str) -> list[Claim]:
    """The claims of `text`: each figure found in order; 由A至B pairs linked by their roles."""
    sents, secs = _sentences(text), _sections(text)
    claims: list[dict[str, object]] = []
    cursor = 0
    for k, fig in enumerate(figures, start=1):
        f = F(fig) if isinstance(fig, str) else fig
        start = text.find(f.text, cursor)
        assert start >= 0, f"{f.text!r} not found after offset {cursor}"
        end = start + len(f.text)
        cursor = end
        number, mult, value, unit, unit_text = read(f.text)
        s0, s1 = next((a, b) for a, b in sents if a <= start < b)
        section: tuple[str, ...] = ()
        for off, path in secs:
            if off <= start:
                section = path
        claims.append(
            dict(
                id=f"c{k}", start=start, end=end, text=f.text, kind=f.kind or _kind(unit), value=value,
                unit=unit, subject=f.subject, approx=f.approx, direction=f.direction, role=f.role,
                number=number, multiplier=mult, unit_text=unit_text, baseline=f.baseline,
                sentence=Span(start=s0, end=s1, text=text[s0:s1]), section=list(section), links=[],
            )
        )  # fmt: skip
    for i, c in enumerate(claims):
        if c["role"] != "before":
            continue
        for d in claims[i + 1 :]:
            if d["role"] == "after" and d["sentence"] == c["sentence"]:
                c["links"] = [Link(type="before_after", target=str(d["id"]))]
                d["links"] = [Link(type="before_after", target=str(c["id"]))]
                break
    return [Claim(**c) for c in claims]  # type: ignore[arg-type]


def from_gold(text: str, rows: list[dict[str, object]]) -> tuple[list[Claim], dict[object, str]]:
    """Claims from gold annotation rows (`claim: yes`), and the map gold id → claim id.

    Values, units, kinds, subjects and roles are the gold's; number and multiplier are read from the
    text; sentences and sections are found as `doc` finds them.
    """
    sents, secs = _sentences(text), _sections(text)
    out: list[dict[str, object]] = []
    ids: dict[object, str] = {}
    for row in sorted(rows, key=lambda r: int(r["start"])):  # type: ignore[arg-type]
        if row.get("claim") != "yes" or row.get("value") is None:
            continue
        start, end = int(row["start"]), int(row["end"])  # type: ignore[arg-type]
        try:
            number, mult, _, _, scale_unit = read(str(row["text"]))
        except AssertionError:
            number, mult, scale_unit = str(row["text"]), Decimal(1), ""
        s0, s1 = next(((a, b) for a, b in sents if a <= start < b), (start, end))
        section: tuple[str, ...] = ()
        for off, path in secs:
            if off <= start:
                section = path
        cid = f"c{len(out) + 1}"
        ids[row["id"]] = cid
        unit = str(row.get("unit") or "")
        out.append(
            dict(
                id=cid, start=start, end=end, text=row["text"], kind=row.get("kind") or "other",
                value=Decimal(str(row["value"])), unit=unit, subject=row.get("subject"), approx=row.get("approx"),
                direction=row.get("direction"), role=row.get("role"), number=number, multiplier=mult,
                unit_text=scale_unit if scale_unit.endswith(unit) else scale_unit + unit,
                sentence=Span(start=s0, end=s1, text=text[s0:s1]), section=list(section), links=[],
            )
        )  # fmt: skip
    for i, c in enumerate(out):
        if c["role"] == "before":
            for d in out[i + 1 :]:
                if d["role"] == "after" and d["sentence"] == c["sentence"]:
                    c["links"] = [Link(type="before_after", target=str(d["id"]))]
                    d["links"] = [Link(type="before_after", target=str(c["id"]))]
                    break
    return [Claim(**c) for c in out], ids  # type: ignore[arg-type]
