"""The amounts layer: money (pure text patterns) and counts of people (with the parser)."""

from __future__ import annotations

import pytest

from dateline._amounts import find_money
from dateline._amounts._lexicon import amount_lexicon
from dateline._amounts._numbers import as_int_if_whole, parse_number
from dateline._pipeline import Pipeline, Settings


def money(text: str) -> list[tuple[str, float | int, str]]:
    return [(text[m.start : m.end], m.value, m.unit) for m in find_money(text)]


@pytest.mark.parametrize(
    "written, value, unit",
    [
        ("150,000 million dollars", 150_000_000_000, "USD"),
        ("$1.5bn", 1_500_000_000, "USD"),
        ("$1.5 billion", 1_500_000_000, "USD"),
        ("US$40m", 40_000_000, "USD"),
        ("US $40 million", 40_000_000, "USD"),
        ("£1.2 billion", 1_200_000_000, "GBP"),
        ("4 billion euros", 4_000_000_000, "EUR"),
        ("20 million Australian dollars", 20_000_000, "AUD"),
        ("1.78 billion dollars", 1_780_000_000, "USD"),
        ("1.5 trillion yuan", 1_500_000_000_000, "CNY"),
        ("Rs 500 crore", 5_000_000_000, "INR"),
        ("€3bn", 3_000_000_000, "EUR"),
        ("A$20m", 20_000_000, "AUD"),
        ("HK$2.5 billion", 2_500_000_000, "HKD"),
        ("C$300,000", 300_000, "CAD"),
        ("EUR 3bn", 3_000_000_000, "EUR"),
        ("40 million USD", 40_000_000, "USD"),
        ("10 billion U.S. dollars", 10_000_000_000, "USD"),
        ("5 million Hong Kong dollars", 5_000_000, "HKD"),
        ("2 million pounds sterling", 2_000_000, "GBP"),
        ("300 million rubles", 300_000_000, "RUB"),
        ("5 billion won", 5_000_000_000, "KRW"),
        ("two million dollars", 2_000_000, "USD"),
        ("a billion dollars", 1_000_000_000, "USD"),
        ("$250", 250, "USD"),
        ("¥1.2 trillion", 1_200_000_000_000, "JPY"),
        ("RMB 10 billion", 10_000_000_000, "CNY"),
        ("1 lakh crore rupees", 1_000_000_000_000, "INR"),
        ("50 billion Egyptian pounds", 50_000_000_000, "EGP"),
    ],
)
def test_money_writings(written: str, value: int, unit: str) -> None:
    got = money(f"The government pledged {written} on Friday.")
    assert got == [(written, value, unit)]
    assert isinstance(got[0][1], int)


def test_not_money() -> None:
    assert money("Police found 500 pounds of explosives and a 500-pound bomb.") == []
    assert money("The party won 3 seats and Real Madrid won 2-0.") == []
    assert money("Turnout was 45 percent among 300 voters.") == []
    assert money("He has dollars in the bank and billions of dollars in debt.") == []


def test_bare_dollar_symbol_follows_a_named_dollar() -> None:
    got = money("Canberra gave A$20m and then $5m more; it also lent 3 million dollars.")
    assert [u for _, _, u in got] == ["AUD", "AUD", "USD"]
    assert [u for _, _, u in money("It cost $5m.")] == ["USD"]


def test_numbers() -> None:
    assert parse_number("1,500") == 1500
    assert parse_number("twenty-five") == 25
    assert parse_number("two hundred and five") == 205
    assert parse_number("three thousand") == 3000
    assert parse_number("1.5") == 1.5
    assert parse_number("lots") is None
    assert as_int_if_whole(1.78 * 1e9) == 1_780_000_000
    assert as_int_if_whole(2.5) == 2.5


def test_currency_table_uses_iso_codes() -> None:
    lex = amount_lexicon()
    for code in list(lex.symbols.values()) + list(lex.names.values()):
        assert code in lex.iso_codes, code
    assert "USD" in lex.dollar_codes and "AUD" in lex.dollar_codes


# -- with the parser -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pipe(nlp):
    return Pipeline(Settings(layers=("times", "amounts")), nlp=nlp)


def amounts(pipe: Pipeline, text: str, date: str = "2022-02-04") -> list[tuple[str, float | int, str | None, str, str | None]]:
    art = pipe.code(text, date=date)
    assert not art.warnings, art.warnings
    for a in art.amounts:
        assert art.text[a.span[0] : a.span[1]] == a.text
    return [(a.text, a.value, a.unit, a.kind, a.year) for a in art.amounts]


@pytest.mark.slow
def test_casualty_and_arrest_counts(pipe) -> None:
    assert amounts(pipe, "At least 60 people were killed in the blast.") == [("At least 60 people", 60, "people", "killed", None)]
    assert amounts(pipe, "Police said 14 people were arrested.") == [("14 people", 14, "people", "arrested", None)]
    assert amounts(pipe, "Two soldiers were wounded.") == [("Two soldiers", 2, "soldiers", "injured", None)]
    assert amounts(pipe, "The bombing killed 12 civilians.") == [("12 civilians", 12, "civilians", "killed", None)]
    assert amounts(pipe, "Security forces detained 300 protesters.") == [("300 protesters", 300, "protesters", "arrested", None)]
    assert amounts(pipe, "The attack left 20 dead.") == [("20", 20, "people", "killed", None)]
    assert amounts(pipe, "The death toll rose to 35.") == [("35", 35, "people", "killed", None)]
    got = amounts(pipe, "Ten people died and 40 were injured.")
    assert got == [("Ten people", 10, "people", "killed", None), ("40", 40, "people", "injured", None)]


