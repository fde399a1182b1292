"""Units that a table states once for many cells. The cells are bare numbers; they take that unit.

A table here is plain text: one row per line, cells split by tabs, `|` or runs of two or more spaces;
a row of text cells is the header row of the rows below it. The unit of a bare cell comes, first found
wins, from

1. its row header or column header: `营业收入(万元)`, `收案数(件)`, `本年收费金额(单位:万元)`, `增长(%)`;
2. the row's cell under a 单位 column: `指标\t单位\t绝对数` / `地区生产总值\t亿元\t512.36`;
3. a header that names a count by its measure word: `本年制发件数` → 件, `参训人数` → 人, `受众人次` → 人次;
4. a note above the table or at the end of its title: `(单位:件)`, `单位:万元`, `单位:场、人次、%`
   (with several units, a rate column such as 同比增长 takes %, other columns the unit their header
   names, else the first); a note lasts until a line of text ends its table;
5. a header that counts cases, applications or decisions: `收案数`, `审结数`, `收到申请数`, `本年处理决定数量`
   (the fixed headers of 政府信息公开 annual report tables): a count with no measure word written, unit "";
   and so is every whole-number cell of those fixed forms, whose rows and columns name the outcome counted
   and never a measure word (`(一)予以公开\t9\t1\t10`, `结果维持\t结果纠正\t…` over `2\t1\t0…`);
6. a money note over labelled lines, as in annual reports: `主要财务数据(人民币百万元)` then
   `营业收入:3,856.2` (only figures that look like amounts: 3,856.2, 41.2).

Multipliers are folded into the value (`单位:万元` makes 12.5 → 125000 元) and the kind follows the unit.
A cell in brackets, `(1,234.5)`, is negative, as accountants write it. A cell under a change column
(增减, 变动, 同比增长, 比上年增长(%)) is a change; its sign gives the direction and the value its size.

Subjects of table cells: the row header, followed by the column header when the column names a
quantity (`行政处罚` + `收案数(件)` → `行政处罚收案数`); a column that only names a period or says
nothing (`2023年`, `本年`, `上年同期`, `合计`, `数量`, `绝对数`) adds nothing; a row without a header cell,
or headed by a period or 合计, takes the column header alone (`收到申请数`), and a 合计 row's record says so
after it (`收案数合计`). Percent cells and cells with their own unit get the same subject.

Cells that label rather than measure stay bare and are skipped later for want of a unit: a 序号, 编号,
年份 or 代码 column, numbers before the row header (`1\t行政处罚\t48`), a year in the first column.
Any other table with no unit evidence at all stays bare too (skipped, "no unit"): a number whose table
says nothing of what it measures is not reported.
"""

from __future__ import annotations

import bisect
from decimal import Decimal
from typing import NamedTuple

import regex

from . import attach, recache
from .lexicon import COUNT_UNITS, MULTIPLIERS
from .numerals import scale
from .patterns import TABLE_CAPTION, Lazy, alternation
from .scan import UNIT_FAMILY, Token

_MULTS = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_UNITS = "元|美元|港元|人|户|家|个|件|吨|亩|公顷|平方米|公里|千瓦时|%|人次|项|所|辆|台"
_ANY_UNIT = alternation(UNIT_FAMILY)
_ONE_UNIT = rf"(?:(?P<whole>{_ANY_UNIT})|(?P<mult>{_MULTS})(?P<unit>{_ANY_UNIT}))"
_A_UNIT = rf"(?:{_MULTS})?(?:{_ANY_UNIT})"  # what _ONE_UNIT matches, without its groups: half the pattern

# 营业收入(万元)\t125,634.52\t108,215.33 — a row whose header names the unit.
_ROW_UNIT = recache.compile(
    rf"(?P<head>[^\t|\d]{{1,40}}?)[ ]?[(（](?:单位[:：])?(?P<mult>{_MULTS})?(?P<unit>{_UNITS})[)）][ ]?[\t|]"
)
# The patterns of cells and headers are compiled when a text first has a table (see Lazy).
_CELL_GAP = Lazy(regex.compile, r"[ ]*[\t|][ ]*$|[ ]{2,}$")
# What stands between cells of a row: a tab or a bar (with spaces), else two or more spaces.
CELL_SEP = Lazy(regex.compile, r"[ ]*[\t|][ ]*|[ ]{2,}")
_BAR_SEP = Lazy(regex.compile, r"[ ]*[\t|][ ]*")
_SPACE_SEP = Lazy(regex.compile, r"[ ]{2,}")
_ONE_SPACE = Lazy(regex.compile, r"[ ]+")
_PURE_NUMBER = Lazy(regex.compile, r"^[(（]?[-+]?\d[\d,]*(?:\.\d+)?[)）]?%?$")

