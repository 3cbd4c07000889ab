"""The times layer with the real parser: tense decides weekdays and months; governing_time."""

from __future__ import annotations

import pytest

from dateline._pipeline import Context, Pipeline, Settings


@pytest.fixture(scope="module")
def times_pipe(nlp):
    return Pipeline(Settings(layers=("times",)), nlp=nlp)


def _ctx(pipe: Pipeline, text: str, date: str | None) -> Context:
    from dateline._readers import as_record
    from dateline._textprep import prepare

    rec = as_record({"text": text, "date": date}, 0, pipe.settings.max_chars)
    art = pipe._article(rec)
    prep = prepare(art.text)
    doc = pipe.nlp(prep.clean)
    return pipe.annotate(art, prep, doc)


def _times(pipe: Pipeline, text: str, date: str = "2022-02-04") -> dict[str, str | None]:
    art = pipe.code(text, date=date)
    assert not art.warnings, art.warnings
    return {t.text: t.value for t in art.times}


@pytest.mark.slow
def test_tense_decides_weekday(times_pipe) -> None:
    # 2022-02-04 is a Friday
    assert _times(times_pipe, "The two leaders will meet again on Sunday.") == {"Sunday": "2022-02-06"}
    assert _times(times_pipe, "The two leaders met on Sunday.") == {"Sunday": "2022-01-30"}
    assert _times(times_pipe, "The vote is scheduled for Sunday.") == {"Sunday": "2022-02-06"}
    assert _times(times_pipe, "He plans to visit Kyiv on Monday.") == {"Monday": "2022-02-07"}
    assert _times(times_pipe, "She is meeting the envoy on Monday.") == {"Monday": "2022-02-07"}
    assert _times(times_pipe, "Officials said the summit would take place on Saturday.") == {"Saturday": "2022-02-05"}
    assert _times(times_pipe, "Rebels attacked the town on Friday.") == {"Friday": "2022-02-04"}
    assert _times(times_pipe, "Rebels have attacked the town since Tuesday.") == {"Tuesday": "2022-02-01"}


@pytest.mark.slow
def test_tense_decides_month(times_pipe) -> None:
    assert _times(times_pipe, "Elections were held in June.") == {"June": "2021-06"}
    assert _times(times_pipe, "Elections will be held in June.") == {"June": "2022-06"}
    assert _times(times_pipe, "The minister visited Paris in November.", "2022-10-20") == {"November": "2021-11"}
    assert _times(times_pipe, "The minister will visit Paris in January.", "2022-10-20") == {"January": "2023-01"}


@pytest.mark.slow
def test_spans_point_into_the_original_text(times_pipe) -> None:
    text = "Ukraine\u2019s  president said \u201clast week\u201d\u2014on Tuesday\u2014that talks failed."
    art = times_pipe.code(text, date="2022-02-04")
    assert [text[t.span[0] : t.span[1]] for t in art.times] == ["last week", "Tuesday"]
    assert [t.value for t in art.times] == ["2022-W04", "2022-02-01"]


@pytest.mark.slow
def test_output_record_shape(times_pipe) -> None:
    # a hyphen range of days keeps its end ("from 19 April to 1 June" is one time per date in the gold)
    art = times_pipe.code("Talks ran Jan. 5-7, 2021 and resumed recently.", date="2022-02-04")
    d = [t.to_dict() for t in art.times]
    assert d[0] == {"text": "Jan. 5-7, 2021", "span": [10, 24], "value": "2021-01-05", "grain": "day", "end": "2021-01-07"}
    assert d[1]["value"] is None and d[1]["text"] == "recently"


@pytest.mark.slow
def test_governing_time(times_pipe) -> None:
    from dateline._times import governing_time

    text = (
        "The foreign minister said on Wednesday that troops had attacked the village on Monday. "
        "Russia and China signed a deal on Tuesday after talks that lasted two days. "
        "The attack on Sunday killed ten people."
    )
    ctx = _ctx(times_pipe, text, "2022-02-04")
    doc = ctx.doc
    tok = {t.text: t for t in doc}
    assert governing_time(ctx, tok["said"]).value == "2022-02-02"
    assert governing_time(ctx, tok["attacked"]).value == "2022-01-31"
    assert governing_time(ctx, tok["signed"]).value == "2022-02-01"
    # a duration never dates an event
    assert governing_time(ctx, tok["lasted"]).value == "2022-02-01"
    attack = [t for t in doc if t.text == "attack"][0]
    assert governing_time(ctx, attack).value == "2022-01-30"
    assert governing_time(ctx, doc[attack.i : attack.i + 1]).value == "2022-01-30"


@pytest.mark.slow
def test_governing_time_none_without_times(times_pipe) -> None:
    from dateline._times import governing_time

    ctx = _ctx(times_pipe, "Troops attacked the village. Talks resumed on Tuesday.", "2022-02-04")
    assert governing_time(ctx, ctx.doc[1]) is None
    assert len(ctx.state["times"]) == 1


@pytest.mark.slow
def test_report_time_does_not_date_the_reported_event(times_pipe) -> None:
    from dateline._times import governing_time

    ctx = _ctx(times_pipe, "The minister said on Wednesday that troops attacked the village.", "2022-02-04")
    tok = {t.text: t for t in ctx.doc}
    assert governing_time(ctx, tok["said"]).value == "2022-02-02"
    assert governing_time(ctx, tok["attacked"]) is None


@pytest.mark.slow
def test_tense_refinements(times_pipe) -> None:
    # 2025-03-13 is a Thursday
    got = _times(times_pipe, "Officials rejected claims that Tuesday's attack was planned abroad.", "2025-03-13")
    assert got == {"Tuesday": "2025-03-11"}
    got = _times(times_pipe, "Elections set for February were delayed.", "2021-04-14")
    assert got == {"February": "2021-02"}
    got = _times(times_pipe, "Elections set for February will be held on time.", "2021-04-14")
    assert got == {"February": "2022-02"}
    # 2015-11-24 is a Tuesday: a cancelled plan was ahead
    got = _times(times_pipe, "The minister cancelled a visit to Istanbul planned for Wednesday.", "2015-11-24")
    assert got == {"Wednesday": "2015-11-25"}
    got = _times(times_pipe, "Troops sent on Monday were withdrawn.", "2015-11-24")
    assert got == {"Monday": "2015-11-23"}
