"""Hostile and malformed input: newslint never raises, never crashes a rule, and points inside the file;
whatever charset a page declares it is read as a browser reads it; every --diff applies with git apply
and gives what --fix writes; and --fix keeps the file it writes (links, mode, owner) or leaves it alone.

The default profile runs a few hundred generated articles per property (a few dozen for the properties
that go through files and git); ``benchmarks/fuzz.py`` runs the same properties with many more (the
``fuzz`` profile).
"""

from __future__ import annotations

import codecs
import encodings.aliases
import os
import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.document.encodings import CODECS, LABELS, encoding_for
from newslint.document.reading import InputError, decode
from newslint.run.engine import config_for, lint_html
from newslint.run.fix import apply_fixes, write_fixed
from newslint.run.runner import Job, run_one

settings.register_profile(
    "default", max_examples=150, deadline=timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("NEWSLINT_FUZZ_EXAMPLES", "5000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
PROFILE = os.environ.get("NEWSLINT_FUZZ_PROFILE", "default")
settings.load_profile(PROFILE)


def examples(n: int) -> settings:
    """``n`` inputs in the suite, for a property that goes through files and processes; a long run's number in it."""
    return settings(max_examples=n if PROFILE == "default" else settings.default.max_examples)


TAGS = (
    "html head body title meta main nav header footer aside section article div span p a img figure "
    "figcaption h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table tr td th iframe video audio source button "
    "label input form script style noscript template svg math br hr b i em strong blockquote q time "
    "dialog details summary select option"
).split()
ATTRIBUTES = (
    "id class lang xml:lang role href src alt title target rel style hidden aria-label aria-labelledby "
    "aria-describedby aria-hidden aria-controls aria-live aria-level aria-expanded aria-current arial-label "
    "for name content charset tabindex autoplay controls muted data-newslint-ignore"
).split()
WORDS = (
    "Deir ez-Zor Deir al-Zour Dayr az-Zawr Raqqa Raqqah Hasakah Kyiv Kiev Odesa Odessa Iran Iraq Hama "
    "Hamas Breaking News Skip to main content Accessibility links With reporting by AP and AFP officials "
    "said according to the United Nations at least 18 civilians 3,000 families 65 percent 75% $4 million "
    "two-thirds a dozen hundreds click here read more SDF Syrian Democratic Forces (SDF) TK Lorem ipsum "
    "â€™ Ã© &amp;rsquo; \ufffd \u00a0 \u200b \u202e عربي Українa 中文"
).split()
ENTITIES = ("&amp;", "&lt;", "&nbsp;", "&#8217;", "&#x2019;", "&bogus;", "&#0;", "&#xD800;", "&#99999999;", "&")
JUNK = ("<", ">", "</", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml version='1.0'?>", '"', "'")
DIRECTIVES = ("<!-- newslint-disable NL201 -->", "<!-- newslint-enable -->", "<!-- newslint-disable-next-line -->")

text = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(ENTITIES),
    st.text(max_size=12),
    st.sampled_from(["\n", "\r\n", "\r", "\t", " ", "  \n\n  "]),
)
attribute_value = st.one_of(
    st.sampled_from([*WORDS, "", "#", "#main", "en", "en-GB", "xx_YY", "main"]), st.text(max_size=20)
)


@st.composite
def start_tag(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(TAGS))
    attrs = draw(st.lists(st.tuples(st.sampled_from(ATTRIBUTES), attribute_value), max_size=4))
    quote = draw(st.sampled_from(['"', "'", ""]))
    rendered = "".join(f" {k}={quote}{v}{quote}" if v or quote else f" {k}" for k, v in attrs)
    return f"<{name}{rendered}{draw(st.sampled_from(['>', '/>', '', ' >']))}"


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 9))
        if kind < 4:
            parts.append(draw(text))
        elif kind < 7 and depth < 6:
            tag = draw(start_tag())
            inner = draw(markup(depth + 1))
            close = draw(st.sampled_from(["", "matching", "other"]))
            name = tag[1:].split(" ")[0].rstrip(">/")
            end = {"": "", "matching": f"</{name}>", "other": f"</{draw(st.sampled_from(TAGS))}>"}[close]
            parts.append(tag + inner + end)
        elif kind == 7:
            parts.append(draw(st.sampled_from(JUNK + DIRECTIVES)))
        elif kind == 8:
            parts.append(draw(st.sampled_from(TAGS)).join(["<", ">"]) * draw(st.integers(1, 40)))
        else:
            parts.append(draw(st.sampled_from(WORDS)) * draw(st.integers(1, 30)))
    return "".join(parts)


