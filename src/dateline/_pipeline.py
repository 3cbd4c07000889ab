"""The coding pipeline: records in, :class:`Article` objects out.

A pipeline is the spaCy model plus an ordered list of *layers*. Each layer is a small
object with a ``name``, the article fields it ``assigns`` and the ones it ``requires``,
and a ``__call__(ctx)`` that reads the :class:`Context` and appends records to the
article. Built-in layers are registered in :data:`LAYER_FACTORIES` exactly the way a
user's layer would be (see :func:`register_layer`).
"""

from __future__ import annotations

import datetime as _dt
import functools
import gc
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from . import __about__
from ._errors import DatelineError
from ._nlp import hold, index_sentences, release, set_text
from ._readers import DEFAULT_MAX_CHARS, Record, as_record
from ._records import Actor, Article, Span, iso_event_date
from ._textprep import PreparedText, prepare

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span as SpacySpan, Token


@dataclass(slots=True)
class Settings:
    """Everything a layer may read about how the pipeline was configured."""

    model: str | None = None
    batch_size: int = 32
    max_chars: int = DEFAULT_MAX_CHARS
    kb_extra: tuple[str, ...] = ()
    layers: tuple[str, ...] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@functools.cache
def _token_type() -> type:
    from spacy.tokens import Token

    _TOKEN[0] = Token
    return Token


_TOKEN: list[type | None] = [None]  # spaCy's Token class, once _token_type() has imported it


class Context:
    """What a layer sees while coding one article.

    ``doc`` is parsed from ``prepared.clean``; spans of spaCy objects are in clean
    coordinates, so layers turn them into article offsets with :meth:`span`.
    ``state`` carries layer-to-layer data that is not part of the output
    (for example the actor mention index that events and quotes read).
    """

    __slots__ = ("article", "prepared", "doc", "settings", "state", "_date", "_char_spans")

    def __init__(self, article: Article, prepared: PreparedText, doc: Doc, settings: Settings) -> None:
        self.article = article
        self.prepared = prepared
        self.doc = doc
        self.settings = settings
        self.state: dict[str, Any] = {}
        self._date: _dt.date | None | bool = False
        self._char_spans: dict[tuple[int, int, str], SpacySpan | None] = {}  # char_span's answers

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def date(self) -> _dt.date | None:
        """The article date as a :class:`datetime.date`, or None."""
        if self._date is False:
            try:
                self._date = _dt.date.fromisoformat(self.article.date) if self.article.date else None
            except ValueError:
                self._date = None
        return self._date  # type: ignore[return-value]

    def span(self, obj: SpacySpan | Token | tuple[int, int]) -> Span:
        """Article offsets of a spaCy span or token, or of a ``(start, end)`` in clean text."""
        kind = type(obj)
        if kind is tuple:  # the commonest cases first, without a failed attribute lookup
            return self.prepared.to_original(obj[0], obj[1])  # type: ignore[index, arg-type]
        if kind is _TOKEN[0] or _TOKEN[0] is None and kind is _token_type():
            return self.prepared.to_original(obj.idx, obj.idx + len(obj))  # type: ignore[union-attr]
        if isinstance(obj, tuple):
            return self.prepared.to_original(obj[0], obj[1])
        if hasattr(obj, "start_char"):
            return self.prepared.to_original(obj.start_char, obj.end_char)  # type: ignore[union-attr]
        return self.prepared.to_original(obj.idx, obj.idx + len(obj))

    def slice(self, span: Span) -> str:
        return self.article.text[span[0] : span[1]]

    def clean_span(self, span: Span) -> tuple[int, int]:
        return self.prepared.to_clean(span[0], span[1])

    def actors_in(self, span: Span) -> list[Actor]:
        """Resolved actor mentions (from the actors layer) that lie inside article offsets ``span``.

        The actors layer stores every mention, pronouns and nominals included, in
        ``state["actor_mentions"]`` sorted by span; a compound or plural mention ("the two
        leaders") appears once per actor with the same span.
        """
        out = []
        for a in self.state.get("actor_mentions", ()):
            if a.span is not None and a.span[0] >= span[0] and a.span[1] <= span[1]:
                out.append(a)
        return out

    def char_span(self, span: Span, alignment_mode: str = "expand") -> SpacySpan | None:
        """The spaCy span covering article offsets ``span`` (one Span per offsets and mode for the
        article: the layers ask for more than half of them again; callers must not change it)."""
        key = (span[0], span[1], alignment_mode)
        try:
            return self._char_spans[key]
        except KeyError:
            pass
        s, e = self.prepared.to_clean(span[0], span[1])
        found = self._char_spans[key] = self.doc.char_span(s, e, alignment_mode=alignment_mode)
        return found


class Layer(Protocol):
    name: str
    version: str
    assigns: tuple[str, ...]
    requires: tuple[str, ...]

    def __call__(self, ctx: Context) -> None: ...


LayerFactory = Callable[[Settings], Layer]

#: Registered layers, by name. Built-ins register themselves in :mod:`dateline._layers`.
LAYER_FACTORIES: dict[str, LayerFactory] = {}
#: The order the built-in layers run in: later layers read what earlier ones assign.
DEFAULT_LAYERS: tuple[str, ...] = ("times", "amounts", "places", "actors", "quotes", "events")


def register_layer(name: str) -> Callable[[LayerFactory], LayerFactory]:
    """Register a layer factory under ``name`` (use a new name for changed behaviour)."""

    def deco(factory: LayerFactory) -> LayerFactory:
        LAYER_FACTORIES[name] = factory
        return factory

    return deco


