"""Plain-text tables: cells take the unit of their row header, column header or table note, and are named by
their row header followed by their column header. Label cells (序号, years) and tables with no unit stay bare,
but for the fixed 政府信息公开 forms, whose cells count applications and cases."""

from __future__ import annotations

import pytest

from jzreport import extract
from jzreport.pipeline import extract_with_skips, iter_extract

Row = tuple[str, str, str, str, str | None, str | None]  # text, value, unit, kind, subject, direction


def _claims(text: str) -> list[Row]:
    return [(c.text, str(c.value), c.unit, c.kind, c.subject, c.direction) for c in extract(text)]


TABLE_CASES = [
    # a two-character row label spaced out to its column's width (合  计) is one cell, not two
    ("执行部门          R&D经费(亿元)    所占比重(%)\n合  计              142.65             100.0\n"
     "企  业              118.74              83.2\n",
     [("142.65", "14265000000", "元", "money", "R&D经费合计", None),
      ("100.0", "100.0", "%", "percent", "所占比重合计", None),
      ("118.74", "11874000000", "元", "money", "企业R&D经费", None),
      ("83.2", "83.2", "%", "percent", "企业所占比重", None)]),
    # a note in 千公顷 folds its 千 as prose does (282.1千公顷 → 282100 公顷)
    ("主要农作物机械化水平(单位:千公顷、%)\n作物 | 播种面积 | 综合机械化率\n玉米 | 186.4 | 92.1\n",
     [("186.4", "186400", "公顷", "measure", "玉米播种面积", None),
      ("92.1", "92.1", "%", "percent", "玉米综合机械化率", None)]),
    # a sentence with figures that opens the table (如下(单位:份)。) still gives it its unit
    ("全年采集血清样品3.2万份,各病种结果如下(单位:份)。\n病种 | 检测数 | 合格数\n猪口蹄疫O型 | 6840 | 6253\n",
     [("3.2万份", "32000", "份", "count", "采集血清样品", None),
      ("6840", "6840", "份", "count", "猪口蹄疫O型检测数", None),
      ("6253", "6253", "份", "count", "猪口蹄疫O型合格数", None)]),
    # a caption line (表1 …) is never wrapped into the head row of single-space cells below it
    ("表1 2024年各县(市、区)校车配备情况\n县(市、区) 校车(辆) 核载人数(人) 驾驶员(名)\n东江区 38 1520 41\n",
     [("38", "38", "辆", "count", "东江区校车", None),
      ("1520", "1520", "人", "count", "东江区核载人数", None),
      ("41", "41", "名", "count", "东江区驾驶员", None)]),
    # a change column in the unit of the column before it is the row's change in that column's measure
    ("案由 | 审结数(件) | 平均审理天数(天) | 较上年增减(天)\n离婚纠纷 | 402 | 41.3 | -6.8\n",
     [("402", "402", "件", "count", "离婚纠纷审结数", None),
      ("41.3", "41.3", "天", "duration", "离婚纠纷平均审理天数", None),
      ("-6.8", "6.8", "天", "change", "离婚纠纷平均审理天数较上年增减", "decrease")]),
    # a form's heading line (填报单位…金额单位:万元) gives its unit to the amount columns of its tables, past the
    # prose between; a count column keeps its own
    ("填报单位:某县财政局    金额单位:万元\n\n现将资金安排情况列表如下。\n\n用途 | 项目数(个) | 金额 | 占比(%)\n"
     "产业发展 | 18 | 2460 | 61.5\n",
     [("18", "18", "个", "count", "产业发展项目数", None),
      ("2460", "24600000", "元", "money", "产业发展", None),
      ("61.5", "61.5", "%", "percent", "产业发展占比", None)]),
    # a note with a remark in brackets after it still sets the units; a unit per 万元 keeps its 万
    ("表2 各县用水量下降情况\n单位：立方米/万元，%（按2020年可比价计算）\n县（市、区）    2023年    2024年    下降率\n"
     "东湖区          21.6      20.5      5.1\n",
     [("21.6", "21.6", "立方米/万元", "measure", "东湖区", None),
      ("20.5", "20.5", "立方米/万元", "measure", "东湖区", None),
      ("5.1", "5.1", "%", "change", "东湖区下降率", "decrease")]),
    # a column of projects of a size class (其中亿元以上) counts projects; a target column is in the unit of what it is
    # set for, the column before it (not a growth column's %)
    ("单位：个、亿元、%\n地区            新签约项目   其中亿元以上   实际到位资金   年度目标   完成率\n"
     "东湖区              58           36           132.6         125      106.1\n",
     [("58", "58", "个", "count", "东湖区新签约项目", None),
      ("36", "36", "个", "count", "东湖区亿元以上", None),
      ("132.6", "13260000000", "元", "money", "东湖区实际到位资金", None),
      ("125", "12500000000", "元", "money", "东湖区年度目标", None),
      ("106.1", "106.1", "%", "percent", "东湖区完成率", None)]),
    # a column named by a year and a measure (2024年常住人口) is that measure in that year: the name stays
    ("地区 | 2024年常住人口(人) | 2014年常住人口(人) | 增长率(%)\n东城区 | 415208 | 386102 | 7.54\n",
     [("415208", "415208", "人", "count", "东城区常住人口", None),
      ("386102", "386102", "人", "count", "东城区常住人口", None),
      ("7.54", "7.54", "%", "change", "东城区增长率", "increase")]),
    # a 合计 that spans the 序号 and 区域 columns, its second cell left empty, keeps the columns of its figures
    ("序号 | 区域 | 居民小区数(个) | 督导员(名)\n1 | 东城区 | 412 | 516\n合计 | | 798 | 988\n",
     [("412", "412", "个", "count", "东城区居民小区数", None),
      ("516", "516", "名", "count", "东城区督导员", None),
      ("798", "798", "个", "count", "居民小区数合计", None),
      ("988", "988", "名", "count", "督导员合计", None)]),
    # the Engel coefficient is a share of spending, in the % of a note that gives 元 and %
    ("单位：元，%\n指标              城镇居民      农村居民\n人均消费支出       34216         19725\n"
     "恩格尔系数         27.2          33.1\n",
     [("34216", "34216", "元", "money", "人均消费支出城镇居民", None),
      ("19725", "19725", "元", "money", "人均消费支出农村居民", None),
      ("27.2", "27.2", "%", "percent", "恩格尔系数城镇居民", None),
      ("33.1", "33.1", "%", "percent", "恩格尔系数农村居民", None)]),
    # a 合计 under the 序号 column of a table set out by spaces spans it and the name column: its figures keep
    # their columns
    ("序号  项目名称              投资额(万元)  年节能量(吨标准煤)\n1     屋顶光伏发电项目      486.0         312.5\n"
     "      合计                  486.0         312.5\n",
     [("486.0", "4860000", "元", "money", "屋顶光伏发电项目投资额", None),
      ("312.5", "312.5", "吨标准煤", "measure", "屋顶光伏发电项目年节能量", None),
      ("486.0", "4860000", "元", "money", "投资额合计", None),
      ("312.5", "312.5", "吨标准煤", "measure", "年节能量合计", None)]),
    # a caption whose unit is a bare (%) at its end gives the cells their unit; a caption of growth makes them
    # changes, a minus sign a fall
    ("表1  2024年主要指标累计增速(%)\n指标 | 1—3月 | 1—6月\n房地产开发投资 | -12.8 | -8.9\n",
     [("-12.8", "12.8", "%", "change", "房地产开发投资增速", "decrease"),
      ("-8.9", "8.9", "%", "change", "房地产开发投资增速", "decrease")]),
    # a note of the columns' units set right under the head row holds for the rows below it
    ("镇(街道) | 巡查次数 | 发现问题 | 整改率\n(单位:次、个、%)\n东岭镇 | 412 | 36 | 97.2\n",
     [("412", "412", "次", "count", "东岭镇巡查次数", None),
      ("36", "36", "个", "count", "东岭镇发现问题", None),
      ("97.2", "97.2", "%", "percent", "东岭镇整改率", None)]),
    # the 千 of a unit that begins with it (千克标准煤) is the unit's own, no multiplier
    ("指标 | 2024年 | 2023年\n人均综合能耗(千克标准煤/人) | 505.4 | 528.3\n",
     [("505.4", "505.4", "千克标准煤/人", "measure", "人均综合能耗", None),
      ("528.3", "528.3", "千克标准煤/人", "measure", "人均综合能耗", None)]),
    # a sentence with figures that ends on 如下(单位:亿元): gives its unit to the label:figure lines below it
    ("全年支付补偿资金共计9.86亿元,按项目分列如下(单位:亿元):\n房屋价值补偿:7.42\n临时安置补偿:0.63\n",
     [("9.86亿元", "986000000", "元", "money", "补偿资金", None),
      ("7.42", "742000000", "元", "money", "房屋价值补偿", None),
      ("0.63", "63000000", "元", "money", "临时安置补偿", None)]),
    # a bracket of units in the columns' order after 如下 (件次,%); a sign written before a cell gives its way
    ("各类案件办理情况如下（件次，%）：\n类别 | 受理量 | 占比 | 同比\n民事 | 4,210 | 60.5 | +3.1\n"
     "刑事 | 2,749 | 39.5 | -2.2\n",
     [("4,210", "4210", "件次", "count", "民事受理量", None),
      ("60.5", "60.5", "%", "percent", "民事占比", None),
      ("3.1", "3.1", "%", "change", "民事同比", "increase"),
      ("2,749", "2749", "件次", "count", "刑事受理量", None),
      ("39.5", "39.5", "%", "percent", "刑事占比", None),
      ("-2.2", "2.2", "%", "change", "刑事同比", "decrease")]),
    # a 单位 column whose unit is per head or per area: 千克标准煤/人
    ("指标 | 单位 | 2024年 | 2023年\n人均综合能耗 | 千克标准煤/人 | 498.2 | 517.6\n",
     [("498.2", "498.2", "千克标准煤/人", "measure", "人均综合能耗", None),
      ("517.6", "517.6", "千克标准煤/人", "measure", "人均综合能耗", None)]),
    # a 单位 cell with another measure word in brackets, 万头(只): the multiplier and the first measure word
    ("指标          单位           2024年末     2023年末\n牲畜存栏      万头（只）      96.40        93.15\n"
     "  羊          万只             61.20        58.76\n",
     [("96.40", "964000", "头", "count", "牲畜存栏", None),
      ("93.15", "931500", "头", "count", "牲畜存栏", None),
      ("61.20", "612000", "只", "count", "羊", None),
      ("58.76", "587600", "只", "count", "羊", None)]),
    # a row that brackets a measure of its own (架/艘/辆次) opens its own group after the 其中 rows of another
    ("项目 | 2023年 | 2024年\n出入境人员(万人次) | 52.60 | 71.30\n其中:外国人 | 6.10 | 9.80\n"
     "出入境交通工具(架/艘/辆次) | 41620 | 50215\n其中:飞机(架次) | 12406 | 15880\n",
     [("52.60", "526000", "人次", "count", "出入境人员", None),
      ("71.30", "713000", "人次", "count", "出入境人员", None),
      ("6.10", "61000", "人次", "count", "外国人", None),
      ("9.80", "98000", "人次", "count", "外国人", None),
      ("41620", "41620", "辆次", "count", "出入境交通工具", None),
      ("50215", "50215", "辆次", "count", "出入境交通工具", None),
      ("12406", "12406", "架次", "count", "飞机", None),
      ("15880", "15880", "架次", "count", "飞机", None)]),
    # a growth column after a measured column is the row's growth of that measure
    ("县(区) | 快递业务量(万件) | 同比增长(%) | 占全市比重(%)\n城关区 | 8650.2 | 12.4 | 41.3\n",
     [("8650.2", "86502000", "件", "count", "城关区快递业务量", None),
      ("12.4", "12.4", "%", "change", "城关区快递业务量同比增长", "increase"),
      ("41.3", "41.3", "%", "percent", "城关区占全市比重", None)]),
    # rows set in under a row that states its unit are kinds of it, in that unit
    ("指标 | 2023年 | 2024年 | 增减(%)\n油料播种面积(万亩) | 42.60 | 44.10 | 3.52\n　花生 | 30.20 | 31.50 | 4.30\n"
     "　油菜籽 | 12.40 | 12.60 | 1.61\n",
     [("42.60", "426000", "亩", "measure", "油料播种面积", None),
      ("44.10", "441000", "亩", "measure", "油料播种面积", None),
      ("3.52", "3.52", "%", "change", "油料播种面积增减", "increase"),
      ("30.20", "302000", "亩", "measure", "花生", None),
      ("31.50", "315000", "亩", "measure", "花生", None),
      ("4.30", "4.30", "%", "change", "花生增减", "increase"),
      ("12.40", "124000", "亩", "measure", "油菜籽", None),
      ("12.60", "126000", "亩", "measure", "油菜籽", None),
      ("1.61", "1.61", "%", "change", "油菜籽增减", "increase")]),
    # a header that ends with its unit brackets only the multiplier: 人次(万)
    ("观众类型 | 人次(万) | 占比(%)\n团队观众 | 9.8 | 18.6\n",
     [("9.8", "98000", "人次", "count", "团队观众人次", None),
      ("18.6", "18.6", "%", "percent", "团队观众占比", None)]),
    # a 得分 column holds scores in points; a 排名 column the row's place in the column before
    ("县区 | 问题厕所(个) | 综合得分 | 排名\n临江区 | 126 | 95.6 | 1\n",
     [("126", "126", "个", "count", "临江区问题厕所", None),
      ("95.6", "95.6", "分", "other", "临江区综合得分", None),
      ("1", "1", "", "rank", "临江区综合得分", None)]),
    # a 变化幅度(%) column holds changes, like 变动 and 增减
    ("单位:元\n项目 | 本年度 | 上年度 | 变化幅度(%)\n资本化研发投入 | 26,930,184.20 | 9,814,206.75 | 174.40\n",
     [("26,930,184.20", "26930184.20", "元", "money", "资本化研发投入", None),
      ("9,814,206.75", "9814206.75", "元", "money", "资本化研发投入", None),
      ("174.40", "174.40", "%", "change", "资本化研发投入变化幅度", "increase")]),
    # single spaces between cells, a dash for an empty cell, a 计量单位 column for the quantity only
    ("商品名称 计量单位 数量 金额(亿美元) 金额同比(%) 占出口比重(%)\n"
     "机电产品 — — 312.40 8.6 58.3\n钢材 万吨 412.6 30.15 -3.2 5.6\n",
     [("312.40", "31240000000", "美元", "money", "机电产品", None),
      ("8.6", "8.6", "%", "change", "机电产品金额同比", "increase"),
      ("58.3", "58.3", "%", "percent", "机电产品占出口比重", None),
      ("412.6", "4126000", "吨", "measure", "钢材", None),
      ("30.15", "3015000000", "美元", "money", "钢材", None),
      ("-3.2", "3.2", "%", "change", "钢材金额同比", "decrease"),
      ("5.6", "5.6", "%", "percent", "钢材占出口比重", None)]),
    # a bare 同比 column under 单位:亿元,% holds the growth of the column before it, in %
    ("单位:亿元,%\n月份 进出口 同比\n1月 182.4 6.1\n2月 140.7 -4.3\n",
     [("182.4", "18240000000", "元", "money", "进出口", None),
      ("6.1", "6.1", "%", "change", "进出口同比", "increase"),
      ("140.7", "14070000000", "元", "money", "进出口", None),
      ("-4.3", "4.3", "%", "change", "进出口同比", "decrease")]),
    # a 环比 column holds changes, its sign their way; a + before a cell's figure is no subject
    ("类别 | 件数 | 环比\n城乡建设 | 8426 | +5.2%\n社会保障 | 6120 | -2.7%\n",
     [("8426", "8426", "件", "count", "城乡建设件数", None),
      ("5.2%", "5.2", "%", "change", "城乡建设环比", "increase"),
      ("6120", "6120", "件", "count", "社会保障件数", None),
      ("-2.7%", "2.7", "%", "change", "社会保障环比", "decrease")]),
    # a section row with empty cells keeps the table (and its 单位 line) open
    ("单位：件\n项目|自然人|总计\n一、本年新收申请数量|58|64\n二、本年度办理结果| | \n（一）予以公开|31|35\n",
     [("58", "58", "件", "count", "本年新收申请数量自然人", None),
      ("64", "64", "件", "count", "本年新收申请数量", None),
      ("31", "31", "件", "count", "予以公开自然人", None), ("35", "35", "件", "count", "予以公开", None)]),
    # columns of places say where, not what; an indented 增速 row is the growth of the row above it, and a growth
    # row is a change; a 位次 row ranks each column
    ("指标\t城关区\t东川县\t全市\n地区生产总值（亿元）\t128.45\t76.30\t258.87\n\u3000增速（%）\t5.8\t-0.6\t4.7\n"
     "人均地区生产总值位次\t1\t2\t—\n",
     [("128.45", "12845000000", "元", "money", "地区生产总值", None),
      ("76.30", "7630000000", "元", "money", "地区生产总值", None),
      ("258.87", "25887000000", "元", "money", "地区生产总值", None),
      ("5.8", "5.8", "%", "change", "地区生产总值增速", "increase"),
      ("-0.6", "0.6", "%", "change", "地区生产总值增速", "decrease"),
      ("4.7", "4.7", "%", "change", "地区生产总值增速", "increase"),
      ("1", "1", "", "rank", "人均地区生产总值", None), ("2", "2", "", "rank", "人均地区生产总值", None)]),
    # the fixed form of applications: rows name the outcome (in one or two label columns), columns the applicant;
    # a note in brackets inside a label is no prose and no part of the name; counts with no measure word written
    ("三、收到和处理政府信息公开申请情况\n"
     "\t自然人\t法人或其他组织\t总计\n"
     "一、本年新收政府信息公开申请数量\t12\t3\t15\n"
     "三、本年度办理结果\t(一)予以公开\t6\t2\t8\n"
     "(二)部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t0\t1\n",
     [("12", "12", "", "count", "本年新收政府信息公开申请数量自然人", None),
      ("3", "3", "", "count", "本年新收政府信息公开申请数量法人或其他组织", None),
      ("15", "15", "", "count", "本年新收政府信息公开申请数量", None),
      ("6", "6", "", "count", "本年度办理结果予以公开", None),
      ("2", "2", "", "count", "本年度办理结果予以公开", None),
      ("8", "8", "", "count", "本年度办理结果予以公开", None),
      ("1", "1", "", "count", "部分公开自然人", None),
      ("0", "0", "", "count", "部分公开法人或其他组织", None),
      ("1", "1", "", "count", "部分公开", None)]),
    # the form of reviews and suits: a header of three rows over one row of figures; the last header row names
    # the columns on the right, the row above it those it leaves on the left
    ("行政复议\t行政诉讼\n"
     "结果维持\t结果纠正\t总计\t未经复议直接起诉\t复议后起诉\n"
     "\t\t\t结果维持\t结果纠正\t总计\t结果维持\t结果纠正\t总计\n"
     "4\t1\t5\t2\t0\t2\t0\t1\t1\n",
     [("4", "4", "", "count", "结果维持", None), ("1", "1", "", "count", "结果纠正", None),
      ("5", "5", "", "count", "总计", None), ("2", "2", "", "count", "结果维持", None),
      ("0", "0", "", "count", "结果纠正", None), ("2", "2", "", "count", "总计", None),
      ("0", "0", "", "count", "结果维持", None), ("1", "1", "", "count", "结果纠正", None),
      ("1", "1", "", "count", "总计", None)]),
    # 政府信息公开 annual report: 件数 in the header names the unit
    ("信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
     "规章\t0\t0\t2\n"
     "行政规范性文件\t5\t2\t31\n",
     [("0", "0", "件", "count", "规章本年制发件数", None),
      ("0", "0", "件", "count", "规章本年废止件数", None),
      ("2", "2", "件", "count", "规章现行有效件数", None),
      ("5", "5", "件", "count", "行政规范性文件本年制发件数", None),
      ("2", "2", "件", "count", "行政规范性文件本年废止件数", None),
      ("31", "31", "件", "count", "行政规范性文件现行有效件数", None)]),
    # decisions are counted in 件; a fee column in 万元 folds the multiplier in
    ("信息内容\t本年处理决定数量\n行政许可\t418\n行政强制\t7\n"
     "信息内容\t本年收费金额(单位:万元)\n行政事业性收费\t2.35\n",
     [("418", "418", "", "count", "行政许可本年处理决定数量", None),
      ("7", "7", "", "count", "行政强制本年处理决定数量", None),
      ("2.35", "23500", "元", "money", "行政事业性收费本年收费金额", None)]),
    # a note at the end of the title; a row of bare counts takes the column headers as subjects
    ("二、依申请公开办理情况（单位：件）\n"
     "新收申请\t予以公开\t部分公开\t不予公开\n"
     "64\t40\t11\t13\n",
     [("64", "64", "件", "count", "新收申请", None),
      ("40", "40", "件", "count", "予以公开", None),
      ("11", "11", "件", "count", "部分公开", None),
      ("13", "13", "件", "count", "不予公开", None)]),
    # court statistics: units in the column headers, a rate column, a 合计 row named by its column and itself
    ("案件类别\t收案数（件）\t结案数（件）\t结案率\n"
     "民事\t1,306\t1,254\t96.0%\n"
     "合计\t1,420\t1,361\t95.8%\n",
     [("1,306", "1306", "件", "count", "民事收案数", None),
      ("1,254", "1254", "件", "count", "民事结案数", None),
      ("96.0%", "96.0", "%", "percent", "民事结案率", None),
      ("1,420", "1420", "件", "count", "收案数合计", None),
      ("1,361", "1361", "件", "count", "结案数合计", None),
      ("95.8%", "95.8", "%", "percent", "结案率合计", None)]),
    # case counts need no unit of their own: 收案数, 审结数 are counted in 件
    ("类别\t收案数\t审结数\n行政处罚\t26\t25\n",
     [("26", "26", "", "count", "行政处罚收案数", None),
      ("25", "25", "", "count", "行政处罚审结数", None)]),
    # budget table: 单位:万元 under the title, year columns add nothing to the subject, 增减 is a change
    ("表1 2024年区级一般公共预算收入表\n单位：万元\n"
     "项目\t2023年\t2024年\t增减\n"
     "一般公共预算收入\t41,250\t43,008\t1,758\n"
     "其中：税收收入\t30120\t29,870.5\t-249.5\n",
     [("41,250", "412500000", "元", "money", "一般公共预算收入", None),
      ("43,008", "430080000", "元", "money", "一般公共预算收入", None),
      ("1,758", "17580000", "元", "change", "一般公共预算收入增减", "increase"),
      ("30120", "301200000", "元", "money", "税收收入", None),
      ("29,870.5", "298705000", "元", "money", "税收收入", None),
      ("-249.5", "2495000", "元", "change", "税收收入增减", "decrease")]),
    # company table in 百万元: (1,02.5)-style cells in brackets are negative, 变动 is a change
    ("主要会计数据（单位：人民币百万元）\n"
     "项目\t2024年\t2023年\t变动\n"
     "营业收入\t2,418.6\t2,205.1\t213.5\n"
     "净利润\t(36.2)\t58.7\t(94.9)\n",
     [("2,418.6", "2418600000", "元", "money", "营业收入", None),
      ("2,205.1", "2205100000", "元", "money", "营业收入", None),
      ("213.5", "213500000", "元", "change", "营业收入变动", "increase"),
      ("36.2", "-36200000", "元", "money", "净利润", None),
      ("58.7", "58700000", "元", "money", "净利润", None),
      ("94.9", "94900000", "元", "change", "净利润变动", "decrease")]),
    # several units in one note: the growth column is in %, the other cells in the unit their row names
    ("全区普法活动情况（单位：场、人次、%）\n"
     "指标\t数量\t同比增长\n"
     "法治讲座\t52\t8.3\n"
     "受众人次\t6100\t-2.4\n",
     [("52", "52", "场", "count", "法治讲座", None),
      ("8.3", "8.3", "%", "change", "法治讲座同比增长", "increase"),
      ("6100", "6100", "人次", "count", "受众人次", None),
      ("-2.4", "2.4", "%", "change", "受众人次同比增长", "decrease")]),
    # statistical bulletin: a 单位 column gives each row its unit; the growth column is a change in %
    ("指标\t单位\t绝对数\t比上年增长（%）\n"
     "粮食总产量\t万吨\t36.8\t2.1\n"
     "规模以上工业企业\t家\t174\t-3.0\n",
     [("36.8", "368000", "吨", "measure", "粮食总产量", None),
      ("2.1", "2.1", "%", "change", "粮食总产量比上年增长", "increase"),
      ("174", "174", "家", "count", "规模以上工业企业", None),
      ("-3.0", "3.0", "%", "change", "规模以上工业企业比上年增长", "decrease")]),
    # 单位:个、人: each column takes the unit its header names
    ("（单位：个、人）\n地区\t机构数\t人员数\n东区\t12\t340\n",
     [("12", "12", "个", "count", "东区机构数", None), ("340", "340", "人", "count", "东区人员数", None)]),
    # a row ends at its line break even when the next row starts with a unit word (万元, 人次)
    ("单位：万元\n项目\t金额\n培训费\t12\n万元以上项目\t5\n",
     [("12", "120000", "元", "money", "培训费", None), ("5", "50000", "元", "money", "万元以上项目", None)]),
    # cells split by runs of spaces, and a markdown table with year columns
    ("街道    受理纠纷数（件）    调解成功率\n城南街道    205    97.1%\n",
     [("205", "205", "件", "count", "城南街道受理纠纷数", None),
      ("97.1%", "97.1", "%", "percent", "城南街道调解成功率", None)]),
    ("| 指标 | 2023年 | 2024年 |\n| --- | --- | --- |\n| 参训人数 | 860 | 1,015 |\n",
     [("860", "860", "人", "count", "参训人数", None), ("1,015", "1015", "人", "count", "参训人数", None)]),
    # a row header that carries its unit still works, and a duration column
    ("序号\t事项\t承诺时限（个工作日）\n1\t食品经营许可\t7\n2\t户外广告设置\t3\n",
     [("7", "7", "工作日", "duration", "食品经营许可承诺时限", None),
      ("3", "3", "工作日", "duration", "户外广告设置承诺时限", None)]),
    # a note with one unit per kind of column: people columns take the unit of people
    ("单位：所、万人\n项目\t学校数\t在校生\t专任教师\n小学\t226\t22.60\t1.38\n",
     [("226", "226", "所", "count", "小学学校数", None), ("22.60", "226000", "人", "count", "小学在校生", None),
      ("1.38", "13800", "人", "count", "小学专任教师", None)]),
    # a compound unit in a column header; a row header with digits (PM2.5) is a name, not a period
    ("项目\t浓度（微克/立方米）\t比上年增减（%）\nPM2.5\t31\t-6.1\n",
     [("31", "31", "微克/立方米", "measure", "PM2.5浓度", None),
      ("-6.1", "6.1", "%", "change", "PM2.5浓度比上年增减", "decrease")]),
    # a rate column beats the row's unit; on a rate row a change is in points
    ("项目\t2024年\t2023年\t同比增减（%）\n营业收入（亿元）\t1256.8\t1157.3\t8.6\n毛利率（%）\t32.5\t30.1\t-2.4\n",
     [("1256.8", "125680000000", "元", "money", "营业收入", None),
      ("1157.3", "115730000000", "元", "money", "营业收入", None),
      ("8.6", "8.6", "%", "change", "营业收入同比增减", "increase"),
      ("32.5", "32.5", "%", "percent", "毛利率", None),
      ("30.1", "30.1", "%", "percent", "毛利率", None),
      ("-2.4", "2.4", "百分点", "change", "毛利率同比增减", "decrease")]),
    # a % written after the header without brackets beats the table's money note
    ("单位：万元\n项目  预算数  完成数  增长%\n契税  8600  9030  5.0\n",
     [("8600", "86000000", "元", "money", "契税预算数", None),
      ("9030", "90300000", "元", "money", "契税完成数", None),
      ("5.0", "5.0", "%", "change", "契税增长", "increase")]),
    # a note with several units: a count header takes the note's unit with its multiplier, a money row the money
    ("单位：万人次、亿元\n指标\t2024年\n接待游客人数\t860.5\n旅游总收入\t72.4\n",
     [("860.5", "8605000", "人次", "count", "接待游客人数", None),
      ("72.4", "7240000000", "元", "money", "旅游总收入", None)]),
    # cells split by single spaces, as copies from PDFs leave them: a header of text cells over rows of numbers
    ("（单位：万吨）\n产品 2022年 2023年\n原煤 3.2 4.1\n水泥 1.1 1.6\n",
     [("3.2", "32000", "吨", "measure", "原煤", None), ("4.1", "41000", "吨", "measure", "原煤", None),
      ("1.1", "11000", "吨", "measure", "水泥", None), ("1.6", "16000", "吨", "measure", "水泥", None)]),
    # the A-share note names its currency after the unit
    ("单位：元 币种：人民币\n项目\t2024年\t2023年\n营业收入\t3,856,213,456.12\t3,430,821,331.05\n",
     [("3,856,213,456.12", "3856213456.12", "元", "money", "营业收入", None),
      ("3,430,821,331.05", "3430821331.05", "元", "money", "营业收入", None)]),
    # a first cell that names a class (60岁及以上, 1亿-10亿元) labels its row
    ("单位：万人\n年龄组\t人数\n0-14岁\t7.86\n60岁及以上\t13.47\n",
     [("7.86", "78600", "人", "count", "0-14岁人数", None),
      ("13.47", "134700", "人", "count", "60岁及以上人数", None)]),
    # a note at the end of the sentence that introduces the table
    ("主要财务数据如下（单位：万元）：\n项目\t2024年\t2023年\n营业收入\t325,800\t298,600\n",
     [("325,800", "3258000000", "元", "money", "营业收入", None),
      ("298,600", "2986000000", "元", "money", "营业收入", None)]),
    # 本期金额 / 上年同期金额 are periods; 变动比例(%) is a change column
    ("项目\t本期金额\t上年同期金额\t变动比例（%）\n营业成本（万元）\t1,200\t1,050\t14.29\n",
     [("1,200", "12000000", "元", "money", "营业成本", None), ("1,050", "10500000", "元", "money", "营业成本", None),
      ("14.29", "14.29", "%", "change", "营业成本变动比例", "increase")]),
    # in traditional characters the subject is spelt as the text spells it, row and column alike
    ("項目\t本年\t上年\t變動（%）\n物業管理服務收益（人民幣百萬元）\t2,138.0\t1,900.5\t12.5\n",
     [("2,138.0", "2138000000", "元", "money", "物業管理服務收益", None),
      ("1,900.5", "1900500000", "元", "money", "物業管理服務收益", None),
      ("12.5", "12.5", "%", "change", "物業管理服務收益變動", "increase")]),
    # years written in Chinese numerals head period columns too
    ("（单位：吨）\n产品 一九五七年 一九五八年\n生铁 800 2100\n",
     [("800", "800", "吨", "measure", "生铁", None), ("2100", "2100", "吨", "measure", "生铁", None)]),
    # a note of several units: each column takes the unit of what its header counts
    ("单位：所、人\n学段\t学校数\t招生数\t专任教师数\n小学\t74\t9258\t3412\n",
     [("74", "74", "所", "count", "小学学校数", None), ("9258", "9258", "人", "count", "小学招生数", None),
      ("3412", "3412", "人", "count", "小学专任教师数", None)]),
    ("单位：万人次、亿元、天\n假日\t放假天数\t接待游客\t旅游收入\n春节\t8\t96.3\t5.2\n",
     [("8", "8", "天", "duration", "春节放假天数", None), ("96.3", "963000", "人次", "count", "春节接待游客", None),
      ("5.2", "520000000", "元", "money", "春节旅游收入", None)]),
    ("单位：万亩、万吨\n乡镇\t高标准农田\t粮食产量\n东山镇\t6.1\t3.52\n",
     [("6.1", "61000", "亩", "measure", "东山镇高标准农田", None),
      ("3.52", "35200", "吨", "measure", "东山镇粮食产量", None)]),
    # cells split by wide spaces, rows indented with them, as pages copied from the web are
    ("\u3000\u3000地区\u3000\u3000受理投诉（件）\u3000解决率（%）\n\u3000\u3000东城区\u30003,218\u3000\u3000\u300096.5\n",
     [("3,218", "3218", "件", "count", "东城区受理投诉", None),
      ("96.5", "96.5", "%", "percent", "东城区解决率", None)]),
    # a note at the end of a sentence that follows figures; a header word spaced out (项  目); a zero change
    ("其中经营性收入9870万元，占总收入的76.8%。按收入规模划分（单位：个）：\n"
     "收入档次          2023年    2024年    增减\n"
     "10万—30万元       96        71        -25\n合计              218       218       0\n",
     [("9870万元", "98700000", "元", "money", "经营性收入", None),
      ("76.8%", "76.8", "%", "percent", "经营性收入", None),
      ("96", "96", "个", "count", "10万—30万元", None), ("71", "71", "个", "count", "10万—30万元", None),
      ("-25", "25", "个", "change", "10万—30万元增减", "decrease"),
      ("218", "218", "个", "count", "合计", None), ("218", "218", "个", "count", "合计", None),
      ("0", "0", "个", "change", "增减合计", None)]),
    # a label over a group of rows (按城乡分) stays inside the table
    ("单位：万人、%\n指标\t年末数\t比重\n常住人口\t386.42\t100.0\n按城乡分\n城镇\t241.87\t62.6\n",
     [("386.42", "3864200", "人", "count", "常住人口", None), ("100.0", "100.0", "%", "percent", "常住人口比重", None),
      ("241.87", "2418700", "人", "count", "城镇", None), ("62.6", "62.6", "%", "percent", "城镇比重", None)]),
    # an A-share segment table: a caption between its parts keeps the note; 增加2.16个百分点 fills the last column
    ("单位：元  币种：人民币\n主营业务分行业情况\n分行业\t营业收入\t毛利率（%）\t毛利率比上年增减（%）\n"
     "专用设备制造\t2,815,406,732.18\t30.30\t增加2.16个百分点\n主营业务分产品情况\n"
     "分产品\t营业收入\t毛利率（%）\t毛利率比上年增减（%）\n数控成形装备\t1,736,250,418.92\t32.00\t增加2.04个百分点\n",
     [("2,815,406,732.18", "2815406732.18", "元", "money", "专用设备制造营业收入", None),
      ("30.30", "30.30", "%", "percent", "专用设备制造毛利率", None),
      ("2.16个百分点", "2.16", "百分点", "change", "专用设备制造毛利率比上年增减", "increase"),
      ("1,736,250,418.92", "1736250418.92", "元", "money", "数控成形装备营业收入", None),
      ("32.00", "32.00", "%", "percent", "数控成形装备毛利率", None),
      ("2.04个百分点", "2.04", "百分点", "change", "数控成形装备毛利率比上年增减", "increase")]),
    # a caption that names growth rates makes the per-cent cells changes (a rate column stays a rate)
    ("表2 主要行业增加值增速\n单位：%\n行业\t1-9月\t合格率\n医药制造业\t-2.1\t98.2\n汽车制造业\t8.6\t99.1\n",
     [("-2.1", "2.1", "%", "change", "医药制造业增速", "decrease"),
      ("98.2", "98.2", "%", "percent", "医药制造业合格率", None),
      ("8.6", "8.6", "%", "change", "汽车制造业增速", "increase"),
      ("99.1", "99.1", "%", "percent", "汽车制造业合格率", None)]),
    # the unit in the corner cell holds for the whole table
    ("分部收益（人民币百万元）\t2023年\t2022年\n物业管理\t2,138.0\t1,900.5\n",
     [("2,138.0", "2138000000", "元", "money", "物业管理", None),
      ("1,900.5", "1900500000", "元", "money", "物业管理", None)]),
    ("（单位：亿元）\n项  目          预算数    执行数    完成%\n基金收入合计      42.60     35.18     82.6\n",
     [("42.60", "4260000000", "元", "money", "基金收入合计预算数", None),
      ("35.18", "3518000000", "元", "money", "基金收入合计执行数", None),
      ("82.6", "82.6", "%", "percent", "基金收入合计完成", None)]),
    # a caption spaced out like cells, its note the unit of the table under it
    ("表1  2023年信访事项分渠道情况（单位：件次）\n渠道      2023年    2022年\n来信      486       532\n",
     [("486", "486", "件次", "count", "来信", None), ("532", "532", "件次", "count", "来信", None)]),
    # a row of units under the head, its first cell empty: each unit is its column's, counted from the right
    ("截至6月30日止六个月 | 2024年 | 2023年 | 变动\n | 人民币千元 | 人民币千元 | %\n"
     "收入 | 1,204,300 | 1,098,050 | 9.7\n",
     [("1,204,300", "1204300000", "元", "money", "收入", None),
      ("1,098,050", "1098050000", "元", "money", "收入", None),
      ("9.7", "9.7", "%", "change", "收入变动", "increase")]),
    # a header that names its count by the measure word alone: 检查家次; two units in brackets, the first
    ("行业 | 检查家次 | 救助人数(人、人次)\n危险化学品 | 126 | 410\n",
     [("126", "126", "家次", "count", "危险化学品检查家次", None),
      ("410", "410", "人", "count", "危险化学品救助人数", None)]),
    # a label over rows that count people by a trait: the bare whole numbers under it are people
    ("项目　2024年　2023年\n研发人员数量（人）　642　580\n研发人员学历结构\n博士　24　19\n本科以下　75　81\n",
     [("642", "642", "人", "count", "研发人员数量", None), ("580", "580", "人", "count", "研发人员数量", None),
      ("24", "24", "人", "count", "博士", None), ("19", "19", "人", "count", "博士", None),
      ("75", "75", "人", "count", "本科以下", None), ("81", "81", "人", "count", "本科以下", None)]),
    # units under the years only, the change column's cells signed and holding their own %; a unit in brackets
    ("截至12月31日止年度　2024年　2023年　变动\n　　　　人民币千元　人民币千元\n"
     "收入　2,436,852　2,018,406　+20.7%\n每股基本盈利（人民币分）　41.28　34.15　+20.9%\n",
     [("2,436,852", "2436852000", "元", "money", "收入", None),
      ("2,018,406", "2018406000", "元", "money", "收入", None),
      ("20.7%", "20.7", "%", "change", "收入变动", "increase"),
      ("41.28", "41.28", "分", "money", "每股基本盈利", None),
      ("34.15", "34.15", "分", "money", "每股基本盈利", None),
      ("20.9%", "20.9", "%", "change", "每股基本盈利变动", "increase")]),
    # a cost in brackets is a deduction shown as such, its amount positive; a net figure in brackets is negative
    ("项目　2024年　2023年　变动\n　人民币千元　人民币千元　(%)\n销售成本　(9,742,105)　(8,713,940)　11.8\n"
     "其他收入和支出净额　(1,045)　(612)　—\n",
     [("9,742,105", "9742105000", "元", "money", "销售成本", None),
      ("8,713,940", "8713940000", "元", "money", "销售成本", None),
      ("11.8", "11.8", "%", "change", "销售成本变动", "increase"),
      ("1,045", "-1045000", "元", "money", "其他收入和支出净额", None),
      ("612", "-612000", "元", "money", "其他收入和支出净额", None)]),
    # a 位次 column: each row's place in the measure of the column before it
    ("地区\t规上工业增加值增速(%)\t位次\n全市\t6.9\t—\n东城区\t5.8\t5\n",
     [("6.9", "6.9", "%", "change", "全市规上工业增加值增速", "increase"),
      ("5.8", "5.8", "%", "change", "东城区规上工业增加值增速", "increase"),
      ("5", "5", "", "rank", "东城区规上工业增加值增速", None)]),
    # a table of old reports: a 单位 column, signed changes
    ("品名　单位　1983年　1984年　增减（%）\n粮食　万斤　9850　12360　+25.5\n鲜蛋　吨　1130　1020　-9.7\n",
     [("9850", "98500000", "斤", "measure", "粮食", None), ("12360", "123600000", "斤", "measure", "粮食", None),
      ("25.5", "25.5", "%", "change", "粮食增减", "increase"),
      ("1130", "1130", "吨", "measure", "鲜蛋", None), ("1020", "1020", "吨", "measure", "鲜蛋", None),
      ("-9.7", "9.7", "%", "change", "鲜蛋增减", "decrease")]),
    # a sentence with a figure that opens the table below it still sets its units (件 for counts, % for rates)
    ("全区共承办工单9680件,具体情况如下(单位:件、%):\n地区 | 派发工单 | 已办结 | 办结率\n"
     "北城区 | 3126 | 3058 | 97.82\n",
     [("9680件", "9680", "件", "count", "工单", None), ("3126", "3126", "件", "count", "北城区派发工单", None),
      ("3058", "3058", "件", "count", "北城区已办结", None),
      ("97.82", "97.82", "%", "percent", "北城区办结率", None)]),
    # a barred row's label may be long and hold commas; the rows after it stay rows
    ("单位:元 币种:人民币\n项目 | 金额\n计入当期损益的政府补助,但与公司正常经营业务密切相关的政府补助除外 | "
     "16,208,450.00\n少数股东权益影响额(税后) | 318,062.40\n",
     [("16,208,450.00", "16208450.00", "元", "money",
       "计入当期损益的政府补助,但与公司正常经营业务密切相关的政府补助除外", None),
      ("318,062.40", "318062.40", "元", "money", "少数股东权益影响额(税后)", None)]),
    # two header rows between bars: the upper one's years span the empty cells after them; 同比增减 over an empty
    # cell names the last column, whose cells are changes
    ("单位:万元\n | 2024年 | | 2023年 | | 同比增减\n | 金额 | 占营业收入比重 | 金额 | 占营业收入比重 |\n"
     "营业收入合计 | 52,310.40 | 100% | 47,826.15 | 100% | 9.38%\n",
     [("52,310.40", "523104000", "元", "money", "营业收入合计", None),
      ("100%", "100", "%", "percent", "营业收入合计", None),
      ("47,826.15", "478261500", "元", "money", "营业收入合计", None),
      ("100%", "100", "%", "percent", "营业收入合计", None),
      ("9.38%", "9.38", "%", "change", "营业收入合计同比增减", "increase")]),
    # a caption of 涨跌幅度 says the cells are changes, their sign their way
    ("表2  2024年居民消费价格比上年涨跌幅度\n单位:%\n指标    全市    农村\n居民消费价格    0.4    -0.2\n",
     [("0.4", "0.4", "%", "change", "居民消费价格增速", "increase"),
      ("-0.2", "0.2", "%", "change", "居民消费价格农村增速", "decrease")]),
    # rows of a label and figures a single space apart are rows, not lines of a hard-wrapped paragraph
    ("全年查处案件3,210件。分领域情况如下:\n执法领域 案件数(件) 罚款金额(万元)\n道路运输 2,846 512.60\n"
     "水路运输 364 41.25\n",
     [("3,210件", "3210", "件", "count", "案件", None),
      ("2,846", "2846", "件", "count", "道路运输案件数", None),
      ("512.60", "5126000", "元", "money", "道路运输罚款金额", None),
      ("364", "364", "件", "count", "水路运输案件数", None),
      ("41.25", "412500", "元", "money", "水路运输罚款金额", None)]),
    # bars set the cells apart though a cell holds a comma; a serial number names no figure
    ("序号 | 项目名称 | 年度目标 | 完成情况 | 完成投资(万元)\n"
     "1 | 城镇老旧小区改造 | 30个 | 32个,惠及居民4260户 | 8600\n",
     [("30个", "30", "个", "count", "城镇老旧小区改造年度目标", None),
      ("32个", "32", "个", "count", "城镇老旧小区改造", None),
      ("4260户", "4260", "户", "count", "居民", None),
      ("8600", "86000000", "元", "money", "城镇老旧小区改造完成投资", None)]),
    # a remark between the head and the rows keeps the table open; a head cell that ends in its measure word
    ("食品类别 | 抽检批次 | 不合格批次\n(注:“其他”含粮食加工品等31类食品)\n食用农产品 | 4308 | 96\n其他 | 3917 | 48\n",
     [("31类", "31", "类", "count", "食品", None),
      ("4308", "4308", "批次", "count", "食用农产品抽检批次", None),
      ("96", "96", "批次", "count", "食用农产品不合格批次", None),
      ("3917", "3917", "批次", "count", "其他抽检批次", None),
      ("48", "48", "批次", "count", "其他不合格批次", None)]),
    # prose that names the measure and its unit before the label-and-figure lines under it; a label that opens
    # like a unit (公 of 公顷) on the next line is no unit of the figure before it
    ("各类用地供应面积(公顷)分别为:\n工矿仓储用地 731.05\n住宅用地 412.60\n公共管理与公共服务用地 268.14\n",
     [("731.05", "731.05", "公顷", "measure", "工矿仓储用地", None),
      ("412.60", "412.60", "公顷", "measure", "住宅用地", None),
      ("268.14", "268.14", "公顷", "measure", "公共管理与公共服务用地", None)]),
    # a numbered line that goes on from the rows' own numbers (三、 after 一、 and 二、) is a group of the table:
    # the note above still gives its unit to the rows under it
    ("(单位:件)\n项目\t数量\n一、本年新收申请数量\t58\n二、上年结转申请数量\t3\n三、本年度办理结果\n(一)予以公开\t27\n"
     "(二)部分公开\t9\n四、结转下年度继续办理\t5\n",
     [("58", "58", "件", "count", "本年新收申请数量", None), ("3", "3", "件", "count", "上年结转申请数量", None),
      ("27", "27", "件", "count", "予以公开", None), ("9", "9", "件", "count", "部分公开", None),
      ("5", "5", "件", "count", "结转下年度继续办理", None)]),
    # the article captions of the 政府信息公开 form sit between its parts, under one note
    ("(单位:件)\n第二十条第(五)项\n信息内容\t本年处理决定数量\n行政许可\t3120\n第二十条第(六)项 本年处理决定数量\n"
     "行政处罚 415\n",
     [("3120", "3120", "件", "count", "行政许可本年处理决定数量", None),
      ("415", "415", "件", "count", "行政处罚本年处理决定数量", None)]),
    # single-space rows headed by a grade (4A级), a change column that says 持平 or holds a signed figure
    ("等级 数量(家) 比上年增减(家)\n4A级 9 持平\n3A级 16 +3\n2A级 5 -2\n",
     [("9", "9", "家", "count", "4A级", None), ("16", "16", "家", "count", "3A级", None),
      ("3", "3", "家", "change", "3A级比上年增减", "increase"), ("5", "5", "家", "count", "2A级", None),
      ("-2", "2", "家", "change", "2A级比上年增减", "decrease")]),
    # a note that gives each measure its own unit: the columns take theirs by what they measure
    ("(营业收入、利润总额单位:亿元;从业人员单位:万人)\n行业 | 营业收入 | 利润总额 | 从业人员\n"
     "批发业 | 812.4 | 31.6 | 4.2\n",
     [("812.4", "81240000000", "元", "money", "批发业营业收入", None),
      ("31.6", "3160000000", "元", "money", "批发业利润总额", None),
      ("4.2", "42000", "人", "count", "批发业从业人员", None)]),
    ("异地就医结算如下(结算人次单位为万人次,金额单位为亿元):\n类别 | 结算人次 | 医疗费用 | 基金支付\n"
     "住院 | 3.16 | 8.42 | 5.37\n",
     [("3.16", "31600", "人次", "count", "住院结算人次", None),
      ("8.42", "842000000", "元", "money", "住院医疗费用", None),
      ("5.37", "537000000", "元", "money", "住院基金支付", None)]),
    # under 单位:℃,毫米,% a column of rain is in 毫米, one of the air in ℃
    ("单位:℃,毫米,%\n县(区) 平均气温 降水量 距平百分率\n临川区 15.2 864.3 8.1\n",
     [("15.2", "15.2", "℃", "measure", "临川区平均气温", None),
      ("864.3", "864.3", "毫米", "measure", "临川区降水量", None),
      ("8.1", "8.1", "%", "change", "临川区距平百分率", "increase")]),
    # under 单位:亿元,% a 比年初增减 column holds amounts (the year's increase), a 存贷比 column ratios in %
    ("单位:亿元,%\n项目|期末余额|比年初增减|同比增速|存贷比\n各项贷款|2846.30|152.64|8.1|78.6\n",
     [("2846.30", "284630000000", "元", "money", "各项贷款", None),
      ("152.64", "15264000000", "元", "change", "各项贷款比年初增减", "increase"),
      ("8.1", "8.1", "%", "change", "各项贷款同比增速", "increase"),
      ("78.6", "78.6", "%", "percent", "各项贷款存贷比", None)]),
    # a 常年值 column holds the climate normal (the earlier value), a 距平 column the departure from it
    ("站名 | 年降水量(毫米) | 常年值(毫米) | 距平百分率(%)\n临溪 | 1642.8 | 1398.6 | 17.5\n",
     [("1642.8", "1642.8", "毫米", "measure", "临溪年降水量", None),
      ("1398.6", "1398.6", "毫米", "measure", "临溪常年值", None),
      ("17.5", "17.5", "%", "change", "临溪距平百分率", "increase")]),
    # a 构成 column under 单位:亿元,% holds the shares of the total, in %
    ("单位:亿元,%\n产业类别 | 增加值 | 增加值构成\n文化产业 | 48.36 | 100.0\n文化服务业 | 31.02 | 64.1\n",
     [("48.36", "4836000000", "元", "money", "文化产业增加值", None),
      ("100.0", "100.0", "%", "percent", "文化产业增加值构成", None),
      ("31.02", "3102000000", "元", "money", "文化服务业增加值", None),
      ("64.1", "64.1", "%", "percent", "文化服务业增加值构成", None)]),
    # the kinds under a 其中 row share the unit its whole states in its label, down to the next row stating one
    ("指标 | 本年 | 上年 | 增长(%)\n货运量(万吨) | 812.5 | 760.2 | 6.9\n其中:铁路 | 301.4 | 288.0 | 4.7\n"
     "公路 | 511.1 | 472.2 | 8.2\n客运量(万人次) | 96.3 | 90.1 | 6.9\n",
     [("812.5", "8125000", "吨", "measure", "货运量", None), ("760.2", "7602000", "吨", "measure", "货运量", None),
      ("6.9", "6.9", "%", "change", "货运量增长", "increase"),
      ("301.4", "3014000", "吨", "measure", "铁路", None), ("288.0", "2880000", "吨", "measure", "铁路", None),
      ("4.7", "4.7", "%", "change", "铁路增长", "increase"),
      ("511.1", "5111000", "吨", "measure", "公路", None), ("472.2", "4722000", "吨", "measure", "公路", None),
      ("8.2", "8.2", "%", "change", "公路增长", "increase"),
      ("96.3", "963000", "人次", "count", "客运量", None), ("90.1", "901000", "人次", "count", "客运量", None),
      ("6.9", "6.9", "%", "change", "客运量增长", "increase")]),
    # a row whose first cell is left empty shares the cell above it (a merged cell copied as text)
    ("分类 | 项目 | 人数（人） | 占比（%）\n按性别 | 男 | 412 | 61.5\n | 女 | 258 | 38.5\n",
     [("412", "412", "人", "count", "男人数", None), ("61.5", "61.5", "%", "percent", "男占比", None),
      ("258", "258", "人", "count", "女人数", None), ("38.5", "38.5", "%", "percent", "女占比", None)]),
    # a note that names each measure's unit: the columns ending with a measure's name take its unit
    ("各站点情况如下（站点数单位：个；客流量单位：万人次；满意度单位：%）：\n片区 | 站点数 | 日均客流量 | 满意度\n"
     "东片 | 14 | 3.6 | 92.4\n",
     [("14", "14", "个", "count", "东片站点数", None), ("3.6", "36000", "人次", "count", "东片日均客流量", None),
      ("92.4", "92.4", "%", "percent", "东片满意度", None)]),
    # a column of rates per 100,000 (/10万人口 in the header's bracket): each cell a rate per 100,000, the header's
    # base no figure of its own
    ("病种    报告病例数(例)    发病率(/10万人口)\n肺结核    412    38.26\n",
     [("412", "412", "例", "count", "肺结核报告病例数", None),
      ("38.26", "38.26", "/10万", "other", "肺结核发病率", None)]),
    # of a note's units, power goes to a capacity column and energy to an output one; a column of a period leaves
    # the row to say what is counted (企业 in 家, not in the note's 万美元)
    ("单位:万千瓦,亿千瓦时,%\n地区 | 装机容量 | 发电量 | 利用率\n北港市 | 212.4 | 38.65 | 98.6\n",
     [("212.4", "2124000", "千瓦", "measure", "北港市装机容量", None),
      ("38.65", "3865000000", "千瓦时", "measure", "北港市发电量", None),
      ("98.6", "98.6", "%", "percent", "北港市利用率", None)]),
    ("单位:万美元、家\n指标 | 2024年 | 2023年\n新设外资企业 | 96 | 88\n实际使用外资 | 51236 | 48510\n",
     [("96", "96", "家", "count", "新设外资企业", None), ("88", "88", "家", "count", "新设外资企业", None),
      ("51236", "512360000", "美元", "money", "实际使用外资", None),
      ("48510", "485100000", "美元", "money", "实际使用外资", None)]),
    # a note in mg/L (one unit, its slash no separator) gives the concentration columns their unit
    ("水质年均值如下(单位:mg/L):\n指标 | 进水 | 出水\nCOD | 286 | 16.4\n",
     [("286", "286", "mg/L", "measure", "COD进水", None), ("16.4", "16.4", "mg/L", "measure", "COD出水", None)]),
    # a note that says its unit with 单位均为, a unit per day (万吨/日) one unit, its slash no separator
    ("各厂运行数据如下(设计规模、日均处理量单位均为万吨/日):\n水厂 | 设计规模 | 日均供水量\n北郊水厂 | 30 | 26.4\n",
     [("30", "300000", "吨/日", "measure", "北郊水厂设计规模", None),
      ("26.4", "264000", "吨/日", "measure", "北郊水厂日均供水量", None)]),
    # a note with as many units as columns of figures gives each column its own, in turn
    ("表2 各类学校情况\n单位:所、个、人\n类别 | 校数 | 班级 | 在校生\n小学 | 42 | 815 | 31260\n",
     [("42", "42", "所", "count", "小学校数", None), ("815", "815", "个", "count", "小学班级", None),
      ("31260", "31260", "人", "count", "小学在校生", None)]),
    # a note's price per so much of the goods (元/500克) is in the money, its 500克 no figure; a unit per
    # another (元/公斤, 万吨/日) is one unit beside the % of the rate column
    ("表2　主要农副产品零售均价\n单位：元/500克，%\n"
     "品名　　本月均价　　上月均价　　环比\n鲜鸡蛋　　5.46　　5.12　　6.6\n",
     [("5.46", "5.46", "元", "money", "鲜鸡蛋本月均价", None), ("5.12", "5.12", "元", "money", "鲜鸡蛋上月均价", None),
      ("6.6", "6.6", "%", "change", "鲜鸡蛋环比", "increase")]),
    ("表3　城区供水\n单位：万吨/日、%\n水厂 | 供水能力 | 负荷率\n城东水厂 | 12.5 | 86.4\n",
     [("12.5", "125000", "吨/日", "measure", "城东水厂供水能力", None),
      ("86.4", "86.4", "%", "percent", "城东水厂负荷率", None)]),
    ("单位：元/公斤，%\n品名 | 本周 | 环比\n猪肉 | 26.80 | -1.5\n",
     [("26.80", "26.80", "元", "money", "猪肉本周", None),
      ("-1.5", "1.5", "%", "change", "猪肉环比", "decrease")]),
    # wide spaces with a plain one before a right-aligned figure (10,415　　　 906.72) part cells all the same,
    # and the rows after it stay in the table
    ("场地类型　　　　　　数量（个）　　面积（万平方米）\n田径场地　　　　　　862　　　　　205.31\n"
     "球类运动场地　　　　10,415　　　 906.72\n　其中：足球场地　　1,733　　　　301.08\n",
     [("862", "862", "个", "count", "田径场地", None), ("205.31", "2053100", "平方米", "measure", "田径场地面积", None),
      ("10,415", "10415", "个", "count", "球类运动场地", None),
      ("906.72", "9067200", "平方米", "measure", "球类运动场地面积", None),
      ("1,733", "1733", "个", "count", "足球场地", None),
      ("301.08", "3010800", "平方米", "measure", "足球场地面积", None)]),
    # a row of each column's unit under the head row, both indented past the label column: the units go to the
    # columns, no note of the whole table
    ("表3　体育产业总规模与增加值\n　　　　　　　　总产出　　增加值　　增加值占比\n"
     "　　　　　　　　（亿元）　（亿元）　（%）\n"
     "体育服务业　　　　　186.42　　81.36　　68.3\n",
     [("186.42", "18642000000", "元", "money", "体育服务业总产出", None),
      ("81.36", "8136000000", "元", "money", "体育服务业增加值", None),
      ("68.3", "68.3", "%", "percent", "体育服务业增加值占比", None)]),
    # a target bound written in its cell (≥40) is a figure of the row
    ("指标 | 目标值 | 完成值\n新建产业项目数量(个) | ≥40 | 46\n",
     [("40", "40", "个", "count", "新建产业项目数量目标值", None),
      ("46", "46", "个", "count", "新建产业项目数量完成值", None)]),
    # a bare 增减 column under 单位:人、% holds the difference of the two years when it is one: in the row's unit
    # (in points on a row of rates); a row of people that grow (自然增长人口) is no rate
    ("单位:人、%\n指标 2024年 2023年 增减\n户籍人口 412360 415180 -2820\n城镇化率 56.20 54.85 1.35\n"
     "自然增长人口 -842 -615 -227\n",
     [("412360", "412360", "人", "count", "户籍人口", None),
      ("415180", "415180", "人", "count", "户籍人口", None),
      ("-2820", "2820", "人", "change", "户籍人口增减", "decrease"),
      ("56.20", "56.20", "%", "percent", "城镇化率", None),
      ("54.85", "54.85", "%", "percent", "城镇化率", None),
      ("1.35", "1.35", "百分点", "change", "城镇化率增减", "increase"),
      ("-842", "-842", "人", "count", "自然增长人口", None),
      ("-615", "-615", "人", "count", "自然增长人口", None),
      ("-227", "227", "人", "change", "自然增长人口增减", "decrease")]),
    # (a 增减(%) column is in % whatever its cells are)
    ("指标 | 单位 | 2024年 | 2023年 | 增减(%)\n烘干机 | 台 | 97 | 97 | 0.0\n",
     [("97", "97", "台", "count", "烘干机", None),
      ("97", "97", "台", "count", "烘干机", None),
      ("0.0", "0.0", "%", "change", "烘干机增减", None)]),
    # (a label alone on its line, (一)支持、部分支持, groups rows inside the table: the head still holds)
    ("办理结果 | 件数 | 占比\n(一)支持、部分支持\n支持 | 215 | 43.0%\n(二)驳回\n驳回 | 120 | 24.0%\n",
     [("215", "215", "件", "count", "支持件数", None),
      ("43.0%", "43.0", "%", "percent", "支持占比", None),
      ("120", "120", "件", "count", "驳回件数", None),
      ("24.0%", "24.0", "%", "percent", "驳回占比", None)]),
    # columns set apart by spaces: a row indented under the one above shares its first cell; a class bound in the
    # second cell labels the row
    ("分组    类别              占比(%)\n按年龄  35岁以下            42.6\n        35岁及以上          57.4\n"
     "按学历  本科              61.2\n        研究生            38.8\n",
     [("42.6", "42.6", "%", "percent", "按年龄占比", None),
      ("57.4", "57.4", "%", "percent", "按年龄占比", None),
      ("61.2", "61.2", "%", "percent", "本科占比", None),
      ("38.8", "38.8", "%", "percent", "研究生占比", None)]),
    # (a note of the unit and the other measure word it may go by, 套(间): the first is the unit)
    ("单位:套(间)\n区域 | 年度任务 | 新开工\n东湖区 | 1200 | 1296\n",
     [("1200", "1200", "套", "count", "东湖区年度任务", None), ("1296", "1296", "套", "count", "东湖区新开工", None)]),
    # (a head whose cells name grades by a code, 5A级 4A级, is the head: its digits are no figures)
    ("单位：家\n县区   5A级   4A级   合计\n河西区   1   4   5\n东山县   2   3   5\n",
     [("1", "1", "家", "count", "河西区5A级", None), ("4", "4", "家", "count", "河西区4A级", None),
      ("5", "5", "家", "count", "河西区", None), ("2", "2", "家", "count", "东山县5A级", None),
      ("3", "3", "家", "count", "东山县4A级", None), ("5", "5", "家", "count", "东山县", None)]),
    # (a unit cell per head and per month, 元/人·月: an amount of money, in 元)
    ("指标 | 单位 | 2023年 | 2024年\n城市低保平均标准 | 元/人·月 | 835 | 870\n",
     [("835", "835", "元", "money", "城市低保平均标准", None),
      ("870", "870", "元", "money", "城市低保平均标准", None)]),
    # (a unit in a column's head that is a measure word of rounds fired)
    ("市别 | 火箭弹(枚) | 炮弹(发)\n青州市 | 924 | 1560\n",
     [("924", "924", "枚", "count", "青州市火箭弹", None), ("1560", "1560", "发", "count", "青州市炮弹", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TABLE_CASES)
def test_table_cells(text: str, expected: list[Row]) -> None:
    assert _claims(text) == expected


BARE_CASES = [
    # words spaced out in running text are no table: the measure word stays with its figure
    ("全 县 受理 案件 120 件 审结 110 件\n", [], ["120 件", "110 件"]),
    # 序号 column and numbers before the row header label the row
    ("序号\t单位\t执法人员数（人）\n1\t司法局\t46\n2\t交通局\t58\n", ["1", "2"], ["46", "58"]),
    ("1\t司法局\t46人\n2\t交通局\t58人\n", ["1", "2"], ["46人", "58人"]),
    # a year in the first column, or a 年份 column, is the time of the row
    ("年份\t受理量（件）\n2022\t1,120\n2023\t1,204\n", ["2022", "2023"], ["1,120", "1,204"]),
    ("单位：件\n2022\t1,120\n2023\t1,204\n", ["2022", "2023"], ["1,120", "1,204"]),
    # no unit anywhere: the table stays bare
    ("类别\t东区\t西区\n调解\t12\t15\n", ["12", "15"], []),
    ("项目\t2023年\t2024年\t增减\n办理量\t310\t356\t46\n", ["310", "356", "46"], []),
    # a note ends with its table: the next section's table has no unit
    ("一、概况（单位：万元）\n项目\t金额\n培训经费\t12.5\n二、人员情况\n类别\t东区\t西区\n律师\t88\t64\n",
     ["88", "64"], ["12.5"]),
    # a label over rows of something else gives them no unit
    ("项目\t2024年\t2023年\n营业收入（万元）\t1,250\t1,130\n产品结构\n甲产品\t56\t48\n", ["56", "48"],
     ["1,250", "1,130"]),
    # a note does not reach into prose
    ("单位：万元\n本年度各项支出均按计划执行,其中培训12项。\n", [], ["12项"]),
    # no unit said, but the columns name counts of things, counts of people and shares
    ("县别 点位数 达标点位数 达标比例\n安平县 12 11 91.7\n", [], ["12", "11", "91.7"]),
    ("公司研发人员的数量 | 412\n研发人员数量占公司总人数的比例(%) | 15.43\n", [], ["412", "15.43"]),
    # a column of times, not of percent, stays bare
    ("项目\t本年\n存货周转率\t4.6\n", ["4.6"], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "bare", "claimed"), BARE_CASES)
def test_label_cells_and_unitless_tables_stay_bare(text: str, bare: list[str], claimed: list[str]) -> None:
    claims, skips = extract_with_skips(text)
    assert [c.text for c in claims] == claimed
    assert [s.text for s in skips if s.reason == "no unit"] == bare


def test_a_first_column_of_places_ranks_its_row() -> None:
    got = _claims("排名 | 诉求事项 | 件数\n1 | 住房保障 | 7,241\n2 | 道路交通 | 5,830\n")
    assert [(c[0], c[2], c[3], c[4]) for c in got] == [
        ("1", "", "rank", "住房保障"), ("7,241", "件", "count", "住房保障件数"),
        ("2", "", "rank", "道路交通"), ("5,830", "件", "count", "道路交通件数"),
    ]  # fmt: skip
    # a 序号 column still only labels the row
    assert [c[0] for c in _claims("序号 | 单位 | 件数\n1 | 司法局 | 46\n")] == ["46"]


def test_unitless_columns_say_what_they_count() -> None:
    got = _claims("县别 点位数 达标点位数 达标比例\n安平县 12 11 91.7\n公司研发人员的数量 | 412\n")
    assert [(c[0], c[2], c[3]) for c in got] == [("12", "", "count"), ("11", "", "count"), ("91.7", "%", "percent"),
                                                 ("412", "人", "count")]  # fmt: skip
    assert [(c[0], c[2]) for c in _claims("在职员工的数量合计 | 2,856\n")] == [("2,856", "人")]


def test_money_note_over_a_long_title_still_reaches_labelled_amounts() -> None:
    text = (
        "主要财务数据(人民币百万元)\n以下数据摘自经审计的报表\n按企业会计准则编制\n另有说明的除外\n"
        "项目\t2024年\n营业收入\t3,856.2\n"
    )
    assert _claims(text) == [("3,856.2", "3856200000", "元", "money", "营业收入", None)]


def test_year_header_rows_are_not_claims() -> None:
    claims, skips = extract_with_skips("单位：万元\n项目\t2023年\t2024年\n经费\t3.2\t4.1\n")
    assert [c.text for c in claims] == ["3.2", "4.1"]
    assert [(s.text, s.reason) for s in skips if s.text.startswith("20")] == [("2023年", "year"), ("2024年", "year")]


def test_percent_cell_is_named_by_its_row_and_column_even_without_counts() -> None:
    (claim,) = extract("类别\t东区\t达标率\n调解\t12\t91.5%\n")
    assert (claim.text, claim.subject) == ("91.5%", "调解达标率")


def test_table_in_original_full_width_text_keeps_offsets() -> None:
    text = "项目　　收案数（件）　　结案率\n民事　　１２０　　９５．０％\n"
    claims = extract(text)
    assert [(c.text, str(c.value), c.unit) for c in claims] == [("１２０", "120", "件"), ("９５．０％", "95.0", "%")]
    for c in claims:
        assert text[c.start : c.end] == c.text


def test_pieces_cut_inside_a_table_equal_the_whole() -> None:
    rows = "".join(f"第{i}街道\t{100 + i}\t{i}.5%\n" for i in range(1, 60))
    table = "三、各街道纠纷调解情况（单位：件）\n街道\t受理纠纷数\t调解成功率\n" + rows
    text = ("全年共受理纠纷5,000件,调解成功率96.0%。\n" + table + "\n") * 3
    whole, whole_skips = extract_with_skips(text)
    assert sum(c.unit == "件" and c.subject is not None and c.subject.endswith("受理纠纷数") for c in whole) == 3 * 59
    for chunk in (300, 700, 1500):
        pieces = list(iter_extract(text, chunk_chars=chunk))
        assert len(pieces) > 2
        assert [c.model_dump() for part, _ in pieces for c in part] == [c.model_dump() for c in whole]
        assert [s for _, part in pieces for s in part] == whole_skips


def test_a_row_that_opens_with_a_list_marker_is_no_heading() -> None:
    """一、本年新收…\t12\t3\t15 is a row of the table under the heading 三、…, not a heading of its own."""
    text = (
        "三、收到和处理政府信息公开申请情况\n\t自然人\t法人或其他组织\t总计\n"
        "一、本年新收政府信息公开申请数量\t12\t3\t15\n"
    )
    claims = extract(text)
    assert [c.text for c in claims] == ["12", "3", "15"]
    assert {tuple(c.section) for c in claims} == {("三、收到和处理政府信息公开申请情况",)}


def test_labelled_cells_of_a_barred_row_are_named_by_the_row() -> None:
    """A preliminary-results table: cells say 盈利:…; the row's first cell names the figures, rows stay apart."""
    text = (
        "项目 | 本报告期 | 上年同期\n"
        "归属于上市公司股东的净利润 | 盈利:8,600万元–9,400万元 比上年同期增长:35.2%–47.8% | 盈利:6,360.5万元\n"
        "基本每股收益 | 盈利:0.43元/股–0.47元/股 | 盈利:0.32元/股\n"
    )
    got = [(c.text, c.kind, c.subject, c.direction, c.role) for c in extract(text)]
    net, eps = "归属于上市公司股东的净利润", "基本每股收益"
    assert got == [
        ("8,600万元", "money", net, None, "range_low"),
        ("9,400万元", "money", net, None, "range_high"),
        ("35.2%", "change", net, "increase", "range_low"),
        ("47.8%", "change", net, "increase", "range_high"),
        ("6,360.5万元", "money", net, None, None),
        ("0.43元/股", "money", eps, None, "range_low"),
        ("0.47元/股", "money", eps, None, "range_high"),
        ("0.32元/股", "money", eps, None, None),
    ]
    assert {c.unit for c in extract(text) if c.kind == "money"} == {"元"}
