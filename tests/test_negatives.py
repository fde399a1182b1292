"""What must NOT be a claim (GUIDE.md §1), next to what must be.

Each case is one sentence with inline marks: ⟦…⟧ around a token that no claim may overlap, ⟪…⟫ around
a positive control that some claim must overlap, so the table cannot pass by reporting nothing.
The marks are stripped before extraction.
"""

from __future__ import annotations

import pytest
import regex

from jzreport import extract

# fmt: off
DATES = [
    "⟦2024年⟧，全县新增经营主体⟪4326户⟫。",
    "发文日期：⟦2025-02-28⟧",
    "⟦3月⟧份，全县法院受理案件⟪312件⟫。",
    "⟦9月20日⟧，县政府召开常务会议，审议涉法议题⟪5项⟫。",
    "⟦一⟧季度，全县实现地区生产总值⟪118.6亿元⟫，增长⟪5.2%⟫。",
    "⟦1-9月⟧，全县新设经营主体⟪4326户⟫。",
    "⟦1至9月⟧，规模以上工业增加值增长⟪7.4%⟫。",
    "禾川县⟦2024年度⟧法治政府建设情况报告",
    "发布时间：⟦28.10.2017 20:32⟧ 来源：县司法局",
    "截至⟦2023年12月31日⟧，全县户籍人口⟪72.54万人⟫。",
    "截至⟦2024年12月31日⟧止年度，本集团营业收入增长⟪12.4%⟫。",
    "对照《法治政府建设实施纲要（⟦2021—2025年⟧）》确定的目标任务。",
    "⟦二〇二四年十二月⟧",
    "⟦12月份⟧居民消费价格指数环比上涨⟪0.3%⟫。",
    "⟦第三季度⟧新设经营主体⟪1602户⟫。",
    "⟦2024年⟧上半年，全县一般公共预算收入⟪21.3亿元⟫。",
    "⟦２０２４年⟧全县办理行政复议案件⟪298件⟫。",
    "统计截止日期：⟦2024/12/31⟧。",
    "⟦2024.3.15⟧消费者权益日活动中，发放宣传资料⟪1.2万份⟫。",
    "会议于⟦10时30分⟧开始，历时⟪2小时⟫。",
    "知识产权案件收案从⟦2020年⟧的⟪31件⟫增至⟪152件⟫。",
    "县人民法院受理各类案件⟪5832件⟫（⟦2023年⟧⟪4917件⟫）。",
    "与⟦2023年⟧相比，行政诉讼案件减少⟪7件⟫。",
    "⟦2025年3月18日⟧",
]

IDENTIFIERS = [
    "文号：⟦禾政发〔2024〕12号⟧",
    "根据县政府办公室通知（⟦禾政办发〔2023〕45号⟧），全县清理规范性文件⟪216件⟫。",
    "索引号：⟦014437799/2025-267236⟧",
    "索引号：⟦11320988K/2024-00318⟧",
    "按照（⟦国办发〔2021〕37号⟧）文件要求，全县梳理政务服务事项⟪1468项⟫。",
    "依据⟦京政字[2024]8号⟧文件，新增审批事项⟪3项⟫。",
    "“⟦12345⟧”政务服务便民热线受理群众诉求⟪15.82万件⟫。",
    "推行“⟦12345⟧+N”联动处置模式，办结率⟪99.2%⟫。",
    "“⟦12348⟧”公共法律服务热线解答法律咨询⟪2.3万人次⟫。",
    "联系电话：⟦0523-84828888⟧",
    "投资者关系电话：⟦(852) 2388 6618⟧。",
    "市场监管投诉举报热线⟦12315⟧受理投诉⟪2864件⟫。",
    "全年⟦110⟧接处警⟪3.2万起⟫。",
    "邮政编码：⟦214500⟧",
    "咨询手机：⟦13912345678⟧",
    "股份代号：⟦2618⟧",
    "统一社会信用代码：⟦91320100MA1X8Y2K3B⟧",
    "⟦G15⟧沈海高速禾川段新增车道⟪12.6公里⟫。",
    "全县⟪36家⟫企业通过⟦ISO9001⟧质量管理体系认证。",
]

