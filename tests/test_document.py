import pytest

from newslint.document.model import Document
from newslint.document.reading import InputError
from newslint.document.tree import detect_kind, text_of
from newslint.run.engine import lint_html


def span_text(doc: Document, span: tuple[int, int]) -> str:
    return doc.text[span[0] : span[1]]


def test_kind_page_or_fragment():
    assert detect_kind("<!DOCTYPE html><p>x</p>") == "page"
    assert detect_kind("<html lang='en'><p>x</p></html>") == "page"
    assert detect_kind("<p>Body only</p>\n<p>Second</p>") == "fragment"
    assert detect_kind("") == "fragment"


def test_positions_count_characters_and_lines_of_every_ending():
    doc = Document("ab\r\ncd\ne\rf")
    assert doc.position(0) == (1, 1)
    assert doc.position(4) == (2, 1)
    assert doc.position(7) == (3, 1)
    assert doc.position(9) == (4, 1)
    assert doc.line_text(2) == "cd"


def test_positions_without_carriage_returns():
    doc = Document("ab\ncd\n\ne")
    assert [doc.position(i) for i in (0, 3, 6, 7, 8)] == [(1, 1), (2, 1), (3, 1), (4, 1), (4, 2)]
    assert doc.line_text(3) == ""


def test_once_computes_each_function_once_per_document_even_when_it_finds_nothing():
    doc = Document("<p>One</p><p>Two</p>")
    calls: list[str] = []

    def paragraphs(d: Document) -> int:
        calls.append("paragraphs")
        return len(d.tagged("p"))

    def no_title(d: Document) -> str | None:
        calls.append("title")
        return None

    assert [doc.once(paragraphs), doc.once(no_title), doc.once(paragraphs), doc.once(no_title)] == [2, None, 2, None]
    assert calls == ["paragraphs", "title"]
    assert Document("<p>Three</p>").once(paragraphs) == 1  # each document keeps its own


def test_element_start_ignores_case_and_tags_in_comments_and_raw_text():
    html = (
        "<P class=lead>one</P><!-- <p>a -- > b <p> --><STYLE>p > a {}</style ><p>two</p>"
        "<textarea><p>x</p></TEXTAREA><p\tid=last>three</p>"
    )
    doc = Document(html)
    starts = [doc.element_start(p) for p in doc.root.iter("p")]
    assert [html[s:].split(">")[0] for s in starts] == ["<P class=lead", "<p", "<p\tid=last"]


def test_element_start_with_several_same_tags_on_one_line():
    html = "<div><p>one</p><p>two</p></div>\n<p>three</p>"
    doc = Document(html)
    ps = doc.root.findall(".//p")
    starts = [doc.element_start(p) for p in ps]
    assert [html[s : s + 3] for s in starts] == ["<p>"] * 3
    assert starts == [5, 15, 32]


def test_element_start_skips_tags_in_comments_and_scripts():
    html = '<!-- <p>old</p> -->\n<script>var s = "<p>";</script><p>real</p>'
    doc = Document(html)
    (p,) = doc.root.findall(".//p")
    assert html[doc.element_start(p) :].startswith("<p>real")


def test_start_tag_span_covers_attributes_with_angle_brackets():
    html = '<p title="a > b" class="x">text</p>'
    doc = Document(html)
    start, end = doc.start_tag_span(doc.root.find(".//p"))
    assert html[start:end] == '<p title="a > b" class="x">'


def test_text_span_steps_over_entities_and_inline_tags():
    html = "<p>Tom &amp; Jerry met in <em>Deir</em> ez-Zor&nbsp;today.</p>"
    doc = Document(html)
    p = doc.root.find(".//p")
    text = text_of(p)
    assert text == "Tom & Jerry met in Deir ez-Zor\xa0today."
    i = text.index("Jerry")
    assert span_text(doc, doc.text_span(p, i, i + 5)) == "Jerry"
    i = text.index("&")
    assert span_text(doc, doc.text_span(p, i, i + 1)) == "&amp;"
    i = text.index("Deir")
    assert span_text(doc, doc.text_span(p, i, i + len("Deir ez-Zor"))) == "Deir</em> ez-Zor"
    i = text.index("today")
    assert span_text(doc, doc.text_span(p, i - 1, i + 5)) == "&nbsp;today"


def test_text_span_with_crlf_line_breaks():
    html = "<p>First line\r\nsecond Raqqa line</p>\r\n"
    doc = Document(html)
    p = doc.root.find(".//p")
    text = text_of(p)
    assert "\r" not in text
    i = text.index("Raqqa")
    span = doc.text_span(p, i, i + 5)
    assert span_text(doc, span) == "Raqqa"
    assert doc.position(span[0]) == (2, 8)


def test_text_of_leaves_out_scripts():
    doc = Document("<p>Before<script>var x = 1;</script> after</p>")
    assert text_of(doc.root.find(".//p")) == "Before after"


def test_empty_and_comment_only_documents_parse():
    for html in ("", "   ", "<!-- nothing -->"):
        doc = Document(html)
        assert doc.root.tag == "html"
        assert doc.regions.blocks == []


def test_deep_nesting_is_refused_with_a_reason_rather_than_read_in_part():
    html = "<div>" * 100_000 + "text" + "</div>" * 100_000
    with pytest.raises(InputError, match="not fully read: elements nested more than 256 deep"):
        Document(html)


def test_external_entities_and_dtds_are_never_loaded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "file://{secret}">')
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<!DOCTYPE html SYSTEM "file://{dtd}" [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>T</title></head>'
        "<body><main><h1>Report &x; &leak;</h1><p>Text &x;</p></main></body></html>\n"
    )
    doc = Document(page, "x.xhtml")
    assert "Report" in text_of(doc.root) and "TOP-SECRET" not in text_of(doc.root)


def test_a_tag_name_with_a_control_character_does_not_crash_rules():
    html = "<htmlDeir\x1f<</html>About 75% of homes were hit."
    assert [f for f in lint_html(html) if f.code == "NL901"] == []


def test_svg_and_mathml_documents_are_not_pages_and_leading_comments_cost_nothing():
    from newslint.document.tree import detect_kind

    assert (
        detect_kind(
            '<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"><title>Logo</title></svg>'
        )
        == "fragment"
    )
    assert detect_kind('<math lang="en"><title>x</title></math>') == "fragment"
    assert detect_kind("<!-- a -->" * 2000 + "\n<!DOCTYPE html><html><title>t</title><svg></svg>") == "page"