# 表2 主要指标（单位：亿元）: the number of the table is no figure before its note
# a class with a unit in words: 60岁及以上, 1亿-10亿元, 0-14岁 (not a bare signed figure such as -3.2)
_BOUND_LABEL = recache.compile(r"(?=.*[\u4e00-\u9fff])(?:\d.*(?:以上|以下|[-—~～至])|[-—~～至].*\d)")
_CAPTION_LABEL = recache.compile(rf"^{TABLE_CAPTION}")
_CURRENCY_TAIL = r"(?:[ ]+币种[:：][ ]?(?:人民币|美元|港元|港币))?"  # 单位:元 币种:人民币 (A-share tables)
# 主要财务数据(人民币百万元,另有注明者除外) / 单位:万元 — a note that sets the unit of the lines below it.
_NOTE = regex.compile(
    rf"""
    (?:(?:金额)?单位(?:[:：]|(?:均|统一|皆)?为)[ ]?(?:人民币)?  # 单位:万元, 金额单位均为人民币百万元
      |[(（](?:金额单位[:：]|单位[:：])?(?:人民币|币种[:：]人民币[,、]?)?)
    (?P<mult>{_MULTS})?(?P<unit>元|美元|港元)
    (?:[,、][^)）\\n\\d]{{0,20}})?[)）]?{_CURRENCY_TAIL}[ ]*[:：。]?[ ]*$
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# 单位：元/500克: a price per an amount of goods, counted in the money alone
# 单位:套(间): the measure word and the other it may go by, in brackets; the first is the unit
_PER_AMOUNT = rf"(?:/\d{{1,4}}(?:{_ANY_UNIT})|[(（]\p{{Han}}{{1,2}}[)）])?"
_PER_AMOUNT_CUT = regex.compile(rf"/\d{{1,4}}(?:{_ANY_UNIT})|[(（]\p{{Han}}{{1,2}}[)）]")
# (单位:件) / 单位:人、% / 计量单位:万元 — a note in any unit, at the end of a line or as a whole cell.
_ANY_NOTE = regex.compile(
    rf"[(（]?(?:计量|金额|数量|货币)?单位(?:[:：]|(?:均|统一|皆)?为)[ ]?(?:人民币)?"
    rf"(?P<units>{_A_UNIT}{_PER_AMOUNT}(?:[ ]?[、,/;和及][ ]?{_A_UNIT}{_PER_AMOUNT})*)"
    rf"[)）]?{_CURRENCY_TAIL}[ ]*[:：。]?[ ]*"
    r"(?:[(（][^()（）]{1,20}[)）])?[ ]*$"  # 如下(单位:万元):, 单位:立方米/万元,%(按2020年可比价计算)
)
# (缴存额、提取额单位:亿元;贷款笔数单位:笔), (结算人次单位为万人次,金额单位为亿元): a unit for each measure named
_EACH_UNIT = regex.compile(rf"\p{{Han}}单位(?:[:：]|(?:均|统一|皆)?为)[ ]?(?:人民币)?(?P<unit>{_A_UNIT})")
_MEASURE_UNIT = regex.compile(  # 机构数单位：家；采购量单位：万片: the measure named before each unit
    rf"(?<![\p{{Han}}])(?P<name>\p{{Han}}{{1,10}}?)单位(?:[:：]|为)[ ]?(?:人民币)?(?P<unit>{_A_UNIT})"
)
_LABEL_VALUE = regex.compile(
    r"[ \u3000]*(?P<label>\p{Han}[\p{Han}()（）、]{0,24}?)[ \u3000]+(?P<value>-?[\d,]+(?:\.\d+)?)[ ]*"
)
# 各类用地供应面积(公顷)分别为: — prose that names the measure and its unit, then lists the rows under it
# 具体如下(件次,%): — or the units of its columns in turn
_NAMED_NOTE = regex.compile(
    rf"\p{{Han}}[(（](?P<units>{_A_UNIT}(?:[ ]?[、,，][ ]?{_A_UNIT})*)[)）](?:分别为|分别是|分别|如下|为)?[:：][ ]*$"
)
_ONE = Lazy(regex.compile, _ONE_UNIT)
# 收案数(件), 金额(万元), 本年收费金额(单位:万元), 增长(%) — a header cell that ends with its unit.
_UNIT_CELL = Lazy(regex.compile, rf"(?:人民币|港币|美元)?(?:{_MULTS})?(?:{_ANY_UNIT})")  # 人民币千元, %
_MEANS = r"(?:[架艘辆列趟]/){1,3}"
_HEAD_UNIT = Lazy(
    regex.compile,
    # (架/艘/辆次: aircraft, ships and vehicles, each a time, read in the last measure word)
    rf"^(?P<head>.*?)[ ]?[(（](?:单位[:：])?[ ]?(?:人民币)?(?:(?P<mult>{_MULTS})?(?:{_MEANS})?(?P<unit>{_ANY_UNIT}))"
    r"(?P<per>/[^()（）/]{1,5})?(?:、[^()（）、]{1,4})*[)）]$"  # 浓度(微克/立方米); 救助人数(人、人次): the first
)
_HEAD_PER = Lazy(regex.compile, r"[(（]\s*1?/(?P<n>10万|十万|100万|百万|万|千)\p{Han}{0,4}[)）]$")
_PER_SCALE = {"十万": "10万", "百万": "100万"}
# 人次(万), 产量吨(万): a header that ends with its unit and brackets only the multiplier.
_HEAD_MULT = Lazy(regex.compile, rf"^(?P<head>.*?)(?P<unit>{_ANY_UNIT})[ ]?[(（](?P<mult>{_MULTS})[)）]$")
# 本年制发件数, 参训人数, 检查户数: the measure word before 数 is the unit.
_COUNT_NOUN = Lazy(
    regex.compile,
    r"(?P<unit>人次|件|人|户|次|个|家|项|起|条|场|所|宗|名|批|卷|份|册|篇|台|辆|张|套|处|座|笔)数(?:量)?$"
    rf"|(?P<unit>{alternation(u for u in COUNT_UNITS if len(u) == 2 and u.endswith('次'))})$",  # 检查家次, 执法车次
)
# 收案数, 审结数, 本年处理决定数量, 收到申请数: counts of cases, applications and decisions are in 件.
_CASE_COUNT = Lazy(
    regex.compile,
    r"(?:案|申请|决定|审结|办结|纠错|受理|诉讼|复议|投诉|举报)[^\d()（）]{0,4}?(?:数|数量)$",
)
# 达标比例, 占比, 比重, 合格率: a column of shares or rates (not 流动比率, 周转率, 市盈率: times, not %)
_SHARE_COLUMN = Lazy(regex.compile, r"(?:比例|占比|比重|(?<!比|周转|市盈|市净)率)$")
# 在职员工的数量, 研发人员数量, 教职工总数: counts of people, in 人
_PEOPLE_COUNT = Lazy(
    regex.compile, r"(?:人员|员工|职工|教职工|干部|党员|工人|教师|学生)的?(?:数|数量|总数)(?:合计|总计)?$"
)
# 点位数, 断面数, 床位数, 网点数量: a count of things named by no measure word (not 指数, 系数, 倍数, 中位数, 平均数)
_THINGS_COUNT = Lazy(regex.compile, r"\p{Han}{2}(?<!中位|平均|指|系|倍|分|函|基|参|均|次)(?:数|数量|总数)$")
# The words of the fixed 政府信息公开 tables of applications (申请, 予以公开 …) and of reviews and suits.
_CASE_FORM = Lazy(
    regex.compile,
    r"申请|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|办理结果|行政复议|行政诉讼|结果维持|结果纠正"
    r"|尚未审结|复议后起诉|直接起诉",
)
_WHOLE_CELL = Lazy(regex.compile, r"^\d[\d,]*$")
# 完成调整预算 / 为预算: a budget's share done, in % beside amounts in 万元
_RATE_HEAD = Lazy(
    regex.compile,
    r"率|比重|比例|占比|增幅|降幅|增速|增长(?!额|量|人口|人数)|(?<!年初)增减(?!额|量)|%"
    r"|(?:完成|为|占)(?:年初|调整|全年)?预算(?!数|额|金额)"
    r"|构成$"  # 增加值构成 under 单位:亿元,%: the shares of the total, in %
    r"|恩格尔系数"  # the share of food in spending, in %
    r"|(?<!生师|师生|性别|学生)比$",  # 存贷比 under 单位:亿元,%; 比年初增减 is an amount (贷款比年初增加…亿元)
)
_MONEY_HEAD = Lazy(regex.compile, r"收入|支出|金额|总额|资金|投资|利润|产值|总值|增加值|收益|费用?$|额$|款$|支付$")
_PEOPLE_HEAD = Lazy(
    regex.compile,
    r"(?:生|师|员|工|者|人口|人数|干部|群众|居民|农民|职工|党员|代表|委员|游客|观众|旅客|患者|儿童|老人|人次)$",
)
_VISITS_HEAD = Lazy(regex.compile, r"游客|观众|旅客|接待|诊疗|人次|参观|访问")
_PLACE_HEAD = Lazy(regex.compile, r"(?:学校|院校|机构|医院|卫生院|企业|景区|单位|园|站|中心|村|社区|场馆|馆|所)$")
_DAYS_HEAD = Lazy(regex.compile, r"天|日|时长|时间|期限|时限")
_AREA_HEAD = Lazy(regex.compile, r"面积|农田|耕地|林地|草地|湿地")
_OUTPUT_HEAD = Lazy(regex.compile, r"产量|总产|销量|用量|排放量|吞吐量|运量")
_ENERGY_HEAD = Lazy(regex.compile, r"电量|发电|用电|售电|购电")
_POWER_HEAD = Lazy(regex.compile, r"容量|装机|负荷")
_COUNTED = Lazy(regex.compile, r"(?:总?数量?|总量|人数)$")
_WEATHER_HEADS = (
    ("毫米", Lazy(regex.compile, r"降水|降雨|雨量|蒸发")),
    ("℃", Lazy(regex.compile, r"气温|温度")),
)
_PEOPLE_UNITS = frozenset({"人", "名", "人次", "位"})
_PLACE_UNITS = frozenset({"所", "个", "家", "座", "处"})
_UNIT_COLUMN = Lazy(regex.compile, r"^(?:计量)?单位$")
_SCORE_COLUMN = Lazy(regex.compile, r"(?:得分|评分|总分|分值|分数)$")
_DECIMAL_CELL = Lazy(regex.compile, r"\d{1,3}(?:\.\d{1,2})?")
# columns that sort the things a row counts by grade: 优秀 | 合格 | 不合格
_GRADE_COLUMN = Lazy(regex.compile, r"优秀|优良|良好|合格|基本合格|不合格|较差|一般|达标|不达标")
_LABEL_COLUMN = Lazy(
    regex.compile,
    r"^(?:序号|编号|序列|行次|栏次|排序|代码|编码|年份|年度|月份|日期|时间|邮编|电话|文号)$",
)
_PERIOD_HEAD = Lazy(
    regex.compile,
    r"^\d{4}|\d{4}年|[一二][〇零一二三四五六七八九]{3}年|\d{1,2}月|季度|^(?:本|上|去|今|当)年(?:度|同期)?(?:数|值)?$|^(?:本|上)(?:期|月)(?:数|值)?$|^同期(?:数|值)?$"
    r"|^(?:年|期)(?:初|末)(?:数|值|余额)?$|^(?:本|上)(?:年|期)(?:同期)?(?:金额|发生额)$|^上年同期(?:数|金额|发生额)?$"
    r"|^本?报告期(?:末|初)?(?:数|金额|余额)?$|^(?:本期|上年|本年)末(?:数|余额)?$"
    r"|^(?:合计|小计|总计|累计|数量|数值|数据|金额|情况|绝对数|绝对值|总量)$"
)
_HEAD_LEAD = Lazy(regex.compile, r"^(?:其中[:：]?|[(（]?[一二三四五六七八九十\d]{1,3}[)）、.][ ]?)+")
# A cell that holds one figure: 152, 1,352, 20.0%, 48件, (1,234.5), -3.2
# 分组 | 类别 | 占比: a column whose cells name the classes the rows count
_CLASS_COLUMN = Lazy(regex.compile, r"类别|分类|分组|类型|组别|区间|档次|年龄段|年龄组|级别|等级|范围")
_VALUE_CELL = Lazy(  # ≥40 | 46: a target bound is a figure too
    regex.compile, r"^(?:[≥≤＞＜><]=?)?[(（]?[-+]?\d[\d,]*(?:\.\d+)?[)）]?(?:[^\d\s年月日号季度期届]{0,4})?$"
)
_WORDED_CHANGE = Lazy(regex.compile, r"^(?:增加|减少|提高|降低|上升|下降)[\d.]+(?:个百分点|%)?$")
_PAREN_CELL = Lazy(regex.compile, r"^[(（][\d,]+(?:\.\d+)?[)）]$")
_YEAR = Lazy(regex.compile, r"^(?:19|20)\d\d$")
_RULE = Lazy(regex.compile, r"^[ |:\-—=+]+$")
_NOTE_TAIL = Lazy(regex.compile, r"(?<=.)[(（][^()（）]*[,，;；][^()（）]*[)）]$")
_IN_BRACKETS = Lazy(regex.compile, r"[(（][^()（）\t|]*[)）]")
_PROSE = Lazy(regex.compile, r"。|[;；]|,(?!\d)|(?<!\d),")
# a row's first cell that names it, with no figure in it
_LABEL_HAN = Lazy(regex.compile, r"^[^\d。;；]*\p{Han}[^\d。;；]*$")
_LABEL = recache.compile(
    rf"(?P<head>[^\t|:：\d\n(（]{{1,30}})"
    rf"(?:[(（](?:人民币)?(?P<mult>{_MULTS})?(?P<unit>{_UNITS})[)）])?(?:[:：]|[ ]*[\t|])"
)
_PROSE_END = "。"
_LAST_STOP = recache.compile(r"[。;；!?！？]")
_HAN = recache.compile(r"[\u4e00-\u9fff]")
# A line inside a table that labels the rows after it: 按城乡分, 其中:, 主营业务分产品情况 (a caption between parts)
_GROWTH_CAPTION = recache.compile(r"增速|增长(?:率|速度|情况)?|增幅|涨跌|涨幅|跌幅|增减幅度|变动幅度|比上年[增±]|同比")
_SHARE_HEAD = recache.compile(r"比重|占比|构成|结构|率|比例")
# 研发人员学历结构, 员工年龄构成: a label over rows that count people by a trait
_PEOPLE_GROUP = recache.compile(
    r"[\u4e00-\u9fff]{0,6}(?:人员|员工|职工|人才|干部|教师|学生)(?:学历|年龄|性别|专业|职称|岗位)?(?:结构|构成|分布)"
)
_GROUP_LABEL = recache.compile(
    r"(?:按|分)[\u4e00-\u9fff]{1,8}(?:分|划分|看)?[:：]?|其中[:：]?|[\u4e00-\u9fff]{1,6}[:：]"
    r"|(?![一二三四五六七八九十]+、)[\u4e00-\u9fff、]{2,18}(?:情况|构成|结构|分布|明细)"
    # (三)本年度办理结果, (一)维持、驳回: a marked group of rows
    r"|[(（][一二三四五六七八九十]{1,3}[)）][\u4e00-\u9fff、]{2,18}"
)
# 三、本年度办理结果: a numbered line with no figure and no sentence in it
_NUMBERED_LINE = recache.compile(r"(?P<n>[一二三四五六七八九十])、[\u4e00-\u9fff“”()（）]{2,24}")
_NUMERALS = "一二三四五六七八九十"
_WITHIN_HEAD = recache.compile(r"^[ \u3000]*其中[:：,，]?")
_ROW_MARKER = recache.compile(r"^[ \u3000]*(?P<n>[一二三四五六七八九十])、")
# the captions of the fixed 政府信息公开 annual report forms: the article a part reports under, the kind of case
_FORM_CAPTION = recache.compile(
    r"(?P<article>第[一二三四五六七八九十]+条第[(（][一二三四五六七八九十]+[)）]项)(?:[ ]+[\u4e00-\u9fff]{2,16})*"
    r"|(?:行政复议|行政诉讼)(?:[(（][\u4e00-\u9fff]{2,12}[)）])?"
)
_NOTE_LINES = 40  # a money note governs at most this many lines, and never past a line of prose
_TITLE_LINES = 2  # lines of title text allowed between a note and the first row of its table


_Unit = tuple[str | None, str]  # (multiplier, unit): (万, 元)
_Units = tuple[_Unit, ...]


class Note(NamedTuple):
    """A unit note still in force: its multiplier and unit, and how many lines it has already governed."""

    mult: str | None
    unit: str
    lines: int


class Block(NamedTuple):
    """The table being read at the end of a line: its note's units, its last header row, whether rows began."""

    units: tuple[tuple[str | None, str], ...] = ()
    header: tuple[str, ...] | None = None
    rows: bool = False
    titles: int = 0
    growth: bool = False  # the caption says the table's rates are growth rates: 表2 主要行业增加值增速
    cases: bool = False  # a header or row label so far is of the fixed 政府信息公开 forms (申请, 行政复议 …)
    above: tuple[str, ...] | None = None  # the header row before the last (headers of two or three rows)
    last_head: str = ""  # the head of the last row that named a measure of its own
    people: bool = False  # the rows follow a label that groups people: 研发人员学历结构 over 博士 | 86 | 71
    grid: tuple[str, ...] | None = None  # the last header row's cells between bars, the empty ones kept
    marker: str = ""  # the list number of the last row head that had one: 二 of 二、上年结转…申请数量 | 14
    measures: tuple[tuple[str, str | None, str], ...] = ()  # 采购量单位:万片: (采购量, 万, 片) for each measure named
    span: str = ""  # the first cell of the last data row: 按性别 over a row whose first cell is left empty
    measured: str = ""  # the last row head that states its unit: 飞机起降架次(架次) over 其中:国内航线
    caption: str = ""  # what the caption above the head row measures: 表1 2024年各部门行政处罚案件量 → 行政处罚案件量
    within: bool = False  # the rows since a 其中 row under `measured`, none stating a unit of its own
    # 填报单位:…  金额单位:万元 heading a form: the unit of every amount column of its tables, however far below
    form: tuple[str | None, str] | None = None


class Carry(NamedTuple):
    """What a piece of text hands to the next one: the money note and the table still open."""

    note: Note | None = None
    block: Block | None = None


class _Cell(NamedTuple):
    start: int
    end: int
    text: str


class _Row(NamedTuple):
    cells: list[_Cell]
    header: tuple[str, ...] | None
    units: tuple[tuple[str | None, str], ...]
    growth: bool = False
    cases: bool = False
    above: tuple[str, ...] | None = None
    parent: str = ""  # 地区生产总值（亿元）… / 　增速（%）: the row a sub-row's measure belongs to
    people: bool = False
    measures: tuple[tuple[str, str | None, str], ...] = ()
    whole: str = ""  # 其中:国内航线 under 飞机起降架次(架次): the row whose unit the kinds under 其中 share
    form: tuple[str | None, str] | None = None  # the money unit the form's heading line gives its amount columns
    caption: str = ""  # what the table's caption measures (Block.caption)


def with_table_units(text: str, tokens: list[Token], carried: Carry | None = None) -> Carry:
    """Give bare numbers the unit their table states, and table cells their row and column as subject.

    `carried` is what the text before this piece left open (a long text is read in pieces); what is
    still open at the end of `text` is returned for the next piece.
    """
    carried = carried or Carry()
    found = [m for m in _NOTE.finditer(text) if not _has_digits(text, m) or _introduces_lines(text, m)]
    notes = [Note(m.group("mult"), m.group("unit"), 0) for m in found]
    ends = [m.end() for m in found]
    rows, block = _rows(text, carried.block)
    line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]  # no backward search per token on long lines
    for tok in tokens:
        if tok.value is None or tok.chinese or tok.skip or tok.family == "ratio":
            continue
        line_start = line_starts[bisect.bisect_right(line_starts, tok.start) - 1]
        row = rows.get(line_start)
        if row is not None and "\n" in text[tok.num_end : tok.end]:
            _unwrap(tok)
        if row is not None and _table_cell(text, tok, row):
            continue
        if tok.unit:
            continue
        row_unit = _ROW_UNIT.match(text, line_start, tok.start)
        if row_unit is not None and _CELL_GAP.search(text, line_start, tok.start):
            _give(tok, row_unit.group("mult"), row_unit.group("unit"), row_unit.group("head"))
            continue
        label = _LABEL.match(text, line_start, tok.start)
        if label is None or not _looks_like_amount(tok):
            continue
        if label.group("unit"):  # 基本每股收益(人民币元):0.42 — the line's own unit wins over the note's
            _give(tok, label.group("mult"), label.group("unit"), label.group("head"))
        elif (note := _note_over(text, notes, ends, line_start, carried.note)) is not None:
            _give(tok, note.mult, note.unit, label.group("head"))
    return Carry(_note_over(text, notes, ends, len(text), carried.note, counting=True), block)