def _lint(html: str, config=None) -> list:
    """The findings; none for a page nested deeper than the parser reads, which is refused with its reason."""
    try:
        return lint_html(html, config)
    except InputError as exc:
        assert "nested more than" in str(exc), exc
        return []


def _check_located(html: str, findings) -> None:
    lines = html.splitlines(keepends=True) or [""]
    for f in findings:
        assert f.code != "NL901", f.message
        assert 0 <= f.start <= f.end <= len(html), (f.code, f.start, f.end, len(html))
        assert 1 <= f.line <= len(lines) + 1 and f.column >= 1, (f.code, f.line, f.column)
        assert (f.end_line, f.end_column) >= (f.line, f.column), f.code


@given(markup())
def test_generated_articles_lint_without_errors_and_every_finding_is_inside_the_file(html):
    _check_located(html, _lint(html))


@given(markup())
def test_generated_fragments_too(html):
    from newslint.config.options import Config

    _check_located(html, _lint(html, Config(kind="fragment")))


@given(markup())
def test_fixes_never_touch_text_outside_their_spans_and_settle(html):
    findings = _lint(html)
    fixed, count = apply_fixes(html, findings)
    if not count:
        assert fixed == html
        return
    chosen = sorted(
        (f for f in findings if f.suggestion.safe and f.suggestion.replacement is not None), key=lambda f: f.start
    )
    assert fixed.startswith(html[: chosen[0].start]) and fixed.endswith(html[chosen[-1].end :])
    again, _ = apply_fixes(fixed, _lint(fixed))
    assert again == fixed, "a second --fix changed the text again"


@given(st.binary(max_size=2000))
def test_random_bytes_are_decoded_or_refused_with_a_reason(data):
    try:
        source = decode(data)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    _check_located(source.text, _lint(source.text))
    assert source.encode(source.text) == data


# Charset labels: only the Encoding Standard's name an encoding; whatever a page declares, the text read
# is the text a browser reads, or the page is refused with a reason, and --fix never writes other bytes.

PYTHON_ONLY = sorted({*encodings.aliases.aliases, *encodings.aliases.aliases.values()} - set(LABELS))
label = st.one_of(
    st.sampled_from(sorted(LABELS)).flatmap(
        lambda name: st.tuples(st.sampled_from(["", " ", "\t"]), st.sampled_from([name, name.upper()])).map("".join)
    ),
    st.sampled_from(PYTHON_ONLY),
    st.from_regex(r"[A-Za-z0-9._:-]{1,16}", fullmatch=True),
)
body_codec = st.sampled_from(sorted({c for c in CODECS.values() if c} | {"cp037", "utf-7", "utf-32-le", "latin-1"}))


def _expected_codec(declared: str) -> str:
    name = encoding_for(declared)
    if name is None or name.startswith("UTF-16"):
        return "utf-8"
    return "cp1252" if name == "x-user-defined" else CODECS[name] or ""


@examples(300)
@given(label, body_codec, st.sampled_from([*WORDS, "\u201cquoted\u201d", "caf\u00e9", "\u4e2d\u6587"]), st.booleans())
def test_any_charset_label_reads_as_a_browser_would_and_fix_writes_the_same_bytes(declared, codec, word, meta):
    head = f'<meta charset="{declared}">' if meta else f"<?xml version='1.0' encoding='{declared}'?>"
    data = (head + f"<p>{word}</p>").encode(codec, "replace")
    try:
        source = decode(data)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    if b"\x00" not in data:
        assert source.encoding == _expected_codec(declared)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_bytes(data)
        try:
            write_fixed(path, source, source.text + "<p>Fixed.</p>")
        except InputError as exc:
            assert str(exc).startswith("not fixed: ") and path.read_bytes() == data
            assert source.encode(source.text) != data
            return
        assert path.read_bytes() == data + "<p>Fixed.</p>".encode(source.encoding)


# --diff and --fix agree: every diff applies with git apply and gives the bytes --fix writes.

