"""What assistive technology makes of an element: its role, whether it is hidden, its accessible name.

A static reading of WAI-ARIA 1.2, HTML-AAM and accname 1.2: no CSS cascade and no scripts, so an
element hidden only by a stylesheet class counts as shown. Inline ``style`` is honoured.
"""

from __future__ import annotations

import re
import weakref
from itertools import chain

from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.aria.spec import GLOBAL

# Sectioning content and roles inside which <header>/<footer> are not page landmarks.
_SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
_SECTIONING_CONTENT = frozenset({"article", "aside", "nav", "section"})
_SECTIONING_ROLES = frozenset({"article", "complementary", "main", "navigation", "region"})
LANDMARKS = frozenset({"banner", "complementary", "contentinfo", "form", "main", "navigation", "region", "search"})
_INTEGER = re.compile(r"[-+]?\d+")
_HIDDEN_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", re.I
)
_NEVER_RENDERED = frozenset({"head", "script", "style", "template", "noscript", "title", "meta", "link"})
# Only inputs and elements with these attributes can hide themselves (see _hides_itself).
_HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style"})
# Roles whose name may come from their content (accname 1.2, "name from content").
_NAME_FROM_CONTENT = frozenset(
    {
        "button", "cell", "checkbox", "columnheader", "gridcell", "heading", "link", "menuitem",
        "menuitemcheckbox", "menuitemradio", "option", "radio", "row", "rowheader", "sectionhead",
        "switch", "tab", "tooltip", "treeitem", "doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref",
    }
)  # fmt: skip
# Widget roles whose visible text is their label, as the ACT Rules list them for "label in name".
WIDGETS_NAMED_FROM_CONTENT = frozenset(
    {"button", "checkbox", "gridcell", "link", "menuitem", "menuitemcheckbox", "menuitemradio", "option", "radio",
     "searchbox", "switch", "tab", "treeitem"}
)  # fmt: skip
ROLES = frozenset(
    {
        "alert", "alertdialog", "application", "article", "banner", "blockquote", "button", "caption",
        "cell", "checkbox", "code", "columnheader", "combobox", "complementary", "contentinfo",
        "definition", "deletion", "dialog", "directory", "document", "emphasis", "feed", "figure", "form",
        "generic", "grid", "gridcell", "group", "heading", "img", "image", "insertion", "link", "list",
        "listbox", "listitem", "log", "main", "mark", "marquee", "math", "menu", "menubar", "menuitem",
        "menuitemcheckbox", "menuitemradio", "meter", "navigation", "none", "note", "option",
        "paragraph", "presentation", "progressbar", "radio", "radiogroup", "region", "row", "rowgroup",
        "rowheader", "scrollbar", "search", "searchbox", "separator", "slider", "spinbutton", "status",
        "strong", "subscript", "suggestion", "superscript", "switch", "tab", "table", "tablist",
        "tabpanel", "term", "textbox", "time", "timer", "toolbar", "tooltip", "tree", "treegrid",
        "treeitem", "doc-abstract", "doc-acknowledgments", "doc-afterword", "doc-appendix",
        "doc-backlink", "doc-biblioentry", "doc-bibliography", "doc-biblioref", "doc-chapter",
        "doc-colophon", "doc-conclusion", "doc-cover", "doc-credit", "doc-credits", "doc-dedication",
        "doc-endnote", "doc-endnotes", "doc-epigraph", "doc-epilogue", "doc-errata", "doc-example",
        "doc-footnote", "doc-foreword", "doc-glossary", "doc-glossref", "doc-index", "doc-introduction",
        "doc-noteref", "doc-notice", "doc-pagebreak", "doc-pagelist", "doc-part", "doc-preface",
        "doc-prologue", "doc-pullquote", "doc-qna", "doc-subtitle", "doc-tip", "doc-toc",
        "graphics-document", "graphics-object", "graphics-symbol",
    }
)  # fmt: skip
_INPUT_ROLES = {
    "button": "button", "image": "button", "reset": "button", "submit": "button", "checkbox": "checkbox",
    "radio": "radio", "range": "slider", "number": "spinbutton", "search": "searchbox",
    "email": "textbox", "tel": "textbox", "text": "textbox", "url": "textbox", "": "textbox",
}  # fmt: skip
_TAG_ROLES = {
    "article": "article", "aside": "complementary", "blockquote": "blockquote", "button": "button",
    "dialog": "dialog", "dd": "definition", "dt": "term", "fieldset": "group", "figure": "figure",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "hr": "separator", "li": "listitem", "main": "main", "menu": "list", "nav": "navigation", "ol": "list",
    "option": "option", "progress": "progressbar", "search": "search", "table": "table", "tbody": "rowgroup",
    "td": "cell", "textarea": "textbox", "tfoot": "rowgroup", "thead": "rowgroup", "tr": "row", "ul": "list",
    "output": "status", "meter": "meter", "p": "paragraph",
}  # fmt: skip
_INPUT_DEFAULT_NAMES = {"submit": "Submit", "reset": "Reset"}
_LABELABLE = frozenset({"button", "meter", "output", "progress", "select", "textarea"})
# Inputs whose value, not their aria-label, counts inside another element's name (accname 1.2, embedded control).
_EMBEDDED_CONTROLS = frozenset({"textbox", "searchbox", "combobox", "slider", "spinbutton"})
PRESENTATIONAL = frozenset({"none", "presentation"})
# The link role and the DPUB-ARIA roles that inherit from it.
LINK_ROLES = frozenset({"link", "doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref"})
# Elements focusable without a tabindex (unless disabled), as axe-core reads them.
_FOCUSABLE_CONTROLS = frozenset({"button", "input", "select", "textarea"})
# Every role implicit_role can give each tag name.
IMPLICIT_ROLES: dict[str, frozenset[str]] = {
    **{name: frozenset({given}) for name, given in _TAG_ROLES.items()},
    "a": frozenset({"link"}),
    "area": frozenset({"link"}),
    "img": frozenset({"img", "presentation"}),
    "input": frozenset(_INPUT_ROLES.values()),
    "select": frozenset({"listbox", "combobox"}),
    "header": frozenset({"banner"}),
    "footer": frozenset({"contentinfo"}),
    "aside": frozenset({"complementary"}),
    "section": frozenset({"region"}),
    "form": frozenset({"form"}),
}


