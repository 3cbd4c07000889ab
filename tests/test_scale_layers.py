"""Layers used by the scale tests to slow a worker down or kill it; importable by worker processes.

Worker processes (multiprocessing and Dask) import this module by name (``test_scale_layers``)
because the engines re-register every layer whose module is importable.
"""

from __future__ import annotations

import os
import time

from dateline._pipeline import Context, Settings, register_layer

#: An article containing this word kills the worker process that codes it.
POISON = "XQPOISONQX"


class _CrashLayer:
    name = "scale_test_crash"
    version = "t1"
    assigns: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()

    def __init__(self, settings: Settings) -> None:
        self.delay = float(settings.extra.get("scale_test_delay", 0.0))

    def __call__(self, ctx: Context) -> None:
        if self.delay:
            time.sleep(self.delay)
        if POISON in ctx.text:
            os._exit(3)  # what a segfault in a C extension looks like from outside


register_layer("scale_test_crash")(_CrashLayer)


def test_crash_layer_is_inert_on_ordinary_text(pipeline) -> None:
    layer = _CrashLayer(Settings(extra={"scale_test_delay": 0.0}))
    art = pipeline.code("The minister met the envoy on Monday.", date="2024-01-02")
    ctx = pipeline.annotate(art, *_prep_doc(pipeline, art.text))
    layer(ctx)  # returns: no poison word, no delay


def _prep_doc(pipeline, text):
    from dateline._textprep import prepare

    prep = prepare(text)
    return prep, pipeline.nlp(prep.clean)
