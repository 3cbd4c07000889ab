"""Times, amounts and places, tenth facts round (issue 6: the fact layers on text nobody tuned on).
One test per class of text; every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, places, times


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


# -- times ----------------------------------------------------------------------------------------
# the story date 2024-03-13 is a Wednesday


@pytest.mark.parametrize("text, written, value", [
    # a deadline is ahead of the report, whatever the tense of the order
    ("Villagers near the dam were told to leave by Thursday evening.", "Thursday evening", "2024-03-14TEV"),
    ("The army gave the rebels until noon, and ordered the camp cleared by Saturday.", "Saturday", "2024-03-16"),
    # ... but a day the text looks back from is not
    ("By Monday, the toll had risen to 40.", "Monday", "2024-03-11"),
])
def test_by_weekday_is_a_deadline(pipe, text, written, value):
    assert times(pipe, text, "2024-03-13")[written] == value


def test_a_phrasal_set_is_no_schedule(pipe):
    # "set" points ahead ("was set for Sunday"); "set aside", "set up" are acts already done
    found = times(pipe, "The provincial government set aside 50 million pesos on Friday for the victims.", "2024-03-13")
    assert found["Friday"] == "2024-03-08"
    assert times(pipe, "The vote was set for Friday.", "2024-03-13")["Friday"] == "2024-03-15"


def test_the_night_from_one_day_to_the_next(pipe):
    found = times(pipe, "Shelling continued through the night from Saturday to Sunday, residents said.", "2024-03-13")
    assert found["the night from Saturday to Sunday"] == "2024-03-09TNI"


@pytest.mark.parametrize("text, written, value", [
    ("Rescuers found the wreck on Monday, a day after the ferry sank.", "a day", "P1D"),
    ("The talks collapsed, just a week before the vote.", "a week", "P1W"),
])
def test_an_offset_with_a_is_its_duration(pipe, text, written, value):
    assert times(pipe, text, "2024-03-13")[written] == value


@pytest.mark.parametrize("text", [
    "Patrols pass twice a day after dark.",
    "The plant exports 4 billion euros a year after taxes.",
])
def test_a_rate_is_no_offset(pipe, text):
    assert not any(v == "P1D" or v == "P1Y" for v in times(pipe, text, "2024-03-13").values())


@pytest.mark.parametrize("text, written, value", [
    ("The ministry has budgeted 3 trillion rupees for the fiscal year ending March 2025.",
     "the fiscal year ending March 2025", "2025"),
    ("Revenue fell in the financial year ended 30 June 2023, the agency said.",
     "the financial year ended 30 June 2023", "2023"),
])
def test_a_fiscal_year_goes_by_the_year_it_ends(pipe, text, written, value):
    assert times(pipe, text, "2024-03-13")[written] == value


def test_a_translated_24_hour_clock(pipe):
    # French and Spanish copy translated word for word: "vers 19 heures", "a las 23 horas"
    found = times(pipe, "The eruption began Saturday towards 19 hours and the lava reached the town at 23 hours.", "2024-03-13")
    assert found["Saturday towards 19 hours"] == "2024-03-09T19:00"
    assert found["at 23 hours"] == "2024-03-09T23:00"  # on the day its sentence names (round 11)
    # durations stay durations
    found = times(pipe, "The siege lasted 19 hours; negotiators met for at least 72 hours.", "2024-03-13")
    assert "PT19H" in found.values() and "PT72H" in found.values()


# -- amounts --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("The district counts 98 dead and 217 missing.", 217),
    ("The cyclone left 30,000 homeless in the delta.", 30000),
])
def test_the_missing_and_the_homeless_are_people_counted(pipe, text, value):
    got = {v: (u, k) for _, v, u, k in amounts(pipe, text)}
    assert got[value] == ("people", "count")


def test_thousands_displaced_is_no_amount(pipe):
    # vague quantities are kept only for casualties and arrests
    assert amounts(pipe, "Thousands of displaced families drove south on Wednesday.") == []


def test_a_bare_figure_after_persons_counts_people(pipe):
    text = "The floods killed 170 persons, said the Red Cross, which counted 30,000 homeless in the valley."
    got = {v: u for _, v, u, _ in amounts(pipe, text)}
    assert got == {170: "persons", 30000: "people"}


def test_a_death_toll_revised_down(pipe):
    got = amounts(pipe, "Officials revised the death toll from the crash down to 275 on Sunday.")
    assert [(v, u, k) for _, v, u, k in got] == [(275, "people", "killed")]


@pytest.mark.parametrize("text, written, unit", [
    ("The 1.4 billion Nepalese rupee airport opened in January.", "1.4 billion Nepalese rupee", "NPR"),
    ("The 40 billion Pakistani rupee dam was approved.", "40 billion Pakistani rupee", "PKR"),
])
def test_a_currency_as_an_adjective_in_the_singular(pipe, text, written, unit):
    assert [(t, u) for t, _, u, _ in amounts(pipe, text)] == [(written, unit)]


# -- places ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("QUITO.- The government withdrew its diplomats from Mexico on Sunday.", ("Quito", "ECU")),
    ("CUERNAVACA, Morelos.- The state government declared an emergency on Tuesday.", ("Morelos", "MEX")),
])
def test_a_spanish_wire_dateline(pipe, text, want):
    assert want in {(n, c) for _, n, c in places(pipe, text)}


def test_a_division_named_by_its_word_is_of_the_dateline_country(pipe):
    # a town of that name abroad (Mustang, Oklahoma) the article never places anything in
    text = ("POKHARA, Nepal — Rescuers searched the gorge on Monday. The plane had flown from Kathmandu "
            "and was bound for Jomsom in Mustang district when it crashed.")
    got = {t: c for t, _, c in places(pipe, text)}
    assert got["Mustang"] == "NPL"


def test_an_unknown_province_is_of_the_dateline_country(pipe):
    # the actors (Beijing) are not where the province lies
    text = ("MANILA — Chinese coast guard ships blocked a supply mission on Saturday. Beijing said the boats "
            "had trespassed in Chinese waters, and China warned Manila. Beijing claims almost all of the sea; "
            "a Chinese spokesman said China would act. The reef lies off the western province of Quezalan.")
    got = {t: c for t, _, c in places(pipe, text)}
    assert got["Quezalan"] == "PHL"


def test_seats_of_power_abroad_keep_their_country(pipe):
    # a landmark the gazetteer knows is not placed in the country the story is about
    text = ("BEIRUT — A ceasefire took hold on Wednesday. U.S. President Joe Biden, speaking in the Rose Garden, "
            "called it good news, and Brazil's president spoke from the Planalto Palace.")
    got = {n: c for _, n, c in places(pipe, text)}
    assert got["Rose Garden"] == "USA" and got["Planalto Palace"] == "BRA"


@pytest.mark.parametrize("text, value", [
    # the story date 2024-05-16 is a Thursday
    ("Police deployed 300 extra officers in the capital ahead of the weekend.", "2024-W20-WE"),
    ("About 180,000 people spent the weekend on rooftops.", "2024-W19-WE"),
])
def test_the_weekend_after_more_words(pipe, text, value):
    assert times(pipe, text, "2024-05-16")["the weekend"] == value


@pytest.mark.parametrize("text, written, value", [
    # the story date 2024-03-12 is a Tuesday: a forecast's day is ahead
    ("More storms are likely on Friday, forecasters warned.", "Friday", "2024-03-15"),
    ("Snow is possible on Sunday in the hills.", "Sunday", "2024-03-17"),
    # ... a past "be" is not a forecast
    ("The road was closed on Friday.", "Friday", "2024-03-08"),
])
def test_a_forecast_weekday_is_ahead(pipe, text, written, value):
    assert times(pipe, text, "2024-03-12")[written] == value


def test_a_range_of_two_written_sums(pipe):
    got = amounts(pipe, "The government put the cost of rebuilding at between $2bn and $3bn.")
    assert [(t, v, u) for t, v, u, _ in got] == [("between $2bn and $3bn", 2_000_000_000, "USD")]
    # a change from one sum to another is two sums
    got = amounts(pipe, "The fund grew from €5m to €8m.")
    assert [v for _, v, _, _ in got] == [5_000_000, 8_000_000]


@pytest.mark.parametrize("text, written, value", [
    ("Clashes around the temple lasted a week.", "a week", "P1W"),
    ("Repairs could take weeks, officials said.", "weeks", None),
    ("The cyclone struck in the night of Thursday for Friday.", "the night of Thursday for Friday", "2019-03-14TNI"),
])
def test_spells_and_translated_nights(pipe, text, written, value):
    found = times(pipe, text, "2019-03-20")
    assert written in found and found[written] == value


@pytest.mark.parametrize("text, written, value", [
    # the story date 2022-11-22 is a Tuesday: what a clause happens "ahead of" is to come
    ("Security was tightened ahead of Sunday's election.", "Sunday", "2022-11-27"),
    ("The team trained ahead of its opener against Brazil on Thursday.", "Thursday", "2022-11-24"),
    # ... not a day of the clause itself after a break
    ("Ahead of the talks, the envoy met rebels on Sunday.", "Sunday", "2022-11-20"),
])
def test_ahead_of_a_day(pipe, text, written, value):
    assert times(pipe, text, "2022-11-22")[written] == value


def test_since_a_weekday_looks_back(pipe):
    found = times(pipe, "The school year, suspended since Monday, will not resume before June.", "2024-03-12")
    assert found["Monday"] == "2024-03-11"


def test_the_french_abbreviation_of_dr_congo_in_a_dateline(pipe):
    got = places(pipe, "GOMA (RDC) - Lava reached the outskirts of the city on Sunday.")
    assert ("RDC", "Democratic Republic of the Congo", "COD") in got


def test_an_age_written_of_n_years(pipe):
    # translated copy writes ages "a girl of seven years"; a period of seven years is a duration
    assert times(pipe, "A girl of seven years was injured in the Negev.", "2024-04-14") == {}
    assert times(pipe, "The talks ended after a period of seven years.", "2024-04-14")["seven years"] == "P7Y"
