from conftest import codes, lint

TOP = '<!DOCTYPE html>\n<html lang="en">\n<head><title>Story</title></head>\n<body>\n'
SKIP = '<nav aria-label="Accessibility links"><a href="#main-content">Skip to main content</a></nav>\n'


def test_a_skip_link_to_a_missing_id_points_at_the_story():
    html = TOP + SKIP + '<main id="content"><h1>Headline</h1><p>Story.</p></main>\n</body></html>'
    (f,) = lint(html, "NL131")
    assert (f.line, f.severity) == (5, "error")
    assert f.message == "Skip link 'Skip to main content' points at #main-content, but no element has that id"
    assert f.suggestion.replacement == '<a href="#content">'
    assert not f.suggestion.safe


def test_without_an_id_on_the_story_it_asks_for_one():
    html = TOP + SKIP + "<main><h1>Headline</h1><p>Story.</p></main>\n</body></html>"
    (f,) = lint(html, "NL131")
    assert f.suggestion.message == 'Add id="main-content" to the <main> where the story starts'


def test_a_skip_link_to_another_part_of_the_page_is_never_pointed_at_the_story():
    index = '<nav aria-label="Accessibility links"><a href="#site-index">Skip to site index</a></nav>\n'
    html = TOP + index + '<main id="content"><h1>Headline</h1><p>Story.</p></main>\n</body></html>'
    (f,) = lint(html, "NL131")
    assert f.suggestion.replacement is None
    assert f.suggestion.message == (
        'Add id="site-index" to the part of the page the link names, or point the link at its id'
    )


def test_silent_when_the_target_exists_or_on_fragments():
    html = TOP + SKIP + '<main id="main-content"><h1>Headline</h1></main>\n</body></html>'
    assert codes(lint(html, "NL131")) == []
    named = TOP + SKIP + '<a name="main-content"></a><main><h1>Headline</h1></main>\n</body></html>'
    assert codes(lint(named, "NL131")) == []
    assert codes(lint(SKIP + "<p>Story.</p>", "NL131")) == []


HEADLINE = "<h1>Shelling resumes near Zaporizhzhia plant</h1>"
BODY = '<div id="story-body"><p>ENERHODAR, Ukraine — Shells hit the edge of the town, officials said.</p></div>'


def skip_page(href: str, main: str, text: str = "Skip to main content") -> str:
    nav = f'<nav aria-label="Sections"><a href="{href}">{text}</a> <a href="/world">World</a></nav>\n'
    return TOP + nav + main + "\n</body></html>"


def test_misplaced_fires_when_the_target_comes_after_the_headline():
    (f,) = lint(skip_page("#story-body", f"<main><article>{HEADLINE}{BODY}</article></main>"), "NL132")
    assert (f.line, f.severity) == (5, "warning")
    assert f.message == (
        "Skip link 'Skip to main content' lands on <div id=\"story-body\"> (line 6), after the headline on line 6, "
        "so readers miss the headline"
    )
    assert f.suggestion.message.startswith("Point the link at the element that starts with the headline")
    story = f'<main id="main-content"><article>{HEADLINE}{BODY}</article></main>'
    (f,) = lint(skip_page("#story-body", story), "NL132")
    assert f.suggestion.message == 'Point the link at the story: href="#main-content"'


def test_misplaced_fires_on_a_target_inside_the_navigation_or_hidden():
    nav = '<nav aria-label="Menu"><ul id="content"><li><a href="/world">World</a></li></ul></nav>'
    (f,) = lint(skip_page("#content", nav + f"<main>{HEADLINE}</main>"), "NL132")
    assert "inside the navigation" in f.message
    hidden = f'<div id="main-content" hidden></div><main>{HEADLINE}</main>'
    (f,) = lint(skip_page("#main-content", hidden), "NL132")
    assert f.message.endswith("which is hidden, so it goes nowhere")


def test_misplaced_is_silent_where_the_link_lands_on_or_just_before_the_story():
    for href, main in (
        ("#main-content", f'<main id="main-content">{HEADLINE}{BODY}</main>'),
        ("#story", f'<main><article id="story">{HEADLINE}{BODY}</article></main>'),
        ("#wrap", f'<div id="wrap"><main>{HEADLINE}{BODY}</main></div>'),
        ("#main-content", f'<a id="main-content"></a><main>{HEADLINE}{BODY}</main>'),
        ("#main-content", f'<a name="main-content"></a>{HEADLINE}{BODY}'),
    ):
        assert codes(lint(skip_page(href, main), "NL132")) == [], main


def test_misplaced_leaves_other_skip_links_and_unsure_pages_alone():
    story = f"<main>{HEADLINE}{BODY}</main>"
    assert codes(lint(skip_page("#story-body", story, "Skip to navigation"), "NL132")) == []
    assert codes(lint(skip_page("#story-body", story, "Skip to search"), "NL132")) == []
    no_h1 = f'<main><p class="headline">Shelling resumes</p>{BODY}</main>'
    assert codes(lint(skip_page("#story-body", no_h1), "NL132")) == []
    assert codes(lint(skip_page("#missing", story), "NL132")) == []  # NL131's finding, not this one
    fragment = f'<a href="#story-body">Skip to main content</a>{HEADLINE}{BODY}'
    assert codes(lint(fragment, "NL132")) == []
