"""Readers: every input format in CONTRACT.md, streamed record by record.

A reader never raises for a bad record: it yields a :class:`Record` whose ``error`` says
what went wrong (with the file and line), and goes on to the next one.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ._errors import (
    EmptyText,
    InputError,
    MalformedRecord,
    RecordError,
    TooLarge,
    Undecodable,
    UnknownFormat,
)
from ._textprep import markup_tags

#: Default per-article size limit, in characters of text (about 1 MB).
DEFAULT_MAX_CHARS = 1_000_000

#: The most characters one article may have whatever ``max_chars`` says: the spaCy model's
#: ``max_length`` as ``dateline._nlp.load_model`` sets it. A longer text would make the parser
#: raise and stop the whole run, so it becomes an E013 record instead.
MAX_PARSE_CHARS = 2_000_000

#: dateparser settings for record dates: absolute dates only, with a year and a month. A relative
#: "yesterday" or a year-less "March 3" would be read against the clock of the run, not the story.
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"], "REQUIRE_PARTS": ["month", "year"],
}

_SURROGATE_RE = re.compile("[\ud800-\udfff]")

#: Field names tried, in order, for each record field (JSON and CSV). Override with ``fields``.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "story"),
    "id": ("id", "doc_id", "article_id", "uid"),
    "date": ("date", "published", "publish_date", "pub_date", "publication_date", "datetime"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "publisher", "outlet"),
    "language": ("language", "lang"),
}

_HEADER_RE = re.compile(r"^[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*(?:\r?\n)?", re.IGNORECASE)
_MULTI_HEADER_RE = re.compile(r"^[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}\b", re.IGNORECASE | re.MULTILINE)
_ISO_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")

TEXT_EXT = {".txt", ".text", ".story", ".md", ""}
JSONL_EXT = {".jsonl", ".ndjson", ".jsonlines"}
JSON_EXT = {".json"}
CSV_EXT = {".csv", ".tsv"}
HTML_EXT = {".html", ".htm", ".xhtml"}
KNOWN_EXT = TEXT_EXT | JSONL_EXT | JSON_EXT | CSV_EXT | HTML_EXT


@dataclass(slots=True)
class Record:
    """One input record, before coding. ``error`` is set when it cannot be coded."""

    text: str | None
    id: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str | None = None
    error: RecordError | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    #: Non-fatal problems found while reading (an unreadable date, repaired characters).
    warnings: list[str] = field(default_factory=list)


def stable_id(text: str) -> str:
    """A content-derived id: the same text always gets the same id."""
    return "dl-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def normalise_date(value: Any) -> str | None:
    """An ISO ``YYYY-MM-DD`` from a date-like value, or None when it cannot be read.

    Only real calendar dates count ("2022-13-45" is None), and only absolute ones with a year
    and a month: "yesterday", "2 days ago" or "March 3" would depend on the day of the run.
    """
    import datetime as _dt

    if value is None or value == "":
        return None
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return str(value.isoformat())[:10]
    s = str(value).strip()
    m = _ISO_DATE_RE.match(s)
    if m:
        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    try:
        import dateparser

        d = dateparser.parse(s, settings=_DATEPARSER_SETTINGS)
    except Exception:  # noqa: BLE001 - dateparser raises many kinds of error on junk
        d = None
    return d.date().isoformat() if d else None


def split_header(raw: str) -> tuple[str | None, str]:
    """Split a ``date YYYY-MM-DD`` header from a dateline text. Returns (date, body)."""
    m = _HEADER_RE.match(raw)
    if not m:
        return None, raw
    body = raw[m.end():]
    body = body.lstrip(" \t")
    return m.group(1), body


def _finish(rec: Record, max_chars: int, default_date: str | None) -> Record:
    if rec.error is not None:
        return rec
    text = rec.text
    if text is None or not isinstance(text, str) or not text.strip():
        rec.error = EmptyText(f"{rec.origin or 'record'}: no text to code (the record is empty or has no text field)")
        rec.text = None if not isinstance(text, str) else text
        return rec
    if len(text) > min(max_chars, MAX_PARSE_CHARS):
        fix = ("raise it with --max-chars or split the article" if max_chars < MAX_PARSE_CHARS
               else "that is the parser's limit: split the article")
        rec.error = TooLarge(
            f"{rec.origin or 'record'}: text has {len(text):,} characters, over the limit of "
            f"{min(max_chars, MAX_PARSE_CHARS):,}; {fix}"
        )
        rec.text = None
        return rec
    if _SURROGATE_RE.search(text):  # a lone UTF-16 half from a JSON "\ud83d" escape: not encodable
        n = len(_SURROGATE_RE.findall(text))
        text = _SURROGATE_RE.sub("\ufffd", text)
        rec.warnings.append(f"{rec.origin or 'record'}: {n} lone UTF-16 surrogate(s) (a broken \\u escape) "
                            "replaced by U+FFFD, one character for one")
    for name in ("id", "title", "url", "source", "language"):
        v = getattr(rec, name)
        if isinstance(v, str) and _SURROGATE_RE.search(v):
            setattr(rec, name, _SURROGATE_RE.sub("\ufffd", v))
    rec.text = text.rstrip()
    tags = markup_tags(rec.text)
    if tags:
        shown = ", ".join(sorted({f"<{t.group(1).lower()}>" for t in tags})[:4])
        rec.warnings.append(f"{rec.origin or 'record'}: the text has HTML markup ({shown}); the tags are skipped "
                            "when coding and spans point into the text as given, but menus and page furniture are "
                            "not: give the whole page as a .html file (its article text is extracted)")
    foreign = _not_english(rec.text, rec.language)
    if foreign:
        rec.warnings.append(f"{rec.origin or 'record'}: {foreign}; dateline codes English news: translate it "
                            "first (machine translation is fine), or expect few or no events")
    if rec.date is None:
        rec.date = default_date
    if rec.id is None:
        rec.id = stable_id(rec.text)
    return rec



#: Words that make up a quarter to a third of any English news text (none is below 0.24 on our gold);
#: French, German or Spanish news has under 0.07 of them.
_ENGLISH_WORDS = frozenset(
    "the a an of to in and on said for with is was by at that it from as has have had will be were its his her "
    "their this not are after over says would could".split())
#: The ones no French, German, Spanish, Italian or Portuguese news text uses ("a", "in", "on" they do).
_ENGLISH_ONLY = _ENGLISH_WORDS - {"a", "in", "on", "as", "an", "is", "it", "at", "not", "be", "are", "has", "was"}
_WORD_RE = re.compile(r"[^\W\d_]+")


#: Language tags that name no language (ISO 639-2: undetermined, multiple, no linguistic content).
_UNKNOWN_LANGUAGES = frozenset({"und", "mul", "zxx", "mis", "unknown", "none", "n/a"})


def _not_english(text: str, language: str | None) -> str | None:
    """Why ``text`` is not English (a reason for a warning), or None when it is or cannot be told."""
    lang = (language or "").strip().lower().replace("_", "-")
    if lang in _UNKNOWN_LANGUAGES:
        lang = ""  # "und", "mul", "zxx": no language said; the text decides
    if lang and not (lang in ("en", "eng") or lang.startswith(("en-", "english"))):
        return f"the record's language is {language!r}, not English"
    head = text[:5000]
    letters = [c for c in head if c.isalpha()]
    if len(letters) < 40:
        return None  # too short to tell
    if sum(1 for c in letters if ord(c) < 0x250) < 0.5 * len(letters):
        return "the text is mostly in a non-Latin script, not English"
    words = _WORD_RE.findall(head.lower())
    if len(words) >= 40:
        foreign = sum(1 for w in words if w in _ENGLISH_WORDS) < 0.12 * len(words)
    else:  # a headline-like English sentence can be short of them: only none at all counts
        foreign = len(words) >= 20 and not any(w in _ENGLISH_ONLY for w in words)
    if foreign:
        return "the text does not look like English (it has almost none of the commonest English words)"
    return None


def _decode(data: bytes, origin: str) -> tuple[str | None, RecordError | None]:
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):  # UTF-32 with a byte-order mark
        try:
            return data.decode("utf-32"), None
        except UnicodeDecodeError as exc:
            return None, Undecodable(f"{origin}: broken UTF-32 at byte {exc.start}; re-encode the file as UTF-8 "
                                     "(for example: iconv -f UTF-32 -t UTF-8)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with a byte-order mark (Windows "Unicode" text)
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            return None, Undecodable(f"{origin}: broken UTF-16 at byte {exc.start}; re-encode the file as UTF-8 "
                                     "(for example: iconv -f UTF-16 -t UTF-8)")
    utf16 = _utf16_without_bom(data[:8192])
    if utf16:
        return None, Undecodable(
            f"{origin}: looks like {utf16} text without a byte-order mark, not UTF-8; re-encode the file as UTF-8 "
            f"(for example: iconv -f {utf16} -t UTF-8 FILE > FILE.utf8)")
    if b"\x00" in data[:8192] and _looks_binary(data[:8192]):
        return None, Undecodable(f"{origin}: binary data (NUL bytes), not text; give dateline text, JSON, CSV or HTML")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, Undecodable(
            f"{origin}: not valid UTF-8 at byte {exc.start}; re-encode the file as UTF-8 "
            "(for example: iconv -f LATIN1 -t UTF-8)"
        )


_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


def _decode_html(data: bytes, origin: str, err: RecordError) -> tuple[str | None, RecordError | None]:
    """An HTML page that is not UTF-8, in the charset its ``<meta>`` declares (scraped foreign press)."""
    import codecs

    m = _META_CHARSET_RE.search(data[:8192])
    if not m:
        return None, Undecodable(f"{err.message} (the page declares no <meta charset>)")
    name = m.group(1).decode("ascii", "replace")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None, Undecodable(f"{origin}: the page declares charset {name!r}, which Python does not know; "
                                 "re-encode it as UTF-8")
    if codec in ("iso8859-1", "ascii"):
        codec = "cp1252"  # what browsers do with latin-1 (WHATWG encoding standard)
    try:
        return data.decode(codec), None
    except UnicodeDecodeError as exc:
        if codec == "cp1252":  # a byte cp1252 leaves undefined (0x81, 0x8d ...) is still latin-1
            return data.decode("latin-1"), None
        return None, Undecodable(f"{origin}: not valid {name} (its declared charset) at byte {exc.start}; "
                                 "re-encode the page as UTF-8")


def _pick(obj: Mapping[str, Any], name: str, fields: Mapping[str, str] | None) -> Any:
    if fields and name in fields:
        return obj.get(fields[name])
    for key in FIELD_ALIASES[name]:
        if key in obj and obj[key] not in (None, ""):
            return obj[key]
    return None


_KNOWN_FIELDS = frozenset(k for names in FIELD_ALIASES.values() for k in names)


def _fold_field(key: Any) -> Any:
    """``"Text"``, ``" Body "``, ``"Publish-Date"`` -> the alias they spell (``text``, ``body``, ``publish_date``)."""
    if not isinstance(key, str) or key in _KNOWN_FIELDS:
        return key
    folded = key.strip().casefold().replace(" ", "_").replace("-", "_")
    return folded if folded in _KNOWN_FIELDS else key


def _with_folded_fields(obj: Mapping[str, Any]) -> Mapping[str, Any]:
    """``obj`` with field names a spreadsheet or scraper capitalised ("Text", "Date") under their alias."""
    if all(_fold_field(k) == k for k in obj):
        return obj
    out: dict[str, Any] = {}
    for k, v in obj.items():
        f = _fold_field(k)
        out[f if f not in obj and f not in out else k] = v
    return out


def record_from_mapping(
    obj: Mapping[str, Any], origin: str, fields: Mapping[str, str] | None = None
) -> Record:
    obj = _with_folded_fields(obj)
    text = _pick(obj, "text", fields)
    if text is not None and not isinstance(text, str):
        return Record(None, origin=origin, error=MalformedRecord(f"{origin}: field 'text' is {type(text).__name__}, not a string"))
    if text is None:
        want = (fields or {}).get("text")
        have = ", ".join(str(k) for k in obj) or "(none)"
        if want and want not in obj:
            return Record(None, origin=origin, error=EmptyText(
                f"{origin}: no field {want!r} (named by --field text={want}); the record's fields are {have}"))
        if not want and not any(k in obj for k in FIELD_ALIASES["text"]):
            return Record(None, origin=origin, error=EmptyText(
                f"{origin}: no text field (looked for {', '.join(FIELD_ALIASES['text'])}); the record's fields "
                f"are {have}; name one with --field text=NAME"))
    date_raw = _pick(obj, "date", fields)
    header_date = None
    if isinstance(text, str):
        header_date, text = split_header(text) if _HEADER_RE.match(text) else (None, text)
    rid = _pick(obj, "id", fields)
    known = {k for names in FIELD_ALIASES.values() for k in names}
    date = normalise_date(date_raw)
    warnings = [] if date or date_raw in (None, "") else [_bad_date(origin, date_raw)]
    return Record(
        text=text,
        id=str(rid) if rid not in (None, "") else None,
        date=date or header_date,
        title=_str(_pick(obj, "title", fields)),
        url=_str(_pick(obj, "url", fields)),
        source=_str(_pick(obj, "source", fields)),
        language=_str(_pick(obj, "language", fields)),
        origin=origin,
        meta={k: v for k, v in obj.items() if k not in known},
        warnings=warnings,
    )


def _bad_date(origin: str, raw: Any) -> str:
    return (f"{origin}: date {str(raw)[:40]!r} is not a calendar date with a year and a month (write YYYY-MM-DD); "
            "the article is coded without it")


def _str(v: Any) -> str | None:
    return None if v in (None, "") else str(v)


# --- per-format readers over decoded text ------------------------------------------------


def read_dateline_text(raw: str, origin: str) -> Iterator[Record]:
    """One or more articles, each optionally headed by ``date YYYY-MM-DD``."""
    starts = [m.start() for m in _MULTI_HEADER_RE.finditer(raw)]
    if len(starts) <= 1 or raw[: starts[0]].strip():
        date, body = split_header(raw)
        yield Record(body, date=date, origin=origin)
        return
    bounds = starts + [len(raw)]
    for i in range(len(starts)):
        chunk = raw[bounds[i] : bounds[i + 1]]
        date, body = split_header(chunk)
        line = raw.count("\n", 0, bounds[i]) + 1
        yield Record(body, date=date, origin=f"{origin}:{line}")


def read_jsonl_lines(lines: Iterable[str | None], origin: str, fields: Mapping[str, str] | None) -> Iterator[Record]:
    for n, line in enumerate(lines, 1):
        where = f"{origin}:{n}"
        if line is None:
            yield Record(None, origin=where, error=Undecodable(
                f"{where}: line {n} is not valid UTF-8; re-encode the file as UTF-8 (for example: iconv -f LATIN1 -t UTF-8)"))
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(None, origin=where, error=MalformedRecord(
                f"{where}: malformed JSON on line {n}, column {exc.colno}: {_json_msg(exc)}; each line must be one "
                "complete JSON object (a line break inside a string must be written \\n)"))
            continue
        if isinstance(obj, str):
            yield Record(obj, origin=where)
        elif isinstance(obj, dict):
            yield record_from_mapping(obj, where, fields)
        else:
            yield Record(None, origin=where, error=MalformedRecord(
                f"{where}: line {n} is a JSON {_json_type(obj)}, not an object with a 'text' field"))


def _json_msg(exc: json.JSONDecodeError) -> str:
    """Python's JSON error without its dangling "at" ("Invalid control character at")."""
    return exc.msg.removesuffix(" starting at").removesuffix(" at")


