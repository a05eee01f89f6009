import importlib.util

from conftest import ROOT

from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.story import story_blocks
from newslint.document.tree import text_of

STORY = [
    "Government forces pushed into the eastern districts of the city on Tuesday, residents said, after a week"
    " of shelling that emptied whole streets and cut the last road to the river crossing.",
    "The advance came as aid convoys waited at the border, where officials said fuel and medicine were running"
    " short, and as families who had fled in the spring began, slowly, to return to their homes.",
    "Commanders on both sides gave conflicting accounts of the fighting, and neither could be confirmed, because"
    " reporters have had no access to the front since the ceasefire collapsed last month.",
]


def story_html(paragraphs: list[str] = STORY) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def blocks(html: str) -> list[str]:
    return [squash(text_of(el)) for el in story_blocks(Document(html))]


def test_story_container_wins_over_navigation_related_links_and_footer():
    html = (
        '<html><body><a href="#main">Skip to main content</a>'
        '<nav><ul><li><a href="/world">World</a></li><li><a href="/middle-east">Middle East</a></li></ul></nav>'
        f'<div class="content"><h1>Forces push into city</h1>{story_html()}</div>'
        '<div class="related"><h2>More on this story</h2><ul><li><a href="/a">Aid convoys wait at border</a></li>'
        '<li><a href="/b">Ceasefire collapses after a month of talks between the sides</a></li></ul></div>'
        "<footer><p>Copyright 2026 The Daily Wire Service. All rights reserved.</p></footer></body></html>"
    )
    assert blocks(html) == STORY


def test_captions_comments_and_hidden_blocks_are_not_story():
    html = (
        f"<html><body><article>{story_html(STORY[:2])}"
        "<figure><img src=a.jpg alt=''><figcaption>Smoke rises over the eastern districts, March 2026."
        "</figcaption></figure>"
        f'<p style="display:none">Subscribe to our newsletter for the latest updates from the region.</p>'
        f"{story_html(STORY[2:])}</article>"
        '<div id="comments" class="comments"><p>What a terrible situation, I hope the families can return home'
        " soon and that aid reaches them, this has gone on far too long.</p></div></body></html>"
    )
    assert blocks(html) == STORY


def test_class_hints_ignore_case_also_outside_ascii():
    comment = (
        "What a terrible situation, I hope the families can return home soon and that aid reaches them,"
        " this has gone on far too long."
    )
    for hint in ("COMMENTS", "Reader-Comments", "\u017fidebar"):  # the long s folds to "s" as regexes fold case
        html = (
            f"<html><body><article>{story_html(STORY)}</article>"
            f'<div class="{hint}"><p>{comment}</p><p>{comment}</p></div></body></html>'
        )
        assert blocks(html) == STORY, hint


def test_without_class_hints_the_densest_text_wins():
    html = (
        "<html><body><div><div><a href='/1'>Home</a> <a href='/2'>News</a> <a href='/3'>Sport</a></div>"
        f"<div><div>{story_html()}</div></div>"
        "<div><p><a href='/x'>Most read: the ten stories everyone is talking about this week</a></p></div>"
        "</div></body></html>"
    )
    assert blocks(html) == STORY


def test_text_in_divs_separated_by_br_is_story_text():
    html = f"<html><body><div class='story-body'>{'<br><br>'.join(STORY)}</div></body></html>"
    (block,) = blocks(html)
    assert block.startswith(STORY[0][:40]) and block.endswith(STORY[2][-40:])


def test_short_pages_still_give_their_text():
    assert blocks("<html><body><article><p>Fighting resumed, officials said.</p></article></body></html>") == [
        "Fighting resumed, officials said."
    ]


def test_a_page_without_body_has_no_story():
    assert story_blocks(Document("<html><head><title>x</title></head></html>")) == []


def test_body_f1_on_the_news_corpus_meets_the_bar(corpus):
    spec = importlib.util.spec_from_file_location("extraction_f1", ROOT / "benchmarks" / "extraction_f1.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.evaluate(corpus, "news-181")["f1"] >= 0.93


def test_hints_on_the_root_element_do_not_hide_the_story():
    story = "<div>" + story_html() + "</div>"
    for root in ('<html class="sidebar footer">', '<html hidden role="dialog">', '<html style="display:none">'):
        assert blocks(f"{root}<body>{story}</body></html>") == STORY, root
