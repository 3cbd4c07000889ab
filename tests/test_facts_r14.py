"""Amounts, ninth session (facts-ta9): currencies, elided sums, ranges and partitive counts.
One test per class of text; every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, money_by_text


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


def _by_text(found):
    return {t: (v, u) for t, v, u, k in found}


def test_nordic_crowns_and_the_bolivar(pipe):
    found = money_by_text(amounts(pipe, "REYKJAVIK - The state will pay 300 million Icelandic kronur to farmers and 2 billion kronur to towns."))
    assert found == {"300 million Icelandic kronur": (300_000_000, "ISK"), "2 billion kronur": (2_000_000_000, "ISK")}
    # the krona and the krone are each two countries' words: the article's country decides
    assert money_by_text(amounts(pipe, "STOCKHOLM - Sweden will spend 4 billion krona on roads.")) == {"4 billion krona": (4_000_000_000, "SEK")}
    assert money_by_text(amounts(pipe, "COPENHAGEN - Denmark set aside 900 million kroner for the harbour.")) == {
        "900 million kroner": (900_000_000, "DKK")}
    found = money_by_text(amounts(pipe, "CARACAS - A bus ticket now costs 2.500 bolivars, the union said."))
    assert found == {"2.500 bolivars": (2500, "VES")}


def test_mt_thousand_millions(pipe):
    # Spanish and Portuguese "mil millones": a thousand million
    found = money_by_text(amounts(pipe, "LUANDA - The new bridge cost the state 40 mil millions of kwanzas, the minister said."))
    assert found == {"40 mil millions of kwanzas": (40_000_000_000, "AOA")}
    # no "millions" after it: "mil" is no scale
    assert money_by_text(amounts(pipe, "The mil spec radio was sold.")) == {}


def test_an_elided_sum_takes_the_currency_of_its_scaled_partner(pipe):
    text = ("AMMAN - The fund will give 20 millions of dinars to each town hit by the floods, that is about "
            "28.000 dollars, Y 3 millions to each school.")
    found = money_by_text(amounts(pipe, text))
    assert found["20 millions of dinars"] == (20_000_000, "JOD")
    assert found["3 millions"] == (3_000_000, "JOD")
    # a scale word is never the counted thing
    assert not any(u == "millions" for _, _, u, _ in amounts(pipe, "The singer has 5 millions on the radio charts, and more."))


def test_a_range_of_counts_is_its_lower_bound(pipe):
    # (the parser usually joins the two figures; where it hangs only the second on the noun, the
    # "between X and" before it still makes one count of the lower bound)
    found = _by_text(amounts(pipe, "In Karachi and Quetta, between 4,000 and 5,000 shopkeepers closed their doors on Monday to protest against taxes."))
    assert list(found.values()) == [(4000, "shopkeepers")]
    assert next(iter(found)).startswith(("between 4,000", "4,000"))
    found = _by_text(amounts(pipe, "Witnesses said between 300 and 400 nurses marched to the ministry."))
    assert list(found.values()) == [(300, "nurses")]


def test_the_whole_of_a_partitive_count_is_counted_too(pipe):
    found = _by_text(amounts(pipe, "The Liberal Party won 150 of the 338 seats in the House of Commons."))
    assert found == {"150": (150, "seats"), "338 seats": (338, "seats")}
    found = _by_text(amounts(pipe, "The Greens won 14 of 60 seats in the regional chamber."))
    assert found == {"14": (14, "seats"), "60 seats": (60, "seats")}
    found = _by_text(amounts(pipe, "The rebels now hold nine of the country's 26 provinces."))
    assert found["26 provinces"] == (26, "provinces")
    # "one of the two": a definite pair referred back to is no count
    assert _by_text(amounts(pipe, "Officials said one of the two ferries could not dock.")) == {}


def test_a_bare_casualty_word_before_a_misparsed_verb(pipe):
    # MT "the search of 12 missing continues": the parser hangs the figure on the verb, read as a noun
    found = amounts(pipe, "Rescuers pulled 7 people out alive and the search of 12 missing continues, the agency reported.")
    by = {t: (v, u, k) for t, v, u, k in found}
    assert by["12"] == (12, "people", "count")


def test_bare_seat_figures_after_a_count_of_seats(pipe):
    found = _by_text(amounts(pipe, "The ruling coalition took 310 seats, above the 276 needed, while the opposition won 180, with 45 for the Greens."))
    assert found == {"310 seats": (310, "seats"), "276": (276, "seats"), "180": (180, "seats"), "45": (45, "seats")}
    found = _by_text(amounts(pipe, "The Liberals won the vote with 88 deputies, against 81 of the Conservatives."))
    assert found == {"88 deputies": (88, "deputies"), "81": (81, "deputies")}
    # another sentence, or a year: not seats
    found = _by_text(amounts(pipe, "The party won 44 seats. Turnout fell in 12 of the regions, officials said in 2024."))
    assert found == {"44 seats": (44, "seats")}


def test_parts_of_a_casualty_count(pipe):
    found = amounts(pipe, "The storm has caused 96 people dead, among them 70 in Sindh Province and 26 in Punjab, and 310 people injured.")
    by = {t: (v, u, k) for t, v, u, k in found}
    assert by["70"] == (70, "people", "killed") and by["26"] == (26, "people", "killed")
    assert by["310 people"] == (310, "people", "injured")
    # MT "370 persons ... among them 10 for ...": a bare figure is people (the README's rule)
    found = amounts(pipe, "The police detained more than 250 persons on Sunday, among them 14 for looting shops.")
    by = {t: (v, u, k) for t, v, u, k in found}
    assert by["14"] == (14, "people", "arrested")
    # not a part of a plain count, nor across a sentence
    found = amounts(pipe, "The navy sent 600 sailors, including 90 on the islands. The flood killed 9 people. Among them 4 in the north.")
    assert {t for t, *_ in found} == {"600 sailors", "9 people"}


def test_some_of_the_dead(pipe):
    found = amounts(pipe, "The funerals were held in Santiago, where 14 of the dead lived, and in La Vega.")
    assert [(t, v, u, k) for t, v, u, k in found] == [("14 of the dead", 14, "people", "killed")]


def test_a_toll_after_a_dateline_the_parser_takes_for_the_subject(pipe):
    text = ("SAN SALVADOR, 9 Abr.- The number of dead by the collapse of the roof of the church San Juan, in the "
            "capital Salvadoran, rose this Wednesday to 61 , while the rescuers removed the last cars.")
    by = {t: (v, u, k) for t, v, u, k in amounts(pipe, text)}
    assert by["61"] == (61, "people", "killed")


def test_a_currency_after_its_own_countrys_nationality_word(pipe):
    found = money_by_text(amounts(pipe, "ABUJA - The court imposed a fine of 10 million Nigerian naira on the bank."))
    assert found == {"10 million Nigerian naira": (10_000_000, "NGN")}
    found = money_by_text(amounts(pipe, "The ministry will pay 15,000 Russian roubles a month to each family."))
    assert found == {"15,000 Russian roubles": (15_000, "RUB")}


def test_a_single_casualty_and_the_others_after_it(pipe):
    found = amounts(pipe, "A gunman opened fire at the fair, killing one vendor and critically wounding three others.")
    by = {t: (v, u, k) for t, v, u, k in found}
    assert by == {"one vendor": (1, "vendors", "killed"), "three others": (3, "people", "injured")}
    # "others" after a count of persons is people, as a bare figure is; after soldiers, soldiers
    by = {t: (v, u) for t, v, u, k in amounts(pipe, "The clashes killed eight persons and injured 19 others.")}
    assert by["19 others"] == (19, "people")
    by = {t: (v, u) for t, v, u, k in amounts(pipe, "The ambush killed 4 soldiers and wounded 9 others.")}
    assert by["9 others"] == (9, "soldiers")
    # a single thing seized or met is no count
    assert amounts(pipe, "The navy seized one vessel and met one envoy.") == []


def test_mt_scale_of_a_plural_noun(pipe):
    by = _by_text(amounts(pipe, "Some 4 million of Ecuadorians remained without water for two days."))
    assert by == {"Some 4 million of Ecuadorians": (4_000_000, "Ecuadorians")}
    by = _by_text(amounts(pipe, "The state will pay a bonus of 300 dollars to 3 million of households."))
    assert by["3 million of households"] == (3_000_000, "households")
    # a measure after it is no count
    assert _by_text(amounts(pipe, "The town lost 3 million of litres of water.")) == {}


def test_a_part_of_a_sum_with_its_scale_only(pipe):
    found = money_by_text(amounts(pipe, "The bank approved 6 billion dollars, of which 2 billion will be paid this year."))
    assert found == {"6 billion dollars": (6_000_000_000, "USD"), "2 billion": (2_000_000_000, "USD")}
    found = money_by_text(amounts(pipe, "Brussels pledged 900 million euros, including 300 million for Syria."))
    assert found["300 million"] == (300_000_000, "EUR")
    # people after a sum are no money
    found = money_by_text(amounts(pipe, "Floods caused 4 billion dollars in damage and 2 million were displaced."))
    assert found == {"4 billion dollars": (4_000_000_000, "USD")}


def test_several_hundred_is_no_hundred(pipe):
    assert _by_text(amounts(pipe, "In Lisbon, several hundred nurses marched to the ministry.")) == {}
    assert _by_text(amounts(pipe, "A few thousand farmers blocked the roads.")) == {}
    assert _by_text(amounts(pipe, "Three hundred nurses marched.")) == {"Three hundred nurses": (300, "nurses")}


def test_a_toll_that_reaches_a_figure(pipe):
    def by(text):
        return {t: (v, u, k) for t, v, u, k in amounts(pipe, text)}

    assert by("The death toll reached 214 on Friday, the ministry said.") == {"214": (214, "people", "killed")}
    assert by("The number of martyrs has exceeded 3,100 since the war began.") == {"3,100": (3100, "people", "killed")}
    assert by("The number of injured topped 450.") == {"450": (450, "people", "injured")}
    # any other subject: no casualty figure
    assert by("Exports reached 214 on Friday.") == {}


def test_people_after_a_sum_who_will_do_something_are_no_money(pipe):
    # "will"/"would" after the figure marks a part of the sum only after "of which"/"including"
    found = money_by_text(amounts(pipe, "The cyclone did 5 billion dollars of harm, and 3 million will need food aid."))
    assert found == {"5 billion dollars": (5_000_000_000, "USD")}
    found = money_by_text(amounts(pipe, "The mill got 2 billion rupees, and 1 million would be jobless without it."))
    assert "1 million" not in found
    # decoy: a part of the sum that will be paid keeps the currency
    found = money_by_text(amounts(pipe, "The board approved 8 billion euros, including 3 billion would go to rail."))
    assert found["3 billion"] == (3_000_000_000, "EUR")


def test_a_toll_that_rises_to_a_figure_reads_the_toll_as_one_that_reaches_it(pipe):
    def by(text):
        return {t: (v, u, k) for t, v, u, k in amounts(pipe, text)}

    assert by("The number of martyrs climbed to 2,450 overnight.") == {"2,450": (2450, "people", "killed")}
    assert by("The injury toll climbed to 75 overnight.") == {"75": (75, "people", "injured")}
    # decoys: the bare toll is of the dead; the injury toll reached by a figure stays injured
    assert by("The toll climbed to 75 overnight.") == {"75": (75, "people", "killed")}
    assert by("The injury toll passed 75 overnight.") == {"75": (75, "people", "injured")}


def test_a_single_casualty_takes_its_nouns_real_plural(pipe):
    def units(text):
        return {t: u for t, v, u, k in amounts(pipe, text)}

    assert units("The mob killed one thief near the market.") == {"one thief": "thieves"}
    assert units("The shelling killed one hero of the siege.") == {"one hero": "heroes"}
    # decoys: regular endings stay
    assert units("The shelling killed one fisherman.") == {"one fisherman": "fishermen"}
    assert units("The shelling killed one deputy.") == {"one deputy": "deputies"}