def _json_type(obj: Any) -> str:
    """The JSON name of a decoded value's type (``null``, not ``NoneType``)."""
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "boolean"
    if isinstance(obj, (int, float)):
        return "number"
    return {"list": "array", "str": "string", "dict": "object"}.get(type(obj).__name__, type(obj).__name__)


_JSON_HELP = ("give one JSON object, a JSON array of objects, or JSON Lines (one complete object per line); "
              "check the file with: python -m json.tool FILE")


def _json_values(raw: str) -> tuple[list[tuple[Any, int, int]], json.JSONDecodeError | None]:
    """The JSON values of ``raw`` one after another (one value, or several: JSON Lines or pretty-printed
    records as ``jq .`` writes them), each with its first and last line; stops at the first error."""
    dec = json.JSONDecoder()
    out: list[tuple[Any, int, int]] = []
    ws = re.compile(r"[ \t\r\n\ufeff]*")
    pos = ws.match(raw, 0).end()  # type: ignore[union-attr]
    line = raw.count("\n", 0, pos) + 1
    while pos < len(raw):
        try:
            obj, end = dec.raw_decode(raw, pos)
        except json.JSONDecodeError as exc:
            return out, exc
        last = line + raw.count("\n", pos, end)
        out.append((obj, line, last))
        nxt = ws.match(raw, end).end()  # type: ignore[union-attr]
        line = last + raw.count("\n", end, nxt)
        pos = nxt
    return out, None


