"""Events sources (round r17, ev_sources, twelfth session): actors the coder dropped candidates for.

* regional organisations and courts the KB lacked ("the Andean Community", "the Pacific Islands
  Forum", "the Inter-American Court of Human Rights"): named, they are IGOs, and their acts have a
  source;
* a body noun pointing back to a named organisation when the tagger calls the lower-case noun a name
  ("the bloc" tagged PROPN) or words that only say what kind of body it is stand before it ("the
  regional bloc", "the 27-member bloc", "the regional organisation"); not "the opposition alliance"
  or "the ruling coalition" (someone else's body).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from dateline._pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:
    return Pipeline(Settings(), nlp=nlp)


def coded(pipe: Pipeline, text: str, date: str = "2024-05-01"):
    return pipe.code(text, date=date)


def named(art, text: str) -> list[str]:
    return [a.name for a in art.actors if text in (a.text or "")]


def events(art) -> set[tuple[str, tuple[str, ...]]]:
    return {(e.type, tuple(sorted(a.name for a in e.sources))) for e in art.events}


# -- 1. regional organisations the KB lacked --------------------------------------------------

def test_regional_organisations_are_igos(pipe: Pipeline) -> None:
    art = coded(pipe, "The Andean Community asked Quito and Bogota to resume their dialogue on Monday.")
    assert named(art, "Andean Community") == ["Andean Community"]
    assert ("REQUEST", ("Andean Community",)) in events(art)
    art = coded(pipe, "Leaders of the Pacific Islands Forum met in Suva, and the Inter-American Court of Human "
                      "Rights ordered Lima to pay damages.")
    assert "Pacific Islands Forum" in named(art, "Pacific Islands Forum")
    assert [a.kind for a in art.actors if a.name == "Inter-American Court of Human Rights"] == ["igo"]


def test_court_of_an_organisation_counts_for_it(pipe: Pipeline) -> None:
    from dateline._actors import load_kb

    kb = load_kb()
    assert "dl:iacthr" in set(kb.ids_for("Organization of American States"))
    assert set(kb.ids_for("Inter-American Court of Human Rights")) == {"dl:iacthr"}


# -- 2. "the bloc", "the regional organisation" ------------------------------------------------

def test_lower_case_bloc_tagged_as_a_name_points_back(pipe: Pipeline) -> None:
    art = coded(pipe, "Beijing raised duties on French brandy from the European Union on Friday, days after "
                      "the bloc voted to impose tariffs on Chinese-made electric cars.")
    assert named(art, "the bloc") == ["European Union"]


def test_kind_words_before_a_body_noun_still_point_back(pipe: Pipeline) -> None:
    art = coded(pipe, "ECOWAS leaders met in Abuja on Sunday. The regional organisation gave the junta one week "
                      "to restore the elected president.")
    assert named(art, "The regional organisation") == ["ECOWAS"]
    art = coded(pipe, "The European Union summoned the Iranian envoy. The 27-member bloc also froze the assets "
                      "of two banks.")
    assert named(art, "The 27-member bloc") == ["European Union"]
    art = coded(pipe, "NATO foreign ministers met in Brussels. The Western alliance agreed to send more air "
                      "defence systems.")
    assert named(art, "The Western alliance") == ["NATO"]


def test_a_body_of_someone_else_does_not_point_back(pipe: Pipeline) -> None:
    # decoys: whose body it is, not what kind ("opposition", "ruling"): no IGO named before
    art = coded(pipe, "The European Union urged calm in Nairobi. The opposition alliance said it would march "
                      "on parliament, and the ruling coalition rejected the call.")
    assert "European Union" not in named(art, "opposition alliance")
    assert "European Union" not in named(art, "ruling coalition")


# -- 3. bodies of the home country the agents list lacked ----------------------------------------

HOME = ("LUSAKA - Zambia raised fuel taxes on Monday. Zambia's economy is weak, and Zambia's budget is short. "
        "The tax is the third in Zambia this year, the Zambian finance ministry said. ")


def sources_of(art, type_: str) -> list[tuple[str, ...]]:
    return [tuple(sorted(a.country or a.name for a in e.sources)) for e in art.events if e.type == type_]


def test_lawmakers_kidnappers_rights_groups_and_parties_of_the_place(pipe: Pipeline) -> None:
    art = coded(pipe, HOME + "Opposition congressmen accused the finance minister of hiding the debt.")
    assert ("ZMB",) in sources_of(art, "ACCUSE")
    art = coded(pipe, HOME + "The kidnappers released 40 hostages near the border on Sunday.")
    assert ("ZMB",) in sources_of(art, "RETREAT")
    art = coded(pipe, HOME + "Human rights organisations demanded the release of the detained students.")
    assert ("ZMB",) in sources_of(art, "REQUEST")
    art = coded(pipe, HOME + "The main opposition party accused the government of rigging the tax vote.")
    assert ("ZMB",) in sources_of(art, "ACCUSE")


def test_unqualified_organisations_and_parties_are_no_body_of_the_place(pipe: Pipeline) -> None:
    # decoys: "several organisations", "a party" say nothing of whose they are
    art = coded(pipe, HOME + "Several organisations demanded the release of the detained students.")
    assert ("ZMB",) not in sources_of(art, "REQUEST")
    art = coded(pipe, HOME + "A party accused the government of rigging the tax vote.")
    assert ("ZMB",) not in sources_of(art, "ACCUSE")


# -- 4. a body named after the lower-case noun of its kind ---------------------------------------

# a story about Zambia (the home country the article-level rules give a body of no country)
HOME2 = ("LUSAKA - Zambia raised fuel taxes on Monday. Zambia's economy is weak, and Zambia's budget is short. "
         "The tax is the third in Zambia this year, and Zambia's debt keeps growing, Zambia's finance ministry "
         "said. Zambia's president defended it. ")


def test_body_named_after_its_kind_noun_is_of_the_place(pipe: Pipeline) -> None:
    art = coded(pipe, HOME2 + "The platform Citizens Together threatened new marches against the tax.")
    assert ("ZMB",) in sources_of(art, "THREATEN")
    art = coded(pipe, HOME2 + "The collective Fair Tax Now rejected the new tax on Monday.")
    assert ("ZMB",) in sources_of(art, "REJECT")


def test_kind_noun_without_a_name_or_a_lower_case_phrase_is_no_body(pipe: Pipeline) -> None:
    # decoys: no proper name after the kind noun
    art = coded(pipe, HOME2 + "The platform threatened new marches against the tax.")
    assert ("ZMB",) not in sources_of(art, "THREATEN")
    art = coded(pipe, HOME2 + "The coalition leadership threatened new marches against the tax.")
    assert ("ZMB",) not in sources_of(art, "THREATEN")