def tag(el: Element) -> str:
    """Lower-case tag name, '' for comments and processing instructions."""
    name = el.tag
    return name.lower() if isinstance(name, str) else ""


def explicit_role(el: Element) -> str | None:
    """The first valid role token of ``role``, as browsers pick it."""
    return _first_role(el.get("role"))


def explicit_roles(doc: Document) -> dict[Element, str | None]:
    """``explicit_role`` of each element that carries a role attribute, in document order, read once
    (an element not in the table has none)."""
    return doc.once(_explicit_roles)


def _explicit_roles(doc: Document) -> dict[Element, str | None]:
    return {el: _first_role(value) for el, value in doc.attribute("role").items()}


def _first_role(value: str | None) -> str | None:
    if not value:
        return None
    for token in value.lower().split():
        if token in ROLES:
            return token
    return None


def implicit_role(el: Element) -> str | None:
    """The role HTML gives an element without a ``role`` attribute."""
    name = tag(el)
    if name in ("a", "area"):
        return "link" if el.get("href") is not None else None
    if name == "img":
        return "presentation" if el.get("alt") == "" and not _has_global_name(el) and not _conflicts(el) else "img"
    if name == "input":
        kind = (el.get("type") or "").lower()
        if kind == "hidden":
            return None
        return _INPUT_ROLES.get(kind, "textbox")
    if name == "select":
        return "listbox" if el.get("multiple") is not None or _int(el.get("size")) > 1 else "combobox"
    if name in ("header", "footer"):
        if _in_sectioning(el):
            return None
        return "banner" if name == "header" else "contentinfo"
    if name == "aside":  # scoped to sectioning content, an aside is a landmark only when named
        return "complementary" if _has_global_name(el) or not _in_sectioning(el, _SECTIONING_CONTENT) else None
    if name == "section":
        return "region" if _has_global_name(el) else None
    if name == "form":
        return "form" if _has_global_name(el) else None
    return _TAG_ROLES.get(name)


