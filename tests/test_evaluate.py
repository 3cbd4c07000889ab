"""The scorer itself, on hand-made cases (no model needed)."""

from __future__ import annotations

from dateline._evaluate import evaluate, ref_matches

XI = {"id": "Q15031", "name": "Xi Jinping", "kind": "person", "country": "CHN", "sector": "GOV", "wikidata": "Q15031"}
PUTIN = {"id": "Q7747", "name": "Vladimir Putin", "kind": "person", "country": "RUS", "sector": "GOV", "wikidata": "Q7747"}
NATO = {"id": "Q7184", "name": "North Atlantic Treaty Organization", "kind": "igo", "country": None, "sector": None,
        "wikidata": "Q7184"}
RESOLVE = {"nato": {"Q7184"}, "xi jinping": {"Q15031"}}.get


def resolver(name: str) -> set[str]:
    return RESOLVE(name.lower()) or set()


def ev(t, src, tgt, **kw):
    return {"type": t, "sources": src, "targets": tgt, "negated": False, "hypothetical": False,
            "trigger": {"text": "x", "span": [0, 1]}, **kw}


def test_reference_matching() -> None:
    assert ref_matches("CHN", XI, resolver)
    assert ref_matches("Q15031", XI, resolver)
    assert ref_matches("xi jinping", XI, resolver)
    assert ref_matches("NATO", NATO, resolver)
    assert not ref_matches("RUS", XI, resolver)
    assert not ref_matches("NATO", XI, resolver)
    assert ref_matches(None, None, resolver) and not ref_matches(None, XI, resolver)


def test_events_precision_recall_and_reciprocity() -> None:
    gold = [{"id": "a", "text": "t", "events": [
        {"type": "CONSULT", "sources": ["CHN", "RUS"], "targets": []},
        {"type": "ACCUSE", "sources": ["CHN"], "targets": ["NATO"]},
        {"type": "SANCTION", "sources": ["RUS"], "targets": ["CHN"], "hypothetical": True},
    ]}]
    pred = [{"id": "a", "text": "t", "events": [
        ev("CONSULT", [XI], [PUTIN]),          # reciprocal: matches A and B as sources
        ev("CONSULT", [XI], [PUTIN]),          # the same event again: not a second one
        ev("ACCUSE", [XI], [PUTIN]),           # wrong target: one FP and one FN
        ev("SANCTION", [PUTIN], [XI], hypothetical=True),
        ev("ASSAULT", [PUTIN], [XI]),          # spurious
    ]}]
    r = evaluate(gold, pred, ["events"], resolve=resolver).layers["events"]
    assert (r.tp, r.fp, r.fn) == (2, 2, 1)
    assert round(r.precision, 3) == 0.5 and round(r.recall, 3) == 0.667


def test_flagged_events_only_match_flagged_gold() -> None:
    gold = [{"id": "a", "text": "t", "events": [{"type": "SANCTION", "sources": ["RUS"], "targets": ["CHN"]}]}]
    pred = [{"id": "a", "text": "t", "events": [ev("SANCTION", [PUTIN], [XI], negated=True)]}]
    r = evaluate(gold, pred, ["events"], resolve=resolver).layers["events"]
    assert (r.tp, r.fp, r.fn) == (0, 1, 1)


def test_quotes_detection_speakers_and_false_attribution() -> None:
    gold = [{"id": "a", "text": "t", "quotes": [
        {"text": "We will not accept this.", "speaker": "Xi Jinping", "kind": "direct"},
        {"text": "no limits", "speaker": None, "kind": "partial"},
        {"text": "A missed quote", "speaker": "RUS", "kind": "direct"},
    ]}]
    pred = [{"id": "a", "text": "t", "quotes": [
        {"text": "we will not accept this", "speaker": XI, "kind": "direct"},
        {"text": "no limits", "speaker": PUTIN, "kind": "partial"},
        {"text": "Something else entirely", "speaker": None, "kind": "direct"},
        {"text": "an indirect one", "speaker": XI, "kind": "indirect"},  # not scored: gold has no indirect
    ]}]
    q = evaluate(gold, pred, ["quotes"], resolve=resolver).layers["quotes"]
    assert (q.tp, q.fp, q.fn) == (2, 1, 1)
    assert q.counts["speaker_right"] == 1 and q.counts["false_attributions"] == 1
    assert q.extra["speaker_accuracy"] == 0.5


