"""Quote classes of the sixteenth quotes round (eleventh session: short partial quotes that no one
in the story says): a name in marks between a determiner, plain adjectives and a noun; a name in
marks that is itself the subject of the speech verb; a name that residents or voters give; and the
"what he/she called" clause of a named person.

Every sentence here is written for the test; the places, actors and quotes layers run (``code``).
"""
from __future__ import annotations

from typing import Any

import pytest

from _quotes_helpers import layers_coder
from _quotes_helpers import only_quote as _quote
from _quotes_helpers import speaker_name as _name


@pytest.fixture(scope="session")
def code(nlp: Any) -> Any:
    return layers_coder(nlp)


# -- false attributions: names and labels in marks ------------------------------------------------

def test_name_between_determiner_adjective_and_noun_is_null(code: Any) -> None:
    text = ("PERTH — The premier conceded defeat on Sunday.\n\n"
            "Premier Anna Berg called the result \"a setback\" and promised to keep working on the "
            "official \"Healthy Rivers\" targets.")
    quotes = code(text, "2024-03-05").quotes
    assert _quote(quotes, "Healthy Rivers").speaker is None
    assert _name(_quote(quotes, "a setback")) == "Anna Berg"


def test_evaluative_word_after_determiner_and_adjective_is_still_a_modifier(code: Any) -> None:
    text = ("PERTH — The premier spoke on Sunday.\n\n"
            "The opposition plans a new \"people's\" campaign, local papers reported.")
    assert _quote(code(text, "2024-03-05").quotes, "people's").speaker is None


def test_name_in_marks_that_is_the_subject_of_the_speech_verb_is_null(code: Any) -> None:
    text = ("SYDNEY — Opposition leader Mark Tolley said on Saturday that the vote was lost.\n\n"
            "Campaigners blamed the slogan for feeding confusion about a council that the 2019 "
            "\"Bondi Charter of the Coast\" had first asked for.")
    assert _quote(code(text, "2024-03-05").quotes, "Bondi Charter").speaker is None


