from conftest import codes, lint, page

P1 = "<p>Drone strikes knocked out power to tens of thousands of homes in the Kharkiv region overnight.</p>\n"
P2 = "<p>Repair crews restored electricity to most districts by the afternoon, the governor said.</p>\n"
P3 = "<p>The grid operator said the attack was the third on the region's network this month.</p>\n"


def test_page_chrome_as_a_paragraph_of_the_story_fires():
    html = page("<h1>H</h1>\n" + P1 + "<p>Advertisement</p>\n" + P2 + "<p>Share this article</p>\n" + P3)
    found = lint(html, "NL503")
    assert [(f.line, f.excerpt) for f in found] == [(12, "Advertisement"), (14, "Share this article")]
    assert found[0].message == "'Advertisement' is page chrome inside the story"


def test_cookie_notice_and_banner_in_a_fragment_fire():
    html = "<p>Breaking News</p>\n" + P1 + P2 + "<p>We use cookies to improve your experience on our site.</p>\n" + P3
    assert [f.line for f in lint(html, "NL503")] == [1, 4]


def test_template_labels_and_sentences_that_use_the_words_are_silent():
    labelled = page("<h1>H</h1>\n" + P1 + '<p class="ad-label">Advertisement</p>\n' + P2 + P3)
    assert codes(lint(labelled, "NL503")) == []
    prose = "<p>Read more about the offensive in our explainer on the front line.</p>\n<p>Read more:</p>\n"
    assert codes(lint(page("<h1>H</h1>\n" + P1 + prose + P2 + P3), "NL503")) == []
    header = page("<h1>H</h1>\n" + P1 + P2 + P3).replace("<main>", "<header><p>Breaking News</p></header>\n<main>")
    assert codes(lint(header, "NL503")) == []