def test_actor_times_amounts_places_layers() -> None:
    text = "Xi met Putin in Kazan on Tuesday; Xi pledged $1.5bn."
    gold = [{"id": "a", "text": text,
             "actors": [{"text": "Xi", "id": "Xi Jinping", "country": "CHN", "occurrence": 2},
                        {"text": "Putin", "id": "Q7747", "country": "RUS"}],
             "times": [{"text": "on Tuesday", "value": "2024-10-22"}],
             "amounts": [{"text": "$1.5bn", "value": 1.5e9, "unit": "USD"}],
             "places": [{"text": "Kazan", "name": "Kazan", "country": "RUS"}]}]
    pred = [{"id": "a", "text": text,
             "actors": [{**XI, "text": "Xi", "span": [0, 2]}, {**XI, "text": "Xi", "span": [34, 36]},
                        {**XI, "text": "Putin", "span": [7, 12]}],
             "times": [{"text": "Tuesday", "span": [25, 32], "value": "2024-10-22"}],
             "amounts": [{"text": "$1.5bn", "span": [45, 51], "value": 1500000000, "unit": "USD"}],
             "places": [{"text": "Kazan", "span": [16, 21], "name": "Kazan", "country": "RUS"}]}]
    r = evaluate(gold, pred, resolve=resolver).layers
    a = r["actors"]
    # second "Xi" right; "Putin" resolved to Xi is wrong; the first "Xi" is unannotated -> FP
    assert (a.tp, a.fp, a.fn) == (1, 2, 1) and a.extra["accuracy"] == 0.5
    assert r["times"].tp == 1 and r["times"].extra["value_accuracy"] == 1.0
    assert r["amounts"].tp == 1 and r["places"].extra["exact_accuracy"] == 1.0


def test_exact_place_names_compare_as_spellings_of_one_name() -> None:
    text = "Floods reached Klodzko, Kirklareli and Port au Prince, then Springfield."
    gold = [{"id": "a", "text": text, "places": [
        {"text": "Klodzko", "name": "Klodzko", "country": "POL"},
        {"text": "Kirklareli", "name": "Kirklareli", "country": "TUR"},
        {"text": "Port au Prince", "name": "Port au Prince", "country": "HTI"},
        {"text": "Springfield", "name": "Springfield", "country": "USA"}]}]

    def place(name: str, label: str, country: str) -> dict[str, object]:
        start = text.index(name)
        return {"text": name, "span": [start, start + len(name)], "name": label, "country": country}

    pred = [{"id": "a", "text": text, "places": [
        place("Klodzko", "K\u0142odzko", "POL"), place("Kirklareli", "K\u0131rklareli", "TUR"),
        place("Port au Prince", "Port-au-Prince", "HTI"),
        place("Springfield", "Springfield Township", "USA")]}]  # another place: not exact
    r = evaluate(gold, pred, ["places"], resolve=resolver).layers["places"]
    assert r.counts["exact_right"] == 3 and r.extra["country_accuracy"] == 1.0


def test_unannotated_layers_are_not_scored_and_empty_ones_are() -> None:
    gold = [{"id": "a", "text": "t", "times": []}]
    pred = [{"id": "a", "text": "t", "times": [{"text": "t", "span": [0, 1], "value": "2020"}], "events": [ev("AID", [XI], [])]}]
    r = evaluate(gold, pred).layers
    assert "events" not in r and r["times"].fp == 1 and r["times"].precision == 0.0


def test_plural_mentions_pair_each_gold_actor_with_its_own_prediction() -> None:
    text = "Both governments agreed."
    gold = [{"id": "a", "text": text, "actors": [
        {"text": "Both governments", "id": "RUS", "country": "RUS"},
        {"text": "Both governments", "id": "CHN", "country": "CHN"}]}]
    pred = [{"id": "a", "text": text, "actors": [
        {**XI, "id": "Q148", "name": "China", "text": "Both governments", "span": [0, 16]},
        {**PUTIN, "id": "Q159", "name": "Russia", "text": "Both governments", "span": [0, 16]}]}]
    a = evaluate(gold, pred, ["actors"], resolve=resolver).layers["actors"]
    assert (a.tp, a.fp, a.fn) == (2, 0, 0)