def _single_line_json(raw: str, limit: int = 50) -> bool:
    """True when a line of ``raw`` is a whole JSON object on its own: the text is JSON Lines (with some
    broken lines), not one pretty-printed document."""
    for n, line in enumerate(raw.split("\n")):
        if n >= limit:
            break
        s = line.strip()
        if s.startswith("{") and s.endswith("}"):
            try:
                if isinstance(json.loads(s), dict):
                    return True
            except json.JSONDecodeError:
                continue
    return False


def read_json(raw: str, origin: str, fields: Mapping[str, str] | None) -> Iterator[Record]:
    """One JSON object, a JSON array of objects (or ``{"articles": [...]}``), JSON Lines, or several
    pretty-printed objects one after another. Anything else is one E012 record that says where."""
    values, err = _json_values(raw)
    if err is not None and not raw.lstrip().startswith("[") and (
            _single_line_json(raw) or not _starts_multiline_json(_first_line(raw))):
        yield from read_jsonl_lines(raw.split("\n"), origin, fields)  # JSON Lines with broken lines
        return
    if len(values) > 1 and err is None and all(first == last for _, first, last in values):
        yield from read_jsonl_lines(raw.split("\n"), origin, fields)  # plain JSON Lines
        return
    items: list[tuple[Any, str]] = []
    for obj, first, _ in values:
        where = origin if len(values) == 1 and err is None else f"{origin}:{first}"
        if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
            obj = obj["articles"]
        if isinstance(obj, list):
            items.extend((x, f"{where}[{i}]") for i, x in enumerate(obj))
        else:
            items.append((obj, f"{where}[0]" if where == origin else where))
    for item, where in items:
        if isinstance(item, dict):
            yield record_from_mapping(item, where, fields)
        elif isinstance(item, str):
            yield Record(item, origin=where)
        else:
            yield Record(None, origin=where, error=MalformedRecord(
                f"{where}: a JSON {_json_type(item)}, not an object with a 'text' field"))
    if err is not None:
        what = "JSON array" if raw.lstrip().startswith("[") else "JSON"
        done = f" (the {len(values)} record(s) before it were read)" if values else ""
        yield Record(None, origin=f"{origin}:{err.lineno}", error=MalformedRecord(
            f"{origin}: malformed {what} at line {err.lineno}, column {err.colno}: {_json_msg(err)}{done}; {_JSON_HELP}"))


