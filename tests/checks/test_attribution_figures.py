"""The figure grammar (newslint.figures) and the unsourced-figure rules NL301, NL303-NL306."""

import pytest
from conftest import codes, lint

from newslint.lib.attribution.figures import find_figures


def kinds(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Government forces now hold about 60 percent of the city.", [("60 percent", "percentage")]),
        ("About 40% of the homes are damaged.", [("40%", "percentage")]),
        ("Some 65 per cent of the wells are dry.", [("65 per cent", "percentage")]),
        ("Turnout rose by three percentage points.", [("three percentage points", "percentage")]),
        ("Support for the ruling party rose 5 percent in a month.", [("5 percent", "percentage")]),
        ("Nearly twenty-five percent of the staff left.", [("twenty-five percent", "percentage")]),
        ("Forces have seized two-thirds of the old city.", [("two-thirds", "percentage")]),
        ("The economy has shrunk by more than half since 2011.", [("half", "percentage")]),
        ("The strikes killed at least 18 civilians.", [("18 civilians", "casualty")]),
        ("Airstrikes killed 14 and wounded dozens of others.", [("dozens of others", "casualty")]),
        ("More than 3,000 displaced families are in schools.", [("3,000 displaced families", "casualty")]),
        ("Some 3,000 families now live in the camp.", [("3,000 families", "count")]),
        ("Between 300 and 400 fighters remain.", [("300 and 400 fighters", "count")]),
        ("The blast damaged 10 to 15 buildings.", [("10 to 15 buildings", "count")]),
        ("Jordanian troops seized 2 million pills.", [("2 million pills", "count")]),
        ("Rebuilding will cost at least $4 million.", [("$4 million", "money")]),
        ("The bloc pledged €2bn in aid.", [("€2bn", "money")]),
        ("Farmers lost about 1.5 billion dollars.", [("1.5 billion dollars", "money")]),
        ("Bread costs 5,000 Syrian pounds.", [("5,000 Syrian pounds", "money")]),
        ("Troops advanced around 30 kilometers.", [("30 kilometers", "measure")]),
        ("The front runs some 1,000 kilometers from Kharkiv to Kherson.", [("1,000 kilometers", "measure")]),
        ("The death toll rose to 38 later in the day.", [("38", "casualty")]),
        # near-misses of market moves and offers: the same shapes, and claims
        ("Rents in the capital stood at $900 a month, up 20% on last year.", [("20%", "percentage")]),
        ("Donors pledged a 25% cut in the deficit.", [("25%", "percentage")]),
        ("The attack claimed the lives of 22 soldiers.", [("22 soldiers", "casualty")]),
    ],
)
def test_figures_and_their_kinds(sentence, expected):
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The 4th Division moved in at 10 a.m. on Sept. 9, 2017.",
        "U.N. Security Council Resolution 2254 called for talks.",
        "The 35-year-old teacher lives at 14 Baron Street.",
        "The siege lasted 18 months.",
        "He spent three years in prison and was freed in 2020.",
        "The F-16s flew from Incirlik in the 2010s.",
        "The two sides met in Geneva.",
        "Her four children survived.",
        "The town lies about 90 kilometers southeast of the capital.",
        "Ukraine won 3-1 in the second leg.",
        "Table 6-1 lists some symptoms.",
        "He won three titles over two spells in charge.",
        "The laptop sells for $799.99 at most shops.",
        "The deal knocks $15 off the usual price.",
        "A mix of 100% cotton and wool is used.",
        "He weighed in at 243 pounds at his last check-up.",
        "The console plays games at 4k and 60 frames a second.",
        # false findings met on real pages, rewritten
        "The new van has a 19 cubic foot cargo bay.",
        "A 300-metre-long wall surrounds the compound.",
        "She sits on both of the charity's two governing bodies.",
        "Resellers list the cards from $1,499 upward.",
        "Emerging market stocks rose 0.5% in early trading.",
        "The benchmark 10-year note rose in price to yield 1.79%.",
        "Tokyo's Nikkei index closed 0.7% higher on Tuesday.",
        "The company's shares closed in New York at $185.25, up 0.35%.",
        "Brent crude was last at $60.73, down 2.74% on the day.",
        "The yen strengthened 0.13% against the greenback on Friday.",
        "The 30-year bond yield tumbled 6.3 basis points to 1.409%.",
        "The two-year note yield edged 1.2 basis point down to 0.139%.",
        "The offer is good for a 25% discount on the sensor.",
    ],
)
def test_numbers_that_are_not_claims(sentence):
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Government forces now hold about 60 percent of the city.", "NL301"),
        ("At least 18 civilians were killed in the strikes.", "NL303"),
        ("Repairing the dam will cost $4 million.", "NL304"),
        ("Some 3,000 families now live in the camp.", "NL305"),
        ("Troops advanced around 30 kilometers in a week.", "NL306"),
        ("About 30 percent of the displaced have no identity documents.", "NL301"),
        ("Troops found 40 bodies in a mass grave.", "NL303"),
    ],
)
def test_each_kind_has_its_rule(sentence, code):
    findings = lint(f"<p>{sentence}</p>", "NL3")
    assert codes(findings) == [code]
    assert findings[0].message == f"'{findings[0].excerpt}' is stated without a source"


def test_severity_follows_the_stakes():
    html = "<p>At least 18 civilians were killed.</p><p>Troops advanced around 30 kilometers in a week.</p>"
    assert [(f.code, f.severity) for f in lint(html, "NL3")] == [("NL303", "warning"), ("NL306", "info")]


def test_points_at_the_figure_exactly_through_markup():
    (f,) = lint("<p>Forces hold about <strong>60&nbsp;percent</strong> of the city.</p>", "NL3")
    assert f.excerpt == "60&nbsp;percent"
    assert (f.line, f.column) == (1, 30)


def test_the_approximator_stays_outside_the_span():
    (f,) = lint("<p>The strikes killed at least 18 civilians on Tuesday.</p>", "NL3")
    assert f.excerpt == "18 civilians"


def test_not_claims_stay_silent_as_html():
    text = "The 4th Division moved 30 kilometers west of the town in 2017, at 10 a.m. on Sept. 9, on Route 7."
    assert codes(lint(f"<p>{text}</p>", "NL3")) == []