@pytest.mark.slow
def test_plain_counts(pipe) -> None:
    assert amounts(pipe, "Russia called up 300,000 reservists.") == [("300,000 reservists", 300000, "reservists", "count", None)]
    assert amounts(pipe, "It has 100,000 troops on the border.") == [("100,000 troops", 100000, "troops", "count", None)]
    assert amounts(pipe, "Mexico deployed 10,000 elements of the National Guard.") == [("10,000 elements", 10000, "troops", "count", None)]
    assert amounts(pipe, "Hamas freed 24 hostages, including 13 Israelis.") == [
        ("24 hostages", 24, "hostages", "count", None),
        ("13 Israelis", 13, "Israelis", "count", None),
    ]
    assert amounts(pipe, "Russia fired 80 missiles.") == [("80 missiles", 80, "missiles", "count", None)]
    assert amounts(pipe, "Russia will supply 10,000 million cubic meters of gas.") == [
        ("10,000 million cubic meters", 10_000_000_000, "cubic meters", "count", None)
    ]


@pytest.mark.slow
def test_vague_counts_only_for_casualties(pipe) -> None:
    got = pipe.code("Dozens of protesters were detained. Dozens of protesters marched.", date="2022-02-04").amounts
    assert [(a.text, a.value, a.kind, a.approximate) for a in got] == [("Dozens of protesters", 12, "arrested", True)]


@pytest.mark.slow
def test_not_counts(pipe) -> None:
    text = ("Turnout was 45 percent. A 25-year-old man scored in the 4-0 win in 2019. "
            "The two sides met twice in the past 10 days. The two leaders spoke at 3 p.m.")
    assert amounts(pipe, text) == []


@pytest.mark.slow
def test_money_year_from_the_text(pipe) -> None:
    got = amounts(pipe, "Bilateral trade last year reached a record 146,900 million dollars.")
    assert got == [("146,900 million dollars", 146_900_000_000, "USD", "money", "2021")]
    got = amounts(pipe, "Exports reached 1.78 billion dollars in 2019, the ministry said.")
    assert got[0][4] == "2019"
    got = amounts(pipe, "Brussels spends 4 billion euros a year on the program.")
    assert got == [("4 billion euros", 4_000_000_000, "EUR", "money", None)]


@pytest.mark.slow
def test_amounts_in(pipe, nlp) -> None:
    from dateline._amounts import amounts_in
    from dateline._readers import as_record
    from dateline._textprep import prepare

    text = "A car bomb killed 12 people. Police arrested 3 suspects."
    rec = as_record({"text": text, "date": "2022-02-04"}, 0, 10_000)
    art = pipe._article(rec)
    prep = prepare(art.text)
    ctx = pipe.annotate(art, prep, nlp(prep.clean))
    sents = list(ctx.doc.sents)
    first = amounts_in(ctx, sents[0])
    assert [(a.value, a.kind) for a in first] == [(12, "killed")]
    second = amounts_in(ctx, ctx.span(sents[1]))
    assert [(a.value, a.unit, a.kind) for a in second] == [(3, "suspects", "arrested")]


@pytest.mark.slow
def test_counts_of_things_and_definite_references(pipe) -> None:
    assert amounts(pipe, "Militants fired two rockets at the city.") == [("two rockets", 2, "rockets", "count", None)]
    # "the two sides" refers back to known parties; it is not a new figure
    assert amounts(pipe, "The two sides and their 18 councils met.") == []
    got = amounts(pipe, "Some 17.4 million people backed Leave, against 16.1 million for Remain.")
    assert got == [("Some 17.4 million people", 17_400_000, "people", "count", None), ("16.1 million", 16_100_000, "people", "count", None)]
    assert amounts(pipe, "Italy has registered 121,177 deaths.") == [("121,177 deaths", 121177, "people", "killed", None)]
    assert amounts(pipe, "The army claimed the killing of 33 militants.") == [("33 militants", 33, "militants", "killed", None)]
    assert amounts(pipe, "No one should be detained there.") == []


@pytest.mark.slow
def test_vague_bare_casualties(pipe) -> None:
    got = pipe.code("The blast left at least 12 people dead and dozens wounded.", date="2022-02-04").amounts
    assert [(a.text, a.value, a.unit, a.kind, a.approximate) for a in got] == [
        ("at least 12 people", 12, "people", "killed", False),
        ("dozens", 12, "people", "injured", True),
    ]


def test_currencies_derived_from_pycountry() -> None:
    assert money("The levy raised 42,863,423 pulas.") == [("42,863,423 pulas", 42863423, "BWP")]
    assert money("It cost 3 billion kwanzas.") == [("3 billion kwanzas", 3_000_000_000, "AOA")]
    assert money("She got 5 marks in the test.") == []


@pytest.mark.slow
def test_labels_are_not_counts(pipe) -> None:
    assert amounts(pipe, "Type 2 diabetes and phase 3 trials worry 20 doctors.") == [("20 doctors", 20, "doctors", "count", None)]


def test_money_ranges_share_the_scale() -> None:
    got = money("It will cost $5 to $10 billion.")
    assert got == [("$5", 5_000_000_000, "USD"), ("$10 billion", 10_000_000_000, "USD")]
    assert money("It will cost $5-10 million.")[0] == ("$5", 5_000_000, "USD")
