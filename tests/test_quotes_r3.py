"""Speaker attribution classes found on tests/gold/dev4_quotes.jsonl (one test per class of fix).

Every sentence here is written for the test; the quotes layer runs alone (no actors layer) unless
the test says otherwise, so the rules are exercised on the parse and entities only.
"""
from __future__ import annotations

from typing import Any

import pytest

from _quotes_helpers import Runner, quotes_runner
from _quotes_helpers import mention as _mention
from _quotes_helpers import only_quote as _quote
from _quotes_helpers import speaker_name as _name
from dateline._records import Actor


@pytest.fixture(scope="session")
def run(nlp: Any) -> Runner:
    return quotes_runner(nlp)


# -- a sentence the parser runs over a paragraph break ----------------------------------------

def test_scare_quote_after_an_unclosed_quotation_takes_no_speaker(run: Any) -> None:
    text = ('The envoy in Lisbon, Marc Dufour, said before leaving:\n\n'
            '« Nobody warned us, not once, before the decision\n\n'
            'The « deal of the decade », signed in 2019, was to build ten frigates.')
    quotes = run(text)
    assert "Dufour" in (_name(_quote(quotes, "Nobody warned us")) or "")
    assert _quote(quotes, "deal of the decade").speaker is None


# -- the name a title introduces ----------------------------------------------------------------

@pytest.mark.parametrize("text, part, name", [
    ('Director of National Intelligence Dan Coats said in a statement:\n\n"We stand by our findings."',
     "We stand by", "Dan Coats"),
    ('The French ambassador in Canberra, Jean-Pierre Thébault, said: "We were never consulted."',
     "never consulted", "Jean-Pierre Thébault"),
    ('According to the Australian minister of Defence, Peter Dutton, the boats "no longer met" the needs.',
     "no longer met", "Peter Dutton"),
])
def test_title_introducing_a_name_gives_the_name(run: Any, text: str, part: str, name: str) -> None:
    assert _name(_quote(run(text), part)) == name


def test_explicit_apposition_beats_the_actors_guess_for_the_title(run: Any) -> None:
    text = 'The French ambassador in Canberra, Jean-Pierre Thébault, said: "We were never consulted."'
    wrong = _mention(text, "The French ambassador", id="Q6279", name="Joe Biden", kind="person", country="USA")
    assert _name(_quote(run(text, [wrong]), "never consulted")) == "Jean-Pierre Thébault"


def test_a_name_after_of_is_not_the_title_holder(run: Any) -> None:
    text = 'The wife of John Smith said the verdict was "a disgrace".'
    assert _name(_quote(run(text), "a disgrace")) != "John Smith"


# -- a clause joined to a quoted sentence -------------------------------------------------------

def test_partial_in_a_clause_joined_to_a_quoted_sentence_keeps_its_voice(run: Any) -> None:
    text = ('On Friday, the spokeswoman Mao Ning rejected the claims. '
            '"China is a responsible country", she said, and the accusations of Washington are "pure speculation".')
    assert _name(_quote(run(text), "pure speculation")) == "Mao Ning"


# -- a pronoun the actors layer tied only to an unnamed title ------------------------------------

def test_pronoun_tied_to_an_unnamed_title_gets_the_named_speaker(run: Any) -> None:
    text = ('The spokeswoman of the Ministry of Foreign Affairs Mao Ning rejected the report. '
            '"China is a responsible country," she said.')
    i = text.index("she said")
    she = Actor(id=None, text="she", span=(i, i + 3), name="the spokeswoman", kind="person", country="CHN",
                resolved_by="test")
    assert _name(_quote(run(text, [she]), "responsible country")) == "Mao Ning"


# -- people named only by a role, a party or an election result ---------------------------------

def test_role_word_points_back_at_the_person_it_introduced(run: Any) -> None:
    text = ('The Congress removed the president Pedro Castillo, and the vice-president Dina Boluarte '
            'was sworn in.\n\nCastillo called the vote "a coup". "I take office under the Constitution", '
            'declared the former vice-president before the legislators.')
    assert _name(_quote(run(text), "I take office")) == "Dina Boluarte"


def test_party_word_points_back_at_the_person_it_introduced(run: Any) -> None:
    text = ('The secretary-general of the Socialist Party, Pedro Nuno Santos, accepted the defeat. '
            '"We lost, and we will be the opposition," he said. "We owe the country responsibility," '
            'added the socialist, whose party had governed since 2015.')
    assert _name(_quote(run(text), "We owe the country")) == "Pedro Nuno Santos"


