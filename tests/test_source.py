import codecs
import json
import os
from pathlib import Path

import pytest

from newslint.document.encodings import CODECS, LABELS, encoding_for
from newslint.document.reading import MAX_BYTES, InputError, decode, read_source


def test_utf8_without_declaration():
    src = decode("<p>Deir ez-Zor — “quoted”</p>".encode())
    assert src.text == "<p>Deir ez-Zor — “quoted”</p>"
    assert src.encoding == "utf-8" and src.bom == b""


def test_bom_wins_and_is_kept_for_writing_back():
    data = codecs.BOM_UTF8 + b"<p>Kyiv</p>"
    src = decode(data)
    assert src.text == "<p>Kyiv</p>"
    assert src.encode(src.text) == data


def test_utf16_with_bom():
    data = codecs.BOM_UTF16_LE + "<p>Hasakah</p>".encode("utf-16-le")
    assert decode(data).text == "<p>Hasakah</p>"


def test_meta_charset_is_honoured():
    html = '<html><head><meta charset="windows-1252"></head><body><p>caf\xe9</p></body></html>'
    src = decode(html.encode("cp1252"))
    assert "café" in src.text
    assert src.encode(src.text) == html.encode("cp1252")


def test_http_equiv_latin1_reads_as_windows_1252():
    html = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>\x93hi\x94</p>'
    assert "“hi”" in decode(html.encode("latin-1")).text


def test_undecodable_bytes_name_the_offset():
    with pytest.raises(InputError, match=r"not valid utf-8 at byte offset 3 \(no charset declared"):
        decode(b"<p>\xff\xfe oops</p>")


def test_binary_input_is_refused():
    with pytest.raises(InputError, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_empty_input_is_empty_text():
    assert decode(b"").text == ""


def test_too_large(tmp_path):
    big = tmp_path / "big.html"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match="too large"):
        read_source(big)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "nope.html")
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_or_a_device_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "story.html"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_source(fifo)  # a plain read would wait for a writer for ever
    with pytest.raises(InputError, match="not a regular file"):
        read_source(Path("/dev/zero"))  # a plain read would fill the memory


# The Encoding Standard's labels (https://encoding.spec.whatwg.org/encodings.json, with the labels
# added since: koi8-ru, ms932, and the UTF-8 and UTF-16 ones of 2020).
STANDARD = json.loads((Path(__file__).parent / "data" / "whatwg-encodings.json").read_text())


def test_the_labels_honoured_are_the_standards_exactly():
    listed = {label: e["name"] for group in STANDARD for e in group["encodings"] for label in e["labels"]}
    assert {label: name.lower() for label, name in LABELS.items()} == listed
    for name, codec in CODECS.items():
        if codec is None:
            assert name == "replacement"
            continue
        assert codecs.lookup(codec)._is_text_encoding, name
        ascii_text = "<meta charset=x><p>Plain text.</p>"
        if not name.startswith("UTF-16"):
            assert ascii_text.encode(codec).decode(codec) == ascii_text and ascii_text.encode(codec).isascii(), name


@pytest.mark.parametrize("label", [" UTF-8 ", "Latin1", "SHIFT_JIS", "\tkoi8-ru\n", "unicode11utf8"])
def test_labels_ignore_ascii_case_and_whitespace(label):
    assert encoding_for(label) is not None


@pytest.mark.parametrize(
    "label", ["ibm037", "cp037", "hex", "base64", "rot13", "zlib", "punycode", "idna", "utf-7", "utf-32", "mbcs", "x"]
)
def test_a_label_browsers_do_not_know_is_ignored_and_the_page_read_as_utf8(label):
    html = f'<html><head><meta charset="{label}"><title>T</title></head><body><p>Caf\u00e9 &lt;b&gt; "ok"</p>'
    source = decode(html.encode())
    assert (source.text, source.encoding) == (html, "utf-8")


def test_a_page_that_is_not_utf8_and_names_an_unknown_charset_says_so():
    with pytest.raises(InputError, match=r"not valid utf-8 at byte offset 26 \(its charset 'ibm037' is not one"):
        decode(b'<meta charset="ibm037"><p>\xc1\xc2</p>')


def test_the_first_meta_with_a_known_label_wins():
    html = '<meta charset="rot13"><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>\u0416</p>'
    source = decode(html.encode("koi8-r"))
    assert source.encoding == "koi8-r" and "\u0416" in source.text


@pytest.mark.parametrize("label", ["utf-16le", "utf-16be", "utf-16", "UTF-16LE", "unicodefffe"])
def test_a_utf16_label_in_a_meta_is_read_as_utf8_as_browsers_do(label):
    html = f'<html><head><meta charset="{label}"></head><body><p>Hasakah \u2014 Raqqa</p></body></html>'
    source = decode(html.encode())
    assert (source.text, source.encoding) == (html, "utf-8")


def test_x_user_defined_in_a_meta_is_windows_1252():
    assert decode(b'<meta charset="x-user-defined"><p>\x93hi\x94</p>').text.endswith("\u201chi\u201d</p>")


def test_a_charset_browsers_refuse_is_a_one_line_error():
    with pytest.raises(InputError, match="its charset 'iso-2022-kr' is one browsers refuse to read"):
        decode(b'<meta charset="iso-2022-kr"><p>x</p>')


def test_utf32_is_refused_with_its_name():
    with pytest.raises(InputError, match="UTF-32"):
        decode(codecs.BOM_UTF32_LE + "<p>x</p>".encode("utf-32-le"))


@pytest.mark.parametrize(("label", "codec"), [("gb2312", "gb18030"), ("big5", "big5hkscs"), ("euc-kr", "cp949")])
def test_legacy_labels_read_with_the_decoder_browsers_use(label, codec):
    html = f'<meta charset="{label}"><p>\u4e2d\u6587</p>'
    assert decode(html.encode(codec)).encoding == codec
