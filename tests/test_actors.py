"""The actors layer on real parses (the spaCy model loads once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline._pipeline import Context, Pipeline, Settings
from dateline._records import Actor


@pytest.fixture(scope="module")
def actors_pipe(nlp) -> Pipeline:
    return Pipeline(Settings(layers=("actors",)), nlp=nlp)


def code(pipe: Pipeline, text: str, date: str | None = "2022-02-04") -> tuple[list[Actor], list[Actor]]:
    """(article.actors, state["actor_mentions"]) for one text."""
    art = pipe.code(text, date=date)
    assert not art.warnings, art.warnings
    return art.actors, _mentions(pipe, text, date)


def _mentions(pipe: Pipeline, text: str, date: str | None) -> list[Actor]:
    from dateline._readers import as_record
    from dateline._textprep import prepare

    rec = as_record({"text": text, "date": date}, 0, pipe.settings.max_chars)
    art = pipe._article(rec)
    prep = prepare(art.text)
    ctx = pipe.annotate(art, prep, pipe.nlp(prep.clean))
    return list(ctx.state["actor_mentions"])


def find(actors: list[Actor], text: str) -> list[Actor]:
    return [a for a in actors if a.text == text]


def one(actors: list[Actor], text: str) -> Actor:
    got = find(actors, text)
    assert len(got) == 1, (text, [(a.text, a.id) for a in actors])
    return got[0]


# -- names, titles, roles by date ----------------------------------------------------------


def test_full_names_surnames_and_spans(actors_pipe: Pipeline) -> None:
    text = "Xi Jinping and Vladimir Putin held talks on Friday. Later Putin thanked Xi for the visit."
    actors, mentions = code(actors_pipe, text)
    assert one(actors, "Xi Jinping").id == "Q15031"
    assert one(actors, "Vladimir Putin").id == "Q7747"
    assert one(actors, "Putin").id == "Q7747"
    assert one(actors, "Xi").id == "Q15031"
    for a in mentions:
        assert text[a.span[0]:a.span[1]] == a.text
    assert [a.span for a in mentions] == sorted(a.span for a in mentions)


@pytest.mark.parametrize("phrase,date,who", [
    ("The Russian president", "2022-02-04", "Q7747"),
    ("The American president", "2022-02-04", "Q6279"),
    ("The American president", "2025-06-01", "Q22686"),
    ("The British prime minister", "2024-08-01", "Q6383803"),
    ("The German chancellor", "2025-07-01", "Q566257"),
])
def test_titles_resolve_to_the_office_holder_on_the_date(actors_pipe: Pipeline, phrase: str, date: str, who: str) -> None:
    actors, _ = code(actors_pipe, f"{phrase} spoke to reporters about the economy.", date)
    a = one(actors, phrase)
    assert a.id == who and a.kind == "person" and a.resolved_by == "role"


def test_without_a_date_a_title_stays_unresolved(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "The Russian president spoke to reporters.", None)
    a = one(actors, "The Russian president")
    assert a.id is None and a.country == "RUS" and a.sector == "GOV"


def test_former_and_deputy_are_not_the_office_holder(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "The former Russian president and a deputy foreign minister of Iran arrived.")
    assert all(a.id != "Q7747" for a in actors)


def test_title_with_unknown_name_gets_country_and_sector(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Brazilian Foreign Minister Tarcisio Vellamonte said the talks went well.")
    [a] = [x for x in actors if "Vellamonte" in x.text]
    assert a.id is None and a.kind == "person" and a.country == "BRA" and a.sector == "GOV"


def test_subordinate_takes_the_country_of_the_principal(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "An adviser to President Zelensky said Kyiv was ready to talk.", "2023-03-01")
    adv = one(actors, "An adviser")
    assert adv.id is None and adv.country == "UKR" and adv.sector == "GOV"
    assert one(actors, "President Zelensky").wikidata == "Q3874799"


def test_possessive_country_and_office(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Iran's top security official warned the West on Sunday.", "2025-09-01")
    a = one(actors, "Iran's top security official")
    assert a.country == "IRN" and a.kind == "person" and a.sector == "GOV"


# -- metonyms, adjectives, agents ------------------------------------------------------------


def test_capital_is_an_actor_as_subject_and_a_place_otherwise(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Beijing said it would respond. The talks were held in Moscow.")
    b = one(actors, "Beijing")
    assert (b.id, b.country, b.sector, b.kind) == ("Q148", "CHN", "GOV", "state")
    assert not find(actors, "Moscow")


def test_seats_of_power(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "The Kremlin rejected the offer, and the White House criticised Downing Street.")
    assert one(actors, "Kremlin").country == "RUS"
    assert one(actors, "White House").country == "USA"
    assert one(actors, "Downing Street").country == "GBR"


@pytest.mark.parametrize("text,phrase,country,sector", [
    ("Chinese officials rejected the claim.", "Chinese officials", "CHN", "GOV"),
    ("Russian troops crossed the river at dawn.", "Russian troops", "RUS", "MIL"),
    ("Riot police fired tear gas at the crowd.", "Riot police", None, "COP"),
    ("Protesters blocked the main road for hours.", "Protesters", None, "OPP"),
    ("The opposition leader was arrested on Monday.", "The opposition leader", None, "OPP"),
    ("Kenyan farmers blocked the highway.", "Kenyan farmers", "KEN", "AGR"),
])
def test_agents_give_sectors(actors_pipe: Pipeline, text: str, phrase: str, country: str | None, sector: str) -> None:
    actors, _ = code(actors_pipe, text)
    a = one(actors, phrase)
    assert (a.country, a.sector) == (country, sector)


def test_groups_and_igos(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Houthi rebels fired a missile, and Hezbollah said Ansar Allah had the right. "
                                  "The UN Security Council condemned the attack, and NATO urged calm.")
    assert one(actors, "Houthi rebels").id == "dl:houthis"
    assert one(actors, "Ansar Allah").id == "dl:houthis"
    assert one(actors, "Hezbollah").kind == "group"
    unsc = one(actors, "UN Security Council")
    assert unsc.id == "Q37470" and unsc.kind == "igo" and unsc.country is None
    assert one(actors, "NATO").id == "Q7184"


def test_lowercase_words_do_not_match_names(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "They will trump the others and may turn us around.")
    assert actors == []


# -- coreference -----------------------------------------------------------------------------


def test_the_two_leaders_is_both(actors_pipe: Pipeline) -> None:
    text = "Xi Jinping met Vladimir Putin in Beijing. The two leaders signed a joint statement."
    actors, mentions = code(actors_pipe, text)
    both = find(mentions, "The two leaders")
    assert {a.id for a in both} == {"Q15031", "Q7747"}
    assert len({a.span for a in both}) == 1


def test_nominal_nationality_refers_back(actors_pipe: Pipeline) -> None:
    text = "Vladimir Putin met Emmanuel Macron in Paris. The Russian said little after the meeting."
    actors, _ = code(actors_pipe, text)
    assert one(actors, "The Russian").id == "Q7747"


def test_the_chinese_leader(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Lula visited China. The Brazilian leader praised the Chinese leader.", "2023-04-14")
    assert one(actors, "The Brazilian leader").id == "Q37181"
    assert one(actors, "the Chinese leader").id == "Q15031"


def test_pronouns_resolve_conservatively(actors_pipe: Pipeline) -> None:
    text = "Angela Merkel arrived late. She said the talks had been useful."
    _, mentions = code(actors_pipe, text, "2015-05-01")
    assert one(mentions, "She").id == "Q567"
    # nobody to refer to: unresolved beats wrong
    _, mentions = code(actors_pipe, "He said the talks had been useful.")
    assert find(mentions, "He") == []


def test_plural_pronoun_and_reflexive_exclusion(actors_pipe: Pipeline) -> None:
    text = "Hamas and Hezbollah praised them."
    _, mentions = code(actors_pipe, text)
    assert find(mentions, "them") == []


def test_actors_in_span(actors_pipe: Pipeline) -> None:
    text = "Xi Jinping and Vladimir Putin met. They agreed to cooperate."
    from dateline._readers import as_record
    from dateline._textprep import prepare

    art = actors_pipe._article(as_record({"text": text, "date": "2022-02-04"}, 0, actors_pipe.settings.max_chars))
    prep = prepare(art.text)
    ctx: Context = actors_pipe.annotate(art, prep, actors_pipe.nlp(prep.clean))
    first = ctx.actors_in((0, text.index(".")))
    assert {a.id for a in first} == {"Q15031", "Q7747"}
    they = [a for a in ctx.state["actor_mentions"] if a.text == "They"]
    assert {a.id for a in they} == {"Q15031", "Q7747"}


# -- offsets on messy text, extras, version --------------------------------------------------


def test_spans_index_the_original_text(actors_pipe: Pipeline) -> None:
    text = "\u201cWe will respond,\u201d  the Kremlin said \u2014 and Vladimir   Putin agreed."
    actors, mentions = code(actors_pipe, text)
    for a in mentions:
        assert text[a.span[0]:a.span[1]] == a.text
    assert find(actors, "Kremlin")


def test_kb_extra_and_version(nlp, tmp_path: Path) -> None:
    f = tmp_path / "extra.yaml"
    f.write_text("actors:\n  - {id: dl:northland-front, kind: group, name: Northland Freedom Front,"
                 " aliases: [NFF], country: NOR, sector: REB}\n", encoding="utf-8")
    pipe = Pipeline(Settings(layers=("actors",), kb_extra=(str(f),)), nlp=nlp)
    art = pipe.code("The NFF claimed the attack.", date="2024-01-01")
    [a] = art.actors
    assert (a.id, a.country, a.kind) == ("dl:northland-front", "NOR", "group")
    assert art.coder["kb"].startswith("kb-") and art.coder["kb"].endswith("+extra")


# -- a small gold set of my own: resolution accuracy -----------------------------------------

GOLD: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    ("2024-09-10", "Keir Starmer hosted Volodymyr Zelensky at Downing Street. The British prime minister "
     "promised more air defence, and the Ukrainian president thanked him.",
     [("Keir Starmer", "Q6383803", "GBR"), ("Volodymyr Zelensky", "Q3874799", "UKR"),
      ("The British prime minister", "Q6383803", "GBR"), ("the Ukrainian president", "Q3874799", "UKR")]),
    ("2025-03-03", "Washington announced new tariffs, and Beijing vowed to retaliate. Chinese officials said "
     "the measures broke trade rules.",
     [("Washington", None, "USA"), ("Beijing", None, "CHN"), ("Chinese officials", None, "CHN")]),
    ("2023-10-20", "Israeli troops massed near Gaza as Hamas fired rockets. Egypt's foreign minister called "
     "for restraint.",
     [("Israeli troops", None, "ISR"), ("Hamas", "dl:hamas", "PSE"), ("Egypt's foreign minister", None, "EGY")]),
    ("2019-06-30", "Donald Trump met Kim Jong Un at the border. The American president later said Kim was "
     "sincere.",
     [("Donald Trump", "Q22686", "USA"), ("Kim Jong Un", None, "PRK"), ("The American president", "Q22686", "USA"),
      ("Kim", None, "PRK")]),
    ("2024-03-07", "Sweden formally joined NATO on Thursday. Swedish Prime Minister Ulf Kristersson called it a "
     "historic day, and Jens Stoltenberg welcomed him.",
     [("Sweden", None, "SWE"), ("NATO", "Q7184", None), ("Jens Stoltenberg", None, None)]),
    ("2021-08-20", "The Taliban said they would form an inclusive government. Afghan protesters marched in "
     "Kabul, where Taliban fighters fired into the air.",
     [("The Taliban", "dl:taliban", "AFG"), ("Afghan protesters", None, "AFG"), ("Taliban fighters", "dl:taliban", "AFG")]),
    ("2022-03-01", "Russian forces shelled Kharkiv. The Kremlin denied targeting civilians, while Ukrainian "
     "soldiers held the line.",
     [("Russian forces", None, "RUS"), ("Kremlin", None, "RUS"), ("Ukrainian soldiers", None, "UKR")]),
]


def test_resolution_accuracy_on_own_gold(actors_pipe: Pipeline) -> None:
    matched = correct = predicted = 0
    wrong = []
    for date, text, gold in GOLD:
        actors, _ = code(actors_pipe, text, date)
        predicted += len(actors)
        for gtext, gid, gcountry in gold:
            start = text.index(gtext)
            span = (start, start + len(gtext))
            hits = [a for a in actors if a.span and a.span[0] < span[1] and span[0] < a.span[1]]
            if not hits:
                continue
            matched += 1
            a = hits[0]
            ok = (gid is None or gid in (a.id, a.wikidata)) and (gcountry == a.country)
            correct += ok
            if not ok:
                wrong.append((gtext, a.id, a.country))
    n_gold = sum(len(g) for _, _, g in GOLD)
    assert matched / n_gold >= 0.85, wrong
    assert correct / matched >= 0.92, wrong


def test_pronoun_gender_agreement(actors_pipe: Pipeline) -> None:
    text = "Angela Merkel met Emmanuel Macron. She said the talks went well. She added that he agreed."
    _, mentions = code(actors_pipe, text, "2018-05-01")
    assert {a.id for a in find(mentions, "She")} == {"Q567"}
    assert find(mentions, "he") == []  # the chain is about Merkel: "he" stays unresolved


def test_name_beats_capital_metonym(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Brussels warned London over the deal.", "2019-03-01")
    assert one(actors, "Brussels").id == "Q458"
    assert one(actors, "London").country == "GBR"


# -- second round: countries from context, parent organisations, appositions ----------------


def _coded_with_places(text: str, date: str = "2021-05-04") -> list[Actor]:
    from dateline._pipeline import Pipeline, Settings

    pipe = _places_pipe()
    return pipe.code(text, date=date).actors


_PP: list[Pipeline] = []


def _places_pipe() -> Pipeline:
    if not _PP:
        from dateline._nlp import load_model

        _PP.append(Pipeline(Settings(layers=("places", "actors")), nlp=load_model()))
    return _PP[0]


def test_unqualified_ministry_takes_the_country_of_its_named_spokesperson(actors_pipe: Pipeline) -> None:
    text = ("The spokeswoman of the Ministry of Foreign Affairs, Hua Chunying, told reporters on Monday "
            "that the talks with Washington had been useful.")
    actors, _ = code(actors_pipe, text, date="2020-03-02")
    ministry = [a for a in actors if "Ministry" in (a.text or "")]
    assert ministry and all(a.country == "CHN" for a in ministry), [(a.text, a.country) for a in actors]


def test_unqualified_police_take_the_country_of_the_sentence_place() -> None:
    actors = _coded_with_places("Thousands of people gathered in Nairobi on Sunday. In Mombasa, the police "
                                "fired tear gas at the crowd.")
    police = [a for a in actors if "police" in (a.text or "")]
    assert police and police[0].country == "KEN" and police[0].sector == "COP"


def test_unqualified_body_never_takes_the_country_of_its_counterpart() -> None:
    actors = _coded_with_places("The Foreign Ministry summoned the Japanese ambassador on Tuesday after "
                                "officials in Seoul protested against the visit.")
    ministry = [a for a in actors if "Ministry" in (a.text or "")]
    assert ministry and all(a.country != "JPN" for a in ministry)


def test_vague_body_without_any_context_is_not_listed(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "The government said on Monday that talks would resume.")
    assert not find(actors, "The government")


def test_titled_unknown_official_takes_the_home_country() -> None:
    text = ("BEIJING - Vice Premier Zhang Qiming met business leaders in Shanghai on Friday. "
            "Zhang said the economy would grow.")
    actors = _coded_with_places(text)
    zhang = [a for a in actors if a.name == "Zhang Qiming"]
    assert zhang and zhang[0].country == "CHN" and zhang[0].sector == "GOV"


def test_parent_organisation_matching_and_its_bodies(actors_pipe: Pipeline) -> None:
    from dateline._actors import load_kb

    kb = load_kb()
    assert "Q8880" in kb.ids_for("European Union")  # the Commission is part of the EU
    assert "dl:au-psc" in kb.ids_for("African Union")
    assert "Q37470" in kb.ids_for("United Nations")
    assert kb.ids_for("UN Security Council") == {"Q37470"}  # a body's name: only the body
    assert "Q8646" not in kb.ids_for("China")  # a territory is not part of its sovereign's name
    assert [a.id for a in kb.lookup("European Union")] == ["Q458"]
    actors, _ = code(actors_pipe, "The African Union's Peace and Security Council met on Tuesday and the "
                                  "council demanded a ceasefire.", date="2024-03-04")
    assert one(actors, "African Union's Peace and Security Council").id == "dl:au-psc"
    assert one(actors, "council").id == "dl:au-psc" if find(actors, "council") else \
        one(actors, "the council").id == "dl:au-psc"


def test_new_forms_prc_demonym_plurals_and_stateless_peoples(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "The PRC protested. Turks voted on Sunday while Kurds boycotted the poll.")
    assert one(actors, "PRC").country == "CHN"
    assert one(actors, "Turks").country == "TUR"
    kurds = one(actors, "Kurds")
    assert kurds.kind == "population" and kurds.country is None


def test_title_phrase_naming_persons_in_apposition_gives_only_the_persons(actors_pipe: Pipeline) -> None:
    text = "The prime ministers of Spain and Portugal, Pedro Sánchez and António Costa, met in Madrid."
    actors, _ = code(actors_pipe, text, date="2019-06-01")
    assert {a.country for a in actors} == {"ESP", "PRT"}
    assert all(a.kind == "person" for a in actors), [(a.text, a.kind) for a in actors]


def test_it_after_a_speech_verb_is_the_organisation_for_later_layers(actors_pipe: Pipeline) -> None:
    actors, mentions = code(actors_pipe, "NATO warned that it would strengthen its eastern flank.")
    its = [a for a in mentions if a.text == "it"]
    assert its and its[0].id == "Q7184"
    assert not find(actors, "it")  # the speaker is listed, the pronoun is for the events layer


def test_called_on_a_state_is_an_actor_and_hyphenated_modifiers_are_not(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Ramaphosa called on Israel to stop the strikes. The army-backed "
                                  "council met later.", date="2024-10-23")
    assert one(actors, "Israel").country == "ISR"
    assert not find(actors, "army")


def test_bare_troops_take_the_deploying_state_only(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "France sent troops to Mali. Troops patrolled the streets of Gao.")
    sent = [a for a in actors if a.text == "troops"]
    assert sent and sent[0].country == "FRA" and sent[0].sector == "MIL"
    bare = [a for a in actors if a.text == "Troops"]
    assert all(a.country in (None,) for a in bare)


# -- round 3: datelines, person countries, institutions, titled names -----------------------


def test_datelines_are_places_not_actors(actors_pipe: Pipeline) -> None:
    text = ("MONTEVIDEO (AP) - Uruguay's government said on Monday it would cut fuel taxes.\n\n"
            "LIMA — Peru said it would follow.\n\n"
            "Quito, Ecuador — Ecuador said it would wait.\n\n"
            "Chile said nothing.")
    actors, _ = code(actors_pipe, text)
    texts = {a.text for a in actors}
    assert not texts & {"MONTEVIDEO", "LIMA", "Quito"}, texts
    assert one(actors, "Peru").country == "PER"  # the subject after the dateline still counts
    assert one(actors, "Chile").country == "CHL"


def test_dateline_is_no_part_of_a_title(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "WASHINGTON - President Joe Biden spoke to reporters.")
    assert one(actors, "President Joe Biden").id == "Q6279"


def test_person_country_never_from_the_other_country_nearby(actors_pipe: Pipeline) -> None:
    # an unknown spokesman next to a foreign leader: no nationality evidence, so no country
    actors, _ = code(actors_pipe, "Australia protested on Monday. The spokesman Wei Dongmin rejected a "
                                  "proposal by Australian Prime Minister Scott Morrison.", date="2020-05-19")
    assert one(actors, "The spokesman Wei Dongmin").country is None
    # the nationality in the title does count
    actors, _ = code(actors_pipe, "Chinese foreign ministry spokesman Wei Dongmin rejected a proposal by "
                                  "Australian Prime Minister Scott Morrison.", date="2020-05-19")
    wei = [a for a in actors if a.name == "Wei Dongmin"]
    assert wei and all(a.country == "CHN" for a in wei)


def test_kb_spokesperson_keeps_kb_country(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Canberra complained. The spokesman Zhao Lijian rejected the call of the "
                                  "Prime Minister Scott Morrison.", date="2020-05-19")
    zhao = [a for a in actors if a.name == "Zhao Lijian"]
    assert zhao and zhao[0].country == "CHN"


def test_legislatures_and_courts_take_the_home_country(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "LIMA - Congress voted on Thursday to censure the minister, and the "
                                  "Constitutional Court said it would review the vote.")
    congress = [a for a in actors if a.text.endswith("Congress")]
    assert congress and congress[0].country == "PER" and congress[0].sector == "LEG"
    court = [a for a in actors if "Constitutional Court" in (a.text or "")]
    assert court and court[0].country == "PER" and court[0].sector == "JUD"
    # no home country: never the US by default
    actors, _ = code(actors_pipe, "Congress met on Tuesday.")
    assert all(a.country != "USA" for a in actors)
    # with US evidence it is the US Congress
    actors, _ = code(actors_pipe, "WASHINGTON - President Joe Biden urged Congress to pass the bill.",
                     date="2022-02-04")
    assert one(actors, "Congress").country == "USA"


def test_title_with_portfolio_then_unknown_name(actors_pipe: Pipeline) -> None:
    text = ("New Zealand Minister for Fisheries Aroha Tane said the quota would stay. "
            "\"We will not move,\" said the New Zealand minister.")
    actors, _ = code(actors_pipe, text)
    tane = [a for a in actors if a.name == "Aroha Tane"]
    assert tane, [(a.text, a.name) for a in actors]
    assert tane[0].country == "NZL" and tane[0].sector == "GOV" and tane[0].kind == "person"
    # the later nominal is the same person
    assert one(actors, "the New Zealand minister").name == "Aroha Tane"
    # without a nationality the name is still found, the title words are not part of it
    actors, _ = code(actors_pipe, "The minister of Trade Simon Kaye said in Geneva that talks would resume.")
    assert [a.name for a in actors if a.kind == "person"] == ["Simon Kaye"]


def test_places_in_route_and_border_phrases_are_not_actors(actors_pipe: Pipeline) -> None:
    actors, mentions = code(actors_pipe, "Belarus began moving troops to its border with Ukraine on Sunday.")
    assert not find(actors, "Ukraine")
    assert [a.country for a in find(mentions, "Ukraine")] == ["UKR"]  # still there for the events layer
    actors, _ = code(actors_pipe, "An airliner crashed minutes after take-off from Tehran.")
    assert not find(actors, "Tehran")
    actors, _ = code(actors_pipe, "Diplomats welcomed a message from Tehran on Monday.")
    assert one(actors, "Tehran").country == "IRN"


def test_joint_datelines_and_negated_groups(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "RAMALLAH/JERUSALEM — Israel said on Monday that no Israelis or Palestinians "
                                  "were hurt. No Canadians were aboard.")
    texts = {a.text for a in actors}
    assert not texts & {"JERUSALEM", "RAMALLAH", "Canadians"}, texts
    assert one(actors, "Israel").country == "ISR"


def test_body_of_its_organisation_is_one_mention(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Guyana asked the Security Council of the UN to intervene.")
    council = [a for a in actors if "Security Council" in (a.text or "")]
    assert len(council) == 1 and council[0].text == "Security Council of the UN"
    assert not find(actors, "UN")


def test_institution_nouns_as_modifiers_are_not_mentions(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Brazil said it had reinforced its military presence near the border and "
                                  "built a police station in the town.")
    # "it" is Brazil (a state named by name says it did): listed; the nouns after it are no mentions
    assert [a.text for a in actors] == ["Brazil", "it"], [a.text for a in actors]


def test_both_neighbours_excludes_the_speaker_country(actors_pipe: Pipeline) -> None:
    text = ("Venezuela held a referendum on the disputed region. Guyana protested on Monday. "
            "Brazil said it had moved armoured vehicles north, and President Lula urged both neighbours "
            "to avoid an escalation.")
    actors, _ = code(actors_pipe, text, date="2023-12-06")
    both = sorted(a.country for a in find(actors, "both neighbours"))
    assert both == ["GUY", "VEN"], both  # never Brazil, whose president is speaking


def test_country_noun_in_a_title_is_its_own_mention(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Chile's interior minister Rosa Quintana condemned the attack.")
    assert one(actors, "Chile").country == "CHL"
    person = [a for a in actors if a.name == "Rosa Quintana"]
    assert person and person[0].country == "CHL" and not person[0].text.startswith("Chile")
    # a nationality adjective stays part of the title
    actors, _ = code(actors_pipe, "Chilean interior minister Rosa Quintana condemned the attack.")
    assert [a.name for a in actors] == ["Rosa Quintana"]


def test_outer_nationality_wins_and_sovereign_bodies_of_territories(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Syrian Turkmen fighters said they had taken the hill.")
    fighters = [a for a in actors if "fighters" in (a.text or "")]
    assert fighters and fighters[0].country == "SYR"
    # evidence split between a territory and its sovereign adds up for a foreign ministry
    text = ("The Ministry of Foreign Affairs summoned the U.S. ambassador on Thursday.\n\n"
            "The Hong Kong government welcomed the move, and Hong Kong police cleared the campus. "
            "Beijing said it would respond. China said the law was interference.")
    actors, _ = code(actors_pipe, text)
    ministry = [a for a in actors if "Ministry of Foreign Affairs" in (a.text or "")]
    assert ministry and ministry[0].country == "CHN"


# -- fourth round: checked against the dev gold's actors layer --------------------------------


def test_igo_heads_act_for_their_organisation_while_in_office(actors_pipe: Pipeline) -> None:
    text = "The head of the fund, Christine Lagarde, said the programme was sound. Lagarde left for Paris."
    actors, _ = code(actors_pipe, text, date="2016-05-02")
    assert {a.country for a in actors if a.name == "Christine Lagarde"} == {None}
    # before taking the IMF post she was a French minister
    actors, _ = code(actors_pipe, "Christine Lagarde said the budget was sound.", date="2009-03-01")
    assert one(actors, "Christine Lagarde").country == "FRA"
    actors, _ = code(actors_pipe, "The Inter-American Development Bank approved a loan to Peru.")
    bank = [a for a in actors if "Development Bank" in (a.text or "")]
    assert bank and bank[0].kind == "igo" and bank[0].country is None


def test_titled_unknown_official_takes_a_clear_home_country(actors_pipe: Pipeline) -> None:
    text = ("LIMA - The president of Peru said on Monday that the protests would be answered. "
            "According to the minister of Mines, Ramiro Quispealaya, the police arrested 40 people in Lima. "
            "The army was deployed in Cusco, said general Tomasino Huarcaya.")
    actors, _ = code(actors_pipe, text)
    assert one(actors, "Ramiro Quispealaya").country == "PER"
    assert one(actors, "Tomasino Huarcaya").country == "PER"
    # without a title the person's country is not guessed from the places around them
    actors, _ = code(actors_pipe, "LIMA - Peru said on Monday that Ramiro Quispealaya arrived in Lima.")
    assert [a.country for a in actors if a.name == "Ramiro Quispealaya"] in ([None], [])


def test_the_nationality_diplomat_is_the_one_official_of_that_country(actors_pipe: Pipeline) -> None:
    text = ("Yang Jiechi met Antony Blinken in Alaska. \"We disagree,\" added the Chinese diplomat.")
    actors, _ = code(actors_pipe, text, date="2021-03-18")
    assert one(actors, "the Chinese diplomat").name == "Yang Jiechi"
    # two officials of that country before: ambiguous, left as a description
    text = ("Yang Jiechi and Wang Yi met Antony Blinken in Alaska. \"We disagree,\" added the Chinese diplomat.")
    actors, _ = code(actors_pipe, text, date="2021-03-18")
    assert [a.name for a in actors if a.text == "the Chinese diplomat"] in (["the Chinese diplomat"], [])


# -- fifth round: offices, anaphora, troops, landmarks, longer names ---------------------------


def test_the_presidency_is_the_home_state(actors_pipe: Pipeline) -> None:
    text = ("NAIROBI - President William Ruto said the budget would be revised next month, according to "
            "the Presidency.")
    actors, _ = code(actors_pipe, text, date="2024-06-01")
    p = one(actors, "the Presidency")
    assert (p.kind, p.country, p.sector) == ("state", "KEN", "GOV")


def test_local_governor_is_a_home_country_official(actors_pipe: Pipeline) -> None:
    text = ("LIMA - Peru's government declared a state of emergency on Monday. The governor of the province "
            "asked for more police, and President Dina Boluarte promised help.")
    actors, _ = code(actors_pipe, text, date="2024-03-01")
    g = one(actors, "The governor of the province")
    assert (g.kind, g.country, g.sector) == ("person", "PER", "GOV")


def test_the_country_is_the_state_in_focus(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "President Gustavo Petro said on Friday that the country would resume talks "
                                  "with the rebels.", date="2024-05-10")
    c = one(actors, "the country")
    assert (c.kind, c.country) == ("state", "COL")
    # two states in focus: no guess; a slogan inside quotation marks is not an actor
    actors, _ = code(actors_pipe, "Chile and Peru signed a pact. Officials said the country would benefit.")
    assert not find(actors, "the country")
    actors, _ = code(actors_pipe, "Argentina raised taxes. \u201cThe country is not for sale\u201d, the "
                                  "marchers chanted.")
    assert not find(actors, "The country")


def test_it_as_subject_refers_to_the_state_subject(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Japan announced on Tuesday that it will lift the export curbs.")
    it = one(actors, "it")
    assert it.country == "JPN" and it.kind == "state"
    actors, _ = code(actors_pipe, "Canada has funded the coast guard, and the navy it equipped now patrols the "
                                  "strait.")
    assert one(actors, "it").country == "CAN"  # not the navy the relative clause describes
    # "it" of a copula, or of a body's reported speech, is not listed
    actors, _ = code(actors_pipe, "Japan ended the programme. Its prime minister said it was a mistake.")
    assert not find(actors, "it")


def test_junta_and_anaphoric_forces_belong_to_their_own_state(actors_pipe: Pipeline) -> None:
    text = ("Some 1,200 German soldiers stationed in Lithuania will stay until next year. Part of the forces "
            "will then be moved to Poland.")
    actors, _ = code(actors_pipe, text)
    f = one(actors, "the forces")
    assert (f.country, f.sector) == ("DEU", "MIL")  # not Poland, where they go
    text = "General Abdourahamane Tiani, who leads Niger, said the junta would not negotiate with ECOWAS."
    actors, _ = code(actors_pipe, text, date="2023-09-01")
    j = one(actors, "the junta")
    assert (j.country, j.sector) == ("NER", "MIL")


def test_name_after_a_title_and_comma_is_a_person(actors_pipe: Pipeline) -> None:
    text = "The deal was confirmed on Friday by the minister of Economy, Pedro Valdivieso Ramos."
    actors, _ = code(actors_pipe, text)
    p = [a for a in actors if a.kind == "person"]
    assert p and "Pedro Valdivieso Ramos" in p[0].text and p[0].sector == "GOV"


def test_landmark_names_are_places(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Crowds gathered outside Moscow's Sheremetyevo International Airport, and "
                                  "the president spoke at the Palácio do Planalto.")
    assert not find(actors, "Moscow") and not find(actors, "Planalto")
    actors, _ = code(actors_pipe, "Moscow said the airport would reopen.")
    assert one(actors, "Moscow").country == "RUS"


def test_alias_inside_a_longer_name_does_not_resolve(actors_pipe: Pipeline) -> None:
    text = "Liu He, head of the office of the Central Financial and Economic Affairs Commission, met Yellen."
    actors, _ = code(actors_pipe, text)
    assert not [a for a in actors if a.name == "European Commission"]
    actors, _ = code(actors_pipe, "The European Commission and the EU Commission spokesman said no.")
    assert [a for a in actors if a.name == "European Commission"]


def test_government_of_a_leader_is_one_state_mention(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "The Government of Javier Milei cut subsidies on Monday.", date="2024-02-01")
    g = one(actors, "The Government of Javier Milei")
    assert (g.kind, g.country, g.sector) == ("state", "ARG", "GOV")
    assert not find(actors, "Javier Milei")


def test_actions_of_a_state_make_it_an_actor(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "Officials condemned the actions of Russia and the landscape of Norway.")
    assert one(actors, "Russia").country == "RUS"
    assert not find(actors, "Norway")


def test_the_official_is_the_one_titled_official_named_just_before(actors_pipe: Pipeline) -> None:
    text = ("QUITO - The loan was approved on Friday, announced the minister of Finance, Julia Arteaga Soto. "
            "\u201cIt is good news\u201d, said the official.")
    actors, _ = code(actors_pipe, text)
    named = [a for a in actors if a.text.endswith("Julia Arteaga Soto")]
    assert named and named[0].kind == "person" and named[0].country == "ECU"
    o = one(actors, "the official")
    assert o.name == named[0].name and o.country == "ECU"
    # two officials named: no guess
    text = ("The minister of Finance, Julia Arteaga Soto, met the minister of Energy, Rafael Mora Paz. "
            "The official said nothing.")
    actors, _ = code(actors_pipe, text)
    assert not find(actors, "The official")


def test_plural_with_adjectives_names_the_states_before(actors_pipe: Pipeline) -> None:
    text = "Japan and India signed a currency swap. The two biggest economies in Asia will meet again in May."
    actors, _ = code(actors_pipe, text)
    got = {a.country for a in actors if a.text == "The two biggest economies"}
    assert got == {"JPN", "IND"}, [(a.text, a.country) for a in actors]


def test_institution_buildings_and_owned_troops_abroad_are_places(actors_pipe: Pipeline) -> None:
    actors, _ = code(actors_pipe, "HARARE - Tanks blocked the roads leading to parliament on Wednesday.")
    assert not find(actors, "parliament")
    actors, _ = code(actors_pipe, "Sweden and its partners announced the withdrawal of their troops of Chad.")
    assert not find(actors, "Chad") and not [a for a in actors if a.country == "TCD"]


# -- coreference: subordinate-clause pronouns and role words pointing back ----------------


def test_pronoun_in_asked_clause_shares_main_subject(actors_pipe: Pipeline) -> None:
    # the object of the "Asked whether" clause is not the speaker: both pronouns are the
    # subject of the sentence before
    text = ("Emmanuel Macron received Olaf Scholz at the Elysee on Tuesday. "
            "Asked whether he still regarded Scholz as a reliable partner, he answered that he did.")
    _, mentions = code(actors_pipe, text, "2023-03-01")
    macron = one(mentions, "Emmanuel Macron").id
    hes = find(mentions, "he")
    assert hes and {a.id for a in hes} == {macron}
    # with nobody before, the main-clause pronoun must not fall back on the clause's object
    _, mentions = code(actors_pipe, "Asked whether he still regarded Scholz as a partner, he said yes.",
                       "2023-03-01")
    assert find(mentions, "he") == []


def test_definite_role_word_points_back_at_the_one_fitting_person(actors_pipe: Pipeline) -> None:
    text = ("Sergey Lavrov met Antony Blinken in Vienna on Friday. Kremlin spokesman Dmitry Peskov "
            "called the meeting useful. \"Nobody wants a war,\" insisted the representative of the Kremlin.")
    actors, _ = code(actors_pipe, text, "2022-01-21")
    peskov = one(actors, "Kremlin spokesman Dmitry Peskov")
    assert peskov.id
    assert one(actors, "the representative of the Kremlin").id == peskov.id
    # two spokesmen fit: the role word stays unresolved to either person
    text = ("Kremlin spokesman Dmitry Peskov and State Department spokesman Ned Price spoke on Friday. "
            "\"Talks will go on,\" said the spokesman.")
    actors, _ = code(actors_pipe, text, "2022-01-21")
    assert all(a.kind != "person" or a.id is None for a in find(actors, "the spokesman"))


def test_role_nouns_table_is_well_formed() -> None:
    from dateline._actors.resolve import ROLE_NOUNS

    assert "representative" in ROLE_NOUNS and "president-elect" in ROLE_NOUNS
    for noun, fits in ROLE_NOUNS.items():
        assert noun == noun.strip().lower() and fits, noun
        assert all(w == w.strip() and w for w in fits), noun
