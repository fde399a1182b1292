"""Reading text input: encodings detected or forced, formats sniffed, and every bad input a one-line
`InputError` naming the file and the cause."""

from __future__ import annotations

import builtins
import codecs
import importlib.util
import io
import os
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jzreport.formats.text import decode, normalise_label
from jzreport.reading import MAX_INPUT_BYTES, Document, InputError, read_source

SHORT = "已进驻中介机构483家。"
MEDIUM = "全县网上中介服务超市已进驻中介机构483家，全年成交金额1000.2万元，报批材料由90项减少至10项。"
LONG = "\n".join(
    [
        "某县2023年法治政府建设情况报告",
        "一、深化简政放权",
        MEDIUM,
        "全年查处环境违法案件37件，依法处置危险废物23.8万吨，同比下降4.6%。",
        "全县行政机关负责人出庭应诉率达到100%，行政复议纠错率为9.6%。",
    ]
    * 20
)
TRADITIONAL_SHORT = "已進駐中介機構483家。"
TRADITIONAL = (
    "全縣網上中介服務超市已進駐中介機構483家，全年成交金額1000.2萬元，"
    "報批材料由90項減少至10項。全年查處環境違法案件37件，處置危險廢物23.8萬噸。"
)

ENCODING_CASES = [
    # (text, how it is written, the encoding reported)
    *[(text, "utf-8", "utf-8") for text in ("报告", SHORT, MEDIUM, LONG)],
    *[(text, "utf-8-sig", "utf-8-sig") for text in ("报告", SHORT, LONG)],
    # Short GB texts are where charset-normalizer alone guesses cp949 or Big5.
    *[
        (text, "gb18030", "gb18030")
        for text in ("报告", "万元", "中介机构", "一、总体情况", SHORT, MEDIUM, LONG)
    ],
    *[(text, "gbk", "gb18030") for text in ("疫情防控", SHORT, LONG)],
    *[(text, "gb2312", "gb18030") for text in ("乡镇", SHORT, LONG)],
    *[(text, "utf-16", "utf-16-le") for text in ("报告", SHORT, LONG)],
    (MEDIUM, "utf-16-be", "utf-16-be"),  # no byte-order mark
    (MEDIUM, "utf-16-le", "utf-16-le"),
    (SHORT, "utf-32", "utf-32-le"),
    *[(text, "big5", "big5") for text in ("報告", "萬元", TRADITIONAL_SHORT, TRADITIONAL)],
    ("Annual report: 483 agencies.", "ascii", "utf-8"),
]


def _write(tmp_path: Path, data: bytes, name: str = "report.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def _encode(text: str, how: str) -> bytes:
    """`text` in encoding `how`; 'utf-16' and 'utf-32' mean little-endian with a byte-order mark."""
    if how == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if how == "utf-32":
        return codecs.BOM_UTF32_LE + text.encode("utf-32-le")
    return text.encode(how)


@pytest.mark.parametrize(("text", "how", "reported"), ENCODING_CASES, ids=lambda v: str(v)[:12])
def test_encoding_detected(tmp_path: Path, text: str, how: str, reported: str) -> None:
    document = read_source(_write(tmp_path, _encode(text, how)))
    assert (document.text, document.encoding, document.format) == (text, reported, "txt")


@pytest.mark.parametrize(
    ("text", "forced", "reported"),
    [
        (SHORT, "gb2312", "gb18030"),
        (SHORT, "GBK", "gb18030"),
        (SHORT, "cp936", "gb18030"),
        (TRADITIONAL_SHORT, "big5", "big5"),
        (SHORT, "utf8", "utf-8"),
        (SHORT, "utf-16", "utf-16"),
    ],
)
def test_encoding_forced(tmp_path: Path, text: str, forced: str, reported: str) -> None:
    family = "gb18030" if reported == "gb18030" else forced
    data = text.encode(family)
    document = read_source(_write(tmp_path, data), encoding=forced)
    assert (document.text, document.encoding) == (text, reported)


def test_forcing_the_right_encoding_fixes_a_wrong_guess(tmp_path: Path) -> None:
    # A known limit: four bytes of Big5 (調解) read as two common GB characters (秸秆), and detection
    # prefers GB, as it should for mainland reports. The user who knows better says so.
    data = "調解".encode("big5")
    assert (decode(data).text, decode(data).encoding) == ("秸秆", "gb18030")
    assert read_source(_write(tmp_path, data), encoding="big5").text == "調解"


def test_forced_utf8_drops_the_bom(tmp_path: Path) -> None:
    document = read_source(_write(tmp_path, "\ufeff".encode() + SHORT.encode()), encoding="utf-8")
    assert (document.text, document.encoding) == (SHORT, "utf-8-sig")


def test_text_kept_as_decoded(tmp_path: Path) -> None:
    text = "第一行\r\n　　全年成交金额１０００.２万元\u00a0，\u200b增长12.5%\r\n"
    assert read_source(_write(tmp_path, text.encode("gb18030"))).text == text


@pytest.mark.parametrize(
    ("label", "name"), [("GB2312", "gb18030"), ("x-gbk", "gb18030"), ("UTF8", "utf-8"), ("Big5", "big5")]
)
def test_normalise_label(label: str, name: str) -> None:
    assert normalise_label(label) == name


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(MEDIUM.encode("gb18030"))))
    assert read_source("-") == Document("-", MEDIUM, "gb18030", "txt")


