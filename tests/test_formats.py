"""HTML pages, Word files and PDFs in: the report's text out, and the same claims as from plain text.

Every fixture is generated here in `tmp_path`: one short report written as UTF-8, GB18030, UTF-16,
an HTML page with site furniture around it, a .docx (python-docx) and a PDF (reportlab, with its
built-in STSong-Light CID font, so no font file is needed) whose layout breaks `23.8` / `万吨` across
a page. Generators and parsers that are missing skip their tests.
"""

from __future__ import annotations

import io
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from jzreport import extract
from jzreport.formats import FormatError
from jzreport.formats.html import html_to_text
from jzreport.formats.pdf import rejoin
from jzreport.reading import Document, InputError, read_source

TITLE = "某县2023年法治政府建设情况报告"
HEADING_1 = "一、深化简政放权"
PARAGRAPH_1 = (
    "全县网上中介服务超市已进驻中介机构483家，全年成交金额1000.2万元，节约财政资金86.4万元。"
    "企业投资项目报批材料由90项减少至10项，审批时限压缩至5个工作日。"
)
HEADING_2 = "二、加强生态环境执法"
PARAGRAPH_2 = "全年查处环境违法案件37件，依法处置危险废物23.8万吨，同比下降4.6%。"
TABLE = [["指标", "2022年", "2023年"], ["行政复议案件", "255件", "312件"], ["纠错率", "8.2%", "9.6%"]]
CLOSING = "全县行政机关负责人出庭应诉率达到100%。"

REPORT_TEXT = "\n".join(
    [TITLE, HEADING_1, PARAGRAPH_1, HEADING_2, PARAGRAPH_2, *("\t".join(row) for row in TABLE), CLOSING]
)
NUMBERS = [
    "483家",
    "1000.2万元",
    "86.4万元",
    "由90项减少至10项",
    "5个工作日",
    "23.8万吨",
    "4.6%",
    "312件",
    "100%",
]


# --- fixture writers -------------------------------------------------------------------------------


def write_html(path: Path, encoding: str = "utf-8") -> Path:
    label = "gb2312" if encoding == "gb18030" else encoding
    rows = "\n".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in TABLE)
    wrapped_paragraph_2 = PARAGRAPH_2.replace("23.8万吨", "23.8\n      万吨")  # the source wraps a claim
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={label}">
<title>{TITLE}_某县人民政府门户网站</title>
<style>.TRS_Editor p {{ text-indent: 2em; }}</style>
<script type="text/javascript">var visits = "访问量：1234567次"; document.write("成交金额999万元");</script>
</head>
<body>
<div class="header"><div class="top">无障碍浏览 | 长者模式 | 登录</div>
<img src="logo.png" alt="某县人民政府"></div>
<div id="mainNav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt;
<a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>
<div class="article">
<h1 class="article-title">{TITLE}</h1>
<div class="article-info">发布时间：2024-03-28 &nbsp; 来源：县司法局</div>
<div class="TRS_Editor">
<p><strong>{HEADING_1}</strong></p>
<p>{PARAGRAPH_1[:40]}
{PARAGRAPH_1[40:]}</p>
<h2>{HEADING_2}</h2>
<p>{wrapped_paragraph_2}</p>
<table border="1" cellspacing="0">
{rows}
</table>
<p>{CLOSING}</p>
<div style="display:none">隐藏统计：成交金额888万元</div>
</div>
<div class="bdshare">分享到：微信 微博</div>
</div>
<div class="footer"><p>主办：某县人民政府办公室 &nbsp; 网站标识码：1234000001</p>
<p>ICP备05012345号 &copy; 2024</p></div>
<script>var _hmt = _hmt || [];</script>
</body></html>
"""
    path.write_bytes(page.encode(encoding))
    return path


def write_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx", reason="python-docx (the test extra) writes the .docx fixture")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "某县人民政府文件 第3期"
    document.add_heading(TITLE, level=0)
    document.add_heading(HEADING_1, level=1)
    document.add_paragraph(PARAGRAPH_1)
    document.add_paragraph("")  # an empty paragraph, as spacing
    document.add_heading(HEADING_2, level=1)
    document.add_paragraph(PARAGRAPH_2)
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    document.add_paragraph(CLOSING)
    document.save(path)
    return path


# Lines of the PDF, wrapped at a width of 46 (Chinese characters count two), so that PARAGRAPH_2
# breaks after "23.8"; PAGE marks where a page ends.
PAGE = object()


def _wrap(paragraph: str, width: int = 46) -> list[str]:
    lines, current, used = [], "", 0
    for ch in paragraph:
        w = 2 if ord(ch) > 0x2E7F else 1
        if used + w > width:
            lines.append(current)
            current, used = "", 0
        current += ch
        used += w
    return [*lines, current]


def pdf_layout() -> list[object]:
    para_2 = _wrap(PARAGRAPH_2)
    assert para_2[0].endswith("23.8") and para_2[1].startswith("万吨")  # the break the test is about
    return [
        TITLE, HEADING_1, *_wrap(PARAGRAPH_1), HEADING_2, para_2[0], PAGE,
        *para_2[1:], *(TABLE), PAGE,
        CLOSING,
    ]  # fmt: skip


def write_pdf(path: Path, layout: list[object] | None = None, **canvas_options: object) -> Path:
    pytest.importorskip("reportlab", reason="reportlab (the test extra) writes the PDF fixture")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), **canvas_options)

    def furniture() -> None:
        pdf.setFont("STSong-Light", 9)
        pdf.drawString(250, 800, "某县人民政府公报 2024年第3期")
        pdf.drawString(290, 40, f"- {pdf.getPageNumber()} -")
        pdf.setFont("STSong-Light", 12)

    furniture()
    y = 760
    for item in layout if layout is not None else pdf_layout():
        if item is PAGE:
            pdf.showPage()
            furniture()
            y = 760
        elif isinstance(item, list):  # a table row: cells in columns
            for x, cell in zip((72, 250, 350), item, strict=False):
                pdf.drawString(x, y, cell)
            y -= 20
        else:
            pdf.drawString(72, y, str(item))
            y -= 20
    pdf.showPage()
    pdf.save()
    return path


def _require_pdf_reader() -> None:
    pytest.importorskip("pypdf", reason="pypdf (the formats extra) reads PDFs")


def _sentences(text: str) -> list[str]:
    """The sentences of the text's prose lines (table rows left out)."""
    return [
        sentence for line in text.split("\n") if "\t" not in line for sentence in line.split("。") if sentence
    ]