def may_have_role(doc: Document, roles: frozenset[str]) -> list[Element]:
    """The elements whose role can be one of these, in document order: those with a role
    attribute and those whose tag implies one of them (a superset, from the document's indexes)."""
    tags = [name for name, given in IMPLICIT_ROLES.items() if given & roles]
    return doc.in_order(doc.carrying("role"), *map(doc.tagged, tags))


def role_carriers(doc: Document) -> set[Element]:
    """The elements that carry a role attribute: ``role`` of any other is its ``implicit_role``."""
    return doc.once(_role_carriers)


def _role_carriers(doc: Document) -> set[Element]:
    return set(doc.carrying("role"))


def role(el: Element) -> str | None:
    """The role assistive technology sees: the explicit one, else the implicit one.

    A presentational role (``none``, ``presentation``) is ignored on an element that is focusable or
    carries a global ARIA attribute (WAI-ARIA 1.2, presentational roles conflict resolution):
    ``<button role="none">`` is still a button.
    """
    explicit = explicit_role(el)
    if explicit in PRESENTATIONAL and (_has_global_name(el) or _conflicts(el)):
        return implicit_role(el)
    return explicit or implicit_role(el)


def is_focusable(el: Element) -> bool:
    """Focusable by default or through tabindex (a negative tabindex too: it takes focus, though not by Tab)."""
    name = tag(el)
    if name in _FOCUSABLE_CONTROLS:
        if el.get("disabled") is not None:
            return False
        return name != "input" or (el.get("type") or "").strip().lower() != "hidden"
    if name in ("a", "area") and el.get("href") is not None:
        return True
    if name == "summary":
        parent = el.getparent()
        return parent is not None and tag(parent) == "details"
    if (el.get("contenteditable") or "false").strip().lower() != "false":
        return True
    return _INTEGER.fullmatch((el.get("tabindex") or "").strip()) is not None


def _conflicts(el: Element) -> bool:
    """Focusable, or carrying a global ARIA attribute: what keeps an element from being presentational."""
    return is_focusable(el) or any(name in GLOBAL for name in el.attrib)


def is_hidden(el: Element, doc: Document | None = None) -> bool:
    """Hidden from everyone (``hidden``, inline display:none/visibility:hidden) or from assistive tech.

    Given the element's document, the answer comes from a table of its hidden elements built once.
    """
    if doc is not None:
        return el in hidden_elements(doc)
    node: Element | None = el
    while node is not None:
        if tag(node) in _NEVER_RENDERED or _hides_itself(node):
            return True
        node = node.getparent()
    return False


def hidden_elements(doc: Document) -> set[Element]:
    """Every node of the document inside (or being) an element that hides itself or is never rendered."""
    return doc.once(_hidden_elements)


def _hidden_elements(doc: Document) -> set[Element]:
    found: set[Element] = set()
    for el in chain(*map(doc.tagged, _NEVER_RENDERED), _self_hiding(doc)):  # in any order: one set
        if el not in found:
            found.update(el.iter())
    return found


def hidden_from_everyone(doc: Document) -> set[Element]:
    """Every node that no one perceives: ``hidden_elements`` less what only aria-hidden hides, which
    hides it from assistive technology alone (a link there still takes focus)."""
    return doc.once(_hidden_from_everyone)


def _hidden_from_everyone(doc: Document) -> set[Element]:
    found: set[Element] = set()
    for el in chain(*map(doc.tagged, _NEVER_RENDERED), hiding_from_everyone(doc)):
        if el not in found:
            found.update(el.iter())
    return found


def hiding_from_everyone(doc: Document) -> list[Element]:
    """The elements that hide themselves, and all they hold, from everyone: ``hidden``, or ``display:
    none`` or ``visibility: hidden`` in their style (not ``aria-hidden``, which hides them from
    assistive technology alone)."""
    return [el for el in _self_hiding(doc) if _hides_itself(el, aria=False)]


