from conftest import codes, lint, page

from newslint.document.model import Document

P1 = "<p>Drone strikes knocked out power to tens of thousands of homes in the Kharkiv region overnight.</p>\n"
P2 = "<p>Repair crews restored electricity to most districts by the afternoon, the governor said.</p>\n"
P3 = "<p>The grid operator said the attack was the third on the region's network this month.</p>\n"


def test_page_chrome_as_a_paragraph_between_the_storys_paragraphs_fires_and_says_what_it_is():
    html = page("<h1>H</h1>\n" + P1 + "<p>Advertisement</p>\n" + P2 + "<p>Share this article</p>\n" + P3)
    found = lint(html, "NL503")
    assert [(f.line, f.excerpt) for f in found] == [(12, "Advertisement"), (14, "Share this article")]
    assert found[0].message == "'Advertisement' is an advert label inside the story"
    assert found[1].message == "'Share this article' is a share bar inside the story"
    assert found[0].suggestion.message == "Move it out of the story body, or mark it up as an <aside>"
    slot = '<div class="ad-slot"><span>Advertisement</span></div>\n'
    assert lint(page("<h1>H</h1>\n" + P1 + slot + P2 + P3), "NL503") == []  # the label of the template's slot


def test_a_photo_credit_is_told_to_become_a_figcaption():
    html = page("<h1>H</h1>\n" + P1 + "<p><em>Image: Harbour Trust</em></p>\n" + P2 + P3)
    [found] = lint(html, "NL503")
    assert (found.line, found.excerpt) == (12, "Image: Harbour Trust")
    assert found.message == "'Image: Harbour Trust' is a photo credit inside the story"
    assert found.suggestion.message.endswith("a <figcaption> in the photo's <figure>")


def test_a_box_points_at_its_first_words_and_quotes_them_all():
    box = '<div class="share"><a href="/x">Share on X</a> <a href="/e">Share by email</a></div>\n'
    [found] = lint(page("<h1>H</h1>\n" + P1 + P2 + box + P3), "NL503")
    assert found.excerpt == "Share on X"
    assert found.message == "'Share on X Share by email' is a share bar inside the story"


def test_repeated_lines_of_one_kind_are_one_finding():
    lines = "<p>Related article: One</p>\n<p>Related article: Two</p>\n<p>Related article: Three</p>\n"
    [found] = lint(page("<h1>H</h1>\n" + P1 + P2 + lines + P3), "NL503")
    assert found.excerpt == "Related article: One"
    assert found.message.endswith("is a related-stories box inside the story (2 more on this page: lines 14, 15)")
    assert lint(page("<h1>H</h1>\n" + P1 + P2 + P3 + lines), "NL503") == []  # after the last paragraph: apart


def test_cookie_notice_and_banner_in_a_fragment_fire_at_its_edges_too():
    html = "<p>Breaking News</p>\n" + P1 + P2 + "<p>We use cookies to improve your experience on our site.</p>\n" + P3
    assert [f.line for f in lint(html, "NL503")] == [1, 4]  # a CMS body stores the banner with the story


def test_furniture_outside_the_story_or_marked_up_as_what_it_is_is_silent():
    header = page("<h1>H</h1>\n" + P1 + P2 + P3).replace("<main>", "<header><p>Breaking News</p></header>\n<main>")
    assert codes(lint(header, "NL503")) == []
    aside = '<aside class="related"><h2>Related</h2><ul><li><a href="/a">A story elsewhere</a></li></ul></aside>\n'
    figure = '<figure><img src="a.jpg" alt="A street"><figcaption>Photo: Harbour Trust</figcaption></figure>\n'
    assert codes(lint(page("<h1>H</h1>\n" + P1 + aside + P2 + figure + P3), "NL503")) == []


def test_furniture_marked_up_by_its_role_or_labelled_as_an_advert_is_silent():
    toc = (
        '<div id="toc" role="navigation" aria-labelledby="toc-h"><input type="checkbox" id="toggle">'
        '<h2 id="toc-h">Contents</h2><ul><li><a href="#a">1 Background</a></li>'
        '<li><a href="#b">2 The strikes</a></li></ul></div>\n'
    )
    assert codes(lint(page("<h1>H</h1>\n" + P1 + toc + P2 + P3), "NL503")) == []
    box = '<div class="related"{}><h2>Related</h2><ul><li><a href="/a">A story elsewhere</a></li></ul></div>\n'
    for role, found in (("", ["NL503"]), (' role="complementary"', []), (' role="navigation"', [])):
        assert codes(lint(page("<h1>H</h1>\n" + P1 + box.format(role) + P2 + P3), "NL503")) == found, role
    slot = (
        '<div class="teads-inread"><div class="label">ADVERTISING</div><div class="player"></div>'
        '<div class="teads-credits"><a href="https://teads.example">inRead invented by Teads</a></div></div>\n'
    )
    assert codes(lint(page("<h1>H</h1>\n" + P1 + slot + P2 + P3), "NL503")) == []  # not a photo credit


def test_sentences_that_use_the_words_are_silent():
    prose = "<p>Read more about the offensive in our explainer on the front line.</p>\n<p>Read more:</p>\n"
    assert codes(lint(page("<h1>H</h1>\n" + P1 + prose + P2 + P3), "NL503")) == []
    share = "<p>Share prices fell on Monday, and Facebook and Twitter both lost ground.</p>\n"
    assert codes(lint(page("<h1>H</h1>\n" + P1 + share + P2 + P3), "NL503")) == []


TEASERS = (
    '<div class="teaser"><p>Ministers met on Tuesday to agree a new budget for the coming year, and its spending'
    " plans.</p></div>\n"
    '<div class="teaser"><p>Flooding closed several roads across the north of the country, after days of heavy'
    " rain.</p></div>\n"
)


def test_furniture_after_the_last_paragraph_stays_silent_when_blocks_of_another_kind_follow():
    html = page(
        "<h1>H</h1>\n"
        + P1
        + P2
        + P3
        + '<p>Tags: <a href="/t/energy">Energy</a>, <a href="/t/k">Kharkiv</a></p>\n'
        + TEASERS
    )
    assert Document(html).regions.blocks[-1].element.getparent().get("class") == "teaser"  # taken as story
    assert lint(html, "NL503") == []  # the tag line closes the story; teasers of another module follow it


def test_a_credit_closing_each_item_of_a_roundup_is_between_the_storys_paragraphs():
    item = '<div class="item">\n' + P1 + P2 + P3 + "<p><em>Image: Harbour Trust</em></p>\n</div>\n"
    [found] = lint(page("<h1>H</h1>\n" + item + item + item), "NL503")
    assert found.message.startswith("'Image: Harbour Trust' is a photo credit inside the story (2 more on this page")