def test_stdin_html_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<!DOCTYPE html><p>1&#20214;</p>")))
    assert read_source("-").text == "1件"


def test_hundred_megabytes_is_read(tmp_path: Path) -> None:
    line = (MEDIUM + "\n").encode("gb18030")
    path = _write(tmp_path, line * (100 * 1024 * 1024 // len(line) + 1))
    document = read_source(path)
    assert document.encoding == "gb18030"
    assert document.text.startswith(MEDIUM) and len(document.text) > 30_000_000
    assert MAX_INPUT_BYTES > 100 * 1024 * 1024


# --- bad input -------------------------------------------------------------------------------------


def _error(source: str, **options: object) -> str:
    with pytest.raises(InputError) as caught:
        read_source(source, **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    assert caught.value.source == source
    return message


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "nope.txt")
    assert _error(path) == f"{path}: no such file"


def test_directory(tmp_path: Path) -> None:
    assert _error(str(tmp_path)) == f"{tmp_path}: is a directory, not a file"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, SHORT.encode())
    real_open = builtins.open

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        if file == path:
            raise PermissionError(13, "Permission denied", path)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", refuse)
    assert _error(path) == f"{path}: permission denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = _write(tmp_path, SHORT.encode())
    os.chmod(path, 0)
    assert _error(path) == f"{path}: permission denied"


def test_empty_file(tmp_path: Path) -> None:
    path = _write(tmp_path, b"")
    assert _error(path) == f"{path}: empty file"


def test_empty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert _error("-") == "<stdin>: empty input"


@pytest.mark.parametrize("data", [b" \n\t\r\n", "\ufeff\n".encode(), "\u3000\n".encode("gb18030")])
def test_blank_file(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, data)
    assert _error(path) == f"{path}: no text in this file"


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "image.txt")
    assert _error(path) == f"{path}: binary data, not text (NUL byte at offset 8)"


def test_binary_control_characters(tmp_path: Path) -> None:
    path = _write(tmp_path, bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 65] * 50))
    assert _error(path).startswith(f"{path}: binary data, not text (")


def test_undecodable_with_forced_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, MEDIUM.encode("gb18030"))
    assert (
        _error(path, encoding="utf-8") == f"{path}: invalid utf-8 bytes at offset 2: b'\\xcf\\xd8\\xcd\\xf8'"
    )


def test_unknown_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, SHORT.encode())
    assert _error(path, encoding="klingon") == f"{path}: unknown encoding 'klingon'"


def test_damaged_utf8(tmp_path: Path) -> None:
    data = MEDIUM.encode() * 3
    path = _write(tmp_path, data[:30] + b"\xff" + data[30:])
    bad = b"\xff" + data[30:33]
    assert _error(path) == f"{path}: damaged utf-8 text: invalid bytes at offset 30: {bad!r}"