# the heading line of a form: who filled it in, and its money unit (填报单位:某局    金额单位:万元)
_FORM_HEAD = Lazy(regex.compile, r"[ \t\u3000]*(?:填报|编制|制表|报送)单位[:：]")
_AMOUNT_HEAD = Lazy(regex.compile, r"(?:金额|资金|经费|投资|投入|收入|支出|款)$")


def _rows(text: str, block: Block | None) -> tuple[dict[int, _Row], Block | None]:
    """Read `text` line by line: every data row of a table (by line start), and the table open at the end."""
    rows: dict[int, _Row] = {}
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        form = block.form if block is not None else None
        block = _read_line(text, pos, end, block, rows)
        if _FORM_HEAD.match(text, pos, end) and (m := _NOTE.search(text, pos, end)) is not None:
            form = (m.group("mult"), m.group("unit"))  # 填报单位:某局    金额单位:万元: the form's own note
        if form is not None and (block is None or block.form is None):
            block = (block or Block())._replace(form=form)
        pos = end + 1
    return rows, block


def _read_line(text: str, start: int, end: int, block: Block | None, rows: dict[int, _Row]) -> Block | None:
    line = text[start:end]
    cells = _cells(text, start, end)
    if cells is None and block is not None and block.units and (m := _LABEL_VALUE.fullmatch(line)) is not None:
        # 各类用地供应面积(公顷)分别为: / 工矿仓储用地 862.40: a label and its figure under a note of their unit
        cells = [_Cell(start + m.start("label"), start + m.end("label"), m["label"]),
                 _Cell(start + m.start("value"), start + m.end("value"), m["value"])]
    if cells is not None and _RULE.match(line):
        return block  # --- | --- under a markdown header
    note_cell = next((c for c in cells or () if _ANY_NOTE.fullmatch(c.text) or _NOTE.fullmatch(c.text)), None)
    units_under = (  # 总产出 增加值 增加值占比 over (亿元) (亿元) (%): each column's unit, no note of the table's
        block is not None
        and block.header is not None
        and cells is not None
        and 2 <= len(cells) <= len(block.header)
        and all(_UNIT_CELL.fullmatch(c.text.strip("()（）")) for c in cells)
    )
    if note_cell is not None and not units_under:
        return Block(units=_note_units(note_cell.text), growth=_growth_caption(text, start, end))
    if _CAPTION_LABEL.match(line) and not any(_VALUE_CELL.match(c.text) for c in cells or ()):
        # 表1  2022年信访情况（单位：件次）: a caption spaced out like cells is no head row; its note holds
        m = _ANY_NOTE.search(line) or _NOTE.search(line)
        if m is not None:
            return Block(units=_note_units(m.group(), line), growth=_growth_caption(text, start, end),
                         measures=_measure_units(line))
        if _PERCENT_TITLE.search(line):  # 表1 …主要指标累计增速(%): the caption's own unit, in brackets
            return Block(units=((None, "%"),), growth=_growth_caption(text, start, end))
    if cells is not None and len(cells) == 1 and block is not None and block.rows:
        return block  # 二、本年度办理结果| | : a section row of the table, its other cells empty
    if cells is None or len(cells) < 2:
        m = _ANY_NOTE.search(line) or _NOTE.search(line) or _NAMED_NOTE.search(line)
        if m is not None and not _digits_before(line, m.start()):
            if block is not None and block.header and _head_line_before(text, start, block):
                # 镇(街道) | 巡林次数 | 发现问题 / (单位:次、个、%) / 凤栖街道 | 412 | 36: a note set under the head row
                return block._replace(units=_note_units(m.group(), line), measures=_measure_units(line))
            return Block(units=_note_units(m.group(), line), growth=_growth_caption(text, start, end),
                         measures=_measure_units(line))
        return _after_plain_line(block, line) if block is not None else None
    block = block or Block()
    if not block.cases and any(_CASE_FORM.search(c.text) for c in cells):
        block = block._replace(cases=True)
    # 县(市、区) 5A级 4A级 3A级 2A级及以下 合计: grades named by a code are the head's cells, no figures
    if not any(_VALUE_CELL.match(c.text) and not _GRADE_HEAD.fullmatch(c.text) for c in cells):
        header = _spaced_out(tuple(c.text for c in cells))
        unit_row = all(_UNIT_CELL.fullmatch(h.strip("()（）")) for h in header)  # 人民币千元 | (%)
        if block.header and unit_row and len(header) <= len(block.header):
            # 项目 | 2024年 | 2023年 | 变动 over " | 人民币千元 | 人民币千元 | %": a row of units under the head,
            # its empty first cell left out (or both rows' first cells: 总产出 增加值 over (亿元) (亿元)); each unit
            # goes to the column it stands under, counted from the right
            k = len(block.header) - len(header)
            last = _bare(block.header[-1])
            if k > 1 and not any("%" in u for u in header) and (_RATE_HEAD.search(last) or _CHANGE_HEAD.search(last)):
                k = 1  # 2024年 | 2023年 | 变动 over 人民币千元 | 人民币千元: the change column's cells hold their own %
            n = k + len(header)
            units = tuple(f"{h}（{u.strip('()（）')}）" for h, u in zip(block.header[k:n], header, strict=True))
            return block._replace(header=(*block.header[:k], *units, *block.header[n:]))
        grid = _bar_grid(line)
        if block.grid is not None and grid is not None and len(grid) == len(block.grid):
            # " | 2024年 | | 2023年 | | 同比增减" over " | 金额 | 占比 | 金额 | 占比 |": two header rows, the upper
            # one's cells spanning the empty ones after them; each column is named by both
            return block._replace(header=_stacked(block.grid, grid), above=block.header, grid=None)
        corner = _HEAD_UNIT.match(header[0])  # 分部收益(人民币百万元)\t2023年\t2022年: the unit of the whole table
        # 项目(%) | 2024年末 | 2023年末 under a table in 百万元: a head that states its unit starts a table of its own
        if corner is not None and (not block.units or block.rows) and corner.group("unit") in UNIT_FAMILY:
            block = block._replace(units=((corner.group("mult"), corner.group("unit")),))
        caption = block.caption or _caption_measure(text, start)
        return block._replace(header=header, above=block.header, rows=True, grid=grid, caption=caption)
    spanned = line.lstrip(" ").startswith("|") or (line.startswith("  ") and "|" not in line and "\t" not in line)
    if block.span and len(cells) + 1 == len(block.header or ()) and spanned:
        # 按性别 | 男性 | 2,735 / " | 女性 | 1,127": the empty first cell is the one above it, spanning both rows
        # (or, in columns set apart by spaces, the blank it is indented by)
        cells = [_Cell(start, start, block.span), *cells]
    head = next((c for c in cells if not _VALUE_CELL.match(c.text)), None)
    bare = _bare(head.text) if head is not None else ""
    states_unit = head is not None and _HEAD_UNIT.match(head.text) is not None
    # 飞机起降架次(架次) / 其中:国内航线 | 189,912 / 国际及地区航线 | 25,472: the kinds under 其中 share its unit
    opens = head is not None and _WITHIN_HEAD.match(head.text) is not None
    # 粮食播种面积(万亩) | … / 　玉米 | 312.65: a row set in under one that states its unit is a kind of it
    set_in = line[:1] in (" ", "\u3000") and "|" in line and not line.lstrip().startswith("|")
    # 出入境交通工具(架/艘/辆次) after the 其中 rows of 出入境人员(万人次): a row that brackets a measure of its own
    # opens a group of its own, whether or not we read that measure
    own = head is not None and _OWN_MEASURE.search(head.text) is not None
    within = not states_unit and not own and bool(block.measured) and (block.within or opens or set_in)
    # 　增速（%） under 地区生产总值（亿元）: the growth of the row above (an indented 小麦 under 粮食 is a kind of it)
    sub = bare in _SUB_MEASURES
    parent = block.last_head if sub else ""
    whole = block.measured if within else ""
    rows[start] = _Row(cells, block.header, block.units, block.growth, block.cases, block.above, parent, block.people,
                       block.measures, whole, block.form, block.caption)
    marker = _ROW_MARKER.match(head.text) if head is not None else None
    first = cells[0].text if not _VALUE_CELL.match(cells[0].text) else ""
    return block._replace(
        rows=True,
        last_head=block.last_head if sub or not bare else bare,
        grid=None,
        marker=marker["n"] if marker is not None else block.marker,
        span=first,
        measured=head.text if states_unit and head is not None else block.measured,
        within=within,
    )


