"""Relations of what came in and what became of it, through extract and check: refusals beside the intake,
totals stated after their items, rates taken over an intake that a breakdown stands between, levels held
above a line. Passages of our own; the format is that of test_checks_prose."""

from __future__ import annotations

import pytest

from test_checks_prose import Case, assert_passage

CASES = [
    # --- a total after its items ----------------------------------------------------------------------------------
    Case(
        "a total that opens its clause before the verb of what it adds up",
        "全年区政府出台规范性文件12件,各街道、各部门报送备案31件,合计审查备案43件。",
        [("sum", "consistent", ("43件", "12件", "31件"))],
    ),
    Case(
        "a total before its verb that the items do not make",
        "全年组织执法人员培训640人次,其他工作人员培训385人次,共计培训1052人次。",
        [("sum", "inconsistent", ("1052人次", "640人次", "385人次"))],
    ),
    # --- a level held above a line is no whole --------------------------------------------------------------------
    Case(
        "the seasons add up to the harvest, not to the line it stayed above",
        "全年油料总产量36.48万吨,连续5年稳定在35万吨以上。分品种看,油菜籽21.35万吨,花生12.07万吨,其他油料3.06万吨。",
        [("sum", "consistent", ("36.48万吨", "21.35万吨", "12.07万吨", "3.06万吨"))],
        absent=(("sum", ("35万吨", "21.35万吨", "12.07万吨", "3.06万吨")),),
    ),
    # --- a rate over the intake, past a breakdown of it -----------------------------------------------------------
    Case(
        "a closing rate over the intake two sentences back, a breakdown between",
        "全年共受理来信来访4,260件次。从反映问题看,涉及征地拆迁1,120件次、劳动社保860件次。"
        "按期办结4,187件次,按期办结率98.3%。",
        [("part_rate", "consistent", ("4,260件次", "4,187件次", "98.3%"))],
    ),
    Case(
        "a closing rate that misses an intake of another sentence is no sure alarm",
        "全年共受理来信来访4,260件次。从反映问题看,涉及征地拆迁1,120件次、劳动社保860件次。"
        "按期办结4,187件次,按期办结率97.3%。",
        [("part_rate", "unverifiable", ("4,260件次", "4,187件次", "97.3%"))],
    ),
    # --- what was refused beside what was taken in ----------------------------------------------------------------
    Case(
        "accepted and refused in the sentence after the applications",
        "全年收到政府信息公开申请238件,比上年增加31件。经审查,依法受理221件,不予受理17件。",
        [("sum", "consistent", ("238件", "221件", "17件"))],
    ),
    Case(
        "a decision and its denial past a change and a semicolon",
        "受理审查起诉1,846人,决定起诉1,512人,较上年的1,430人增长5.7%;决定不起诉334人,不起诉率18.1%。",
        [
            ("sum", "consistent", ("1,846人", "1,512人", "334人")),
            ("change_rate", "consistent", ("1,430人", "1,512人", "5.7%")),
            ("part_rate", "consistent", ("1,846人", "334人", "18.1%")),
        ],
    ),
    Case(
        "accepted and refused that exceed the applications",
        "全年收到行政复议申请152件。经审查,依法受理141件,不予受理15件。",
        [("sum", "inconsistent", ("152件", "141件", "15件"))],
    ),
]


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_passage(c: Case) -> None:
    assert_passage(c)