def read_csv(raw: str, origin: str, fields: Mapping[str, str] | None, delimiter: str | None = None) -> Iterator[Record]:
    csv.field_size_limit(sys.maxsize)
    if delimiter is None:
        first = raw.split("\n", 1)[0]
        # comma, or what the header line is split by: tab (TSV), ";" (a European spreadsheet's CSV), "|"
        delimiter = max((",", "\t", ";", "|"), key=lambda d: (first.count(d), d == ","))
    reader = csv.DictReader(io.StringIO(raw, newline=""), delimiter=delimiter)
    header = reader.fieldnames or []
    want = (fields or {}).get("text")
    if want and want not in header:
        yield Record(None, origin=origin, error=MalformedRecord(
            f"{origin}: CSV has no column {want!r}; its columns are {', '.join(header) or '(none)'}"))
        return
    if not want and not any(_fold_field(k) in FIELD_ALIASES["text"] for k in header):
        yield Record(None, origin=origin, error=MalformedRecord(
            f"{origin}: CSV has no text column (looked for {', '.join(FIELD_ALIASES['text'])}); "
            f"its columns are {', '.join(header) or '(none)'}; name one with --field text=COLUMN"))
        return
    for n, row in enumerate(reader, 2):
        yield record_from_mapping({k: v for k, v in row.items() if k is not None}, f"{origin}:{n}", fields)


