import pytest
from conftest import codes, lint, page

from newslint.run.fix import apply_fixes

STORY = (
    "<h1>Kherson evacuation extended to riverside districts</h1>\n"
    "<p>KHERSON, Ukraine — Officials extended the evacuation order to three riverside districts on Friday, "
    "as shelling from the opposite bank of the Dnipro intensified overnight.</p>\n"
    "<p>About 1,200 residents remain in the districts, the regional administration said, most of them "
    "elderly people who have refused to leave their homes.</p>\n"
    "<p>Buses will leave from the central railway station twice a day until Monday, officials said.</p>\n"
)

# NL152 vague-link-text


@pytest.mark.parametrize(
    "paragraph",
    [
        '<p>For more, <a href="/report">click here</a>.</p>',
        '<p><a href="/report">Read more</a></p>',
        '<p>To find out more, see <a href="/report">this link</a>.</p>',
    ],
)
def test_vague_link_in_story_prose_with_no_context_fires(paragraph):
    (f,) = lint(page(STORY + paragraph), "NL152")
    assert (f.severity, f.wcag, f.axe) == ("warning", "2.4.4", None)
    assert f.excerpt == paragraph.split('">')[1].split("<")[0]
    assert "does not say where the link goes, and nothing around it does" in f.message
    assert f.suggestion.message.startswith("Make the link text name its target")


@pytest.mark.parametrize(
    "html",
    [
        # the sentence around the link names its target
        '<p>Read the regional council\'s evacuation map <a href="/map">here</a>.</p>',
        '<p>The UN published <a href="/report">its full report</a> on Friday.</p>',
        # a name or description that says more
        '<p><a href="/r" aria-label="Read more about the Kherson evacuation">Read more</a></p>',
        '<p><a href="/r" title="The council\'s evacuation map">here</a></p>',
        # a teaser card: its heading names the story the link goes to (H80)
        '<aside><article><h3>Grain exports resume from Odesa</h3><a href="/odesa">Read more</a></article></aside>',
        # a menu list under a heading (thehill.com's "Policy … More")
        '<nav><h2>Policy</h2><ul><li><a href="/defense">Defense</a></li><li><a href="/policy">More</a></li></ul></nav>',
        # a submenu trigger and a scripted control
        '<nav><ul><li><a href="/more">More</a><ul><li><a href="/a">Arts</a></li></ul></li></ul></nav>',
        '<div><a href="#" onclick="load()">More</a></div>',
        # a data table's header cell gives the column
        '<table><tr><th>Full report</th></tr><tr><td><a href="/r">Link</a></td></tr></table>',
        # an image link and a headline link to the same story
        '<section><div><a href="/s">Read more</a> <a href="/s">Floodwater recedes in Kherson</a></div></section>',
    ],
)
def test_vague_link_with_context_is_fine(html):
    assert lint(page(STORY + html), "NL152") == []


def test_vague_link_in_a_list_or_block_with_nothing_else_fires():
    # toptal.com's "View more" closing a list of skills; statisticsglobe.com's icon links labelled "Link"
    skills = '<div class="skills"><ul><li><a href="/web">Web</a></li><li><a href="/all">View more</a></li></ul></div>'
    social = '<div class="social"><a href="https://youtu.be/x" aria-label="Link"><img src="yt.png" alt=""></a></div>'
    html = page(STORY).replace("<main>", f"<header>{skills}{social}</header>\n<main>")
    findings = lint(html, "NL152")
    assert [f.message.split("'")[1] for f in findings] == ["View more", "Link"]


def test_pages_in_a_language_without_a_pack_are_not_checked():
    assert lint(page(STORY + '<p><a href="/r">here</a></p>', lang=' lang="uk"'), "NL152") == []


# NL153 new-window-unannounced


def test_story_link_opening_a_new_tab_fires_with_an_unsafe_fix():
    link = '<a href="https://mod.gov.ua/x" target="_blank">published the figures</a>'
    html = page(STORY + f"<p>The defence ministry {link} for the districts late on Friday evening.</p>")
    (f,) = lint(html, "NL153")
    assert (f.severity, f.wcag, f.excerpt) == ("info", "3.2.5", ' target="_blank"')
    assert f.message == "Link 'published the figures' opens a new tab without saying so"
    assert (f.suggestion.replacement, f.suggestion.safe) == ("", False)
    fixed, _ = apply_fixes(html, [f])
    assert fixed == html


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/x" target="_blank">the figures<span class="visually-hidden"> (opens in a new tab)</span></a>',
        '<a href="/x" target="_blank" title="Opens in a new window">the figures</a>',
        '<a href="/x" target="_blank">the figures <img src="ext.svg" alt="external link"></a>',
        '<a href="/x" target="_self">the figures</a>',
        '<a href="/x" target="_top">the figures</a>',
        '<a target="_blank">the figures</a>',
    ],
)
def test_announced_or_same_window_links_are_fine(link):
    html = page(STORY + f"<p>The defence ministry published {link} for the districts late on Friday evening.</p>")
    assert lint(html, "NL153") == []


def test_new_tab_links_outside_the_story_are_not_checked():
    share = '<div class="share"><a href="https://twitter.com/intent/tweet" target="_blank">Share on X</a></div>'
    html = page(STORY).replace("<main>", f"<header>{share}</header>\n<main>")
    assert codes(lint(html, "NL153")) == []


def test_a_link_on_its_own_line_in_the_story_fires_unless_its_box_names_the_same_target():
    # zdnet.com: a deals box inside the story, with a headline link and "Read More" to the same page
    box = (
        '<div class="pinbox"><p class="title"><a href="/deals">Black Friday deals: our top picks</a></p>'
        '<p class="read-more"><a href="/deals">Read More</a></p></div>'
    )
    assert lint(page(STORY + box), "NL152") == []
    assert codes(lint(page(STORY + box.replace('"/deals">Black', '"/other">Black')), "NL152")) == ["NL152"]
