"""Fifteenth actors round (own sentences): a person the KB does not know, named in an article
about one country, is that country's even when what they say names another country or another
country acts on them; the home country as the text's own mentions tell it when the context
step's fills leave it unclear."""

from __future__ import annotations

import pytest

from dateline._pipeline import Pipeline, Settings

from test_actors import code


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:
    return Pipeline(Settings(layers=("actors",)), nlp=nlp)


def countries(actors, text: str) -> set[str | None]:
    return {a.country for a in actors if text in (a.text or "")}


# -- 1. a person the KB does not know, in an article about one country --------------------------

ESTONIA = ("TALLINN — Estonia said on Monday it would close two more crossings on its eastern border. "
           "Estonian police reported a rise in attempted crossings, and Estonian lawmakers debated new "
           "rules. Prime Minister Kristen Michal called the measure temporary, and Estonia's president "
           "backed it. ")


def test_unknown_person_speaking_about_another_country_is_home(pipe: Pipeline) -> None:
    # what the person says names Russia: no clue to the speaker
    actors, _ = code(pipe, ESTONIA + "Mari Kask said Russia was pushing migrants to the border.", "2025-01-13")
    assert countries(actors, "Mari Kask") == {"EST"}


def test_unknown_person_another_state_acts_on_is_home(pipe: Pipeline) -> None:
    # the state that praises her is another party of the verb, not her own
    actors, _ = code(pipe, ESTONIA + "Finland praised Mari Kask for her work at the border.", "2025-01-13")
    assert countries(actors, "Mari Kask") == {"EST"}


def test_unknown_person_with_a_title_of_no_state_body_is_home(pipe: Pipeline) -> None:
    actors, _ = code(pipe, ESTONIA + "Activist Mari Kask said the crossings would stay closed.", "2025-01-13")
    assert countries(actors, "Mari Kask") == {"EST"}


def test_unknown_person_in_a_sentence_about_another_country_stays_unknown(pipe: Pipeline) -> None:
    # another country outside what she says and outside her verb's other parties: no country
    actors, _ = code(pipe, ESTONIA + "Mari Kask, who grew up in Latvia, said the crossings would stay closed.",
                     "2025-01-13")
    assert countries(actors, "Mari Kask") == {None}  # found, and of no country


# -- 2. another state acting on the person is no clue to the person's country ---------------------

VENEZUELA = ("CARACAS — Venezuela's electoral council declared the incumbent the winner of Sunday's vote. "
             "Venezuelan troops patrolled Caracas, and Venezuela's attorney general opened an inquiry "
             "into the opposition. ")


def test_person_another_state_recognises_is_home(pipe: Pipeline) -> None:
    actors, _ = code(pipe, VENEZUELA + "Chile recognised opposition candidate Ramiro Velasco as the "
                     "winner.", "2024-07-30")
    assert countries(actors, "Ramiro Velasco") == {"VEN"}


# -- 3. names: a generational suffix, an Arabic name cut to the father's name, repeats -------------


def test_surname_of_a_name_with_a_suffix(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "MANILA — President Ferdinand Marcos Jr. visited the troops on Monday. Marcos said "
                     "the country would defend its waters.", "2024-05-01")
    assert {a.id for a in actors if a.text == "Marcos"} == {"Q983324"}


def test_arabic_name_cut_to_the_fathers_name(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "The crown prince met envoys. Sheikh Mishal al-Ahmad later dissolved parliament.",
                     "2024-05-10")
    assert {a.id for a in actors if "Mishal" in (a.text or "")} == {"Q12243161"}


def test_unknown_person_keeps_the_country_of_their_titled_mention(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "China Coast Guard spokesperson Liu Dejun said on Tuesday the boats had intruded. "
                     "Liu Dejun said the Philippines must stop its provocations.", "2024-05-01")
    assert countries(actors, "Liu Dejun") == {"CHN"}


# -- 4. "the prime minister", "the president" after two or more people ---------------------------


def test_the_prime_minister_is_the_one_named_most(pipe: Pipeline) -> None:
    text = ("Prime Minister Robert Fico was shot on Wednesday. Fico underwent surgery, and doctors said Fico "
            "was stable. Hungarian Prime Minister Viktor Orban condemned the attack. The prime minister "
            "remains in hospital.")
    actors, _ = code(pipe, text, "2024-05-16")
    assert {a.id for a in actors if a.text == "The prime minister"} == {"Q57606"}


def test_the_president_is_no_person_whose_aside_names_the_president(pipe: Pipeline) -> None:
    text = ("DAKAR — The Constitutional Council annulled the law, a blow to head of state Macky Sall. The "
            "opposition candidate Khalifa Sall, without relation with the president, saluted the judges.")
    actors, _ = code(pipe, text, "2024-02-16")
    assert {a.name for a in actors if a.text == "the president"} == {"Macky Sall"}


# -- 5. an office many states have names no country of its spokesman ------------------------------


def test_spokesman_of_a_shared_office_takes_the_home_country(pipe: Pipeline) -> None:
    text = ("MAPUTO — Insurgents attacked the town of Macomia on Friday. Mozambique's army said it had repelled "
            "them, and Mozambican police reported calm. Mozambique's president visited the area, and the "
            "Mozambican government promised aid. \"The terrorists attacked on three fronts,\" said the "
            "spokesman of the Ministry of Defence, Omar Matola.")
    actors, _ = code(pipe, text, "2024-05-10")
    assert "GBR" not in {a.country for a in actors}
    assert countries(actors, "Omar Matola") == {"MOZ"}


# -- 6. armed groups and movements of the 2020s the KB lacked --------------------------------------


@pytest.mark.parametrize("text,name,country", [
    ("Fighters of Saraya al-Salam clashed with rival militiamen in Basra overnight.", "Saraya al-Salam", "IRQ"),
    ("Jaish al-Adl claimed responsibility for the attack on the border post.", "Jaish al-Adl", "PAK"),
    ("The Oromo Liberation Army denied killing the villagers.", "Oromo Liberation Army", "ETH"),
    ("The Ta'ang National Liberation Army said it had seized the town.", "Ta'ang National Liberation Army", "MMR"),
])
def test_armed_group_of_the_2020s_is_known(pipe: Pipeline, text: str, name: str, country: str) -> None:
    actors, _ = code(pipe, text, "2024-06-01")
    assert {(a.name, a.country) for a in actors if a.kind == "group"} >= {(name, country)}
