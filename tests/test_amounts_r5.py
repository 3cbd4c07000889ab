"""Amounts, round 5: classes of money and counts found missing on fresh text (dev11_facts, dev8).

Every sentence here is written for the test; none is taken from a gold set.
"""

from __future__ import annotations

from dateline._amounts import country_context, find_money


def _money(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in find_money(text, lambda: country_context(text))]


def test_a_nationality_word_names_the_shared_currency() -> None:
    assert _money("A bag of rice sells for 45,000 Burundian francs in Gitega.") == [
        ("45,000 Burundian francs", 45000, "BIF")]
    assert _money("Fuel now costs 900 Omani riyals a barrel, traders said.")[0][2] == "OMR"
    assert _money("The fine was 3,000 Tunisian dinars.")[0][2] == "TND"
    assert _money("They paid 200 Ugandan shillings.")[0][2] == "UGX"
    # qualified names written in the data keep their code; a bare shared name keeps its default
    assert _money("The state lent 5 million Kuwaiti dinars.")[0][2] == "KWD"
    assert _money("It raised 40 million Swiss francs.")[0][2] == "CHF"


def test_cfa_franc_forms_and_the_zone_of_the_article() -> None:
    assert _money("Bamako set aside 12 billion FCFA for the harvest.") == [("12 billion FCFA", 12e9, "XOF")]
    assert _money("A ticket costs 500 francs CFA in Dakar.")[0][2] == "XOF"
    # Central Africa's CFA franc where the article is about a BEAC country
    assert _money("YAOUNDE, Cameroon - The council approved 8 billion CFA francs for roads.")[0][2] == "XAF"


def test_thousands_written_with_a_space_before_a_currency() -> None:
    assert _money("A litre of petrol reached 1 175 francs CFA in Niamey.") == [("1 175 francs CFA", 1175, "XOF")]
    # a day number before a count is not one figure with it
    assert _money("On March 5 250 soldiers arrived.") == []


def test_a_dot_separates_thousands_in_an_article_that_writes_decimal_commas() -> None:
    text = "The dinar fell to 3.250 Libyan dinars per euro, and the bank sought 1,8 billion euros."
    assert _money(text)[0][1:] == (3250, "LYD")
    assert _money("The dinar fell to 3.250 Libyan dinars per euro.")[0][1] == 3.25  # English decimals otherwise
