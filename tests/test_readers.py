"""Readers: every input format, ids, dates, and a clear per-record error for bad input."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from dateline._readers import read_inputs, split_header, stable_id

SAMPLE = " date 2022-02-04 Xi Jinping and Vladimir Putin met in Beijing.\n"


def recs(tmp_path, name, data, **kw):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return list(read_inputs([p], **kw))


def test_header_on_the_same_line_and_on_the_next() -> None:
    assert split_header(SAMPLE) == ("2022-02-04", "Xi Jinping and Vladimir Putin met in Beijing.\n")
    assert split_header("date 2021-05-01\nBody here.") == ("2021-05-01", "Body here.")
    assert split_header("   date 2021-05-01   \r\nBody") == ("2021-05-01", "Body")
    assert split_header("No header here.") == (None, "No header here.")


def test_dateline_text_file(tmp_path) -> None:
    [r] = recs(tmp_path, "a.txt", SAMPLE)
    assert r.error is None and r.date == "2022-02-04" and r.text.startswith("Xi Jinping")
    assert r.id == stable_id(r.text)


def test_several_articles_in_one_text_file(tmp_path) -> None:
    data = "date 2022-01-01 First story.\n\ndate 2022-01-02\nSecond story.\n"
    out = recs(tmp_path, "many.txt", data)
    assert [(r.date, r.text) for r in out] == [("2022-01-01", "First story."), ("2022-01-02", "Second story.")]


def test_plain_text_takes_the_date_option(tmp_path) -> None:
    [r] = recs(tmp_path, "plain.txt", "Protesters marched in Nairobi.", date="2023-06-25")
    assert r.date == "2023-06-25" and r.error is None


def test_jsonl_with_fields_ids_and_bad_lines(tmp_path) -> None:
    lines = [json.dumps({"id": "a1", "text": "One.", "date": "2025-03-14 20:30:26Z", "title": "T"}),
             "{not json",
             json.dumps({"id": "a3"}),
             json.dumps([1, 2]),
             json.dumps({"text": "Two."})]
    out = recs(tmp_path, "x.jsonl", "\n".join(lines) + "\n")
    assert out[0].id == "a1" and out[0].date == "2025-03-14" and out[0].title == "T"
    assert "line 2" in str(out[1].error) and out[1].error.code == "E012"
    assert out[2].error is not None and "no text" in str(out[2].error)
    assert out[3].error is not None
    assert out[4].id == stable_id("Two.")


def test_json_array_and_field_mapping(tmp_path) -> None:
    data = json.dumps([{"body": "Alpha.", "published": "2020-01-02"}, {"body": "Beta."}])
    out = recs(tmp_path, "x.json", data)
    assert [r.text for r in out] == ["Alpha.", "Beta."] and out[0].date == "2020-01-02"
    out = recs(tmp_path, "y.json", json.dumps([{"story": "x", "txt": "Gamma."}]), fields={"text": "txt"})
    assert out[0].text == "Gamma."


def test_csv_with_configurable_columns(tmp_path) -> None:
    data = "headline,body,day\nH1,\"A, quoted text.\",2021-02-03\nH2,,2021-02-04\n"
    out = recs(tmp_path, "x.csv", data, fields={"text": "body", "date": "day", "title": "headline"})
    assert out[0].text == "A, quoted text." and out[0].date == "2021-02-03" and out[0].title == "H1"
    assert out[1].error is not None and "x.csv:3" in str(out[1].error)
    bad = recs(tmp_path, "y.csv", "a,b\n1,2\n")
    assert bad[0].error is not None and "no text column" in str(bad[0].error)


def test_html_main_text_title_and_date(tmp_path) -> None:
    html = """<html><head><title>Summit ends</title><meta property="article:published_time" content="2022-02-04"></head>
    <body><nav>Home | World</nav><article><h1>Summit ends</h1>
    <p>Xi Jinping and Vladimir Putin met in Beijing on Friday and issued a joint statement on security.</p>
    <p>The two leaders agreed a roadmap for trade in agricultural goods, officials said after the talks.</p>
    </article><footer>Copyright</footer></body></html>"""
    [r] = recs(tmp_path, "page.html", html)
    assert r.error is None
    assert "joint statement" in r.text and "Copyright" not in r.text
    assert r.title == "Summit ends" and r.date == "2022-02-04"


def test_gzip_and_directories(tmp_path) -> None:
    d = tmp_path / "corpus" / "sub"
    d.mkdir(parents=True)
    (d / "a.txt.gz").write_bytes(gzip.compress(SAMPLE.encode()))
    (d / "b.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Gz line."}\n'))
    (tmp_path / "corpus" / ".hidden.txt").write_text("skip me")
    out = list(read_inputs([tmp_path / "corpus"]))
    assert [r.text for r in out] == ["Xi Jinping and Vladimir Putin met in Beijing.", "Gz line."]


def test_stdin() -> None:
    out = list(read_inputs(["-"], stdin=io.BytesIO(SAMPLE.encode())))
    assert out[0].date == "2022-02-04"


@pytest.mark.parametrize(
    ("name", "data", "needle"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n", "empty"),
        ("bin.txt", b"\x00\x01\x02binary", "binary"),
        ("latin.txt", "caf\u00e9 au lait".encode("latin-1"), "UTF-8"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "unknown file type"),
        ("broken.txt.gz", b"\x1f\x8b\x08\x00garbage", "gzip"),
    ],
)
def test_bad_inputs_give_one_clear_error(tmp_path, name, data, needle) -> None:
    out = recs(tmp_path, name, data)
    assert len(out) == 1 and out[0].error is not None
    assert needle.lower() in str(out[0].error).lower()
    assert name in str(out[0].error)


def test_size_limit(tmp_path) -> None:
    [r] = recs(tmp_path, "big.txt", "word " * 1000, max_chars=100)
    assert r.error is not None and r.error.code == "E013" and "--max-chars" in str(r.error)