def test_election_result_names_the_only_person_in_view(run: Any) -> None:
    text = ('LISBON - The alliance of Luís Montenegro narrowly won the election on Sunday.\n\n'
            '"The Portuguese wanted change and the change starts today", declared the winner of the '
            'elections before his supporters.')
    # the recogniser tags the name as an organisation here; the actors layer knows the person
    lm = _mention(text, "Luís Montenegro", id="Q11764394", name="Luís Montenegro", kind="person", country="PRT")
    assert _name(_quote(run(text, [lm]), "wanted change")) == "Luís Montenegro"


# -- a stance verb inside someone else's reported speech -----------------------------------------

@pytest.mark.parametrize("text, part, name", [
    ('The ambassador Lisa Kenna wrote on Twitter that Washington rejects "any unconstitutional act".',
     "any unconstitutional act", "Lisa Kenna"),
    ('The spokeswoman Jen Psaki indicated that the president will speak "in the coming days" with Macron.',
     "in the coming days", "Jen Psaki"),
    ('Sergey Lavrov spoke after the talks. According to him, Washington promised to give "written answers".',
     "written answers", "Sergey Lavrov"),
])
def test_stance_verb_inside_reported_speech_is_the_reporters_wording(run: Any, text: str, part: str,
                                                                     name: str) -> None:
    assert _name(_quote(run(text), part)) == name


def test_framing_verb_inside_reported_speech_keeps_its_own_speaker(run: Any) -> None:
    text = 'Sergey Lavrov said that Antony Blinken called the talks "useful".'
    assert _name(_quote(run(text), "useful")) == "Antony Blinken"


# -- a name the recogniser cut at its particle ----------------------------------------------------

def test_name_cut_at_its_particle_is_completed(run: Any) -> None:
    text = ('The vice-president Soraya Sáenz de Santamaría qualified the vote of "farce" on Sunday.')
    cut = _mention(text, "Soraya Sáenz", id=None, name="Soraya Sáenz", kind="person", country="ESP")
    assert _name(_quote(run(text, [cut]), "farce")) == "Soraya Sáenz de Santamaría"
    assert _name(_quote(run(text), "farce")) in ("Soraya Sáenz de Santamaría", None)


# -- institutions named before, or named inside an unresolved phrase ------------------------------

def test_definite_institution_noun_points_back_at_the_named_institution(run: Any) -> None:
    text = ('"We will not stand by", the Ministry of Commerce said in a statement. According to the ministry, '
            'the new duties are "violating" the rules of trade.')
    mofcom = _mention(text, "the Ministry of Commerce", id="Q148", name="China", kind="state", country="CHN")
    q = _quote(run(text, [mofcom]), "violating")
    assert q.speaker is not None and q.speaker.country == "CHN"


def test_spokesman_of_the_institution_speaks_for_the_one_named_before(run: Any) -> None:
    text = 'The State Department « regrets » the decision, affirmed a spokesman of the institution.'
    dos = _mention(text, "The State Department", id="Q30", name="United States", kind="state", country="USA")
    q = _quote(run(text, [dos]), "regrets")
    assert q.speaker is not None and q.speaker.country == "USA"


def test_document_published_by_an_agency_speaks_for_its_state(run: Any) -> None:
    text = ('Saudi Arabia cut its ties with the emirate on Monday.\n\n'
            '"The kingdom took this decision to protect its security", said a statement published by the '
            'official news agency of Saudi Arabia. The statement accused Doha of embracing "terrorist groups".')
    sau = _mention(text, "Saudi Arabia", id="Q851", name="Saudi Arabia", kind="state", country="SAU")
    quotes = run(text, [sau])
    for part in ("The kingdom took", "terrorist groups"):
        sp = _quote(quotes, part).speaker
        assert sp is not None and sp.country == "SAU", part


def test_fragment_in_a_main_clause_with_the_speech_verb_after_it(run: Any) -> None:
    text = 'The government « deplores » the attack, affirmed the minister Sergey Lavrov.'
    assert _name(_quote(run(text), "deplores")) == "Sergey Lavrov"


# -- a quotation interrupted by its cue ---------------------------------------------------------

