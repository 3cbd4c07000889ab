"""Sixteenth actors round (own sentences): a KB name inside a longer name of someone or something
else is not that entry (a surname after another given name, a shortened name the text goes on
after, a party's name ending a coalition's); organisations the KB does not know, written as
proper names ("The National Police", "National Elections Commission"), are found and take the
home country when their name is a domestic institution's; "according to X" is no clue to the
country of the clause it introduces."""

from __future__ import annotations

import pytest

from dateline._pipeline import Pipeline, Settings

from test_actors import code


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:
    return Pipeline(Settings(layers=("actors",)), nlp=nlp)


def found(actors, text: str) -> list:
    return [a for a in actors if text in (a.text or "")]


# -- 1. a KB name inside a longer name ----------------------------------------------------------

def test_surname_after_another_given_name_is_someone_else(pipe: Pipeline) -> None:
    # "Xi" is Xi Jinping's family name; "Li Xi" is another person
    actors, _ = code(pipe, "Chinese President Xi Jinping chaired the meeting in Beijing. "
                           "Li Xi told the delegates that discipline would be tightened.", "2024-05-01")
    li = found(actors, "Li Xi")
    assert li and all(a.id != "Q15031" for a in li)
    assert any(a.id == "Q15031" for a in found(actors, "Xi Jinping"))


def test_misspelt_given_name_still_the_kb_person(pipe: Pipeline) -> None:
    # a spelling of the KB person's given name (same first letters) is no other person
    actors, _ = code(pipe, "The IMF said on Monday that the program was on track. Kristina Georgieva "
                           "told reporters the fund would release the next tranche.", "2024-05-01")
    assert any(a.name == "Kristalina Georgieva" for a in found(actors, "Georgieva"))


def test_shortened_name_the_text_goes_on_after_is_someone_else(pipe: Pipeline) -> None:
    # "Hardeep Singh" is a shortened KB name (Hardeep Singh Puri); "Hardeep Singh Nijjar" is not him
    actors, _ = code(pipe, "Indian Petroleum Minister Hardeep Singh Puri spoke on Monday. Separately, "
                           "police in Surrey said Hardeep Singh Nijjar was shot dead in 2023.", "2024-05-01")
    nijjar = found(actors, "Nijjar")
    assert nijjar and all(a.name != "Hardeep Singh Puri" for a in nijjar)
    assert any(a.name == "Hardeep Singh Puri" for a in found(actors, "Puri"))


def test_party_name_ending_a_coalition_name_is_not_that_party(pipe: Pipeline) -> None:
    # the KB has a party "Democratic Change" (Panama); "Coalition for Democratic Change" is another body
    actors, _ = code(pipe, "MONROVIA - Liberian President George Weah conceded defeat on Friday.\n\n"
                           "Weah said his Coalition for Democratic Change would accept the result and "
                           "urged his supporters to stay calm.", "2023-11-18")
    coal = found(actors, "Democratic Change")
    assert coal and all(a.country != "PAN" for a in coal)
    assert any(a.name == "Coalition for Democratic Change" for a in coal)


# -- 2. organisations named as proper names -------------------------------------------------------

def test_capitalised_police_name_in_actor_position_is_home(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "QUITO - Ecuador's president declared an emergency after the killing.\n\n"
                           "The National Police informed that six men were arrested in raids in the south "
                           "of the capital.", "2023-08-10")
    assert {a.country for a in found(actors, "National Police")} == {"ECU"}


def test_lower_case_police_with_no_country_stays_unlisted(pipe: Pipeline) -> None:
    # the long tail of PLOVER's agent nouns still needs a country or a proper name
    actors, _ = code(pipe, "Officials said that national police reported six arrests.", "2023-08-10")
    assert not found(actors, "national police")


def test_election_commission_name_is_not_the_european_commission(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "MONROVIA - Liberian President George Weah conceded defeat on Friday.\n\n"
                           "The National Elections Commission said Joseph Boakai won 50.6 percent of the "
                           "vote.", "2023-11-18")
    com = found(actors, "Elections Commission")
    assert com and {a.country for a in com} == {"LBR"}
    assert all(a.name != "European Commission" for a in found(actors, "Commission"))


def test_national_body_name_with_a_state_inside(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "NAIROBI - Kenyan police fired on protesters on Tuesday. The Kenya National "
                           "Commission on Human Rights said 22 people were killed.", "2024-06-26")
    com = found(actors, "Commission on Human Rights")
    assert com and {a.country for a in com} == {"KEN"}


def test_accountability_bureau_is_a_domestic_body(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "ISLAMABAD - Pakistani police arrested former prime minister Imran Khan on "
                           "Tuesday.\n\nThe National Accountability Bureau accuses him of taking land as a "
                           "bribe.", "2023-05-10")
    assert {a.country for a in found(actors, "Accountability Bureau")} == {"PAK"}


# -- 3. "according to X" ------------------------------------------------------------------------

