# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""Accessibility: axe-core (the copy bundled with the PyPI package axe-playwright-python) on every page of the
navigation and on pages reached from demo records — a signal, a policy, a theme — and on forms with validation
errors, as each demo role. Gate: 0 violations of WCAG 2.0/2.1 A and AA.

Usage: a11y.py --base-url http://127.0.0.1:PORT   (ends with "N passed, N failed", one count per page)
"""
import argparse
import importlib.util
import os
import sys
import time
from urllib.parse import urljoin, urlparse

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from smoke import make_driver

PASSWORD = os.environ.get("LEMNISCAAT_DEMO_PASSWORD", "lemniscaat-demo")
ROLES = ["uitvoerder", "beleid", "verbinder", "manager", "beheerder"]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCREENSHOTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "screenshots", "a11y")


def axe_source() -> str:
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("axe-playwright-python is not installed (pip install --no-deps axe-playwright-python)")
    with open(os.path.join(spec.submodule_search_locations[0], "axe.min.js"), encoding="utf-8") as handle:
        return handle.read()


def run_axe(driver, source: str) -> list:
    # Injected as a script element's text would break the CSP; executing it through WebDriver is not a page script.
    driver.execute_script(source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(r => done(r.violations)).catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
        TAGS)
    return result or []


def gone(element):
    """True once the element left the document (the browser moved on to the next page)."""
    def check(_driver):
        try:
            element.is_enabled()
            return False
        except Exception:  # stale, or Chromium's "node does not belong to the document"
            return True
    return check


def wait_for_page(driver) -> None:
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def sign_in(driver, base: str, role: str) -> None:
    driver.delete_all_cookies()
    driver.get(base + "/aanmelden")
    driver.find_element(By.NAME, "email").send_keys(f"{role}@demo.test")
    driver.find_element(By.NAME, "wachtwoord").send_keys(PASSWORD)
    button = driver.find_element(By.CSS_SELECTOR, "form#aanmelden button[type=submit]")
    button.click()
    WebDriverWait(driver, 15).until(gone(button))


def same_origin_links(driver, base: str, selector: str) -> list:
    links = []
    for element in driver.find_elements(By.CSS_SELECTOR, selector):
        href = element.get_attribute("href") or ""
        if href and urlparse(href).netloc == urlparse(base).netloc and "#" not in href:
            links.append(href)
    return links


def submit_without_browser_checks(driver, form_selector: str) -> None:
    """Submits a form as if the browser's own checks were absent, to reach the server's error page."""
    driver.execute_script("document.querySelector(arguments[0]).noValidate = true;", form_selector)
    button = driver.find_element(By.CSS_SELECTOR, form_selector + " button[type=submit]")
    button.click()
    WebDriverWait(driver, 15).until(gone(button))


def closed_review_report(driver, base: str, policies: list) -> str:
    """The report of the first uitvoeringstoets linked from the toets overview or the policy's page that this role
    may read: the open round's report answers 403 to a practitioner, the closed one's does not."""
    rounds = []
    for page in [base + "/toetsen"] + policies:
        driver.get(page)
        for href in same_origin_links(driver, base, "a[href^='/toetsen/']"):
            parts = urlparse(href).path.strip("/").split("/")
            if len(parts) >= 2 and len(parts[1]) == 36 and parts[1] not in rounds:
                rounds.append(parts[1])
    for round_id in rounds:
        url = f"{base}/toetsen/{round_id}/rapport"
        driver.get(url)
        wait_for_page(driver)
        if "Rapport uitvoeringstoets" in driver.title and "Aanpak 18" in driver.title:
            return url
    return ""


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def page(self, driver, source: str, role: str, name: str) -> None:
        wait_for_page(driver)
        violations = run_axe(driver, source)
        os.makedirs(SCREENSHOTS, exist_ok=True)
        slug = "".join(c if c.isalnum() else "-" for c in name).strip("-")[:80]
        driver.save_screenshot(os.path.join(SCREENSHOTS, f"{role}-{slug}.png"))
        if violations:
            self.failed += 1
            print(f"FAIL  {role:<10} {name}")
            for violation in violations:
                targets = [", ".join(node.get("target", [])) for node in violation.get("nodes", [])][:3]
                print(f"        {violation['id']}: {violation.get('help', '')} — {targets}")
        else:
            self.passed += 1
            print(f"PASS  {role:<10} {name}")


def review_pages(driver, source: str, report: Report, base: str, role: str) -> None:
    """The uitvoeringstoets: a round, the reviewer's form (and refused), starting a round (and refused)."""
    driver.get(base + "/toetsen")
    rounds = same_origin_links(driver, base, "table a[href^='/toetsen/']")
    waiting = same_origin_links(driver, base, "main a[href$='/reactie']")[:1]
    for url in rounds[:2]:
        driver.get(url)
        report.page(driver, source, role, "/toetsen/:id")
    for url in waiting:
        driver.get(url)
        report.page(driver, source, role, "/toetsen/:id/reactie")
        if driver.find_elements(By.CSS_SELECTOR, "form#reactie"):
            # submitting without a verdict is refused
            for radio in driver.find_elements(By.CSS_SELECTOR, "input[name=oordeel]"):
                driver.execute_script("arguments[0].checked = false", radio)
            button = driver.find_element(By.CSS_SELECTOR, "form#reactie button[value=indienen]")
            button.click()
            WebDriverWait(driver, 15).until(gone(button))
            report.page(driver, source, role, "/toetsen/:id/reactie (fouten)")
    if role == "beleid":
        driver.get(base + "/beleid?status=in-toets")
        for policy in same_origin_links(driver, base, "table a[href^='/beleid/']")[:2]:
            driver.get(policy + "/toets/nieuw")
            if not driver.find_elements(By.CSS_SELECTOR, "form#toets-starten"):
                continue
            report.page(driver, source, role, "/beleid/:id/toets/nieuw")
            driver.find_element(By.ID, "inleiding").clear()
            submit_without_browser_checks(driver, "form#toets-starten")
            report.page(driver, source, role, "/beleid/:id/toets/nieuw (fouten)")
            break


