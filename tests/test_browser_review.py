"""Playwright + the machine's Chromium: a coder's full flow by keyboard and mouse, then an auditor's read-only view.

The app runs in a uvicorn server on a free loopback port inside the test process (so the stub code set can be
injected). Screenshots land in a temporary folder (or MEDCODER_SCREENSHOT_DIR).
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import factories
from tests.codes_stub import StubCodes, cheap_hashing
from tests.web_helpers import make_app

CHROMIUM = Path("/usr/bin/chromium")
# Screenshots go to a temporary folder: a test run must not rewrite the README's images in docs/screenshots/
# (those come from the real demo). MEDCODER_SCREENSHOT_DIR=docs/screenshots writes them there on purpose.
SHOTS = Path(os.environ.get("MEDCODER_SCREENSHOT_DIR") or Path(tempfile.gettempdir()) / "medcoder-screenshots")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
NOTE = ("Chief complaint: follow-up of blood pressure and diabetes.\n"
        "History: 67-year-old woman with essential hypertension and type 2 diabetes mellitus. "
        "She also has chronic kidney disease stage 3. Denies cough. Asthma noted in childhood, resolved.\n"
        "Assessment and plan: essential hypertension, continue current medication. "
        "Type 2 diabetes with diabetic chronic kidney disease; check A1c.\n"
        "Established patient office visit, low complexity.")

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing")]


def _span(text: str, start_at: int = 0) -> dict:
    start = NOTE.index(text, start_at)
    return {"start": start, "end": start + len(text), "text": text}


def _seed(session) -> None:  # noqa: ANN001
    for name, role in (("coder1", "coder"), ("auditor1", "auditor")):
        factories.user(session, name, role)
    second = NOTE.index("Assessment")
    codes = [
        factories.suggestion("I10", score=0.96, evidence=[_span("essential hypertension"),
                                                          _span("essential hypertension", second)],
                             rationale="documented in history and assessment"),
        factories.suggestion("E11.9", score=0.71, evidence=[
            _span("type 2 diabetes mellitus"), _span("Type 2 diabetes with diabetic chronic kidney disease")],
                             flags=["needs-specificity"], rationale="diabetes mentioned; CKD link documented"),
        factories.suggestion("J45.909", score=0.42, evidence=[_span("Asthma noted in childhood")],
                             flags=["historical?"], rationale="asthma mention"),
        factories.suggestion("R05.9", score=0.2, assertion="negated", evidence=[_span("Denies cough")]),
        factories.suggestion("99213", system="CPT", score=0.8,
                             evidence=[_span("Established patient office visit, low complexity")],
                             rationale="established patient, low MDM"),
    ]
    stub = StubCodes()
    for code in codes:
        code["description"] = stub.lookup(code["code"]).title
    factories.encounter_with_suggestions(session, "enc-0001", codes=codes, text=NOTE, specialty="internal medicine")
    factories.encounter_with_suggestions(session, "enc-0002", date_of_service="2026-03-05")
    session.commit()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(session, monkeypatch) -> Iterator[str]:
    import uvicorn

    cheap_hashing(monkeypatch)
    _seed(session)
    session.close()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(make_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(server):  # noqa: ANN201
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        page.set_default_timeout(10_000)
        errors: list[str] = []
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        yield page
        browser.close()
        assert not [e for e in errors if "Content Security Policy" in e], errors


def _login(page, base: str, username: str, shot: str = "") -> None:  # noqa: ANN001
    page.goto(f"{base}/login")
    if shot:
        _shot(page, shot)
    # The username field has autofocus; Chromium applies it at the next rendering update, which can come
    # after the load event, so wait for it before typing (typing earlier loses keystrokes).
    page.wait_for_function("document.activeElement && document.activeElement.name === 'username'")
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(factories.PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/worklist")


def _shot(page, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), caret="initial", animations="allow")


def test_browser_coder_full_flow_then_auditor_read_only(page, server):
    _login(page, server, "coder1", shot="login")
    _shot(page, "worklist")
    page.get_by_role("button", name="Next encounter").click()  # mouse
    page.wait_for_url("**/encounters/enc-0001")
    suggestion = page.locator("li.suggestion[aria-label^='ICD-10-CM I10']")

    page.keyboard.press("j")  # select I10: its evidence is emphasised
    assert page.locator("mark.ev.active").count() == 2
    _shot(page, "review")
    page.keyboard.press("a")  # accept by keyboard
    page.wait_for_selector("li.suggestion[aria-label='ICD-10-CM I10, accepted']")

    page.locator("li.suggestion[aria-label^='ICD-10-CM E11.9']").focus()
    page.keyboard.press("e")  # change the code by keyboard
    code_box = page.locator("li.suggestion[aria-label^='ICD-10-CM E11.9'] input[name=code]")
    assert code_box.evaluate("el => el === document.activeElement")
    code_box.fill("E11.22")
    page.keyboard.press("Enter")
    page.wait_for_selector("li.suggestion[aria-label='ICD-10-CM E11.9, corrected']")

    page.locator("li.suggestion[aria-label^='ICD-10-CM J45.909']").focus()
    page.keyboard.press("x")  # reject with a reason
    page.locator("li.suggestion[aria-label^='ICD-10-CM J45.909'] select[name=reason]").select_option("not_relevant")
    page.get_by_role("button", name="Reject J45.909").click()
    page.wait_for_selector("li.suggestion[aria-label='ICD-10-CM J45.909, rejected']")

    page.locator("li.suggestion[aria-label^='CPT 99213']").get_by_role("button", name="Accept").click()  # mouse
    page.wait_for_selector("li.suggestion[aria-label='CPT 99213, accepted']")

    # Add N18.30 with evidence selected in the note.
    page.keyboard.press("/")
    page.evaluate("""phrase => {
        const note = document.getElementById('note-text');
        const walker = document.createTreeWalker(note, NodeFilter.SHOW_TEXT);
        let node; while ((node = walker.nextNode())) {
            const i = node.textContent.indexOf(phrase);
            if (i >= 0) { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + phrase.length);
                          const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); return; }
        }
        throw new Error('phrase not found');
    }""", "chronic kidney disease stage 3")
    page.get_by_role("button", name="Use selected note text").click()
    start = NOTE.index("chronic kidney disease stage 3")
    assert page.locator("#ev-start").input_value() == str(start)
    page.locator("#add-q").fill("N18.30")
    page.get_by_role("button", name="Add code").click()
    page.wait_for_selector("#listed-dx .listed-code:has-text('N18.30')")
    assert page.locator("mark.ev[title*='N18.30']").inner_text() == "chronic kidney disease stage 3"

    page.get_by_role("button", name="Move E11.22 up").click()  # reorder: E11.22 first-listed
    page.wait_for_selector("#listed-dx li:first-child:has-text('E11.22')")
    _shot(page, "review-decided")

    page.get_by_role("button", name="Finalize").click()
    page.wait_for_selector("text=Finalized: the codes are now read-only.")
    assert page.locator("button[data-action=accept]").count() == 0
    _shot(page, "finalized")
    assert suggestion.count() == 1

    page.get_by_role("button", name="Log out").click()
    page.wait_for_url("**/login")
    _login(page, server, "auditor1")
    page.goto(f"{server}/encounters/enc-0001")
    assert page.get_by_text("Read-only: this encounter is finalized.").is_visible()
    assert page.locator("button[data-action=accept]").count() == 0
    assert page.get_by_role("button", name="Reopen").count() == 0
    assert [t.strip() for t in page.locator("#listed-dx .code").all_inner_texts()] == ["E11.22", "I10", "N18.30"]
    _shot(page, "auditor-view")
    page.keyboard.press("?")
    assert page.locator("dialog#help").is_visible()
