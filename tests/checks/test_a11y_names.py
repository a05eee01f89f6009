from conftest import codes, lint


def test_image_without_alt_suggests_its_caption():
    html = '<figure><img src="convoy.jpg"><figcaption>Aid trucks queue at the crossing.</figcaption></figure>'
    (f,) = lint(html, "NL140", group=False)
    assert (f.excerpt, f.severity, f.axe) == ('<img src="convoy.jpg">', "error", "image-alt")
    assert (
        f.suggestion.message
        == 'Describe the photo in alt, starting from its caption: alt="Aid trucks queue at the crossing."'
    )


def test_the_caption_offered_as_alt_leaves_out_its_screen_reader_label():
    caption = '<span class="off-screen">Media caption</span>Who leads the talks?'
    (f,) = lint(f'<figure><img src="v.jpg"><figcaption>{caption}</figcaption></figure>', "NL140", group=False)
    assert f.suggestion.message.endswith('alt="Who leads the talks?"')


def test_image_without_alt_never_offers_a_photo_credit_as_its_alt():
    generic = 'Add alt="…" describing the image, or alt="" if it is decorative'
    for caption in (
        '<div class="credit">Julia Reihs / KUT</div>',
        "<span>Credit...</span><span>Illustration by The Daily; photograph by Ann Lee for The Daily</span>",
        "<span>Credits: Supplied Image;</span>",
        "Photo: Reuters",
    ):
        html = f'<figure><img src="convoy.jpg"><figcaption>{caption}</figcaption></figure>'
        (f,) = lint(html, "NL140", group=False)
        assert f.suggestion.message == generic, caption
    html = (
        '<figure><img src="convoy.jpg"><figcaption>Aid trucks queue at the crossing.'
        ' <span class="credit">Photo: Reuters</span></figcaption></figure>'
    )
    (f,) = lint(html, "NL140", group=False)  # the caption, without its credit
    assert f.suggestion.message.endswith('alt="Aid trucks queue at the crossing."')


def test_images_with_alt_a_name_a_presentation_role_or_hidden_are_fine():
    html = (
        '<img src="a.jpg" alt=""><img src="b.jpg" alt="Smoke"><img src="c.jpg" role="presentation">'
        '<img src="d.jpg" aria-label="Map"><img src="e.jpg" title="Map"><img src="f.jpg" style="display: none">'
        '<div aria-hidden="true"><img src="g.jpg"></div>'
    )
    assert codes(lint(html, "NL140", group=False)) == []


def test_a_frame_drawn_as_a_dot_is_told_to_leave_the_accessibility_tree_not_to_take_a_title():
    hidden_advice = 'take it out of what screen readers and the keyboard reach, with aria-hidden="true" tabindex="-1"'
    for frame in (
        '<iframe src="https://px.example.com/t" width="1" height="1"></iframe>',
        '<iframe src="https://px.example.com/t" style="width:0;height:0;border:0"></iframe>',
        '<iframe src="https://px.example.com/t" style="opacity: 0; position: absolute"></iframe>',
    ):
        (f,) = lint(frame, "NL142", group=False)
        assert f.suggestion.message.endswith(hidden_advice), frame
    (f,) = lint(
        '<iframe src="https://www.youtube.com/embed/x" width="560" height="315"></iframe>', "NL142", group=False
    )
    assert f.suggestion.message == 'Add title="Youtube embed: …" saying what it shows'
    fixed = '<iframe src="https://px.example.com/t" width="1" height="1" aria-hidden="true" tabindex="-1"></iframe>'
    assert codes(lint(fixed, "NL142", group=False)) == []


def test_frames_need_a_title():
    (f,) = lint('<iframe src="https://www.youtube.com/embed/x"></iframe>', "NL142", group=False)
    assert f.suggestion.message == 'Add title="Youtube embed: …" saying what it shows'
    assert (
        codes(
            lint(
                '<iframe src="/m" title="Map of the front"></iframe><iframe src="/x" hidden></iframe>',
                "NL142",
                group=False,
            )
        )
        == []
    )


def test_links_need_a_name():
    html = '<a href="/share"><svg></svg></a><a href="/home"><img src="logo.png"></a><a href="/x"> </a>'
    assert codes(lint(html, "NL150", group=False)) == ["NL150"] * 3
    fine = (
        '<a href="/share" aria-label="Share"><svg></svg></a><a href="/h"><img src="l.png" alt="Home"></a>'
        '<a name="top"></a><a href="/x" hidden></a><a href="/y" tabindex="-1"></a><a href="/z">Read</a>'
        '<a href="/s"><svg><title>Search</title></svg></a>'
        '<span id="t">Terms</span><a href="/t" aria-labelledby="t"></a>'
    )
    assert codes(lint(fine, "NL150", group=False)) == []


def test_buttons_need_a_name():
    assert (
        codes(lint('<button class="menu"><svg></svg></button><button> </button>', "NL151", group=False))
        == ["NL151"] * 2
    )
    fine = (
        '<button aria-label="Open menu"><svg></svg></button><button>Search</button>'
        '<input type="submit"><button hidden></button>'
    )
    assert codes(lint(fine, "NL151", group=False)) == []


def test_an_image_the_style_sheet_hides_is_left_alone_but_not_behind_a_whole_page_gate():
    img = '<a href="/reviews"><img class="fallback" src="r.png"><span>Reviews</span></a><img src="photo.jpg">'
    hidden = "<style>.fallback { display: none }</style>"
    assert [f.excerpt for f in lint(hidden + img, "NL140", group=False)] == ['<img src="photo.jpg">']
    gate = "<style>html { display: none } body { display: none }</style>"  # lifted by a script
    assert len(lint(gate + img, "NL140", group=False)) == 2
