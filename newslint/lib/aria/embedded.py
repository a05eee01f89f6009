"""What an ``<object>`` embeds, read from its markup: the MIME type group of its resource (image,
audio, video), from the ``type`` attribute, a ``data:`` URL's type, or the file extension of ``data``.

Only the markup: whether the server sends another type, or the resource fails to load and the
fallback content shows, needs the file itself.
"""

from __future__ import annotations

import re

from newslint.document.tree import Element

_EXTENSIONS = {
    **dict.fromkeys(("apng", "avif", "bmp", "gif", "ico", "jpeg", "jpg", "png", "svg", "tif", "tiff", "webp"), "image"),
    **dict.fromkeys(("aac", "flac", "m4a", "mp3", "oga", "opus", "wav", "weba"), "audio"),
    **dict.fromkeys(("3gp", "avi", "m4v", "mkv", "mov", "mp4", "mpeg", "mpg", "ogv", "webm"), "video"),
    "ogg": "audio",
}
_MEDIA = frozenset({"image", "audio", "video"})
_EXTENSION = re.compile(r"\.([a-z0-9]{2,5})$")
# MIME types of the "audio or video" group that do not start with audio/ or video/.
_AUDIO_OR_VIDEO = frozenset({"application/ogg"})


def resource_group(el: Element) -> str | None:
    """``image``, ``audio`` or ``video`` where an object's markup says its resource is one, else None
    (an HTML page, a plugin, or nothing to tell by)."""
    given = (el.get("type") or "").strip().lower()
    if given:
        return _group_of_type(given)
    data = (el.get("data") or "").strip()
    if data[:5].lower() == "data:":
        return _group_of_type(data[5:].split(",", 1)[0].split(";", 1)[0].strip().lower())
    m = _EXTENSION.search(data.split("#", 1)[0].split("?", 1)[0].lower())
    return _EXTENSIONS.get(m.group(1)) if m else None


def _group_of_type(mime: str) -> str | None:
    if mime in _AUDIO_OR_VIDEO:
        return "video"
    top = mime.split("/", 1)[0].strip()
    return top if top in _MEDIA and "/" in mime else None