def test_truncated_utf8_character(tmp_path: Path) -> None:
    data = MEDIUM.encode()
    path = _write(tmp_path, data[:-1])
    assert (
        _error(path) == f"{path}: damaged utf-8 text: invalid bytes at offset {len(data) - 3}: b'\\xe3\\x80'"
    )


def test_invalid_bytes_after_a_byte_order_mark(tmp_path: Path) -> None:
    path = _write(tmp_path, codecs.BOM_UTF8 + "报告".encode() + b"\xff")
    assert _error(path) == f"{path}: invalid utf-8 bytes at offset 9: b'\\xff'"


@pytest.mark.parametrize(("text", "encoding"), [(TRADITIONAL, "big5"), (MEDIUM, "gb18030")])
def test_chinese_after_a_long_ascii_start(tmp_path: Path, text: str, encoding: str) -> None:
    start = "Annual statistics, appendix A: 1234 5678 9012\n" * 8000  # more than the detector's sample
    document = read_source(_write(tmp_path, (start + text).encode(encoding)))
    assert (document.text, document.encoding) == (start + text, encoding)


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_damaged_chinese_text(tmp_path: Path, encoding: str) -> None:
    data = (TRADITIONAL if encoding == "big5" else MEDIUM).encode(encoding) * 5
    cut = len(data) - 1  # the last character loses its second byte
    path = _write(tmp_path, data[:cut])
    bad = data[cut - 1 : cut]
    assert _error(path) == f"{path}: damaged {encoding} text: invalid bytes at offset {cut - 1}: {bad!r}"


def test_unknown_encoding_detected(tmp_path: Path) -> None:
    path = _write(tmp_path, bytes(range(0x80, 0x100)) * 3)
    assert _error(path).startswith(f"{path}: cannot tell the text encoding")


def test_unknown_format(tmp_path: Path) -> None:
    path = _write(tmp_path, SHORT.encode())
    assert _error(path, fmt="rtf") == f"{path}: unknown format 'rtf' (choose one of txt, html, docx, pdf)"


def test_too_large(tmp_path: Path) -> None:
    path = _write(tmp_path, SHORT.encode() * 100)
    assert _error(path, max_bytes=1000) == f"{path}: file too large (3000 bytes; the limit is 1000 bytes)"


def test_too_large_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 2000)))
    assert _error("-", max_bytes=1000) == "<stdin>: input too large (over the 1000 bytes limit)"


def test_legacy_word_file(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "report.doc")
    assert _error(path) == f"{path}: a legacy binary Office file (.doc, .wps or .xls); save it as .docx first"


def test_rtf(tmp_path: Path) -> None:
    path = _write(tmp_path, rb"{\rtf1\ansi\ansicpg936 \'b1\'a8\'b8\'e6}", "report.doc")
    assert _error(path) == f"{path}: RTF is not supported; save it as .docx or plain text first"


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


MINIMAL_DOCX = _zip(
    {
        "word/document.xml": (
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>受理申请1113件。</w:t></w:r></w:p></w:body></w:document>"
        ).encode()
    }
)


