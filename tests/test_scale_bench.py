"""`dateline bench`: the synthetic corpus and the report (a tiny run, no worker processes)."""

from __future__ import annotations

import re

import pytest

from dateline._scale.bench import format_report, run_bench, synthetic_corpus, transport_costs, words


def test_synthetic_corpus_is_reproducible_varied_and_filled() -> None:
    a, b = synthetic_corpus(30, seed=3), synthetic_corpus(30, seed=3)
    assert [r.text for r in a] == [r.text for r in b]
    assert [r.text for r in synthetic_corpus(30, seed=4)] != [r.text for r in a]
    texts = [r.text or "" for r in a]
    assert len(set(texts)) == 30
    assert not any(re.search(r"\{\w+\}", t) for t in texts)  # every slot filled
    assert all(6 <= len(re.findall(r"[.!?][\"”]?(?:\s|$)", t)) <= 20 for t in texts)
    assert 80 < words(a) / len(a) < 400
    assert len({r.id for r in a}) == 30 and all(r.date for r in a)


@pytest.mark.slow
def test_bench_reports_rates_ratios_and_where_the_time_goes(nlp) -> None:
    rep = run_bench(synthetic_corpus(6), workers=1, dask=False)
    assert set(rep.measures) == {"spacy", "one"}
    assert rep.measures["one"].words_per_s > 0 and rep.measures["spacy"].words_per_s > 0
    assert 0 < rep.ratios["pipeline_vs_spacy_cpu"] <= 1.5
    assert {"times", "events", "spacy+textprep+rest"} <= set(rep.layers_s)
    assert {"tok2vec", "parser", "ner"} <= set(rep.pipes_s)
    assert rep.ratios["max_worker_rss_mb"] > 50
    text = format_report(rep)
    assert "bare spaCy" in text and "pipeline, 1 process" in text and ("[pass]" in text or "[FAIL]" in text)


def test_transport_costs_measure_both_ways() -> None:
    from dateline._records import Article

    arts = [Article(id=str(i), text=f"{i} " + "word " * 60) for i in range(50)]
    cost = transport_costs(arts)
    assert cost["pickle_article_us"] > 0 and cost["dict_roundtrip_us"] > 0
    assert cost["pickle_article_bytes"] > 200 and cost["dict_bytes"] > 200