def session_pages(driver, source: str, report: Report, base: str, role: str) -> None:
    """Overleggen: a session's page (when the demo has one), and for a planner the form and its refusal."""
    driver.get(base + "/overleggen")
    held = same_origin_links(driver, base, "#eerder ~ div table a[href^='/overleggen/']")[:1]
    for url in same_origin_links(driver, base, "table a[href^='/overleggen/']")[:2]:
        driver.get(url)
        report.page(driver, source, role, "/overleggen/:id")
    # a held session, with its decisions and actions
    for url in held:
        driver.get(url)
        report.page(driver, source, role, "/overleggen/:id (gehouden)")
    driver.get(base + "/acties")
    report.page(driver, source, role, "/acties")
    for url in same_origin_links(driver, base, "table a[href^='/acties/']")[:1]:
        driver.get(url)
        report.page(driver, source, role, "/acties/:id")
    driver.get(base + "/acties?status=achterstallig")
    report.page(driver, source, role, "/acties?status=achterstallig")
    driver.get(base + "/besluiten")
    report.page(driver, source, role, "/besluiten")
    if role == "beleid":
        driver.get(base + "/overleggen/nieuw")
        report.page(driver, source, role, "/overleggen/nieuw")
        driver.find_element(By.ID, "titel").clear()
        submit_without_browser_checks(driver, "form#overleg")
        report.page(driver, source, role, "/overleggen/nieuw (fouten)")
        for url in held:
            # a decision and an action that are refused: the errors at their fields
            driver.get(url)
            submit_without_browser_checks(driver, "form#besluit-vastleggen")
            report.page(driver, source, role, "/overleggen/:id (besluit geweigerd)")
            driver.get(url)
            submit_without_browser_checks(driver, "form#actie-toevoegen")
            report.page(driver, source, role, "/overleggen/:id (actie geweigerd)")


