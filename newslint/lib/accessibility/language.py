"""The page's language: what it declares (html lang, og:locale, content-language) and a guess from its text."""

from __future__ import annotations

import html
import re
from itertools import islice

from newslint.document.model import Document
from newslint.document.tree import text_of

_MIN_LETTERS = 40  # less text than this says too little about its language
_CONFIDENT = 90  # the share of the text (percent) CLD2 must give one language
_PROSE_WORDS = 8  # words of a block that reads as a sentence, not a cell of a table
_LOCALE = re.compile(r"^([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?$")


_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


# ISO 639-1 two-letter codes (with the deprecated iw, ji, in, jw, mo that axe-core also accepts).
# Three-letter primary subtags (ISO 639-2/3) are accepted as they are.
ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
    la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc
    oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su
    sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split()
)


# ISO 639-2 codes (terminology and bibliographic) of languages that have a two-letter code: not valid
# primary subtags in BCP 47, which registers only the shortest code ("eng" is written "en").
ALPHA_3_TO_2 = dict(
    pair.split(":")
    for pair in """
    aar:aa abk:ab afr:af aka:ak alb:sq amh:am ara:ar arg:an arm:hy asm:as ava:av ave:ae aym:ay aze:az bak:ba
    bam:bm baq:eu bel:be ben:bn bih:bh bis:bi bod:bo bos:bs bre:br bul:bg bur:my cat:ca ces:cs cha:ch che:ce
    chi:zh chu:cu chv:cv cor:kw cos:co cre:cr cym:cy cze:cs dan:da deu:de div:dv dut:nl dzo:dz ell:el eng:en
    epo:eo est:et eus:eu ewe:ee fao:fo fas:fa fij:fj fin:fi fra:fr fre:fr fry:fy ful:ff geo:ka ger:de gla:gd
    gle:ga glg:gl glv:gv gre:el grn:gn guj:gu hat:ht hau:ha heb:he her:hz hin:hi hmo:ho hrv:hr hun:hu hye:hy
    ibo:ig ice:is ido:io iii:ii iku:iu ile:ie ina:ia ind:id ipk:ik isl:is ita:it jav:jv jpn:ja kal:kl kan:kn
    kas:ks kat:ka kau:kr kaz:kk khm:km kik:ki kin:rw kir:ky kom:kv kon:kg kor:ko kua:kj kur:ku lao:lo lat:la
    lav:lv lim:li lin:ln lit:lt ltz:lb lub:lu lug:lg mac:mk mah:mh mal:ml mao:mi mar:mr may:ms mkd:mk mlg:mg
    mlt:mt mon:mn mri:mi msa:ms mya:my nau:na nav:nv nbl:nr nde:nd ndo:ng nep:ne nld:nl nno:nn nob:nb nor:no
    nya:ny oci:oc oji:oj ori:or orm:om oss:os pan:pa per:fa pli:pi pol:pl por:pt pus:ps que:qu roh:rm ron:ro
    rum:ro run:rn rus:ru sag:sg san:sa sin:si slk:sk slo:sk slv:sl sme:se smo:sm sna:sn snd:sd som:so sot:st
    spa:es sqi:sq srd:sc srp:sr ssw:ss sun:su swa:sw swe:sv tah:ty tam:ta tat:tt tel:te tgk:tg tgl:tl tha:th
    tib:bo tir:ti ton:to tsn:tn tso:ts tuk:tk tur:tr twi:tw uig:ug ukr:uk urd:ur uzb:uz ven:ve vie:vi vol:vo
    wel:cy wln:wa wol:wo xho:xh yid:yi yor:yo zha:za zho:zh zul:zu
    """.split()
)


def primary_subtag(value: str) -> str:
    """The primary language subtag as axe-core reads it: up to the first hyphen, lower-cased."""
    return value.strip().split("-")[0].lower()


def valid_language(value: str) -> bool:
    """Whether a lang value starts with a language code (``en``, ``en-GB``, ``fil``; not ``en_US``, nor
    ``eng``, which BCP 47 writes ``en``)."""
    primary = primary_subtag(value)
    if len(primary) == 2:
        return primary in ISO_639_1
    return len(primary) == 3 and primary.isascii() and primary.isalpha() and primary not in ALPHA_3_TO_2


def html_attribute(doc: Document, name: str) -> str | None:
    """An attribute of ``<html>`` as browsers see it.

    Where something precedes the ``<html>`` tag (metadata, conditional comments) lxml implies the
    element and drops the tag's attributes; browsers keep them, so read them from the source tag.
    """
    value = doc.root.get(name)
    if value is not None or doc.kind != "page" or len(doc.root.attrib):
        return value  # attributes on the tree's <html> come from a real tag, all of them
    start, end = doc.start_tag_span(doc.root)
    for m in _ATTRIBUTE.finditer(doc.text, start + len("<html"), end):
        if m.group(1).lower() == name:
            raw = next((g for g in m.groups()[1:] if g is not None), "")
            return html.unescape(raw)
    return None


def guess_language(doc: Document) -> str:
    """The language the page's metadata suggests (og:locale, Content-Language), else English."""
    return declared_locale(doc) or "en"


def declared_locale(doc: Document) -> str | None:
    """The language the page's metadata declares (og:locale, Content-Language), as a tag."""
    for meta in doc.tagged("meta"):
        key = (meta.get("property") or meta.get("http-equiv") or meta.get("name") or "").lower()
        if key in ("og:locale", "content-language", "language"):
            m = _LOCALE.match((meta.get("content") or "").strip())
            if m and valid_language(m.group(1)):
                return m.group(1).lower() + (f"-{m.group(2).upper()}" if m.group(2) else "")
    return None


def story_language(doc: Document) -> str | None:
    """The language of the story's text when CLD2 (pycld2, offline) is confident of it, else None.

    Confident: CLD2 calls its answer reliable and gives the language at least 90% of the text. When
    it is not, the story's sentences alone are asked (blocks of eight words or more), leaving out a
    table of names and figures the story reader took in. Checked on the 581 corpus pages that
    declare a language: it agrees on 568 (one of them declares "en_US"), abstains on 6, and the 7
    others declare a language their text is not in (German stories marked "en", lorem ipsum).
    """
    headline = [text_of(doc.regions.headline)] if doc.regions.headline is not None else []
    blocks = [b.text for b in doc.regions.blocks]
    found = _confident_language([*headline, *blocks])
    if found is None:
        prose = [text for text in blocks if len(text.split()) >= _PROSE_WORDS]
        if len(prose) < len(blocks):
            found = _confident_language([*headline, *prose])
    return found


def _confident_language(parts: list[str]) -> str | None:
    import pycld2

    text = " ".join(" ".join(part.split()) for part in parts)
    if len(list(islice(filter(str.isalpha, text), _MIN_LETTERS))) < _MIN_LETTERS:  # (counted up to the minimum)
        return None
    try:
        reliable, _, details = pycld2.detect(text, isPlainText=True)
    except pycld2.error:  # text CLD2 cannot read (invalid UTF-8 from surrogates)
        return None
    _, code, percent, _ = details[0]
    primary = code.split("-")[0].lower()
    return primary if reliable and percent >= _CONFIDENT and valid_language(primary) else None