def _bar_grid(line: str) -> tuple[str, ...] | None:
    """The cells of a header row between bars, the empty ones kept; None unless some cell is empty."""
    if "|" not in line:
        return None
    grid = tuple(c.strip() for c in line.split("|"))
    return grid if not all(grid) else None


def _stacked(upper: tuple[str, ...], lower: tuple[str, ...]) -> tuple[str, ...]:
    """Two header rows as one: an upper cell spans the empty cells after it that the lower row names."""
    spans = list(upper)
    for i in range(2, len(spans)):
        if not spans[i] and lower[i] and spans[i - 1]:
            spans[i] = spans[i - 1]
    return tuple(top + low for top, low in zip(spans, lower, strict=True))


def _growth_caption(text: str, start: int, end: int) -> bool:
    """Whether a unit note or the caption line above it says the table holds growth rates (增速, 比上年增长)."""
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    return bool(_GROWTH_CAPTION.search(text, above, end)) and "%" in text[start:end]


def _spaced_out(header: tuple[str, ...]) -> tuple[str, ...]:
    """项  目, 指  标: a header word spaced out to its column's width, one character a cell, is one cell."""
    merged: list[str] = []
    for cell in header:
        if len(cell) == 1 and merged and len(merged[-1]) == 1 and _HAN.match(cell) and _HAN.match(merged[-1]):
            merged[-1] += cell
        else:
            merged.append(cell)
    return tuple(merged)


_NOTE_LINE = Lazy(regex.compile, r"[(（]\s*注\s*[:：][^()（）]*[)）]|注\s*[:：].{0,60}")


def _after_plain_line(block: Block, line: str) -> Block | None:
    """A line that is not a row: blank lines pass; text ends a table, and follows a note only as its title."""
    if not line.strip() or (block.header and _NOTE_LINE.fullmatch(line.strip())):
        return block  # (注:“其他”含粮食加工品等31类食品) between the head and the rows: a remark, the table goes on
    if block.rows and _GROUP_LABEL.fullmatch(line.strip()):
        # 按城乡分, 其中: a label over the rows that follow, inside the table; 研发人员年龄构成: rows of people
        return block._replace(people=bool(_PEOPLE_GROUP.fullmatch(line.strip())))
    numbered = _NUMBERED_LINE.fullmatch(line.strip()) if block.rows and block.marker else None
    if numbered is not None and _NUMERALS.find(numbered["n"]) == _NUMERALS.find(block.marker) + 1:
        return block._replace(marker=numbered["n"])  # 三、本年度办理结果 after rows 一、… and 二、…: the next group
    if (caption := _FORM_CAPTION.fullmatch(line.strip())) is not None and (block.cases or caption["article"]):
        # 第二十条第(六)项, 行政诉讼(未经复议直接起诉): a caption of the fixed 政府信息公开 form, inside its table
        return block
    if block.rows or not block.units or _PROSE.search(line) or block.titles >= _TITLE_LINES:
        return None
    return block._replace(titles=block.titles + 1)


def _cells(text: str, start: int, end: int) -> list[_Cell] | None:
    """The cells of a line that reads as a table row, else None (prose has 。 , ; between its parts)."""
    line = text[start:end]
    sep = _BAR_SEP if ("\t" in line or "|" in line) else _SPACE_SEP if "  " in line.strip(" ") else None
    if sep is None and " " in line.strip(" ") and _single_space_row(text, start, end):
        sep = _ONE_SPACE
    # (区分处理的,只计这一情形): a note in a label; a row set apart by bars or tabs may hold a long label with commas
    # (计入当期损益的政府补助,但与…除外 | 28,615,420.00), but no prose after its first cell
    said = _IN_BRACKETS.sub("", line)
    if said.count("|") >= 2:
        # 1 | 新建改扩建中小学 | 5所 | 6所,新增学位3240个 | 14200: bars set the cells apart, whatever commas a cell
        # holds; only a sentence's end makes the line prose
        prose = _PROSE_END in said
    elif sep is _BAR_SEP and (first := sep.search(said)) is not None and _LABEL_HAN.search(said, 0, first.start()):
        prose = bool(_PROSE.search(said, first.end()))
    else:
        prose = bool(_PROSE.search(said))
    if sep is None or prose:
        return None
    cells, pos = [], start
    for m in [*sep.finditer(text, start, end), None]:
        cut = m.start() if m is not None else end
        raw = text[pos:cut]
        stripped = raw.strip(" ")
        if stripped:
            lead = len(raw) - len(raw.lstrip(" "))
            cells.append(_Cell(pos + lead, pos + lead + len(stripped), stripped))
        elif (
            len(cells) == 1
            and m is not None
            and "|" in m.group()
            and "|" in text[start:pos]
            and not _VALUE_CELL.match(cells[0].text)
            and _ANY_DIGIT.search(text, cut, end) is not None  # not a label row over the figures (二、办理结果| |)
        ):
            # 合计 | | 1396 | 1339: a label that spans the first two columns (序号 | 区域) keeps its place in the row
            cells.append(_Cell(pos, pos, ""))
        if m is not None:
            pos = m.end()
    if sep is _SPACE_SEP and len(cells) > 2 and all(len(c.text) == 1 and _HAN.match(c.text) for c in cells[:2]):
        # 合  计  142.65, 企  业  118.74: a two-character label spaced out to its column's width is one cell
        a, b = cells[0], cells[1]
        cells[:2] = [_Cell(a.start, b.end, a.text + b.text)]
    return cells


def _single_space_row(text: str, start: int, end: int) -> bool:
    """A line of cells split by single spaces, as copies from PDFs and web pages leave them: a label and two or
    more bare numbers (原煤 32000 62000 87000), or a header of three or more text cells over such a line."""
    if _numbers_row(text[start:end]):
        return True
    cells = text[start:end].split()
    if len(cells) < 3 or any(_PURE_NUMBER.match(c) or len(c) > 20 for c in cells):
        return False
    nxt = text.find("\n", end + 1)
    below = text[end + 1 : len(text) if nxt < 0 else nxt]
    return end < len(text) and _numbers_row(below) and abs(len(below.split()) - len(cells)) <= 1