# --- HTML -----------------------------------------------------------------------------------------


@pytest.fixture(params=["lxml", "stdlib"])
def html_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run an HTML test with lxml, and again with the standard-library fallback."""
    if request.param == "lxml":
        pytest.importorskip("lxml.html")
    else:
        monkeypatch.setitem(sys.modules, "lxml", None)  # `import lxml.html` now raises ImportError
        monkeypatch.setitem(sys.modules, "lxml.html", None)
    return request.param


HTML_CASES = [
    # (name, markup, expected text)
    ("paragraphs", "<p>第一段。</p><p>第二段。</p>", "第一段。\n第二段。"),
    ("line breaks", "第一行<br>第二行<br/><br>第三行", "第一行\n第二行\n\n第三行"),
    ("entities", "<p>A&amp;B&nbsp;成交&lt;100万元&gt;&#20803;&#x5143;</p>", "A&B\xa0成交<100万元>元元"),
    ("list items", "<ul><li>一是加强领导</li><li>二是完善制度</li></ul>", "一是加强领导\n二是完善制度"),
    (
        "table rows and cells",
        "<table><tr><th>项目</th><th>2023年</th></tr><tr><td>案件</td><td><span>312</span>件</td></tr></table>",
        "项目\t2023年\n案件\t312件",
    ),
    (
        "empty cell keeps its column",
        "<table><tr><td>纠错率</td><td></td><td>9.6%</td></tr></table>",
        "纠错率\t\t9.6%",
    ),
    ("scripts and styles", "<script>var a='100万元'</script><style>p{}</style><p>正文</p>", "正文"),
    ("nav and aside", "<nav>首页 政务公开</nav><aside>热点 1</aside><p>正文</p>", "正文"),
    ("page header and footer", "<header>网站头</header><p>正文</p><footer>版权所有 2024</footer>", "正文"),
    ("header inside article", "<article><header><h1>标题</h1></header><p>正文</p></article>", "标题\n正文"),
    (
        "class and id furniture",
        '<div class="breadcrumb">当前位置</div><div id="mainNav">首页</div><div class="bdshare">分享</div>'
        '<div class="footer-wrap">网站标识码1234</div><p>正文</p>',
        "正文",
    ),
    (
        "a content word outweighs a furniture word",
        '<div class="article-header">标题</div><p>正文</p>',
        "标题\n正文",
    ),
    (
        "a furniture-named wrapper holding the report is kept",
        '<div class="header-box"><p>全县已进驻中介机构483家，全年成交金额1000.2万元。</p></div>'
        '<div class="nav">首页</div>',
        "全县已进驻中介机构483家，全年成交金额1000.2万元。",
    ),
    (
        "hidden elements",
        '<p hidden>甲</p><p style="display: none">乙</p><p aria-hidden="true">丙</p><p>正文</p>',
        "正文",
    ),
    (
        "a source line break inside Chinese vanishes",
        "<p>处置危险废物23.8\n     万吨，同比\n下降</p>",
        "处置危险废物23.8万吨，同比下降",
    ),
    ("other white space collapses", "<p>共有   483\n家 and   more\nwords</p>", "共有 483家 and more words"),
    (
        "unclosed paragraphs and items",
        "<p>第一段<p>第二段<ul><li>一项<li>二项</ul>",
        "第一段\n第二段\n一项\n二项",
    ),
    ("comments", "<!-- 注释100万元 --><p>正文</p>", "正文"),
    ("preformatted lines", "<pre>第一行\n第二行</pre>", "第一行\n第二行"),
    ("head and title", "<html><head><title>标题_网站</title></head><body><p>正文</p></body></html>", "正文"),
    (
        "xml declaration",
        '<?xml version="1.0" encoding="gb2312"?><html><body><p>正文</p></body></html>',
        "正文",
    ),
    (
        "nested tables",
        "<table><tr><td><table><tr><td>甲</td><td>1件</td></tr></table></td></tr></table>",
        "甲\t1件",
    ),
]


@pytest.mark.parametrize(("name", "markup", "expected"), HTML_CASES, ids=[case[0] for case in HTML_CASES])
def test_html_to_text(html_parser: str, name: str, markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


def test_html_page_gives_the_report_text(tmp_path: Path, html_parser: str) -> None:
    document = read_source(str(write_html(tmp_path / "report.html")))
    assert (document.format, document.encoding) == ("html", "utf-8")
    assert (
        document.text
        == f"{TITLE}\n发布时间：2024-03-28 \xa0 来源：县司法局\n" + REPORT_TEXT.split("\n", 1)[1]
    )


def test_gb2312_page_is_read_by_its_declared_charset(tmp_path: Path, html_parser: str) -> None:
    path = write_html(tmp_path / "report.htm", encoding="gb18030")
    document = read_source(str(path))
    assert (document.format, document.encoding) == ("html", "gb18030")
    for number in NUMBERS:
        assert number in document.text
    for noise in ("首页", "当前位置", "访问量", "999万元", "888万元", "网站标识码", "分享到", "ICP"):
        assert noise not in document.text


def test_gbk_character_in_a_page_labelled_gb2312(tmp_path: Path) -> None:
    # 镕 is in GBK, not GB2312; browsers read gb2312 pages as GBK, and so do we.
    page = '<html><head><meta charset="gb2312"></head><body><p>朱镕基同志题词1幅。</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gbk"))
    document = read_source(str(path))
    assert (document.text, document.encoding) == ("朱镕基同志题词1幅。", "gb18030")


def test_page_saved_with_a_doc_name_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "附件1.doc"  # government sites often serve HTML as .doc
    path.write_text("<html><body><p>受理申请1113件。</p></body></html>", encoding="utf-8")
    document = read_source(str(path))
    assert (document.format, document.text) == ("html", "受理申请1113件。")


def test_utf16_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes("<html><body><p>结案率98.2%。</p></body></html>".encode("utf-16"))
    document = read_source(str(path))
    assert (document.format, document.encoding, document.text) == ("html", "utf-16-le", "结案率98.2%。")


def test_html_override_and_plain_text_override(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("<p>新增&nbsp;12家</p>", encoding="utf-8")
    assert read_source(str(path)).text == "新增\xa012家"  # sniffed as HTML by content
    assert read_source(str(path), fmt="txt").text == "<p>新增&nbsp;12家</p>"
    path.write_text("成交&amp;节约 36.5万元", encoding="utf-8")
    assert read_source(str(path)).text == "成交&amp;节约 36.5万元"
    assert read_source(str(path), fmt="html").text == "成交&节约 36.5万元"


def test_deeply_nested_html_does_not_overflow(html_parser: str) -> None:
    markup = "<div>" * 5000 + "<p>深处的1件。</p>" + "</div>" * 5000
    assert "深处的1件。" in html_to_text(markup)


# --- DOCX -----------------------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    document = read_source(str(write_docx(tmp_path / "report.docx")))
    assert (document.format, document.encoding) == ("docx", None)
    assert document.text == REPORT_TEXT  # page header left out, empty paragraph dropped


def _docx_with_body(tmp_path: Path, body_xml: str) -> Path:
    """A .docx from python-docx whose body is replaced by `body_xml` (w: elements)."""
    docx = pytest.importorskip("docx", reason="python-docx (the test extra) writes the .docx fixture")
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    namespaces = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    )
    for element in parse_xml(f"<w:wrap {namespaces}>{body_xml}</w:wrap>"):
        body.insert(len(body) - 1, element)
    path = tmp_path / "edited.docx"
    document.save(path)
    return path


DOCX_BODY_CASES = [
    # (name, body XML, expected text)
    (
        "tracked insertion kept, deletion dropped",
        "<w:p><w:r><w:t>受理</w:t></w:r><w:del><w:r><w:delText>1000</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>1113</w:t></w:r></w:ins><w:r><w:t>件。</w:t></w:r></w:p>",
        "受理1113件。",
    ),
    (
        "hidden text dropped",
        "<w:p><w:r><w:t>节约</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（草稿：99万元）</w:t></w:r>"
        "<w:r><w:t>236.5万元。</w:t></w:r></w:p>",
        "节约236.5万元。",
    ),
    (
        "field code dropped, its result kept",
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>个工作日</w:t></w:r></w:p>',
        "3个工作日",
    ),
    (
        "content control and tab",
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>指标</w:t><w:tab/><w:t>483家</w:t></w:r></w:p></w:sdtContent></w:sdt>",
        "指标\t483家",
    ),
    (
        "text box after its paragraph, fallback copy ignored",
        '<w:p><w:r><w:t>正文。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        "<w:txbxContent><w:p><w:r><w:t>注：数据截至12月底。</w:t></w:r></w:p></w:txbxContent></mc:Choice>"
        "<mc:Fallback><w:txbxContent><w:p><w:r><w:t>注：数据截至12月底。</w:t></w:r></w:p></w:txbxContent>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>",
        "正文。\n注：数据截至12月底。",
    ),
    (
        "merged and nested cells",
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>558件</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>（含复议）</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
        "合计\t558件\n（含复议）",
    ),
]


@pytest.mark.parametrize(
    ("name", "body", "expected"), DOCX_BODY_CASES, ids=[case[0] for case in DOCX_BODY_CASES]
)
def test_docx_body(tmp_path: Path, name: str, body: str, expected: str) -> None:
    assert read_source(str(_docx_with_body(tmp_path, body))).text == expected


def test_docx_needs_no_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_docx(tmp_path / "report.docx")
    for name in ("docx", "lxml", "lxml.etree", "lxml.html"):
        monkeypatch.setitem(sys.modules, name, None)
    assert read_source(str(path)).text == REPORT_TEXT


# --- PDF ------------------------------------------------------------------------------------------


def test_pdf_text_rejoined_across_lines_and_pages(tmp_path: Path) -> None:
    _require_pdf_reader()
    document = read_source(str(write_pdf(tmp_path / "report.pdf")))
    assert (document.format, document.encoding) == ("pdf", None)
    lines = document.text.split("\n")
    # The running head is kept once, on a line of its own; the page numbers are gone.
    assert lines[:3] == ["某县人民政府公报 2024年第3期", TITLE, HEADING_1]
    assert document.text.count("公报") == 1 and "- 1 -" not in document.text
    # Each paragraph is one line again, across line and page breaks.
    assert lines[3:6] == [PARAGRAPH_1, HEADING_2, PARAGRAPH_2]
    assert lines[-1] == CLOSING
    # Table cells come out as pypdf sees them (here one per line), but all of them, in order.
    assert "".join(lines[6:-1]).replace(" ", "") == "".join("".join(row) for row in TABLE)


def test_pdf_missing_extra_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(InputError) as caught:
        read_source(str(path))
    assert (
        str(caught.value) == f"{path}: reading .pdf needs the optional extra: pip install 'jzreport[formats]'"
    )


def test_pdf_locked_against_copying_is_read(tmp_path: Path) -> None:
    _require_pdf_reader()
    pytest.importorskip("reportlab")
    from reportlab.lib.pdfencrypt import StandardEncryption

    lock = StandardEncryption("", ownerPassword="owner", canCopy=0, canModify=0)
    path = write_pdf(tmp_path / "locked.pdf", [PARAGRAPH_2], encrypt=lock)
    assert read_source(str(path)).text.endswith(PARAGRAPH_2)


def test_pdf_with_a_password_is_refused(tmp_path: Path) -> None:
    _require_pdf_reader()
    pytest.importorskip("reportlab")
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = write_pdf(tmp_path / "secret.pdf", [PARAGRAPH_2], encrypt=StandardEncryption("user", "owner"))
    with pytest.raises(InputError, match=r"secret\.pdf: the PDF is password-protected$"):
        read_source(str(path))


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    _require_pdf_reader()
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(100, 100, 300, 500, fill=1)  # a "scanned" page: marks, no text
    pdf.showPage()
    pdf.save()
    with pytest.raises(InputError, match=r"scan\.pdf: no text layer in 1 page\(s\) \(a scanned PDF\?\)"):
        read_source(str(path))


LONG = "全县网上中介服务超市已进驻中介机构483家，全年成交金额很高。"
BODIES = [
    "全年查处环境违法案件37件，依法处置危险废物23.8万吨，同比下降。\n复议案件255件。",
    "行政复议案件纠错率达到9.6%，较上年提高了1.4个百分点，成效明显。\n应诉案件88件。",
    "企业投资项目报批材料由90项减少至10项，审批时限压缩至5个工作日。\n调解纠纷1113件。",
]
REJOIN_CASES = [
    # (name, pages, expected)
    (
        "a wrapped claim is joined, also across pages",
        ["全县网上中介服务超市已进驻中介机构483家，全年成交金额1000.2", "万元，节约财政资金86.4万元。"],
        "全县网上中介服务超市已进驻中介机构483家，全年成交金额1000.2万元，节约财政资金86.4万元。",
    ),
    (
        "a heading stays on its own line",
        ["一、深化简政放权\n全县网上中介服务超市已进驻中介机构483家，全年成交金额很高\n二、加强执法"],
        "一、深化简政放权\n全县网上中介服务超市已进驻中介机构483家，全年成交金额很高\n二、加强执法",
    ),
    (
        "a sentence end keeps the break",
        [
            "全县网上中介服务超市已进驻中介机构483家，全年成交金额很高。\n全年查处环境违法案件37件，依法处置23.8万吨。"
        ],
        "全县网上中介服务超市已进驻中介机构483家，全年成交金额很高。\n全年查处环境违法案件37件，依法处置23.8万吨。",
    ),
    (
        "a short line is not joined (paragraph end, table row)",
        [
            "全县网上中介服务超市已进驻中介机构483家，全年成交金额达到1000.2万元，节约资金\n86.4万元。\n"
            "指标 2023年\n案件 312件\n纠错率 9.6%"
        ],
        "全县网上中介服务超市已进驻中介机构483家，全年成交金额达到1000.2万元，节约资金86.4万元。\n"
        "指标 2023年\n案件 312件\n纠错率 9.6%",
    ),
    (
        "a numbered line opens a new item",
        ["全县网上中介服务超市已进驻中介机构483家，全年成交金额很高\n（一）加强领导\n2.完善制度"],
        "全县网上中介服务超市已进驻中介机构483家，全年成交金额很高\n（一）加强领导\n2.完善制度",
    ),
    (
        "a decimal at a line start is a continuation, not an item",
        ["全县网上中介服务超市已进驻中介机构483家，全年成交金额达到1\n000.2万元。"],
        "全县网上中介服务超市已进驻中介机构483家，全年成交金额达到1000.2万元。",
    ),
    (
        "English words keep a space",
        ["Government services reform has been deepened across the whole county and\nall of its townships."],
        "Government services reform has been deepened across the whole county and all of its townships.",
    ),
    (
        "page numbers go",
        ["- 1 -\n正文第一页。", "正文第二页。\n第2页 共3页", "正文第三页。\n3/3"],
        "正文第一页。\n正文第二页。\n正文第三页。",
    ),
    (
        "running heads and bare page numbers on most pages go; the first copy of a worded head stays",
        [
            "某县人民政府公报\n正文第一页。\n1",
            "某县人民政府公报\n正文第二页。\n2",
            "某县人民政府公报\n正文第三页。\n3",
        ],
        "某县人民政府公报\n正文第一页。\n正文第二页。\n正文第三页。",
    ),
    (
        "a number alone on one page is text",
        ["正文第一页。\n12"],
        "正文第一页。\n12",
    ),
    (
        "a full line that recurs is text, not a running head",
        [f"{LONG}\n{body}" for body in BODIES],
        "\n".join(f"{LONG}\n{body}" for body in BODIES),
    ),
    (
        "layout spaces in prose close up, table cells keep theirs",
        [
            "全年化解政务服务事项 7834 个，同比增长 13.1%，全年化解执 法 检 查 4.3% ， 同 比 增\n"
            "长 20.9%。\n项目 2022年 2023年"
        ],
        "全年化解政务服务事项7834个，同比增长13.1%，全年化解执法检查4.3%，同比增长20.9%。\n"
        "项目 2022年 2023年",
    ),
    ("no pages", [], ""),
]


@pytest.mark.parametrize(("name", "pages", "expected"), REJOIN_CASES, ids=[case[0] for case in REJOIN_CASES])
def test_rejoin(name: str, pages: list[str], expected: str) -> None:
    assert rejoin(pages) == expected


# --- the same claims from every format ------------------------------------------------------------

FORMAT_WRITERS = {
    "utf-8": lambda p: _write_text(p / "report.txt", "utf-8"),
    "utf-8-sig": lambda p: _write_text(p / "report.txt", "utf-8-sig"),
    "gb18030": lambda p: _write_text(p / "report.txt", "gb18030"),
    "utf-16": lambda p: _write_text(p / "report.txt", "utf-16"),
    "html": lambda p: write_html(p / "report.html"),
    "html-gb2312": lambda p: write_html(p / "report.html", encoding="gb18030"),
    "docx": lambda p: write_docx(p / "report.docx"),
    "pdf": lambda p: (_require_pdf_reader(), write_pdf(p / "report.pdf"))[1],
}


def _write_text(path: Path, encoding: str) -> Path:
    path.write_bytes(REPORT_TEXT.encode(encoding))
    return path


def _claims(document: Document) -> list[tuple[str, Decimal]]:
    claims = extract(document.text)
    for claim in claims:  # offsets valid for the text this format produced
        assert document.text[claim.start : claim.end] == claim.text
    return [(claim.text, claim.value) for claim in claims]


def test_reference_report_has_claims() -> None:
    """The cross-format comparison below means something only if the plain text gives claims.

    Fails until the extraction pipeline lands (extract() returns [] until then).
    """
    claims = [(claim.text, claim.value) for claim in extract(REPORT_TEXT)]
    assert ("483家", Decimal("483")) in claims
    assert ("1000.2万元", Decimal("10002000")) in claims


@pytest.mark.parametrize("fmt", FORMAT_WRITERS)
def test_same_claims_from_every_format(tmp_path: Path, fmt: str) -> None:
    document = read_source(str(FORMAT_WRITERS[fmt](tmp_path)))
    expected = [(claim.text, claim.value) for claim in extract(REPORT_TEXT)]
    assert _claims(document) == expected
    for sentence in _sentences(REPORT_TEXT):
        assert sentence in document.text


# --- misc ---------------------------------------------------------------------------------------


def test_format_error_has_no_file_name() -> None:
    with pytest.raises(FormatError, match=r"^truncated PDF"):
        from jzreport.formats.pdf import pdf_pages

        pytest.importorskip("pypdf")
        pdf_pages(b"%PDF-1.4\n1 0 obj")


def test_zip_bomb_guard(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<x>" + " " * 5_000_000 + "</x>")
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(
        InputError, match=r"bomb\.docx: word/document\.xml unpacks to 5000007 bytes, over the"
    ):
        read_source(str(path), max_bytes=1_000_000)