def read_html(raw: str, origin: str) -> Iterator[Record]:
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise InputError("reading HTML needs trafilatura: pip install trafilatura") from exc
    import datetime as _dt

    today = _dt.date.today().isoformat()
    # Dates from the page's markup only (meta tags, <time>, the URL): trafilatura's default also
    # guesses from the page's text, where a "Copyright 2024" footer becomes 2024-01-01.
    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, favor_precision=True,
                                      date_extraction_params={"original_date": True, "extensive_search": False,
                                                              "max_date": today})
    text = None
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        text = get("text")
    if doc is None or not isinstance(text, str) or not text.strip() or _only_page_furniture(text, raw):
        shown = f" (all it has is {_preview(text)})" if isinstance(text, str) and text.strip() else ""
        yield Record(None, origin=origin, error=EmptyText(
            f"{origin}: no article text found in the page{shown}; it is a menu, index or error page, or one "
            "that loads its article with JavaScript or behind a login: save the article's own page after it "
            "has loaded in the browser, or give its text as .txt or JSON"))
        return
    raw_date = get("date")
    warnings: list[str] = []
    if not raw_date:
        raw_date = _html_date_from_text(raw, today)
        if raw_date and raw_date.endswith("-01-01") and not _NEW_YEAR_RE(raw_date[:4]).search(raw):
            warnings.append(f"{origin}: the page gives no date but a year ({raw_date[:4]}, from a copyright line or "
                            "the like), not the day the article appeared; the article is coded without it (give --date)")
            raw_date = None
    date = normalise_date(raw_date)
    if raw_date and not date:
        warnings.append(_bad_date(origin, raw_date))
    yield Record(text, title=_str(get("title")), date=date, url=_str(get("url")),
                 source=_str(get("sitename")), origin=origin, warnings=warnings)


