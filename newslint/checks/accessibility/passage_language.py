"""NL103: a story passage in another script declares its language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element, tag_name, text_of
from newslint.lib.accessibility.language import html_attribute, primary_subtag
from newslint.lib.settings import Settings

MIN_LETTERS = 12
MIN_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class Script:
    """A writing system: its letters, the languages written in it, and the language to suggest."""

    name: str
    letters: re.Pattern[str]
    subtags: frozenset[str]  # ISO 15924 codes that may follow the language (az-Arab)
    languages: frozenset[str]
    example: str  # what to suggest when no letter tells the language apart


def _script(name: str, letters: str, subtags: str, languages: str, example: str) -> Script:
    return Script(name, re.compile(f"[{letters}]"), frozenset(subtags.split()), frozenset(languages.split()), example)


_LATIN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_CHINESE = "zh yue cmn wuu hak nan gan hsn lzh cdo"
SCRIPTS = (
    _script(
        "Arabic",
        "\u0620-\u064a\u066e-\u06d3\u06fa-\u06fc\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc",
        "arab",
        "ar fa ur ps ku ckb sd ug ks pnb skr bal prs azb glk mzn lrc arz apc ajp acm ary aeb arq afb ars",
        'lang="ar" (or "fa", "ur" for Persian or Urdu)',
    ),
    _script("Hebrew", "\u05d0-\u05ea\u05f0-\u05f2\ufb1d-\ufb4f", "hebr", "he iw yi ji lad jrb", 'lang="he"'),
    _script(
        "Cyrillic",
        "\u0400-\u0481\u048a-\u052f\u1c80-\u1c88\ua640-\ua66e\ua680-\ua69b",
        "cyrl",
        "ru uk be bg sr mk kk ky tg mn ba tt cv ce os ab av sah tyv udm kv mhr mrj myv mdf rue cu bs uz az tk"
        " sh cnr kbd ady lez dar inh krc kjh alt xal bua mo",
        'lang="uk" or lang="ru"',
    ),
    _script("Greek", "\u0386\u0388-\u03ff\u1f00-\u1fff", "grek", "el grc pnt", 'lang="el"'),
    _script("Hangul", "\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e", "kore hang", "ko", 'lang="ko"'),
    _script("Japanese", "\u3041-\u3096\u30a1-\u30fa\u30fc", "jpan hrkt", "ja", 'lang="ja"'),
    _script(
        "Han",
        "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
        "hani hans hant jpan kore",
        f"{_CHINESE} ja ko",
        'lang="zh" (or "ja" for Japanese)',
    ),
    _script("Thai", "\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46", "thai", "th", 'lang="th"'),
    _script(
        "Devanagari",
        "\u0904-\u0939\u0958-\u0961\u0972-\u097f",
        "deva",
        "hi mr ne sa kok mai bho new doi brx awa mag",
        'lang="hi" (or "mr", "ne")',
    ),
    _script("Bengali", "\u0985-\u09b9\u09dc-\u09e1", "beng", "bn as bpy", 'lang="bn"'),
    _script("Tamil", "\u0b85-\u0bb9", "taml", "ta", 'lang="ta"'),
    _script("Armenian", "\u0531-\u0556\u0561-\u0587", "armn", "hy hyw", 'lang="hy"'),
    _script("Georgian", "\u10a0-\u10ff\u1c90-\u1cbf", "geor", "ka xmf", 'lang="ka"'),
    _script("Ethiopic", "\u1200-\u135a", "ethi", "am ti gez tig", 'lang="am" (or "ti")'),
)
_ANY = re.compile("|".join(s.letters.pattern for s in SCRIPTS))
# Runs of those letters, and of Latin ones: a long text is counted run by run in two passes, not
# letter by letter in a pass per script.
_ANY_RUNS = re.compile("[" + "".join(s.letters.pattern[1:-1] for s in SCRIPTS) + "]+")
_LATIN_RUNS = re.compile(_LATIN.pattern + "+")
_KANA, _HAN = SCRIPTS[5], SCRIPTS[6]
# Letters that only some languages of a script use, and the language they point to.
_TELLING = (
    ("Cyrillic", re.compile("[іїєґІЇЄҐ]"), "uk"),
    ("Cyrillic", re.compile("[ўЎ]"), "be"),
    ("Cyrillic", re.compile("[ђјљњћџЂЈЉЊЋЏ]"), "sr"),
    ("Cyrillic", re.compile("[ѓќѕЃЌЅ]"), "mk"),
    ("Cyrillic", re.compile("[ыэёЫЭЁ]"), "ru"),
    ("Arabic", re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]"), "ur"),
    ("Arabic", re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]"), "fa"),
    ("Hebrew", re.compile("[\u05f0-\u05f2\ufb1f]"), "yi"),
)
_SINGLE = {"Hebrew": "he", "Greek": "el", "Hangul": "ko", "Japanese": "ja", "Thai": "th", "Armenian": "hy"}


def fits(lang: str, script: Script) -> bool:
    """Whether text in this script may be read with this language tag."""
    subtags = lang.strip().lower().split("-")
    return primary_subtag(lang) in script.languages or any(t in script.subtags for t in subtags[1:])


def declared_language(el: Element, doc: Document) -> str | None:
    """The language the element inherits: the nearest non-empty lang (or xml:lang) on it or above it."""
    for node in (el, *el.iterancestors()):
        value = node.get("lang") if node.get("lang") is not None else node.get("xml:lang")
        if node.getparent() is None and value is None:
            value = html_attribute(doc, "lang")
        if value is not None:
            return value.strip() or None
    return None


def likely_language(text: str, script: Script) -> str | None:
    """The language the letters point to, where they do."""
    for name, letters, lang in _TELLING:
        if name == script.name and letters.search(text):
            return lang
    return _SINGLE.get(script.name)


def dominant(text: str) -> tuple[Script | None, int, int]:
    """The non-Latin script most of the text's letters are in, its letter count and the letter total."""
    others = "".join(_ANY_RUNS.findall(text))  # the letters of every script here, in order
    counts = [(len(s.letters.findall(others)), s) for s in SCRIPTS]
    total = sum(n for n, _ in counts) + sum(map(len, _LATIN_RUNS.findall(text)))
    kana = counts[5][0]
    if kana and counts[6][0]:  # Japanese writes kanji (Han) and kana together
        counts[5] = (kana + counts[6][0], _KANA)
        counts[6] = (0, _HAN)
    n, script = max(counts, key=lambda c: c[0])
    return (script if n else None), n, total


