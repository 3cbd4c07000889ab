"""Currency names several countries share ("pesos", "dinars", "francs") read as the currency of
the country the article is about. Sentences are written for these tests."""

from __future__ import annotations

from dateline._amounts import country_context, find_money
from dateline._amounts._lexicon import amount_lexicon


def units(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in find_money(text, lambda: country_context(text))]


def test_pesos_follow_the_dateline_country():
    assert units("BOGOTA - Bus fares rise by 200 pesos from Monday.") == [(200, "COP")]
    assert units("MONTEVIDEO - The levy brings in 3,000 million pesos a year.") == [(3e9, "UYU")]


def test_nationality_words_count_when_there_is_no_dateline():
    assert units("The Argentine treasury will print 90,000 million pesos in bonds.") == [(9e10, "ARS")]
    assert units("Jordanian officials said the fund holds 40 million dinars.") == [(4e7, "JOD")]


def test_without_a_country_the_default_reading_stays():
    assert units("The ticket costs 30 pesos.") == [(30, "MXN")]
    assert units("DAKAR - Fuel now costs 9,000 francs per barrel.") == [(9000, "XOF")]


def test_every_regional_code_is_a_real_currency():
    lex = amount_lexicon()
    for name, table in lex.by_country.items():
        assert name in lex.names or name.rstrip("s") in lex.names, name
        for iso, code in table.items():
            assert len(iso) == 3 and iso.isupper()
            assert code in lex.iso_codes, (name, iso, code)


def test_country_context_weights_the_dateline_most():
    ctx = country_context("CARACAS - Colombian and Venezuelan ministers met.")
    assert ctx.most_common(1)[0][0] == "VEN"