def _html_date_from_text(raw: str, today: str) -> str | None:
    """The date htmldate finds in the page's text when its markup has none (a "Published 4 March 2022" line)."""
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - a dependency of trafilatura
        return None
    try:
        found = find_date(raw, extensive_search=True, original_date=True, max_date=today)
    except Exception:  # noqa: BLE001 - htmldate raises many kinds of error on odd pages
        return None
    return found if isinstance(found, str) else None


def _NEW_YEAR_RE(year: str) -> re.Pattern[str]:
    """A page that does say 1 January of ``year`` (so htmldate's YYYY-01-01 is a day, not just a year)."""
    return re.compile(rf"\b{year}-0?1-0?1\b|\b0?1[./]0?1[./]{year}\b|\b(?:1|1st|first)\s+(?:of\s+)?jan(?:uary)?\.?,?\s+{year}"
                      rf"|\bjan(?:uary)?\.?\s+(?:1|1st),?\s+{year}", re.IGNORECASE)


_FURNITURE_TAGS = ("a", "button", "li", "nav", "menu", "option", "label", "summary", "header", "footer", "th",
                   "h1", "h2", "h3", "h4", "h5", "h6", "title")
_BOILERPLATE: list[re.Pattern[str]] | None = None


def _boilerplate() -> list[re.Pattern[str]]:
    """The page-furniture line patterns of ``data/readers/boilerplate.txt`` (loaded once)."""
    global _BOILERPLATE
    if _BOILERPLATE is None:
        from importlib.resources import files

        lines = files("dateline").joinpath("data/readers/boilerplate.txt").read_text(encoding="utf-8").splitlines()
        _BOILERPLATE = [re.compile(x, re.IGNORECASE) for x in lines if x.strip() and not x.startswith("#")]
    return _BOILERPLATE


def _norm_label(s: str) -> str:
    return " ".join(s.split()).strip(" |·•>»–-:").casefold()


def _only_page_furniture(text: str, raw: str) -> bool:
    """True when every line trafilatura kept is navigation (the text of a link, button, menu, list item
    or heading of the page) or a banner/footer line (data/readers/boilerplate.txt): no article text."""
    lines = [ln for ln in (x.strip() for x in text.splitlines()) if ln]
    if not lines or sum(len(ln.split()) for ln in lines) > 60:
        return not lines
    pats = _boilerplate()
    rest = [ln for ln in lines if not any(p.search(ln) for p in pats)]
    if not rest:
        return True
    try:
        import lxml.html

        tree = lxml.html.fromstring(raw)
    except Exception:  # noqa: BLE001 - lxml refuses some odd documents; then nothing is furniture
        return False
    # a label is short ("Home", "World news", "Contact us"): a list of long items may be the article itself
    labels = {lab for tag in _FURNITURE_TAGS for el in tree.iter(tag)
              if 0 < len((lab := _norm_label(el.text_content())).split()) <= 5}
    return all(_norm_label(ln) in labels for ln in rest)


def _preview(text: str | None, n: int = 60) -> str:
    s = " / ".join(x.strip() for x in (text or "").splitlines() if x.strip())
    return repr(s if len(s) <= n else s[: n - 1] + "…")


# --- dispatch -------------------------------------------------------------------------------


def _sniff(raw: str) -> str:
    s = raw.lstrip()[:2000].lower()
    if s.startswith("<!doctype html") or s.startswith("<html") or ("<body" in s and "</" in s):
        return "html"
    if s.startswith("["):
        return "json"
    if s.startswith("{"):
        return "jsonl"
    head, _, rest = raw.lstrip("\ufeff").partition("\n")
    if rest.strip() and _csv_header(head):
        return "csv"
    return "text"


def _csv_header(line: str) -> bool:
    """True when ``line`` is a CSV/TSV header that names a text column ("id,body,published"): a table
    piped to stdin or saved without an extension, not a story."""
    line = line.strip()
    sep = max((",", "\t", ";", "|"), key=lambda d: (line.count(d), d == ","))
    cells = [c.strip().strip('"') for c in line.split(sep)]
    return (len(cells) >= 2 and all(_CSV_NAME_RE.fullmatch(c) and len(c.split()) <= 2 for c in cells)
            and any(_fold_field(c) in FIELD_ALIASES["text"] for c in cells))


