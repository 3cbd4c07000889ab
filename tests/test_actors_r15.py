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
    assert countries(actors, "Mari Kask") <= {None}


# -- 2. another state acting on the person is no clue to the person's country ---------------------

VENEZUELA = ("CARACAS — Venezuela's electoral council declared the incumbent the winner of Sunday's vote. "
             "Venezuelan troops patrolled Caracas, and Venezuela's attorney general opened an inquiry "
             "into the opposition. ")


def test_person_another_state_recognises_is_home(pipe: Pipeline) -> None:
    actors, _ = code(pipe, VENEZUELA + "Chile recognised opposition candidate Ramiro Velasco as the "
                     "winner.", "2024-07-30")
    assert countries(actors, "Ramiro Velasco") == {"VEN"}