def test_quotation_resumed_after_its_cue_keeps_the_speaker(run: Any) -> None:
    text = ('The defence secretary Gilberto Teodoro called the manoeuvres "reckless". '
            '“This is no accident“, insisted the minister, “it is a pattern.“')
    assert _name(_quote(run(text), "it is a pattern")) == "Gilberto Teodoro"


# -- verbs: aspect is not speech; justifying and congratulating are ------------------------------

def test_continue_with_a_verb_complement_is_not_a_speech_verb(run: Any) -> None:
    text = 'Wang Yi praised the deal, and added that Beijing will continue playing a "constructive role".'
    assert _name(_quote(run(text), "constructive role")) == "Wang Yi"


@pytest.mark.parametrize("text, part, name", [
    ('The general Omar Tchiani justified the takeover by « the steady decline of security ».',
     "steady decline", "Omar Tchiani"),
    ('The president Joe Biden congratulated the winner for his victory in “free and credible elections“.',
     "free and credible", "Joe Biden"),
])
def test_justifying_and_congratulating_attribute_a_fragment(run: Any, text: str, part: str, name: str) -> None:
    assert _name(_quote(run(text), part)) == name


# -- the media are not speakers --------------------------------------------------------------------

def test_newspapers_are_not_speakers(run: Any) -> None:
    text = 'In Tehran, the newspapers celebrated the "new page" on their front covers.'
    assert _quote(run(text), "new page").speaker is None


def test_generic_person_noun_does_not_point_back_at_the_last_speaker(run: Any) -> None:
    text = ('"We will rebuild the bridge," the mayor Ana Costa told reporters.\n\n'
            'A resident of the town was less hopeful. "Nobody believes it any more," the resident said.')
    assert _name(_quote(run(text), "Nobody believes")) != "Ana Costa"


# -- epithets, possessive issuers, generic antecedents (found on a scratch probe of unseen text) ---

def test_epithet_points_back_at_the_latest_named_speaker(run: Any) -> None:
    text = ('"I resign so that my brothers are not persecuted", declared the president Evo Morales. '
            'The former coca grower added that his "sin" was to be indigenous.')
    assert _name(_quote(run(text), "sin")) == "Evo Morales"


def test_document_with_a_possessive_pronoun_speaks_for_its_antecedent(run: Any) -> None:
    text = ('The leader thanked his supporters in a message from the region of Chapare.\n\n'
            'The Organization of American States had found "clear manipulations" in the count, '
            'according to its report.')
    sp = _quote(run(text), "clear manipulations").speaker
    assert sp is not None and "Chapare" not in sp.name and "American States" in sp.name


def test_they_after_a_generic_plural_subject_stays_unattributed(run: Any) -> None:
    text = ('"She is betraying the city," the lawmaker Claudia Mo said.\n\n'
            'Critics fear what they call the "erosion" of the freedoms of the city.')
    assert _quote(run(text), "erosion").speaker is None


# -- found on a second scratch probe of unseen text ------------------------------------------------

def test_unclosed_quotation_takes_no_cue_from_the_next_paragraph(run: Any) -> None:
    text = ('From Washington, the president Donald Trump wrote in Twitter:\n\n'
            '“KOREAN WAR TO END! The United States should be very proud\n\n'
            'Analysts warned that the declaration does not include a calendar.')
    assert _name(_quote(run(text), "KOREAN WAR")) == "Donald Trump"


def test_speech_verb_after_a_preposition_takes_the_governing_verbs_speaker(run: Any) -> None:
    text = ('The leader of the party, Jean-Luc Mélenchon, provoked a polemic by speaking of an '
            '« offensive of armed forces ».')
    assert _name(_quote(run(text), "offensive of armed forces")) == "Jean-Luc Mélenchon"


