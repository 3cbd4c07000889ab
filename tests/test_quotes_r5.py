"""Quote classes found on tests/gold/dev10_quotes.jsonl (one test per class of fix).

Every sentence here is written for the test. The quotes layer runs alone (no actors layer) unless a
test needs the knowledge base, which then runs the whole pipeline (``dateline.code``).
"""
from __future__ import annotations

from typing import Any

import pytest

import dateline
from _quotes_helpers import Runner, quotes_runner
from _quotes_helpers import only_quote as _quote
from _quotes_helpers import speaker_name as _name


@pytest.fixture(scope="session")
def run(nlp: Any) -> Runner:
    return quotes_runner(nlp, check_spans=True)


# -- full names the recogniser missed: a title or a person noun introduces them ------------------

def test_surname_after_appositive_name_gets_the_full_name(run: Runner) -> None:
    text = ("The governor's nephew, Tendai Rufaro Moyo, said the family would stay. "
            "\"We have nothing to hide,\" Moyo told the radio.")
    assert _name(_quote(run(text), "nothing to hide")) == "Tendai Rufaro Moyo"


def test_surname_first_name_after_a_title_gets_the_full_name(run: Runner) -> None:
    text = ("Assembly Speaker Baek Do-hyun adjourned the session after midnight.\n\n"
            "\"The chamber will sit again at dawn,\" Baek told reporters.")
    assert _name(_quote(run(text), "sit again at dawn")) == "Baek Do-hyun"


def test_hyphenated_name_keeps_its_hyphens_and_drops_its_title(run: Runner) -> None:
    text = ("\"The barracks are calm and the roads are open,\" said General Adu-Boa-Tey, the army "
            "chief, on state radio.")
    assert _name(_quote(run(text), "barracks are calm")) == "Adu-Boa-Tey"


# -- a noun phrase the parser ran over a paragraph break -------------------------------------------

def test_speaker_never_runs_over_a_paragraph_break(run: Runner) -> None:
    text = ("The opposition leader asked supporters to come out, she wrote on X.\n\n"
            "Senate Speaker Lim Ha-neul opened the debate. \"Nobody is above the law,\" Lim told "
            "reporters.")
    q = _quote(run(text), "Nobody is above the law")
    assert _name(q) == "Lim Ha-neul"
    assert q.speaker is not None and "\n" not in (q.speaker.text or "")


# -- an unnamed source with a nationality speaks for that state --------------------------------------

def test_demonym_source_is_its_state() -> None:
    art = dateline.code("LIMA - Floods cut the coastal highway on Monday. A Peruvian police source told "
                        "the agency that 'the convoys cannot pass before Thursday' because two bridges fell.",
                        date="2023-03-14")
    q = _quote(art.quotes, "convoys cannot pass")
    assert q.speaker is not None and q.speaker.country == "PER"


# -- names and labels in marks that no one is quoted as saying ---------------------------------------

def test_so_called_label_has_no_speaker_even_under_a_speech_verb(run: Runner) -> None:
    text = "BAKU - The envoys of the so-called «Free Republic of Ostland» did not comment the ruling."
    assert _quote(run(text), "Free Republic of Ostland").speaker is None


def test_name_in_apposition_to_a_common_noun_has_no_speaker(run: Runner) -> None:
    text = ("Power returned to the port on Friday, according to the ministry of energy, a week after "
            "the cyclone 'Freddy' flattened the coast.")
    assert _quote(run(text), "Freddy").speaker is None


def test_thing_dubbed_a_label_is_not_a_speaker(run: Runner) -> None:
    text = "The standoff, swiftly dubbed the \"bridge siege,\" closed the border for a week."
    assert _quote(run(text), "bridge siege").speaker is None


def test_person_who_dubs_keeps_the_label(run: Runner) -> None:
    text = "Senator Mara Quell dubbed the budget \"a blank cheque for the generals\" on Tuesday."
    assert _name(_quote(run(text), "blank cheque")) == "Mara Quell"


# -- a crowd speaks for the population of the place it is in -------------------------------------------

def test_counted_crowd_is_the_population_of_its_place() -> None:
    art = dateline.code("MAPUTO - Prices of bread doubled this month. In Beira, hundreds of persons gathered "
                        "before the port on Sunday, shouting «Give us the bread!» and blocking the road.",
                        date="2024-02-12")
    q = _quote(art.quotes, "Give us the bread")
    assert q.speaker is not None and q.speaker.country == "MOZ"


# -- a nominal speaker after a quotation that ran over paragraphs --------------------------------------

def test_nominal_speaker_counts_paragraphs_from_where_the_quotation_began(run: Runner) -> None:
    text = ("The consul, Marta Ilves, who was hurt in the raid, spoke to the radio.\n\n"
            "\"They broke the door and took the files. It was madness.\n\n"
            "\"Nobody protected us\", said the diplomat.")
    assert _name(_quote(run(text), "They broke the door")) == "Marta Ilves"