LIST_MARKERS = [
    "⟦一⟧、⟦2024年度⟧推进法治政府建设的主要举措和成效",
    "（⟦一⟧）压实领导责任，党的领导贯穿法治政府建设全过程",
    "⟦(二)⟧深化“放管服”改革，审批事项压减⟪23项⟫。",
    "⟦1.⟧ 履行⟦第一⟧责任人职责。县政府常务会议会前学法⟪12次⟫。",
    "⟦1⟧、健全制度体系，审核规范性文件⟪43件⟫。",
    "（⟦1⟧）规范性文件备案审查，报备⟪43件⟫。",
    "⟦一⟧是强化组织领导；⟦二⟧是完善制度体系；⟦三⟧是加强队伍建设。",
    "⟦§5⟧ 数据处理",
    "⟦5.1⟧ 营业收入\n本年度营业收入为人民币⟪3,856.2百万元⟫。",
    "⟦第一部分⟧ 总体情况",
    "⟦二⟧、存在的问题和不足\n⟦一⟧是执法力量不足，专业人员占比不到⟪30%⟫。",
    "⟦3.⟧ 生态环境执法。查处违法用地案件⟪37宗⟫。",
    "⟦(3)⟧ 行政调解受理申请⟪512件⟫。",
]

ORDINALS_IN_NAMES = [
    "深入学习贯彻党的⟦二十大⟧精神。",
    "全面贯彻党的⟦二十届三中全会⟧精神。",
    "切实履行推进法治建设⟦第一⟧责任人职责。",
    "对照“⟦十四五⟧”规划纲要确定的目标任务。",
    "县⟦十三届人大常委会第三十次会议⟧听取了专项报告。",
    "县⟦第三届人民代表大会第二次会议⟧审议通过政府工作报告。",
    "⟦第一⟧产业增加值⟪41.0亿元⟫，增长⟪3.1%⟫。",
    "⟦第三⟧产业增加值占地区生产总值的比重为⟪47.0%⟫。",
    "扎实推进“⟦八五⟧”普法，全年开展活动⟪1236场次⟫。",
    "项目入选⟦第二批⟧全国法治政府建设示范项目。",
    "新建⟦5G⟧基站⟪386个⟫。",
    "⟦PM2.5⟧年平均浓度为⟪29微克/立方米⟫。",
    "选派⟦第一⟧书记⟪46名⟫驻村开展帮扶。",
    "深刻领悟“⟦两个确立⟧”的决定性意义，增强“⟦四个意识⟧”。",
    "做好“⟦三农⟧”工作，农村居民人均可支配收入增长⟪6.3%⟫。",
    "积极融入“⟦一带一路⟧”建设，进出口总额⟪12.6亿美元⟫。",
]

SET_PHRASES = [
    "县矛盾纠纷调处化解中心实行“⟦一站式⟧”接待，全年接待群众⟪2680人次⟫。",
    "严格落实“⟦三重一大⟧”集体决策制度，集体讨论重大事项⟪87项⟫。",
    "践行“⟦四个亲自⟧”要求。",
    "推行“⟦一村一方案⟧”，为⟪8个⟫法治薄弱村配备工作组。",
    "出台⟦一系列⟧配套制度。",
    "打造了⟦一批⟧群众身边的法治文化阵地。",
    "个别部门依法行政意识有待⟦进一步⟧加强。",
    "推动法治政府建设与数字政府建设⟦一体化⟧发展。",
    "在县政务服务中心设立⟦统一⟧受理窗口。",
    "打造市场化法治化国际化⟦一流⟧营商环境。",
    "这对推进基层治理具有⟦十分⟧重要的意义。",
    "我县入选全国综合实力⟦百强⟧县。",
    "⟦万里⟧街道办事处受理群众诉求⟪312件⟫。",
    "政务服务事项“⟦最多跑一次⟧”比例超过⟪98%⟫。",
    "推进政务服务“⟦一网通办⟧”，网上可办率⟪96.0%⟫。",
    "推进“高效办成⟦一件事⟧”，企业开办压缩至⟪0.5个工作日⟫。",
    "落实“⟦一把手⟧”负总责的工作机制。",
    "⟦一般⟧事项当场办结。",
    "开展“⟦双随机、一公开⟧”检查⟪1352家⟫。",
    "普法宣传走进⟦千家万户⟧。",
    "执法力量向⟦一线⟧倾斜，下沉执法人员⟪386名⟫。",
    "⟦一方面⟧加强执法监督，⟦另一方面⟧提升执法能力。",
    "坚持⟦一张蓝图⟧绘到底。",
    "⟦一次⟧能源消费总量⟪1200万吨标准煤⟫，⟦二次⟧供水设施改造⟪36处⟫，政务服务⟦一次⟧办结率⟪96.2%⟫。",
    "产品⟦一次⟧交检合格率⟪99.6%⟫，咨询⟦一次⟧解答率⟪96.8%⟫。",
    "全县⟦无一⟧人因贫失学，全年未发生⟦一⟧起较大事故，办结信访事项⟪86件⟫。",
    "居民第⟦一⟧档电价每千瓦时⟪0.5元⟫，列入第⟦二⟧批试点县，全年保持区域第⟪1位⟫。",
]

