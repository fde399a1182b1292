"""Extraction cases: sentences we wrote, each with the full records we expect, grouped by phenomenon.

Expected records follow `../shared/eval/GUIDE.md` and issue 2, never the extractor's current output.
A case is `(sentence, [expected claim, ...])`: the sentence must yield exactly these claims, in text order.

How a claim is compared (see `compare`):
- `text` is span-tolerant: the claim must overlap the expected text at its place in the sentence and
  contain the expected number as written ('1000.2万' of '1000.2万元', '3' of '第3'), so '483' and '483家'
  both pass;
- `value` is exact, or exact once rounded to the decimals the expected value is written with
  ('1/3' → '33.33'), as `score.py` does;
- `unit`, `kind`, `subject`, `approx`, `direction`, `role` are compared exactly (None included), and
  `baseline`, `number`, `multiplier`, `unit_text` exactly where a case states them.

Conventions we chose where GUIDE.md leaves room (tell the lead if one should change):
- the subject is the whole noun phrase before the number (or after its measure word), without the verb
  before it and without scope and time words (全县, 全年, 年末, 各, 共; but 各类 and 各级 stay, as the
  annotators keep them): '规模以上工业增加值', '个体工商户登记申请材料', '法律援助联络点'
  (新增15个法律援助联络点), '因程序违法被撤销的重大行政决策';
  a named rate is its own subject ('申请材料减少率', '旅游总收入增幅', '采纳率'); a bare change, share
  or rate written after a level (增长5.2%, 占30.8%, 缩短21.8%) takes the level's subject;
- a level written with 至/到/为 after a change verb but without 由/从 (`压缩至0.5个工作日`,
  `下降0.12个百分点至1.36%`) has no role; `5832件（2023年4917件）` is an after/before pair;
- vague magnitudes: `十余` → 10 more_than, `数十`/`几十` → 10 (×multiplier) more_than, `三十几万` → 300000
  more_than; `翻一番` → change 1 番; a fraction or 成 is a percentage ('三分之二' → 66.67 %, '两成' → 20 %);
- a negative level keeps its sign (`-1.3‰` → '-1.3'), a change keeps its magnitude (`增长-9.4%` →
  '9.4' decrease); `个月` → unit '月', `个工作日` → '工作日', `个百分点` → '百分点';
- a per-N count (`每千名老年人拥有养老床位31.6张`, `每万人口收案85.2件`) and a score in 分 are `other`;
  a per-person duration (`40.5小时/人`) is a `duration` with unit '小时/人'.

Known failures go to KNOWN_FAILURES (strict xfail): when one starts passing, the suite turns red until
the case moves back to its group.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, get_args

import pytest
import regex

from jzreport import extract
from jzreport.records import Approx, Claim, Direction, Kind, Role

Expected = dict[str, Any]
Case = tuple[str, list[Expected]]

NONE_FIELDS = ("approx", "direction", "role")
OPTIONAL_FIELDS = ("baseline", "number", "multiplier", "unit_text")


def c(text: str, value: str, unit: str, kind: str, subject: str | None, **fields: str | None) -> Expected:
    """One expected claim; approx, direction and role are None unless given."""
    unknown = set(fields) - set(NONE_FIELDS) - set(OPTIONAL_FIELDS)
    assert not unknown, f"unknown fields {unknown}"
    base = {"text": text, "value": value, "unit": unit, "kind": kind, "subject": subject}
    return {**base, **dict.fromkeys(NONE_FIELDS), **fields}


# fmt: off
# --- numbers as digits -------------------------------------------------------------------------------
NUMBERS: list[Case] = [
    ("县政务服务中心已进驻中介机构126家，累计发布项目需求845个，成交金额632.5万元。",
     [c("126家", "126", "家", "count", "中介机构"),
      c("845个", "845", "个", "count", "项目需求"),
      c("632.5万元", "6325000", "元", "money", "成交金额")]),
    ("全年共受理行政复议申请326件。", [c("326件", "326", "件", "count", "行政复议申请")]),
    # 送审结算额 holds 审结 across two words: no verb splits it
    ("审计抽查的工程项目送审结算额8426.5万元。",
     [c("8426.5万元", "84265000", "元", "money", "工程项目送审结算额")]),
    ("全县持证行政执法人员1846名，其中法制审核人员92名。",
     [c("1846名", "1846", "名", "count", "持证行政执法人员"),
      c("92名", "92", "名", "count", "法制审核人员")]),
    ("人民调解组织受理矛盾纠纷8416起，调解成功8402起。",
     [c("8416起", "8416", "起", "count", "矛盾纠纷"),
      c("8402起", "8402", "起", "count", "调解成功")]),
    ("全县共有普通高中6所。", [c("6所", "6", "所", "count", "普通高中")]),
    ("城镇常住居民人均可支配收入为54710元。",
     [c("54710元", "54710", "元", "money", "城镇常住居民人均可支配收入")]),
    ("基本每股收益0.42元。", [c("0.42元", "0.42", "元", "money", "基本每股收益")]),
    ("调解成功率达99.9%。", [c("99.9%", "99.9", "%", "percent", "调解成功率")]),
    ("年末全县户籍人口72.16万人。", [c("72.16万人", "721600", "人", "count", "户籍人口")]),
    ("罚没金额3856.7万元。", [c("3856.7万元", "38567000", "元", "money", "罚没金额")]),
    ("全县粮食单产达到432.65公斤。", [c("432.65公斤", "432.65", "公斤", "measure", "粮食单产")]),
    ("人口自然增长率为-1.3‰。", [c("-1.3‰", "-1.3", "‰", "percent", "人口自然增长率")]),
    ("全年出口额增长-9.4%。", [c("9.4%", "9.4", "%", "change", "出口额", direction="decrease")]),
    ("规模以上工业增加值负增长2.1%。",
     [c("2.1%", "2.1", "%", "change", "规模以上工业增加值", direction="decrease")]),
    ("全年办理政务服务事项41.6万件。", [c("41.6万件", "416000", "件", "count", "政务服务事项")]),
    ("全县共有卫生技术人员5318人，其中注册护士2286人。",
     [c("5318人", "5318", "人", "count", "卫生技术人员"),
      c("2286人", "2286", "人", "count", "注册护士")]),
    ("全年行政诉讼败诉案件0件。", [c("0件", "0", "件", "count", "行政诉讼败诉案件")]),
    ("全年审结刑事案件612件，判处罪犯758人。",
     [c("612件", "612", "件", "count", "刑事案件"),
      c("758人", "758", "人", "count", "罪犯")]),
    ("全县新增市场主体3.2万户。", [c("3.2万户", "32000", "户", "count", "市场主体")]),
    ("政务服务事项网上可办率为96.0%。", [c("96.0%", "96.0", "%", "percent", "政务服务事项网上可办率")]),
]

# --- Chinese numerals ----------------------------------------------------------------------------------
CHINESE_NUMERALS: list[Case] = [
    # the 成 of 完成, 建成 ends a verb: ten projects, not "tens of"; a count of projects is no size class
    ("全年完成十个项目，收入完成十二亿七千三百万元，成千家企业受益。",
     [c("十个", "10", "个", "count", "项目"), c("十二亿七千三百万元", "1273000000", "元", "money", "收入"),
      c("成千家", "1000", "家", "count", "企业受益", approx="more_than")]),
    ("为企业避免和挽回经济损失三千四百万元。",
     [c("三千四百万元", "34000000", "元", "money", "经济损失")]),
    ("全县耕地保有量稳定在五十二万六千亩以上。",
     [c("五十二万六千亩", "526000", "亩", "measure", "耕地保有量", approx="more_than")]),
    ("困难群众自付医疗费用下降百分之二十三点四。",
     [c("百分之二十三点四", "23.4", "%", "change", "困难群众自付医疗费用", direction="decrease")]),
    ("组织领导干部旁听庭审两轮。", [c("两轮", "2", "轮", "count", "领导干部旁听庭审")]),
    ("全年因程序违法被撤销的重大行政决策为〇件。",
     [c("〇件", "0", "件", "count", "因程序违法被撤销的重大行政决策")]),
    ("全县共有三名公职律师获评省级优秀。", [c("三名", "3", "名", "count", "公职律师")]),
    ("新增法律援助工作站十二个。", [c("十二个", "12", "个", "count", "法律援助工作站")]),
    ("县法院选派二十五名法官下沉基层。", [c("二十五名", "25", "名", "count", "法官")]),
    ("全年接收社会捐赠款物三千二百万元。", [c("三千二百万元", "32000000", "元", "money", "社会捐赠款物")]),
    ("全县共建成村级综合服务中心一百零八个。",
     [c("一百零八个", "108", "个", "count", "村级综合服务中心")]),
    ("新增就业岗位一万零五百个。", [c("一万零五百个", "10500", "个", "count", "就业岗位")]),
    ("项目投资总额达一亿零五百万元。", [c("一亿零五百万元", "105000000", "元", "money", "项目投资总额")]),
    ("累计培训基层干部两千人次。", [c("两千人次", "2000", "人次", "count", "基层干部")]),
    ("全县森林蓄积量达到二百三十万立方米。",
     [c("二百三十万立方米", "2300000", "立方米", "measure", "森林蓄积量")]),
    ("农村生活污水治理覆盖率达到百分之八十五。",
     [c("百分之八十五", "85", "%", "percent", "农村生活污水治理覆盖率")]),
    ("全县共有乡镇卫生院二十一所、村卫生室三百零六个。",
     [c("二十一所", "21", "所", "count", "乡镇卫生院"),
      c("三百零六个", "306", "个", "count", "村卫生室")]),
    ("开展集中宣传活动十五次。", [c("十五次", "15", "次", "count", "集中宣传活动")]),
    ("合同金额为人民币壹仟贰佰万元整。", [c("壹仟贰佰万元", "12000000", "元", "money", "合同金额")]),
    ("全县划定生态保护红线四百二十平方公里。",
     [c("四百二十平方公里", "420", "平方公里", "measure", "生态保护红线")]),
    # a fraction is no 之一 of a set phrase (措施之一): 不足百分之一 is less than 1%; 但 opens no subject
    ("火灾起数占两成以上,但直接财产损失不足百分之一。",
     [c("两成", "20", "%", "percent", "火灾起数", approx="more_than"),
      c("百分之一", "1", "%", "percent", "直接财产损失", approx="less_than")]),
    # how many kinds went up, down or stayed (五涨二降一平, 三升两降): counts, no changes; 升 is no litre here
    ("十类价格“六涨三降一平”。主要经济指标呈现“四升两降”。",
     [c("十类", "10", "类", "count", "价格"), c("六", "6", "", "count", "价格"), c("三", "3", "", "count", "价格"),
      c("一", "1", "", "count", "价格"), c("四", "4", "", "count", "主要经济指标"),
      c("两", "2", "", "count", "主要经济指标")]),
]

# --- multipliers: 万 亿 千 百万 万亿, and the number/multiplier/unit_text fields --------------------------
MULTIPLIERS: list[Case] = [
    ("全年全县实现地区生产总值512.6亿元。",
     [c("512.6亿元", "51260000000", "元", "money", "地区生产总值",
        number="512.6", multiplier="100000000", unit_text="亿元")]),
    ("全年调处矛盾纠纷1.2万余件。",
     [c("1.2万余件", "12000", "件", "count", "矛盾纠纷", approx="more_than",
        number="1.2", multiplier="10000")]),
    ("全市规上工业总产值突破3千亿元。",
     [c("3千亿元", "300000000000", "元", "money", "规上工业总产值", approx="more_than")]),
    ("本集团营业收入为人民币3,856.2百万元。",
     [c("3,856.2百万元", "3856200000", "元", "money", "营业收入",
        number="3,856.2", multiplier="1000000", unit_text="百万元")]),
    ("年末全县本外币存款余额968.4亿元，比年初增加71.6亿元。",
     [c("968.4亿元", "96840000000", "元", "money", "本外币存款余额"),
      c("71.6亿元", "7160000000", "元", "change", "本外币存款余额", direction="increase", baseline="年初")]),
    ("全国社会物流总额达到360.6万亿元。",
     [c("360.6万亿元", "360600000000000", "元", "money", "社会物流总额")]),
    ("全年旅客运输量612万人次。", [c("612万人次", "6120000", "人次", "count", "旅客运输量")]),
    ("全年节约用电量1260万千瓦时。", [c("1260万千瓦时", "12600000", "千瓦时", "measure", "节约用电量")]),
    ("全县城镇新增就业0.62万人。", [c("0.62万人", "6200", "人", "count", "城镇新增就业")]),
    ("全年实现旅游总收入132.7亿元。", [c("132.7亿元", "13270000000", "元", "money", "旅游总收入")]),
    ("全年实际使用外资3260万美元。", [c("3260万美元", "32600000", "美元", "money", "实际使用外资")]),
    ("新引进港资项目协议投资额5.4亿港元。",
     [c("5.4亿港元", "540000000", "港元", "money", "港资项目协议投资额")]),
    ("累计发放创业担保贷款2千万元。", [c("2千万元", "20000000", "元", "money", "创业担保贷款")]),
    ("年末全县移动电话用户78.3万户。", [c("78.3万户", "783000", "户", "count", "移动电话用户")]),
    ("全年发放宣传资料4.5万册。", [c("4.5万册", "45000", "册", "count", "宣传资料")]),
    ("全年接待国内游客1186万人次。", [c("1186万人次", "11860000", "人次", "count", "国内游客")]),
    # a name that ends in a count's measure word (接待人次) keeps its verb: the measure word alone names nothing
    ("全年景区接待人次达2,346万人次。", [c("2,346万人次", "23460000", "人次", "count", "景区接待人次")]),
    ("组团人次和接待人次分别为8.6万人次、12.4万人次。",
     [c("8.6万人次", "86000", "人次", "count", "组团人次"), c("12.4万人次", "124000", "人次", "count", "接待人次")]),
    # the items named before a count of them (三项) go in order to the figures after 分别; shares said of the items
    # just counted (占比分别为) go to them in order
    ("城镇职工、城乡居民、财政补助三项分别为1.52亿元、0.28亿元和0.66亿元。",
     [c("三项", "3", "项", "count", "城镇职工、城乡居民、财政补助"),
      c("1.52亿元", "152000000", "元", "money", "城镇职工"), c("0.28亿元", "28000000", "元", "money", "城乡居民"),
      c("0.66亿元", "66000000", "元", "money", "财政补助")]),
    ("户外广告14件、印刷品广告6件,占比分别为70.0%和30.0%。",
     [c("14件", "14", "件", "count", "户外广告"), c("6件", "6", "件", "count", "印刷品广告"),
      c("70.0%", "70.0", "%", "percent", "户外广告"), c("30.0%", "30.0", "%", "percent", "印刷品广告")]),
    # a gap to another group after a change over the year is measured against that group
    # (比重提高 is a share's points, set against nothing named)
    ("占比18.2%,比重提高1.2个百分点。",
     [c("18.2%", "18.2", "%", "percent", "占比"),
      c("1.2个百分点", "1.2", "百分点", "change", "比重", direction="increase", baseline=None)]),
    ("月均收入4,860元,比上年增长5.1%,比外地务工人员高420元。",
     [c("4,860元", "4860", "元", "money", "月均收入"),
      c("5.1%", "5.1", "%", "change", "月均收入", direction="increase", baseline="上年"),
      c("420元", "420", "元", "change", "月均收入", direction="increase", baseline="外地务工人员")]),
]

# --- units: measure words ---------------------------------------------------------------------------------
COUNT_UNITS: list[Case] = [
    # buses in standard vehicles (标台) beside their count in 辆
    ("运营公交车1260辆，折合1433标台。",
     [c("1260辆", "1260", "辆", "count", "运营公交车"), c("1433标台", "1433", "标台", "count", "运营公交车")]),
    # blood in units (单位) and platelets in doses (治疗量); archives in pages and reels
    ("全年采集全血12.40万单位，机采血小板1.56万治疗量，报废血液326单位。",
     [c("12.40万单位", "124000", "单位", "count", "采集全血"),
      c("1.56万治疗量", "15600", "治疗量", "count", "机采血小板"),
      c("326单位", "326", "单位", "count", "报废血液")]),
    ("复制档案资料8.5万页，征集录音录像档案420盘。",
     [c("8.5万页", "85000", "页", "count", "复制档案资料"), c("420盘", "420", "盘", "count", "录音录像档案")]),
    # 班 counts flights and classes, but not in 班子 or 三班倒
    ("国际航线每周120班，实行三班倒，调整领导班子3个。",
     [c("120班", "120", "班", "count", "国际航线"), c("3个", "3", "个", "count", "调整领导班子")]),
    # containers in TEU as written; rides in 乘次, archive images in 画幅, files lent in 卷次
    ("集装箱吞吐量412万TEU，地铁全年客运量3.26亿乘次。",
     [c("412万TEU", "4120000", "TEU", "count", "集装箱吞吐量"),
      c("3.26亿乘次", "326000000", "乘次", "count", "地铁全年客运量")]),
    ("完成档案数字化820万画幅，调阅档案1.4万卷次。",
     [c("820万画幅", "8200000", "画幅", "count", "档案数字化"),
      c("1.4万卷次", "14000", "卷次", "count", "调阅档案")]),
    # nouns counted with no measure word; 二期 after a line or a site is a phase of it
    ("市场监管等6部门联合开展检查，覆盖11区县。",
     [c("6", "6", "", "count", "部门"), c("11", "11", "", "count", "区县")]),
    ("五部门联合印发实施方案。", [c("五", "5", "", "count", "部门")]),
    ("地铁5号线二期、数据中心一期年内建成，全省第三次土地调查完成。", []),
    # 台件 (metrology); a phase in brackets is part of a project's name
    ("全年检定计量器具12.3万台件。滨江路工程（三期）完工。",
     [c("12.3万台件", "123000", "台件", "count", "检定计量器具")]),
    ("新增造血干细胞捐献者入库860人份。", [c("860人份", "860", "人份", "count", "造血干细胞捐献者入库")]),
    # two measure words joined by a slash: the count goes by either (件/套); after money it is a price each
    ("区博物馆藏品4.6万件/套，新购展柜28台/套，讲解器租金15元/台，借阅图书8.2万册次。",
     [c("4.6万件/套", "46000", "件/套", "count", "区博物馆藏品"), c("28台/套", "28", "台/套", "count", "新购展柜"),
      c("15元/台", "15", "元", "money", "讲解器租金"), c("8.2万册次", "82000", "册次", "count", "借阅图书")]),
    ("全县共有规模以上工业企业412家。", [c("412家", "412", "家", "count", "规模以上工业企业")]),
    ("办理人大代表建议114条、政协提案166件。",
     [c("114条", "114", "条", "count", "人大代表建议"),
      c("166件", "166", "件", "count", "政协提案")]),
    ("全年举办法治讲座86场。", [c("86场", "86", "场", "count", "法治讲座")]),
    ("查处违法用地案件37宗。", [c("37宗", "37", "宗", "count", "违法用地案件")]),
    ("审查县政府合同协议168份。", [c("168份", "168", "份", "count", "县政府合同协议")]),
    ("随机抽查执法案卷420卷。", [c("420卷", "420", "卷", "count", "执法案卷")]),
    ("全县养老机构床位6840张。", [c("6840张", "6840", "张", "count", "养老机构床位")]),
    ("投放公共自行车3000辆。", [c("3000辆", "3000", "辆", "count", "公共自行车")]),
    ("新建标准化厂房26栋。", [c("26栋", "26", "栋", "count", "标准化厂房")]),
    ("结对帮扶低收入农户2306户。", [c("2306户", "2306", "户", "count", "低收入农户")]),
    ("排查整治安全隐患1286处。", [c("1286处", "1286", "处", "count", "安全隐患")]),
    ("为基层执法队伍配备执法记录仪356台。", [c("356台", "356", "台", "count", "执法记录仪")]),
    ("全县新建学校5所。", [c("5所", "5", "所", "count", "学校")]),
    ("全年开展“综合查一次”联合检查276次。", [c("276次", "276", "次", "count", "“综合查一次”联合检查")]),
    ("组建志愿服务队伍146支。", [c("146支", "146", "支", "count", "志愿服务队伍")]),
    ("全县发生火灾事故31起。", [c("31起", "31", "起", "count", "火灾事故")]),
    ("抽检农产品样品1520批次。", [c("1520批次", "1520", "批次", "count", "农产品样品")]),
    ("出动执法人员3640人次。", [c("3640人次", "3640", "人次", "count", "执法人员")]),
    ("全年组织“法律进企业”活动1236场次。", [c("1236场次", "1236", "场次", "count", "“法律进企业”活动")]),
    ("生猪出栏21.6万头。", [c("21.6万头", "216000", "头", "count", "生猪出栏")]),
    ("举办县管领导干部法治专题培训班3期。", [c("3期", "3", "期", "count", "县管领导干部法治专题培训班")]),
    ("新增法治宣传栏82块。", [c("82块", "82", "块", "count", "法治宣传栏")]),
]

# --- units: money -------------------------------------------------------------------------------------
MONEY: list[Case] = [
    # a currency before an amount with only a multiplier; a round amount in Chinese numerals
    ("资本开支约US$75亿，营收为人民币2.46亿，并处罚金人民币十万元。",
     [c("75亿", "7500000000", "美元", "money", "资本开支", approx="about"),
      c("2.46亿", "246000000", "元", "money", "营收"), c("十万元", "100000", "元", "money", "罚金")]),
    # an amount in brackets before its unit is negative, as accountants write it
    ("本期收回或转回坏账准备(518,200.00)元，净利润（3,215.66）万元。",
     [c("(518,200.00)元", "-518200.00", "元", "money", "本期收回或转回坏账准备"),
      c("（3,215.66）万元", "-32156600", "元", "money", "净利润")]),
    ("兑现各类惠企资金2.86亿元。", [c("2.86亿元", "286000000", "元", "money", "各类惠企资金")]),
    ("最低生活保障标准提高到每人每月860元。", [c("860元", "860", "元", "money", "最低生活保障标准")]),
    ("董事会建议派发末期股息每股12.5港仙。", [c("12.5港仙", "12.5", "港仙", "money", "末期股息")]),
    ("全年进出口总额12.6亿美元。", [c("12.6亿美元", "1260000000", "美元", "money", "进出口总额")]),
    ("全年一般公共预算支出62.15亿元。", [c("62.15亿元", "6215000000", "元", "money", "一般公共预算支出")]),
    ("全体居民人均可支配收入43,286元。", [c("43,286元", "43286", "元", "money", "全体居民人均可支配收入")]),
    ("免罚金额126.45万元。", [c("126.45万元", "1264500", "元", "money", "免罚金额")]),
    ("为农民工追回欠薪2300余万元。",
     [c("2300余万元", "23000000", "元", "money", "欠薪", approx="more_than")]),
    ("归属于本公司股东的净利润为人民币412.6百万元。",
     [c("412.6百万元", "412600000", "元", "money", "归属于本公司股东的净利润")]),
    ("募集资金净额约3.62亿港元。",
     [c("3.62亿港元", "362000000", "港元", "money", "募集资金净额", approx="about")]),
    ("每股派发现金红利0.15元。", [c("0.15元", "0.15", "元", "money", "现金红利")]),
    ("对欧盟出口额1.2亿欧元。", [c("1.2亿欧元", "120000000", "欧元", "money", "对欧盟出口额")]),
    ("执行到位金额9.86亿元。", [c("9.86亿元", "986000000", "元", "money", "执行到位金额")]),
]

# --- units: %, ‰, 百分点, 成, fractions ---------------------------------------------------------------
PERCENT: list[Case] = [
    ("税收收入占比76.2%。", [c("76.2%", "76.2", "%", "percent", "税收收入占比")]),
    ("全年人口出生率为6.0‰。", [c("6.0‰", "6.0", "‰", "percent", "人口出生率")]),
    ("常住人口城镇化率为59.0%。", [c("59.0%", "59.0", "%", "percent", "常住人口城镇化率")]),
    ("小微企业受益金额占比超过七成。",
     [c("七成", "70", "%", "percent", "小微企业受益金额占比", approx="more_than")]),
    ("三分之二以上的村（社区）建成法治文化阵地。",
     [c("三分之二", "66.67", "%", "percent", "村（社区）", approx="more_than")]),
    ("审批时限比法定时限平均压缩1/3以上。",
     [c("1/3", "33.33", "%", "change", "审批时限", approx="more_than", direction="decrease")]),
    ("群众满意率达到百分之九十八。", [c("百分之九十八", "98", "%", "percent", "群众满意率")]),
    ("土地出让收入约占政府性基金收入的三成。",
     [c("三成", "30", "%", "percent", "土地出让收入", approx="about")]),
    ("适龄儿童疫苗接种率为98.56%。", [c("98.56%", "98.56", "%", "percent", "适龄儿童疫苗接种率")]),
    ("空气质量优良天数比例为85.2%。", [c("85.2%", "85.2", "%", "percent", "空气质量优良天数比例")]),
    ("全县行政争议发生率控制在0.6‰以下。",
     [c("0.6‰", "0.6", "‰", "percent", "行政争议发生率", approx="less_than")]),
    ("研究与试验发展经费支出相当于地区生产总值的2.71%。",
     [c("2.71%", "2.71", "%", "percent", "研究与试验发展经费支出")]),
]

# --- units: durations ----------------------------------------------------------------------------------
DURATIONS: list[Case] = [
    ("施工工期240日历天，公示期为15个交易日。",
     [c("240日历天", "240", "日历天", "duration", "施工工期"),
      c("15个交易日", "15", "交易日", "duration", "公示期")]),
    ("企业开办时间压缩至0.5个工作日。", [c("0.5个工作日", "0.5", "工作日", "duration", "企业开办时间")]),
    ("民商事案件平均审理天数为61天。", [c("61天", "61", "天", "duration", "民商事案件平均审理天数")]),
    ("申请人平均等候时间不到15分钟。",
     [c("15分钟", "15", "分钟", "duration", "申请人平均等候时间", approx="less_than")]),
    ("热线平均接通时长为18秒。", [c("18秒", "18", "秒", "duration", "热线平均接通时长")]),
    ("项目建设周期为18个月。", [c("18个月", "18", "月", "duration", "项目建设周期")]),
    ("法律顾问服务期限为3年。", [c("3年", "3", "年", "duration", "法律顾问服务期限")]),
    ("征求意见时间不少于30天。",
     [c("30天", "30", "天", "duration", "征求意见时间", approx="at_least")]),
    ("全年户均停电时间2.5小时。", [c("2.5小时", "2.5", "小时", "duration", "户均停电时间")]),
    ("承诺办结时限平均不超过5个工作日。",
     [c("5个工作日", "5", "工作日", "duration", "承诺办结时限", approx="at_most")]),
    ("新录用执法人员岗前培训不少于60学时。",
     [c("60学时", "60", "学时", "duration", "新录用执法人员岗前培训", approx="at_least")]),
    # the length of a period named after 的 (给予30日的整改期限): a duration of that period, not a day of a month
    ("对发现的问题给予30日的整改期限,新出台的政策均设置不少于15日的适应调整期。",
     [c("30日", "30", "日", "duration", "整改期限"),
      c("15日", "15", "日", "duration", "适应调整期", approx="at_least")]),
]

# --- units: physical measures ---------------------------------------------------------------------------
MEASURES: list[Case] = [
    # 千升 is a unit, like 千克
    ("全年白酒生产量56,213千升。", [c("56,213千升", "56213", "千升", "measure", "白酒生产量")]),
    # energy in Latin letters as written; a rule's bound (不得超过, 不小于)
    ("全年发电量达12.5TWh，额定能量不得超过100Wh，面积不小于90平方米。",
     [c("12.5TWh", "12.5", "TWh", "measure", "发电量"),
      c("100Wh", "100", "Wh", "measure", "额定能量", approx="at_most"),
      c("90平方米", "90", "平方米", "measure", "面积", approx="at_least")]),
    # power in Latin letters keeps its unit as written
    ("光伏新增装机181.3GW，同比增加39.65GW，上网电价0.35元/kWh。",
     [c("181.3GW", "181.3", "GW", "measure", "光伏新增装机"),
      c("39.65GW", "39.65", "GW", "change", "光伏新增装机", direction="increase"),
      c("0.35元/kWh", "0.35", "元", "money", "上网电价")]),
    # a count per km and day is a rate
    ("轨道交通线网客运强度0.86万乘次/公里·日。",
     [c("0.86万乘次/公里·日", "8600", "乘次/公里·日", "other", "轨道交通线网客运强度")]),
    # doses for so many head, visits to sites, household-hours and heat all keep their measure words
    ("全年口蹄疫疫苗8.6万头份,抽查公厕64座次,供热标煤耗40.3千克/吉焦,停电时户数2.4万时户。",
     [c("8.6万头份", "86000", "头份", "count", "口蹄疫疫苗"),
      c("64座次", "64", "座次", "count", "公厕"),
      c("40.3千克/吉焦", "40.3", "千克/吉焦", "measure", "供热标煤耗"),
      c("2.4万时户", "24000", "时户", "count", "停电时户数")]),
    # a price per square metre and month is in 元 (what it is per stays in the span); 年度 is not a second tail
    ("商品住房平均租金为21.4元/平方米/月，居家养老补贴300元/人/月，标准为1.2元/人/年度核定。",
     [c("21.4元/平方米/月", "21.4", "元", "money", "商品住房平均租金"),
      c("300元/人/月", "300", "元", "money", "居家养老补贴"),
      c("1.2元/人", "1.2", "元", "money", "标准")]),
    # a ratio with no unit (PUE) and its change; counts per head are rates
    # figures with no unit by nature: pH, an index in a range, a table column of an index
    ("全市降水pH年均值为5.94，各月指数在43.6～52.8之间波动。",
     [c("5.94", "5.94", "", "other", "降水pH年均值"), c("43.6", "43.6", "", "other", "月指数", role="range_low"),
      c("52.8", "52.8", "", "other", "月指数", role="range_high")]),
    ("县（市、区） | 优良天数比例（%） | 综合指数\n青山县 | 94.8 | 3.26",
     [c("94.8", "94.8", "%", "percent", "青山县优良天数比例"), c("3.26", "3.26", "", "other", "青山县综合指数")]),
    ("数据中心电能利用效率（PUE）降至1.31，较上年下降0.05。",
     [c("1.31", "1.31", "", "other", "数据中心电能利用效率"),
      c("0.05", "0.05", "", "change", "数据中心电能利用效率", direction="decrease", baseline="上年")]),
    ("固定电话普及率为18.2部/百人，每千人拥有养老床位41.5张，家用汽车保有量46.3辆/百户。",
     [c("18.2部/百人", "18.2", "部/百人", "other", "固定电话普及率"),
      c("41.5张", "41.5", "张", "other", "养老床位"),
      c("46.3辆/百户", "46.3", "辆/百户", "other", "家用汽车保有量")]),
    # a magnitude or a wind force on its scale (级), air pressure in 百帕 (百 is no multiplier there)
    ("发生5.2级地震，最大余震3.4级；台风中心附近最大风力13级，中心最低气压960百帕。",
     [c("5.2级", "5.2", "级", "measure", "地震"), c("3.4级", "3.4", "级", "measure", "最大余震"),
      c("13级", "13", "级", "measure", "台风中心附近最大风力"),
      c("960百帕", "960", "百帕", "measure", "中心最低气压")]),
    # decibels written in Latin letters; 千瓦小时 as written
    ("区域环境噪声昼间均值54.6dB(A)，夜间均值46.1dB；全年发电量12.8亿千瓦小时。",
     [c("54.6dB(A)", "54.6", "dB(A)", "measure", "区域环境噪声昼间均值"),
      c("46.1dB", "46.1", "dB", "measure", "夜间均值"),
      c("12.8亿千瓦小时", "1280000000", "千瓦小时", "measure", "发电量")]),
    # ℃ as written; containers are counted in 标准箱, a measure word of its own
    ("港口完成集装箱吞吐量86.4万标准箱，全年平均气温17.2℃，较常年偏高0.6℃。",
     [c("86.4万标准箱", "864000", "标准箱", "count", "集装箱吞吐量"),
      c("17.2℃", "17.2", "℃", "measure", "平均气温"),
      c("0.6℃", "0.6", "℃", "change", "平均气温", direction="increase", baseline="常年")]),
    ("全年完成造林绿化1280公顷。", [c("1280公顷", "1280", "公顷", "measure", "造林绿化")]),
    ("拆除违法建设2.36万平方米。", [c("2.36万平方米", "23600", "平方米", "measure", "违法建设")]),
    ("新改建农村公路58.6公里。", [c("58.6公里", "58.6", "公里", "measure", "农村公路")]),
    ("全年生活垃圾无害化处理量23.8万吨。",
     [c("23.8万吨", "238000", "吨", "measure", "生活垃圾无害化处理量")]),
    ("全县综合能源消费量为86.4万吨标准煤。",
     [c("86.4万吨标准煤", "864000", "吨标准煤", "measure", "综合能源消费量")]),
    ("违法用地涉及土地126.8亩。", [c("126.8亩", "126.8", "亩", "measure", "土地")]),
    ("全社会用电量38.6亿千瓦时。", [c("38.6亿千瓦时", "3860000000", "千瓦时", "measure", "全社会用电量")]),
    ("人均体育场地面积2.72平方米。", [c("2.72平方米", "2.72", "平方米", "measure", "人均体育场地面积")]),
    ("新增污水管网12.5千米。", [c("12.5千米", "12.5", "千米", "measure", "污水管网")]),
    ("新增光伏装机容量45兆瓦。", [c("45兆瓦", "45", "兆瓦", "measure", "光伏装机容量")]),
    ("日处理污水能力达到5万立方米。", [c("5万立方米", "50000", "立方米", "measure", "日处理污水能力")]),
    ("细颗粒物年平均浓度为29微克/立方米。",
     [c("29微克/立方米", "29", "微克/立方米", "measure", "细颗粒物年平均浓度")]),
    ("全年粮食总产量23.8万吨，其中夏粮9.6万吨。",
     [c("23.8万吨", "238000", "吨", "measure", "粮食总产量"),
      c("9.6万吨", "96000", "吨", "measure", "夏粮")]),
]

# --- compound units, per-N counts, scores -----------------------------------------------------------------
COMPOUND: list[Case] = [
    # a figure in two scales, the second one place down: 5万5千, 1亿2千万
    ("全年受理约5萬5千宗，总投资1亿2千万元。",
     [c("5萬5千宗", "55000", "宗", "count", "受理", approx="about"),
      c("1亿2千万元", "120000000", "元", "money", "总投资")]),
    ("行政执法人员年度培训学时达到40.5小时/人。",
     [c("40.5小时/人", "40.5", "小时/人", "duration", "行政执法人员年度培训学时")]),
    ("每千名老年人拥有养老床位31.6张。", [c("31.6张", "31.6", "张", "other", "养老床位")]),
    ("全县每万人口收案85.2件。", [c("85.2件", "85.2", "件", "other", "收案")]),
    ("国家工作人员学法考试平均成绩86.4分。",
     [c("86.4分", "86.4", "分", "other", "国家工作人员学法考试平均成绩")]),
    ("每千人口拥有执业（助理）医师3.08人。", [c("3.08人", "3.08", "人", "other", "执业（助理）医师")]),
]

# --- qualifiers -------------------------------------------------------------------------------------------
QUALIFIERS: list[Case] = [
    # the bounds of a rule: 不得超过, 不能低于, with a period between the bound and the figure
    ("补贴金额不能超过每月1500元，首付比例不得低于20%。",
     [c("1500元", "1500", "元", "money", "补贴金额", approx="at_most"),
      c("20%", "20", "%", "percent", "首付比例", approx="at_least")]),
    # a bound that stands before a share phrase (不低于…的80%); 减轻 a change of what it lightens
    ("分红比例原则上不低于当年可分配利润的40%，年均减轻群众负担约2.3亿元。",
     [c("40%", "40", "%", "percent", "分红比例", approx="at_least"),
      c("2.3亿元", "230000000", "元", "change", "群众负担", approx="about", direction="decrease")]),
    ("累计排查各类法律风险160余项。", [c("160余项", "160", "项", "count", "各类法律风险", approx="more_than")]),
    ("配备兼职网格员4200多名。", [c("4200多名", "4200", "名", "count", "兼职网格员", approx="more_than")]),
    ("组织三十多家企业参加招聘会。", [c("三十多家", "30", "家", "count", "企业", approx="more_than")]),
    ("力争新增经营主体逾2000家。", [c("2000家", "2000", "家", "count", "经营主体", approx="more_than")]),
    ("网上办理比例超过98%。", [c("98%", "98", "%", "percent", "网上办理比例", approx="more_than")]),
    ("城乡居民基本医疗保险参保率稳定在95%以上。",
     [c("95%", "95", "%", "percent", "城乡居民基本医疗保险参保率", approx="more_than")]),
    ("普法活动受众约15.6万人次。",
     [c("15.6万人次", "156000", "人次", "count", "普法活动受众", approx="about")]),
    ("民法典专题宣讲惠及群众近3万人。", [c("3万人", "30000", "人", "count", "群众", approx="about")]),
    ("涉企行政检查总量压减10%左右。",
     [c("10%", "10", "%", "change", "涉企行政检查总量", approx="about", direction="decrease")]),
    ("全县执业律师不足300人。", [c("300人", "300", "人", "count", "执业律师", approx="less_than")]),
    ("基层法律服务所执业人员平均不到4人。",
     [c("4人", "4", "人", "count", "基层法律服务所执业人员", approx="less_than")]),
    ("高频事项办理时间控制在3个工作日以下。",
     [c("3个工作日", "3", "工作日", "duration", "高频事项办理时间", approx="less_than")]),
    ("全县至少配备20名公职律师。", [c("20名", "20", "名", "count", "公职律师", approx="at_least")]),
    ("全年开展领导干部专题法治培训不少于4次。",
     [c("4次", "4", "次", "count", "领导干部专题法治培训", approx="at_least")]),
    ("试点范围最多扩大到5个乡镇。", [c("5个", "5", "个", "count", "乡镇", approx="at_most")]),
    ("单笔贷款金额不超过300万元。",
     [c("300万元", "3000000", "元", "money", "单笔贷款金额", approx="at_most")]),
    ("城镇调查失业率控制在5.5%以内。",
     [c("5.5%", "5.5", "%", "percent", "城镇调查失业率", approx="at_most")]),
    ("全县经营主体总量突破10万户。",
     [c("10万户", "100000", "户", "count", "经营主体总量", approx="more_than")]),
    ("超八成村（社区）建成法治文化阵地。",
     [c("八成", "80", "%", "percent", "村（社区）", approx="more_than")]),
    ("发放法治宣传册1万多份。", [c("1万多份", "10000", "份", "count", "法治宣传册", approx="more_than")]),
    ("综合满意率不低于95%。", [c("95%", "95", "%", "percent", "综合满意率", approx="at_least")]),
    ("全县村级集体经济年收入超过50万元。",
     [c("50万元", "500000", "元", "money", "村级集体经济年收入", approx="more_than")]),
    ("调解成功率高达99.3%。", [c("99.3%", "99.3", "%", "percent", "调解成功率")]),
    ("全县共有各类市场主体约5.6万户，其中企业1.8万余户。",
     [c("5.6万户", "56000", "户", "count", "各类市场主体", approx="about"),
      c("1.8万余户", "18000", "户", "count", "企业", approx="more_than")]),
]

# --- vague magnitudes -------------------------------------------------------------------------------------
VAGUE: list[Case] = [
    ("组织十余家银行机构开展政银企对接。",
     [c("十余家", "10", "家", "count", "银行机构", approx="more_than")]),
    ("帮助数十家科技型企业获得信用贷款。",
     [c("数十家", "10", "家", "count", "科技型企业", approx="more_than")]),
    ("带动社会资本投入几十亿元。",
     [c("几十亿元", "1000000000", "元", "money", "社会资本投入", approx="more_than")]),
    ("吸引数百名青年返乡创业。", [c("数百名", "100", "名", "count", "青年", approx="more_than")]),
    ("为群众挽回经济损失三十几万元。",
     [c("三十几万元", "300000", "元", "money", "经济损失", approx="more_than")]),
]

# --- before/after pairs -------------------------------------------------------------------------------------
BEFORE_AFTER: list[Case] = [
    ("涉企证明事项由84项减少至14项，减少率83.3%。",
     [c("84项", "84", "项", "count", "涉企证明事项", role="before"),
      c("14项", "14", "项", "count", "涉企证明事项", role="after"),
      c("83.3%", "83.3", "%", "change", "减少率", direction="decrease")]),
    ("信访积案从428件减少到63件。",
     [c("428件", "428", "件", "count", "信访积案", role="before"),
      c("63件", "63", "件", "count", "信访积案", role="after")]),
    ("个体工商户登记申请材料由原来的12份精简到5份。",
     [c("12份", "12", "份", "count", "个体工商户登记申请材料", role="before"),
      c("5份", "5", "份", "count", "个体工商户登记申请材料", role="after")]),
    ("县法院全年受理各类案件5832件（2023年4917件）。",
     [c("5832件", "5832", "件", "count", "各类案件", role="after"),
      c("4917件", "4917", "件", "count", "各类案件", role="before")]),
    ("学前教育毛入园率由91.2%提高到98.5%。",
     [c("91.2%", "91.2", "%", "percent", "学前教育毛入园率", role="before"),
      c("98.5%", "98.5", "%", "percent", "学前教育毛入园率", role="after")]),
    ("民商事案件平均审理天数由78天缩短至61天，缩短21.8%。",
     [c("78天", "78", "天", "duration", "民商事案件平均审理天数", role="before"),
      c("61天", "61", "天", "duration", "民商事案件平均审理天数", role="after"),
      c("21.8%", "21.8", "%", "change", "民商事案件平均审理天数", direction="decrease")]),
    ("审理期限由原来的三个月缩短为两个月。",
     [c("三个月", "3", "月", "duration", "审理期限", role="before"),
      c("两个月", "2", "月", "duration", "审理期限", role="after")]),
    ("城乡居民收入比由上年的1.92:1缩小为1.89:1。",
     [c("1.92", "1.92", "", "ratio", "城乡居民收入比", role="before"),
      c("1", "1", "", "ratio", "城乡居民收入比", role="before"),
      c("1.89", "1.89", "", "ratio", "城乡居民收入比", role="after"),
      c("1", "1", "", "ratio", "城乡居民收入比", role="after")]),
    # a rank said before its move (由上年的第11位升至第7位); a count of conscripts (名 before 义务兵, not 名义); one
    # accident (事故一起, not 一起 "together")
    ("学院由上年的第11位升至第7位。",
     [c("第11位", "11", "位", "rank", "学院", role="before"), c("第7位", "7", "位", "rank", "学院", role="after")]),
    ("为当年入伍的187名义务兵家庭发放优待金。", [c("187名", "187", "名", "count", "义务兵家庭")]),
    ("全年发生一般生产安全事故一起、死亡一人。",
     [c("一起", "1", "起", "count", "一般生产安全事故"), c("一人", "1", "人", "count", "死亡")]),
    # a ratio of two named figures (之比) is a ratio however it is written, and its change has no unit
    ("高收入组与低收入组人均可支配收入之比为8.65，比上年缩小0.21。",
     [c("8.65", "8.65", "", "ratio", "高收入组与低收入组人均可支配收入之比"),
      c("0.21", "0.21", "", "change", "高收入组与低收入组人均可支配收入之比", direction="decrease")]),
    ("城乡居民收入倍差由上年的2.05缩小到2.01,比2020年缩小0.12。",
     [c("2.05", "2.05", "", "ratio", "城乡居民收入倍差", role="before"),
      c("2.01", "2.01", "", "ratio", "城乡居民收入倍差", role="after"),
      c("0.12", "0.12", "", "change", "城乡居民收入倍差", direction="decrease")]),
    # a rate per ten thousand vehicles is written as a plain decimal
    ("万车死亡率由上年的1.15下降至0.98,下降0.17。",
     [c("1.15", "1.15", "", "other", "万车死亡率", role="before"),
      c("0.98", "0.98", "", "other", "万车死亡率", role="after"),
      c("0.17", "0.17", "", "change", "万车死亡率", direction="decrease")]),
    ("全县中小学校由原来的82所调整为70所。",
     [c("82所", "82", "所", "count", "中小学校", role="before"),
      c("70所", "70", "所", "count", "中小学校", role="after")]),
    ("人均体育场地面积由2020年的1.9平方米增至2.72平方米。",
     [c("1.9平方米", "1.9", "平方米", "measure", "人均体育场地面积", role="before"),
      c("2.72平方米", "2.72", "平方米", "measure", "人均体育场地面积", role="after")]),
    ("行政复议案件由上年的255件增加至298件，增长16.9%。",
     [c("255件", "255", "件", "count", "行政复议案件", role="before"),
      c("298件", "298", "件", "count", "行政复议案件", role="after"),
      c("16.9%", "16.9", "%", "change", "行政复议案件", direction="increase")]),
    ("资产负债率由上年末的41.3%下降至38.6%，下降2.7个百分点。",
     [c("41.3%", "41.3", "%", "percent", "资产负债率", role="before"),
      c("38.6%", "38.6", "%", "percent", "资产负债率", role="after"),
      c("2.7个百分点", "2.7", "百分点", "change", "资产负债率", direction="decrease")]),
    ("营业收入为人民币3,856.2百万元，同比增长12.4%（2023年：人民币3,430.8百万元）。",
     [c("3,856.2百万元", "3856200000", "元", "money", "营业收入", role="after"),
      c("12.4%", "12.4", "%", "change", "营业收入", direction="increase", baseline="同比"),
      c("3,430.8百万元", "3430800000", "元", "money", "营业收入", role="before")]),
    ("县级执法队伍由原来的17支整合为9支。",
     [c("17支", "17", "支", "count", "县级执法队伍", role="before"),
      c("9支", "9", "支", "count", "县级执法队伍", role="after")]),
    # a day's figure between a total and the year before's: the earlier value is the total's, no pair with the day's
    ("全年处理污水3.65亿吨,日均处理100.0万吨,上年同期为3.40亿吨,同比增长7.4%。",
     [c("3.65亿吨", "365000000", "吨", "measure", "污水"),
      c("100.0万吨", "1000000", "吨", "measure", "日均处理"),
      c("3.40亿吨", "340000000", "吨", "measure", "污水"),
      c("7.4%", "7.4", "%", "change", "污水", direction="increase")]),
]

# --- ranges, and what is not a range ------------------------------------------------------------------------
RANGES: list[Case] = [
    # the level held in a band: 维持在 is no part of the subject, and the band is not what is measured
    ("粗钢日均产量维持在240万—250万吨区间。",
     [c("240万", "2400000", "吨", "measure", "粗钢日均产量", role="range_low"),
      c("250万吨", "2500000", "吨", "measure", "粗钢日均产量", role="range_high")]),
    ("预计全年清理拖欠企业账款8.6亿元至9.1亿元。",
     [c("8.6亿元", "860000000", "元", "money", "拖欠企业账款", role="range_low"),
      c("9.1亿元", "910000000", "元", "money", "拖欠企业账款", role="range_high")]),
    ("各基层法庭简易程序适用率保持在85%-95%之间。",
     [c("85%", "85", "%", "percent", "基层法庭简易程序适用率", role="range_low"),
      c("95%", "95", "%", "percent", "基层法庭简易程序适用率", role="range_high")]),
    # 45日 is more days than a month has: 30至45日 is a span of days, not the 30th
    ("对一般案件,办案周期控制在30至45日。",
     [c("30", "30", "日", "duration", "办案周期", role="range_low"),
      c("45日", "45", "日", "duration", "办案周期", role="range_high")]),
    ("涉企审批事项承诺办结时限为10至60个工作日。",
     [c("10", "10", "工作日", "duration", "涉企审批事项承诺办结时限", role="range_low"),
      c("60个工作日", "60", "工作日", "duration", "涉企审批事项承诺办结时限", role="range_high")]),
    ("资本开支预计介于人民币6亿元至7亿元。",
     [c("6亿元", "600000000", "元", "money", "资本开支", role="range_low"),
      c("7亿元", "700000000", "元", "money", "资本开支", role="range_high")]),
    ("项目补助金额为50万～200万元。",
     [c("50万", "500000", "元", "money", "项目补助金额", role="range_low"),
      c("200万元", "2000000", "元", "money", "项目补助金额", role="range_high")]),
    ("每亩补贴标准为100-150元。",
     [c("100", "100", "元", "money", "补贴标准", role="range_low"),
      c("150元", "150", "元", "money", "补贴标准", role="range_high")]),
    ("农村危房改造补助标准为每户1.5万至3万元。",
     [c("1.5万", "15000", "元", "money", "农村危房改造补助标准", role="range_low"),
      c("3万元", "30000", "元", "money", "农村危房改造补助标准", role="range_high")]),
    ("力争全县地区生产总值增长5%-5.5%。",
     [c("5%", "5", "%", "change", "地区生产总值", direction="increase", role="range_low"),
      c("5.5%", "5.5", "%", "change", "地区生产总值", direction="increase", role="range_high")]),
    ("当日公司股价下跌2.15%至48.30元。",
     [c("2.15%", "2.15", "%", "change", "公司股价", direction="decrease"),
      c("48.30元", "48.30", "元", "money", "公司股价")]),
    ("不良贷款率下降0.12个百分点至1.36%。",
     [c("0.12个百分点", "0.12", "百分点", "change", "不良贷款率", direction="decrease"),
      c("1.36%", "1.36", "%", "percent", "不良贷款率")]),
]

# --- changes: direction and baseline ---------------------------------------------------------------------
CHANGES: list[Case] = [
    # an amount of change, then the level it led to, is no range; 多出 compares and qualifies nothing (nor names)
    ("失业人数增加约3,700人至121,400人。较预算的544亿元多出472亿元。",
     [c("3,700人", "3700", "人", "change", "失业人数", direction="increase", approx="about"),
      c("121,400人", "121400", "人", "count", "失业人数"),
      c("544亿元", "54400000000", "元", "money", None),
      c("472亿元", "47200000000", "元", "change", None, direction="increase")]),
    # 多 and 少 right after the figure compared with compare; after a figure compared with nothing, 多 is "more than"
    ("收到申请58件,比2022年的43件多15件；支出比上年的96万元少了7万元；来信120件多。",
     [c("58件", "58", "件", "count", "申请"),
      c("43件", "43", "件", "count", "申请"),
      c("15件", "15", "件", "change", "申请", direction="increase"),
      c("96万元", "960000", "元", "money", "支出"),
      c("7万元", "70000", "元", "change", "支出", direction="decrease"),
      c("120件", "120", "件", "count", "来信", approx="more_than")]),
    # 偏长 and 偏短 set a season's length against its normal, as 偏多 and 偏少 do its rain
    ("梅雨期38天,较常年偏长12天;无霜期196天,较常年偏短9天。",
     [c("38天", "38", "天", "duration", "梅雨期"),
      c("12天", "12", "天", "change", "梅雨期", direction="increase", baseline="常年"),
      c("196天", "196", "天", "duration", "无霜期"),
      c("9天", "9", "天", "change", "无霜期", direction="decrease", baseline="常年")]),
    # 增支 and 减支, spending more and less than before, are changes like 增收 and 减收
    ("基金支出完成8.51亿元,比上年增支0.37亿元;债务付息支出比上年减支1,260万元。",
     [c("8.51亿元", "851000000", "元", "money", "基金支出"),
      c("0.37亿元", "37000000", "元", "change", "基金支出", direction="increase"),
      c("1,260万元", "12600000", "元", "change", "债务付息支出", direction="decrease")]),
    # a change on average is still a change
    ("平均减少申报材料6份。", [c("6份", "6", "份", "change", "材料", direction="decrease")]),
    # year and quarter on year in Latin letters, a compound growth rate, the colloquial 涨 and 跌, a level over
    # its warning mark
    ("GMV达3.2万亿元，YoY +9.8%，QoQ -2.1%，CAGR约38%；营业额涨了12%，票价跌了5%；水位超警戒水位2.62米。",
     [c("3.2万亿元", "3200000000000", "元", "money", "GMV"),
      c("9.8%", "9.8", "%", "change", "GMV", direction="increase"),
      c("-2.1%", "2.1", "%", "change", "GMV", direction="decrease"),
      c("38%", "38", "%", "change", "CAGR", direction="increase", approx="about"),
      c("12%", "12", "%", "change", "营业额", direction="increase"),
      c("5%", "5", "%", "change", "票价", direction="decrease"),
      c("2.62米", "2.62", "米", "change", "水位", direction="increase")]),
    # a rise per head; a total paid out of what was just named
    ("月人均增加养老金约89元。每10股派发现金红利1.75元，共计派发47,160,050.00元。",
     [c("89元", "89", "元", "change", "月人均增加养老金", approx="about", direction="increase"),
      c("1.75元", "1.75", "元", "money", "现金红利"), c("47,160,050.00元", "47160050.00", "元", "money", "现金红利")]),
    # by how much a limit is exceeded is a change
    ("二氧化硫排放浓度超过规定限值0.89倍，人均消费超出标准约3倍。",
     [c("0.89倍", "0.89", "倍", "change", "二氧化硫排放浓度", direction="increase"),
      c("3倍", "3", "倍", "change", "人均消费", direction="increase", approx="about")]),
    # points ahead of or behind a plan are a change; a share over the plan (超过计划百分之五) is not
    ("完成投资419.5亿元，超年度计划14.2个百分点，增速低于预期0.3个百分点。",
     [c("419.5亿元", "41950000000", "元", "money", "投资"),
      c("14.2个百分点", "14.2", "百分点", "change", "投资", direction="increase"),
      c("0.3个百分点", "0.3", "百分点", "change", "投资增速", direction="decrease")]),
    # the same change restated in another unit in brackets; 提速 faster: more speed, less time
    ("全县耕地较上年末净增加0.84万公顷（12.6万亩）。",
     [c("0.84万公顷", "8400", "公顷", "change", "耕地", direction="increase", baseline="上年末"),
      c("12.6万亩", "126000", "亩", "change", "耕地", direction="increase", baseline="上年末")]),
    ("企业开办时间较上年再提速0.5个工作日，出口退税办理较上年提速两成，全年提速改造12项工程。",
     [c("0.5个工作日", "0.5", "工作日", "change", "企业开办时间", direction="decrease", baseline="上年"),
      c("两成", "20", "%", "change", "出口退税办理", direction="increase", baseline="上年"),
      c("12项", "12", "项", "count", "工程")]),
    # a named rate of going down (下浮率); a rate per ten thousand of nothing stays without a unit
    ("中标下浮率8.5%，万台设备死亡率为0。",
     [c("8.5%", "8.5", "%", "change", "中标下浮率", direction="decrease"),
      c("0", "0", "", "other", "万台设备死亡率")]),
    # a cut of an object named with its year (压减2025年预算资金); a difference said against another figure (较…高出)
    ("对绩效差的项目，相应压减2025年预算资金1850万元。自评平均得分90.6分，较抽查得分高出4.2分。",
     [c("1850万元", "18500000", "元", "change", "预算资金", direction="decrease"),
      c("90.6分", "90.6", "分", "other", "自评平均得分"),
      c("4.2分", "4.2", "分", "change", "自评平均得分", direction="increase")]),
    # the items of a list led by the name of a growth rate (增速：) are changes; a negative one fell;
    # 高于全省平均水平2.3张 is a change against that level
    ("前三季度各县固定资产投资增速：东县8.6%，西县-2.4%。每千名老年人拥有养老床位35.2张，低于全省平均水平1.6张。",
     [c("8.6%", "8.6", "%", "change", "东县", direction="increase"),
      c("2.4%", "2.4", "%", "change", "西县", direction="decrease"),
      c("35.2张", "35.2", "张", "other", "养老床位"),
      c("1.6张", "1.6", "张", "change", "养老床位", direction="decrease")]),
    # Taiwan usage: 年增, 年減 and 上修 are changes, 年增率 a named change rate (normalised to simplified)
    ("出口年增3.6%，進口年減1.2%，經濟成長率上修0.25個百分點，民間消費年增率為2.8%。",
     [c("3.6%", "3.6", "%", "change", "出口", direction="increase"),
      c("1.2%", "1.2", "%", "change", "進口", direction="decrease"),
      c("0.25個百分點", "0.25", "百分點", "change", "經濟成長率", direction="increase"),
      c("2.8%", "2.8", "%", "change", "民間消費年增率", direction="increase")]),
    # against the normal of a climate figure (偏多/偏少 without 较常年), a further planned change (再降), 减亏
    ("年均降水量1368毫米，偏少9.5%；日照时数1890小时，偏多76小时。力争全年事故起数再降10%以上，国有企业减亏2.3亿元。",
     [c("1368毫米", "1368", "毫米", "measure", "年均降水量"),
      c("9.5%", "9.5", "%", "change", "年均降水量", direction="decrease"),
      c("1890小时", "1890", "小时", "duration", "日照时数"),
      c("76小时", "76", "小时", "change", "日照时数", direction="increase"),
      c("10%", "10", "%", "change", "事故起数", direction="decrease", approx="more_than"),
      c("2.3亿元", "230000000", "元", "change", "国有企业", direction="decrease")]),
    # 个 repeated with each figure, 百分点 once at the end: every figure is in points
    ("资本充足率、一级资本充足率和核心一级资本充足率分别高于监管要求3.12个、2.48个和1.96个百分点。",
     [c("3.12个", "3.12", "百分点", "change", "资本充足率", direction="increase"),
      c("2.48个", "2.48", "百分点", "change", "一级资本充足率", direction="increase"),
      c("1.96个百分点", "1.96", "百分点", "change", "核心一级资本充足率", direction="increase")]),
    # 增减分别为: each sign says its own way
    ("净利率比上年增减分别为1.35个百分点和-0.42个百分点。",
     [c("1.35个百分点", "1.35", "百分点", "change", "净利率", direction="increase"),
      c("-0.42个百分点", "0.42", "百分点", "change", "净利率", direction="decrease")]),
    ("全县实现地区生产总值512.6亿元，比上年增长5.8%。",
     [c("512.6亿元", "51260000000", "元", "money", "地区生产总值"),
      c("5.8%", "5.8", "%", "change", "地区生产总值", direction="increase", baseline="上年")]),
    ("行政诉讼败诉率较上年下降1.2个百分点。",
     [c("1.2个百分点", "1.2", "百分点", "change", "行政诉讼败诉率", direction="decrease", baseline="上年")]),
    ("一审行政诉讼案件142件，同比减少7件。",
     [c("142件", "142", "件", "count", "一审行政诉讼案件"),
      c("7件", "7", "件", "change", "一审行政诉讼案件", direction="decrease", baseline="同比")]),
    ("知识产权案件收案增长了近4倍。",
     [c("4倍", "4", "倍", "change", "知识产权案件收案", approx="about", direction="increase")]),
    ("金融借款合同纠纷收案上升2.5倍。",
     [c("2.5倍", "2.5", "倍", "change", "金融借款合同纠纷收案", direction="increase")]),
    ("受援群众人数较2020年翻一番。",
     [c("翻一番", "1", "番", "change", "受援群众人数", direction="increase", baseline="2020年")]),
    ("项目审批办件时长较2023年降低23%。",
     [c("23%", "23", "%", "change", "项目审批办件时长", direction="decrease", baseline="2023年")]),
    ("全县刑事案件发案数降幅达8.7%。",
     [c("8.7%", "8.7", "%", "change", "刑事案件发案数降幅", direction="decrease")]),
    ("规上工业增加值增速为7.1%。",
     [c("7.1%", "7.1", "%", "change", "规上工业增加值增速", direction="increase")]),
    ("年末城镇职工基本养老保险参保人数增加0.86万人。",
     [c("0.86万人", "8600", "人", "change", "城镇职工基本养老保险参保人数", direction="increase")]),
    ("常住人口城镇化率比上年末提高0.8个百分点。",
     [c("0.8个百分点", "0.8", "百分点", "change", "常住人口城镇化率", direction="increase",
        baseline="上年末")]),
    ("12月份居民消费价格指数环比上涨0.3%。",
     [c("0.3%", "0.3", "%", "change", "居民消费价格指数", direction="increase", baseline="环比")]),
    ("全年税收收入增加1.2亿元。",
     [c("1.2亿元", "120000000", "元", "change", "税收收入", direction="increase")]),
    ("工程建设项目审批时间压缩60%。",
     [c("60%", "60", "%", "change", "工程建设项目审批时间", direction="decrease")]),
    ("生猪出栏21.6万头，下降4.2%。",
     [c("21.6万头", "216000", "头", "count", "生猪出栏"),
      c("4.2%", "4.2", "%", "change", "生猪出栏", direction="decrease")]),
    ("跨境电商交易额增长了两倍。", [c("两倍", "2", "倍", "change", "跨境电商交易额", direction="increase")]),
    ("申请材料减少率达62.5%。", [c("62.5%", "62.5", "%", "change", "申请材料减少率", direction="decrease")]),
    # 节资率 is 节约率 in procurement reports: the saving against the budget
    ("政府采购平均节资率6.8%。", [c("6.8%", "6.8", "%", "change", "政府采购平均节资率", direction="decrease")]),
    ("全年旅游总收入增幅为11.2%。",
     [c("11.2%", "11.2", "%", "change", "旅游总收入增幅", direction="increase")]),
    ("城镇居民人均可支配收入比农村居民高25775元。",
     [c("25775元", "25775", "元", "change", "城镇居民人均可支配收入", direction="increase")]),
    ("社会消费品零售总额186.3亿元，增长5.2%。",
     [c("186.3亿元", "18630000000", "元", "money", "社会消费品零售总额"),
      c("5.2%", "5.2", "%", "change", "社会消费品零售总额", direction="increase")]),
    ("全县生产安全事故起数同比减少5起。",
     [c("5起", "5", "起", "change", "生产安全事故起数", direction="decrease", baseline="同比")]),
    ("罚没金额同比下降9.4%。",
     [c("9.4%", "9.4", "%", "change", "罚没金额", direction="decrease", baseline="同比")]),
    ("经营活动现金流量净额同比减少约6%。",
     [c("6%", "6", "%", "change", "经营活动现金流量净额", approx="about", direction="decrease",
        baseline="同比")]),
    ("涉企现场检查频次同比减少两成。",
     [c("两成", "20", "%", "change", "涉企现场检查频次", direction="decrease", baseline="同比")]),
    ("全县高新技术企业236家，比上年末增加31家。",
     [c("236家", "236", "家", "count", "高新技术企业"),
      c("31家", "31", "家", "change", "高新技术企业", direction="increase", baseline="上年末")]),
    # 递增 in older reports; a year right before an amount is no date (1990年1.46亿 is not 1990.1.46)
    ("全市国内生产总值年均递增16.2%，出口创汇是1990年1.46亿美元的近4倍。",
     [c("16.2%", "16.2", "%", "change", "国内生产总值", direction="increase"),
      c("1.46亿美元", "146000000", "美元", "money", "出口创汇"),
      c("4倍", "4", "倍", "change", "出口创汇", approx="about", direction="increase")]),
    # 节能 names a kind of things counted (节能管理制度不健全29个); a saving is of an amount (节能1.2万吨标准煤)
    ("发现问题137个,其中计量器具不全41个、节能管理制度不健全29个。",
     [c("137个", "137", "个", "count", "问题"),
      c("41个", "41", "个", "count", "计量器具不全"),
      c("29个", "29", "个", "count", "节能管理制度不健全")]),
    # a run of unitless decimals after their name (系数分别为A和B, …的C和D) holds them all
    ("全县综合差异系数分别为0.391和0.326,较上年的0.468和0.396均有下降。",
     [c("0.391", "0.391", "", "other", "综合差异系数", role="after"),
      c("0.326", "0.326", "", "other", "综合差异系数", role="after"),
      c("0.468", "0.468", "", "other", "综合差异系数", role="before"),
      c("0.396", "0.396", "", "other", "综合差异系数", role="before")]),
]

# --- ratios and ranks ---------------------------------------------------------------------------------------
RATIOS_RANKS: list[Case] = [
    # places moved in a ranking are counted in 位次, whose 个 is only a classifier; a place itself has no unit
    ("营商环境评价排名较上年前移3个位次，居全市第4位。",
     [c("3个位次", "3", "位次", "change", "营商环境评价排名", direction="increase"),
      c("4位", "4", "位", "rank", "营商环境评价排名")]),
    # a place among the years since a year of record (列1961年以来同期第2位); weather counted in station-days
    ("年平均气温16.8℃,列1961年以来同期第2位。全市共出现暴雨186站日。",
     [c("16.8℃", "16.8", "℃", "measure", "年平均气温"), c("2位", "2", "位", "rank", "年平均气温"),
      c("186站日", "186", "站日", "count", "暴雨")]),
    # a ratio named by a rate before it or by 的比例 after it
    ("杠杆率达1:9。",
     [c("1", "1", "", "ratio", "杠杆率"), c("9", "9", "", "ratio", "杠杆率")]),
    # four terms whose first three look like a time of day (44:38:12) are all terms of one ratio
    ("交易额结构比为44:38:12:6。",
     [c("44", "44", "", "ratio", "交易额结构比"), c("38", "38", "", "ratio", "交易额结构比"),
      c("12", "12", "", "ratio", "交易额结构比"), c("6", "6", "", "ratio", "交易额结构比")]),
    # places shared out by 分列; the place by size among things of a kind (第二大出口市场)
    ("江苏、山东分列第二、第三位，欧盟是该省第二大出口市场。",
     [c("二", "2", "", "rank", "江苏、山东"), c("三位", "3", "位", "rank", "江苏、山东"),
      c("二", "2", "", "rank", "出口市场")]),
    # the topic before 在 is what is ranked among the group; an appraisal names the place
    ("新建充电桩260个，县高新区在全省98个省级园区综合评价中位列第7位，在全市营商环境考核中排名第二。",
     [c("260个", "260", "个", "count", "充电桩"), c("98个", "98", "个", "count", "省级园区综合评价"),
      c("7位", "7", "位", "rank", "县高新区"), c("二", "2", "", "rank", "营商环境考核")]),
    # two places in a list, each among its own group
    ("进出口规模居全国第11位、中部地区第2位。",
     [c("11位", "11", "位", "rank", "进出口规模"), c("2位", "2", "位", "rank", "中部地区")]),
    # a place among a group counted right before 第, after 居: the group counts the units, the place is of what 居
    # follows (and its 增速 is of the figure before)
    ("服务业增加值增长7.4%，增速居全市12个县（市、区）第3位。",
     [c("7.4%", "7.4", "%", "change", "服务业增加值", direction="increase"),
      c("12个", "12", "个", "count", "县（市、区）"), c("3位", "3", "位", "rank", "服务业增加值增速")]),
    # a place among a group counted just before it is the place of the figure named before the group
    ("全市营商环境评价得分86.4分，在全省11个设区市中排名第3。",
     [c("86.4分", "86.4", "分", "other", "营商环境评价得分"), c("11个", "11", "个", "count", "设区市"),
      c("3", "3", "", "rank", "营商环境评价得分")]),
    # a note in brackets between a ratio's name and the figure; the earlier value before a change of it
    ("常住人口性别比（以女性为100，男性对女性的比例）为103.86，比2010年的104.91下降1.05。",
     [c("103.86", "103.86", "", "ratio", "常住人口性别比"), c("104.91", "104.91", "", "ratio", "常住人口性别比"),
      c("1.05", "1.05", "", "change", "常住人口性别比", direction="decrease", baseline="2010年")]),
    # the place of this year among all years on record (多 says of what, not about how many)
    ("全年暴雨日数偏多，为历史同期第三多；平均风速为有气象记录以来第二小。",
     [c("三", "3", "", "rank", "暴雨日数"), c("二", "2", "", "rank", "平均风速")]),
    ("三次产业结构比为8.0:45.0:47.0。",
     [c("8.0", "8.0", "", "ratio", "三次产业结构比"),
      c("45.0", "45.0", "", "ratio", "三次产业结构比"),
      c("47.0", "47.0", "", "ratio", "三次产业结构比")]),
    ("营商环境评价位列全省第3。", [c("第3", "3", "", "rank", "营商环境评价")]),
    ("县域经济综合实力排名全市第二。", [c("第二", "2", "", "rank", "县域经济综合实力")]),
    ("常住人口性别比为104.3:100。",
     [c("104.3", "104.3", "", "ratio", "常住人口性别比"),
      c("100", "100", "", "ratio", "常住人口性别比")]),
    ("城乡居民收入比为1.89:1。",
     [c("1.89", "1.89", "", "ratio", "城乡居民收入比"),
      c("1", "1", "", "ratio", "城乡居民收入比")]),
]

# --- subjects -----------------------------------------------------------------------------------------------
SUBJECTS: list[Case] = [
    # a population named as the scope right before the kind counted in it (常住人口中男性) is no part of the name
    ("年末常住人口中男性96.42万人,女性93.18万人。从业人员中女性职工2,460人。",
     [c("96.42万人", "964200", "人", "count", "男性"), c("93.18万人", "931800", "人", "count", "女性"),
      c("2,460人", "2460", "人", "count", "女性职工")]),
    # a lone preposition before the number names nothing; 未成年 opens a noun, 适用 ends it
    ("共对31名未成年罪犯适用缓刑。对62人以拒不执行判决、裁定罪追究刑事责任。",
     [c("31名", "31", "名", "count", "未成年罪犯"), c("62人", "62", "人", "count", None)]),
    # 加 before 上级补助收入 is the verb, 上 part of the name; 距离…的目标 names the target after 的
    ("加上级补助收入96.34亿元，加上年结转2.1亿元。县域就诊率达到86.2%，距离90%的目标仍有差距。",
     [c("96.34亿元", "9634000000", "元", "money", "上级补助收入"), c("2.1亿元", "210000000", "元", "money", "上年结转"),
      c("86.2%", "86.2", "%", "percent", "县域就诊率"), c("90%", "90", "%", "percent", "目标")]),
    # a footnote mark names nothing; a sector's value added keeps the sector; a milestone crossed is more than
    # it; a count after 中有 names its own noun; a level restated takes the noun of the level before it
    ("民生支出[4]合计47.36亿元。民营经济实现增加值241.35亿元。地区生产总值跨越300亿元大关。"
     "全县13个乡镇中有4个司法所。创建国家级民主法治示范村5个、省级28个。全院干警26人受到市级以上表彰。",
     [c("47.36亿元", "4736000000", "元", "money", "民生支出"),
      c("241.35亿元", "24135000000", "元", "money", "民营经济增加值"),
      c("300亿元", "30000000000", "元", "money", "地区生产总值", approx="more_than"),
      c("13个", "13", "个", "count", "乡镇"), c("4个", "4", "个", "count", "司法所"),
      c("5个", "5", "个", "count", "国家级民主法治示范村"), c("28个", "28", "个", "count", "省级民主法治示范村"),
      c("26人", "26", "人", "count", "干警")]),
    # a count of things done borrows no subject from a sum of money
    ("总投资4.35亿元，年内完成九件。",
     [c("4.35亿元", "435000000", "元", "money", "总投资"), c("九件", "9", "件", "count", "完成")]),
    # a noun after the measure word names the defendants; the clause before a bare 占 names its part after a ；
    ("其余11名被告人均被判处缓刑。涉土地征收案件占比最高，为31.2%；其次是劳动和社会保障类，占17.8%。",
     [c("11名", "11", "名", "count", "被告人"), c("31.2%", "31.2", "%", "percent", "涉土地征收案件占比"),
      c("17.8%", "17.8", "%", "percent", "劳动和社会保障类")]),
    # a penalty is named by what is imposed, not by whom it is imposed on; a share after a span of days is
    # of the things counted before it
    ("公安机关对负责人李某处以行政拘留10日，对该公司处罚款5万元。其中41种商品在标价前7日内无成交记录，占比65.1%。",
     [c("10日", "10", "日", "duration", "行政拘留"), c("5万元", "50000", "元", "money", "罚款"),
      c("41种", "41", "种", "count", "商品"), c("7日", "7", "日", "duration", "无成交记录", approx="at_most"),
      c("65.1%", "65.1", "%", "percent", "商品")]),
    # 劝导, 纠正 and 仅有 open the subject; 占道经营 is a word, not a share (占)
    ("劝导占道经营270余起，纠正交通违法行为1.2万起，全所仅有干警3人。",
     [c("270余起", "270", "起", "count", "占道经营", approx="more_than"),
      c("1.2万起", "12000", "起", "count", "交通违法行为"), c("3人", "3", "人", "count", "干警")]),
    # a figure restated for another category takes the measure of the one before
    ("生均校舍面积小学为7.2平方米、初中为9.4平方米，城镇居民人均消费支出2.8万元，农村为1.6万元。",
     [c("7.2平方米", "7.2", "平方米", "measure", "生均校舍面积小学"),
      c("9.4平方米", "9.4", "平方米", "measure", "生均校舍面积初中"),
      c("2.8万元", "28000", "元", "money", "城镇居民人均消费支出"),
      c("1.6万元", "16000", "元", "money", "农村居民人均消费支出")]),
    # relief for someone is named by the verb; a count run into the next counts what that one names
    ("全年为市场主体减负18.6亿元，出台3大类25项惠企措施。",
     [c("18.6亿元", "1860000000", "元", "money", "减负"),
      c("3大类", "3", "大类", "count", "惠企措施"), c("25项", "25", "项", "count", "惠企措施")]),
    # the times count the records; the level reached is the load's
    ("全网统调最高负荷三次刷新纪录，达到4120万千瓦。",
     [c("三次", "3", "次", "count", "刷新纪录"), c("4120万千瓦", "41200000", "千瓦", "measure", "全网统调最高负荷")]),
    # nouns that open with an adverb's character
    ("召开2次会员大会，新建4个能源站和6个便民服务点。",
     [c("2次", "2", "次", "count", "会员大会"), c("4个", "4", "个", "count", "能源站"),
      c("6个", "6", "个", "count", "便民服务点")]),
    # a streak of years counts what it keeps up, named after it
    ("全市连续8年未发生较大以上生产安全事故，连续两年获评全国双拥模范城。",
     [c("8年", "8", "年", "duration", "未发生较大以上生产安全事故"),
      c("两年", "2", "年", "duration", "获评全国双拥模范城")]),
    # 身高 and 覆盖面 are nouns; 一般 an adverb; 每天 a per-day base; a verb before 占比 names the share
    ("男生身高不低于168厘米，覆盖面达在校生的40%以上，调档比例一般不超过计划数的110%，线上办理占比达到80.2%。",
     [c("168厘米", "168", "厘米", "measure", "男生身高", approx="at_least"),
      c("40%", "40", "%", "percent", "覆盖面", approx="more_than"),
      c("110%", "110", "%", "percent", "调档比例", approx="at_most"),
      c("80.2%", "80.2", "%", "percent", "线上办理占比")]),
    # a lead-in that says how figures are broken down (分季度看) names nothing; they go on about the figure before
    ("全年规上工业增加值增长6.4%。分季度看，一季度增长5.8%，上半年增长6.1%。",
     [c("6.4%", "6.4", "%", "change", "规上工业增加值", direction="increase"),
      c("5.8%", "5.8", "%", "change", "规上工业增加值", direction="increase"),
      c("6.1%", "6.1", "%", "change", "规上工业增加值", direction="increase")]),
    # a net change is of what came in only when an inflow is named; else of the last level of its unit
    ("服务覆盖16个县，在管项目共420个，较上年末净增35个。",
     [c("16个", "16", "个", "count", "县"), c("420个", "420", "个", "count", "在管项目"),
      c("35个", "35", "个", "change", "在管项目", direction="increase", baseline="上年末")]),
    # 相等于…的 relates a figure to a base; 自…之日起 says from when; 平均每个村 is the base of an average of what was
    # named (but 平均每公里造价 names a measure)
    ("贸易逆差156亿港元，相等于进口货值的5.2%。实施期限为自股东大会通过之日起12个月。全县网格员共860名，平均每个村不足4名。"
     "平均每公里造价1.2亿元。",
     [c("156亿港元", "15600000000", "港元", "money", "贸易逆差"), c("5.2%", "5.2", "%", "percent", "贸易逆差"),
      c("12个月", "12", "月", "duration", "实施期限"), c("860名", "860", "名", "count", "网格员"),
      c("4名", "4", "名", "other", "网格员", approx="less_than"),
      c("1.2亿元", "120000000", "元", "money", "平均每公里造价")]),
    # a line that labels its figure (…:N) names it, with no list marker
    ("回购方案实施期限:12个月\n1.累计已回购股数:2,186,500股\n累计回购金额:3,215.6万元",
     [c("12个月", "12", "月", "duration", "回购方案实施期限"),
      c("2,186,500股", "2186500", "股", "count", "累计已回购股数"),
      c("3,215.6万元", "32156000", "元", "money", "累计回购金额")]),
    # a figure that is the object of a preposition or verb (按照, 以, 推动) is named by the noun after it; a
    # quoted name may open that noun
    ("单位按照8%的税率代扣代缴，影片以3.6亿元票房位居榜首，年内推动40%以上的签约项目开工，"
     "展会吸引120家“专精特新”企业参展。",
     [c("8%", "8", "%", "percent", "税率"), c("3.6亿元", "360000000", "元", "money", "票房"),
      c("40%", "40", "%", "percent", "签约项目", approx="more_than"),
      c("120家", "120", "家", "count", "“专精特新”企业")]),
    # the earlier value of a per-unit figure (比…的3.05人) is per unit too
    ("平均每个家庭户的人口为2.65人，比2010年的3.01人减少0.36人。",
     [c("2.65人", "2.65", "人", "other", "平均每个家庭户的人口"),
      c("3.01人", "3.01", "人", "other", "平均每个家庭户的人口"),
      c("0.36人", "0.36", "人", "change", "平均每个家庭户的人口", direction="decrease", baseline="2010年")]),
    # a light verb alone (累计实现) and an adverb (继续) name nothing: the figure is of what was named before;
    # a scope 每10万人中 holds for every clause of its sentence
    ("全年实现地区生产总值356.2亿元；前三季度累计实现261.4亿元。不良贷款率1.05%，继续保持在1.5%以下。"
     "每10万人中拥有大学文化程度的由8120人上升为12360人；拥有高中文化程度的由13250人上升为14020人。",
     [c("356.2亿元", "35620000000", "元", "money", "地区生产总值"),
      c("261.4亿元", "26140000000", "元", "money", "地区生产总值"),
      c("1.05%", "1.05", "%", "percent", "不良贷款率"),
      c("1.5%", "1.5", "%", "percent", "不良贷款率", approx="less_than"),
      c("8120人", "8120", "人", "other", "大学文化程度", role="before"),
      c("12360人", "12360", "人", "other", "大学文化程度", role="after"),
      c("13250人", "13250", "人", "other", "高中文化程度", role="before"),
      c("14020人", "14020", "人", "other", "高中文化程度", role="after")]),
    # a figure in a bracketed note names nothing after the note closes; 民國 years and their dates are calendar
    ("全县农村公路里程3120公里（含村道1860公里），比上年增加142公里。民國112年11月30日發布。",
     [c("3120公里", "3120", "公里", "measure", "农村公路里程"), c("1860公里", "1860", "公里", "measure", "村道"),
      c("142公里", "142", "公里", "change", "农村公路里程", direction="increase", baseline="上年")]),
    # a noun after the measure word names what is counted even after a verb (巡察, 对); 党组织 is a body, not
    # an action; 被执行人 a noun; 其余 names the rest, as annotators write it; 可支付 a span of what was just named
    ("本年度共巡察27个党组织，另有96名被执行人主动履行。考核的20项指标中，有17项达到序时进度，其余3项略有差距。"
     "基金累计结存88.6亿元，可支付14.2个月。",
     [c("27个", "27", "个", "count", "党组织"), c("96名", "96", "名", "count", "被执行人"),
      c("20项", "20", "项", "count", "指标"), c("17项", "17", "项", "count", "指标"),
      c("3项", "3", "项", "count", "其余"), c("88.6亿元", "8860000000", "元", "money", "基金累计结存"),
      c("14.2个月", "14.2", "月", "duration", "基金累计结存")]),
    # an age class with no noun after it names the figures that follow it
    ("全市党员中，女性1.82万名，占31.2%；35岁及以下1.36万名，占23.3%。",
     [c("1.82万名", "18200", "名", "count", "女性"), c("31.2%", "31.2", "%", "percent", "女性"),
      c("1.36万名", "13600", "名", "count", "35岁及以下"), c("23.3%", "23.3", "%", "percent", "35岁及以下")]),
    # an average stated after a total keeps its word (户均, 日均); the figures after it are of the total again;
    # a time right after the measure word (当年) names nothing; the first end of 五六趟 borrows 趟 only
    ("共帮扶困难家庭1260户，户均2.4万元；受理求助电话5.6万个，日均153个，较上年的4.9万个增长14.3%。新开工项目30个，其中18个当年竣工。群众办事平均跑五六趟。",
     [c("1260户", "1260", "户", "count", "困难家庭"), c("2.4万元", "24000", "元", "money", "困难家庭户均"),
      c("5.6万个", "56000", "个", "count", "求助电话"), c("153个", "153", "个", "other", "求助电话日均"),
      c("4.9万个", "49000", "个", "count", "求助电话"),
      c("14.3%", "14.3", "%", "change", "求助电话", direction="increase", baseline="上年"),
      c("30个", "30", "个", "count", "新开工项目"), c("18个", "18", "个", "count", "新开工项目"),
      c("五", "5", "趟", "count", "群众办事平均跑", role="range_low"),
      c("六趟", "6", "趟", "count", "群众办事平均跑", role="range_high")]),
    # a comparison that opens a clause (高于GDP增速) names nothing: the figures go to what was named before;
    # a total after a growth rate is the total of the thing, not of its growth
    ("全区软件业务收入增长12.6%，高于全市增速3.1个百分点，占全市比重达到18.2%。零售额增速高于全省平均水平0.5个百分点，总量居全省第3位。",
     [c("12.6%", "12.6", "%", "change", "软件业务收入", direction="increase"),
      c("3.1个百分点", "3.1", "百分点", "change", "软件业务收入", direction="increase"),
      c("18.2%", "18.2", "%", "percent", "软件业务收入"),
      c("0.5个百分点", "0.5", "百分点", "change", "零售额增速", direction="increase"),
      c("3位", "3", "位", "rank", "零售额总量")]),
    # nothing before a sum of money: it is named after it; an extreme (最长, 最短) is of what was just named
    ("2.4亿元专项资金已全部拨付。平均审批时间4天，最短仅需1天。",
     [c("2.4亿元", "240000000", "元", "money", "专项资金"),
      c("4天", "4", "天", "duration", "平均审批时间"), c("1天", "1", "天", "duration", "平均审批时间")]),
    # N个X中有M个…: the M are some of the X, whatever is said of them after (but 35家高新技术企业 names a kind)
    ("全县26个社区中有7个仅配备1名网格员，40家企业中有12家高新技术企业。",
     [c("26个", "26", "个", "count", "社区"), c("7个", "7", "个", "count", "社区"),
      c("1名", "1", "名", "count", "网格员"), c("40家", "40", "家", "count", "企业"),
      c("12家", "12", "家", "count", "高新技术企业")]),
    # a calculation note (按可比口径) is no subject; 恢复至…的 relates the figure before to a base
    ("全市接待游客2360万人次，按可比口径增长11.2%；旅游收入215亿元，按可比口径恢复至2019年的96.4%。",
     [c("2360万人次", "23600000", "人次", "count", "游客"),
      c("11.2%", "11.2", "%", "change", "游客", direction="increase"),
      c("215亿元", "21500000000", "元", "money", "旅游收入"),
      c("96.4%", "96.4", "%", "percent", "旅游收入")]),
    # a space parts a headline: what follows it is another item, not the counted noun
    ("春节假期全县接待游客86.3万人次 旅游消费突破9亿元",
     [c("86.3万人次", "863000", "人次", "count", "游客"),
      c("9亿元", "900000000", "元", "money", "旅游消费", approx="more_than")]),
    # a rate named in brackets after its definition takes that name
    ("城镇常住人口占常住人口比重（常住人口城镇化率）为65.98%，比上年提高0.87个百分点。",
     [c("65.98%", "65.98", "%", "percent", "常住人口城镇化率"),
      c("0.87个百分点", "0.87", "百分点", "change", "常住人口城镇化率", direction="increase", baseline="上年")]),
    ("第一、二、三产业增加值分别为24.7亿元、68.2亿元和93.5亿元。",
     [c("24.7亿元", "2470000000", "元", "money", "第一产业增加值"),
      c("68.2亿元", "6820000000", "元", "money", "第二产业增加值"),
      c("93.5亿元", "9350000000", "元", "money", "第三产业增加值")]),
    # how or which comes before what (以…方式, 以…为…的); 比增 is a change verb
    ("以调解方式结案85件，以本局为被申请人的复议案件9件，工业投资比增12%。",
     [c("85件", "85", "件", "count", "结案"), c("9件", "9", "件", "count", "复议案件"),
      c("12%", "12", "%", "change", "工业投资", direction="increase")]),
    ("呈报工作简报31期，推动50条助企举措落地，完成471份执法证申领，超八成事项三天内办结。",
     [c("31期", "31", "期", "count", "工作简报"), c("50条", "50", "条", "count", "助企举措"),
      c("471份", "471", "份", "count", "执法证"), c("八成", "80", "%", "percent", "事项", approx="more_than"),
      c("三天", "3", "天", "duration", "办结", approx="at_most")]),
    # a net change is of what came in, named first
    ("新纳入低保对象357人，退出294人，净增63人。",
     [c("357人", "357", "人", "count", "低保对象"), c("294人", "294", "人", "count", "退出"),
      c("63人", "63", "人", "change", "低保对象", direction="increase")]),
    ("提供就业岗位3.1万余个，开发公益性岗位1200个，安置脱贫劳动力800人，转移净收入3844元。",
     [c("3.1万余个", "31000", "个", "count", "就业岗位", approx="more_than"),
      c("1200个", "1200", "个", "count", "公益性岗位"), c("800人", "800", "人", "count", "脱贫劳动力"),
      c("3844元", "3844", "元", "money", "转移净收入")]),
    ("交付面积由去年约21.6万平方米减少至本年度约17.3万平方米，退单率虽由4.1%降至2.7%。",
     [c("21.6万平方米", "216000", "平方米", "measure", "交付面积", approx="about", role="before"),
      c("17.3万平方米", "173000", "平方米", "measure", "交付面积", approx="about", role="after"),
      c("4.1%", "4.1", "%", "percent", "退单率", role="before"),
      c("2.7%", "2.7", "%", "percent", "退单率", role="after")]),
    # a count followed by the state of what it counts, the clause ending there: the state is the subject
    ("受理投诉120件，已在24小时内电话催办，其中19件已办结，8件正在办理。",
     [c("120件", "120", "件", "count", "投诉"), c("24小时", "24", "小时", "duration", "电话催办", approx="at_most"),
      c("19件", "19", "件", "count", "已办结"), c("8件", "8", "件", "count", "正在办理")]),
    # the place of a year among all years on record, 完整 or 同期 said too
    ("年降水量1402毫米,为有完整气象记录以来第四多;汛期降水为有气象记录以来同期第二位。",
     [c("1402毫米", "1402", "毫米", "measure", "年降水量"), c("四", "4", "", "rank", "年降水量"),
      c("二位", "2", "位", "rank", "汛期降水")]),
    # a 倍率 (jobs per applicant) has no unit by nature, said with 仅, 仅为 or 高达
    ("技工类岗位求人倍率高达2.6,文员类岗位求人倍率仅0.5,全市求人倍率仅为1.12。",
     [c("2.6", "2.6", "", "other", "技工类岗位求人倍率"), c("0.5", "0.5", "", "other", "文员类岗位求人倍率"),
      c("1.12", "1.12", "", "other", "求人倍率")]),
    # a run of ranks after 分列第 is a rank each; 超过一半 is more than half
    ("东城、西城分列第4、5位，其余各县中农村人口占比超过一半。",
     [c("4", "4", "", "rank", "东城、西城"), c("5位", "5", "位", "rank", "东城、西城"),
      c("一半", "50", "%", "percent", "其余各县中农村人口占比", approx="more_than")]),
    # the rest: of the kind named after 为, of the things named after the count before their total, or in a state
    ("全镇共有合作社86个，其中种植类31个、养殖类29个，其余26个为农机服务类；另有3个正在注销。",
     [c("86个", "86", "个", "count", "合作社"), c("31个", "31", "个", "count", "种植类"),
      c("29个", "29", "个", "count", "养殖类"), c("26个", "26", "个", "count", "农机服务类"),
      c("3个", "3", "个", "count", "正在注销")]),
    ("省会执业医师9210名，其余11个地市合计8374名；处罚17家次计21.6万元，已下达各地补助2.4亿元。",
     [c("9210名", "9210", "名", "count", "省会执业医师"), c("11个", "11", "个", "count", "地市"),
      c("8374名", "8374", "名", "count", "地市"), c("17家次", "17", "家次", "count", "处罚"),
      c("21.6万元", "216000", "元", "money", "处罚"), c("2.4亿元", "240000000", "元", "money", "补助")]),
    # a noun right before a count whose words after it say what was done: the noun is what was counted
    ("组织全市人大代表2865名进站履职，规范性文件41件逐件审查，新增13个法律援助工作站。",
     [c("2865名", "2865", "名", "count", "人大代表"), c("41件", "41", "件", "count", "规范性文件"),
      c("13个", "13", "个", "count", "法律援助工作站")]),
    ("社區增值服務收入803.5百萬元，按年上升21.6%，覆蓋全國136個城市。58项主要指标中，已有52项提前达到预期进度。",
     [c("803.5百萬元", "803500000", "元", "money", "社區增值服務收入"),
      c("21.6%", "21.6", "%", "change", "社區增值服務收入", direction="increase", baseline="按年"),
      c("136個", "136", "個", "count", "城市"), c("58项", "58", "项", "count", "主要指标"),
      c("52项", "52", "项", "count", "主要指标")]),
    ("通过14个基层立法联系点收集意见，万人成讼率降至95.6件。",
     [c("14个", "14", "个", "count", "基层立法联系点"), c("95.6件", "95.6", "件", "other", "万人成讼率")]),
    # a verb with its result (调处成功) names the count; 并案 is a word; 转为 is no noun
    ("调处成功312起，并案处理9件，不立案的64件转为意见处理，划分综合网格126个。",
     [c("312起", "312", "起", "count", "调处成功"), c("9件", "9", "件", "count", "并案处理"),
      c("64件", "64", "件", "count", "不立案"), c("126个", "126", "个", "count", "综合网格")]),
    # what a plan was exceeded by is about the plan; the share of a plan done is about what was done
    ("全县工业总产值三亿元，完成年度计划的百分之一百零五，超过计划百分之五。第三季度全县以超额百分之九的成绩完成了季度生产计划。",
     [c("三亿元", "300000000", "元", "money", "工业总产值"), c("百分之一百零五", "105", "%", "percent", "工业总产值"),
      c("百分之五", "5", "%", "percent", "计划"), c("百分之九", "9", "%", "percent", "季度生产计划")]),
    # outcomes joined by 或 stay one phrase
    ("代表建议415件，已经解决或基本解决的256件。",
     [c("415件", "415", "件", "count", "代表建议"), c("256件", "256", "件", "count", "解决或基本解决")]),
    # the noun after a measure word ends at a verb or comparison (实施, 超过, 没有); 就业困难人员 is a noun
    ("帮助218名就业困难人员实现就业，在25个村实施帮扶项目34个，三种主要产品没有完成计划。",
     [c("218名", "218", "名", "count", "就业困难人员"), c("25个", "25", "个", "count", "村"),
      c("34个", "34", "个", "count", "项目"), c("三种", "3", "种", "count", "主要产品")]),
    ("年降水量较上年偏少8.2%，较多年平均偏少5.6%。",
     [c("8.2%", "8.2", "%", "change", "年降水量", direction="decrease", baseline="上年"),
      c("5.6%", "5.6", "%", "change", "年降水量", direction="decrease")]),
    # 对象, 结对, 审计 are words: 对 and 计 end no phrase there; 救助对象 keeps its verb
    ("新纳入12户监测对象，1836名帮扶干部结对帮扶1.86万户，村级财务审计203个，救助对象1200人。",
     [c("12户", "12", "户", "count", "监测对象"), c("1836名", "1836", "名", "count", "帮扶干部"),
      c("1.86万户", "18600", "户", "count", "结对帮扶"), c("203个", "203", "个", "count", "村级财务审计"),
      c("1200人", "1200", "人", "count", "救助对象")]),
    # a leading 服务/建设/比较/所有 that begins a word (服务业, 建设类, 比较试验, 所有者) stays in it
    ("服务业增加值120亿元，建设类项目30个，组织开展比较试验3次，所有者权益292亿元，全国性赛事35项。",
     [c("120亿元", "12000000000", "元", "money", "服务业增加值"), c("30个", "30", "个", "count", "建设类项目"),
      c("3次", "3", "次", "count", "比较试验"), c("292亿元", "29200000000", "元", "money", "所有者权益"),
      c("35项", "35", "项", "count", "全国性赛事")]),
    # a verb after the thing counted (下达, 到位, 存在) is not part of it
    ("直达资金下达92.3亿元，专项资金到位3.2亿元，5户企业存在问题。",
     [c("92.3亿元", "9230000000", "元", "money", "直达资金"), c("3.2亿元", "320000000", "元", "money", "专项资金"),
      c("5户", "5", "户", "count", "企业")]),
    ("一是稳定粮食播种面积在126万亩以上，二是法律援助经费增长10%。",
     [c("126万亩", "1260000", "亩", "measure", "稳定粮食播种面积", approx="more_than"),
      c("10%", "10", "%", "change", "法律援助经费", direction="increase")]),
    # names listed before 分别: whole names alike at the end, or sharing what follows 的
    ("增值税、企业所得税、个人所得税分别完成128.6亿元、74.3亿元、21.9亿元。",
     [c("128.6亿元", "12860000000", "元", "money", "增值税"), c("74.3亿元", "7430000000", "元", "money", "企业所得税"),
      c("21.9亿元", "2190000000", "元", "money", "个人所得税")]),
    ("涉及城乡建设、政法的信访事项分别为842件次、276件次。",
     [c("842件次", "842", "件次", "count", "城乡建设信访事项"), c("276件次", "276", "件次", "count", "政法信访事项")]),
    # one change verb before amounts of several units; each amount changes the level counted in its unit
    ("其中较大事故4起、死亡15人，同比减少2起、9人。",
     [c("4起", "4", "起", "count", "较大事故"), c("15人", "15", "人", "count", "死亡"),
      c("2起", "2", "起", "change", "较大事故", direction="decrease", baseline="同比"),
      c("9人", "9", "人", "change", "死亡", direction="decrease", baseline="同比")]),
    ("审批时限分别压缩至3个和2个工作日以内。",
     [c("3个", "3", "工作日", "duration", "审批时限", approx="at_most"),
      c("2个工作日", "2", "工作日", "duration", "审批时限", approx="at_most")]),
    ("全年共接待来访群众2680人次，化解信访积案63件。",
     [c("2680人次", "2680", "人次", "count", "来访群众"),
      c("63件", "63", "件", "count", "信访积案")]),
    ("行政机关负责人出庭应诉率100%。", [c("100%", "100", "%", "percent", "行政机关负责人出庭应诉率")]),
    ("全县新增15个法律援助联络点。", [c("15个", "15", "个", "count", "法律援助联络点")]),
    ("其中，第一产业增加值41.0亿元，增长3.1%；第二产业增加值230.7亿元，增长6.4%。",
     [c("41.0亿元", "4100000000", "元", "money", "第一产业增加值"),
      c("3.1%", "3.1", "%", "change", "第一产业增加值", direction="increase"),
      c("230.7亿元", "23070000000", "元", "money", "第二产业增加值"),
      c("6.4%", "6.4", "%", "change", "第二产业增加值", direction="increase")]),
    ("代表委员满意率98.2%。", [c("98.2%", "98.2", "%", "percent", "代表委员满意率")]),
    ("提出法律意见建议536条，被采纳505条，采纳率94.2%。",
     [c("536条", "536", "条", "count", "法律意见建议"),
      c("505条", "505", "条", "count", "被采纳"),
      c("94.2%", "94.2", "%", "percent", "采纳率")]),
    ("企业服务专线受理涉企诉求2146件，办结2139件，办结率99.7%。",
     [c("2146件", "2146", "件", "count", "涉企诉求"),
      c("2139件", "2139", "件", "count", "办结"),
      c("99.7%", "99.7", "%", "percent", "办结率")]),
    ("全县常住人口68.42万人，其中老年人口21.1万人，占30.8%。",
     [c("68.42万人", "684200", "人", "count", "常住人口"),
      c("21.1万人", "211000", "人", "count", "老年人口"),
      c("30.8%", "30.8", "%", "percent", "老年人口")]),
    # the base a per-head figure is computed on: 按 is a preposition, 按年末 no year-on-year 按年, 测算 a verb;
    # 按期 and 按年 (year on year) stay what they are
    ("按年末常住人口51.66万人计算，人均粮食占有量520公斤。按户籍人口120万人测算，人均存款4.2万元。",
     [c("51.66万人", "516600", "人", "count", "常住人口"), c("520公斤", "520", "公斤", "measure", "人均粮食占有量"),
      c("120万人", "1200000", "人", "count", "户籍人口"), c("4.2万元", "42000", "元", "money", "人均存款")]),
    ("按年平均常住人口546.1万人计算，报告发病率为761.3/10万。按期办结率98.5%，营业收入按年增长12.5%。",
     [c("546.1万人", "5461000", "人", "count", "年平均常住人口"),
      c("761.3/10万", "761.3", "/10万", "other", "报告发病率"),
      c("98.5%", "98.5", "%", "percent", "按期办结率"),
      c("12.5%", "12.5", "%", "change", "营业收入", direction="increase")]),
    # a whole in brackets inside 占…的 is the base it names; a figure compared with last year's is of the main
    # figure, not of the budget a share clause between named
    # a class of graduates before (比2023届) is a baseline, no subject
    ("毕业去向落实率91.26%,比2023届的89.80%提高1.46个百分点。",
     [c("91.26%", "91.26", "%", "percent", "毕业去向落实率"), c("89.80%", "89.80", "%", "percent", "毕业去向落实率"),
      c("1.46个百分点", "1.46", "百分点", "change", "毕业去向落实率", direction="increase")]),
    # the 有 of 国有 and 私有 is part of the word, no verb to cut
    ("博物馆31个，其中国有19个、非国有12个。私有住房86套。",
     [c("31个", "31", "个", "count", "博物馆"), c("19个", "19", "个", "count", "国有"),
      c("12个", "12", "个", "count", "非国有"), c("86套", "86", "套", "count", "私有住房")]),
    ("建成智慧教室426间，占普通教室总数（2318间）的18.4%。",
     [c("426间", "426", "间", "count", "智慧教室"), c("2318间", "2318", "间", "count", "普通教室总数"),
      c("18.4%", "18.4", "%", "percent", "智慧教室")]),
    ("税收收入完成18.62亿元，为年初预算18.38亿元的101.3%，比上年17.60亿元增长5.8%。",
     [c("18.62亿元", "1862000000", "元", "money", "税收收入"), c("18.38亿元", "1838000000", "元", "money", "年初预算"),
      c("101.3%", "101.3", "%", "percent", "年初预算"),
      c("17.60亿元", "1760000000", "元", "money", "税收收入"),
      c("5.8%", "5.8", "%", "change", "税收收入", direction="increase")]),
    # an owner before the verb of what it takes in or does keeps both (公路建设完成投资); adverbs after the owner
    # go (共, 实际), and a holiday or a scope is no owner
    ("其中,港航建设完成投资8.6亿元。全市A级景区共接待游客1520.4万人次。春节假期全县累计接待游客31.5万人次。"
     "电子信息制造业实现利润42.3亿元。重点项目实际完成投资56.2亿元。",
     [c("8.6亿元", "860000000", "元", "money", "港航建设完成投资"),
      c("1520.4万人次", "15204000", "人次", "count", "A级景区接待游客"),
      c("31.5万人次", "315000", "人次", "count", "游客"),
      c("42.3亿元", "4230000000", "元", "money", "电子信息制造业实现利润"),
      c("56.2亿元", "5620000000", "元", "money", "重点项目完成投资")]),
    # 与…的N相比: the earlier figure is of what the sentence just stated, else of what the clause after 相比
    # names (a span of years cut off), else of the headline of the sentence before; its changes follow it
    ("全县森林面积为52.6万亩,与2015年第二次森林资源清查的47.3万亩相比,增加5.3万亩,增长11.2%。",
     [c("52.6万亩", "526000", "亩", "measure", "森林面积"), c("47.3万亩", "473000", "亩", "measure", "森林面积"),
      c("5.3万亩", "53000", "亩", "change", "森林面积", direction="increase"),
      c("11.2%", "11.2", "%", "change", "森林面积", direction="increase")]),
    ("年内共受理行政复议申请412件,其中不予受理18件。与上年的466件相比,减少54件,下降11.6%。",
     [c("412件", "412", "件", "count", "行政复议申请"), c("18件", "18", "件", "count", "不予受理"),
      c("466件", "466", "件", "count", "行政复议申请"),
      c("54件", "54", "件", "change", "行政复议申请", direction="decrease"),
      c("11.6%", "11.6", "%", "change", "行政复议申请", direction="decrease")]),
    ("一季度外贸形势趋稳。与2018年的38.4亿元相比,全区社会消费品零售总额五年间翻了一番。",
     [c("38.4亿元", "3840000000", "元", "money", "社会消费品零售总额"),
      c("五年", "5", "年", "duration", "社会消费品零售总额"),
      c("一番", "1", "番", "change", "社会消费品零售总额", direction="increase")]),
]

# --- lists: each number its own subject ---------------------------------------------------------------------
LISTS: list[Case] = [
    # a list that states its unit once, at the end, after 分别: every figure has it
    ("全年新建公厕、驿站和停车场分别为9、14和21个，三类投诉分别下降2.4、3.6和5.1个百分点。",
     [c("9", "9", "个", "count", "公厕"), c("14", "14", "个", "count", "驿站"),
      c("21个", "21", "个", "count", "停车场"),
      c("2.4", "2.4", "百分点", "change", "三类投诉", direction="decrease"),
      c("3.6", "3.6", "百分点", "change", "三类投诉", direction="decrease"),
      c("5.1个百分点", "5.1", "百分点", "change", "三类投诉", direction="decrease")]),
    ("来电、来信和网上来信分别比上年减少6、11和30件。",
     [c("6", "6", "件", "change", "来电", direction="decrease", baseline="上年"),
      c("11", "11", "件", "change", "来信", direction="decrease", baseline="上年"),
      c("30件", "30", "件", "change", "网上来信", direction="decrease", baseline="上年")]),
    ("全县共有普通中小学70所，其中普通小学49所、初中21所。",
     [c("70所", "70", "所", "count", "普通中小学"),
      c("49所", "49", "所", "count", "普通小学"),
      c("21所", "21", "所", "count", "初中")]),
    ("小学招生8352人，在校生46718人。",
     [c("8352人", "8352", "人", "count", "小学招生"),
      c("46718人", "46718", "人", "count", "在校生")]),
    ("审结案件中，维持183件、撤销21件、确认违法12件、责令履行7件。",
     [c("183件", "183", "件", "count", "维持"),
      c("21件", "21", "件", "count", "撤销"),
      c("12件", "12", "件", "count", "确认违法"),
      c("7件", "7", "件", "count", "责令履行")]),
    ("其中咨询类6.41万件、求助类4.96万件、投诉类3.27万件。",
     [c("6.41万件", "64100", "件", "count", "咨询类"),
      c("4.96万件", "49600", "件", "count", "求助类"),
      c("3.27万件", "32700", "件", "count", "投诉类")]),
    ("建成公共法律服务中心1个、公共法律服务站21个、公共法律服务室286个。",
     [c("1个", "1", "个", "count", "公共法律服务中心"),
      c("21个", "21", "个", "count", "公共法律服务站"),
      c("286个", "286", "个", "count", "公共法律服务室")]),
    ("新能源材料业务收入2,318.6百万元，占营业收入的60.1%；电子化学品业务收入1,102.4百万元，占28.6%。",
     [c("2,318.6百万元", "2318600000", "元", "money", "新能源材料业务收入"),
      c("60.1%", "60.1", "%", "percent", "新能源材料业务收入"),
      c("1,102.4百万元", "1102400000", "元", "money", "电子化学品业务收入"),
      c("28.6%", "28.6", "%", "percent", "电子化学品业务收入")]),
    ("审核规范性文件43件，其中涉企政策类12件、民生保障类9件。",
     [c("43件", "43", "件", "count", "规范性文件"),
      c("12件", "12", "件", "count", "涉企政策类"),
      c("9件", "9", "件", "count", "民生保障类")]),
    ("全年出生人口4105人，出生率6.0‰；死亡人口5020人，死亡率7.3‰。",
     [c("4105人", "4105", "人", "count", "出生人口"),
      c("6.0‰", "6.0", "‰", "percent", "出生率"),
      c("5020人", "5020", "人", "count", "死亡人口"),
      c("7.3‰", "7.3", "‰", "percent", "死亡率")]),
    # one holding measured three ways: the noun after the first measure word counts only the first figure
    ("年末馆藏文书资料96个全宗、4.2万卷、1.8万件,另有图书6300册。",
     [c("96个", "96", "个", "count", "全宗"),
      c("4.2万卷", "42000", "卷", "count", "馆藏文书资料"),
      c("1.8万件", "18000", "件", "count", "馆藏文书资料"),
      c("6300册", "6300", "册", "count", "图书")]),
]

# --- nouns after a measure word that begin like a position word (中, 上, 在, 共, 环 …) --------------------
NOUN_STARTS: list[Case] = [
    ("抽查了全县42所中小学、15家医疗机构。",
     [c("42所", "42", "所", "count", "中小学"), c("15家", "15", "家", "count", "医疗机构")]),
    ("新增3家上市公司。", [c("3家", "3", "家", "count", "上市公司")]),
    ("全县共有3,200名在校生。", [c("3,200名", "3200", "名", "count", "在校生")]),
    ("发展12名共产党员。", [c("12名", "12", "名", "count", "共产党员")]),
    ("慰问86名环卫工人。", [c("86名", "86", "名", "count", "环卫工人")]),
    # nouns that end or start in a character that is elsewhere a particle: 人才, 中心, 公共, 高等
    ("全年新增专业技术人才2.3万人。", [c("2.3万人", "23000", "人", "count", "专业技术人才")]),
    ("每个街道建成1个区域养老服务中心、5个公共服务站。",
     [c("1个", "1", "个", "count", "区域养老服务中心"), c("5个", "5", "个", "count", "公共服务站")]),
    ("全市共有12所高等院校。", [c("12所", "12", "所", "count", "高等院校")]),
    ("临时救助惠及4.7万人。", [c("4.7万人", "47000", "人", "count", "临时救助")]),
    ("对12家企业立案查处。", [c("12家", "12", "家", "count", "企业")]),
    # measure words of things counted in pairs, tents, quilts, courses, categories
    ("办理结婚登记2316对，发放帐篷620顶、棉被4000床，开设12门课程，采购耗材23大类。",
     [c("2316对", "2316", "对", "count", "结婚登记"), c("620顶", "620", "顶", "count", "帐篷"),
      c("4000床", "4000", "床", "count", "棉被"), c("12门", "12", "门", "count", "课程"),
      c("23大类", "23", "大类", "count", "采购耗材")]),
    ("全年完成道路客运3,218辆次、水路客运860艘次。",
     [c("3,218辆次", "3218", "辆次", "count", "道路客运"), c("860艘次", "860", "艘次", "count", "水路客运")]),
    # a negative change in a 分别 list fell
    ("出口、进口分别增长3.1%和-1.8%。",
     [c("3.1%", "3.1", "%", "change", "出口", direction="increase"),
      c("-1.8%", "1.8", "%", "change", "进口", direction="decrease")]),
    # a change goes on about the main figure, not the target in between
    ("城镇新增就业5.82万人，完成年度目标任务5.5万人的105.8%，同比增长3.4%。",
     [c("5.82万人", "58200", "人", "count", "城镇新增就业"), c("5.5万人", "55000", "人", "count", "年度目标任务"),
      c("105.8%", "105.8", "%", "percent", "年度目标任务"),
      c("3.4%", "3.4", "%", "change", "城镇新增就业", direction="increase", baseline="同比")]),
    # what is compared stands before 高于全市平均
    ("研发投入增速高于全市平均0.4个百分点。",
     [c("0.4个百分点", "0.4", "百分点", "change", "研发投入增速", direction="increase")]),
    # a bracketed note on the unit stands between the figure and its qualifier
    ("建成保障性租赁住房3000套（间）以上。",
     [c("3000套", "3000", "套", "count", "保障性租赁住房", approx="more_than")]),
    # an age reached after a change verb is a level, not an age bound
    ("干部平均年龄由48.6岁下降到43.2岁。",
     [c("48.6岁", "48.6", "岁", "other", "干部平均年龄", role="before"),
      c("43.2岁", "43.2", "岁", "other", "干部平均年龄", role="after")]),
    # a rate written as a plain decimal, and its change
    ("亿元生产总值生产安全事故死亡率为0.018，较上年下降0.004。",
     [c("0.018", "0.018", "", "other", "亿元生产总值生产安全事故死亡率"),
      c("0.004", "0.004", "", "change", "亿元生产总值生产安全事故死亡率", direction="decrease", baseline="上年")]),
    ("道路交通万车死亡率1.47。", [c("1.47", "1.47", "", "other", "道路交通万车死亡率")]),
    # 分别由A1、A2提高到B1、B2: the two lists pair in order
    ("城乡低保标准分别由每人每月760元、620元提高到800元、660元。",
     [c("760元", "760", "元", "money", "城乡低保标准", role="before"),
      c("620元", "620", "元", "money", "城乡低保标准", role="before"),
      c("800元", "800", "元", "money", "城乡低保标准", role="after"),
      c("660元", "660", "元", "money", "城乡低保标准", role="after")]),
    # a level reached that is a range: both ends are after
    ("企业开办时间由7个工作日缩短至3至5个工作日。",
     [c("7个工作日", "7", "工作日", "duration", "企业开办时间", role="before"),
      c("3", "3", "工作日", "duration", "企业开办时间", role="after"),
      c("5个工作日", "5", "工作日", "duration", "企业开办时间", role="after")]),
    # 较上年的A、B: the earlier figures of the list before, in order; 分别 changes name their own
    ("全年发生生产安全事故7起、死亡8人，较上年的9起、10人分别下降22.2%和20%。",
     [c("7起", "7", "起", "count", "生产安全事故", role="after"), c("8人", "8", "人", "count", "死亡", role="after"),
      c("9起", "9", "起", "count", "生产安全事故", role="before"),
      c("10人", "10", "人", "count", "死亡", role="before"),
      c("22.2%", "22.2", "%", "change", "生产安全事故", direction="decrease"),
      c("20%", "20", "%", "change", "死亡", direction="decrease")]),
    # what is new after a before/after pair is their difference
    ("医保谈判药品由36种扩大到51种，新增15种。",
     [c("36种", "36", "种", "count", "医保谈判药品", role="before"),
      c("51种", "51", "种", "count", "医保谈判药品", role="after"),
      c("15种", "15", "种", "change", "医保谈判药品", direction="increase")]),
    # a measure per so many square kilometres is a per-N figure
    ("全市公路密度达到每百平方公里148.6公里。", [c("148.6公里", "148.6", "公里", "other", "公路密度")]),
    # a speed; 改造提升 is an action on the area, not a rise
    ("新建城际铁路设计时速160公里，改造提升高标准农田3.2万亩。",
     [c("160公里", "160", "公里/小时", "measure", "城际铁路设计时速"),
      c("3.2万亩", "32000", "亩", "measure", "高标准农田")]),
    # a time with 的 between 至 and the level reached; 发展到 and 跃升至 reach levels too
    ("纠错率由2021年的18.6%下降至今年前三季度的9.2%。",
     [c("18.6%", "18.6", "%", "percent", "纠错率", role="before"),
      c("9.2%", "9.2", "%", "percent", "纠错率", role="after")]),
    ("农民专业合作社由14个发展到41个。",
     [c("14个", "14", "个", "count", "农民专业合作社", role="before"),
      c("41个", "41", "个", "count", "农民专业合作社", role="after")]),
    # measure words of wells, cisterns and old weights
    ("新打机井120眼，修建水窖360口，棉花总产量九万三千担。",
     [c("120眼", "120", "眼", "count", "新打机井"), c("360口", "360", "口", "count", "修建水窖"),
      c("九万三千担", "93000", "担", "measure", "棉花总产量")]),
    # a time span that opens the clause is no subject; 评选出 is one verb
    ("今年以来审查各类合同1560余份，评选出优秀提案32件。",
     [c("1560余份", "1560", "份", "count", "各类合同", approx="more_than"),
      c("32件", "32", "件", "count", "优秀提案")]),
    # a figure whose unit closes its quotation is a figure
    ("企业开办时间压缩至“3个工作日”以内。",
     [c("3个工作日", "3", "工作日", "duration", "企业开办时间", approx="at_most")]),
    # 增减 and 变动 carry their sign: a change that rose unless the figure is negative
    ("营业收入比上年增减11.26%，毛利率比上年增减-1.35个百分点。",
     [c("11.26%", "11.26", "%", "change", "营业收入", direction="increase", baseline="上年"),
      c("-1.35个百分点", "1.35", "百分点", "change", "毛利率", direction="decrease", baseline="上年")]),
    # basis points are the points of a rate
    ("净息差同比收窄16个基点，贷款平均利率下降25BP。",
     [c("16个基点", "16", "基点", "change", "净息差", direction="decrease", baseline="同比"),
      c("25BP", "25", "基点", "change", "贷款平均利率", direction="decrease")]),
    # 月人均达到, 应占溢利: nouns, not qualifiers or shares
    ("企业退休人员基本养老金月人均达到3,126元。", [c("3,126元", "3126", "元", "money", "企业退休人员基本养老金")]),
    ("本公司拥有人应占溢利为人民币1,563.8百万元。",
     [c("1,563.8百万元", "1563800000", "元", "money", "拥有人应占溢利")]),
    # with nothing named before a count, the object of the action after it is what was counted
    ("局长表示，全市连续两轮开展规范性文件清理。", [c("两轮", "2", "轮", "count", "规范性文件清理")]),
    ("停电报修诉求激增至约900件，较上月锐减12%。",
     [c("900件", "900", "件", "count", "停电报修诉求", approx="about"),
      c("12%", "12", "%", "change", "停电报修诉求", direction="decrease", baseline="上月")]),
    # ranks among a named group, after the group or after 团体/个人
    ("全县法院结案数居全市基层法院第2位，代表队获得全省团体第二名。",
     [c("2位", "2", "位", "rank", "法院结案数"), c("二名", "2", "名", "rank", "代表队")]),
    # a clause opened by a change verb after an adverb is a change of what the verb acts on
    ("推行告知承诺制，平均压缩办理时限58%。",
     [c("58%", "58", "%", "change", "办理时限", direction="decrease")]),
    # the 约 of 节约, 村规民约 and 合约 is no qualifier
    ("制定村规民约48份，集中采购节约资金120万元，约有15%的企业参与。",
     [c("48份", "48", "份", "count", "村规民约"),
      c("120万元", "1200000", "元", "change", "集中采购节约资金", direction="decrease"),
      c("15%", "15", "%", "percent", "企业", approx="about")]),
    # 由原来的7日: a number of days, not a day of the month
    ("审批时限由原来的7日压缩至3日以内。",
     [c("7日", "7", "日", "duration", "审批时限", role="before"),
      c("3日", "3", "日", "duration", "审批时限", role="after", approx="at_most")]),
    # the dash between two amounts is a range, not a minus
    ("投资1亿-10亿元的项目12个。",
     [c("1亿", "100000000", "元", "money", "投资", role="range_low"),
      c("10亿元", "1000000000", "元", "money", "投资", role="range_high"), c("12个", "12", "个", "count", "项目")]),
    # half a day, half an hour
    ("审批时间压缩至半天以内，办理时间半小时。",
     [c("半天", "0.5", "天", "duration", "审批时间", approx="at_most"),
      c("半小时", "0.5", "小时", "duration", "办理时间")]),
    # per-N figures: 每10万人中, 年均
    ("每名员额法官年均结案412件。", [c("412件", "412", "件", "other", "员额法官年均结案")]),
    # 再审, 督办件 are words; 增速 alone is the growth of the figure before
    ("提出再审检察建议11件，督办件办结率98%。",
     [c("11件", "11", "件", "count", "再审检察建议"), c("98%", "98", "%", "percent", "督办件办结率")]),
    ("规模以上工业增加值增长7.4%，增速比上月提高0.3个百分点。",
     [c("7.4%", "7.4", "%", "change", "规模以上工业增加值", direction="increase"),
      c("0.3个百分点", "0.3", "百分点", "change", "规模以上工业增加值增速", direction="increase", baseline="上月")]),
    # the noun after a count ends at the verb that follows it
    ("对20起恶意欠薪案件实行挂牌督办，为2.36万名劳动者追发工资。",
     [c("20起", "20", "起", "count", "恶意欠薪案件"), c("2.36万名", "23600", "名", "count", "劳动者")]),
    ("一名同志被评为全国先进个人。", [c("一名", "1", "名", "count", "同志")]),
    # a number is never a subject: two counts side by side name the same thing
    ("全年来访一百零三批二百一十七人次。",
     [c("一百零三批", "103", "批", "count", "来访"), c("二百一十七人次", "217", "人次", "count", "来访")]),
    # 建设领域 and 稳岗返还 are names
    ("其中建设领域7,214万元，发放失业保险稳岗返还2.14亿元。",
     [c("7,214万元", "72140000", "元", "money", "建设领域"),
      c("2.14亿元", "214000000", "元", "money", "失业保险稳岗返还")]),
    # 至平均N: the level reached is an average
    ("环评审批时限由法定的60日压减至平均15个工作日。",
     [c("60日", "60", "日", "duration", "环评审批时限", role="before"),
      c("15个工作日", "15", "工作日", "duration", "环评审批时限", role="after")]),
    # 合计 after a list totals the list: the whole before 其中, not the last item
    ("全年受理行政复议案件326件，其中维持211件、撤销34件、驳回81件，合计326件。",
     [c("326件", "326", "件", "count", "行政复议案件"), c("211件", "211", "件", "count", "维持"),
      c("34件", "34", "件", "count", "撤销"), c("81件", "81", "件", "count", "驳回"),
      c("326件", "326", "件", "count", "行政复议案件")]),
    ("诉求量居前三位的分别是城乡建设3841件、交通运输2610件、教育1801件，合计8252件。",
     [c("3841件", "3841", "件", "count", "城乡建设"), c("2610件", "2610", "件", "count", "交通运输"),
      c("1801件", "1801", "件", "count", "教育"), c("8252件", "8252", "件", "count", "诉求量居前三位")]),
    # a 千 that begins the unit (千克, 千米, 千瓦) is no part of the numeral
    ("粮食产量一万二千千克，道路长十二千米，装机四十八万千瓦。",
     [c("一万二千千克", "12000", "千克", "measure", "粮食产量"), c("十二千米", "12", "千米", "measure", "道路长"),
      c("四十八万千瓦", "480000", "千瓦", "measure", "装机")]),
    # 以上 before a numeral is "the above", not a qualifier
    ("以上十件民生实事全部完成。", [c("十件", "10", "件", "count", "民生实事")]),
    # cents after a currency are money
    ("每股基本盈利为人民币36.52分。", [c("36.52分", "36.52", "分", "money", "每股基本盈利")]),
    # 占有率 is a name, not a share of something
    ("公司市场占有率约为6.8%。", [c("6.8%", "6.8", "%", "percent", "公司市场占有率", approx="about")]),
    # a ratio written in Chinese numerals
    ("城乡居民收入比由二点三一缩小至二点二五。",
     [c("二点三一", "2.31", "", "ratio", "城乡居民收入比", role="before"),
      c("二点二五", "2.25", "", "ratio", "城乡居民收入比", role="after")]),
    ("累计投放芯片1.52亿颗、种子5万粒、设备120台套。",
     [c("1.52亿颗", "152000000", "颗", "count", "芯片"), c("5万粒", "50000", "粒", "count", "种子"),
      c("120台套", "120", "台套", "count", "设备")]),
    # （上年为N）: the earlier figure in brackets
    ("全年立案5872件，同比下降12.4%（上年为6703件）。",
     [c("5872件", "5872", "件", "count", "立案", role="after"),
      c("12.4%", "12.4", "%", "change", "立案", direction="decrease", baseline="同比"),
      c("6703件", "6703", "件", "count", "立案", role="before")]),
    ("全年上法治课1426节，开展普法讲座126堂。",
     [c("1426节", "1426", "节", "count", "上法治课"), c("126堂", "126", "堂", "count", "普法讲座")]),
    # 多出一倍多: a change
    ("行政复议申请数量比上年多出一倍多。",
     [c("一倍", "1", "倍", "change", "行政复议申请数量", direction="increase", approx="more_than")]),
    # a standard compared with is stated exactly
    ("每千人口精神科执业医师仅0.86名，低于1.0名的国家标准。",
     [c("0.86名", "0.86", "名", "other", "精神科执业医师"), c("1.0名", "1.0", "名", "count", "精神科执业医师")]),
    # the body and its plan words open no subject
    ("我委将力争医疗纠纷调解成功率稳定在90%以上。",
     [c("90%", "90", "%", "percent", "医疗纠纷调解成功率", approx="more_than")]),
    # leading verbs of setting up and handing down; the body 全局
    ("全局设置公路超限检测站9个，下发疑似违法图斑1532个。",
     [c("9个", "9", "个", "count", "公路超限检测站"), c("1532个", "1532", "个", "count", "疑似违法图斑")]),
    # 为 closes the noun 行为; it is no link word there
    ("查处违法行为320起，行政执法行为为1.2万件。",
     [c("320起", "320", "起", "count", "违法行为"), c("1.2万件", "12000", "件", "count", "行政执法行为")]),
]

# --- what opens a left context and is not the subject: list markers, brackets, verbs ------------------
LEFT_OPENERS: list[Case] = [
    ("5.涉企行政检查次数同比下降35%。",
     [c("35%", "35", "%", "change", "涉企行政检查次数", direction="decrease", baseline="同比")]),
    ("审结1,032件（含上年结转68件）。",
     [c("1,032件", "1032", "件", "count", "审结"), c("68件", "68", "件", "count", "上年结转")]),
    ("推行“首违不罚”清单事项126项。", [c("126项", "126", "项", "count", "“首违不罚”清单事项")]),
    ("判处五年以上有期徒刑至死刑的1,023人。", [c("1,023人", "1023", "人", "count", "五年以上有期徒刑至死刑")]),
    ("规模以上工业企业（年主营业务收入2000万元及以上）1862家。",
     [c("1862家", "1862", "家", "count", "规模以上工业企业")]),
    ("高新技术企业（含培育库企业）1380家。", [c("1380家", "1380", "家", "count", "高新技术企业")]),
    ("为6.5万名65周岁以上老年人提供免费体检。", [c("6.5万名", "65000", "名", "count", "65周岁以上老年人")]),
    ("投入研发人员3.26万人年。", [c("3.26万人年", "32600", "人年", "count", "研发人员")]),
    ("全年货物周转量1.2亿吨公里，旅客周转量8.6亿人公里。",
     [c("1.2亿吨公里", "120000000", "吨公里", "measure", "货物周转量"),
      c("8.6亿人公里", "860000000", "人公里", "measure", "旅客周转量")]),
    ("全年检查煤矿8436矿次，星级饭店平均房价486元/间夜。",
     [c("8436矿次", "8436", "矿次", "count", "煤矿"),
      c("486元/间夜", "486", "元", "money", "星级饭店平均房价")]),
    ("累计免疫生猪268.4万头次、家禽2950万羽次，开闸1436闸次。",
     [c("268.4万头次", "2684000", "头次", "count", "免疫生猪"),
      c("2950万羽次", "29500000", "羽次", "count", "家禽"),
      c("1436闸次", "1436", "闸次", "count", "开闸")]),
    ("全年列车走行3864.2万车公里，车辆故障率为3.26次/百万车公里。",
     [c("3864.2万车公里", "38642000", "车公里", "measure", "列车走行"),
      c("3.26次/百万车公里", "3.26", "次/百万车公里", "other", "车辆故障率")]),
    ("万人成讼率由上年的每万人72.3件下降至65.8件。",
     [c("72.3件", "72.3", "件", "other", "万人成讼率", role="before"),
      c("65.8件", "65.8", "件", "other", "万人成讼率", role="after")]),
    ("孕产妇死亡率为8.9/10万。", [c("8.9/10万", "8.9", "/10万", "other", "孕产妇死亡率")]),
    ("孕产妇死亡率控制在10/10万以下。",
     [c("10/10万", "10", "/10万", "other", "孕产妇死亡率", approx="less_than")]),
    ("主要污染物排放量分别同比下降20%和15.\n6%。",
     [c("20%", "20", "%", "change", "主要污染物排放量", direction="decrease", baseline="同比"),
      c("15.\n6%", "15.6", "%", "change", "主要污染物排放量", direction="decrease", baseline="同比")]),
    # a hard wrap between two digits of one number (PDF text): the line is running text, so they join
    ("全年办结行政复议案件，纠正违法或不当行政行为1\n6起，较上年增加3起。",
     [c("1\n6起", "16", "起", "count", "违法或不当行政行为"),
      c("3起", "3", "起", "change", "违法或不当行政行为", direction="increase", baseline="上年")]),
    # …but not in a table row, nor before a list marker
    ("项目  2023年  2024年\n收案数  118  12\n6  结案率  98%",
     [c("118", "118", "", "count", "收案数", role="before"), c("12", "12", "", "count", "收案数", role="after"),
      c("98%", "98", "%", "percent", "结案率")]),
    ("全年化解信访事项，化解率达到95%，共计化解12\n2.加强队伍建设。",
     [c("95%", "95", "%", "percent", "化解率")]),
    ("职工医保和居民医保报销比例分别较上年提高0.8和1.5个百分点。",
     [c("0.8", "0.8", "百分点", "change", "职工医保报销比例", direction="increase", baseline="上年"),
      c("1.5个百分点", "1.5", "百分点", "change", "居民医保报销比例", direction="increase", baseline="上年")]),
    ("垃圾分类覆盖率为六成四，处理率保持在九成五以上。",
     [c("六成四", "64", "%", "percent", "垃圾分类覆盖率"),
      c("九成五", "95", "%", "percent", "处理率", approx="more_than")]),
    ("供养标准由每人每月163元提高到每人每月186元。",
     [c("163元", "163", "元", "money", "供养标准", role="before"),
      c("186元", "186", "元", "money", "供养标准", role="after")]),
    ("每千常住人口拥有执业医师3.4人、注册护士3.9人、床位6.8张。",
     [c("3.4人", "3.4", "人", "other", "执业医师"), c("3.9人", "3.9", "人", "other", "注册护士"),
      c("6.8张", "6.8", "张", "other", "床位")]),
    ("每万人拥有5G基站10.9个。", [c("10.9个", "10.9", "个", "other", "5G基站")]),
    ("完成3000亩以上矿山生态修复。", [c("3000亩", "3000", "亩", "measure", "矿山生态修复", approx="more_than")]),
    ("营业收入超亿元企业100家。", [c("100家", "100", "家", "count", "营业收入超亿元企业")]),
    ("疫苗接种12.7万剂次。", [c("12.7万剂次", "127000", "剂次", "count", "疫苗接种")]),
    ("工业行业增长面为74.3%。", [c("74.3%", "74.3", "%", "percent", "工业行业增长面")]),
    ("农村居民人均可支配收入扣除价格因素实际增长6.1%。",
     [c("6.1%", "6.1", "%", "change", "农村居民人均可支配收入", direction="increase")]),
    ("土地流转率达到62%，较五年前提高10个百分点左右。",
     [c("62%", "62", "%", "percent", "土地流转率"),
      c("10个百分点", "10", "百分点", "change", "土地流转率", direction="increase", approx="about")]),
    ("平均降价幅度在五成左右。",
     [c("五成", "50", "%", "change", "平均降价幅度", direction="decrease", approx="about")]),
    ("全市地区生产总值增长6.1%，高于全省平均水平0.4个百分点。",
     [c("6.1%", "6.1", "%", "change", "地区生产总值", direction="increase"),
      c("0.4个百分点", "0.4", "百分点", "change", "地区生产总值", direction="increase")]),
    ("规模以上工业增加值增长6.2%。9月当月增长7.8%，环比增长0.62%。",
     [c("6.2%", "6.2", "%", "change", "规模以上工业增加值", direction="increase"),
      c("7.8%", "7.8", "%", "change", "规模以上工业增加值", direction="increase"),
      c("0.62%", "0.62", "%", "change", "规模以上工业增加值", direction="increase", baseline="环比")]),
    ("为参保群众节约费用约3.4亿元。",
     [c("3.4亿元", "340000000", "元", "change", "参保群众节约费用", direction="decrease", approx="about")]),
    ("对1.2万件重复诉求开展回头看。", [c("1.2万件", "12000", "件", "count", "重复诉求")]),
    ("及时受理率、按期办结率均达100%。", [c("100%", "100", "%", "percent", "及时受理率、按期办结率")]),
    ("常委会组成人员和代表320余人次深入一线开展调研。",
     [c("320余人次", "320", "人次", "count", "常委会组成人员和代表", approx="more_than")]),
    ("城乡居民收入比为2.02:1，比上年缩小0.05。",
     [c("2.02", "2.02", "", "ratio", "城乡居民收入比"), c("1", "1", "", "ratio", "城乡居民收入比"),
      c("0.05", "0.05", "", "change", "城乡居民收入比", direction="decrease", baseline="上年")]),
    ("1至2月共受理诉求62万件，其中1月47.8万件；2月份受理量最少，为14.2万件。",
     [c("62万件", "620000", "件", "count", "诉求"), c("47.8万件", "478000", "件", "count", "诉求"),
      c("14.2万件", "142000", "件", "count", "受理量")]),
    ("挤占挪用资金0.85亿元。", [c("0.85亿元", "85000000", "元", "money", "挤占挪用资金")]),
    ("筹集保障性租赁住房2,360套（间）、建筑面积约13.5万平方米。",
     [c("2,360套", "2360", "套", "count", "保障性租赁住房"),
      c("13.5万平方米", "135000", "平方米", "measure", "建筑面积", approx="about")]),
    ("热线平均通话时长3分12秒。", [c("3分12秒", "192", "秒", "duration", "热线平均通话时长")]),
    ("航班起降8.6万架次，新增建设用地2,300公顷。",
     [c("8.6万架次", "86000", "架次", "count", "航班起降"), c("2,300公顷", "2300", "公顷", "measure", "建设用地")]),
    ("节约用电1,200万度，播放公益广告1.2万条次。",
     [c("1,200万度", "12000000", "度", "change", "用电", direction="decrease"),
      c("1.2万条次", "12000", "条次", "count", "公益广告")]),
    ("网络渠道（微信、APP、网站）受理83.2万件。",
     [c("83.2万件", "832000", "件", "count", "网络渠道（微信、APP、网站）受理")]),
    ("热点问题依次为：城乡建设（38.2万件）、劳动社保（27.6万件）。",
     [c("38.2万件", "382000", "件", "count", "城乡建设"), c("27.6万件", "276000", "件", "count", "劳动社保")]),
    ("全年接待游客6,850万人次，恢复到2019年同期的112%。",
     [c("6,850万人次", "68500000", "人次", "count", "游客"), c("112%", "112", "%", "percent", "游客")]),
    ("完成投资超过8000亿元，是上一个五年的1.6倍。",
     [c("8000亿元", "800000000000", "元", "money", "投资", approx="more_than"),
      c("1.6倍", "1.6", "倍", "change", "投资", direction="increase")]),
    # terms of a structure in whole numbers are no time of day
    ("到2005年,三次产业结构调整为13:48:39左右。",
     [c("13", "13", "", "ratio", "三次产业结构", approx="about"),
      c("48", "48", "", "ratio", "三次产业结构", approx="about"),
      c("39", "39", "", "ratio", "三次产业结构", approx="about")]),
    # 节能 opens a name here (节能环保产业贷款), not a saving
    ("绿色贷款中,节能环保产业贷款18.05亿元。",
     [c("18.05亿元", "1805000000", "元", "money", "节能环保产业贷款")]),
    # a multiple of a baseline is a change, its way by whether it is over 1; a gap between two sides is a ratio
    ("科技支出4.86亿元，是2020年的2.1倍；一般性支出仅为2020年的0.8倍。城乡居民收入倍差为2.3倍。",
     [c("4.86亿元", "486000000", "元", "money", "科技支出"),
      c("2.1倍", "2.1", "倍", "change", "科技支出", direction="increase"),
      c("0.8倍", "0.8", "倍", "change", "一般性支出", direction="decrease"),
      c("2.3倍", "2.3", "倍", "ratio", "城乡居民收入倍差")]),
    ("市人大常委会作出决议决定21项，批准地方性法规9部。",
     [c("21项", "21", "项", "count", "决议决定"), c("9部", "9", "部", "count", "地方性法规")]),
    ("通过调解、和解方式结案3.7万件。", [c("3.7万件", "37000", "件", "count", "调解、和解方式结案")]),
    ("审结电信网络诈骗、帮信犯罪案件656件。", [c("656件", "656", "件", "count", "电信网络诈骗、帮信犯罪案件")]),
    ("修复被损毁的耕地、林地共计860亩。", [c("860亩", "860", "亩", "measure", "被损毁的耕地、林地")]),
    ("确保每个行政村3—5名。",
     [c("3", "3", "名", "count", "行政村", role="range_low"),
      c("5名", "5", "名", "count", "行政村", role="range_high")]),
    ("办理时限压缩至5个工作日以内。", [c("5个工作日", "5", "工作日", "duration", "办理时限", approx="at_most")]),
]

# --- words and signs met in real reports: ∶, traditional characters, 千分点, 通, 席, 轮次, days ----------------
REPORT_VOCABULARY: list[Case] = [
    # pressure and turbidity units of water works; a rate per hundred thousand written out in words
    ("管网末梢压力0.32兆帕，出厂水浊度年均值0.08NTU；孕产妇死亡率为十万分之七点九。",
     [c("0.32兆帕", "0.32", "兆帕", "measure", "管网末梢压力"),
      c("0.08NTU", "0.08", "NTU", "measure", "出厂水浊度年均值"),
      c("十万分之七点九", "7.9", "/10万", "other", "孕产妇死亡率")]),
    # heat in 吉焦, ships' deadweight in 载重吨, courses counted by times (门次)
    ("供热总量4326万吉焦,运力规模213.8万载重吨,开设课程7,912门次。",
     [c("4326万吉焦", "43260000", "吉焦", "measure", "供热总量"),
      c("213.8万载重吨", "2138000", "载重吨", "measure", "运力规模"),
      c("7,912门次", "7912", "门次", "count", "开设课程")]),
    # 伍 of 队伍 is a letter of the word, not a capital five; 盏次 counts lamps by times
    ("公司组建抢修队伍三支，维修更换灯具3127盏次。",
     [c("三支", "3", "支", "count", "抢修队伍"),
      c("3127盏次", "3127", "盏次", "count", "维修更换灯具")]),
    # time limits in a quoted rule are figures
    ("对重点投诉实行“24小时内响应、5个工作日内办结”。",
     [c("24小时", "24", "小时", "duration", "响应", approx="at_most"),
      c("5个工作日", "5", "工作日", "duration", "办结", approx="at_most")]),
    # 核减 cuts what was submitted; 比例 is no comparison (最高达60%); 海里 a measure; a quoted grade opens a noun
    ("核减工程结算价款2.4亿元，核减率6.5%；补贴比例最高达60%，巡航2.6万海里，对3个“差”等级项目收回资金。",
     [c("2.4亿元", "240000000", "元", "change", "工程结算价款", direction="decrease"),
      c("6.5%", "6.5", "%", "change", "核减率", direction="decrease"),
      c("60%", "60", "%", "percent", "补贴比例", approx="at_most"),
      c("2.6万海里", "26000", "海里", "measure", "巡航"),
      c("3个", "3", "个", "count", "“差”等级项目")]),
    # traditional text: units as written; a figure in two scales is one; 民國 years and 上一期 are no claims
    ("115年上半年全市營業收入為新臺幣1兆2,384億元，較上一期增加0.4個百分點；年底人口285萬2,170人。",
     [c("1兆2,384億元", "1238400000000", "元", "money", "營業收入"),
      c("0.4個百分點", "0.4", "百分點", "change", "營業收入", direction="increase"),
      c("285萬2,170人", "2852170", "人", "count", "人口")]),
    # 居民约 is about so many residents (村规民约 is a word); savings of power are decreases, 节能环保 a name
    ("惠及居民约3.4万人，修订村规民约56件。",
     [c("3.4万人", "34000", "人", "count", "居民", approx="about"), c("56件", "56", "件", "count", "村规民约")]),
    ("改造后年可节电约48万千瓦时，全市节能环保产业产值86亿元。",
     [c("48万千瓦时", "480000", "千瓦时", "change", "年可节电", approx="about", direction="decrease"),
      c("86亿元", "8600000000", "元", "money", "节能环保产业产值")]),
    # an average per series is a rate; 印张 a measure word; a tranche's term, a product's holding period
    ("全年制作电视剧21部，平均每部32.5集，总印张46.3亿印张。",
     [c("21部", "21", "部", "count", "电视剧"), c("32.5集", "32.5", "集", "other", "平均每部"),
      c("46.3亿印张", "4630000000", "印张", "count", "总印张")]),
    ("本期债券品种一期限为3年，理财产品“安盈60天持有期”年化收益率2.15%。",
     [c("3年", "3", "年", "duration", "本期债券品种一期限"),
      c("2.15%", "2.15", "%", "percent", "理财产品“安盈60天持有期”年化收益率")]),
    # a streak kept up, in quotes or with 无
    ("社区矫正对象再犯罪率为0.18%，连续4年保持“零脱管”，连续9年无罪犯脱逃。",
     [c("0.18%", "0.18", "%", "percent", "社区矫正对象再犯罪率"), c("4年", "4", "年", "duration", "零脱管"),
      c("9年", "9", "年", "duration", "无罪犯脱逃")]),
    # days counted are a count (优良天数), an average stay a duration; a subject naming its measure word gives it
    ("空气质量优良天数为312天，民事案件平均审理天数41.6天，总诊疗人次5.28亿，参保人数120万。",
     [c("312天", "312", "天", "count", "空气质量优良天数"),
      c("41.6天", "41.6", "天", "duration", "民事案件平均审理天数"),
      c("5.28亿", "528000000", "人次", "count", "总诊疗人次"), c("120万", "1200000", "人", "count", "参保人数")]),
    # 比上年多+verb is a change; 章 counts; (含) makes a bound inclusive; a total names what its items share
    ("条例共7章52条。全年加装电梯52部，比上年多加装17部，1000万元（含）以下的项目12个。",
     [c("7章", "7", "章", "count", "条例"), c("52条", "52", "条", "count", "条例"),
      c("52部", "52", "部", "count", "加装电梯"),
      c("17部", "17", "部", "change", "加装电梯", direction="increase", baseline="上年"),
      c("12个", "12", "个", "count", "1000万元（含）以下的项目")]),
    ("全市建成胸痛中心8个、卒中中心7个、创伤中心5个，共计20个。",
     [c("8个", "8", "个", "count", "胸痛中心"), c("7个", "7", "个", "count", "卒中中心"),
      c("5个", "5", "个", "count", "创伤中心"), c("20个", "20", "个", "count", "中心")]),
    # price cuts and floating rates are changes; measure words of 殡葬, drugs, customs and railways
    ("耗材集采平均降价82%，贷款利率下浮10%，同比减2.4%。",
     [c("82%", "82", "%", "change", "耗材集采", direction="decrease"),
      c("10%", "10", "%", "change", "贷款利率", direction="decrease"),
      c("2.4%", "2.4", "%", "change", "贷款利率", direction="decrease", baseline="同比")]),
    ("火化遗体3.18万具，药品2万盒，申报清单2,360万票，开行中欧班列1,236列。",
     [c("3.18万具", "31800", "具", "count", "火化遗体"), c("2万盒", "20000", "盒", "count", "药品"),
      c("2,360万票", "23600000", "票", "count", "清单"), c("1,236列", "1236", "列", "count", "开行中欧班列")]),
    # 为X减少…: a saving for someone is a change; 节约 a fund is a saving, 节约用电量 a measure
    ("节约医保基金9.7亿元，为群众减少垫付资金28.4亿元。",
     [c("9.7亿元", "970000000", "元", "change", "医保基金", direction="decrease"),
      c("28.4亿元", "2840000000", "元", "change", "群众减少垫付资金", direction="decrease")]),
    # verbs after the counted people end the noun; a chain of verbs before a noun goes; 直接 stays
    ("为4100余名残疾儿童实施康复救助，新建、提升退役军人服务站286个，审结的977件中直接纠错71件，本市工业总产值300亿元。",
     [c("4100余名", "4100", "名", "count", "残疾儿童", approx="more_than"),
      c("286个", "286", "个", "count", "退役军人服务站"), c("977件", "977", "件", "count", "审结"),
      c("71件", "71", "件", "count", "直接纠错"), c("300亿元", "30000000000", "元", "money", "工业总产值")]),
    # 约为…的九成: the qualifier before a share phrase holds for the share, which is of the figure before
    ("人均水资源量1432立方米，约为全省平均水平的九成。",
     [c("1432立方米", "1432", "立方米", "measure", "人均水资源量"),
      c("九成", "90", "%", "percent", "人均水资源量", approx="about")]),
    ("本年度被复议纠错率为0，行政诉讼败诉率为零。",
     [c("0", "0", "%", "percent", "被复议纠错率"), c("零", "0", "%", "percent", "行政诉讼败诉率")]),
    # a grade or a code opens the noun after a count; the base of a per-N figure is no part of its subject
    ("新增2家4A级景区，建成3个5G基站，每千常住人口医疗卫生机构床位6.8张。",
     [c("2家", "2", "家", "count", "4A级景区"), c("3个", "3", "个", "count", "5G基站"),
      c("6.8张", "6.8", "张", "other", "医疗卫生机构床位")]),
    # a from-to pair of counts after a rate names what the rate was computed on
    ("取消证明材料31项，减少率达到62%，由原来的50项减少至19项。",
     [c("31项", "31", "项", "count", "取消证明材料"), c("62%", "62", "%", "change", "减少率", direction="decrease"),
      c("50项", "50", "项", "count", "取消证明材料", role="before"),
      c("19项", "19", "项", "count", "取消证明材料", role="after")]),
    # a time on both sides of a from-to pair; a sign after 同比; a number inside a book title with a bracket
    ("存款余额从年初的368.5亿元增加到年末的402.7亿元，建筑业企业从7月末的103家增加到9月末的109家。",
     [c("368.5亿元", "36850000000", "元", "money", "存款余额", role="before"),
      c("402.7亿元", "40270000000", "元", "money", "存款余额", role="after"),
      c("103家", "103", "家", "count", "建筑业企业", role="before"),
      c("109家", "109", "家", "count", "建筑业企业", role="after")]),
    ("社会消费品零售总额同比+8.3%，工业投资同比-2.0%。",
     [c("8.3%", "8.3", "%", "change", "社会消费品零售总额", direction="increase", baseline="同比"),
      c("-2.0%", "2.0", "%", "change", "工业投资", direction="decrease", baseline="同比")]),
    ("印发《人民法院五年改革纲要（2024—2028）》，审结案件5件。", [c("5件", "5", "件", "count", "案件")]),
    # a measure word before a noun that begins with 人 (人民, 人才); 方面 counts; 规模以上 in a noun after a count
    ("全市共有120个人民调解委员会，存在三方面问题，全县共有217家规模以上工业企业，412名失信被执行人纳入名单。",
     [c("120个", "120", "个", "count", "人民调解委员会"), c("三方面", "3", "方面", "count", "问题"),
      c("217家", "217", "家", "count", "规模以上工业企业"), c("412名", "412", "名", "count", "失信被执行人")]),
    ("任务完成百分之九十二，三五天内办结，零部件收益12亿元。",
     [c("百分之九十二", "92", "%", "percent", "任务"),
      c("三", "3", "天", "duration", "办结", role="range_low"),
      c("五天", "5", "天", "duration", "办结", approx="at_most", role="range_high"),
      c("12亿元", "1200000000", "元", "money", "零部件收益")]),
    ("全年开展地面增雨作业326点次，火箭弹1840枚、高炮炮弹2650发，装卸效率每小时28.6自然箱。",
     [c("326点次", "326", "点次", "count", "地面增雨作业"), c("1840枚", "1840", "枚", "count", "火箭弹"),
      c("2650发", "2650", "发", "count", "高炮炮弹"), c("28.6自然箱", "28.6", "自然箱", "count", "装卸效率")]),
    ("演习中发射2370发炮弹，其中3发未爆。",
     [c("2370发", "2370", "发", "count", "炮弹"), c("3发", "3", "发", "count", "未爆")]),
    ("刑事案件发案率（每万人口刑事案件立案数）由上年的12.4下降至10.9，下降1.5。",
     [c("12.4", "12.4", "", "other", "刑事案件发案率", role="before"),
      c("10.9", "10.9", "", "other", "刑事案件发案率", role="after"),
      c("1.5", "1.5", "", "change", "刑事案件发案率", direction="decrease")]),
    ("澳门分公司营业收入MOP$3860万，台湾地区合作项目投资新台币500。",
     [c("3860万", "38600000", "澳门元", "money", "澳门分公司营业收入"),
      c("500", "500", "新台币", "money", "台湾地区合作项目投资")]),
    ("末期股息每股港幣18.0仙。毛利由人民幣12.5億元增加至人民幣15.2億元。",
     [c("18.0仙", "18.0", "港仙", "money", "末期股息"),
      c("12.5億元", "1250000000", "元", "money", "毛利", role="before"),
      c("15.2億元", "1520000000", "元", "money", "毛利", role="after")]),
    ("影响CPI上涨约0.52个百分点，办理时限由法定20个工作日压缩至1个工作日。",
     [c("0.52个百分点", "0.52", "百分点", "change", "CPI", approx="about", direction="increase"),
      c("20个工作日", "20", "工作日", "duration", "办理时限", role="before"),
      c("1个工作日", "1", "工作日", "duration", "办理时限", role="after")]),
    # 有效 of a stock (有效发明专利) stays; 【…】 labels go; a ranking keeps its name; a size class is no figure
    ("【创造】全市有效发明专利拥有量1.2万件，综合排名全国第二，建成30万吨级码头2个。",
     [c("1.2万件", "12000", "件", "count", "有效发明专利拥有量"), c("二", "2", "", "rank", "有效发明专利拥有量"),
      c("2个", "2", "个", "count", "30万吨级码头")]),
    # 增加值 is a noun: its share is a share, not a change; 平均每名 makes a per-N figure; 压减率 names a change
    ("实现增加值286.5亿元，增加值占全省地区生产总值的比重为1.24%。",
     [c("286.5亿元", "28650000000", "元", "money", "增加值"), c("1.24%", "1.24", "%", "percent", "增加值")]),
    ("平均每名专职调解员调处纠纷27.4件。", [c("27.4件", "27.4", "件", "other", "纠纷")]),
    ("种植面积由12.4万亩压减到9.8万亩，压减率21.0%。",
     [c("12.4万亩", "124000", "亩", "measure", "种植面积", role="before"),
      c("9.8万亩", "98000", "亩", "measure", "种植面积", role="after"),
      c("21.0%", "21.0", "%", "change", "压减率", direction="decrease")]),
    # a change verb, its object, then the amount: the amount is the size of the change
    ("推进电能替代，减少散烧煤约510万吨，降低企业用电成本23.4亿元，减少审批环节5个。",
     [c("510万吨", "5100000", "吨", "change", "散烧煤", approx="about", direction="decrease"),
      c("23.4亿元", "2340000000", "元", "change", "企业用电成本", direction="decrease"),
      c("5个", "5", "个", "change", "审批环节", direction="decrease")]),
    ("增加就业岗位300个，提升规上工业企业15家，节约用电量120万千瓦时。",
     [c("300个", "300", "个", "count", "就业岗位"), c("15家", "15", "家", "count", "规上工业企业"),
      c("120万千瓦时", "1200000", "千瓦时", "measure", "节约用电量")]),
    # per-units whose second unit begins with a scale (千瓦时, 万元, 百平方公里), and units of energy reports
    ("居民上网电价0.3912元/千瓦时。", [c("0.3912元/千瓦时", "0.3912", "元", "money", "居民上网电价")]),
    ("储能电芯单价0.42元/Wh。", [c("0.42元/Wh", "0.42", "元", "money", "储能电芯单价")]),
    ("单位GDP能耗0.38吨标准煤/万元，公路密度为165.3公里/百平方公里。",
     [c("0.38吨标准煤/万元", "0.38", "吨标准煤/万元", "measure", "单位GDP能耗"),
      c("165.3公里/百平方公里", "165.3", "公里/百平方公里", "measure", "公路密度")]),
    ("温室气体排放总量486.3万吨二氧化碳当量，供电煤耗降至296.5克标准煤/千瓦时。",
     [c("486.3万吨二氧化碳当量", "4863000", "吨二氧化碳当量", "measure", "温室气体排放总量"),
      c("296.5克标准煤/千瓦时", "296.5", "克标准煤/千瓦时", "measure", "供电煤耗")]),
    ("新增光伏装机120MW，移动互联网户均流量19.6GB，智能算力规模达12.8EFLOPS。",
     [c("120MW", "120", "MW", "measure", "光伏装机"), c("19.6GB", "19.6", "GB", "measure", "移动互联网户均流量"),
      c("12.8EFLOPS", "12.8", "EFLOPS", "measure", "智能算力规模")]),
    ("出院者平均住院日8.7日，比上年缩短0.3日。",
     [c("8.7日", "8.7", "日", "duration", "出院者平均住院日"),
      c("0.3日", "0.3", "日", "change", "出院者平均住院日", direction="decrease", baseline="上年")]),
    # 高/多/低 that begin a name (高新技术, 多式联运, 低保) open no change after a scope word
    ("全市高新技术企业占比达到18.3%。", [c("18.3%", "18.3", "%", "percent", "高新技术企业占比")]),
    ("全县多式联运占比为8.5%，低保对象1.2万人。",
     [c("8.5%", "8.5", "%", "percent", "多式联运占比"), c("1.2万人", "12000", "人", "count", "低保对象")]),
    ("全省国家级、省级、市级非遗项目分别为2项、11项和37项。",
     [c("2项", "2", "项", "count", "国家级非遗项目"), c("11项", "11", "项", "count", "省级非遗项目"),
      c("37项", "37", "项", "count", "市级非遗项目")]),
    ("三次产业结构为10.7∶39.5∶49.8。",
     [c("10.7", "10.7", "", "ratio", "三次产业结构"), c("39.5", "39.5", "", "ratio", "三次产业结构"),
      c("49.8", "49.8", "", "ratio", "三次产业结构")]),
    ("本集團收益約為人民幣3,215.6百萬元。",
     [c("3,215.6百萬元", "3215600000", "元", "money", "收益", approx="about")]),
    ("排放二氧化碳當量18.62萬噸。", [c("18.62萬噸", "186200", "噸", "measure", "二氧化碳當量")]),
    ("出生率较上年下降0.4个千分点。",
     [c("0.4个千分点", "0.4", "千分点", "change", "出生率", direction="decrease", baseline="上年")]),
    ("热线全年接听来电4.2万通。", [c("4.2万通", "42000", "通", "count", "来电")]),
    ("纳税服务热线12366接听电话4.2万通。", [c("4.2万通", "42000", "通", "count", "电话")]),
    ("在线座席不少于260席。", [c("260席", "260", "席", "count", "在线座席", approx="at_least")]),
    ("开展执法检查8轮次。", [c("8轮次", "8", "轮次", "count", "执法检查")]),
    ("重大行政决策平均征求意见期限为30日。",
     [c("30日", "30", "日", "duration", "重大行政决策平均征求意见期限")]),
    ("办理期限由30日缩短至15日。",
     [c("30日", "30", "日", "duration", "办理期限", role="before"),
      c("15日", "15", "日", "duration", "办理期限", role="after")]),
    ("知识库条目由1.8万条扩充至2.5万条左右。",
     [c("1.8万条", "18000", "条", "count", "知识库条目", role="before"),
      c("2.5万条", "25000", "条", "count", "知识库条目", role="after", approx="about")]),
    ("全区营商环境排名由第8位升至第3位。",
     [c("第8位", "8", "位", "rank", "营商环境排名", role="before"),
      c("第3位", "3", "位", "rank", "营商环境排名", role="after")]),
    ("存款利率下调0.25个百分点，部分商品价格上调3%。",
     [c("0.25个百分点", "0.25", "百分点", "change", "存款利率", direction="decrease"),
      c("3%", "3", "%", "change", "部分商品价格", direction="increase")]),
    ("女性员工占比为三分之一左右。", [c("三分之一", "33.33", "%", "percent", "女性员工占比", approx="about")]),
    ("办件量比改革前减少了一半以上。",
     [c("一半", "50", "%", "change", "办件量", direction="decrease", approx="more_than")]),
    ("即办件超过半数。", [c("半数", "50", "%", "percent", "即办件", approx="more_than")]),
    ("海外收入同比增长两成半。", [c("两成半", "25", "%", "change", "海外收入", direction="increase", baseline="同比")]),
    ("出口额增长一倍半。", [c("一倍半", "1.5", "倍", "change", "出口额", direction="increase")]),
    ("平均审限两个半月。", [c("两个半月", "2.5", "月", "duration", "平均审限")]),
    ("流动比率1.42，速动比率0.96。",
     [c("1.42", "1.42", "", "ratio", "流动比率"), c("0.96", "0.96", "", "ratio", "速动比率")]),
    ("出生人口性别比为106.3。", [c("106.3", "106.3", "", "ratio", "出生人口性别比")]),
    ("营业收入突破百亿元。", [c("百亿元", "10000000000", "元", "money", "营业收入", approx="more_than")]),
    ("共受理群众诉求286.7万件，日均7855件。",
     [c("286.7万件", "2867000", "件", "count", "群众诉求"), c("7855件", "7855", "件", "other", "群众诉求日均")]),
    ("纳税人满意度连续三年位居全省第一。",
     [c("三年", "3", "年", "duration", "纳税人满意度"), c("第一", "1", "", "rank", "纳税人满意度")]),
    ("为农民工追讨欠薪1.2亿元。", [c("1.2亿元", "120000000", "元", "money", "欠薪")]),
    ("提请市人大常委会审议地方性法规草案3件。", [c("3件", "3", "件", "count", "地方性法规草案")]),
    ("督促清理固体废物3.6万吨。", [c("3.6万吨", "36000", "吨", "measure", "固体废物")]),
]

# --- 分别: the figures after it go in order to the items before it, or to the figures before it -------------
RESPECTIVELY: list[Case] = [
    # 上述三项分别为: the figures the sentence before stated, in order and in their units
    ("全年出让土地126宗,出让面积503.20公顷,成交价款98.60亿元。2023年上述三项分别为118宗、486.75公顷和104.30亿元。",
     [c("126宗", "126", "宗", "count", "出让土地"),
      c("503.20公顷", "503.20", "公顷", "measure", "出让面积"),
      c("98.60亿元", "9860000000", "元", "money", "成交价款"),
      c("三项", "3", "项", "count", None),
      c("118宗", "118", "宗", "count", "出让土地"),
      c("486.75公顷", "486.75", "公顷", "measure", "出让面积"),
      c("104.30亿元", "10430000000", "元", "money", "成交价款")]),
    # a colon or a number inside a title's marks ends no clause: the title names what follows it
    ("《长津湖之水门桥2:归途》票房862.4万元,占18.6%;《飞驰人生》票房705.1万元。",
     [c("862.4万元", "8624000", "元", "money", "《长津湖之水门桥2:归途》票房"),
      c("18.6%", "18.6", "%", "percent", "《长津湖之水门桥2:归途》票房"),
      c("705.1万元", "7051000", "元", "money", "《飞驰人生》票房")]),
    # items picked out by a clause with 的; a second run of the same kinds in another measure
    ("投诉较多的东城区、西城区分别为862件和745件。技术开发、技术服务类的合同数分别为126项和88项,合同金额分别为"
     "5120万元和1860万元。",
     [c("862件", "862", "件", "count", "东城区"),
      c("745件", "745", "件", "count", "西城区"),
      c("126项", "126", "项", "count", "技术开发合同数"),
      c("88项", "88", "项", "count", "技术服务类合同数"),
      c("5120万元", "51200000", "元", "money", "技术开发合同金额"),
      c("1860万元", "18600000", "元", "money", "技术服务合同金额")]),
    # age bands, the last with its own bound (及以上), each a name; shares of a named whole, in the same order
    ("全县0—14岁、15—59岁和60岁及以上人口分别为5.12万人、21.36万人和8.04万人,占常住人口的比重分别为14.5%、"
     "60.7%和22.8%。男性17.62万人,女性16.90万人,分别占51.0%和49.0%。",
     [c("5.12万人", "51200", "人", "count", "0—14岁人口"),
      c("21.36万人", "213600", "人", "count", "15—59岁人口"),
      c("8.04万人", "80400", "人", "count", "60岁及以上人口"),
      c("14.5%", "14.5", "%", "percent", "0—14岁人口"),
      c("60.7%", "60.7", "%", "percent", "15—59岁人口"),
      c("22.8%", "22.8", "%", "percent", "60岁及以上人口"),
      c("17.62万人", "176200", "人", "count", "男性"),
      c("16.90万人", "169000", "人", "count", "女性"),
      c("51.0%", "51.0", "%", "percent", "男性"),
      c("49.0%", "49.0", "%", "percent", "女性")]),
    # items parted by 、 keep a 及 inside (生活用品及服务); items may fill the whole clause before 分别
    ("食品、衣着、交通及通信价格分别上涨1.2%、0.4%和2.1%。增长最快的两个镇依次为：东岭镇、西河镇，分别增加1260人、980人。",
     [c("1.2%", "1.2", "%", "change", "食品", direction="increase"),
      c("0.4%", "0.4", "%", "change", "衣着", direction="increase"),
      c("2.1%", "2.1", "%", "change", "交通及通信价格", direction="increase"),
      c("两个", "2", "个", "count", "镇"),
      c("1260人", "1260", "人", "change", "东岭镇", direction="increase"),
      c("980人", "980", "人", "change", "西河镇", direction="increase")]),
    # items that are names of their own (uneven lengths) keep their names; places listed after 分别居
    ("二氧化硫、氨氮、挥发性有机物排放量分别削减420吨、63吨和1150吨，收案数、结案数分别居全省第3位、第5位。",
     [c("420吨", "420", "吨", "change", "二氧化硫", direction="decrease"),
      c("63吨", "63", "吨", "change", "氨氮", direction="decrease"),
      c("1150吨", "1150", "吨", "change", "挥发性有机物排放量", direction="decrease"),
      c("3位", "3", "位", "rank", "收案数"), c("5位", "5", "位", "rank", "结案数")]),
    # 分别 after figures stated one by one: each share or multiple goes to its own figure, in order
    ("完成进出口总额86.2亿元、实际利用外资3.1亿美元，分别是2020年的1.35倍和1.82倍。",
     [c("86.2亿元", "8620000000", "元", "money", "进出口总额"),
      c("3.1亿美元", "310000000", "美元", "money", "实际利用外资"),
      c("1.35倍", "1.35", "倍", "change", "进出口总额", direction="increase"),
      c("1.82倍", "1.82", "倍", "change", "实际利用外资", direction="increase")]),
    ("城镇、农村常住居民人均可支配收入分别达到56,320元和31,870元，分别增长4.6%和6.3%。",
     [c("56,320元", "56320", "元", "money", "城镇常住居民人均可支配收入"),
      c("31,870元", "31870", "元", "money", "农村常住居民人均可支配收入"),
      c("4.6%", "4.6", "%", "change", "城镇常住居民人均可支配收入", direction="increase"),
      c("6.3%", "6.3", "%", "change", "农村常住居民人均可支配收入", direction="increase")]),
    ("小学、初中、高中在校生分别为38.6万人、17.5万人和11.9万人。",
     [c("38.6万人", "386000", "人", "count", "小学在校生"), c("17.5万人", "175000", "人", "count", "初中在校生"),
      c("11.9万人", "119000", "人", "count", "高中在校生")]),
    ("装备制造业、高技术制造业增加值分别增长9.4%、11.2%。",
     [c("9.4%", "9.4", "%", "change", "装备制造业增加值", direction="increase"),
      c("11.2%", "11.2", "%", "change", "高技术制造业增加值", direction="increase")]),
    ("出口、进口分别增长12.4%和下降3.5%。",
     [c("12.4%", "12.4", "%", "change", "出口", direction="increase"),
      c("3.5%", "3.5", "%", "change", "进口", direction="decrease")]),
    ("受理各类案件15.62万件，审执结14.8万件，同比分别上升6.7%和5.9%。",
     [c("15.62万件", "156200", "件", "count", "各类案件"), c("14.8万件", "148000", "件", "count", "审执结"),
      c("6.7%", "6.7", "%", "change", "各类案件", direction="increase", baseline="同比"),
      c("5.9%", "5.9", "%", "change", "审执结", direction="increase", baseline="同比")]),
    # after changes just stated, the rates are the rates of those changes
    ("事故起数减少5起、死亡人数减少4人,同比分别下降23.8%和23.5%。",
     [c("5起", "5", "起", "change", "事故起数", direction="decrease"),
      c("4人", "4", "人", "change", "死亡人数", direction="decrease"),
      c("23.8%", "23.8", "%", "change", "事故起数", direction="decrease", baseline="同比"),
      c("23.5%", "23.5", "%", "change", "死亡人数", direction="decrease", baseline="同比")]),
    # 累计分别: the totals of the things just counted, in order; a clause that names its thing keeps it
    ("新增省级专精特新企业41家、国家级小巨人企业6家，累计分别达到158家和23家。",
     [c("41家", "41", "家", "count", "省级专精特新企业"), c("6家", "6", "家", "count", "国家级小巨人企业"),
      c("158家", "158", "家", "count", "省级专精特新企业"), c("23家", "23", "家", "count", "国家级小巨人企业")]),
    ("城镇居民人均可支配收入42000元、农村居民18000元，消费支出分别为28000元和12000元。",
     [c("42000元", "42000", "元", "money", "城镇居民人均可支配收入"), c("18000元", "18000", "元", "money", "农村居民"),
      c("28000元", "28000", "元", "money", "消费支出"), c("12000元", "12000", "元", "money", "消费支出")]),
    # a qualifier after the list of 分别 holds for every item of it
    ("骑乘人员和驾乘人员头盔佩戴率分别达到95%、88%以上。",
     [c("95%", "95", "%", "percent", "骑乘人员头盔佩戴率", approx="more_than"),
      c("88%", "88", "%", "percent", "驾乘人员头盔佩戴率", approx="more_than")]),
    ("争取中央预算内投资、地方政府专项债券资金分别约为9.8亿元、27.4亿元。",
     [c("9.8亿元", "980000000", "元", "money", "中央预算内投资", approx="about"),
      c("27.4亿元", "2740000000", "元", "money", "地方政府专项债券资金", approx="about")]),
    ("小学、初中班额分别控制在45人、50人以内。",
     [c("45人", "45", "人", "count", "小学班额", approx="at_most"),
      c("50人", "50", "人", "count", "初中班额", approx="at_most")]),
    ("一般公共预算收入完成18.76亿元，为预算的101.2%，比上年增长4.3%。",
     [c("18.76亿元", "1876000000", "元", "money", "一般公共预算收入"),
      c("101.2%", "101.2", "%", "percent", "一般公共预算收入"),
      c("4.3%", "4.3", "%", "change", "一般公共预算收入", direction="increase", baseline="上年")]),
]

# --- a fund's flows said after it once, prices per unit, verbs that a noun must not swallow ---------------
FLOWS_AND_PRICES: list[Case] = [
    # the climate normal as the earlier value: past its bracket a one-character verb is a change; 常年值为 is before
    ("全市年降水量1284.6毫米,比常年值(1402.3毫米)少117.7毫米。年日照时数1705.2小时,常年值为1618.9小时,偏多86.3小时。",
     [c("1284.6毫米", "1284.6", "毫米", "measure", "年降水量"),
      c("1402.3毫米", "1402.3", "毫米", "measure", "年降水量"),
      c("117.7毫米", "117.7", "毫米", "change", "年降水量", direction="decrease", baseline="常年"),
      c("1705.2小时", "1705.2", "小时", "duration", "年日照时数", role="after"),
      c("1618.9小时", "1618.9", "小时", "duration", "年日照时数", role="before"),
      c("86.3小时", "86.3", "小时", "change", "年日照时数", direction="increase")]),
    # the owner named with the first flow owns the flows that follow; 累计 stays with its 结存
    ("住房公积金收入86.4亿元，支出71.2亿元，年末累计结存205.3亿元。",
     [c("86.4亿元", "8640000000", "元", "money", "住房公积金收入"),
      c("71.2亿元", "7120000000", "元", "money", "住房公积金支出"),
      c("205.3亿元", "20530000000", "元", "money", "住房公积金累计结存")]),
    # a heading names the tax whose takings the paragraph under it states; its trend word is no part of the name
    ("二、主要税种\n（一）企业所得税稳中有升。入库6.8亿元，同比增长2.1%。",
     [c("6.8亿元", "680000000", "元", "money", "企业所得税入库"),
      c("2.1%", "2.1", "%", "change", "企业所得税入库", direction="increase", baseline="同比")]),
    ("三、培训费\n全年支出12.6万元，较上年减少3.4万元。",
     [c("12.6万元", "126000", "元", "money", "培训费支出"),
      c("3.4万元", "34000", "元", "change", "培训费支出", direction="decrease", baseline="上年")]),
    # …but a heading that names a kind of work owns nothing
    ("二、重点工作\n全年支出8.2万元。", [c("8.2万元", "82000", "元", "money", "支出")]),
    # a price per kilogram: 每公斤 is its unit, not what it measures; 最高为 and 最低为 keep the name whole
    ("精瘦肉平均零售价格由年初的每公斤27.5元回升至29.8元。",
     [c("27.5元", "27.5", "元", "money", "精瘦肉平均零售价格", role="before"),
      c("29.8元", "29.8", "元", "money", "精瘦肉平均零售价格", role="after")]),
    ("大白菜零售价格最高为1月份的每斤2.35元，最低为7月份的1.10元。",
     [c("2.35元", "2.35", "元", "money", "大白菜零售价格"), c("1.10元", "1.10", "元", "money", "大白菜零售价格")]),
    # 压降 and 调减 are verbs whole: 压 is not what was counted
    ("融资担保公司由年初的18家压降至15家。",
     [c("18家", "18", "家", "count", "融资担保公司", role="before"),
      c("15家", "15", "家", "count", "融资担保公司", role="after")]),
    ("能繁母猪存栏由3.2万头调减至3.0万头。",
     [c("3.2万头", "32000", "头", "count", "能繁母猪存栏", role="before"),
      c("3.0万头", "30000", "头", "count", "能繁母猪存栏", role="after")]),
    # 平均 and 户均 go whole, so the count ends before them; a gain per household is named by itself
    ("监测的16种水果平均零售价格为每公斤9.6元。",
     [c("16种", "16", "种", "count", "水果"), c("9.6元", "9.6", "元", "money", "平均零售价格")]),
    # a comparison with the round before (比上轮), a share said as 所占比重, land taken (被占) not a share
    ("初中生近视率为71.2%,比上轮的73.0%下降1.8个百分点。",
     [c("71.2%", "71.2", "%", "percent", "初中生近视率"), c("73.0%", "73.0", "%", "percent", "初中生近视率"),
      c("1.8个百分点", "1.8", "百分点", "change", "初中生近视率", direction="decrease")]),
    ("受理行政复议案件412件,所占比重为58.3%。",
     [c("412件", "412", "件", "count", "行政复议案件"), c("58.3%", "58.3", "%", "percent", "行政复议案件")]),
    ("收回被占林地48.6亩。", [c("48.6亩", "48.6", "亩", "measure", "被占林地")]),
    # the point gap to a pace set in a share: of the pace, not of 高出; the price gap per kilogram: of the price
    ("完成年度任务的61.5%,比50%的序时进度高出11.5个百分点。",
     [c("61.5%", "61.5", "%", "percent", "年度任务"), c("50%", "50", "%", "percent", "序时进度"),
      c("11.5个百分点", "11.5", "百分点", "change", "序时进度", direction="increase")]),
    ("牛肉均价仍高于上年同期,每公斤高出3.20元。",
     [c("3.20元", "3.20", "元", "change", "牛肉均价", direction="increase")]),
    # a list marker with a space after it is no part of the subject; the rest is of the soldiers named after it
    ("1. 确保剩余12名退役士兵年底前到岗。", [c("12名", "12", "名", "count", "退役士兵")]),
    # quarters listed before 分别 are dates, with the 、 between them: none of it names the figures
    ("公司第一季度、第二季度分别实现营业收入8.2亿元、9.6亿元。",
     [c("8.2亿元", "820000000", "元", "money", "营业收入"), c("9.6亿元", "960000000", "元", "money", "营业收入")]),
    # a label's colon, then the period the figure is of: the label names it
    ("2. 管理费用:本期18,520.36万元,上年同期17,204.90万元,同比增长7.65%。",
     [c("18,520.36万元", "185203600", "元", "money", "管理费用"),
      c("17,204.90万元", "172049000", "元", "money", "管理费用"),
      c("7.65%", "7.65", "%", "change", "管理费用", direction="increase", baseline="同比")]),
    # a figure recovered to: the earlier value in brackets is of what recovered, named before 恢复
    ("全年旅游总收入48.26亿元,按可比口径恢复至2019年同期(43.10亿元)的112.0%。",
     [c("48.26亿元", "4826000000", "元", "money", "旅游总收入"),
      c("43.10亿元", "4310000000", "元", "money", "旅游总收入"),
      c("112.0%", "112.0", "%", "percent", "旅游总收入")]),
    # a span of years, then what each year of it holds (no 年/年); banquets counted in tables
    ("县财政连续三年每年安排专项资金500万元,春节期间宴席预订2360桌。",
     [c("三年", "3", "年", "duration", "县财政"), c("500万元", "5000000", "元", "money", "专项资金"),
      c("2360桌", "2360", "桌", "count", "宴席预订")]),
    # the gap to a long-named average is of the figure before it
    ("毕业生平均月收入为4380元,比全省高职院校毕业生平均水平高出约三百元。",
     [c("4380元", "4380", "元", "money", "毕业生平均月收入"),
      c("三百元", "300", "元", "change", "毕业生平均月收入", approx="about", direction="increase")]),
    # a price table with a spec column: the goods name the row, the spec only qualifies it
    ("单位:元/公斤\n品种 | 规格 | 本期均价\n鸡蛋 | 新鲜完整 | 8.96\n粳米 | 标一 | 6.12",
     [c("8.96", "8.96", "元", "money", "鸡蛋本期均价"), c("6.12", "6.12", "元", "money", "粳米本期均价")]),
    # rows of offices in columns of years count what the caption above the table names
    ("表1 2024年各部门行政处罚案件量\n部门 | 2023年(件) | 2024年(件)\n县市场监管局 | 612 | 655",
     [c("612", "612", "件", "count", "县市场监管局行政处罚案件量", role="before"),
      c("655", "655", "件", "count", "县市场监管局行政处罚案件量", role="after")]),
    ("带动脱贫户2300户户均增收2600元。",
     [c("2300户", "2300", "户", "count", "脱贫户"),
      c("2600元", "2600", "元", "change", "户均增收", direction="increase")]),
]

# --- ages: a figure in 岁 is one; an age bound (60岁以上, 年满18周岁, 18至60岁) is not --------------------
AGES: list[Case] = [
    ("干部平均年龄42.5岁。", [c("42.5岁", "42.5", "岁", "other", "干部平均年龄")]),
    ("人均预期寿命达到79.6岁，比上年提高0.3岁。",
     [c("79.6岁", "79.6", "岁", "other", "人均预期寿命"),
      c("0.3岁", "0.3", "岁", "change", "人均预期寿命", direction="increase", baseline="上年")]),
    ("60岁以上老年人12.3万人，占18.2%。",
     [c("12.3万人", "123000", "人", "count", "60岁以上老年人"), c("18.2%", "18.2", "%", "percent", "60岁以上老年人")]),
    ("年满18周岁的居民2.1万人。", [c("2.1万人", "21000", "人", "count", "年满18周岁的居民")]),
    ("18至60岁人群参保率达96%。", [c("96%", "96", "%", "percent", "18至60岁人群参保率")]),
    ("600分以上考生有312人。", [c("312人", "312", "人", "count", "600分以上考生")]),
    ("组织干部300人以上参加培训。", [c("300人", "300", "人", "count", "干部", approx="more_than")]),
]

# --- text as it comes from real pages -----------------------------------------------------------------------
REAL_PAGES: list[Case] = [
    # a post's lines: a bullet or an emoji opens a line of its own, and is no part of the subject
    ("📈 数读2024\n▶ 出院患者4.21万人次，住院手术1.56万台次\n✅ 城镇调查失业率控制在5%以内",
     [c("4.21万人次", "42100", "人次", "count", "出院患者"), c("1.56万台次", "15600", "台次", "count", "住院手术"),
      c("5%", "5", "%", "percent", "城镇调查失业率", approx="at_most")]),
    ("全年生活垃圾清运量23.8\n万吨，增长3.1%。",
     [c("23.8\n万吨", "238000", "吨", "measure", "生活垃圾清运量"),
      c("3.1%", "3.1", "%", "change", "生活垃圾清运量", direction="increase")]),
    ("全年城镇新增就业20468 人。", [c("20468 人", "20468", "人", "count", "城镇新增就业")]),
    ("地区生产总值增长 5.7 %。", [c("5.7 %", "5.7", "%", "change", "地区生产总值", direction="increase")]),
    ("全年受理案件１２３４件。", [c("１２３４件", "1234", "件", "count", "案件")]),
    ("群众满意率９８．６％。", [c("９８．６％", "98.6", "%", "percent", "群众满意率")]),
    ("全年居民消费价格上涨2·6%。", [c("2·6%", "2.6", "%", "change", "居民消费价格", direction="increase")]),
    ("带动社会投资1,100万元。", [c("1,100万元", "11000000", "元", "money", "社会投资")]),
    ("全省法院受理案件415 233件。", [c("415 233件", "415233", "件", "count", "案件")]),
    ("全年办理\n行政许可事项5.73万件。", [c("5.73万件", "57300", "件", "count", "行政许可事项")]),
    ("营业收入增长 12.5 ％。", [c("12.5 ％", "12.5", "%", "change", "营业收入", direction="increase")]),
    ("罚没金额3,856.7\n万元。", [c("3,856.7\n万元", "38567000", "元", "money", "罚没金额")]),
    ("受理案件23\u00a0456件。", [c("23\u00a0456件", "23456", "件", "count", "案件")]),
    ("参与群众约 3.6 万人。", [c("3.6 万人", "36000", "人", "count", "参与群众", approx="about")]),
    ("城镇化率提高 1.1 个百分点。",
     [c("1.1 个百分点", "1.1", "百分点", "change", "城镇化率", direction="increase")]),
    ("全年完成固定资产投资１５．６亿元，同比增长６．２％。",
     [c("１５．６亿元", "1560000000", "元", "money", "固定资产投资"),
      c("６．２％", "6.2", "%", "change", "固定资产投资", direction="increase", baseline="同比")]),
    ("全县共有\r\n养老服务机构48家。", [c("48家", "48", "家", "count", "养老服务机构")]),
    ("办理法律援助案件671件，\n增长53.9%。",
     [c("671件", "671", "件", "count", "法律援助案件"),
      c("53.9%", "53.9", "%", "change", "法律援助案件", direction="increase")]),
]

# fmt: on

GROUPS: dict[str, list[Case]] = {
    "numbers": NUMBERS,
    "chinese": CHINESE_NUMERALS,
    "multiplier": MULTIPLIERS,
    "count": COUNT_UNITS,
    "money": MONEY,
    "percent": PERCENT,
    "duration": DURATIONS,
    "measure": MEASURES,
    "compound": COMPOUND,
    "qualifier": QUALIFIERS,
    "vague": VAGUE,
    "before_after": BEFORE_AFTER,
    "range": RANGES,
    "change": CHANGES,
    "ratio_rank": RATIOS_RANKS,
    "subject": SUBJECTS,
    "list": LISTS,
    "real_page": REAL_PAGES,
    "noun_start": NOUN_STARTS,
    "age": AGES,
    "left_opener": LEFT_OPENERS,
    "vocabulary": REPORT_VOCABULARY,
    "respectively": RESPECTIVELY,
    "flows_prices": FLOWS_AND_PRICES,
}

# Cases the extractor gets wrong today: strict xfail, so a fix turns the suite red until the case moves
# back to its group. Each entry: (group, sentence, expected, reason).
KNOWN_FAILURES: list[tuple[str, str, list[Expected], str]] = []

CASES = [
    pytest.param(sentence, expected, id=f"{group}-{i:02d}")
    for group, cases in GROUPS.items()
    for i, (sentence, expected) in enumerate(cases)
]
XFAIL_CASES = [
    pytest.param(sentence, expected, id=f"known-{group}-{i:02d}",
                 marks=pytest.mark.xfail(strict=True, reason=why))
    for i, (group, sentence, expected, why) in enumerate(KNOWN_FAILURES)
]
ALL_CASES = [*CASES, *XFAIL_CASES]
ALL_SENTENCES = [pytest.param(p.values[0], id=p.id) for p in ALL_CASES]

# The expected number as written, found inside the expected text: '1.2万' of '1.2万余件', '3' of '第3'.
_CORE = regex.compile(
    r"""
    (?:[百千]分之)?                                     # 百分之二十三点四
    [0-9０-９.．·,，/\s零〇一二三四五六七八九十百千万亿两点几数壹贰叁肆伍陆柒捌玖拾佰仟半-]+
    (?:分之[零〇一二三四五六七八九十百千两点]+)?        # 三分之二
    """,
    regex.VERBOSE,
)


def core(text: str) -> str:
    """The number of an expected claim text, without its unit, qualifier or rank word."""
    found = _CORE.search(text)
    assert found, f"no number in {text!r}"
    return found.group().strip(" \n\r\t,，.．/·")


def same_value(got: Decimal, want: str) -> bool:
    """Equal, or equal once `got` is rounded to the decimals `want` is written with (as score.py does)."""
    w = Decimal(want)
    if got == w:
        return True
    exponent = w.as_tuple().exponent
    try:
        return isinstance(exponent, int) and exponent < 0 and got.quantize(w) == w
    except InvalidOperation:
        return False


def locate(sentence: str, expected: list[Expected]) -> list[tuple[int, int]]:
    """Where each expected text stands, searching left to right."""
    spans, cursor = [], 0
    for e in expected:
        at = sentence.find(e["text"], cursor)
        assert at >= 0, f"{e['text']!r} not found after offset {cursor} in {sentence!r}"
        spans.append((at, at + len(e["text"])))
        cursor = at + len(e["text"])
    return spans


def compare(sentence: str, got: list[Claim], expected: list[Expected]) -> list[str]:
    """Every difference between the claims found and the claims expected, one line each."""
    if len(got) != len(expected):
        want = [e["text"] for e in expected]
        return [f"{len(got)} claims {[g.text for g in got]}, want {len(expected)} {want}"]
    problems = []
    for g, e, (start, end) in zip(got, expected, locate(sentence, expected), strict=True):
        where = f"{e['text']!r}"
        if not (g.start < end and start < g.end) or core(e["text"]) not in g.text:
            problems.append(f"{where}: span {g.start}:{g.end} {g.text!r}, want around {start}:{end}")
        if not same_value(g.value, e["value"]):
            problems.append(f"{where}: value {g.value}, want {e['value']}")
        for field in ("unit", "kind", "subject", *NONE_FIELDS):
            if getattr(g, field) != e[field]:
                problems.append(f"{where}: {field} {getattr(g, field)!r}, want {e[field]!r}")
        for field in OPTIONAL_FIELDS:
            if field not in e:
                continue
            have = getattr(g, field)
            ok = Decimal(e[field]) == have if field == "multiplier" else have == e[field]
            if not ok:
                problems.append(f"{where}: {field} {have!r}, want {e[field]!r}")
    return problems


@pytest.mark.parametrize(("sentence", "expected"), ALL_CASES)
def test_claims(sentence: str, expected: list[Expected]) -> None:
    got = sorted(extract(sentence), key=lambda claim: (claim.start, claim.end))
    problems = compare(sentence, got, expected)
    assert not problems, f"{sentence!r}\n" + "\n".join(problems)


def _pairs(expected: list[Expected], first: str, second: str) -> list[tuple[int, int]]:
    """Index pairs (i, j) of adjacent claims with roles `first` then `second` (either order in text)."""
    roles = [e["role"] for e in expected]
    out = []
    for i, role in enumerate(roles):
        if role == first:
            taken = {pair[1] for pair in out}
            partner = next((j for j, r in enumerate(roles) if r == second and j not in taken), None)
            if partner is not None:
                out.append((i, partner))
    return out


LINKED_CASES = [
    p for p in CASES
    if any(e["role"] in ("before", "range_low") for e in p.values[1])
    and not any(e["kind"] == "ratio" for e in p.values[1])  # a ratio's terms pair up differently
]


@pytest.mark.parametrize(("sentence", "expected"), LINKED_CASES)
def test_pairs_are_linked(sentence: str, expected: list[Expected]) -> None:
    """The two sides of 由A至B are linked as before_after, the two ends of A至B as range."""
    got = sorted(extract(sentence), key=lambda claim: (claim.start, claim.end))
    assert len(got) == len(expected), [g.text for g in got]
    for link_type, first, second in (
        ("before_after", "before", "after"),
        ("range", "range_low", "range_high"),
    ):
        for i, j in _pairs(expected, first, second):
            a, b = got[i], got[j]
            linked = any(x.type == link_type and x.target == b.id for x in a.links) or any(
                x.type == link_type and x.target == a.id for x in b.links
            )
            assert linked, f"{a.text!r} and {b.text!r} are not linked as {link_type}: {a.links} {b.links}"


@pytest.mark.parametrize("sentence", ALL_SENTENCES)
def test_spans_slice_and_ids_in_order(sentence: str) -> None:
    """text[start:end] == claim.text; the sentence span holds the claim; ids unique and in text order."""
    claims = extract(sentence)
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(sentence)
        assert sentence[claim.start : claim.end] == claim.text
        s = claim.sentence
        assert sentence[s.start : s.end] == s.text
        assert s.start <= claim.start and claim.end <= s.end
    ids = [claim.id for claim in claims]
    assert len(set(ids)) == len(ids), ids
    starts = [claim.start for claim in claims]
    assert starts == sorted(starts), ids
    links = {link.target for claim in claims for link in claim.links}
    assert links <= set(ids), f"links to unknown ids {links - set(ids)}"


KINDS, APPROX, DIRECTIONS, ROLES = (set(get_args(t)) for t in (Kind, Approx, Direction, Role))


@pytest.mark.parametrize(("sentence", "expected"), ALL_CASES)
def test_table_is_well_formed(sentence: str, expected: list[Expected]) -> None:
    """The table itself: texts in order in the sentence, numbers in them, values and labels valid."""
    locate(sentence, expected)
    for e in expected:
        assert core(e["text"])
        Decimal(e["value"])
        assert e["kind"] in KINDS
        assert e["approx"] in APPROX | {None}
        assert e["direction"] in DIRECTIONS | {None}
        assert e["role"] in ROLES | {None}
        assert (e["direction"] is not None) == (e["kind"] == "change"), e
        assert not e["value"].startswith("-") or e["kind"] != "change", "a change carries its magnitude"
        not_base = ("万元", "亿元", "万人", "个工作日", "个百分点", "个月", "％")
        assert e["unit"] not in not_base, "units are base units"


def test_enough_cases() -> None:
    """The brief asks for at least 150 positive cases; every group has some."""
    assert len(CASES) + len(KNOWN_FAILURES) >= 150
    assert all(GROUPS.values())