# -- a role speaker: the subject of its own paragraph before the last quoted speaker ----------------------

def test_role_speaker_is_the_subject_named_in_its_paragraph(run: Runner) -> None:
    text = ("The runner-up Tomas Vell spoke to supporters by video. He said: \"We will take this to the "
            "courts.\"\n\n"
            "The winner Ana Drezga appealed to the calm. “I will govern for everyone”, declared the "
            "future head of State in the capital.")
    assert _name(_quote(run(text), "govern for everyone")) == "Ana Drezga"


# -- documents and their issuers ----------------------------------------------------------------------

def test_impersonal_passive_said_in_the_statement_is_its_issuer(run: Runner) -> None:
    text = ("CHISINAU - The government of Moldova distributed a statement on Monday evening. «The border "
            "crossings remain open for all the citizens», it is said in the statement.")
    q = _quote(run(text), "border crossings remain open")
    assert q.speaker is not None and "Moldova" in q.speaker.name


def test_ministry_of_a_named_state_is_that_state_not_a_namesake() -> None:
    art = dateline.code("YEREVAN - The Ministry of Defence of Armenia issued a statement on Tuesday. «Our "
                        "positions on the border were not attacked during the night», the statement said.",
                        date="2023-09-19")
    q = _quote(art.quotes, "positions on the border")
    assert q.speaker is not None and q.speaker.country == "ARM"


# -- nicknames and names of things inside a title ---------------------------------------------------------

def test_nickname_after_a_persons_name_has_no_speaker(run: Runner) -> None:
    text = ("PORT-AU-PRINCE - The leader of the gang, Johnny Pierrevil called « Lapli », had promised a "
            "« long night » to the police.")
    assert _quote(run(text), "Lapli").speaker is None


def test_title_holder_is_the_name_after_the_comma_not_the_named_group(run: Runner) -> None:
    text = ("The chief of the militia alliance Sabre Noir, Marcel Dorvil, had threatened the capital "
            "with a « total war » on Friday.")
    assert "Dorvil" in (_name(_quote(run(text), "total war")) or "")


# -- speech acts besides saying ------------------------------------------------------------------------------

def test_invitation_is_the_inviters_speech_act(run: Runner) -> None:
    text = ("The interior minister, Rui Mabote, warned that troops could be deployed, while the outgoing "
            "president Carlos Tembe invited the parties to a dialogue \"without conditions\".")
    assert "Tembe" in (_name(_quote(run(text), "without conditions")) or "")


def test_observer_detecting_frames_the_finding(run: Runner) -> None:
    text = "The observer mission of the European Union detected “grave irregularities” in the count."
    q = _quote(run(text), "grave irregularities")
    assert q.speaker is not None and "European Union" in q.speaker.name


def test_speech_act_to_come_in_a_reported_clause_leaves_the_reporter_speaking(run: Runner) -> None:
    text = ("Senator Ilse Varga said on Monday the committee would propose \"a complete overhaul\" of the "
            "rules before the summer.")
    assert _name(_quote(run(text), "complete overhaul")) == "Ilse Varga"


# -- unnamed officials and domestic bodies speak for the article's home country ---------------------------

HOME = ("HANOI - Vietnam's prime minister Pham Minh Chinh opened the new rail line on Monday. Vietnam "
        "and its neighbours have spent years on the link, and Vietnamese crews finished it early. "
        "Hanoi will extend it south next year. \"The second section will open before the rainy season,\" "
        "a senior government official told reporters. A diplomatic source said the loans were "
        "\"very generous\".")


def test_unnamed_official_speaks_for_the_home_country() -> None:
    art = dateline.code(HOME, date="2024-03-04")
    q = _quote(art.quotes, "second section will open")
    assert q.speaker is not None and q.speaker.country == "VNM"


def test_unnamed_source_is_not_given_the_home_country() -> None:
    art = dateline.code(HOME, date="2024-03-04")
    q = _quote(art.quotes, "very generous")
    assert q.speaker is None or q.speaker.country is None


def test_entity_run_over_a_paragraph_break_does_not_make_a_speaker(run: Runner) -> None:
    text = ("The minister posted the video on X.\n\n"
            "Analysts warned of a \"slow-motion crisis\" in the region.")
    assert _quote(run(text), "slow-motion crisis").speaker is None


def test_nickname_participle_after_a_name_and_comma_has_no_speaker(run: Runner) -> None:
    text = ("The opposition leader Carla Mendez Ruiz, called «the Iron Lady» by her followers, wrote in her "
            "account of X that the vote was stolen.")
    assert _quote(run(text), "Iron Lady").speaker is None
