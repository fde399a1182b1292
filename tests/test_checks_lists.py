"""Where a list ends after a ；: `cues.sibling` on labels of our own."""

from __future__ import annotations

import pytest

from jzreport.checks.cues import new_measure, sibling

# (items so far, the label after the ；, goes on)
CASES = [
    (["城镇人口"], "乡村人口", True),
    (["水田"], "旱地", True),
    (["企业"], "个体工商户", True),
    (["税收收入"], "非税收入", True),
    (["人工造林"], "森林面积", False),
    (["水稻"], "耕地保有量", False),
    (["男性"], "户籍人口", False),
    (["主营业务收入"], "利润总额", False),
    (["新建学校"], "存款余额", False),
    (["咨询类", "求助类"], "举报类", True),
    (["咨询类", "求助类", "其他类"], "报送备案", False),
]


@pytest.mark.parametrize(("known", "label", "goes_on"), CASES, ids=[c[1] for c in CASES])
def test_sibling(known: list[str], label: str, goes_on: bool) -> None:
    assert sibling(known, label) is goes_on


# (items so far, the next label in the same clause group, opens a figure of its own)
SAME_GROUP = [
    (["税收收入"], "社会消费品零售总额", True),
    (["人工造林"], "森林面积", True),
    (["税收收入"], "非税收入", False),
    (["刑事案件", "民事案件"], "行政案件", False),
    (["出口额"], "进口额", False),
    (["一般债务余额"], "专项债务余额", False),
]


@pytest.mark.parametrize(("known", "label", "own"), SAME_GROUP, ids=[c[1] for c in SAME_GROUP])
def test_new_measure(known: list[str], label: str, own: bool) -> None:
    assert new_measure(known, label) is own
