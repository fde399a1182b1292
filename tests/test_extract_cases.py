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
  before it and without scope and time words (全县, 全年, 年末, 各, 共): '规模以上工业增加值',
  '个体工商户登记申请材料', '法律援助联络点' (新增15个法律援助联络点), '因程序违法被撤销的重大行政决策';
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
]

# --- units: measure words ---------------------------------------------------------------------------------
COUNT_UNITS: list[Case] = [
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
    ("兑现各类惠企资金2.86亿元。", [c("2.86亿元", "286000000", "元", "money", "惠企资金")]),
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
]

# --- units: physical measures ---------------------------------------------------------------------------
MEASURES: list[Case] = [
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
    ("累计排查各类法律风险160余项。", [c("160余项", "160", "项", "count", "法律风险", approx="more_than")]),
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
     [c("5.6万户", "56000", "户", "count", "市场主体", approx="about"),
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
     [c("5832件", "5832", "件", "count", "案件", role="after"),
      c("4917件", "4917", "件", "count", "案件", role="before")]),
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
]

# --- ranges, and what is not a range ------------------------------------------------------------------------
RANGES: list[Case] = [
    ("预计全年清理拖欠企业账款8.6亿元至9.1亿元。",
     [c("8.6亿元", "860000000", "元", "money", "拖欠企业账款", role="range_low"),
      c("9.1亿元", "910000000", "元", "money", "拖欠企业账款", role="range_high")]),
    ("各基层法庭简易程序适用率保持在85%-95%之间。",
     [c("85%", "85", "%", "percent", "基层法庭简易程序适用率", role="range_low"),
      c("95%", "95", "%", "percent", "基层法庭简易程序适用率", role="range_high")]),
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
]

# --- ratios and ranks ---------------------------------------------------------------------------------------
RATIOS_RANKS: list[Case] = [
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
]

# --- lists: each number its own subject ---------------------------------------------------------------------
LISTS: list[Case] = [
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
]

# --- nouns after a measure word that begin like a position word (中, 上, 在, 共, 环 …) --------------------
NOUN_STARTS: list[Case] = [
    ("抽查了全县42所中小学、15家医疗机构。",
     [c("42所", "42", "所", "count", "中小学"), c("15家", "15", "家", "count", "医疗机构")]),
    ("新增3家上市公司。", [c("3家", "3", "家", "count", "上市公司")]),
    ("全县共有3,200名在校生。", [c("3,200名", "3200", "名", "count", "在校生")]),
    ("发展12名共产党员。", [c("12名", "12", "名", "count", "共产党员")]),
    ("慰问86名环卫工人。", [c("86名", "86", "名", "count", "环卫工人")]),
]

# --- what opens a left context and is not the subject: list markers, brackets, verbs ------------------
LEFT_OPENERS: list[Case] = [
    ("5.涉企行政检查次数同比下降35%。",
     [c("35%", "35", "%", "change", "涉企行政检查次数", direction="decrease", baseline="同比")]),
    ("审结1,032件（含上年结转68件）。",
     [c("1,032件", "1032", "件", "count", "审结"), c("68件", "68", "件", "count", "上年结转")]),
    ("推行“首违不罚”清单事项126项。", [c("126项", "126", "项", "count", "“首违不罚”清单事项")]),
    ("判处五年以上有期徒刑至死刑的1,023人。", [c("1,023人", "1023", "人", "count", "五年以上有期徒刑至死刑")]),
    ("办理时限压缩至5个工作日以内。", [c("5个工作日", "5", "工作日", "duration", "办理时限", approx="at_most")]),
]

# --- words and signs met in real reports: ∶, traditional characters, 千分点, 通, 席, 轮次, days ----------------
REPORT_VOCABULARY: list[Case] = [
    ("三次产业结构为10.7∶39.5∶49.8。",
     [c("10.7", "10.7", "", "ratio", "三次产业结构"), c("39.5", "39.5", "", "ratio", "三次产业结构"),
      c("49.8", "49.8", "", "ratio", "三次产业结构")]),
    ("本集團收益約為人民幣3,215.6百萬元。",
     [c("3,215.6百萬元", "3215600000", "元", "money", "收益", approx="about")]),
    ("排放二氧化碳當量18.62萬噸。", [c("18.62萬噸", "186200", "吨", "measure", "二氧化碳當量")]),
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
     [c("第8位", "8", "", "rank", "营商环境排名", role="before"),
      c("第3位", "3", "", "rank", "营商环境排名", role="after")]),
    ("存款利率下调0.25个百分点，部分商品价格上调3%。",
     [c("0.25个百分点", "0.25", "百分点", "change", "存款利率", direction="decrease"),
      c("3%", "3", "%", "change", "部分商品价格", direction="increase")]),
    ("女性员工占比为三分之一左右。", [c("三分之一", "33.33", "%", "percent", "女性员工占比", approx="about")]),
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
    [0-9０-９.．·,，/\s零〇一二三四五六七八九十百千万亿两点几数壹贰叁肆伍陆柒捌玖拾佰仟-]+
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