def test_lower_case_fragment_as_subject_keeps_the_frame(code: Any) -> None:
    text = ("SYDNEY — The minister spoke on Saturday.\n\n"
            "Minister Joan Pike said the \"quiet majority\" had spoken.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "quiet majority")) == "Joan Pike"


def test_name_residents_give_is_null(code: Any) -> None:
    text = ("SINGAPORE — The conglomerate is controlled by the family of the tycoon Tan Wei, whom the "
            "Singapore people call \"Iron Man\" for his stamina.")
    assert _quote(code(text, "2024-03-05").quotes, "Iron Man").speaker is None
    text = ("LIMA — Thousands rallied on Sunday.\n\n"
            "Voters in the capital call the plan \"the big squeeze\" and want it scrapped.")
    assert _quote(code(text, "2024-03-05").quotes, "big squeeze").speaker is None


def test_a_demand_of_a_crowd_is_not_a_name(code: Any) -> None:
    text = ("LIMA — Thousands of protesters marched in the capital on Sunday.\n\n"
            "The protesters called for \"justice\" outside the court.")
    assert _quote(code(text, "2024-03-05").quotes, "justice").speaker is not None


def test_a_named_person_calling_something_keeps_the_words(code: Any) -> None:
    text = ("LIMA — Senator Rosa Quispe spoke on Sunday.\n\n"
            "Quispe called the plan \"the big squeeze\".")
    assert _name(_quote(code(text, "2024-03-05").quotes, "big squeeze")) == "Rosa Quispe"


# -- "what he called": the subject of the clause it hangs in ---------------------------------------

def test_what_he_called_is_the_named_subject_not_the_last_speaker(code: Any) -> None:
    text = ("RECIFE — The bill reached the Senate on Monday.\n\n"
            "The rapporteur, the senator Paulo Lima, already expects a defeat. \"This bill is dead,\" "
            "affirmed Lima.\n\n"
            "The president of the Chamber, Jorge Amado, defended the text as a \"shield\" against "
            "what he called \"abuses\" of the courts.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "abuses")) == "Jorge Amado"


def test_what_she_called_takes_no_man(code: Any) -> None:
    text = ("RECIFE — The bill reached the Senate on Monday.\n\n"
            "The senator Maria Costa said she would vote against it. \"It is dead,\" she said.\n\n"
            "The president of the Chamber, Jorge Amado, defended the text against what she called "
            "\"abuses\" of the courts.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "abuses")) != "Jorge Amado"


# -- machine translation's one-word "vicepresident" ------------------------------------------------

def test_one_word_vicepresident_is_a_title(code: Any) -> None:
    text = ("BRUSSELS — The Commission met on Wednesday.\n\n"
            "The vicepresident of the Commission Petra Lindqvist said that \"nobody can blackmail "
            "Europe\" and asked for calm.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "nobody can blackmail")) == "Petra Lindqvist"


# -- a named person's own stance on a quoted evaluative word ---------------------------------------

def test_named_person_promising_a_quoted_modifier_is_quoted(code: Any) -> None:
    text = ("RECIFE — The bill reached the Senate on Monday.\n\n"
            "The president of the Senate, Davi Ramos, promised a \"quick\" vote in the committee.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "quick")) == "Davi Ramos"


def test_body_promising_a_quoted_modifier_stays_null(code: Any) -> None:
    text = ("RECIFE — The bill reached the Senate on Monday.\n\n"
            "The ministry promised a \"quick\" review of the case.")
    assert _quote(code(text, "2024-03-05").quotes, "quick").speaker is None


# -- "who" hung on a thing by the parser -----------------------------------------------------------

def test_who_after_a_phrase_ending_in_a_thing_is_the_person_it_describes(code: Any) -> None:
    text = ("ANTWERP — The nationalist Jan Peeters was sworn in on Monday as prime minister.\n\n"
            "The 61-year-old, first nationalist to lead the federal government, who once described "
            "the country as the «patient of the continent», promised reforms.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "patient of the continent")) == "Jan Peeters"


def test_who_after_a_person_noun_keeps_it(code: Any) -> None:
    text = ("ANTWERP — The senator met the finance minister, Lies Claes, on Monday.\n\n"
            "The senator later met the minister of finance, who called the plan \"a disgrace\".")
    assert _name(_quote(code(text, "2024-03-05").quotes, "a disgrace")) == "Lies Claes"


# -- second tuner of the round: datelines with month first, a body glued to its title holder -----

def test_unknown_dateline_subject_names_no_club(code: Any) -> None:
    # "TURIN, June 2 (Agency) -": the parser makes the city a second subject of the verb; it names
    # no known state or body (only the "Real Turin" of a later line), so the phrase after it speaks
    text = ("TURIN, June 2 (Agency) - The Government of Italy summoned this Monday the ambassador of "
            "France, Jean Moreau, to express its \"dismay\" for the arrival of 900 migrants.\n\n"
            "The FTSE MIB closed with a rise of 0,4%, and the Real Turin prepared the last match of the league.")
    q = _quote(code(text, "2024-06-02").quotes, "dismay")
    assert q.speaker is None or "Real" not in q.speaker.name


def test_title_holder_name_is_cut_from_the_body_before_it(code: Any) -> None:
    text = ("From Geneva, the vice-president of the European Commission Petros Kalaitzis said that "
            "\"nobody can blackmail the union\" and asked the rebels to respect the truce.")
    q = _quote(code(text, "2024-03-03").quotes, "nobody can blackmail the union")
    assert _name(q) == "Petros Kalaitzis"


def test_body_prefix_len_keeps_short_and_plain_names() -> None:
    from dateline._quotes.attribution import _body_prefix_len
    org = frozenset({"commission", "post", "party"})
    assert _body_prefix_len(["European", "Commission", "Petros", "Kalaitzis"], org) == 2
    assert _body_prefix_len(["Emily", "Post"], org) == 0
    assert _body_prefix_len(["Labour", "Party"], org) == 0