def test_minimal_docx(tmp_path: Path) -> None:
    assert read_source(_write(tmp_path, MINIMAL_DOCX, "a.docx")).text == "受理申请1113件。"


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BAD_DOCX_CASES = [
    # (file name, content, cause)
    (
        "truncated.docx",
        MINIMAL_DOCX[: len(MINIMAL_DOCX) // 2],
        "corrupt or truncated .docx (not a readable zip archive)",
    ),
    (
        "sheet.docx",
        _zip({"xl/workbook.xml": b"<x/>"}),
        "not a Word document: an Excel workbook (.xlsx); save the report as .docx",
    ),
    (
        "other.zip",
        _zip({"readme.txt": b"hi"}),
        "not a Word document: a zip archive without word/document.xml",
    ),
    (
        "badxml.docx",
        _zip({"word/document.xml": b"<w:document><w:body>"}),
        "corrupt .docx (word/document.xml is not well-formed XML: unbound prefix: line 1, column 0)",
    ),
    (
        "nobody.docx",
        _zip({"word/document.xml": b"<document/>"}),
        "corrupt .docx (word/document.xml has no body)",
    ),
    ("text.docx", SHORT.encode(), "not a .docx (no zip signature; truncated or mislabelled?)"),
    (
        "empty.docx",
        _zip({"word/document.xml": f"<w:document {W_NS}><w:body/></w:document>".encode()}),
        "no text in this .docx",
    ),
]


@pytest.mark.parametrize(("name", "data", "cause"), BAD_DOCX_CASES, ids=[case[0] for case in BAD_DOCX_CASES])
def test_bad_docx(tmp_path: Path, name: str, data: bytes, cause: str) -> None:
    path = _write(tmp_path, data, name)
    assert _error(path) == f"{path}: {cause}"


def test_docx_with_a_damaged_member(tmp_path: Path) -> None:
    data = bytearray(_zip({"word/document.xml": MEDIUM.encode() * 50}))
    data[60:70] = b"\x00" * 10  # inside the compressed stream
    path = _write(tmp_path, bytes(data), "damaged.docx")
    assert _error(path).startswith(f"{path}: corrupt .docx (word/document.xml: ")


@pytest.mark.parametrize(
    ("name", "data", "cause"),
    [
        ("cut.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "truncated PDF (no %%EOF end marker)"),
        ("text.pdf", SHORT.encode(), "not a PDF (no %PDF header; truncated or mislabelled?)"),
    ],
)
def test_bad_pdf_without_parser(tmp_path: Path, name: str, data: bytes, cause: str) -> None:
    pytest.importorskip("pypdf")
    path = _write(tmp_path, data, name)
    assert _error(path) == f"{path}: {cause}"


def test_corrupt_pdf(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = _write(tmp_path, b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n", "junk.pdf")
    assert _error(path).startswith(f"{path}: ")


def test_fmt_overrides_content(tmp_path: Path) -> None:
    path = _write(tmp_path, SHORT.encode(), "report.pdf")
    assert read_source(path, fmt="txt").text == SHORT
    assert _error(path, fmt="docx") == f"{path}: corrupt or truncated .docx (not a readable zip archive)"
    if importlib.util.find_spec("pypdf") is not None:
        assert _error(path, fmt="pdf") == f"{path}: not a PDF (no %PDF header)"


def test_gb2312_page_on_stdin_is_read_by_its_declared_charset(monkeypatch: pytest.MonkeyPatch) -> None:
    page = '<html><head><meta charset="gb2312"></head><body><p>朱镕基同志题词1幅。</p></body></html>'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode("gbk"))))
    assert read_source("-") == Document("-", "朱镕基同志题词1幅。", "gb18030", "html")


def test_text_stream_as_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(MEDIUM))
    assert read_source("-") == Document("-", MEDIUM, "utf-8", "txt")


def test_page_with_a_pdf_name_is_read_as_html(tmp_path: Path) -> None:
    path = _write(tmp_path, "<!DOCTYPE html><p>新增12家。</p>".encode(), "report.pdf")
    assert (read_source(path).format, read_source(path).text) == ("html", "新增12家。")


# --- no input makes it raise anything but InputError ----------------------------------------------

_JUNK_PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"<html>", b"\xd0\xcf"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    prefix=st.sampled_from(_JUNK_PREFIXES),
    body=st.binary(max_size=600)
    | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))
    | st.text(alphabet="报告万元件%.0123456789，。\n<>/p&;#", max_size=200).map(
        lambda t: t.encode("gb18030")
    ),
    suffix=st.sampled_from([b"", b"\n%%EOF\n"]),
    name=st.sampled_from(["x.txt", "x.html", "x.docx", "x.pdf", "x"]),
)
def test_any_bytes_read_or_refused_cleanly(
    tmp_path: Path, prefix: bytes, body: bytes, suffix: bytes, name: str
) -> None:
    path = _write(tmp_path, prefix + body + suffix, name)
    try:
        document = read_source(path)
    except InputError as e:
        assert "\n" not in str(e) and str(e).startswith(f"{path}: ")
    else:
        assert document.text.strip()
