import codecs
import os
from pathlib import Path

import pytest

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
