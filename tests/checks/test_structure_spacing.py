import pytest
from conftest import codes, lint

from newslint.run.fix import apply_fixes


def test_sentences_run_together_fire_at_the_stop():
    html = "<p>He worked as a chief physician.Police arrested a man on Monday. Is it safe?Officials say no.</p>"
    first, second = lint(html, "NL544")
    assert (first.excerpt, first.column, second.excerpt) == (".", 34, "?")  # the stop, 1-based
    assert first.message == "No space after 'physician.': two sentences run together in 'physician.Police'"
    assert first.suggestion.message == "Add a space: 'physician. Police'"
    assert (first.suggestion.replacement, first.suggestion.safe) == (". ", False)


def test_the_suggested_space_mends_the_text():
    html = "<p>Crews restored power by the afternoon.The governor said no one was hurt.</p>"
    (f,) = lint(html, "NL544")
    f.suggestion.safe = True  # what an editor accepting it gets
    mended, count = apply_fixes(html, [f])
    assert count == 1 and "afternoon. The governor" in mended
    assert codes(lint(mended, "NL544")) == []


@pytest.mark.parametrize(
    "html",
    [
        "<p>He worked as a chief physician. Police arrested a man.</p>",
        "<p>He worked as a chief physician.</p><p>Police arrested a man.</p>",  # apart on the page
        "<p>He worked as a chief physician.<br>Police arrested a man.</p>",
        "<p>He worked as a chief physician.<b>Police</b> arrested a man.</p>",
        "<p>Write to desk@levant.News or see www.levantledger.com/world.Home for more.</p>",
        "<p>The U.S.Army and the U.N.Security Council met; see Node.js and example.Com/news for more.</p>",
        "<p>Mr.Haddad and Dr.Nasser arrived, vs.Jordan last week.</p>",  # short words and initials
        "<p>Run <code>exports.Cow = Cow;</code> to register the model.</p>",
        "<table><tr><td>Final score.Home team won</td></tr></table>",
    ],
)
def test_spaced_sentences_markup_addresses_initials_code_and_tables_are_silent(html):
    assert codes(lint(html, "NL544")) == []