def test_pronoun_continues_the_speaker_when_its_antecedent_is_named_only_in_a_quotation(run: Any) -> None:
    text = ('"Putin chose this war, and now he will bear the consequences," Biden said at the White House. '
            'He said the measures would impose "a severe cost" on the economy.')
    i = text.index("He said")
    he = Actor(id="Q7747", text="He", span=(i, i + 2), name="Vladimir Putin", kind="person", country="RUS",
               resolved_by="test")
    j = text.index("Biden")
    biden = Actor(id="Q6279", text="Biden", span=(j, j + 5), name="Joe Biden", kind="person", country="USA",
                  resolved_by="test")
    k = text.index("Putin")
    putin = Actor(id="Q7747", text="Putin", span=(k, k + 5), name="Vladimir Putin", kind="person",
                  country="RUS", resolved_by="test")
    assert _name(_quote(run(text, [putin, biden, he]), "a severe cost")) == "Joe Biden"
    # named outside quotations in the paragraph: the actors layer's reading stands
    text2 = text.replace("at the White House.", "after talks with Putin.")
    i2, j2 = text2.index("He said"), text2.index("Biden")
    k2 = text2.index("with Putin") + 5
    mentions2 = [Actor(id="Q7747", text="Putin", span=(k2, k2 + 5), name="Vladimir Putin", kind="person",
                       country="RUS", resolved_by="test"),
                 Actor(id="Q6279", text="Biden", span=(j2, j2 + 5), name="Joe Biden", kind="person",
                       country="USA", resolved_by="test"),
                 Actor(id="Q7747", text="He", span=(i2, i2 + 2), name="Vladimir Putin", kind="person",
                       country="RUS", resolved_by="test")]
    assert _name(_quote(run(text2, mentions2), "a severe cost")) == "Vladimir Putin"


# -- found on a third scratch probe of unseen text -------------------------------------------------

def test_post_posed_speaker_hung_on_a_prepositional_phrase(run: Any) -> None:
    text = ('BEIJING - China warned this Wednesday that it will take “countermeasures“ against the visa '
            'restrictions of Mike Pompeo.\n\n“The so-called human rights issue is only a pretext“, declared in '
            'the press conference the spokesman Geng Shuang.')
    assert _name(_quote(run(text), "only a pretext")) == "Geng Shuang"


def test_frame_verb_reached_through_a_conjoined_verb_is_not_the_fragments_frame(run: Any) -> None:
    text = ('Secretary of State John Kerry told a news conference in Luxembourg that Washington would '
            'consider any request but that Turkey must present "genuine evidence."')
    assert _name(_quote(run(text), "genuine evidence")) == "John Kerry"


def test_person_noun_never_introduced_as_unnamed_is_an_epithet(run: Any) -> None:
    text = ('Fernando Haddad did not congratulate the winner. “We will be a firm opposition“, said the '
            'professor before his supporters in São Paulo.')
    assert _name(_quote(run(text), "firm opposition")) == "Fernando Haddad"


def test_mission_of_a_state_speaks_for_the_state(run: Any) -> None:
    text = ('Iran launched drones against Israel overnight. "The matter can be deemed concluded", wrote '
            'the mission of Iran at the United Nations on X.')
    iran = _mention(text, "Iran", id="Q794", name="Iran", kind="state", country="IRN")
    sp = _quote(run(text, [iran]), "deemed concluded").speaker
    assert sp is not None and sp.country == "IRN"


def test_offering_frames_a_fragment(run: Any) -> None:
    text = 'The president Michel Temer telephoned Bolsonaro and offered a “transition without obstacles“.'
    assert _name(_quote(run(text), "transition without obstacles")) == "Michel Temer"


# -- found on a fourth scratch probe of unseen text ------------------------------------------------

def test_demonym_epithet_points_back_at_the_latest_speaker(run: Any) -> None:
    text = ('The president of the European Commission, Jean-Claude Juncker, celebrated the deal. '
            '"We are sending today a strong signal", wrote the Luxembourger.')
    jcj = _mention(text, "Jean-Claude Juncker", id="Q57661", name="Jean-Claude Juncker", kind="person", country="LUX")
    assert _name(_quote(run(text, [jcj]), "strong signal")) == "Jean-Claude Juncker"


def test_hyphenated_role_with_its_head_at_the_end(run: Any) -> None:
    text = ('PARIS - Emmanuel Macron was elected on Sunday president of the Republic against the candidate '
            'Marine Le Pen.\n\n« A new page of our history opens this evening », declared the president-elect '
            'before the pyramid of the Louvre.')
    assert _name(_quote(run(text), "A new page")) == "Emmanuel Macron"


def test_a_person_welcoming_through_a_spokesman_is_quoted_in_her_own_words(run: Any) -> None:
    text = ('The chancellor Angela Merkel welcomed a « victory for a strong Europe », according to her '
            'spokesman Steffen Seibert.')
    assert _name(_quote(run(text), "victory for a strong Europe")) == "Angela Merkel"


