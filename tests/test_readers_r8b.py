"""Review mends in the readers: UTF-32 big-endian JSON Lines files, and language tags that name no language."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline._readers import as_record, read_path

LINES = ('{"id":"a","text":"Kenya and Uganda signed a deal.","date":"2024-01-02"}\n'
         '{"id":"b","text":"Talks resumed.","date":"2024-01-03"}\n')


@pytest.mark.parametrize("bom,codec", [(b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                                       (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")])
def test_a_jsonl_file_with_a_byte_order_mark_is_read(tmp_path: Path, bom: bytes, codec: str) -> None:
    p = tmp_path / "x.jsonl"
    p.write_bytes(bom + LINES.encode(codec))
    assert [(r.id, r.text) for r in read_path(p)] == [("a", "Kenya and Uganda signed a deal."), ("b", "Talks resumed.")]


ENGLISH = ("Kenya and Uganda signed a trade deal on Monday in Nairobi, officials said, and the two sides "
           "agreed to meet again next month to settle the border dispute.")


@pytest.mark.parametrize("lang", ["und", "mul", "zxx", "English (US)", "english", "en-GB", "EN_us"])
def test_language_tags_that_are_english_or_none_give_no_warning(lang: str) -> None:
    assert not as_record({"text": ENGLISH, "language": lang}).warnings


def test_a_foreign_language_tag_still_warns() -> None:
    assert any("not English" in w for w in as_record({"text": ENGLISH, "language": "fr"}).warnings)