_ANY_DIGIT = Lazy(regex.compile, r"\d")
_EMPTY_CELLS = frozenset({"—", "-", "－", "/", "…", "–"})
_FLAT_CELLS = frozenset({"持平", "不变", "无变化"})
_CODE_LABEL = Lazy(regex.compile, r"\d{1,2}[A-Za-z]")
_GRADE_HEAD = Lazy(regex.compile, r"\d[A-Za-z]级(?:及以[上下])?|\d星级(?:及以[上下])?")


def _numbers_row(line: str) -> bool:
    """Whether `line` reads as a row of single-space cells: three or more short cells, two of them bare numbers."""
    cells = line.split()
    return (
        len(cells) >= 3
        and not _PROSE.search(line)
        # 5A级 3 持平: a change column may say 持平 (no change) where the others hold a number
        and sum(1 for c in cells if _PURE_NUMBER.match(c) or c in _FLAT_CELLS) >= 2
        and any(_PURE_NUMBER.match(c) for c in cells)
        # no measure word split off (120 件); a dash holds an empty cell (机电产品 — — 258.36)
        and all(_PURE_NUMBER.match(c) or len(c) > 1 or c in _EMPTY_CELLS for c in cells)
        and all(len(c) <= 20 for c in cells)
    )


def _measure_units(line: str) -> tuple[tuple[str, str | None, str], ...]:
    """(机构数单位:家;采购量单位:万片) → ((机构数, None, 家), (采购量, 万, 片)): each measure with its unit."""
    return tuple(
        (m.group("name"), u.group("mult"), u.group("unit") or u.group("whole"))
        for m in _MEASURE_UNIT.finditer(line)
        if (u := _ONE.match(m.group("unit"))) is not None
    )


def _measure_unit(column: str | None, measures: tuple[tuple[str, str | None, str], ...]) -> _Unit | None:
    """The unit a note gives the measure a column header ends with: 约定采购量 under 采购量单位:万片 → (万, 片)."""
    col = _bare(column or "")
    named = [(mult, unit) for name, mult, unit in measures if col and col.endswith(name)]
    return named[0] if len(named) == 1 else None


def _note_units(note: str, line: str = "") -> tuple[tuple[str | None, str], ...]:
    """单位:人、% → ((None, 人), (None, %)); (人民币百万元) → ((百万, 元),).

    A `line` that states the unit of each measure in turn (缴存额单位:亿元;贷款笔数单位:笔) gives them all,
    and the columns then take theirs by what they measure.
    """
    each = [u for m in _EACH_UNIT.finditer(line) for u in _ONE.finditer(m.group("unit"))]
    if len(each) > 1:
        return tuple((u.group("mult"), u.group("unit") or u.group("whole")) for u in each)
    m = _ANY_NOTE.search(note) or _NAMED_NOTE.search(note)
    if m is None:
        n = _NOTE.search(note)
        return ((n.group("mult"), n.group("unit")),) if n is not None else ()
    units = _PER_AMOUNT_CUT.sub("", m.group("units"))
    out: list[_Unit] = []
    for u in _ONE.finditer(units):
        unit = u.group("unit") or u.group("whole")
        per = out and units[u.start() - 1 : u.start()] == "/"
        if per and (unit in _PER_TIME or _family(out[-1][1]) in ("money", "measure")):
            # 单位:万吨/日, 元/公斤, 立方米/万元: so much per so much, one unit (the 万 of what it is per kept in it)
            out[-1] = (out[-1][0], f"{out[-1][1]}/{u.group('mult') or ''}{unit}")
            continue
        out.append((u.group("mult"), unit))
    return tuple(out)


_PER_TIME = frozenset({"日", "天", "年", "月", "小时"})


def _digits_before(line: str, pos: int) -> bool:
    """Figures before a note on its line make it a sentence; a year or months in a title (2024年1—6月…) do not
    count."""
    sentence = _LAST_STOP.split(line[:pos])[-1]  # …占总收入的76.8%。按收入规模划分(单位:个): the note's own sentence
    if _INTRODUCES.search(sentence) and line.rstrip().endswith((":", "：", "。")):
        return False  # 共承办工单12552件,具体情况如下(单位:件、%): a sentence that opens the table below (: or 。)
    return any(c.isdigit() for c in _CAPTION_LABEL.sub("", _TITLE_TIME.sub("", sentence)))


_TITLE_TIME = regex.compile(r"\d{4}年(?:度)?|\d{1,2}(?:[-—–~至]\d{1,2})?月(?:份)?|第?[1-4]季度")


_INTRODUCES = Lazy(regex.compile, r"(?:如下|见下表)[^\d]*$")
_SPEC_COLUMN = Lazy(regex.compile, r"规格(?:等级)?|等级|型号|品级|产地|规格型号")
# a row label that names an office, a firm or a place, not a measure
_ENTITY_ROW = Lazy(regex.compile, r"(?:[省市县区镇乡州旗村]|街道|社区|局|委|办|法院|检察院|公司|集团|部门)$")
# a table's caption: 表1 2024年各县(市、区)道路交通事故情况 (单位:起)
_CAPTION_LINE = Lazy(regex.compile, rf"^\s*{TABLE_CAPTION}\s*(?P<rest>[^|\t]+?)\s*$")
# (表2 各港区主要生产指标完成情况: indicators in general; 死亡人数同比变化: a change, not the counts beside it)
_GENERIC_CAPTION = Lazy(
    regex.compile, r"指标|主要|数据|概况|基本情况|运行|完成|经济|发展|变化|增减|增长|同比|对比|比较"
)
_CAPTION_TRIM = Lazy(
    regex.compile,
    r"^(?:(?:19|20)\d\d年(?:度|末|底)?(?:\d{1,2}(?:[-—–~至]\d{1,2})?月(?:份|末)?|上半年|前三季度|一季度)?)?"
    r"(?:各(?:县|市|区|乡镇|镇|街道|地|部门|单位)(?:[(（][^()（）]{1,8}[)）])?|全(?:市|县|区|省))?"
    r"|(?:情况|统计表?|一览表|汇总表|明细表|分布|表)*\s*(?:[(（][^()（）]*[)）])?\s*$"
)


def _caption_measure(text: str, start: int) -> str:
    """What the caption on the line above the head row at `start` measures, years, places and 情况 left out: 表1
    2024年各县(市、区)道路交通事故情况 → 道路交通事故; '' when there is no caption."""
    if start == 0:
        return ""
    above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
    m = _CAPTION_LINE.match(above)
    if m is None:
        return ""
    measure = _CAPTION_TRIM.sub("", m["rest"]).strip()
    return measure if 2 <= len(measure) <= 20 and not _GENERIC_CAPTION.search(measure) else ""


