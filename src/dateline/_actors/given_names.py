"""Derive the given-name gender table (data/kb/given_name_gender.tsv) from news text.

A given name gets a gender only from what texts say about people who bear it, never from a
guess about the name itself:

- an honorific or a gendered title written before the person's surname or full name ("Ms
  Mortágua", "Mr. Schoof", "spokeswoman Maria Zakharova", "King Charles");
- a subject pronoun ("he", "she") that opens the next sentence of the paragraph (or the
  complement of the person's own verb: "Mariana Silva said she ...") when the person is the
  only one the sentence names and is its subject.

News text alone names too few people twice to give a usable table, so the table starts from
the given-name lists of the Faker package (MIT licence; its person providers list male and
female first names per locale): a Latin-script name is kept when at least two locales list it
with one gender and none with the other. A name the news text gives the other gender (at least
``min_evidence`` observations, ``min_share`` of them agreeing) is dropped; a name the lists lack is
added from the news text when it has three observations or more of two or more different
people (surnames): the first word of a Chinese name is the family name ("Wang Yi", "Mao
Zedong"), and all observations of a name can come from one person. Run (from the repository
root, on text that is no check set; FAKER is an unpacked Faker wheel)::

    python -m dateline._actors.given_names OUT.tsv FAKER FILE.jsonl [FILE.jsonl ...]

Each line of the input files is a JSON object with a ``text``; the table's header names the files.
The shipped table was built before it did: its 469 texts are the tuning gold sets' texts and the
shared corpus (no check set), exact files unrecorded. Its news-only rows Mao, Masih, Wang, Zhao
(family names, or one person's observations) were removed by hand afterwards; the other eight
news-only rows (Ahmed, Bola, Dmitry, Hassan, Kamala, Milorad, Mohammed, Volodymyr) stay until the
table is rebuilt under the two-person rule.

``GIVEN_GENDER`` is the shipped table, read here so that other layers need not import the resolver.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_KB = Path(__file__).resolve().parent.parent / "data" / "kb"


def load_table(path: Path = _KB / "given_name_gender.tsv") -> dict[str, str]:
    """Given name -> "m"/"f" from a table this module wrote (comment lines start with "#")."""
    rows = (w.strip().partition("\t") for w in path.read_text(encoding="utf-8").splitlines())
    return {k: v for k, _, v in rows if k and v and not k.startswith("#")}


#: given name -> "m"/"f" (data/kb/given_name_gender.tsv)
GIVEN_GENDER = load_table()

_HONORIFIC = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m", "lady": "f",
              "king": "m", "queen": "f", "prince": "m", "princess": "f", "congressman": "m", "congresswoman": "f",
              "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f", "sheikh": "m",
              "businessman": "m", "businesswoman": "f", "m.": "m", "mme": "f"}
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _quoted_tokens(doc: Any) -> set[int]:
    """Token indices between quotation marks (a pronoun there is the speaker's, not the narration's)."""
    out: set[int] = set()
    inside = False
    for t in doc:
        if t.text in ('"', "“", "”", "«", "»"):
            inside = not inside if t.text == '"' else t.text in ("“", "«")
            continue
        if inside:
            out.add(t.i)
    return out


def _given_of(ent: Any, by_last: dict[str, set[str]]) -> str | None:
    """The given name of a PERSON entity: its first word, or for a surname alone the one given
    name the text wrote with that surname."""
    if len(ent) >= 2 and ent[0].is_alpha and ent[0].text[:1].isupper() and ent[0].lower_ not in _HONORIFIC:
        return str(ent[0].text)
    givens = by_last.get(ent[-1].text, set())
    return next(iter(givens)) if len(givens) == 1 else None


def observations(texts: Iterable[str], bearers: dict[str, set[str]] | None = None) -> dict[str, Counter[str]]:
    """Given name (as written, first word of a PERSON entity of two or more words) -> gender counts;
    ``bearers`` (when given) collects the surnames observed with each given name."""
    from .._nlp import load_model

    nlp = load_model(None)
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    if bearers is None:
        bearers = {}
    for doc in nlp.pipe(texts, batch_size=16):
        persons = [e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and e[0].text[:1].isupper()
                   and e[0].is_alpha and e[0].lower_ not in _HONORIFIC]
        by_last: dict[str, set[str]] = defaultdict(set)
        for e in persons:
            by_last[e[-1].text].add(e[0].text)
        for t in doc:  # "Ms Mortágua", "spokeswoman Maria Zakharova"
            g = _HONORIFIC.get(t.lower_.rstrip(".")) or _HONORIFIC.get(t.lower_)
            if g is None or t.i + 1 >= len(doc):
                continue
            nxt_tok = doc[t.i + 1]
            if nxt_tok.ent_type_ != "PERSON":
                continue
            ent = next((e for e in persons if e.start == nxt_tok.i), None)
            if ent is not None:
                seen[ent[0].text][g] += 1
                bearers.setdefault(ent[0].text, set()).add(ent[-1].text)
                continue
            names = by_last.get(nxt_tok.text, set())
            if len(names) == 1 and nxt_tok.ent_iob_ == "B" and (nxt_tok.i + 1 >= len(doc) or doc[nxt_tok.i + 1].ent_type_ != "PERSON"):
                seen[next(iter(names))][g] += 1
                bearers.setdefault(next(iter(names)), set()).add(nxt_tok.text)
        sents = list(doc.sents)
        quoted = _quoted_tokens(doc)
        for si, s in enumerate(sents):
            here = [x for x in doc.ents if x.label_ == "PERSON" and s.start <= x.start < s.end and x.root.i not in quoted]
            givens: set[str | None] = {_given_of(x, by_last) for x in here}
            given = next(iter(givens)) if len(givens) == 1 else None
            if given is None:
                continue
            if not any(x.root.dep_ in ("nsubj", "nsubjpass") for x in here):
                continue
            first = min(x.start for x in here)
            found = {_PRONOUNS[t.lower_] for t in s if t.i > first and t.lower_ in _PRONOUNS and t.i not in quoted}
            if si + 1 < len(sents) and "\n" not in doc.text[s.end_char:sents[si + 1].start_char]:
                nxt = sents[si + 1]
                if not any(x.label_ in ("PERSON", "NORP", "ORG", "GPE") for x in doc.ents if nxt.start <= x.start < nxt.end):
                    found |= {_PRONOUNS[t.lower_] for t in nxt if t.lower_ in _PRONOUNS and t.i not in quoted}
            if len(found) == 1:
                seen[given][found.pop()] += 1
                bearers.setdefault(given, set()).update(x[-1].text for x in here)
    return seen


def table(seen: dict[str, Counter[str]], min_evidence: int = 2, min_share: float = 0.9) -> dict[str, str]:
    out = {}
    for name, c in seen.items():
        n = sum(c.values())
        g, k = c.most_common(1)[0]
        if n >= min_evidence and k / n >= min_share:
            out[name] = g
    return out


def from_faker(root: str) -> dict[str, str]:
    """Given name -> "m"/"f" from an unpacked Faker wheel at ``root``: Latin-script names that at
    least two locales list with one gender and none lists with the other."""
    import importlib
    import pkgutil
    import re

    sys.path.insert(0, root)
    import faker.providers.person as people  # noqa: PLC0415 - a build-time source, not a dependency

    latin = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘșȚț'\-]{2,}$")
    langs: dict[str, dict[str, set[str]]] = {"m": defaultdict(set), "f": defaultdict(set)}
    for mod in pkgutil.iter_modules(people.__path__):
        prov = getattr(importlib.import_module(f"faker.providers.person.{mod.name}"), "Provider", None)
        for attr, g in (("first_names_male", "m"), ("first_names_female", "f")):
            for n in getattr(prov, attr, None) or ():
                if latin.match(n):
                    langs[g][n].add(mod.name)
    out = {}
    for g, other in (("m", "f"), ("f", "m")):
        for n, ls in langs[g].items():
            if n not in langs[other] and len(ls) >= 2:
                out[n] = g
    return out


def news_only(news: dict[str, str], seen: dict[str, Counter[str]], bearers: dict[str, set[str]],
              min_count: int = 3, min_people: int = 2) -> dict[str, str]:
    """The names the news text alone may add: ``min_count`` observations or more, of ``min_people``
    different surnames or more ("Mao Zedong" alone, written family name first, gives no given name)."""
    return {n: g for n, g in news.items()
            if sum(seen[n].values()) >= min_count and len(bearers.get(n, ())) >= min_people}


def main(argv: list[str]) -> int:
    out, faker_root, files = argv[0], argv[1], argv[2:]
    texts = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    bearers: dict[str, set[str]] = {}
    seen = observations(texts, bearers)
    news = table(seen)
    tab = {n: g for n, g in from_faker(faker_root).items() if news.get(n, g) == g}
    tab.update({n: g for n, g in news_only(news, seen, bearers).items() if n not in tab})
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Given names and their bearers' gender (m/f), derived by dateline._actors.given_names:\n"
                 "# names two or more locales of the Faker package's person lists (MIT licence) give one\n"
                 "# gender and none the other, less those that honorifics, gendered titles and pronoun\n"
                 f"# agreement in {len(texts)} news articles (tuning gold texts and the shared corpus; no check\n"
                 "# set) contradict, plus names that news text gives one gender three times or more,\n"
                 "# of two or more people. Input files: " + " ".join(files) + "\n"
                 "# Read by dateline._actors.resolve: a pronoun never takes a person of the other gender\n"
                 "# (docs/actors.md).\n")
        for name in sorted(tab):
            fh.write(f"{name}\t{tab[name]}\n")
    print(f"{len(tab)} names from {len(texts)} texts ({len(seen)} observed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
