"""False alarms of lists and rates, and relations found across the ways a text is written: passages of our own
through extract and check (see test_checks_prose for the format)."""

from __future__ import annotations

import pytest

from jzreport import check, extract
from test_checks_prose import Case, texts

CASES = [
    Case(
        "rates per head listed with 分别 are never added up against a total of another sentence",
        "全区社会保障和就业支出达到12.6亿元。城乡居民最低生活保障标准分别提高到每人每月820元和610元。",
        [],
        (("sum", ("12.6亿元", "820元", "610元")),),
    ),
    Case(
        "a 分别 list of another subject is no breakdown of the figure before it",
        "全年城镇新增就业4120人。城乡特困供养人员分别为380人和2960人。",
        [],
        (("sum", ("4120人", "380人", "2960人")),),
    ),
    Case(
        "a 分别 list named like the whole before it is still read as its parts",
        "全区共有各类学校58所。其中小学、初中分别为41所和17所。",
        [("subset", "consistent", ("58所", "41所", "17所"))],
    ),
    Case(
        "a rate of a denied outcome is over the outcomes together",
        "审查起诉各类案件3,210人，决定起诉2,760人，决定不起诉390人，不起诉率12.4%。",
        [("part_rate", "consistent", ("2,760人", "390人", "390人", "12.4%"))],
    ),
    Case(
        "a rate of a denied outcome that fits no base is no proof",
        "审查起诉各类案件3,210人，决定起诉2,760人，决定不起诉390人，不起诉率15.0%。",
        [],
    ),
    Case(
        "a count named as not taken in is no numerator of the intake rate",
        "全年收到复议申请940件，受理812件，不予受理128件，受理率86.4%。",
        [("part_rate", "consistent", ("940件", "812件", "86.4%"))],
    ),
    Case(
        "the failed lots are no numerator of the pass rate",
        "全年抽检食品2,400批次，检出不合格36批次，合格率98.5%。",
        [],
        (("part_rate", ("2,400批次", "36批次", "98.5%")),),
    ),
    Case(
        "kinds listed after 其中 with names of their own cannot add up to more than the whole",
        "全年审结复议案件318件，其中维持204件、撤销26件、确认违法18件、驳回75件。",
        [("sum", "inconsistent", ("318件", "204件", "26件", "18件", "75件"))],
    ),
    Case(
        "kinds listed after 其中 that add up to less than the whole need not be all of it",
        "全年审结复议案件318件，其中维持204件、撤销26件、确认违法18件。",
        [("subset", "consistent", ("318件", "204件", "26件", "18件"))],
    ),
    Case(
        "a net increase over the year before is the change of the level stated with it",
        "全市规模以上工业企业836家，比上年净增96家，增长13.0%。",
        [("change_rate", "consistent", ("836家", "96家", "13.0%"))],
    ),
    Case(
        "a rate of hazards fixed is over the ordinary and the major hazards together",
        "全年排查一般隐患2380项、重大隐患20项，整改完成2376项，整改率为99.0%。",
        [("part_rate", "consistent", ("2380项", "20项", "2376项", "99.0%"))],
    ),
]


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_passage(c: Case) -> None:
    got = check(extract(c.text), c.text)
    unmatched = list(got)
    for rule, verdict, cited in c.want:
        hit = next((x for x in unmatched if x.rule == rule and texts(x) == tuple(sorted(cited))), None)
        assert hit is not None, f"no {rule} over {cited}; got {[(x.rule, texts(x), x.verdict) for x in got]}"
        assert hit.verdict == verdict, hit.explanation
        unmatched.remove(hit)
    for rule, cited in c.absent:
        assert not any(x.rule == rule and texts(x) == tuple(sorted(cited)) for x in got), (rule, cited)
    alarms = [x.explanation for x in unmatched if x.verdict == "inconsistent"]
    assert not alarms, alarms


# --- one passage written four ways checks alike ------------------------------------------------------------

_PLAIN = (
    "全年共受理行政复议案件1,250件，较上年增加150件，增长13.6%。其中维持720件、撤销180件、确认违法90件、"
    "其他260件。全县民生支出达到28.9亿元，比上年增加3.0亿元，增长11.6%。\n"
    "各区受理案件情况（单位：件）\n区域\t受理\t办结\n东区\t420\t400\n西区\t380\t361\n合计\t800\t761\n"
)
# the same words in traditional characters where a report from Hong Kong would use them
_TRADITIONAL = _PLAIN.translate(str.maketrans("较亿计县认违销维结区", "較億計縣認違銷維結區"))
# table cells set apart by one ideographic space
_WIDE = _PLAIN.replace("\t", "\u3000")


def _wrapped(text: str, width: int = 30) -> str:
    """The running text hard-wrapped at `width` characters; the table lines as they are."""
    head, table = text.split("\n", 1)
    return "\n".join(head[i : i + width] for i in range(0, len(head), width)) + "\n" + table


def _seen(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.rule, c.verdict, tuple(r.text.replace("\n", "") for r in c.claims)) for c in check(extract(text), text)]


@pytest.mark.parametrize("variant", [_TRADITIONAL, _WIDE, _wrapped(_PLAIN)], ids=["traditional", "wide", "wrapped"])
def test_a_passage_checks_alike_however_written(variant: str) -> None:
    plain = _seen(_PLAIN)
    assert {rule for rule, _, _ in plain} >= {"change_rate", "sum"}
    got = _seen(variant)
    assert [(rule, verdict) for rule, verdict, _ in got] == [(rule, verdict) for rule, verdict, _ in plain]
    assert [len(cited) for _, _, cited in got] == [len(cited) for _, _, cited in plain]


@pytest.mark.parametrize(
    "text",
    [
        "營業額為人民幣8,460.0百萬元，較二零二二年的人民幣7,520.0百萬元增加12.5%。",
        "工业总产值达到一千零八十亿元，比一九七八年的四百五十亿元增长百分之一百四十。",
    ],
)
def test_a_year_in_chinese_numerals_dates_the_earlier_value(text: str) -> None:
    got = [(c.rule, c.verdict) for c in check(extract(text), text)]
    assert got == [("change_rate", "consistent")]
