"""Quote classes of the thirteenth quotes round (issue 5: speaker RESOLUTION on unseen text — the
right words chosen, resolved to the right person: pronouns between people of both genders, bare
titles and descriptions, agreement of a description's nationality).

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


# -- a pronoun between a man and a woman named in one sentence -------------------------------------

def test_she_after_a_man_and_a_woman_is_the_woman(code: Any) -> None:
    text = ("MADRID — The budget fell in the Congress on Tuesday.\n\n"
            "Ricardo Ferreira, of the Greens, said the vote was a warning, and the mayor of Toledo, "
            "Lucía Bermejo, called the result \"predictable\". \"The country needs a plan,\" she added.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "needs a plan")) == "Lucía Bermejo"


def test_he_after_a_woman_and_a_man_is_the_man(code: Any) -> None:
    text = ("LIMA — The cabinet met on Monday.\n\n"
            "Carolina Vidal, of the left bench, criticised the minister, and the senator for Cusco, "
            "Tomás Quispe, called the meeting \"useless\". \"Nobody listens to the regions,\" he added.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "Nobody listens")) == "Tomás Quispe"


def test_pronoun_inside_a_quotation_does_not_fix_the_speakers_gender(code: Any) -> None:
    # "him" inside the quotation is someone else; the woman who speaks it is still "she"
    text = ("QUITO — The interior minister resigned on Friday after a week of protests.\n\n"
            "The deputy Elena Paredes, of the opposition bench, asked the president to explain. "
            "\"The whole government is falling with him\", she declared to the press.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "falling with him")) == "Elena Paredes"


# -- a description with a nationality never goes to a person of another country --------------------

def test_national_description_skips_the_foreign_speaker_named_last(code: Any) -> None:
    text = ("DAKAR, 3 June - The writer Pierre Lambert opened on Monday a debate with students at the "
            "University of Dakar.\n\n"
            "Prime Minister Ousmane Sonko spoke first. « We want partners, not masters » , he said. "
            "« Europe must listen to Africa » , added the former French presidential candidate.")
    assert _name(_quote(code(text, "2024-06-03").quotes, "Europe must listen")) == "Pierre Lambert"



# -- a role the name's own verb gives it -------------------------------------------------------------

def test_role_given_by_as_introduces_the_description(code: Any) -> None:
    text = ("CANBERRA — Peter Hollis was removed as speaker of the House on Tuesday after a motion filed by "
            "the independent Ruth Gale.\n\n"
            "\"This chamber deserves better,\" Gale said.\n\n"
            "The former speaker said his rival had acted \"to win headlines, not votes.\"")
    assert _name(_quote(code(text, "2024-03-05").quotes, "to win headlines")) == "Peter Hollis"


# -- a surname after a full name the recogniser did not tag ------------------------------------------

def test_surname_takes_the_full_name_written_with_its_particle(code: Any) -> None:
    text = ("THE HAGUE — The coalition fell on Tuesday.\n\n"
            "Farmer-citizen leader Caroline van der Berg said the vote was \"a disgrace\". "
            "\"We will campaign from tomorrow,\" said van der Berg.")
    q = _quote(code(text, "2024-03-05").quotes, "a disgrace")
    assert _name(q) == "Caroline van der Berg"


# -- a description with this paragraph's own subject's words -----------------------------------------

def test_description_is_the_paragraph_subject_with_its_words(code: Any) -> None:
    text = ("OSLO — The minority government fell on Thursday.\n\n"
            "Centre leader Ingrid Solberg said her party had done its best. \"We tried everything,\" she said.\n\n"
            "Henrik Dahl, who heads the opposition Labour bloc, said an election should come quickly. "
            "\"The voters must speak now,\" the opposition leader said.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "voters must speak")) == "Henrik Dahl"


# -- a relative of someone unnamed is no named person -------------------------------------------------

def test_relative_of_an_unnamed_person_is_not_the_leader_named_before(code: Any) -> None:
    text = ("MANILA — President Ramon Dizon did not comment on the sinking.\n\n"
            "The families of the crew said they would refuse the compensation. \"We want the truth,\" "
            "the sister of one sailor told reporters in the port.")
    q = _quote(code(text, "2024-03-05").quotes, "want the truth")
    assert _name(q) != "Ramon Dizon"


# -- "as" gives a role only after a verb that gives one, and only when the role opens its words ------

@pytest.mark.parametrize("clause", ["is regarded as a challenger to the president",
                                    "was hired as an aide to the president",
                                    "was described as close to the president"])
def test_as_phrase_naming_a_role_in_passing_introduces_no_one(code: Any, clause: str) -> None:
    text = (f"ACCRA — Laura Pinheiro {clause} in Tuesday's primary.\n\n"
            "Lawmakers met again in the afternoon.\n\n\"There will be no new tolls,\" the president said.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "no new tolls")) != "Laura Pinheiro"


def test_role_given_by_elected_as_still_introduces_the_description(code: Any) -> None:
    # decoy: "elected as the president" gives the role itself
    text = ("ACCRA — Laura Pinheiro was elected as the president of the republic on Tuesday.\n\n"
            "Lawmakers met again in the afternoon.\n\n\"There will be no new tolls,\" the president said.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "no new tolls")) == "Laura Pinheiro"


# -- a bare description sees the actors layer's named subject when the recogniser tagged no person ----

def test_nominal_referent_sees_an_untagged_named_subject(code: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline._quotes.attribution import Attributor
    seen: list[str | None] = []
    orig = Attributor.nominal_referent

    def spy(self: Attributor, h: Any, core: Any) -> Any:
        out = orig(self, h, core)
        if h.lower_ == "politician":
            seen.append(out.name if out is not None else None)
        return out

    monkeypatch.setattr(Attributor, "nominal_referent", spy)
    # the recogniser reads "Pistorius, 64," as an organisation: the actors layer's subject is the only person
    text = ("BERLIN — The coalition met on Sunday.\n\nPistorius, 64, stayed at home. "
            "\"We will not resign,\" the politician said.")
    _quote(code(text, "2024-03-05").quotes, "not resign")
    assert seen and seen[-1] == "Boris Pistorius"