class PassageLanguage(Rule):
    """A story paragraph or quote is mostly in another script, and nothing declares its language.

    **Why**: screen readers read a passage with the voice of the declared language. An Arabic or
    Ukrainian quotation inside an English story, without ``lang``, is read letter by letter or
    not at all. The rule looks at the story's paragraphs and quotes only: at least 12 letters,
    60% of them in one script (Arabic, Hebrew, Cyrillic, Greek, Han, kana, Hangul, Thai,
    Devanagari and others) that the nearest ``lang`` does not cover.

    **Fix**: add the passage's language to its element, e.g. ``<blockquote lang="ar">``. The
    suggestion comes from the script and telling letters (і, ї, є are Ukrainian; ы, э Russian),
    so check it: Cyrillic or Arabic letters alone do not tell the language.

    **References**: WCAG 2.2 SC 3.1.2 Language of Parts.
    """

    code = "NL103"
    name = "passage-language"
    summary = "A passage in another script does not declare its language"
    wcag = "3.1.2"
    act = (("off6ek", "partial"),)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        blocks = [b for b in doc.regions.blocks if b.role in ("paragraph", "quote")]
        if not any(_ANY.search(b.text) for b in blocks):
            return
        story, story_letters, story_total = dominant(" ".join(b.text for b in blocks))
        own = story if 2 * story_letters >= story_total else None  # the story's own script, if not Latin
        for block in blocks:
            if not _ANY.search(block.text):
                continue  # no letter of another script
            script, letters, total = dominant(block.text)
            if script is None or letters < MIN_LETTERS or letters < MIN_SHARE * total:
                continue
            declared = declared_language(block.element, doc)
            if declared is not None and fits(declared, script):
                continue
            if script is own:
                continue  # the story's own language: the page declares it (NL101, NL102)
            covered = sum(
                len(script.letters.findall(text_of(el)))
                for el in block.element.iterdescendants()
                if isinstance(el.tag, str) and el.get("lang") and fits(el.get("lang") or "", script)
            )
            if letters - covered < MIN_LETTERS or letters - covered < MIN_SHARE * total:
                continue
            yield self._finding(doc, block.element, block.role, script, declared)

    def _finding(self, doc: Document, el: Element, kind: str, script: Script, declared: str | None) -> Finding:
        start, end = doc.start_tag_span(el)
        what = "quote" if kind == "quote" else "paragraph"
        lang = likely_language(text_of(el), script)
        why = f'is read as lang="{declared}"' if declared else "nothing declares its language"
        replacement = None
        if lang and end > start:
            replacement = re.sub(r"^<([A-Za-z][\w-]*)", rf'<\1 lang="{lang}"', doc.text[start:end], count=1)
        advice = f'lang="{lang}"' if lang else script.example
        return self.finding(
            (start, end),
            f"This {what} is mostly in {script.name} script, but {why}",
            f"Declare the passage's language on this <{tag_name(el)}>, e.g. {advice}",
            replacement=replacement,
        )