def _table_cell(text: str, tok: Token, row: _Row) -> bool:
    """Give a token that fills a cell of `row` its unit and subject; False when it is not a cell's figure."""
    i = next((k for k, c in enumerate(row.cells) if c.start <= tok.start and tok.end <= c.end), None)
    if i is None:
        return False
    cell = row.cells[i]
    classes = i == 0 or not _VALUE_CELL.match(cell.text) or _CLASS_COLUMN.search(_bare(_column(row, i) or ""))
    if classes and len(row.cells) > 1 and _BOUND_LABEL.search(cell.text):
        # 60岁及以上\t13.47, 1亿-10亿元\t49, 购房建筑面积 | 144平方米以上 | 9.7 (or in a column of classes, 类别 | 35岁
        # 以下): the class a row counts
        tok.skip = "row label"
        return True
    if not (_VALUE_CELL.match(cell.text) or _WORDED_CHANGE.match(cell.text)) or tok.start - cell.start > 2:
        return False  # 增加2.16个百分点 is a cell's figure with its way written before it
    heads = (
        k
        for k, c in enumerate(row.cells)
        if (not _VALUE_CELL.match(c.text) and c.text not in _FLAT_CELLS)  # 5A级 3 持平: 持平 fills a change cell
        or _BOUND_LABEL.search(c.text)
        or _CODE_LABEL.match(c.text)  # 5A级, 5G基站: a grade or a code heads the row
    )
    head_i = next(heads, None)
    if head_i is not None and i < head_i:
        first = _column(row, i) or ""
        if _RANK_HEAD.fullmatch(_bare(first)) and _RANK_CELL.fullmatch(cell.text) and tok.value is not None:
            # 排名 | 诉求事项 | 件数 / 1 | 住房保障 | 72,418: a first column of places ranks its row
            tok.unit, tok.family, tok.unit_text = "", "rank", ""
            tok.row_head = _bare(row.cells[head_i].text)
        return True  # 1\t行政处罚\t48: a serial number before the row header labels the row
    if i == 0 and len(row.cells) > 1 and _YEAR.match(cell.text):
        return True  # 2023\t48\t45: the year a row is about
    column = _column(row, i)
    if column is not None and _LABEL_COLUMN.match(_bare(column)):
        return True
    if head_i is not None and not row.cases:
        # 产出指标|质量指标|验收合格率|≥95%, 二、…收入\t40.00\t二、社会保障和就业支出\t128.62: the label nearest
        # the figure names it (a unit in a 单位 column names nothing)
        head_i = max(
            (
                k
                for k in range(head_i, i)
                if _label_cell(row.cells[k].text)
                # (品种 | 规格 | 本期均价 / 鸡蛋 | 新鲜完整 | 8.96: a spec column qualifies the name, it names nothing)
                and (k == head_i or not _SPEC_COLUMN.fullmatch(_bare(_column(row, k) or "")))
            ),
            default=head_i,
        )
    row_head = row.cells[head_i].text if head_i is not None else ""
    if row.cases and head_i is not None and head_i + 1 < i and not _VALUE_CELL.match(row.cells[head_i + 1].text):
        # 三、本年度办理结果\t(一)予以公开\t9: labels in two columns, the group and the line, name the row together
        last = next(k for k in range(head_i + 1, i + 1) if k == i or _VALUE_CELL.match(row.cells[k].text))
        row_head = "".join(_bare(c.text) for c in row.cells[head_i:last])
    if row.parent and row_head:
        row_head = row.parent + row_head.strip()
    subject = _subject(row_head, column)
    if row.caption and subject == _bare(row_head) and column and _ENTITY_ROW.search(subject):
        # 表1 2024年各部门行政处罚案件量 / 部门 | 2023年 | 2024年 / 市市场监管局 | 2136 | 2307: a row of an office or a
        # place, in columns of years, counts what the caption names
        subject += row.caption
    if subject and (total := _TOTAL_ROW.fullmatch(_bare(row_head))):
        tok.total = total.group()  # 合计 under 受理量: the record says 受理量合计
    if _RANK_HEAD.search(_bare(row_head)) and _RANK_CELL.fullmatch(cell.text) and tok.value is not None:
        tok.unit, tok.family, tok.unit_text, tok.row_head = "", "rank", "", _RANK_HEAD.sub("", subject)
        return True  # 人均地区生产总值位次\t1\t2\t3: each column's place
    if _RANK_HEAD.fullmatch(_bare(column or "")) and _RANK_CELL.fullmatch(cell.text) and tok.value is not None:
        # 地区 | 增速(%) | 位次: the row's place in the measure of the column before
        before = _column(row, i - 1) if i > 0 else None
        tok.unit, tok.family, tok.unit_text = "", "rank", ""
        tok.row_head = _bare(row_head) + _bare(before or "")
        return True
    tok.period = _period(column)
    # 月份 | 进出口 | 同比: rows of periods, the growth of the column before (进出口同比)
    by_period = not _bare(row_head) or _PERIOD_HEAD.search(_bare(row_head)) is not None
    bare_change = by_period and i > 0 and _BARE_CHANGE.fullmatch(_bare(column or "")) is not None
    if bare_change and (before := _column(row, i - 1)) and (of := _subject(row_head, before)):
        subject = of + _bare(column or "")
    elif (
        not by_period
        and i > 0
        and _SAID_CHANGE.fullmatch(_bare(column or ""))
        and (before := _column(row, i - 1))
        and not _PERIOD_HEAD.search(_bare(before))
        and not _CHANGE_HEAD.search(_bare(before))
        and _same_unit_head(before, column or "")
        and (of := _subject(row_head, before))
    ):
        # 案由 | 平均审理天数(天) | 较上年增减(天): the row's change in the measure of the column before
        subject = of + _bare(column or "")
    elif (
        not by_period
        and i > 0
        and (_SAID_CHANGE.fullmatch(_bare(column or "")) or _GROWTH_COLUMN.fullmatch(_bare(column or "")))
        and (before := _column(row, i - 1))
        and _HEAD_UNIT.match(before) is not None
        and not _PERIOD_HEAD.search(_bare(before))
        and not _CHANGE_HEAD.search(_bare(before))
        and not _SHARE_COLUMN.search(_bare(before))
        and (of := _subject(row_head, before))
    ):
        # 县(区) | 快递业务量(万件) | 同比增长(%): the row's growth in the measure of the column before
        subject = of + _bare(column or "")
    if tok.unit:
        if subject:
            tok.row_head = subject
        return True
    units = _unit_cell(row) or row.units
    unit = _measure_unit(column, row.measures) or _unit(row_head, column, units, _in_order(row, i, units))
    if i > 0 and _PLAN_COLUMN.fullmatch(_bare(column or "")) and (done := _column(row, i - 1)) is not None:
        # 实际到位资金 | 年度目标 | 完成率 under 单位:个、亿元、%: the target is in the unit of what it is set for
        # (not the % of a growth column before it: 同比增长 | 年度目标 under 单位:亿元、%)
        borrowed = _measure_unit(done, row.measures) or _unit(row_head, done, units, _in_order(row, i - 1, units))
        unit = borrowed if borrowed is not None and _family(borrowed[1]) != "percent" else unit
    amount_column = _AMOUNT_CHANGE.fullmatch(_bare(column or "")) and not regex.search(r"[%％]", column or "")
    if unit is not None and unit[1] == "%" and amount_column:
        # 年末常住人口 | 283160 | 285940 | -2780 under 单位:人、% and 增减: a cell that is the difference of the two
        # figures before it is in their unit (in points on a row of rates), not a rate
        first = _differs(row, i)
        if first is not None:
            own = _unit(row_head, _column(row, first), units, _in_order(row, first, units))
            unit = (None, "个百分点") if own is not None and own[1] == "%" else own
    if unit is None and row.whole:
        unit = _unit(row.whole, column, ())  # 其中:国内航线 | 189,912 under 飞机起降架次(架次): in 架次
    if unit is None and row.form is not None and _AMOUNT_HEAD.search(_bare(column or "")):
        unit = row.form  # 资金来源 | 金额 | 占比(%) in a form headed 金额单位:万元: the column's amounts in 万元
    if unit is None and row.people and _WHOLE_CELL.match(cell.text):
        unit = None, "人"  # 研发人员学历结构 / 博士 | 86 | 71: so many people of each kind
    if unit is None and _SCORE_COLUMN.search(_bare(column or "")) and _DECIMAL_CELL.fullmatch(cell.text):
        unit = None, "分"  # 综合得分 | 95.6: a score, in points
    if unit is None and _WHOLE_CELL.match(cell.text) and _GRADE_COLUMN.fullmatch(_bare(column or "")):
        # 评查类别 | 抽查卷数 | 优秀 | 合格 | 不合格: the grades count what the row's count column counts (卷)
        counted = next((m for h in row.header or () if (m := _COUNT_NOUN.search(_bare(h)))), None)
        unit = (None, counted.group("unit")) if counted is not None else None
    if unit is None and _UNITLESS_HEAD.search(_bare(column or "")) and tok.value is not None:
        tok.family = "unitless"  # 地区 | … | 综合指数: a figure with no unit by nature
        if subject:
            tok.row_head = subject
        return True
    if unit is None and row.cases and _WHOLE_CELL.match(cell.text):
        unit = None, ""  # (一)予以公开\t9\t1\t10: applications or cases of the fixed 政府信息公开 forms
        subject = subject or _bare(column or "") or _bare(row_head)  # a 总计 column is named, even alone
    if unit is None:
        return False  # no unit here: a money note over labelled lines may still give one
    _give(tok, unit[0], unit[1], subject)
    if _PAREN_CELL.match(cell.text) and tok.value is not None and not _COST_HEAD.search(_bare(row_head)):
        tok.value = -tok.value  # (1,234.5) is negative; 销售成本 (9,742,105) is a cost shown as a deduction
    if row.growth and tok.unit == "%" and not _CHANGE_HEAD.search(subject) and not _SHARE_HEAD.search(subject):
        tok.row_head += "增速"  # a cell of a table of growth rates (表2 主要行业增加值增速): 医药制造业 -2.1 fell
    return True


def _label_cell(cell: str) -> bool:
    """A cell that names its row: words without figures (not 减少1.55个百分点, not a blank —), and no bare unit."""
    return (
        not _VALUE_CELL.match(cell)
        and _HAN.search(cell) is not None
        and not any(ch.isdigit() for ch in cell)
        and not _unit_cell_text(cell)
    )


def _unit_cell_text(cell: str) -> tuple[str | None, str] | None:
    """The (multiplier, unit) a cell under 单位 names: (万元), 万头(只) (the measure word of most rows, and in
    brackets another some rows are counted in); None for a cell that is more than a unit."""
    return _unit_text(_OTHER_MEASURE.sub("", cell).strip("()（）"))


def _unit_text(cell: str) -> tuple[str | None, str] | None:
    """The (multiplier, unit) a cell names and nothing else: 万元, (%), 千克标准煤/人; None for any other cell."""
    unit, _, per = cell.partition("/")
    m = _ONE.fullmatch(unit)
    if m is None or (per and not _PER_CELL.fullmatch(per)):
        return None
    # 人均综合能耗 | 千克标准煤/人: a unit per head or per area is written with what it is per
    return m.group("mult"), (m.group("unit") or m.group("whole")) + (f"/{per}" if per else "")


def _unwrap(tok: Token) -> None:
    """培训费\t12 / 万元以上项目\t5: a row ends at its line break, whatever word the next row starts with."""
    try:
        tok.value = Decimal(tok.number.replace(",", ""))
    except ArithmeticError:
        return
    tok.end, tok.multiplier, tok.mult_text = tok.num_end, Decimal(1), ""
    tok.unit, tok.unit_text, tok.family = "", "", ""


def _unit_cell(row: _Row) -> _Units:
    """指标\t单位\t2024年 / 地区生产总值\t亿元\t512.36: the row's cell under a 单位 column is its unit."""
    if row.header is None or len(row.header) != len(row.cells):
        return ()
    i = next((k for k, h in enumerate(row.header) if _UNIT_COLUMN.match(h)), None)
    if i is None:
        return ()
    unit = _unit_cell_text(row.cells[i].text)
    return (unit,) if unit is not None else ()


_OWN_MEASURE = Lazy(regex.compile, r"\p{Han}[(（][^()（）]{0,8}[次个人件辆架艘吨元户家所][^()（）]{0,4}[)）]\s*$")
_OTHER_MEASURE = Lazy(regex.compile, r"(?<=\p{Han})\s*[(（]\p{Han}{1,2}[)）]\s*$")


# (元/人·月, 元/人/月: per head and per month)
_PER_CELL = Lazy(regex.compile, r"\p{Han}{1,4}(?:[·/]\p{Han}{1,2})?|平方米|立方米|m2|m³|㎡")


_REMARK_HEAD = Lazy(regex.compile, r"说明|备注|原因|注释")