_CSV_NAME_RE = re.compile(r"[A-Za-z_][\w\- ]{0,39}")


def read_bytes(
    data: bytes,
    origin: str,
    ext: str = "",
    fields: Mapping[str, str] | None = None,
) -> Iterator[Record]:
    """Records from the bytes of one input (gzip is opened here)."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield Record(None, origin=origin, error=Undecodable(f"{origin}: broken gzip data ({exc})"))
            return
    if not data.strip():
        yield Record(None, origin=origin, error=EmptyText(f"{origin}: empty input"))
        return
    raw, err = _decode(data, origin)
    if err is not None and (ext.lower() in HTML_EXT or _sniff(data[:2000].decode("latin-1")) == "html"):
        raw, err = _decode_html(data, origin, err)
    if err is not None or raw is None:
        yield Record(None, origin=origin, error=err)
        return
    ext = ext.lower()
    kind = {**{e: "text" for e in TEXT_EXT}, **{e: "jsonl" for e in JSONL_EXT}, **{e: "json" for e in JSON_EXT},
            **{e: "csv" for e in CSV_EXT}, **{e: "html" for e in HTML_EXT}}.get(ext)
    if kind is None or (kind == "text" and ext == ""):
        kind = _sniff(raw)
    if kind == "jsonl" and _starts_multiline_json(_first_line(raw)):
        kind = "json"  # pretty-printed: one object, an array, or objects one after another (jq .)
    if kind == "jsonl":
        # split at newlines only: str.splitlines also breaks at U+2028, U+0085 and \x1c-\x1e, which
        # JSON allows inside a string (the streamed reader splits the same way)
        yield from read_jsonl_lines(raw.split("\n"), origin, fields)
    elif kind == "json":
        yield from read_json(raw, origin, fields)
    elif kind == "csv":
        yield from read_csv(raw, origin, fields, "\t" if ext == ".tsv" else None)
    elif kind == "html":
        yield from read_html(raw, origin)
    else:
        yield from read_dateline_text(raw, origin)


def _ext_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in (".gz", ".gzip"):
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _iter_files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if not f.startswith("."):
                    yield Path(root) / f
    else:
        yield path


def read_path(
    path: str | os.PathLike[str],
    fields: Mapping[str, str] | None = None,
    max_file_bytes: int = 512 * 1024 * 1024,
    stdin: IO[bytes] | None = None,
) -> Iterator[Record]:
    """Records from a file, a directory (recursively) or ``-`` (stdin)."""
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from _read_stdin(stream, fields)
        return
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or directory")
    seen = False
    for f in _iter_files(p):
        seen = True
        origin = str(f)
        ext = _ext_of(f)
        if ext not in KNOWN_EXT and f.suffix.lower() not in (".gz", ".gzip"):
            # unknown extension: sniff the content; binary files are refused
            pass
        try:
            size = f.stat().st_size
            if size > max_file_bytes:
                yield Record(None, origin=origin, error=TooLarge(f"{origin}: file is {size:,} bytes, over {max_file_bytes:,}; split it"))
                continue
            if ext in JSONL_EXT and f.suffix.lower() not in (".gz", ".gzip"):
                # stream JSON Lines without reading the whole file
                with open(f, "rb") as fh:
                    yield from _stream_jsonl(fh, origin, fields)
                continue
            data = f.read_bytes()
        except OSError as exc:
            yield Record(None, origin=origin, error=InputErrorRecord(
                f"{origin}: cannot read ({exc.strerror}); check that the file exists and that you may read it"))
            continue
        if ext not in KNOWN_EXT:
            probe = data[:4096]
            if probe[:2] != b"\x1f\x8b" and (b"\x00" in probe or _looks_binary(probe)):
                yield Record(None, origin=origin, error=UnknownFormat(
                    f"{origin}: unknown file type {f.suffix or '(no extension)'!r} with binary content; "
                    "dateline reads dateline text, .txt, .jsonl, .json, .csv, .html and their .gz"))
                continue
        yield from read_bytes(data, origin, ext, fields)
    if not seen:
        yield Record(None, origin=str(p), error=EmptyText(
            f"{p}: the folder has no files to read (names starting with '.' are skipped); give the folder "
            "that holds the articles"))


class InputErrorRecord(RecordError):
    code = "E015"


def _utf16_without_bom(probe: bytes) -> str | None:
    """``UTF-16LE`` / ``UTF-16BE`` when ``probe`` is mostly ASCII text written as UTF-16 with no
    byte-order mark (every other byte NUL), else None."""
    if len(probe) < 4 or b"\x00" not in probe:
        return None
    even, odd = probe[0::2], probe[1::2]
    for name, zeros, chars in (("UTF-16LE", odd, even), ("UTF-16BE", even, odd)):
        if zeros.count(0) >= 0.9 * len(zeros) and chars.count(0) <= 0.05 * len(chars):
            return name
    return None


def _looks_binary(probe: bytes) -> bool:
    if not probe:
        return False
    bad = sum(1 for b in probe if b < 9 or 13 < b < 32)
    return bad / len(probe) > 0.05


_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")  # UTF-16, UTF-32 LE (starts the same), UTF-32 BE


def _starts_multiline_json(line: bytes | str) -> bool:
    """True when the first line of a JSON Lines input opens a JSON document that goes on over more
    lines (``{`` or ``[`` alone, ``{"id": 1,``): pretty-printed JSON, not JSON Lines."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig")
        except UnicodeDecodeError:
            return False
    s = line.strip().lstrip("\ufeff")
    if s.startswith("["):
        return True
    if not s.startswith("{"):
        return False
    try:
        json.loads(s)
    except json.JSONDecodeError as exc:
        return exc.pos >= len(s)  # ran out of line, not into a mistake
    return False


def _first_line(raw: str) -> str:
    for line in raw.split("\n"):
        if line.strip():
            return line
    return ""


def _read_stdin(stream: IO[bytes], fields: Mapping[str, str] | None) -> Iterator[Record]:
    """Records from stdin. JSON Lines are streamed line by line (``cat corpus.jsonl | dateline code -``
    must not hold the corpus in memory); any other input is read whole, as from a file."""
    head = stream.read(65536)
    if head[:2] != b"\x1f\x8b" and head.lstrip()[:1] == b"{" and b"\n" in head.strip():
        head += stream.readline()  # finish the line the first chunk cut

        def lines() -> Iterator[bytes]:
            yield from head.splitlines(keepends=True)
            yield from stream

        yield from _stream_jsonl(lines(), "<stdin>", fields, ext="")
        return
    yield from read_bytes(head + stream.read(), "<stdin>", "", fields)


def _stream_jsonl(fh: Iterable[bytes], origin: str, fields: Mapping[str, str] | None,
                  ext: str = ".jsonl") -> Iterator[Record]:
    """JSON Lines, line by line. A UTF-16 file (byte-order mark) or pretty-printed JSON (the first line
    opens a document that goes on) is read whole instead, as :func:`read_bytes` reads a file."""
    it = iter(fh)
    head: list[bytes] = []
    for bline in it:
        head.append(bline)
        if bline.strip():
            break
    if not head or head[0].startswith(_BOMS) or _utf16_without_bom(head[-1]) or _starts_multiline_json(head[-1]):
        yield from read_bytes(b"".join(head) + b"".join(it), origin, ext, fields)
        return

    def lines() -> Iterator[str | None]:
        for n, bline in enumerate(itertools.chain(head, it), 1):
            try:
                yield bline.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                yield None

    yield from read_jsonl_lines(lines(), origin, fields)


def read_inputs(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    date: str | None = None,
    fields: Mapping[str, str] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: IO[bytes] | None = None,
) -> Iterator[Record]:
    """Every record of every input, validated, with ids and dates filled in."""
    for inp in inputs:
        for rec in read_path(inp, fields=fields, stdin=stdin):
            yield _finish(rec, max_chars, date)


def as_record(obj: Any, index: int = 0, max_chars: int = DEFAULT_MAX_CHARS, date: str | None = None) -> Record:
    """Coerce what a caller of :func:`dateline.code_many` passes into a :class:`Record`."""
    if isinstance(obj, Record):
        rec = obj
    elif isinstance(obj, str):
        d, body = split_header(obj)
        rec = Record(body, date=d, origin=f"record {index}")
    elif isinstance(obj, Mapping):
        rec = record_from_mapping(obj, f"record {index}")
    elif isinstance(obj, tuple) and len(obj) == 2 and isinstance(obj[1], Mapping):
        rec = record_from_mapping({**obj[1], "text": obj[0]}, f"record {index}")
    else:
        rec = Record(None, origin=f"record {index}", error=MalformedRecord(
            f"record {index}: a {type(obj).__name__} is not an article; pass a string, a dict with 'text', or (text, meta)"))
    return _finish(rec, max_chars, date)