def _self_hiding(doc: Document) -> set[Element]:
    """The elements that hide themselves (see ``_hides_itself``), found among the only ones that can."""
    return doc.once(_find_self_hiding)


def _find_self_hiding(doc: Document) -> set[Element]:
    candidates = chain(doc.tagged("input"), *map(doc.carrying, _HIDING_ATTRIBUTES))
    return {el for el in candidates if _hides_itself(el)}


def _hides_itself(el: Element, aria: bool = True) -> bool:
    if el.get("hidden") is not None or (aria and (el.get("aria-hidden") or "").strip().lower() == "true"):
        return True
    if tag(el) == "input" and (el.get("type") or "").lower() == "hidden":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def accessible_name(el: Element, doc: Document) -> str:
    """The accessible name (accname 1.2, statically), whitespace squashed; computed once per element."""
    page = doc.once(_Naming)
    found = page.names.get(el)
    if found is None:
        naming = page if doc.holds(el) else _Naming(doc, copy=el)
        found = page.names[el] = " ".join(_name(el, naming, set(), root=True).split())
    return found


class _Naming:
    """What naming reads of a document, looked up once: the names found so far, the elements that hide
    themselves, and those that carry the attributes it asks every element about (few carry them).
    ``copy``: an element outside the page (a copy, as headings make), whose subtree's attributes join
    the page's (the indexes know only the page's own elements)."""

    __slots__ = ("doc", "hiding", "labelled", "labelledby", "names", "roled", "targets", "titled")

    def __init__(self, doc: Document, copy: Element | None = None) -> None:
        copied = [] if copy is None else [node for node in copy.iter() if isinstance(node.tag, str)]

        def carrying(name: str) -> set[Element]:
            found = set(doc.carrying(name))
            found.update(node for node in copied if node.get(name) is not None)
            return found

        self.doc = weakref.proxy(doc)  # the document keeps this (Document.once): no cycle to wait for the collector
        self.names: dict[Element, str] = {}
        self.hiding = _self_hiding(doc)
        self.labelledby = carrying("aria-labelledby")
        self.labelled = carrying("aria-label")
        self.roled = role_carriers(doc) if copy is None else carrying("role")
        self.titled = carrying("title")
        self.targets = carrying("href")

    def implicit_role(self, el: Element, name: str) -> str | None:
        """``implicit_role(el)``; a link's from the indexes."""
        if name in ("a", "area"):
            return "link" if el in self.targets else None
        return implicit_role(el)

    def title(self, el: Element) -> str:
        return (el.get("title") or "").strip() if el in self.titled else ""


def _name(
    el: Element,
    page: _Naming,
    seen: set[Element],
    root: bool,
    referenced: bool = False,
    traversal: bool = False,
    name: str | None = None,
) -> str:
    """``referenced``: named directly by an aria-labelledby; ``traversal``: inside such a computation,
    where no aria-labelledby is followed again (accname 1.2, step 2B); ``name``: ``tag(el)``, where
    the caller has it."""
    if el in seen:  # holding the element keeps lxml from handing its proxy to another node
        return ""
    seen.add(el)
    if name is None:
        name = tag(el)
    if not referenced and (name in _NEVER_RENDERED or el in page.hiding):
        return ""
    if not traversal and el in page.labelledby and (refs := el.get("aria-labelledby")):
        labelledby = [page.doc.element_by_id(ref) for ref in refs.split()]
        text = " ".join(
            _name(ref, page, seen, root=False, referenced=True, traversal=True) for ref in labelledby if ref is not None
        )
        if text.strip():
            return text
    label = (el.get("aria-label") or "").strip() if el in page.labelled else ""
    if label and not (not root and name == "input" and role(el) in _EMBEDDED_CONTROLS):
        return label
    # A presentational element's own text alternative (an alt) names nothing (accname 1.2, step 2D).
    presentational = el in page.roled and explicit_role(el) in PRESENTATIONAL and role(el) in PRESENTATIONAL
    native = "" if presentational or name not in _NATIVELY_NAMED else _native_name(el, name, page, seen, traversal)
    if native and not native.isspace():
        return native
    if root and not referenced and name != "summary":
        own = role(el) if el in page.roled else page.implicit_role(el, name)
        if (own or "") not in _NAME_FROM_CONTENT:
            return page.title(el)
    text = _content_name(el, page, seen, traversal)
    if text and not text.isspace():
        return text
    return page.title(el)


