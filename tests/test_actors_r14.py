"""Fourteenth actors round (own sentences): "the two countries", "both governments" as the
article's main parties; object pronouns of a verb conjoined to one with an object ("X called Y
and urged him"); bare armies and governments owned by "whose" or reported by their own leader."""

from __future__ import annotations

import pytest

from dateline._pipeline import Pipeline, Settings

from test_actors import code


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:
    return Pipeline(Settings(layers=("actors",)), nlp=nlp)


def countries(actors, text: str) -> set[str | None]:
    return {a.country for a in actors if a.text == text}


# -- 1. "the two countries", "both governments": the states the article is about ------------------


INDIA_PAKISTAN = ("India and Pakistan exchanged fire along the Line of Control on Thursday. India said Pakistani "
                  "troops fired first; Pakistan denied it. China urged restraint. ")


def test_two_countries_are_the_main_states_not_the_last_two_named(pipe: Pipeline) -> None:
    actors, _ = code(pipe, INDIA_PAKISTAN + "The two countries later agreed to reopen the border crossing.",
                     "2019-03-01")
    assert countries(actors, "The two countries") == {"IND", "PAK"}


def test_neither_government_is_the_main_states(pipe: Pipeline) -> None:
    actors, _ = code(pipe, INDIA_PAKISTAN + "Neither government commented on the talks.", "2019-03-01")
    assert countries(actors, "Neither government") == {"IND", "PAK"}


def test_both_countries_leave_out_an_organisation_and_the_urger(pipe: Pipeline) -> None:
    text = ("Ethiopia and Somalia traded accusations over the port deal on Monday. Ethiopia said Somalia was "
            "stoking tensions, and Somalia recalled its ambassador from Ethiopia. The African Union and Turkey "
            "offered to mediate. The AU urged both countries to show restraint.")
    actors, _ = code(pipe, text, "2024-01-10")
    assert countries(actors, "both countries") == {"ETH", "SOM"}


# -- 2. object pronouns: never the subject, also a subject shared by conjoined verbs ----------------


def pronoun(actors, text: str = "him") -> str | None:
    got = [a.name for a in actors if a.text == text]
    assert len(got) == 1, [(a.text, a.name) for a in actors]
    return got[0]


def test_object_pronoun_of_conjoined_verb_is_the_first_verbs_object(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Turkish President Recep Tayyip Erdogan telephoned Azerbaijani President Ilham Aliyev "
                           "on Tuesday and urged him to halt the offensive.", "2023-09-20")
    assert pronoun(actors) == "Ilham Aliyev"


def test_object_pronoun_after_prepositional_partner(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy Ahmed "
                           "and asked him to reopen the border.", "2023-09-20")
    assert pronoun(actors) == "Abiy Ahmed"


def test_object_pronoun_is_not_the_subject_named_in_the_sentence_before(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "French President Emmanuel Macron met Senegalese President Macky Sall in Paris. "
                           "Macron told him that France would back the plan.", "2023-09-20")
    assert pronoun(actors) == "Macky Sall"


def test_object_pronoun_is_not_the_subject_under_its_pronoun(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Brazilian President Luiz Inacio Lula da Silva said he had warned Argentine President "
                           "Javier Milei about the tariffs and asked him to reconsider.", "2023-09-20")
    assert pronoun(actors) == "Javier Milei"


# -- 3. office names many states use ("Foreign Office", "Ministry of Defence") ---------------------


@pytest.mark.parametrize("text,country", [
    ("KYIV — Ukraine's air force shot down 15 drones overnight, officials said. The Ministry of Defence said "
     "Russian forces had shelled Kherson again.", "UKR"),
    ("ISLAMABAD — Pakistan summoned the Afghan envoy on Tuesday. The Foreign Office said the attacks on border "
     "posts were unacceptable.", "PAK"),
    ("LONDON — Britain will send more tanks to Ukraine, the Ministry of Defence said on Tuesday.", "GBR"),
])
def test_shared_office_name_takes_the_context_country(pipe: Pipeline, text: str, country: str) -> None:
    actors, _ = code(pipe, text, "2023-05-02")
    office = [a for a in actors if a.text in ("Ministry of Defence", "Foreign Office")]
    assert len(office) == 1 and office[0].country == country, [(a.text, a.country) for a in actors]
    assert office[0].kind == "state" and office[0].sector in ("GOV", "MIL")


