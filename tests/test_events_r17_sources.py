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
    # decoys: "the organisations" (no qualifier; "several" would be refused before the qualifier is
    # asked), "a party" say nothing of whose they are
    art = coded(pipe, HOME + "The organisations demanded the release of the detained students.")
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


def test_party_named_after_its_kind_noun_is_of_the_place_and_named_in_full(pipe: Pipeline) -> None:
    # "party" is a qualified agent noun ("the opposition party"); named after it, it is a body too
    art = coded(pipe, HOME2 + "The party New Horizons threatened new marches against the tax.")
    assert ("ZMB",) in sources_of(art, "THREATEN")
    # the actor is the phrase from the kind noun to the end of the name, not one word of it
    art = coded(pipe, HOME2 + "The platform Citizens Together threatened new marches against the tax.")
    assert {a.text for e in art.events if e.type == "THREATEN" for a in e.sources} == {"platform Citizens Together"}


def test_acronym_after_a_kind_noun_is_no_body_of_the_place(pipe: Pipeline) -> None:
    # decoy: a name all in capitals is mostly an international body the KB lacks
    art = coded(pipe, HOME2 + "The federation FIFA threatened to suspend the national football association.")
    assert ("ZMB",) not in sources_of(art, "THREATEN")


def test_kind_words_before_a_company_or_a_lobby_do_not_point_back(pipe: Pipeline) -> None:
    # decoys: "group" with kind words, a name or a clause after the noun: a firm or a lobby
    art = coded(pipe, "NATO ministers met in Brussels on Monday. The defence group Rheinmetall said it would "
                      "open a plant in Lithuania.")
    assert "NATO" not in named(art, "defence group")
    art = coded(pipe, "ECOWAS suspended Guinea on Friday. The security group Wagner sent more fighters to Mali.")
    assert "ECOWAS" not in named(art, "security group")
    art = coded(pipe, "Mercosur and the European Union signed a trade deal. The trade group representing Irish "
                      "beef farmers criticised it.")
    assert "European Union" not in named(art, "trade group")
    art = coded(pipe, "ECOWAS leaders met in Accra. The 15-nation body demanded the release of the president.")
    assert named(art, "The 15-nation body") == ["ECOWAS"]


def test_international_organisations_are_no_body_of_the_place(pipe: Pipeline) -> None:
    # an organisation from outside the place, though qualified ("humanitarian")
    art = coded(pipe, HOME2 + "International humanitarian organisations warned of famine and demanded more food aid.")
    assert ("ZMB",) not in sources_of(art, "REQUEST")


def test_deputies_are_lawmakers_only_when_no_one_else_owns_them(pipe: Pipeline) -> None:
    art = coded(pipe, HOME2 + "Opposition deputies rejected the new tax on Monday.")
    assert ("ZMB",) in sources_of(art, "REJECT")
    # decoys: a sheriff's or a county's deputies are police; a bare singular "deputy" is someone's deputy
    art = coded(pipe, HOME2 + "Sheriff's deputies arrested two protesters outside the tax office.")
    assert ("ZMB",) not in sources_of(art, "COERCE")
    art = coded(pipe, HOME2 + "County deputies arrested two protesters.")
    assert ("ZMB",) not in sources_of(art, "COERCE")
    art = coded(pipe, HOME2 + "The deputy rejected the tax on Tuesday.")
    assert ("ZMB",) not in sources_of(art, "REJECT")


def test_more_names_and_members_of_the_new_organisations() -> None:
    from dateline._actors import load_kb

    kb = load_kb()
    assert set(kb.ids_for("LAIA")) == {"dl:aladi"} and set(kb.ids_for("IACtHR")) == {"dl:iacthr"}
    assert set(kb.ids_for("EEU")) == {"dl:eaeu"}
    assert kb.members_of("dl:visegrad", "2024-01-01") == ["CZE", "HUN", "POL", "SVK"]
    assert kb.members_of("dl:visegrad", "1992-01-01") == ["HUN", "POL"]  # before Czechoslovakia split
    assert "KAZ" in kb.members_of("dl:eaeu", "2024-01-01")