def lesson_pages(driver, source: str, report: Report, base: str, role: str) -> None:
    """Lessen: the list, a search with marked results, one refused search, a lesson's page; the form and its refusal;
    and the search over lessons and signals."""
    driver.get(base + "/lessen")
    report.page(driver, source, role, "/lessen")
    for url in same_origin_links(driver, base, "table a[href^='/lessen/']")[:2]:
        driver.get(url)
        report.page(driver, source, role, "/lessen/:id")
    driver.get(base + "/lessen?zoek=wachtlijst")
    report.page(driver, source, role, "/lessen?zoek=")
    driver.get(base + "/lessen?zoek=%22(*")
    report.page(driver, source, role, "/lessen?zoek= (fout)")
    driver.get(base + "/zoeken?q=schuldhulp")
    report.page(driver, source, role, "/zoeken?q=")
    if role == "beleid":
        driver.get(base + "/lessen/nieuw")
        report.page(driver, source, role, "/lessen/nieuw")
        driver.find_element(By.ID, "titel").clear()
        submit_without_browser_checks(driver, "form#les")
        report.page(driver, source, role, "/lessen/nieuw (fouten)")


def consultation_pages(driver, source: str, report: Report, base: str, role: str) -> None:
    """Raadplegingen: for those who run them the list, each demo raadpleging's page with its results, the form and
    its refusal; for everyone (signed in or not) the residents' pages and their error states."""
    if role in ("beleid", "manager", "beheerder"):
        driver.get(base + "/raadplegingen")
        report.page(driver, source, role, "/raadplegingen")
        for url in same_origin_links(driver, base, "table a[href^='/raadplegingen/']")[:2]:
            driver.get(url)
            report.page(driver, source, role, "/raadplegingen/:id")
            driver.get(url + "/rapport")
            report.page(driver, source, role, "/raadplegingen/:id/rapport")
        if role == "beleid":
            driver.get(base + "/raadplegingen/nieuw")
            report.page(driver, source, role, "/raadplegingen/nieuw")
            driver.find_element(By.ID, "titel").clear()
            submit_without_browser_checks(driver, "form#raadpleging")
            report.page(driver, source, role, "/raadplegingen/nieuw (fouten)")


def resident_pages(driver, source: str, report: Report, base: str) -> None:
    """The residents' side without an account: the form, sent back too fast (an error state), the code form and its
    refusal, and an unknown link."""
    driver.get(base + "/doe-mee/demo-jeugd")
    report.page(driver, source, "anoniem", "/doe-mee/:token")
    driver.find_element(By.ID, "vraag-3").send_keys("Bel mij op 06-12345678.")
    submit_without_browser_checks(driver, "form#doe-mee")
    report.page(driver, source, "anoniem", "/doe-mee/:token (te snel)")
    driver.get(base + "/doe-mee")
    report.page(driver, source, "anoniem", "/doe-mee")
    driver.get(base + "/doe-mee?code=12")
    report.page(driver, source, "anoniem", "/doe-mee?code= (fout)")
    driver.get(base + "/doe-mee/ABCDEFGHJK")
    report.page(driver, source, "anoniem", "/doe-mee/:token (onbekend)")


def mkba_pages(driver, source: str, report: Report, base: str, role: str) -> None:
    """MKBA: the list, each demo analysis (figures, who pays and who benefits, sensitivity, the chart and its table);
    for a policy officer the form, the change form and a refused form."""
    driver.get(base + "/mkba")
    report.page(driver, source, role, "/mkba")
    urls = same_origin_links(driver, base, "table a[href^='/mkba/']")[:2]
    for url in urls:
        driver.get(url)
        report.page(driver, source, role, "/mkba/:id")
    if role == "beleid":
        driver.get(base + "/mkba/nieuw")
        report.page(driver, source, role, "/mkba/nieuw")
        driver.find_element(By.ID, "regel-1-categorie").send_keys("Toets")
        driver.find_element(By.ID, "regel-1-bedragen").send_keys("100; veel")
        submit_without_browser_checks(driver, "form#mkba")
        report.page(driver, source, role, "/mkba/nieuw (fouten)")
        for url in urls[:1]:
            driver.get(url + "/wijzigen")
            report.page(driver, source, role, "/mkba/:id/wijzigen")


def contact_map_pages(driver, source: str, report: Report, base: str, role: str) -> None:
    """The samenwerkingskaart: both periods (the heatmap, its table and the per-person lists), and for a planner the
    new-session form it opens for a team not met."""
    for months in ("12", "6"):
        driver.get(base + "/samenwerkingskaart?maanden=" + months)
        report.page(driver, source, role, "/samenwerkingskaart?maanden=" + months)
    if role == "beleid":
        driver.get(base + "/samenwerkingskaart")
        for url in same_origin_links(driver, base, "main a.button[href^='/overleggen/nieuw?']")[:1]:
            driver.get(url)
            report.page(driver, source, role, "/overleggen/nieuw?soort=…&team=… (vanaf samenwerkingskaart)")


