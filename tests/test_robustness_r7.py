"""Seventh-session robustness: what the reader repaired reaches the output, a text spaCy cannot
parse costs only its own article, and bidirectional-text controls do not split words."""

from __future__ import annotations

from typing import Any

from dateline._textprep import prepare


def test_reader_warnings_reach_the_article(pipeline) -> None:
    arts = list(pipeline.code_many([{"id": "a", "text": "Chad expelled the French ambassador.",
                                     "date": "2022-13-45"}]))
    assert arts[0].date is None
    assert any("2022-13-45" in w for w in arts[0].warnings)
    assert any("2022-13-45" in w for w in arts[0].to_dict().get("warnings", []))


class _Flaky:
    """A spaCy stand-in whose batch parse fails and which cannot parse one text."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def pipe(self, texts: Any, **kw: Any) -> Any:
        for t in texts:
            if "BOOM" in t:
                raise ValueError("cannot parse this")
            yield self.nlp(t)

    def __call__(self, text: str) -> Any:
        if "BOOM" in text:
            raise ValueError("cannot parse this")
        return self.nlp(text)


def test_a_text_the_parser_cannot_take_costs_only_its_article(pipeline, monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "nlp", _Flaky(pipeline.nlp))
    recs = [{"id": "a", "text": "Chad expelled the French ambassador on Monday.", "date": "2023-08-02"},
            {"id": "b", "text": "BOOM goes this one.", "date": "2023-08-02"},
            {"id": "c", "text": "Kenya expelled the Somali ambassador on Tuesday.", "date": "2023-08-02"}]
    arts = list(pipeline.code_many(recs))
    assert [a.id for a in arts] == ["a", "b", "c"]
    assert not arts[0].errors and not arts[2].errors
    assert arts[0].events and arts[2].events
    assert arts[1].errors and "parser failed" in arts[1].errors[0]


def test_bidi_controls_are_dropped_from_the_parsed_copy() -> None:
    for ch in ("\u2066", "\u2069", "\u202e", "\u200e", "\u200f", "\u061c"):
        text = f"aid to Ukr{ch}aine{ch} and Chad.{ch}"
        p = prepare(text)
        assert p.clean == "aid to Ukraine and Chad."
        i = p.clean.index("Ukraine")
        assert p.to_original(i, i + len("Ukraine")) == (7, 7 + len("Ukr") + 1 + len("aine"))


def test_bidi_controls_do_not_change_the_coding(pipeline) -> None:
    plain = pipeline.code("Chad expelled the French ambassador.", date="2023-08-02")
    marked = pipeline.code("Chad expelled the French \u2066ambassador\u2069.\u202e", date="2023-08-02")
    assert [(e.type, [a.country for a in e.sources], [a.country for a in e.targets]) for e in plain.events] == \
        [(e.type, [a.country for a in e.sources], [a.country for a in e.targets]) for e in marked.events]
    for a in marked.actors:
        assert "\u202e" not in a.name


def test_long_symbol_runs_are_broken_for_the_tokenizer() -> None:
    run = "\U0001F600" * 100 + '"' * 40
    text = f"Protesters posted {run} online."
    p = prepare(text)
    assert " " in p.clean[len("Protesters posted "):len("Protesters posted ") + 100]
    assert p.clean.replace(" ", "") == text.replace(" ", "")
    i = p.clean.index("online")
    assert text[slice(*p.to_original(i, i + 6))] == "online"
    # words, numbers, URLs and ordinary punctuation are left alone
    for plain in ["See https://example.org/a/very/long/path/that/goes/on/and/on/for/many/characters/x.html",
                  'He said: "No!!!" - and left...', "1,234,567,890,123,456,789,012,345,678,901,234,567,890"]:
        assert prepare(plain).clean == plain


def test_a_run_on_list_is_split_into_sentences(nlp) -> None:
    from dateline._nlp import RUN_ON_HARD

    doc = nlp("Protests spread to " + "Russia, Ukraine, " * 400 + "and Chad.")
    sents = list(doc.sents)
    assert len(sents) > 5 and max(len(s) for s in sents) <= RUN_ON_HARD + 1
    # prose keeps the parser's sentences: no stretch of 1,200 characters without a full stop
    from dateline._nlp import PARAGRAPHS

    prose = ("The minister, who arrived on Monday, met the president, the speaker, the army chief and "
             "the governors of three provinces, and said the talks, which lasted four hours, had gone well. ") * 8
    with nlp.select_pipes(disable=[PARAGRAPHS]):
        bare = [s.text for s in nlp(prose).sents]
    assert [s.text for s in nlp(prose).sents] == bare


def test_a_speaker_read_through_a_soft_hyphen_keeps_the_article_text(pipeline) -> None:
    text = "\u201cWe reject this,\u201d said the minister.\n\n\u201cIt is illegal,\u201d sh\u00ade added."
    art = pipeline.code(text, date="2024-01-01")
    spoken = [q for q in art.quotes if q.speaker is not None and q.speaker.span is not None]
    assert spoken
    for q in spoken:
        assert q.speaker is not None and q.speaker.span is not None
        assert q.speaker.text == text[q.speaker.span[0]:q.speaker.span[1]]


def test_a_line_separator_inside_a_json_string_is_no_line_break(tmp_path) -> None:
    import gzip
    import json

    from dateline._readers import read_inputs

    rows = [{"id": f"r{i}", "text": f"Chad expelled\u2028the ambassador\u0085 on day {i}.", "date": "2023-08-02"}
            for i in range(2)]
    body = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(gzip.compress(body.encode("utf-8")))
    recs = list(read_inputs([str(path)]))
    assert [r.id for r in recs] == ["r0", "r1"] and all(r.error is None for r in recs)


def test_a_latin1_page_with_a_byte_cp1252_lacks_is_read(tmp_path) -> None:
    from dateline._readers import read_inputs

    html = ('<html><head><meta charset="iso-8859-1"><title>T</title></head><body><article><p>'
            'Le ministre fran\xe7ais a rencontr\xe9 son homologue \x81 \xe0 Dakar lundi pour des '
            'entretiens sur la s\xe9curit\xe9 r\xe9gionale et la coop\xe9ration.</p></article></body></html>')
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("latin-1"))
    recs = list(read_inputs([str(path)]))
    assert recs and recs[0].error is None and "fran\xe7ais" in (recs[0].text or "")


def test_words_of_other_scripts_are_not_broken_as_symbol_runs() -> None:
    cjk = "\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u5916\u4ea4\u90e8" * 8  # 80 characters, no space
    assert prepare(cjk).clean == cjk