def _column(row: _Row, i: int) -> str | None:
    """The header of column `i`: from a header row as long as the row, or one short of it (no corner cell)."""
    if row.header is None:
        return None
    if len(row.header) == len(row.cells):
        return row.header[i]
    if len(row.header) == len(row.cells) - 1 and i > 0:
        return row.header[i - 1]
    if (
        len(row.header) == len(row.cells) + 1
        and i > 0
        and _SERIAL_HEAD.fullmatch(_bare(row.header[0]))
        and _TOTAL_ROW.fullmatch(_bare(row.cells[0].text))
    ):
        return row.header[i + 1]  # 序号 项目名称 投资额 over 合计 1564.6: the total's label spans the first two
    if len(row.header) > len(row.cells) and all(_REMARK_HEAD.search(h) for h in row.header[len(row.cells) :]):
        return row.header[i]  # … | 比重增减 | 重大变动说明 over a row whose remark is left empty
    if len(row.header) < len(row.cells) and all(_VALUE_CELL.match(c.text) for c in row.cells):
        # a header of several rows over figures only (行政复议 | 行政诉讼, then 结果维持 … 总计 under each): the
        # last header row names the columns on the right, the row above it those on the left that it leaves
        k = len(row.cells) - len(row.header)
        if i >= k:
            return row.header[i - k]
        if row.above is not None and k <= len(row.above):
            return row.above[i]
    return None


def _in_order(row: _Row, i: int, units: _Units) -> _Unit | None:
    """单位:所、个、人 over 类别 | 园数 | 班数 | 在园幼儿: as many units as columns of figures, one for each in turn."""
    if len(units) < 2 or row.header is None or len(units) != len(row.header) - 1:
        return None
    if any(_PERIOD_HEAD.search(_bare(h)) for h in row.header[1:]):
        return None  # 指标 | 2024年 | 2023年 under 单位:万美元、家: the columns are years, the rows say the measure
    j = i if len(row.header) == len(row.cells) else i - 1 if len(row.header) == len(row.cells) - 1 else -1
    return units[j - 1] if j >= 1 else None


def _unit(row_head: str, column: str | None, units: _Units, order: _Unit | None = None) -> _Unit | None:
    """The (multiplier, unit) the row header, column header or table note gives a bare cell (`order`: the note's
    unit for its column, when the note gives one for each column in turn)."""
    col = _HEAD_UNIT.match(column or "")
    if col is not None and UNIT_FAMILY.get(col.group("unit"), ("", ""))[1] == "percent":
        col_mult, col_unit = col.group("mult"), col.group("unit")
    elif (column or "").endswith(("%", "％")):
        col_mult, col_unit = None, "%"  # 增长%, 占比％: the unit written without brackets
    else:
        col_unit = None
    if col_unit is not None:
        # 同比增减(%) beats 营业收入(亿元): the column is a rate; on a rate row (毛利率(%)) a change is in points
        row = _HEAD_UNIT.match(row_head)
        rate_row = row is not None and UNIT_FAMILY.get(row.group("unit"), ("", ""))[1] == "percent"
        if rate_row and col_unit in ("%", "％") and _CHANGE_HEAD.search(_bare(column or "")):
            return None, "个百分点"
        return col_mult, col_unit
    per = _HEAD_PER.search(column or "")
    if per is not None:  # 报告发生率(/10万剂次): a column of rates per 100,000
        return None, "/" + _PER_SCALE.get(per["n"], per["n"])
    for head in (row_head, column or ""):
        m = _HEAD_UNIT.match(head)
        if m is not None and m.group("unit") in UNIT_FAMILY:
            per = m.group("per") or ""
            # 基本每股收益(元/股): a sum per share is in 元, as 每股收益0.25元 is in prose
            return m.group("mult"), m.group("unit") + (per if per != "/股" else "")
        m = _HEAD_MULT.match(head)
        if m is not None and m.group("unit") in UNIT_FAMILY:
            return m.group("mult"), m.group("unit")
    # 月份 | 进出口 | 同比 under 单位:亿元,%: a column of bare 同比 holds growth rates
    bare_change = _BARE_CHANGE.fullmatch(_bare(column or "")) is not None
    rate = bare_change or any(_RATE_HEAD.search(h) for h in (column or "", row_head))
    if rate and column and (bare_change or _RATE_HEAD.search(column)) and any(u[1] == "%" for u in units):
        return None, "%"  # 同比增长 under 单位:人次、%: the rate column is in %, whatever the row counts
    for head in (column or "", row_head):
        m = _COUNT_NOUN.search(head)
        if m is not None:
            # 接待游客人数 under 单位:万人次、亿元: the note's unit of that measure word, with its multiplier
            noted = [u for u in units if u[1].startswith(m.group("unit"))]
            return noted[0] if noted else (None, m.group("unit"))
    if len(units) > 1:
        picked = [u for u in units if (_family(u[1]) == "percent") == rate]
        heads = (_bare(column or ""), row_head)
        named = [u for u in picked if any(h.endswith((u[1], u[1] + "数")) for h in heads)]
        # 单位:个、人 under 人员数 → 人 (but 其中亿元以上 counts projects of that size: 亿元 names a class, no unit)
        inside = [u for u in picked if u[1] in _SIZE_CLASS.sub("", heads[0])]
        # what the header counts, without its 数/数量: 招生数 → 招生 (people), 学校数 → 学校 (institutions)
        # (新设外商投资企业 | 214 under 2024年1—12月: a column of a period leaves the row to say what is counted)
        what = _COUNTED.sub("", heads[0] if heads[0] and not _PERIOD_HEAD.search(heads[0]) else row_head)
        people = [u for u in picked if u[1] in _PEOPLE_UNITS and _PEOPLE_HEAD.search(what)]
        if len(people) > 1:  # 接待游客 under 单位:万人、万人次: visits are counted in 人次
            people = [u for u in people if (u[1] == "人次") == bool(_VISITS_HEAD.search(what))] or people
        places = [u for u in picked if u[1] in _PLACE_UNITS and _PLACE_HEAD.search(what)]
        days = [u for u in picked if _family(u[1]) == "duration" and _DAYS_HEAD.search(what)]
        money = [u for u in picked if _family(u[1]) == "money" and any(_MONEY_HEAD.search(h) for h in heads)]
        areas = [u for u in picked if u[1] in ("亩", "公顷", "平方米", "平方公里") and _AREA_HEAD.search(what)]
        weights = [u for u in picked if u[1] in ("吨", "公斤", "千克", "斤") and _OUTPUT_HEAD.search(what)]
        # 单位:万千瓦,亿千瓦时 under 并网容量 | 上网电量: power in 千瓦, energy in 千瓦时
        power = [
            u
            for u in picked
            if (u[1] == "千瓦时" and _ENERGY_HEAD.search(what)) or (u[1] == "千瓦" and _POWER_HEAD.search(what))
        ]
        # 单位:℃,毫米,% under 平均气温 | 距平 | 降水量: rain in 毫米, the air in ℃
        weather = [u for u in picked if any(u[1] == unit and head.search(what) for unit, head in _WEATHER_HEADS)]
        # 单位:所、万人 under 在校生 → 万人
        kept = [order] if order in picked else picked
        chosen = named or inside or people or places or days or money or areas or weights or power or weather or kept
        return chosen[0] if chosen else None
    if units:
        return units[0]
    if column and _SHARE_COLUMN.search(_bare(column)):
        return None, "%"  # 县别 点位数 达标点位数 达标比例: a column of rates or shares with no unit said is in %
    if any(_PEOPLE_COUNT.search(_bare(h)) for h in (column or "", row_head)):
        return None, "人"  # 公司研发人员的数量 | 412: a count of people
    if any(_CASE_COUNT.search(_bare(h)) or _THINGS_COUNT.search(_bare(h)) for h in (column or "", row_head)):
        return None, ""
    return None


_PLAN_COLUMN = Lazy(regex.compile, r"(?:年度|全年)?(?:目标|计划|任务)(?:数|值|任务)?")
_SIZE_CLASS = Lazy(regex.compile, r"[万亿千百]?(?:元|吨|亩|人)(?:及)?以[上下]")
# 销售成本, 行政开支: a cost, shown in brackets as a deduction (not 营业外收入和支出, a net figure)
_COST_HEAD = Lazy(
    regex.compile, r"^(?!.*(?:收入|收益|净|损益|利润)).*(?:成本|开支|费用|支出|税项?|折旧|摊销|减值(?:损失|亏损)?)$"
)
_TOTAL_ROW = Lazy(regex.compile, r"合计|小计|总计")
_SERIAL_HEAD = Lazy(regex.compile, r"序号|编号|序")
_PERCENT_TITLE = Lazy(regex.compile, r"\p{Han}[(（][%％][)）][ ]*$")


def _subject(row_head: str, column: str | None) -> str:
    """Row header, then the column header when the column names a quantity rather than a period."""
    row = _bare(row_head)
    if _PERIOD_HEAD.search(row):
        row = ""
    col = _bare(column or "")
    if (m := _PERIOD_COLUMN.match(col)) is not None and m.group("yname"):
        col = m.group("yname")  # 2020年常住人口: what the column names, in the year it says
    if not col or _PERIOD_HEAD.search(col) or col in row or (row and _PLACE_COLUMN.fullmatch(col)):
        return row or (_bare(row_head) if col else "")  # 合计 under 本期金额: the total, not the text before it
    return row + col


def _period(column: str | None) -> int | None:
    """The year a column stands for: 2024年 → 2024, 本年/本期 → 1, 上年/上年同期 → 0 (None for others)."""
    m = _PERIOD_COLUMN.match(_bare(column or ""))
    if m is None:
        return None
    if m.group("cn"):
        return int(m.group("cn").translate(_CN_YEAR_DIGITS))  # 一九五八年
    year = m.group("year") or m.group("year2")
    if year and m.group("ystart"):
        return int(year) - 1  # 2024年初金额 beside 2024年末金额: what the year started with, the year before's end
    return int(year) if year else (1 if m.group("now") else 0)