def loop_pages(driver, source: str, report: Report, base: str, role: str) -> None:
    """De lus, for the roles that may read it: the whole organisation, filtered by a domain and a short period, and a
    refused period."""
    if role not in ("beleid", "manager", "beheerder"):
        return
    driver.get(base + "/lus")
    report.page(driver, source, role, "/lus")
    domains = [option.get_attribute("value") for option in driver.find_elements(By.CSS_SELECTOR, "select#f-domein option") if option.get_attribute("value")]
    for domain in domains[:1]:
        driver.get(base + "/lus?domein=" + domain + "&van=2026-01&tot=2026-03")
        report.page(driver, source, role, "/lus?domein=…&van=…&tot=…")
    driver.get(base + "/lus?van=2026-05&tot=2026-01")
    report.page(driver, source, role, "/lus?van>tot (fout)")


def report_pages(driver, source: str, report: Report, base: str, role: str) -> None:
    """Rapportages, for the roles of de lus: the list, the Staat van de Uitvoering of a year and of a domain's quarter
    (after any progress page), and a refused period."""
    if role not in ("beleid", "manager", "beheerder"):
        return
    driver.get(base + "/rapportages")
    report.page(driver, source, role, "/rapportages")
    domains = [option.get_attribute("value") for option in driver.find_elements(By.CSS_SELECTOR, "select#f-domein option") if option.get_attribute("value")]
    for query, name in (("periode=2025", "periode=jaar"), ("periode=2026-Q2&domein=" + (domains[0] if domains else ""), "periode=kwartaal&domein=…")):
        driver.get(base + "/rapportages/staat-van-de-uitvoering?" + query)
        if driver.find_elements(By.CSS_SELECTOR, "progress#voortgang"):
            report.page(driver, source, role, "/rapportages/staat-van-de-uitvoering (voortgang)")
            for _ in range(60):
                time.sleep(0.5)
                driver.get(base + "/rapportages/staat-van-de-uitvoering?" + query)
                if not driver.find_elements(By.CSS_SELECTOR, "progress#voortgang"):
                    break
        report.page(driver, source, role, "/rapportages/staat-van-de-uitvoering?" + name)
    driver.get(base + "/rapportages/staat-van-de-uitvoering?periode=2026-03")
    report.page(driver, source, role, "/rapportages/staat-van-de-uitvoering?periode=maand (fout)")


def bottleneck_pages(driver, source: str, report: Report, base: str, role: str) -> None:
    """The knelpuntenbrief for the roles that may read it (all of it, for the Rijk only, and a refused filter); for a
    policy officer the knelpunt forms: a forwarded signal's "Knelpunt vastleggen" with and without errors, an open
    signal's status form refused when moving to doorgezet without the knelpunt, and a theme's Doorzetten refused."""
    if role not in ("beleid", "manager", "beheerder"):
        return
    driver.get(base + "/rapportages/knelpuntenbrief")
    report.page(driver, source, role, "/rapportages/knelpuntenbrief")
    unrecorded = same_origin_links(driver, base, "#nog-niet-vastgelegd ~ div table a[href^='/signalen/']")
    driver.get(base + "/rapportages/knelpuntenbrief?geadresseerde=rijk&jaar=2026")
    report.page(driver, source, role, "/rapportages/knelpuntenbrief?geadresseerde=rijk&jaar=…")
    driver.get(base + "/rapportages/knelpuntenbrief?van=2026-13-40")
    report.page(driver, source, role, "/rapportages/knelpuntenbrief?van=… (fout)")
    if role != "beleid":
        return
    for url in unrecorded[:1]:
        driver.get(url)
        report.page(driver, source, role, "/signalen/:id (doorgezet, knelpunt vastleggen)")
        submit_without_browser_checks(driver, "form#knelpunt")
        report.page(driver, source, role, "/signalen/:id/knelpunt (fouten)")
    driver.get(base + "/signalen?status=in-behandeling")
    for url in same_origin_links(driver, base, "table a[href^='/signalen/']")[:1]:
        driver.get(url)
        report.page(driver, source, role, "/signalen/:id (status met knelpunt)")
        driver.execute_script("document.querySelector('#status').value = 'doorgezet';")
        submit_without_browser_checks(driver, "form#status-wijzigen")
        report.page(driver, source, role, "/signalen/:id/status doorgezet (fouten)")
    driver.get(base + "/themas")
    for url in same_origin_links(driver, base, "table a[href^='/themas/']"):
        driver.get(url)
        if driver.find_elements(By.CSS_SELECTOR, "form#doorzetten"):
            report.page(driver, source, role, "/themas/:id (doorzetten)")
            submit_without_browser_checks(driver, "form#doorzetten")
            report.page(driver, source, role, "/themas/:id/doorzetten (fouten)")
            break