def test_shared_office_in_a_title_gives_no_foreign_country(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "ISLAMABAD — Pakistan recalled its ambassador from Tehran on Wednesday. \"This is "
                           "unacceptable,\" Foreign Office spokeswoman Amina Qureshi told reporters.", "2024-01-18")
    p = [a for a in actors if a.name == "Amina Qureshi"]
    assert len(p) == 1 and p[0].country == "PAK"
    actors, _ = code(pipe, "LONDON — Britain summoned the Iranian ambassador on Wednesday. \"This is "
                           "unacceptable,\" Foreign Office minister Tom Ashby told reporters.", "2024-01-18")
    assert [a.country for a in actors if a.name == "Tom Ashby"] == ["GBR"]


# -- 4. "the North" after North Korea -----------------------------------------------------------------


def test_the_north_after_north_korea_is_north_korea(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "SEOUL — North Korea fired a ballistic missile into the sea on Thursday, the South Korean "
                           "military said. The North launched a similar missile last month. Japan said the North "
                           "would face more sanctions.", "2023-04-13")
    assert countries(actors, "The North") == {"PRK"}
    assert countries(actors, "the North") == {"PRK"}


def test_lower_case_north_is_a_region(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "SEOUL — North Korea fired a ballistic missile on Thursday. Floods hit the north of "
                           "the country and the north sent aid.", "2023-04-13")
    assert not [a for a in actors if (a.text or "").lower() == "the north"]


# -- 5. a bare army that someone deploys ------------------------------------------------------------


def test_deployed_army_is_the_deploying_leaders(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "NAIROBI — Police opened fire on crowds outside parliament, and the United States and "
                           "Britain urged restraint. President William Ruto deployed the army to support the police.",
                     "2024-06-26")
    assert countries(actors, "the army") == {"KEN"}


# -- 6. "chancellor": Germany's and Austria's head of government, elsewhere the foreign minister ---------


def test_chancellor_outside_germany_is_the_foreign_minister(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "HAVANA — The Cuban chancellor rejected the new sanctions on Tuesday.", "2021-03-10")
    assert [a.name for a in actors if a.text == "The Cuban chancellor"] == ["Bruno Rodríguez Parrilla"]
    actors, _ = code(pipe, "BERLIN — The German chancellor rejected the new sanctions on Tuesday.", "2021-03-10")
    assert [a.name for a in actors if a.text == "The German chancellor"] == ["Angela Merkel"]


def test_chancellor_with_no_foreign_minister_on_the_date_is_not_the_president(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "LIMA — The Peruvian chancellor met the Chilean chancellor on Tuesday.", "2021-03-10")
    for text in ("The Peruvian chancellor", "the Chilean chancellor"):
        got = [a for a in actors if a.text == text]
        assert all(a.role != "head_of_state" and a.name not in ("Francisco Sagasti", "Sebastián Piñera")
                   for a in got), [(a.text, a.name) for a in got]


# -- 7. a translation's lower-case or postposed nationality ---------------------------------------------


def test_lower_case_nationality_before_title(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "BUENOS AIRES — The vice-president called the spanish diplomat to lower the tone.",
                     "2024-05-21")
    assert countries(actors, "the spanish diplomat") == {"ESP"}


def test_postposed_nationality_after_title(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "PARIS — The Ministry of Foreign Affairs algerian summoned the French ambassador on "
                           "Tuesday.", "2024-08-05")
    assert countries(actors, "The Ministry of Foreign Affairs algerian") == {"DZA"}
    actors, _ = code(pipe, "MADRID — The minister of Foreign Affairs spanish, José Manuel Albares, summoned the "
                           "ambassador argentine in Madrid on Monday.", "2024-05-21")
    assert countries(actors, "the ambassador argentine") == {"ARG"}


