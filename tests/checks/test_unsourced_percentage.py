import pytest
from conftest import codes, lint


@pytest.mark.parametrize(
    "sentence",
    [
        "Government forces now hold about 60 percent of the city.",
        "About 40% of the homes are estimated to be destroyed.",
        "Some 65 per cent of the wells were reported dry.",
        "Turnout rose by three percentage points.",
        "Nearly twenty-five percent of the staff left.",
        "About 30 percent of the displaced have no identity documents.",
        "Reports of 40 percent losses circulated.",
    ],
)
def test_fires_on_unsourced_percentages(sentence):
    findings = lint(f"<p>{sentence}</p>", "NL3")
    assert codes(findings) == ["NL301"]
    assert findings[0].message == f"'{findings[0].excerpt}' is stated without a source"


@pytest.mark.parametrize(
    "sentence",
    [
        "Government forces now hold about 60 percent of the city, the monitoring group said.",
        "According to the United Nations, 65% of homes were damaged.",
        "The ministry estimates that 40 percent of the wells are dry.",
        "“We hold 70 percent of the town,” Khawlah told reporters.",
        "Figures released by the health ministry show a 12 percent rise in admissions.",
        "A survey by the Red Cross found 30 percent of families had no fuel.",
    ],
)
def test_silent_when_the_sentence_names_a_source(sentence):
    assert codes(lint(f"<p>{sentence}</p>", "NL3")) == []


def test_not_a_percentage():
    text = "The 4th Division moved 30 kilometers in 2017, at 10 a.m. on Sept. 9, on Route 7."
    assert codes(lint(f"<p>{text}</p>", "NL3")) == []


def test_the_wire_credit_line_is_not_a_source():
    html = "<p>Forces hold 60 percent of the city.</p><p>With reporting by AP and AFP</p>"
    assert codes(lint(html, "NL3")) == ["NL301"]


def test_points_at_the_figure_through_markup():
    (f,) = lint("<p>Forces hold <strong>60&nbsp;percent</strong> of the city.</p>", "NL3")
    assert f.excerpt == "60&nbsp;percent"
    assert (f.line, f.column) == (1, 24)