def _freeze_loaded() -> None:
    """Take everything loaded so far out of the cyclic garbage collector's walks.

    The model and the layers' knowledge bases and lexicons are ~0.5M Python objects that live as
    long as the process. Every full collection (one every few hundred articles) walked them all,
    ~0.5-0.9 s each time, though none of them can ever become garbage; frozen, they are skipped.
    The collection first frees any cyclic garbage, so that none is kept by the freeze. Objects
    made later (the articles, the docs) are collected as before; nothing coded changes. The cost:
    an object frozen here that later dies held only by a reference cycle is not reclaimed (the
    models and data files are cached for the life of the process anyway).
    """
    gc.collect()
    gc.freeze()


class Pipeline:
    """A loaded coder. Create once, reuse for many articles (the model loads once)."""

    def __init__(self, settings: Settings | None = None, *, nlp: Language | None = None) -> None:
        from . import _layers  # noqa: F401 - registers the built-in layers
        from ._nlp import load_model, model_version

        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else load_model(self.settings.model)
        names = self.settings.layers if self.settings.layers is not None else DEFAULT_LAYERS
        self.layers: list[Layer] = []
        for n in names:
            if n not in LAYER_FACTORIES:
                raise DatelineError(f"unknown layer {n!r}; known layers: {', '.join(sorted(LAYER_FACTORIES))}")
            self.layers.append(LAYER_FACTORIES[n](self.settings))
        self._check_requirements()
        self.coder = {
            "version": __about__.__version__,
            "model": model_version(self.nlp),
            "kb": next((getattr(l, "kb_version", "") for l in self.layers if getattr(l, "kb_version", "")), "none"),
            "layers": ",".join(f"{l.name}.{l.version}" for l in self.layers),
        }
        _freeze_loaded()

    def _check_requirements(self) -> None:
        have: set[str] = {"doc", "text", "date"}
        for layer in self.layers:
            missing = [r for r in layer.requires if r not in have]
            if missing:
                raise DatelineError(
                    f"layer {layer.name!r} requires {', '.join(missing)}, which no earlier layer assigns; "
                    f"put the layers that assign them first (order now: {', '.join(l.name for l in self.layers)})"
                )
            have.update(layer.assigns)

    # -- coding ---------------------------------------------------------------------------

    def code(self, text: str, date: str | None = None, **meta: Any) -> Article:
        rec = as_record({**meta, "text": text, "date": date}, 0, self.settings.max_chars)
        return next(self.code_records([rec]))

    def code_many(self, records: Iterable[Any]) -> Iterator[Article]:
        recs = (as_record(r, i, self.settings.max_chars) for i, r in enumerate(records))
        return self.code_records(recs)

    def code_records(self, records: Iterable[Record]) -> Iterator[Article]:
        """Code validated records in batches; yields one Article per record, in order."""
        batch: list[Record] = []
        for rec in records:
            batch.append(rec)
            if len(batch) >= self.settings.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _article(self, rec: Record) -> Article:
        art = Article(
            id=rec.id or "",
            text=rec.text or "",
            date=rec.date,
            title=rec.title,
            url=rec.url,
            source=rec.source,
            language=rec.language,
            origin=rec.origin,
            coder=dict(self.coder),
        )
        art.warnings.extend(rec.warnings)  # what the reader repaired (a broken escape, an unreadable date)
        if rec.error is not None:
            art.errors.append(str(rec.error))
            if not art.id:
                from ._readers import stable_id

                art.id = stable_id(f"error:{rec.origin}:{rec.error}")
        return art

    def _code_batch(self, batch: list[Record]) -> Iterator[Article]:
        arts = [self._article(r) for r in batch]
        todo = [(i, prepare(a.text)) for i, a in enumerate(arts) if not a.errors]
        done: dict[int, tuple[PreparedText, Doc]] = {}
        try:
            docs = list(self.nlp.pipe((p.clean for _, p in todo), batch_size=self.settings.batch_size))
        except Exception:  # noqa: BLE001 - one text spaCy cannot parse must not lose the batch
            for i, prep in todo:  # parse one at a time: only the article that fails gets the error
                try:
                    done[i] = (prep, self.nlp(prep.clean))
                except Exception as exc:  # noqa: BLE001
                    arts[i].errors.append(f"the parser failed on this article ({type(exc).__name__}: {exc}); "
                                          "the other articles were coded")
        else:
            for (i, prep), doc in zip(todo, docs, strict=True):
                done[i] = (prep, doc)
        for i, art in enumerate(arts):
            if i in done:
                prep, doc = done[i]
                _let_go(self.annotate(art, prep, doc))
            yield art

    def annotate(self, art: Article, prep: PreparedText, doc: Doc) -> Context:
        index_sentences(doc)
        set_text(doc, prep.clean)
        ctx = Context(art, prep, doc, self.settings)
        hold(doc)  # the layers share the doc's sentence and entity Spans (made once)
        try:
            for layer in self.layers:
                try:
                    layer(ctx)
                except Exception as exc:  # noqa: BLE001 - one layer's bug must not lose the article
                    msg = f"layer {layer.name} failed: {type(exc).__name__}: {exc}"
                    art.warnings.append(msg)
                    if ctx.settings.extra.get("debug"):
                        traceback.print_exc(file=sys.stderr)
        finally:
            release(doc)
        for ev in art.events:  # the contract allows only calendar dates and ISO weeks here
            ev.date = iso_event_date(ev.date)
        return ctx


def _let_go(ctx: Context) -> None:
    """Drop what the layers handed each other for an article that is coded (the article keeps
    its own records). Their indexes refer back to the context (the events layer's actor index
    keeps ``ctx``), so context, doc and indexes formed a reference cycle that only the cyclic
    garbage collector could free: emptied here, they go as soon as the article is done."""
    ctx.state.clear()
    ctx._char_spans.clear()


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
