#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""Browser smoke test for the Lemniscaat demo server.

For every demo account: sign in at /aanmelden, land on / with the main menu
(nav[aria-label="Hoofdmenu"]), open every same-origin link in that menu and in
the admin menu (nav[aria-label="Beheer"], beheerder only), and sign out again
with the POST form form#afmelden.

Every page visited is one check. A check fails when the document's HTTP status
is not 200, when the browser ends up on a different path than the one asked
for (a redirect, e.g. back to /aanmelden), or when the browser console has a
SEVERE entry (JavaScript errors, failed resource loads, CSP violations).

Status codes come from Chrome's performance log (the DevTools Network events
for the top-level document), which is what the browser really received rather
than a second request made outside the browser.

Usage:
    python tests/browser/smoke.py --base-url http://127.0.0.1:8080

Needs selenium 4.51.0, Debian's chromium (/usr/bin/chromium) and
chromium-driver (/usr/bin/chromedriver). Screenshots of every page go to
tests/browser/screenshots/<role>-<slug>.png. Prints one line per page and ends
with "N passed, N failed"; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import traceback
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ACCOUNTS = [
    "uitvoerder@demo.test",
    "beleid@demo.test",
    "verbinder@demo.test",
    "manager@demo.test",
    "beheerder@demo.test",
]
MAIN_NAV = 'nav[aria-label="Hoofdmenu"]'
ADMIN_NAV = 'nav[aria-label="Beheer"]'
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"

CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")

# Console messages can arrive just after the load event (scripts that run on
# DOMContentLoaded/load, late subresources); give them a moment to be logged.
CONSOLE_SETTLE_SECONDS = 0.3
# Never crawl forever if a menu turns out to be generated or huge.
MAX_PAGES_PER_ROLE = 60
NAV_TIMEOUT = 15


def make_driver() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",  # we run as root in CI containers
        "--disable-dev-shm-usage",  # /dev/shm is tiny in containers
        "--window-size=1280,900",
        "--lang=nl-NL",
        "--no-first-run",
        "--disable-extensions",
    ):
        options.add_argument(arg)
    # performance: DevTools Network/Page events (status codes);
    # browser: the page console (errors).
    # Headless Chromium ignores --lang for Accept-Language; the preference sets it.
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-NL,nl"})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    # Giving the chromedriver path explicitly keeps Selenium Manager (which
    # would try to download drivers) out of the picture.
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_window_size(1280, 900)
    driver.set_page_load_timeout(30)
    return driver


def short(exc: WebDriverException) -> str:
    """WebDriver messages carry a multi-line session/stack suffix; keep line one."""
    return (exc.msg or str(exc)).strip().splitlines()[0]


def slugify(url: str) -> str:
    parsed = urlparse(url)
    text = parsed.path.strip("/")
    if parsed.query:
        text += "-" + parsed.query
    slug = re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()
    return slug or "home"


