from conftest import codes, lint, page

P1 = "<p>Troops advanced on the eastern bank of the river on Monday, the ministry said.</p>\n"


def story(sentence: str) -> str:
    return page(f"<h1>H</h1>\n{P1}<p>{sentence}</p>\n{P1.replace('Monday', 'Tuesday')}")


def test_links_that_lead_nowhere_fire():
    html = story(
        'The ministry published <a href="">its report</a>, <a href="#">a statement</a> and'
        ' <a href="javascript:void(0)">a video</a> of the advance on Monday.'
    )
    found = lint(html, "NL550")
    assert [f.excerpt for f in found] == ['<a href="">', "#", "javascript:void(0)"]
    assert found[1].message == "The link 'a statement' has href=\"#\" and leads nowhere"
    (icon,) = lint(story('Watch <a href="#"><img src="play.png" alt=""></a> the advance.'), "NL550")
    assert icon.message == 'A link without text has href="#" and leads nowhere'


def test_real_links_anchors_and_links_outside_the_story_are_silent():
    html = story('See <a href="#section-2">the timeline</a> and <a href="/world/euphrates">our story</a>.')
    html = html.replace("<main>", '<nav><a href="#">Menu</a></nav>\n<main>')
    assert codes(lint(html, "NL550")) == []
    assert codes(lint(story('The <a name="top">ministry</a> said so on Monday.'), "NL550")) == []


def test_links_to_staging_and_local_hosts_fire():
    html = story(
        'A draft is on <a href="https://staging.levantledger.com/world/x">the preview</a>, a map on'
        ' <a href="http://localhost:3000/maps">the map</a> and <a href="http://192.168.1.20/a">the photo</a>.'
    )
    found = lint(html, "NL551")
    assert [f.excerpt for f in found] == [
        "https://staging.levantledger.com/world/x",
        "http://localhost:3000/maps",
        "http://192.168.1.20/a",
    ]
    assert found[1].message == "The link 'the map' points to 'localhost', a staging or local host"


def test_public_hosts_with_such_words_are_silent_and_projects_add_their_own():
    html = story(
        'Researchers used <a href="https://dev.chromium.org/x">the browser tool</a> and a casting site,'
        ' <a href="https://backstage.com/">Backstage</a>, said the report, of which the ministry kept'
        ' <a href="https://preview.levantledger.net/x">a draft</a> on its own servers.'
    )
    assert codes(lint(html, "NL551")) == []
    from newslint.config.options import StructureConfig

    own = StructureConfig(staging_hosts=(r"preview\.levantledger\.net",))
    assert codes(lint(html, "NL551", structure=own)) == ["NL551"]


def test_a_control_a_script_drives_is_not_a_story_link():
    html = '<p>The story goes on. <a href="#" class="pull-right modal-close">Skip Advertisement</a></p>'
    assert codes(lint(html, "NL550")) == []
    assert codes(lint(html.replace(' class="pull-right modal-close"', ""), "NL550")) == ["NL550"]
