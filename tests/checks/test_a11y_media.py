import pytest
from conftest import codes, lint, page

from newslint.run.fix import apply_fixes

STORY = (
    "<h1>Aid convoy reaches Kharkiv suburbs</h1>\n"
    "<p>KHARKIV, Ukraine — A convoy of 14 trucks reached the northern suburbs on Monday, officials said.</p>\n"
)


def figure(alt: str, caption: str) -> str:
    return page(STORY + f'<figure><img src="/m/convoy.jpg" alt="{alt}"><figcaption>{caption}</figcaption></figure>')


# NL141 image-redundant-alt: axe-core's check, alt text equal to the text around it


def test_alt_that_repeats_its_link_text_fires_and_can_be_emptied():
    html = page(STORY + '<p>Follow us: <a href="https://t.me/x"><img src="tg.svg" alt="Telegram"> Telegram</a></p>')
    (f,) = lint(html, "NL141")
    assert (f.excerpt, f.severity, f.axe, f.wcag) == ("Telegram", "info", "image-redundant-alt", "1.1.1")
    assert f.message == "The image's name 'Telegram' repeats the text of its link; screen readers say it twice"
    assert (f.suggestion.replacement, f.suggestion.safe) == ("", True)
    fixed, _ = apply_fixes(html, [f])
    assert '<img src="tg.svg" alt=""> Telegram</a>' in fixed
    assert lint(fixed, "NL141") == []


def test_the_closest_block_counts_as_axe_reads_it():
    button = '<button type="button"><img src="s.svg" alt="Search">search</button>'
    cell = '<table><tr><td><img src="f.png" alt="Ukraine"> Ukraine</td><td>12</td></tr></table>'
    findings = lint(page(STORY + button + cell), "NL141")
    assert [f.message.rsplit(" its ", 1)[1].split(";")[0] for f in findings] == ["button", "cell"]


def test_alt_that_says_more_or_less_than_the_text_around_it_is_fine():
    html = page(
        STORY
        + '<a href="/fb"><img src="fb.svg" alt=""> Facebook</a>'
        + '<a href="/map"><img src="map.png" alt="Map of the front line near Kupiansk"> Map</a>'
        + '<a href="/tg"><img src="tg.svg" alt="Telegram" role="presentation"> Telegram</a>'
        + '<a href="/x"><img src="x.svg" alt="X" hidden> X</a>'
        + '<a href="/yt"><img src="yt.svg" alt="YouTube"><span hidden>YouTube</span></a>'
    )
    assert codes(lint(html, "NL141")) == []


def test_a_link_holding_another_link_is_left_alone():
    # Browsers close the first link where the second starts; lxml keeps them nested.
    html = page(STORY + '<a href="/a"><img src="a.jpg" alt="Kyiv"><a href="/b">Kyiv</a></a>')
    assert lint(html, "NL141") == []


# NL144 unhelpful-alt: file names, placeholders, "image of", caption repeats


@pytest.mark.parametrize(
    "alt",
    ["IMG_2034.jpg", "dsc0001.jpeg", "hero-image.png", "https://cdn.example.com/2026/03/kharkiv.webp", "PXL_20260301"],
)
def test_file_names_as_alt_text_fire(alt):
    (f,) = lint(page(STORY + f'<img src="/m/a.jpg" alt="{alt}">'), "NL144")
    assert f.excerpt == alt
    assert f.message == f"alt text '{alt}' is a file name, not a description"
    assert f.suggestion.message.startswith("Say what the image shows")
    assert f.suggestion.replacement is None


def test_alt_equal_to_the_source_file_stem_fires_but_a_plain_word_does_not():
    assert codes(lint(page(STORY + '<img src="/up/tribe_of_noise.png" alt="tribe_of_noise">'), "NL144")) == ["NL144"]
    assert lint(page(STORY + '<img src="/up/Kharkiv.png" alt="Kharkiv">'), "NL144") == []


@pytest.mark.parametrize("alt", ["photo", "Image", "spacer", "untitled", "Image 1", "IMG 8321", "logo"])
def test_placeholder_alt_text_fires(alt):
    (f,) = lint(page(STORY + f'<img src="/m/a.jpg" alt="{alt}">'), "NL144")
    assert f.message == f"alt text '{alt}' is a placeholder, not a description"


def test_image_of_opening_is_dropped_by_a_safe_fix():
    html = page(STORY + '<img src="/m/a.jpg" alt="Image of displaced families at the camp">')
    (f,) = lint(html, "NL144")
    assert f.message == "alt text opens with 'Image of'; screen readers already announce an image"
    assert (f.suggestion.replacement, f.suggestion.safe) == ("Displaced families at the camp", True)
    fixed, _ = apply_fixes(html, [f])
    assert 'alt="Displaced families at the camp"' in fixed
    assert lint(fixed, "NL144") == []