def test_lower_case_word_that_is_no_nationality(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "PARIS — She bought nail polish and a french dictionary. The Algerian embassy said "
                           "nothing.", "2024-08-05")
    assert {a.country for a in actors} == {"DZA"}, [(a.text, a.country) for a in actors]


# -- 8. supporters and followers -------------------------------------------------------------------------


def test_supporters_and_followers_are_actors_of_their_country(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "ISLAMABAD — Police arrested former Prime Minister Imran Khan on Tuesday. His supporters "
                           "set fire to a military building in Lahore.", "2023-05-10")
    assert countries(actors, "His supporters") == {"PAK"}
    actors, _ = code(pipe, "MAPUTO — Opposition candidate Venancio Mondlane called a general strike. Police fired "
                           "tear gas at supporters who blocked roads in Maputo, and his followers burned tyres.",
                     "2024-10-24")
    assert countries(actors, "supporters") == {"MOZ"}
    assert countries(actors, "his followers") == {"MOZ"}


def test_police_arresting_a_former_leader_are_his_countrys(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "ISLAMABAD — Police arrested former Prime Minister Imran Khan on Tuesday. His supporters "
                           "set fire to a military building in Lahore.", "2023-05-10")
    assert countries(actors, "Police") == {"PAK"}


# -- 9. an unknown organisation followed by "of <state>" ---------------------------------------------


def test_unknown_body_of_a_named_state(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "CARACAS, 4 Dec (EFE).- The National Electoral Council (CNE) of Venezuela announced this "
                           "Monday that more than 10 million votes were cast in the referendum of this Sunday, and "
                           "Guyana rejected the vote.", "2023-12-04")
    got = {a.country for a in actors if a.name == "National Electoral Council"}
    assert got == {"VEN"}, [(a.text, a.country) for a in actors]


# -- 10. a titled official speaking in a capital ------------------------------------------------------


def test_official_speaking_in_a_capital_is_of_its_state(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "BEIJING — China detained a Japanese employee of a drug maker on espionage charges, the "
                           "Chinese foreign ministry said. In Tokyo, Chief Cabinet Secretary Kenji Morimoto said the "
                           "government had demanded his early release.", "2023-04-03")
    assert [a.country for a in actors if a.name == "Kenji Morimoto"] == ["JPN"]


# -- 11. "the two presidents": the leaders the article is about ---------------------------------------


def test_two_presidents_are_the_most_named_leaders(pipe: Pipeline) -> None:
    text = ("BRASILIA — Brazilian President Luiz Inacio Lula da Silva welcomed Venezuelan President Nicolas Maduro "
            "to Brasilia on Monday. Lula called the visit historic, and Maduro thanked Lula for his support. At the "
            "regional summit on Tuesday, Chilean President Gabriel Boric and Uruguayan President Luis Lacalle Pou "
            "criticised the welcome. Venezuela owes Brazil about $1.2 billion, a debt the two presidents did not "
            "discuss.")
    actors, _ = code(pipe, text, "2023-05-30")
    assert countries(actors, "the two presidents") == {"BRA", "VEN"}


# -- 12. an armed group's own forces ------------------------------------------------------------------


@pytest.mark.parametrize("text,owned,group", [
    ("BEIRUT — Hezbollah said its fighters attacked an Israeli army post near the border on Tuesday.",
     "its fighters", "Hezbollah"),
    ("SANAA — The Houthi movement said its forces had fired missiles at a cargo ship in the Red Sea.",
     "its forces", "Houthis"),
])
def test_armed_groups_own_forces_are_the_group(pipe: Pipeline, text: str, owned: str, group: str) -> None:
    actors, _ = code(pipe, text, "2024-01-12")
    got = [a for a in actors if a.text == owned]
    assert [a.name for a in got] == [group] and got[0].kind == "group", [(a.text, a.name) for a in actors]


def test_a_states_own_forces_stay_the_state(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "KYIV — Ukraine said its forces had retaken two villages near Bakhmut.", "2023-06-12")
    assert [(a.kind, a.country) for a in actors if a.text == "its forces"] == [("state", "UKR")]
