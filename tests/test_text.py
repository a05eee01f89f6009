import pytest

from newslint.document.sentences import sentences, word_count


def split(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops advanced. They met no resistance.", ["Troops advanced.", "They met no resistance."]),
        (
            "U.S. Col. Ryan Dillon spoke at 3 p.m. Monday in Baghdad. He left.",
            ["U.S. Col. Ryan Dillon spoke at 3 p.m. Monday in Baghdad.", "He left."],
        ),
        ("Mr. Smith said “No.” It ended.", ["Mr. Smith said “No.”", "It ended."]),
        ("He said no. Then No. 5 won.", ["He said no.", "Then No. 5 won."]),
        ("John F. Kennedy spoke on Sept. 9, 1962.", ["John F. Kennedy spoke on Sept. 9, 1962."]),
        ("Is it over? Nobody knows! Wait…", ["Is it over?", "Nobody knows!", "Wait…"]),
        ("The rate rose 2.5 percent. It fell.", ["The rate rose 2.5 percent.", "It fell."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert split(text) == expected


def test_offsets_point_back_into_the_text():
    text = "  First one.  Second one.  "
    for s in sentences(text):
        assert text[s.start : s.end] == s.text
    assert [s.start for s in sentences(text, 2, 14)] == [2]


def test_word_count():
    assert word_count("U.S.-backed forces, 3,000 strong, took al-Raqqa's outskirts — finally.") == 8


def test_an_acronym_ends_a_sentence_when_a_new_one_plainly_starts():
    assert split("The deal was brokered by the U.N. The truce held.") == [
        "The deal was brokered by the U.N.",
        "The truce held.",
    ]
    assert split("The U.S. State Department agreed.") == ["The U.S. State Department agreed."]
