from conftest import codes, lint, page

UKRAINIAN = "«Ми не залишимо наше місто, поки тут є люди», — сказав він."
RUSSIAN = "«Мы не уйдём из нашего города, пока здесь есть люди», — сказал он."
ARABIC = "قال المتحدث إن القافلة وصلت إلى المدينة بعد أسبوعين من الانتظار"
STORY = "<p>Aid reached the besieged district on Tuesday after a two-week wait, officials said.</p>\n"


def test_an_undeclared_quote_in_another_script_fires_on_a_page_and_a_fragment():
    html = page(STORY + f"<blockquote>{UKRAINIAN}</blockquote>\n" + STORY)
    (f,) = lint(html, "NL103")
    assert (f.excerpt, f.severity, f.wcag, f.axe) == ("<blockquote>", "warning", "3.1.2", None)
    assert f.message == 'This quote is mostly in Cyrillic script, but is read as lang="en"'
    assert 'lang="uk"' in f.suggestion.message  # і, є are Ukrainian letters
    assert f.suggestion.replacement == '<blockquote lang="uk">' and not f.suggestion.safe
    (g,) = lint(STORY + f"<p>{ARABIC}</p>\n" + STORY, "NL103")
    assert g.excerpt == "<p>" and 'lang="ar"' in g.suggestion.message and g.suggestion.replacement is None


def test_cyrillic_without_telling_letters_gets_advice_not_a_value():
    (f,) = lint(page(STORY + "<p>Мы вышли из города, сказал он журналистам</p>\n" + STORY), "NL103")
    assert f.suggestion.replacement == '<p lang="ru">'  # ы is Russian
    (g,) = lint(page(STORY + "<p>Он сказал, что город будет восстановлен</p>\n" + STORY), "NL103")
    assert 'e.g. lang="uk" or lang="ru"' in g.suggestion.message and g.suggestion.replacement is None


def test_declared_passages_and_declared_spans_are_silent():
    assert codes(lint(page(STORY + f'<blockquote lang="uk">{UKRAINIAN}</blockquote>'), "NL103")) == []
    assert codes(lint(page(STORY + f'<div lang="ar"><p>{ARABIC}</p></div>'), "NL103")) == []
    assert codes(lint(page(STORY + f'<p><span lang="ru">{RUSSIAN}</span></p>'), "NL103")) == []
    assert codes(lint(page(STORY + f'<p lang="ru-Cyrl">{RUSSIAN}</p>'), "NL103")) == []


def test_a_declared_language_of_another_script_still_fires():
    (f,) = lint(page(STORY + f'<p lang="en">{ARABIC}</p>'), "NL103")
    assert f.message.endswith('but is read as lang="en"')
    (g,) = lint(STORY + f"<p>{ARABIC}</p>", "NL103")
    assert g.message == "This paragraph is mostly in Arabic script, but nothing declares its language"


def test_short_or_mixed_passages_and_the_storys_own_script_are_silent():
    mixed = f"<p>The sign read «{RUSSIAN[:20]}», a reporter said, and the crowd outside the hall cheered loudly.</p>"
    assert codes(lint(page(STORY + mixed), "NL103")) == []
    assert codes(lint(page(STORY + "<p>Δ = 3 κ</p>"), "NL103")) == []
    # A Russian story on a page without lang: the page's language is NL101's to report, once.
    russian = f"<p>{RUSSIAN}</p>\n<p>{RUSSIAN}</p>\n<p>{UKRAINIAN}</p>"
    assert codes(lint(page(russian, lang=""), "NL103")) == []


def test_navigation_outside_the_story_is_not_read():
    html = page(STORY * 3).replace("<main>", f"<nav><p>{UKRAINIAN}</p></nav>\n<main>")
    assert codes(lint(html, "NL103")) == []


def test_japanese_kanji_with_kana_is_japanese_and_korean_is_korean():
    html = page(STORY + "<p>痴漢に遭ったら大きな声で助けを求めてください</p>")
    (f,) = lint(html, "NL103")
    assert "Japanese" in f.message and f.suggestion.replacement == '<p lang="ja">'
    assert codes(lint(page(STORY + '<p lang="ja">痴漢に遭ったら大きな声で助けを求めてください</p>'), "NL103")) == []
    (k,) = lint(page(STORY + "<p>정부는 오늘 새로운 지원책을 발표했다고 밝혔습니다</p>"), "NL103")
    assert k.suggestion.replacement == '<p lang="ko">'