def _native_name(el: Element, name: str, page: _Naming, seen: set[Element], traversal: bool) -> str:
    if name in ("img", "area") or (name == "input" and (el.get("type") or "").lower() == "image"):
        return el.get("alt") or ""
    if name == "input":
        kind = (el.get("type") or "").lower()
        if kind in ("button", "submit", "reset"):
            return el.get("value") or _INPUT_DEFAULT_NAMES.get(kind, "")
        return _label_text(el, page, seen, traversal) or el.get("placeholder") or ""
    if name == "textarea":
        return _label_text(el, page, seen, traversal) or el.get("placeholder") or ""
    if name == "select":
        return _label_text(el, page, seen, traversal)
    if name in ("iframe", "frame", "embed", "object"):
        return el.get("title") or ""
    if name == "svg":
        for child in el:
            if tag(child) == "title":
                return child.text or ""
    if name == "table":
        for child in el:
            if tag(child) == "caption":
                return _content_name(child, page, seen, traversal)
    if name in ("figure", "fieldset"):
        for child in el:
            if tag(child) in ("figcaption", "legend"):
                return _content_name(child, page, seen, traversal)
    return ""


# The elements _native_name gives a name of their own (any other gets "").
_NATIVELY_NAMED = frozenset(
    {"img", "area", "input", "textarea", "select", "iframe", "frame", "embed", "object", "svg", "table", "figure",
     "fieldset"}
)  # fmt: skip


def _label_text(el: Element, page: _Naming, seen: set[Element], traversal: bool) -> str:
    """The text of the field's labels (HTML: a label's ``for`` names the first element with that id;
    a label without ``for`` labels its first labelable descendant)."""
    doc = page.doc
    ident = el.get("id")
    parts = []
    if ident and doc.element_by_id(ident) is el:
        parts += [_content_name(lab, page, seen, traversal) for lab in doc.tagged("label") if lab.get("for") == ident]
    node = el.getparent()
    while node is not None:
        if tag(node) == "label":
            if node.get("for") is None and next(filter(_labelable, node.iterdescendants()), None) is el:
                parts.append(_content_name(node, page, seen, traversal))
            break
        node = node.getparent()
    return " ".join(p for p in parts if p.strip())


def _labelable(el: Element) -> bool:
    name = tag(el)
    if name == "input":
        return (el.get("type") or "").strip().lower() != "hidden"
    return name in _LABELABLE


_BLOCKS = frozenset({"div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"})


def _content_name(el: Element, page: _Naming, seen: set[Element], traversal: bool = False) -> str:
    parts = [el.text or ""]
    for child in el:
        child_tag = child.tag
        if isinstance(child_tag, str):
            name = child_tag.lower()
            if name == "br":
                parts.append(" ")
            elif name not in _NEVER_RENDERED:
                text = _name(child, page, seen, root=False, traversal=traversal, name=name)
                parts.append(f" {text} " if name in _BLOCKS else text)
        parts.append(child.tail or "")
    return "".join(parts)


def _has_global_name(el: Element) -> bool:
    return bool((el.get("aria-label") or "").strip() or (el.get("aria-labelledby") or "").strip() or el.get("title"))


def _in_sectioning(el: Element, tags: frozenset[str] = _SECTIONING) -> bool:
    node = el.getparent()
    while node is not None:
        if tag(node) in tags or explicit_role(node) in _SECTIONING_ROLES:
            return True
        node = node.getparent()
    return False


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0
