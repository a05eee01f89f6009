"""NL146: an embedded image, audio or video object without a name."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.lib.aria.embedded import resource_group
from newslint.lib.aria.semantics import accessible_name, explicit_role, is_hidden, tag
from newslint.lib.aria.stylesheet import hidden_by_style_sheet
from newslint.lib.settings import Settings

_WHAT = {
    "image": ("showing an image", "what the image shows"),
    "audio": ("playing audio", "what the recording is"),
    "video": ("playing a video", "what the video shows"),
}


class ObjectAlt(Rule):
    """An ``<object>`` showing an image, audio or video has no accessible name.

    **Why**: a screen reader announces an embedded chart, clip or recording by its name; without
    one it is skipped or read as "object", and what it shows is lost. The fallback content inside
    the ``<object>`` does not name it.

    Reads each ``<object>`` without a role whose markup says it embeds an image, audio or video:
    its ``type``, or the file extension of its ``data`` (``.png``, ``.mp3``, ``.mp4``…). Objects
    that embed a page, a plugin or a resource the markup does not tell are left alone.

    **Fix**: add a ``title`` or an ``aria-label`` saying what it shows (or point
    ``aria-labelledby`` at its caption); if it is decorative, ``role="presentation"``.

    **References**: WCAG 2.2 SC 1.1.1 Non-text Content; axe-core ``object-alt``.
    """

    code = "NL146"
    name = "object-alt"
    summary = "An object showing an image, audio or video has no accessible name"
    severity = "error"
    wcag = "1.1.1"
    axe = "object-alt"
    act = (("8fc3b6", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el in doc.tagged("object"):
            group = resource_group(el)
            if group is None or explicit_role(el) is not None or is_hidden(el, doc) or accessible_name(el, doc):
                continue
            if any(tag(anc) == "object" and resource_group(anc) for anc in el.iterancestors()):
                continue  # fallback content of an object that shows its own resource
            if hidden_by_style_sheet(el, doc):
                continue
            what, says = _WHAT[group]
            yield self.finding(
                doc.start_tag_span(el),
                f"<object> {what} has no accessible name",
                f'Add title="…" or aria-label="…" saying {says}; if it is decorative, role="presentation"',
            )
