"""A real browser (Debian's headless Chromium, driven by Playwright) against a running server.

Chromium comes from the system package (``make test`` installs it when run as root); Playwright
never downloads a browser here. The test skips, saying why, only when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
OUT = Path(__file__).resolve().parents[1] / "test-output"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn")
    from dateline._web import create_app
    from test_web_corpus import build_store

    db = build_store(tmp_path_factory.mktemp("browser") / "web.duckdb")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(timeout=10)


def test_browse_filter_open_article_find_evidence(server: str) -> None:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium package (make test does so as root)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (the 'test' extra)")
    OUT.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(server + "/events")
            assert "6 mentions match" in page.inner_text("h1")

            # apply a filter with the form: it lands in the URL, and the table and facets follow it
            page.select_option("#type-select", "ASSAULT")
            page.click("#apply")
            page.wait_for_url("**/events?*type=ASSAULT*")
            assert "2 mentions match" in page.inner_text("h1")
            assert page.locator("table.events tbody tr").count() == 2
            assert page.locator("#facet-type li").count() == 1
            assert "type=ASSAULT" in (page.get_attribute("#json-twin", "href") or "")

            # open the article behind the first event: its evidence is highlighted and targeted
            page.locator("a.evidence-link").first.click()
            page.wait_for_url("**/articles/art-1#ev-e1")
            target = page.locator("a.anchor:target + span.hl-trigger")
            assert target.count() == 1
            assert target.inner_text() == "shelled"
            outline = target.evaluate("el => getComputedStyle(el).outlineStyle")
            assert outline == "solid"
            for kind in ("actor", "quote", "speaker", "time", "amount", "place"):
                assert page.locator(f"#article-text .hl-{kind}").count() >= 1, kind

            # the hostile comment in the article is text, not markup that ran
            assert page.evaluate("window.__pwned === undefined")
            assert "<script>window.__pwned = 1</script>" in page.inner_text("#article-text")

            # the event list beside the text points at the other trigger too
            page.locator(".side-events a.evidence-link").nth(1).click()
            page.wait_for_url("**#ev-e2")
            assert page.locator("a.anchor:target + span.hl-trigger").inner_text() == "accused"
            page.screenshot(path=str(OUT / "web-article.png"), full_page=True)

            # nothing was fetched from anywhere but this server
            assert requests and all(u.startswith(server) for u in requests)
        finally:
            browser.close()
    assert (OUT / "web-article.png").stat().st_size > 10_000
