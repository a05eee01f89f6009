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


def test_silent_when_the_target_exists_or_on_fragments():
    html = TOP + SKIP + '<main id="main-content"><h1>Headline</h1></main>\n</body></html>'
    assert codes(lint(html, "NL131")) == []
    named = TOP + SKIP + '<a name="main-content"></a><main><h1>Headline</h1></main>\n</body></html>'
    assert codes(lint(named, "NL131")) == []
    assert codes(lint(SKIP + "<p>Story.</p>", "NL131")) == []
