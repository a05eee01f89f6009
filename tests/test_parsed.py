import json

from test_cli import newslint

FRAGMENT = """<p>Breaking News</p>
<p>By Jane Doe</p>
<p>BEIRUT (AP) — Fighters reached the city on Monday.</p>
<figure><img src="x.jpg" alt="Smoke"><figcaption>Smoke rises.</figcaption></figure>
<p>The ministry said the siege had ended.</p>
<p>With reporting by AP and AFP</p>
"""


def test_parse_shows_what_was_recognised(tmp_path):
    (tmp_path / "story.html").write_text(FRAGMENT)
    run = newslint("parse", "story.html", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    parsed = json.loads(run.stdout)
    assert parsed["kind"] == "fragment"
    assert parsed["banners"] == ["Breaking News"]
    assert parsed["byline"] == "By Jane Doe"
    assert parsed["dateline"] == "BEIRUT (AP) —"
    assert parsed["credit"] == "With reporting by AP and AFP"
    assert parsed["captions"] == ["Smoke rises."]
    assert parsed["body"]["paragraphs"] == [
        {"text": "Fighters reached the city on Monday.", "line": 3, "column": 18},
        {"text": "The ministry said the siege had ended.", "line": 5, "column": 4},
    ]
    assert parsed["body"]["text"] == "Fighters reached the city on Monday.\n\nThe ministry said the siege had ended."


def test_parse_of_an_unreadable_file_is_one_line(tmp_path):
    (tmp_path / "photo.html").write_bytes(b"\x89PNG\x00\x00")
    run = newslint("parse", "photo.html", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr == "photo.html: error: binary file (contains NUL bytes), not HTML text\n"
