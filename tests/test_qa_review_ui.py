"""QA regressions in the browser: one message at a time, and a changed suggestion says what it became."""

from __future__ import annotations

import pytest

from tests.test_browser_review import CHROMIUM, _login, page, server  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing")]


def test_review_error_then_success_leaves_only_the_success_message(page, server):  # noqa: F811
    _login(page, server, "coder1")
    page.goto(f"{server}/encounters/enc-0001")
    asthma = page.locator("li.suggestion[aria-label^='ICD-10-CM J45.909']")
    asthma.focus()
    page.keyboard.press("x")
    asthma.locator("select[name=reason]").select_option("other")
    page.get_by_role("button", name="Reject J45.909").click()  # "other" without an explanation is refused
    page.wait_for_selector("#messages .message.error")
    assert "explain the reason" in page.locator("#messages").inner_text()

    page.locator("li.suggestion[aria-label^='ICD-10-CM I10']").get_by_role("button", name="Accept").click()
    page.wait_for_selector("li.suggestion[aria-label='ICD-10-CM I10, accepted']")
    assert page.locator("#messages").inner_text().strip() == ""  # the old error no longer contradicts the result
    assert page.locator(".review-msg").inner_text().strip() == "Accepted."

    asthma.focus()
    page.keyboard.press("x")
    asthma.locator("select[name=reason]").select_option("other")
    page.get_by_role("button", name="Reject J45.909").click()
    page.wait_for_selector("#messages .message.error")
    assert page.locator(".review-msg").inner_text().strip() == ""  # the old success is gone with the new error


def test_review_changed_suggestion_shows_the_new_code(page, server):  # noqa: F811
    _login(page, server, "coder1")
    page.goto(f"{server}/encounters/enc-0001")
    diabetes = page.locator("li.suggestion[aria-label^='ICD-10-CM E11.9']")
    diabetes.focus()
    page.keyboard.press("e")
    diabetes.locator("input[name=code]").fill("E11.22")
    page.keyboard.press("Enter")
    page.wait_for_selector("li.suggestion[aria-label='ICD-10-CM E11.9, corrected']")
    changed = page.locator("li.suggestion[aria-label='ICD-10-CM E11.9, corrected'] .changed-to").inner_text()
    assert "Changed to E11.22" in changed


def test_review_keyboard_a_a_accepts_two_suggestions_in_a_row(page, server):  # noqa: F811
    # After a decision the next pending suggestion must stay selected, so the coder can keep pressing a.
    _login(page, server, "coder1")
    page.goto(f"{server}/encounters/enc-0001")
    page.keyboard.press("j")
    page.keyboard.press("a")
    page.wait_for_selector("li.suggestion[aria-label='ICD-10-CM I10, accepted']")
    page.wait_for_selector("li.suggestion.selected[aria-label^='ICD-10-CM E11.9']")
    page.keyboard.press("a")
    page.wait_for_selector("li.suggestion[aria-label='ICD-10-CM E11.9, accepted']")