SLOGAN_CODES = [
    "推出“⟦3721⟧”帮办代办机制。",
    "构建“⟦1+8+126⟧”三级帮办体系，即⟪1个⟫县级帮办中心、⟪8个⟫片区帮办站和⟪126个⟫村级代办点。",
    "推广“⟦3+1⟧”模式，化解矛盾纠纷⟪1.2万余件⟫。",
    "实施“⟦3820⟧”战略工程。",
    "形成“⟦1+21+286⟧”公共法律服务网络。",
    "建立“⟦5+2⟧”工作机制。",
]

LEGAL_CITATIONS = [
    "依照《重大行政决策程序暂行条例》⟦第十二条⟧的规定，组织听证会⟪3场⟫。",
    "依照《行政复议法》⟦第二十三条⟧，在县政务服务中心设立受理窗口。",
    "根据《中华人民共和国行政处罚法》⟦第三十三条第一款⟧，不予处罚案件⟪318件⟫。",
    "按照《条例》⟦第5条⟧规定执行。",
    "依据《民法典》⟦第1165条⟧提起诉讼。",
    "《优化营商环境条例》⟦第三章⟧对此作出规定。",
    "符合⟦第十二条第二款第（三）项⟧规定情形的，不予受理。",
    "根据守则条文第C.⟦2.1条⟧及上市规则第14A.⟦76条⟧，本公司董事会成员⟪9名⟫。",
]
THRESHOLDS = [
    "⟦60岁⟧以上老年人⟪12.3万人⟫。",
    "年满⟦18周岁⟧的居民⟪2.1万人⟫。",
    "⟦18⟧至⟦60岁⟧人群参保率达⟪96%⟫。",
    "⟦600分⟧以上考生有⟪312人⟫。",
    "投资⟦500万元⟧以上的项目⟪26个⟫。",
    "为⟦3岁⟧以下婴幼儿家庭发放补贴⟪1.2万元⟫。",
    "工作⟦5年⟧以上的人员⟪120名⟫。",
    "超期⟦30天⟧以上未结案件⟪12件⟫。",
    "前⟦五名⟧客户销售额占年度销售总额的⟪18.2%⟫。",
    "⟦九年⟧义务教育巩固率为⟪98.7%⟫。",
    "诉求排名前⟦三位⟧的问题依次为物业、交通、教育，合计⟪1.2万件⟫。",
    "会议于⟦3⟧月⟦15日⟧召开，⟦15日⟧至⟦20日⟧开展检查⟪6次⟫。",
    "全镇行政村集体经济收入全部超过⟪10万元⟫，其中超过⟦50万元⟧的村达到⟪18个⟫。",
    "实施⟦1000万元⟧以上项目⟪86个⟫，完成投资⟪42.6亿元⟫。",
    "营业收入增速超过⟦15%⟧的企业有⟪27家⟫。",
    "年纳税额不低于⟦300万元⟧的企业⟪64家⟫。",
    "村集体经济收入超过⟦10万元⟧的村实现全覆盖，低于⟦1万元⟧的脱贫户全部清零，新增就业⟪326人⟫。",
    "优良天数比例在⟦90%⟧以上的有⟪5个⟫，⟦80%⟧～⟦90%⟧之间的有⟪9个⟫。",
    "二级古树（⟦300⟧～⟦499年⟧）⟪1185株⟫，一级古树（⟦500年⟧以上）⟪326株⟫。",
    "每⟦万⟧人口配备卫生监督员⟪0.86名⟫，低于⟪1.0名⟫的国家标准。",
    "⟦2025年⟧投资规模超过⟪100亿元⟫的目标顺利实现。",
]
NAMES = [
    "主动融入长⟦三角⟧一体化，承接珠⟦三角⟧产业转移项目⟪23个⟫。",
    "严厉打击⟦八类⟧严重暴力犯罪，破获命案⟪9起⟫。",
    "产业园⟦二期⟧竣工，湿地公园⟦三期⟧开工建设，完成投资⟪3.8亿元⟫。",
    "⟦2024年⟧举办法治培训班⟪三期⟫。",
    "表⟦2⟧ 主要指标完成情况（单位：亿元）\n地区生产总值\t⟪386.52⟫\t⟪365.30⟫",
    "常住人口性别比为⟪105.26⟫（以女性为⟦100⟧）。",
    "产业园项目⟦一期⟧已投产，⟦二期⟧正在建设，完成投资⟪6.2亿元⟫。",
]
RELATIVE_TIMES = [
    "过去⟦一年⟧，全县地区生产总值增长⟪5.2%⟫。",
    "今后⟦五年⟧，力争新增就业⟪5万人⟫。",
    "近⟦两年⟧累计投入资金⟪3.6亿元⟫。",
    "约⟪8%⟫的行政执法人员近⟦三年⟧未参加考试。",
    "公司最近⟦三年⟧营业收入年均增长⟪12.6%⟫。",
    "臭氧日最大⟦8小时⟧滑动平均值为⟪158微克/立方米⟫。",
    "打造⟦15分钟⟧便民生活圈，新建社区服务站⟪26个⟫。",
    "12345热线⟦20秒⟧内接通率达到⟪98.5%⟫。",
    "最大⟦24小时⟧降雨量达⟪286毫米⟫，落实⟦七天⟧无理由退货，受理投诉⟪320件⟫。",
    "⟦2025年⟧是“十四五”规划收官的关键⟦一年⟧，全年新增就业⟪1.2万人⟫。",
    "截至⟦2024年6月30日⟧止⟦六个月⟧，本集团收益增长⟪12.4%⟫。",
    "张某某，男，⟦56岁⟧，中共党员，违规收受礼金⟪3.2万元⟫。",
    "执法队⟦伍⟧人数达到⟪1200人⟫，队⟦伍⟧年龄结构持续优化，大⟦陆⟧续建成站点⟪12个⟫。",
    "迈出了⟦一个⟧好的开端，形成⟦一个⟧新的增长极，建成站点⟪12个⟫。",
    "推进“⟦15分钟⟧生活圈”建设，建成社区服务中心⟪12个⟫。",
]
# fmt: on