def test_frame_verb_does_not_frame_an_adverb(run: Any) -> None:
    text = ('Washington agreed to resume aid, according to a joint statement. The statement said the two '
            'sides would name negotiating teams "immediately."')
    sides = _mention(text, "the two sides", id="Q159", name="Russia", kind="state", country="RUS")
    assert _quote(run(text, [sides]), "immediately").speaker is None


# -- found on a fifth scratch probe of unseen text -------------------------------------------------

def test_unlisted_verb_right_after_a_quotation_is_its_cue(run: Any) -> None:
    text = ('"The democracy is mature", guaranteed the magistrate Alexandre de Moraes.\n\n'
            'The third place, Simone Tebet, will decide this week whom she will support. '
            '"I will not be neutral", she anticipated.')
    tebet = _mention(text, "Simone Tebet", id=None, name="Simone Tebet", kind="person", country="BRA")
    she = _mention(text, "she", occurrence=2, id=None, name="Simone Tebet", kind="person", country="BRA")
    assert _name(_quote(run(text, [tebet, she]), "not be neutral")) == "Simone Tebet"


def test_one_unnamed_speaker_of_a_fragment_is_not_told(run: Any) -> None:
    text = ('Some senators dropped their challenge after the riot, citing what one senator called '
            '"the horrifying scenes" at the Capitol.')
    assert _quote(run(text), "horrifying scenes").speaker is None


# -- quoted modifiers: scare quotes, unless in the that-clause of someone's speech ----------------

@pytest.mark.parametrize("text, part, name", [
    ('The prime minister Theresa May spoke to Parliament. She added that the Kremlin’s "reckless" '
     'behaviour will not be tolerated.', "reckless", "Theresa May"),
    ('The spokesman Amadou Abdramane had warned on television that the army will give an « immediate » '
     'response.', "immediate", "Amadou Abdramane"),
])
def test_quoted_modifier_in_a_reported_clause_is_the_speakers_word(run: Any, text: str, part: str,
                                                                    name: str) -> None:
    assert _name(_quote(run(text), part)) == name


def test_quoted_modifier_in_a_statement_clause_speaks_for_the_issuer(run: Any) -> None:
    text = ('The Revolutionary Guard warned in a statement that any response would meet a "more crushing" '
            'reply.')
    irgc = _mention(text, "The Revolutionary Guard", id=None, name="Revolutionary Guard", kind="organization",
                    country="IRN")
    sp = _quote(run(text, [irgc]), "more crushing").speaker
    assert sp is not None and sp.country == "IRN"


@pytest.mark.parametrize("text, part", [
    ('The minister Ana Costa said that the so-called "hybrid" war was over.', "hybrid"),
    ('Organizers put the turnout at a million as the "blue wall" states voted.', "blue wall"),
    ('Sergey Lavrov called the sanctions a "hysteria" and said the "hybrid" war was over.', "hybrid"),
])
def test_other_quoted_modifiers_stay_scare_quotes(run: Any, text: str, part: str) -> None:
    assert _quote(run(text), part).speaker is None


def test_subject_hung_on_a_fronted_place_as_an_apposition(run: Any) -> None:
    text = ('In Niamey, the junta of the general Abdourahamane Tiani denounced an « illegal and senseless '
            'aggression ».')
    tiani = _mention(text, "the junta of the general Abdourahamane Tiani", id=None, name="Niger",
                     kind="state", country="NER")
    sp = _quote(run(text, [tiani]), "senseless aggression").speaker
    assert sp is not None and sp.country == "NER"


def test_role_word_later_in_the_sentence_is_no_apposition(run: Any) -> None:
    text = ('Thousands marched against the president Abdelaziz Bouteflika, while the chief of the army, '
            'the general Ahmed Gaid Salah, asked for his removal.\n\n"This is the only solution that '
            'preserves the stability of the country", affirmed the chief of the General Staff on television.')
    assert _name(_quote(run(text), "the only solution")) != "Abdelaziz Bouteflika"


def test_evaluative_modifier_of_a_speech_verbs_object(run: Any) -> None:
    text = ('The outgoing president Andrés Manuel López Obrador celebrated the "overwhelming" victory of '
            'his successor.')
    assert _name(_quote(run(text), "overwhelming")) == "Andrés Manuel López Obrador"
