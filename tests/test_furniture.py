"""Page furniture among the story's paragraphs leaves the story's prose and is kept as what it is."""

from conftest import page

from newslint import lint_html
from newslint.config.options import Config
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import text_of

P1 = "<p>Drone strikes knocked out power to tens of thousands of homes in the Kharkiv region overnight.</p>\n"
P2 = "<p>Repair crews restored electricity to most districts by the afternoon, the governor said.</p>\n"
P3 = "<p>The grid operator said the attack was the third on the region's network this month.</p>\n"


def regions(html: str):
    return Document(html).regions


def prose(html: str) -> list[str]:
    return [squash(b.prose) for b in regions(html).blocks]


def furniture(html: str) -> list[tuple[str, str, bool]]:
    return [(p.kind, squash(text_of(p.element)), p.in_story and not p.marked) for p in regions(html).furniture]


def test_credits_promos_and_share_bars_leave_the_story_and_are_known_for_what_they_are():
    html = page(
        "<h1>H</h1>\n" + P1 + "<p><em>Image: Harbour Trust</em></p>\n" + P2
        + '<div class="sharedaddy"><a href="/f">Facebook</a> <a href="/t">Twitter</a></div>\n' + P3
        + "<p><i>Subscribe to our daily newsletter here.</i></p>\n"
    )  # fmt: skip
    assert prose(html) == [squash(text_of_p) for text_of_p in (P1[3:-5], P2[3:-5], P3[3:-5])]
    assert sorted(furniture(html)) == [
        ("credit", "Image: Harbour Trust", True),
        ("newsletter", "Subscribe to our daily newsletter here.", True),
        ("share", "Facebook Twitter", True),
    ]


def test_a_chip_inside_a_sentence_is_blanked_so_offsets_still_point_into_the_source():
    chip = '<p>The 10-year yield <a class="qt-chip" href="/q">TNX, 0.68%</a> fell 4 basis points on Tuesday.</p>\n'
    html = page("<h1>H</h1>\n" + P1 + chip + P2 + P3)
    doc = Document(html)
    block = doc.regions.blocks[1]
    assert squash(block.text) == "The 10-year yield fell 4 basis points on Tuesday."
    assert len(block.text) == len(text_of(block.element))
    at = block.text.index("fell")
    start, end = doc.text_span(block.element, at, at + 4)
    assert html[start:end] == "fell"
    assert furniture(html) == [("quote-chip", "TNX, 0.68%", True)]


def test_a_figure_inside_a_block_of_lines_leaves_the_prose_but_is_not_a_leak():
    body = (
        '<div class="entry">Troops advanced on Monday along the river, officials said, and held two villages.<br>'
        '<figure><img src="a.jpg" alt="Smoke"><figcaption>Smoke over the town. Photo: AP</figcaption></figure>'
        "<br>Fighting went on overnight near the bridge, residents said by phone on Tuesday.</div>\n"
    )
    html = page("<h1>H</h1>\n" + body)
    [block] = regions(html).blocks
    assert "Smoke" not in block.text
    assert furniture(html) == [("caption", "Smoke over the town. Photo: AP", False)]


def test_a_box_that_opens_with_a_promo_takes_its_lines_out_of_the_story():
    box = (
        '<div class="wrap"><h2>Subscribe to The Weekly Digest</h2>'
        "<p>Escape the noise. Get the facts behind the news, plus analysis from every side.</p></div>\n"
    )
    html = page("<h1>H</h1>\n" + P1 + box + P2 + P3)
    assert all("Escape the noise" not in p for p in prose(html))
    assert [(k, ok) for k, _, ok in furniture(html)] == [("appeal", True)]


def test_a_form_that_wraps_the_whole_page_leaves_the_story_alone():
    html = page("<h1>H</h1>\n" + P1 + P2 + P3).replace("<main>", '<form action="/x" method="post"><main>')
    html = html.replace("</main>", "</main></form>")
    assert len(prose(html)) == 3
    assert furniture(html) == []


def test_a_kind_of_furniture_repeated_down_the_page_is_one_finding_and_furniture_after_the_story_is_apart():
    html = page(
        "<h1>H</h1>\n" + P1 + "<p><em>Image: Harbour Trust</em></p>\n" + P2 + "<p><em>Image: Dana Whitfield</em></p>\n"
        + P3 + "<p><em>Image: Leeds Hospital</em></p>\n<p>Share this article</p>\n"
    )  # fmt: skip
    found = lint_html(html, Config(select=("NL503",)))
    assert [f.excerpt for f in found] == ["Image: Harbour Trust"]  # the share line after the last paragraph is apart
    first_line = found[0].line
    assert found[0].message.endswith(f"(2 more on this page: lines {first_line + 2}, {first_line + 4})")