GROUPS = {
    "date": DATES,
    "identifier": IDENTIFIERS,
    "list_marker": LIST_MARKERS,
    "ordinal": ORDINALS_IN_NAMES,
    "set_phrase": SET_PHRASES,
    "slogan": SLOGAN_CODES,
    "legal": LEGAL_CITATIONS,
    "threshold": THRESHOLDS,
    "name": NAMES,
    "relative_time": RELATIVE_TIMES,
}

_MARK = regex.compile(r"⟦(?P<neg>[^⟦⟧⟪⟫]+)⟧|⟪(?P<pos>[^⟦⟧⟪⟫]+)⟫")


def parse(marked: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentence without marks, the spans of ⟦non-claims⟧ and the spans of ⟪controls⟫."""
    text, negatives, positives, last = [], [], [], 0
    for m in _MARK.finditer(marked):
        text.append(marked[last : m.start()])
        start = sum(map(len, text))
        token = m.group("neg") or m.group("pos")
        text.append(token)
        (negatives if m.group("neg") else positives).append((start, start + len(token)))
        last = m.end()
    text.append(marked[last:])
    return "".join(text), negatives, positives


# Sentences the extractor gets wrong today, as (marked sentence, reason): strict xfail, so a fix turns the
# suite red until the sentence moves back to its group.
KNOWN_FAILURES: list[tuple[str, str]] = []

CASES = [
    pytest.param(marked, id=f"{group}-{i:02d}")
    for group, cases in GROUPS.items()
    for i, marked in enumerate(cases)
]
XFAIL_CASES = [
    pytest.param(marked, id=f"known-{i:02d}", marks=pytest.mark.xfail(strict=True, reason=why))
    for i, (marked, why) in enumerate(KNOWN_FAILURES)
]


@pytest.mark.parametrize("marked", [*CASES, *XFAIL_CASES])
def test_no_claim_on_a_non_claim(marked: str) -> None:
    text, negatives, _ = parse(marked)
    claims = extract(text)
    for start, end in negatives:
        hits = [c.text for c in claims if c.start < end and start < c.end]
        assert not hits, f"{text[start:end]!r} reported as {hits} in {text!r}"


CONTROLLED = [p for p in CASES if parse(p.values[0])[2]]


@pytest.mark.parametrize("marked", CONTROLLED)
def test_controls_are_claims(marked: str) -> None:
    text, _, positives = parse(marked)
    claims = extract(text)
    for start, end in positives:
        hits = [c for c in claims if c.start < end and start < c.end]
        assert hits, f"{text[start:end]!r} not reported in {text!r}; got {[c.text for c in claims]}"


@pytest.mark.parametrize("marked", CASES)
def test_marks_are_well_formed(marked: str) -> None:
    text, negatives, _ = parse(marked)
    assert negatives, "every case names at least one non-claim"
    assert not regex.search(r"[⟦⟧⟪⟫]", text), "unbalanced or nested marks"


def test_table_size() -> None:
    """At least 80 sentences, and positive controls in at least a third of them."""
    assert len(CASES) + len(KNOWN_FAILURES) >= 80
    assert 3 * len(CONTROLLED) >= len(CASES)