# 指标\t城关区\t东川县\t全市: columns of places say where, not what is measured (城市 is a kind of area)
_PLACE_COLUMN = Lazy(regex.compile, r"(?!城市$)[全本]?[\u4e00-\u9fff]{1,6}(?:区|县|市|省|镇|乡|旗|盟|街道)")
_RANK_HEAD = Lazy(regex.compile, r"(?:位次|排名|排位|名次)$")
_UNITLESS_HEAD = Lazy(regex.compile, r"(?:指数|系数|比值|收入比|PUE|pH值?)$")
_RANK_CELL = Lazy(regex.compile, r"\d{1,3}")
# rows that measure the row above them: its growth, its share
_SUB_MEASURES = frozenset({"增速", "增长", "同比增长", "增幅", "比上年增长", "占比", "比重", "增减"})
_CN_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


_NEWLINE = recache.compile("\n")
_PERIOD_COLUMN = Lazy(
    regex.compile,
    # 2024年金额, 2024年末数, 2024年初余额
    r"^(?:(?P<year>(?:19|20)\d\d)年?(?:度|末|底|12月31日|(?P<ystart>初|1月1日))?(?:数|金额|发生额|余额|累计"
    # 2020年常住人口 beside 2010年常住人口: the year's value of what the column names (not 2025年目标, 2024年增长)
    r"|(?<=年|度|末|底)(?P<yname>(?!.*(?:目标|计划|预算|任务|预计|以来|以前|以后|增|减|比|同期|占|率|速))\p{Han}{2,8}))?"
    # 2024年1-9月, 2024年9月30日, 2024年上半年: a stretch or a day of the year, set beside the same of another
    # 2025年春节, 2024年国庆: the holiday of each year, set beside the same holiday of another
    r"|(?P<year2>(?:19|20)\d\d)年(?:\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月(?:\d{1,2}日)?(?:末|底)?|[上下]半年|前三季度|[一二三四]季度"
    r"|春节|国庆|五一|元旦|清明|端午|中秋)(?:假期|黄金周|期间)?|(?P<cn>[一二][〇零一二三四五六七八九]{3})年(?:度|末|底)?"
    # 本报告期(1-6月): the stretch said in brackets after the period's name
    r"|(?P<now>本年|本期|本年度|今年|本报告期|报告期|本报告期末|报告期末|本期末|本期期末|期末|本年末)"
    r"(?:数|累计|金额|发生额|余额|(?<=本期|本年)(?!末)[\u4e00-\u9fff]{2,8})?"  # 本期营业收入 beside 上年同期
    r"(?:[(（][^()（）]{1,10}[)）])?"
    r"|(?:上年|上期|上年度|去年|上年同期|上期同期|本报告期初|报告期初|期初|上年末|上年度末|上年期末|上期期末|年初"
    r"|常年值?|常年同期|多年平均值?|历年同期)"  # 年降水量 | 常年值 | 距平百分率: the climate normal
    r"(?:数|累计|金额|发生额|余额)?(?:[(（][^()（）]{1,10}[)）])?)$"
)


_AMOUNT_CHANGE = Lazy(regex.compile, r"(?:比上年|较上年|同比)?(?:增减|增减量|增量|增加|变动)")
_NUMBER = Lazy(regex.compile, r"^[-+]?\d[\d,]*(?:\.\d+)?$")


def _differs(row: _Row, i: int) -> int | None:
    """The column of the first of the two figures right before cell `i` whose difference the cell is, exactly."""
    values = [(k, c.text.replace(",", "")) for k, c in enumerate(row.cells[:i]) if _NUMBER.match(c.text)]
    me = row.cells[i].text.replace(",", "")
    if len(values) < 2 or not _NUMBER.match(me):
        return None
    (k, a), (_, b) = values[-2], values[-1]
    d = Decimal(me)
    return k if d in (Decimal(a) - Decimal(b), Decimal(b) - Decimal(a)) else None


def _bare(head: str) -> str:
    """A header cell without its unit bracket, list marker or 其中: 其中:行政处罚(件) → 行政处罚."""
    m = _HEAD_UNIT.match(head)
    if m is not None:
        head = m.group("head")
    elif (per := _HEAD_PER.search(head)) is not None:
        head = head[: per.start()]  # 报告发生率(/10万剂次) → 报告发生率
    elif (m := _HEAD_MULT.match(head)) is not None:
        head = m.group("head") + m.group("unit")  # 人次(万) → 人次
    head = _NOTE_TAIL.sub("", head)  # 部分公开(区分处理的,只计这一情形): how to count, not what
    return _HEAD_LEAD.sub("", head).strip(" ·•").removesuffix("%").removesuffix("％")  # 增长%


# 增减, 变动, 同比增长, 增幅(%): a column (or row) of changes; the sign gives the direction.
_YEAR_BEFORE = r"同比|比上年|较上年|比上年同期|较上年同期"
_BARE_CHANGE = Lazy(regex.compile, rf"(?:环比|{_YEAR_BEFORE})(?:±|\+/-)?")
# 较上年增减, 同比增长: a change over the year before that names no measure of its own
_SAID_CHANGE = Lazy(regex.compile, rf"(?:{_YEAR_BEFORE})(?:增减|增长|增加|变化|变动)?(?:±|\+/-)?")
_GROWTH_COLUMN = Lazy(regex.compile, r"(?:增长|增速|增幅)率?")
_CHANGE_HEAD = Lazy(
    regex.compile,
    r"(?:增减|变动|变化|增长|增幅|增速|降幅|下降|减少|削减|降低|环比|同比|距平|增量)(?:额|数|率|幅度|幅|值|比例|百分比|百分率)?$",
)


def table_change(tok: Token, ctx: attach.Context) -> None:
    """A cell under a change column is a change: `增减\t-160.0` decreased by 160, `增长\t8.3` rose by 8.3%."""
    if not tok.row_head or ctx.kind in ("ratio", "rank") or tok.value is None:
        return
    if ctx.kind == "change" and ctx.direction is not None and tok.value >= 0:
        return
    m = _CHANGE_HEAD.search(tok.row_head)
    if m is None:
        return
    ctx.kind = "change"
    down = m.group().startswith(("降", "下", "减", "削"))
    if tok.value < 0:
        tok.value, down = -tok.value, not down
    ctx.direction = None if tok.value == 0 else "decrease" if down else "increase"  # 0: no change either way


def _family(unit: str) -> str:
    """The family of a unit a note gives, one per a stretch of time included (万吨/日 is a measure)."""
    known = UNIT_FAMILY.get(unit) or UNIT_FAMILY.get(unit.partition("/")[0])
    return known[1] if known else "other"


def _give(tok: Token, mult_text: str | None, unit: str, head: str) -> None:
    if not unit:  # a count whose measure word is not written
        tok.unit, tok.family, tok.unit_text, tok.row_head = "", "count", "", head.strip(" ·•")
        return
    if unit.startswith("/"):  # 发生率(/10万) | 46.83: a rate per so many, no unit of its own
        tok.unit, tok.family, tok.unit_text, tok.row_head = unit, "other", "", head.strip(" ·•")
        return
    unit, _, per = unit.partition("/") if unit not in UNIT_FAMILY else (unit, "", "")  # mg/L is one unit
    if mult_text and (mult_text + unit) in UNIT_FAMILY:
        unit, mult_text = mult_text + unit, None  # 千克标准煤/人: the 千 of 千克 is the unit's own, no multiplier
    base, family, factor = UNIT_FAMILY[unit]
    base = f"{base}/{per}" if per else base
    mult = MULTIPLIERS.get(mult_text or "", Decimal(1))
    tok.value = scale(tok.value, mult * factor) if tok.value is not None else None
    tok.multiplier, tok.mult_text = mult, mult_text or ""
    tok.unit, tok.family, tok.unit_text = base, family, ""
    tok.row_head = head.strip(" ·•")


def _same_unit_head(a: str, b: str) -> bool:
    """平均审理天数(天) and 较上年增减(天): two column heads that state one unit."""
    ma, mb = _HEAD_UNIT.match(a.strip()), _HEAD_UNIT.match(b.strip())
    return ma is not None and mb is not None and (ma["mult"], ma["unit"]) == (mb["mult"], mb["unit"])


def _head_line_before(text: str, start: int, block: Block) -> bool:
    """Whether the line before `start` is the head row of `block` (a note set right under it)."""
    if start < 1:
        return False
    prev = text.rfind("\n", 0, start - 1) + 1
    if _CAPTION_LABEL.match(text, prev, start - 1):
        return False  # 表2  2024年…涨跌幅度 / 单位:%: a caption spaced out like cells, then the table's own note
    cells = _cells(text, prev, start - 1)
    return cells is not None and _spaced_out(tuple(c.text for c in cells)) == block.header


def _has_digits(text: str, note: regex.Match[str]) -> bool:
    """A note stands on a line of its own, with no figures (those would be a sentence, not a note)."""
    line_start = text.rfind("\n", 0, note.start()) + 1
    return any(c.isdigit() for c in text[line_start : note.start()])


def _introduces_lines(text: str, note: regex.Match[str]) -> bool:
    """…共计24.17亿元,按补偿项目分列如下(单位:亿元): a sentence that ends on a note and a colon before the lines
    it opens."""
    before = _AS_FOLLOWS_NOTE.search(text, max(0, note.start() - 8), note.start())
    return before is not None and note.group()[-1:] in ":："


_AS_FOLLOWS_NOTE = recache.compile(r"如下\s*$")


def _note_over(
    text: str, notes: list[Note], ends: list[int], pos: int, carried: Note | None, counting: bool = False
) -> Note | None:
    """The note whose table the line at `pos` belongs to, if any (with `counting`, the lines it has used)."""
    i = bisect.bisect_right(ends, pos) - 1
    note, start = (notes[i], ends[i]) if i >= 0 else (carried, 0)
    if note is None:
        return None
    between = text[start:pos]
    lines = note.lines + between.count("\n")
    if lines > _NOTE_LINES or _PROSE_END in between:
        return None
    return note._replace(lines=lines) if counting else note


def _looks_like_amount(tok: Token) -> bool:
    """A table cell figure: grouped thousands or decimals (3,856.2, 41.2), not a year or a list number."""
    digits = tok.number.lstrip("-")
    return "," in digits or "." in digits