def team_pages(driver, source: str, report: Report, base: str, role: str) -> None:
    """Teams: the list, the first two teams' pages (figures, the latest signals, whom they met, actions) and one page
    over another period."""
    driver.get(base + "/teams")
    report.page(driver, source, role, "/teams")
    urls = same_origin_links(driver, base, "table a[href^='/teams/']")[:2]
    for url in urls:
        driver.get(url)
        report.page(driver, source, role, "/teams/:id")
    for url in urls[:1]:
        driver.get(url + "?maanden=3")
        report.page(driver, source, role, "/teams/:id?maanden=3")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    base = parser.parse_args().base_url.rstrip("/")
    source = axe_source()
    report = Report()
    driver = make_driver()
    try:
        driver.get(base + "/aanmelden")
        report.page(driver, source, "anoniem", "/aanmelden")
        driver.find_element(By.NAME, "email").send_keys("iemand@demo.test")
        driver.find_element(By.NAME, "wachtwoord").send_keys("verkeerd wachtwoord")
        submit_without_browser_checks(driver, "form#aanmelden")
        report.page(driver, source, "anoniem", "/aanmelden (fout wachtwoord)")
        driver.get(base + "/bestaat-niet")
        report.page(driver, source, "anoniem", "404")
        resident_pages(driver, source, report, base)

        for role in ROLES:
            sign_in(driver, base, role)
            pages = [base + "/"] + same_origin_links(driver, base, "nav a, header a")
            driver.get(base + "/signalen")
            pages += same_origin_links(driver, base, "nav.tabs a")
            # pages reached from demo records
            pages += same_origin_links(driver, base, "table a[href^='/signalen/']")[:1]
            driver.get(base + "/beleid")
            pages += same_origin_links(driver, base, "table a[href^='/beleid/']")[:1]
            driver.get(base + "/themas")
            pages += same_origin_links(driver, base, "table a[href^='/themas/']")[:1]
            driver.get(base + "/monitor")
            indicators = same_origin_links(driver, base, "table a[href^='/monitor/indicatoren/']")
            pages += indicators[:1]
            seen = set()
            for url in pages:
                if url in seen:
                    continue
                seen.add(url)
                driver.get(url)
                report.page(driver, source, role, urlparse(url).path)
                # an admin page reached from a list: the first user's edit form
                if role == "beheerder" and urlparse(url).path == "/beheer/gebruikers":
                    first = same_origin_links(driver, base, "table a")[:1]
                    for link in first:
                        driver.get(link)
                        report.page(driver, source, role, urlparse(link).path)
            # forms with validation errors
            driver.get(base + "/signalen/nieuw")
            submit_without_browser_checks(driver, "form#signaal")
            report.page(driver, source, role, "/signalen/nieuw (fouten)")
            driver.get(base + "/signalen/nieuw")
            driver.find_element(By.ID, "titel").send_keys("Uitkering komt te laat")
            driver.find_element(By.ID, "omschrijving").send_keys("Mevrouw met BSN 111222333 wacht al weken.")
            submit_without_browser_checks(driver, "form#signaal")
            report.page(driver, source, role, "/signalen/nieuw (privacytoets)")
            if role == "beheerder":
                driver.get(base + "/beheer/gebruikers/nieuw")
                submit_without_browser_checks(driver, "form.stack")
                report.page(driver, source, role, "/beheer/gebruikers/nieuw (fouten)")
            # a concept text (the demo's Aanpak 18-/18+, in toets with three versions), its comparison, a refused link
            driver.get(base + "/beleid?status=in-toets")
            drafts = [link.get_attribute("href") for link in driver.find_elements(By.XPATH, "//table//a[contains(., 'Aanpak 18')]")][:1]
            for policy in drafts:
                driver.get(policy + "/concept")
                report.page(driver, source, role, "/beleid/:id/concept")
                driver.get(policy + "/concept/vergelijk?van=1&naar=3")
                report.page(driver, source, role, "/beleid/:id/concept/vergelijk")
                if role == "uitvoerder":
                    driver.get(policy + "/concept")
                    field = driver.find_element(By.CSS_SELECTOR, "form input[name=signaal]")
                    field.send_keys("99999")
                    form = field.find_element(By.XPATH, "./ancestor::form")
                    button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
                    button.click()
                    WebDriverWait(driver, 15).until(gone(button))
                    report.page(driver, source, role, "/beleid/:id/concept (signaal onbekend)")
                if role == "beleid":
                    driver.get(policy + "/concept/nieuw")
                    report.page(driver, source, role, "/beleid/:id/concept/nieuw")
                    driver.find_element(By.ID, "tekst").clear()
                    submit_without_browser_checks(driver, "form.stack")
                    report.page(driver, source, role, "/beleid/:id/concept/nieuw (fouten)")
            review_pages(driver, source, report, base, role)
            session_pages(driver, source, report, base, role)
            lesson_pages(driver, source, report, base, role)
            contact_map_pages(driver, source, report, base, role)
            mkba_pages(driver, source, report, base, role)
            consultation_pages(driver, source, report, base, role)
            loop_pages(driver, source, report, base, role)
            report_pages(driver, source, report, base, role)


            bottleneck_pages(driver, source, report, base, role)
            team_pages(driver, source, report, base, role)
            # the report of the demo's closed uitvoeringstoets (on the Aanpak 18-/18+), which every role may read
            report_url = closed_review_report(driver, base, drafts)
            if report_url:
                driver.get(report_url)
                report.page(driver, source, role, "/toetsen/:id/rapport")
            else:
                report.failed += 1
                print(f"FAIL  {role:<10} /toetsen/:id/rapport (no link to the demo's closed uitvoeringstoets found)")
            if indicators:
                # the story behind a figure, refused by the privacy guard
                driver.get(indicators[0])
                driver.find_element(By.ID, "tekst").send_keys("Meneer met BSN 111222333 belde over deze cijfers.")
                submit_without_browser_checks(driver, "form[action$='/toelichting']")
                report.page(driver, source, role, "/monitor/indicatoren/:id (privacytoets)")
            if role == "beleid":
                driver.get(base + "/beleid/nieuw")
                submit_without_browser_checks(driver, "form.stack")
                report.page(driver, source, role, "/beleid/nieuw (fouten)")
                driver.get(base + "/monitor/indicatoren/nieuw")
                report.page(driver, source, role, "/monitor/indicatoren/nieuw")
                submit_without_browser_checks(driver, "form.stack")
                report.page(driver, source, role, "/monitor/indicatoren/nieuw (fouten)")
                driver.get(indicators[0] + "/wijzigen")
                report.page(driver, source, role, "/monitor/indicatoren/:id/wijzigen")
                # an import with errors: the job page lists them
                bad = os.path.join(SCREENSHOTS, "fout.csv")
                os.makedirs(SCREENSHOTS, exist_ok=True)
                with open(bad, "w", encoding="utf-8") as handle:
                    handle.write("indicator;periode;gebied;waarde\nXX-01;2025-Q9;BU99010101;drie\n")
                driver.get(base + "/monitor/import")
                report.page(driver, source, role, "/monitor/import")
                driver.find_element(By.ID, "bestand").send_keys(bad)
                submit_without_browser_checks(driver, "form.stack")
                WebDriverWait(driver, 15).until(lambda d: "/monitor/import/" in d.current_url)
                for _ in range(50):
                    if "De import loopt nog" not in driver.page_source:
                        break
                    driver.refresh()
                report.page(driver, source, role, "/monitor/import/:id (fouten)")
    finally:
        driver.quit()
    print(f"{report.passed} passed, {report.failed} failed")
    return 0 if report.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