def test_according_to_source_is_no_clue_to_the_clause(pipe: Pipeline) -> None:
    # the Argentine ministry reports what the intelligence service did: the service is not Argentine
    actors, _ = code(pipe, "CARACAS - Venezuelan security forces surrounded the residence of the Argentine "
                           "ambassador on Saturday, and Venezuela's government said the opposition was "
                           "plotting.\n\nAccording to the Argentine Foreign Ministry, agents of the "
                           "Bolivarian National Intelligence Service cut the electricity.", "2024-11-30")
    svc = found(actors, "Intelligence Service")
    assert svc and {a.country for a in svc} == {"VEN"}


# -- 4. kinship and quotations ------------------------------------------------------------------

def test_unknown_relative_of_a_named_person_is_of_their_country(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Biden met Navalny's widow, Yulia Navalnaya, and his daughter in San Francisco on "
                           "Thursday. Yulia Navalnaya vowed to continue her husband's work.", "2024-02-23")
    yn = found(actors, "Yulia Navalnaya")
    assert yn and {a.country for a in yn} == {"RUS"}


def test_relative_owned_by_a_pronoun_gives_no_country(pipe: Pipeline) -> None:
    # "His" may be anyone: only a named owner tells the country
    actors, _ = code(pipe, "Biden spoke in San Francisco on Thursday. His widow, Ana Perez, said the family "
                           "would sue.", "2024-02-23")
    assert all(a.country != "USA" for a in found(actors, "Ana Perez"))


def test_name_inside_the_opening_quotation_is_not_its_speaker(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "MUNICH - Zelenskiy addressed the conference on Saturday. \u201cPlease do not ask "
                           "Ukraine when the war will end. Ask yourselves why Putin is still able to continue "
                           "it,\u201d he told the gathering of leaders.", "2024-02-17")
    assert all(a.name != "Vladimir Putin" for a in found(actors, "he"))


def test_speaker_after_an_unevenly_closed_quotation_still_resolves(pipe: Pipeline) -> None:
    # translations close \u201c with a straight apostrophe: the name before is outside the next quote
    actors, _ = code(pipe, "VILNIUS - Lithuanian Foreign Minister Gabrielius Landsbergis said Vilnius \u201chas "
                           "the right to develop relations with Taiwan'. Prime Minister Ingrida Simonyte said the "
                           "office would keep its name. \u201cLithuania decides its own foreign policy,' she said.",
                     "2022-01-25")
    assert any(a.name == "Ingrida Šimonytė" for a in found(actors, "she"))


# -- 5. a seat of power with another state's nationality ------------------------------------------

def test_seat_of_power_with_another_nationality_is_that_state(pipe: Pipeline) -> None:
    # "Chancellery" alone is Germany's seat of power; "the Argentine Chancellery" is Argentina's
    actors, _ = code(pipe, "RIO DE JANEIRO - Argentina refused to sign the declaration on Friday. The Argentine "
                           "Chancellery said the text went against its policy.", "2024-11-22")
    ch = found(actors, "Chancellery")
    assert ch and {a.country for a in ch} == {"ARG"}


# -- 6. "including X" after a group of one country ------------------------------------------------

def test_person_included_in_a_national_group_is_of_its_country(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "OTTAWA - Canada expelled six Indian diplomats on Monday, including High "
                           "Commissioner Ravi Menon Kapoor, after a police inquiry.", "2024-10-14")
    assert {a.country for a in found(actors, "Kapoor")} == {"IND"}


def test_person_included_with_no_national_group_gets_no_country_from_it(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "OTTAWA - Canada expelled six people on Monday, including Ravi Menon Kapoor, after "
                           "a police inquiry.", "2024-10-14")
    assert all(a.country != "IND" for a in found(actors, "Kapoor"))


# -- organisations ending in a generic word: work grows with the text, not with its square ------

def test_generic_tail_orgs_do_not_rescan_the_document(pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    # each "X Commission" (a KB body's one-word name after a capitalised word) used to rebuild the
    # per-token cover of the whole document up to three times: quadratic on long texts
    from dateline._actors import resolve as R

    calls = 0
    real = R.Resolver._covered

    def counting(self: R.Resolver, matches: list, skip_agents: bool = False) -> list[bool]:
        nonlocal calls
        calls += 1
        return real(self, matches, skip_agents)

    monkeypatch.setattr(R.Resolver, "_covered", counting)

    def run(n: int) -> tuple[int, int]:
        nonlocal calls
        calls = 0
        text = " ".join(f"The National Elections Commission of district {i} met the Kenya Human Rights Commission."
                        for i in range(n))
        actors, _ = code(pipe, text)
        return calls, len(found(actors, "Commission"))

    small, found_small = run(5)
    big, found_big = run(20)
    assert found_big >= found_small > 0
    assert big <= small + 2, (small, big)  # a constant number of passes, not a few per organisation


def test_kin_nouns_are_single_tokens(nlp) -> None:
    # the rule reads one token's lower form: a word the tokenizer splits ("son-in-law") never matches
    from dateline._actors.resolve import KIN_NOUNS

    split = [w for w in KIN_NOUNS if len(nlp.tokenizer(w)) != 1]
    assert not split, split