def test_image_of_opening_without_a_clean_rest_has_no_fix():
    bare = lint(page(STORY + '<img src="/m/a.jpg" alt="A photo of">'), "NL144")
    entity = lint(page(STORY + '<img src="/m/a.jpg" alt="Photo of Kay &amp; Luke at the market">'), "NL144")
    assert [(f.suggestion.replacement, f.suggestion.safe) for f in bare + entity] == [(None, False), (None, False)]


def test_alt_that_repeats_the_caption_fires():
    caption = "Rescuers search the rubble of a school in Kharkiv. Photo: AFP"
    (f,) = lint(figure("Rescuers search the rubble of a school in Kharkiv.", caption), "NL144")
    assert f.message == f"alt text repeats the caption '{caption}'; screen readers read it twice"
    assert f.suggestion.message.startswith("Describe what the photo shows that the caption does not")
    agency = "Rescuers search the rubble of a school in Kharkiv on Monday (AP Photo/Evgeniy Maloletka)"
    assert codes(lint(figure("Rescuers search the rubble of a school in Kharkiv", agency), "NL144")) == ["NL144"]


@pytest.mark.parametrize(
    ("alt", "caption"),
    [
        ("A rescuer carries a child past a burnt-out bus", "Rescuers search the rubble of a school in Kharkiv."),
        ("Rescuers in Kharkiv", "Rescuers search the rubble of a school in Kharkiv on Monday after the strike."),
        ("A rescuer lifts a slab of concrete", "Photo: AFP"),
        ("", "Rescuers search the rubble of a school in Kharkiv."),
        ("Photographers gather at the border crossing", "Reporters wait at Medyka."),
    ],
)
def test_alt_that_shares_a_few_words_or_only_a_credit_is_fine(alt, caption):
    assert lint(figure(alt, caption), "NL144") == []


def test_without_a_pack_for_the_language_only_file_names_are_checked():
    body = STORY + '<img src="/m/a.jpg" alt="photo"><img src="/m/b.jpg" alt="IMG_2034.jpg">'
    assert [f.excerpt for f in lint(page(body, lang=' lang="uk"'), "NL144")] == ["IMG_2034.jpg"]


# NL143 media-autoplay


@pytest.mark.parametrize(
    "media",
    [
        '<video src="/v/shelling.mp4" autoplay></video>',
        '<audio src="/a/siren.mp3" autoplay loop></audio>',
        '<iframe title="Video" src="https://www.youtube.com/embed/abc?autoplay=1&amp;controls=0"></iframe>',
        '<iframe title="Video" src="https://player.vimeo.com/video/1?autoplay=1&controls=0"></iframe>',
    ],
)
def test_media_playing_sound_on_load_without_controls_fires(media):
    (f,) = lint(page(STORY + media), "NL143")
    assert (f.severity, f.wcag, f.axe) == ("warning", "1.4.2", "no-autoplay-audio")
    assert f.excerpt == media.split(">")[0] + ">"


@pytest.mark.parametrize(
    "media",
    [
        '<video src="/v/loop.mp4" autoplay muted loop playsinline></video>',
        '<video src="/v/clip.mp4" autoplay controls></video>',
        '<audio src="/a/report.mp3" controls></audio>',
        '<video src="/v/clip.mp4"></video>',
        '<iframe title="Video" src="https://www.youtube.com/embed/abc?autoplay=1"></iframe>',
        '<iframe title="Video" src="https://www.youtube.com/embed/abc?autoplay=1&mute=1&controls=0"></iframe>',
        '<iframe title="Video" src="https://player.vimeo.com/video/1?background=1&autoplay=1&controls=0"></iframe>',
        '<iframe title="Map" src="https://maps.example.com/embed?autoplay=1&controls=0"></iframe>',
    ],
)
def test_muted_controlled_or_still_media_is_fine(media):
    assert lint(page(STORY + media), "NL143") == []


def test_image_of_must_be_a_whole_phrase_and_repeated_openings_go_in_one_fix():
    assert lint(page(STORY + '<img src="/m/a.jpg" alt="Image officers released after the raid">'), "NL144") == []
    (f,) = lint(page(STORY + '<img src="/m/a.jpg" alt="Photo of an image of the bridge at Irpin">'), "NL144")
    assert f.suggestion.replacement == "The bridge at Irpin"
