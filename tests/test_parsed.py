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


def test_parse_lists_the_furniture_left_out_of_the_body(tmp_path):
    story = (
        "<p>Drone strikes knocked out power to tens of thousands of homes in the Kharkiv region overnight.</p>\n"
        "<p><em>Image: Harbour Trust</em></p>\n"
        "<p>Repair crews restored electricity to most districts by the afternoon, the governor said.</p>\n"
        "<p>The grid operator said the attack was the third on the region's network this month.</p>\n"
    )
    (tmp_path / "story.html").write_text(story)
    run = newslint("parse", "story.html", cwd=tmp_path)
    parsed = json.loads(run.stdout)
    assert parsed["furniture"] == [{"kind": "credit", "text": "Image: Harbour Trust", "line": 2, "in_story": True}]
    assert "Harbour Trust" not in parsed["body"]["text"]
