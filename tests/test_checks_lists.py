"""Where a list ends after a ；: `cues.sibling` on labels of our own."""

from __future__ import annotations

import pytest

from jzreport.checks.cues import sibling

# (items so far, the label after the ；, the figures the list may be of, goes on)
CASES = [
    (["城镇人口"], "乡村人口", ["户籍人口"], True),
    (["水田"], "旱地", ["耕地面积"], True),
    (["企业"], "个体工商户", ["市场主体"], True),
    (["税收收入"], "非税收入", ["一般公共预算收入"], True),
    (["人工造林"], "森林面积", ["营造林面积"], False),
    (["水稻"], "耕地保有量", ["粮食播种面积"], False),
    (["男性"], "户籍人口", ["常住人口"], False),
    (["主营业务收入"], "利润总额", ["营业收入"], False),
    (["新建学校"], "存款余额", [], False),
    (["咨询类", "求助类"], "举报类", [], True),
    (["咨询类", "求助类", "其他类"], "报送备案", [], False),
]


@pytest.mark.parametrize(("known", "label", "wholes", "goes_on"), CASES, ids=[c[1] for c in CASES])
def test_sibling(known: list[str], label: str, wholes: list[str], goes_on: bool) -> None:
    assert sibling(known, label, wholes) is goes_on