def test_the_same_event_under_other_names_is_a_repeat_not_a_false_alarm() -> None:
    china = {**XI, "id": "Q148", "name": "China", "kind": "state"}
    gold = [{"id": "a", "text": "t", "events": [{"type": "ACCUSE", "sources": ["CHN"], "targets": ["RUS"]}]}]
    pred = [{"id": "a", "text": "t", "events": [ev("ACCUSE", [XI], [PUTIN]), ev("ACCUSE", [china], [PUTIN]),
                                                ev("ACCUSE", [PUTIN], [XI])]}]
    r = evaluate(gold, pred, ["events"], resolve=resolver).layers["events"]
    assert (r.tp, r.fp, r.fn) == (1, 1, 0) and r.counts["duplicates"] == 1


def test_event_misses_are_counted_by_the_nearest_false_alarm() -> None:
    gold = [{"id": "a", "text": "t", "events": [
        {"type": "ACCUSE", "sources": ["CHN"], "targets": ["NATO"]},      # found, target lost
        {"type": "SANCTION", "sources": ["RUS"], "targets": ["CHN"]},     # found, flagged wrongly
        {"type": "REJECT", "sources": ["RUS"], "targets": ["CHN"]},       # found under another type
        {"type": "ASSAULT", "sources": ["RUS"], "targets": ["CHN"]},      # source wrong
        {"type": "AID", "sources": ["CHN"], "targets": ["RUS"]},          # nothing near
    ]}]
    pred = [{"id": "a", "text": "t", "events": [
        ev("ACCUSE", [XI], []),
        ev("SANCTION", [PUTIN], [XI], negated=True),
        ev("REQUEST", [PUTIN], [XI]),
        ev("ASSAULT", [NATO], [XI]),
        ev("PROTEST", [NATO], []),                                         # a plain false alarm
    ]}]
    r = evaluate(gold, pred, ["events"], resolve=resolver).layers["events"]
    assert (r.tp, r.fp, r.fn) == (0, 5, 5)
    c = r.counts
    assert (c["miss_targets"], c["miss_flags"], c["miss_type"], c["miss_sources"], c["miss_unfound"]) == (1, 1, 1, 1, 1)
    assert "miss_actors" not in c


def test_a_clock_time_on_the_gold_day_counts_where_the_gold_gives_the_day_alone() -> None:
    from dateline._evaluate import _same_time_value

    assert _same_time_value("2024-12-04", "2024-12-04T01:00")
    assert _same_time_value("2024-12-04", "2024-12-04T23:30:15")
    assert _same_time_value("2024-12-04T01:00", "2024-12-04T01:00")
    assert not _same_time_value("2024-12-04T01:00", "2024-12-04")  # the gold's clock is not given
    assert not _same_time_value("2024-12-04", "2024-12-05T01:00")  # another day
    assert not _same_time_value("2024-12-04", "2024-12-04TNI")  # a part of day is not a clock
    assert not _same_time_value("2024-12", "2024-12-04T01:00")  # a month is not that day
    assert not _same_time_value(None, "2024-12-04T01:00")


def test_time_scores_report_the_strict_figure_beside_the_allowance() -> None:
    from dateline._evaluate import evaluate

    text = "Police said the blast came at 1 a.m. on Wednesday and talks resume on Friday."
    gold = [{"id": "t", "date": "2024-12-05", "text": text, "times": [
        {"text": "1 a.m.", "value": "2024-12-04"}, {"text": "Friday", "value": "2024-12-06"}]}]
    pred = [{"id": "t", "text": text, "times": [
        {"text": "1 a.m.", "span": [text.index("1 a.m."), text.index("1 a.m.") + 6], "value": "2024-12-04T01:00"},
        {"text": "Friday", "span": [text.index("Friday"), text.index("Friday") + 6], "value": "2024-12-06"}]}]
    sc = evaluate(gold, pred, layers=["times"]).layers["times"]
    assert sc.extra["value_accuracy"] == 1.0 and sc.extra["value_accuracy_strict"] == 0.5
    assert sc.counts["value_day_only"] == 1 and sc.tp == 2