class Smoke:
    def __init__(self, driver: webdriver.Chrome, base_url: str) -> None:
        self.driver = driver
        self.base_url = base_url.rstrip("/")
        base = urlparse(self.base_url)
        self.origin = (base.scheme, base.netloc)
        self.passed = 0
        self.failed = 0

    # ------------------------------------------------------------------ helpers

    def url(self, path: str) -> str:
        return self.base_url + path

    def path_of(self, url: str) -> str:
        parsed = urlparse(url)
        return parsed.path + (("?" + parsed.query) if parsed.query else "")

    def record(self, ok: bool, role: str, what: str, detail: str) -> bool:
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        print(f"{'PASS' if ok else 'FAIL'}  {role:<10} {what:<40} {detail}", flush=True)
        return ok

    def drain_logs(self) -> None:
        """Empty both logs, so what we read next belongs to the next page."""
        self.driver.get_log("browser")
        self.driver.get_log("performance")

    def document_status(self) -> tuple[int | None, list[int]]:
        """Status of the top-level document loaded since the last drain, and the
        statuses of any redirects that led to it (e.g. [303] after a form POST)."""
        events = [json.loads(e["message"])["message"] for e in self.driver.get_log("performance")]
        main_frames = {
            ev["params"]["frame"]["id"]
            for ev in events
            if ev.get("method") == "Page.frameNavigated" and not ev["params"]["frame"].get("parentId")
        }

        def is_main_document(params: dict) -> bool:
            if params.get("type") != "Document":
                return False
            return not main_frames or params.get("frameId") in main_frames

        status = None
        redirects: list[int] = []
        for ev in events:
            method, params = ev.get("method"), ev.get("params", {})
            if method == "Network.requestWillBeSent" and is_main_document(params):
                if params.get("redirectResponse"):
                    redirects.append(int(params["redirectResponse"]["status"]))
            elif method == "Network.responseReceived" and is_main_document(params):
                status = int(params["response"]["status"])  # last one wins
        return status, redirects

    def console_errors(self) -> list[str]:
        time.sleep(CONSOLE_SETTLE_SECONDS)
        return [e["message"] for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]

    def screenshot(self, role: str, slug: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.driver.save_screenshot(str(SCREENSHOTS / f"{role}-{slug}.png"))

    def wait_for_path(self, path: str) -> bool:
        """After a form submit: wait until the new page at `path` has loaded."""
        try:
            WebDriverWait(self.driver, NAV_TIMEOUT).until(
                lambda d: urlparse(d.current_url).path == path
                and d.execute_script("return document.readyState") == "complete"
            )
            return True
        except TimeoutException:
            return False

    def check_loaded_page(self, role: str, what: str, expected_path: str, slug: str) -> bool:
        """Check the page the browser is showing now (logs drained before it loaded)."""
        status, redirects = self.document_status()
        errors = self.console_errors()
        try:
            self.screenshot(role, slug)
        except WebDriverException as exc:
            errors.append(f"screenshot failed: {short(exc)}")
        landed = self.path_of(self.driver.current_url)
        problems = []
        if status != 200:
            problems.append(f"HTTP {status if status is not None else 'no response'}")
        if urlparse(self.driver.current_url).path != urlparse(expected_path).path:
            problems.append(f"landed on {landed}")
        problems += [f"console: {msg}" for msg in errors]
        chain = "".join(f"{r} -> " for r in redirects)
        detail = f"{chain}{status} {landed}"
        if problems:
            detail += "  [" + "; ".join(problems) + "]"
        return self.record(not problems, role, what, detail)

    def visit(self, role: str, url: str) -> bool:
        self.drain_logs()
        try:
            self.driver.get(url)
        except WebDriverException as exc:
            return self.record(False, role, self.path_of(url), f"could not load: {short(exc)}")
        return self.check_loaded_page(role, self.path_of(url), url, slugify(url))

    def nav_links(self, selector: str) -> list[str]:
        """Absolute same-origin URLs of the links in the navs matching selector."""
        links = []
        for nav in self.driver.find_elements(By.CSS_SELECTOR, selector):
            for a in nav.find_elements(By.CSS_SELECTOR, "a[href]"):
                raw = (a.get_dom_attribute("href") or "").strip()
                if not raw or raw.startswith("#"):
                    continue  # in-page anchor (skip links etc.)
                absolute = urldefrag(urljoin(self.driver.current_url, raw)).url
                parsed = urlparse(absolute)
                if (parsed.scheme, parsed.netloc) != self.origin:
                    continue  # external, mailto:, javascript:, ...
                if absolute not in links:
                    links.append(absolute)
        return links

    # ------------------------------------------------------------------- flows

    def sign_in(self, role: str, email: str, password: str) -> bool:
        if not self.visit(role, self.url("/aanmelden")):
            return False
        try:
            form = self.driver.find_element(By.CSS_SELECTOR, "form#aanmelden")
            for name, value in (("email", email), ("wachtwoord", password)):
                field = form.find_element(By.NAME, name)
                field.clear()
                field.send_keys(value)
            self.drain_logs()
            form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        except WebDriverException as exc:
            return self.record(False, role, "aanmelden (formulier)", f"sign-in form problem: {short(exc)}")
        if not self.wait_for_path("/"):
            landed = self.path_of(self.driver.current_url)
            alerts = [a.text.strip() for a in self.driver.find_elements(By.CSS_SELECTOR, "[role=alert]")]
            message = "; ".join(a for a in alerts if a)
            self.screenshot(role, "aanmelden-mislukt")
            return self.record(False, role, f"aanmelden als {email}",
                               f"did not reach / (still on {landed})" + (f": {message}" if message else ""))
        if not self.check_loaded_page(role, f"aanmelden als {email} -> /", "/", "home"):
            return False
        if not self.driver.find_elements(By.CSS_SELECTOR, MAIN_NAV):
            return self.record(False, role, "hoofdmenu", f"no {MAIN_NAV} on /")
        return True

    def visit_menus(self, role: str) -> None:
        main_links, admin_links = self.nav_links(MAIN_NAV), self.nav_links(ADMIN_NAV)
        print(f"      {role:<10} menu links: {len(main_links)} in Hoofdmenu, "
              f"{len(admin_links)} in Beheer", flush=True)
        queue = main_links + [link for link in admin_links if link not in main_links]
        seen = {self.url("/")}  # the landing page was just checked
        visited = 0
        while queue and visited < MAX_PAGES_PER_ROLE:
            link = queue.pop(0)
            if link in seen:
                continue
            seen.add(link)
            visited += 1
            self.visit(role, link)
            # The admin menu may only show inside the admin section: follow it there too.
            for extra in self.nav_links(ADMIN_NAV):
                if extra not in seen and extra not in queue:
                    queue.append(extra)
        if queue:
            self.record(False, role, "menu", f"more than {MAX_PAGES_PER_ROLE} pages; stopped")

    def sign_out(self, role: str) -> bool:
        # The sign-out form is in the header of every signed-in page; if the
        # current page lacks it (an error page), go back to / first.
        if not self.driver.find_elements(By.CSS_SELECTOR, "form#afmelden"):
            self.driver.get(self.url("/"))
        try:
            form = self.driver.find_element(By.CSS_SELECTOR, "form#afmelden")
            self.drain_logs()
            buttons = form.find_elements(By.CSS_SELECTOR, "button[type=submit], button:not([type])")
            if buttons:
                buttons[0].click()
            else:
                self.driver.execute_script("arguments[0].requestSubmit()", form)
        except WebDriverException as exc:
            return self.record(False, role, "afmelden", f"no usable form#afmelden: {short(exc)}")
        if not self.wait_for_path("/aanmelden"):
            landed = self.path_of(self.driver.current_url)
            return self.record(False, role, "afmelden", f"did not reach /aanmelden (on {landed})")
        return self.check_loaded_page(role, "afmelden -> /aanmelden", "/aanmelden", "afgemeld")

    def run_account(self, email: str, password: str) -> None:
        role = email.split("@", 1)[0]
        self.driver.delete_all_cookies()  # start clean even if the last sign-out failed
        try:
            if self.sign_in(role, email, password):
                self.visit_menus(role)
                self.sign_out(role)
        except Exception as exc:  # keep going with the next account
            traceback.print_exc()
            self.record(False, role, "(unexpected error)", f"{type(exc).__name__}: {exc}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:8080")
    parser.add_argument("--account", action="append",
                        help="only this account (repeatable); default: all demo accounts")
    args = parser.parse_args()
    password = os.environ.get("LEMNISCAAT_DEMO_PASSWORD", "lemniscaat-demo")

    # Stale screenshots from an earlier run would be misleading.
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        old.unlink()

    try:
        driver = make_driver()
    except WebDriverException as exc:
        print(f"FAIL  could not start headless chromium: {short(exc)}", flush=True)
        print("0 passed, 1 failed")
        return 1

    smoke = Smoke(driver, args.base_url)
    try:
        for email in args.account or ACCOUNTS:
            smoke.run_account(email, password)
    finally:
        driver.quit()

    print(f"screenshots: {SCREENSHOTS}")
    print(f"{smoke.passed} passed, {smoke.failed} failed")
    return 0 if smoke.failed == 0 and smoke.passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