CONTROLS = ["\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x07", "\r", "\r\n", "\n", "\x00"]
FIXABLE = ("Deir ez-Zor and Deir al-Zour", "Kyiv", "â€™", "&amp;rsquo;", "\ufffd")
fixable_text = st.lists(st.one_of(markup(), st.sampled_from(CONTROLS), st.sampled_from(FIXABLE)), max_size=12).map(
    "".join
)
framing = st.sampled_from(
    [
        ("", "utf-8", b""),
        ('<meta charset="utf-8">', "utf-8", b""),
        ("", "utf-8", codecs.BOM_UTF8),
        ('<meta charset="windows-1252">', "cp1252", b""),
        ('<meta charset="utf-16le">', "utf-8", b""),
    ]
)


def _lint_file(path: Path, mode: str):
    return run_one(str(path), Job(mode=mode))


@examples(40)
@given(fixable_text, framing)
def test_every_diff_applies_with_git_apply_and_equals_what_fix_writes(html, frame):
    head, codec, bom = frame
    data = bom + (head + html).encode(codec, "replace")
    with tempfile.TemporaryDirectory() as folder:
        diffed, fixed = Path(folder) / "diffed", Path(folder) / "fixed"
        for side in (diffed, fixed):
            side.mkdir()
            (side / "page.html").write_bytes(data)
        diff = _lint_file(diffed / "page.html", "diff")
        fix = _lint_file(fixed / "page.html", "fix")
        assert (diffed / "page.html").read_bytes() == data
        assert (diff.result.error is None) == (fix.result.error is None)
        if not diff.diff:
            assert (fixed / "page.html").read_bytes() == data
            return
        patch = diff.diff.replace(str(diffed / "page.html").encode(), b"page.html")
        applied = subprocess.run(["git", "apply", "-"], input=patch, cwd=diffed, capture_output=True)
        assert applied.returncode == 0, (applied.stderr, patch)
        assert (diffed / "page.html").read_bytes() == (fixed / "page.html").read_bytes() != data


# The file system: --fix writes the fixed bytes into the file a path names, through symlinks and hard links,
# keeps its mode and owner, refuses a read-only file, and leaves no temporary file behind.

layout = st.fixed_dictionaries(
    {
        "link": st.sampled_from(["none", "symlink", "hard link", "symlink to a hard link"]),
        "mode": st.sampled_from([0o644, 0o600, 0o640, 0o664, 0o755, 0o444, 0o400, 0o4755]),
        "owner": st.sampled_from([None, (4321, 8765), (0, 8765)]),
        "html": fixable_text,
    }
)


@examples(40)
@given(layout)
def test_fix_keeps_the_files_identity_and_is_all_or_nothing(case):
    data = case["html"].replace("\x00", "").encode()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "archive").mkdir()
        target = root / "archive" / "page.html"
        target.write_bytes(data)
        named = root / "page.html"
        if case["link"] == "symlink":
            named.symlink_to(Path("archive") / "page.html")
        elif case["link"] == "hard link":
            os.link(target, named)
        elif case["link"] == "symlink to a hard link":
            os.link(target, root / "archive" / "other.html")
            named.symlink_to(Path("archive") / "other.html")
        else:
            named = target
        if case["owner"] and os.geteuid() == 0:
            os.chown(target, *case["owner"])
        os.chmod(target, case["mode"])
        before = target.stat()
        expected, count = apply_fixes(data.decode(), lint_html(data.decode(), config_for(target)))
        outcome = _lint_file(named, "fix")
        after = target.stat()
        assert (after.st_mode, after.st_uid, after.st_gid, after.st_nlink) == (
            before.st_mode,
            before.st_uid,
            before.st_gid,
            before.st_nlink,
        )
        if "hard link" in case["link"]:
            assert after.st_ino == before.st_ino
        if case["link"] != "none":
            assert named.is_symlink() == case["link"].startswith("symlink")
            assert named.read_bytes() == target.read_bytes()
        if count and not case["mode"] & 0o222:
            assert outcome.result.error == "not fixed: the file is read-only"
            assert target.read_bytes() == data
        else:
            assert outcome.result.error is None and outcome.fixed == count
            assert target.read_bytes() == expected.encode()
        leftovers = [p.name for p in root.rglob("*") if p.name.endswith(".newslint")]
        assert leftovers == []
