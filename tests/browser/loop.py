# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""The loop in a real browser: uitvoerder@demo.test reports a signal, beleid@demo.test finds it in "Te behandelen"
and answers, the reporter sees the answer, says "niet tevreden", and the signal is reopened.

Usage: loop.py --base-url http://127.0.0.1:PORT   (prints one line per step, ends with "N passed, N failed")
"""
import argparse
import os
import sys
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from smoke import make_driver

PASSWORD = os.environ.get("LEMNISCAAT_DEMO_PASSWORD", "lemniscaat-demo")
SCREENSHOTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "screenshots")
POLICY = "Beleidsregels bijzondere bijstand Dijkerveen 2025"  # handled by beleid@demo.test in the demo


class Steps:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name: str, ok: bool, detail: str = "") -> None:
        print(f"{'PASS' if ok else 'FAIL'}  {name}{'  ' + detail if detail and not ok else ''}", flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            raise SystemExit(1)


def sign_in(driver, base: str, email: str) -> None:
    driver.delete_all_cookies()
    driver.get(base + "/aanmelden")
    driver.find_element(By.NAME, "email").send_keys(email)
    driver.find_element(By.NAME, "wachtwoord").send_keys(PASSWORD)
    submit(driver, "form#aanmelden button[type=submit]")
    # Wait for the start page, so the next navigation does not cut the sign-in short.
    WebDriverWait(driver, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "nav.main")))


def submit(driver, selector: str) -> None:
    """Clicks a form's button and waits for the next page, so checks read the new page, not the old one."""
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, selector))


def click_and_wait(driver, button) -> None:
    """Clicks and waits until the page the click led to has replaced this one."""
    button.click()

    def gone(_driver):
        # Chromium sometimes answers "node does not belong to the document" instead of "stale": both mean gone.
        try:
            button.is_enabled()
            return False
        except Exception:
            return True
    WebDriverWait(driver, 15).until(gone)


def shot(driver, name: str) -> None:
    os.makedirs(SCREENSHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SCREENSHOTS, f"loop-{name}.png"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    base = parser.parse_args().base_url.rstrip("/")
    title = f"Spoedaanvraag koelkast loopt vast {int(time.time())}"
    steps = Steps()
    driver = make_driver()
    try:
        # 1. the practitioner reports, by keyboard and mouse as a person would
        sign_in(driver, base, "uitvoerder@demo.test")
        driver.get(base + "/signalen/nieuw")
        driver.find_element(By.ID, "titel").send_keys(title)
        driver.find_element(By.ID, "omschrijving").send_keys(
            "Gezinnen zonder werkende koelkast wachten weken op een besluit over bijzondere bijstand, ook als het spoed heeft.")
        Select(driver.find_element(By.ID, "domein")).select_by_visible_text("Inkomen")
        Select(driver.find_element(By.ID, "beleid")).select_by_visible_text(POLICY)
        driver.find_element(By.CSS_SELECTOR, "input[name=urgentie][value=hoog]").click()
        submit(driver, "form#signaal button[type=submit]")
        if "Lijkt uw signaal" in driver.page_source:  # similar signals offered: it is something else, send anyway
            shot(driver, "1b-vergelijkbaar")
            submit(driver, "form#signaal button[type=submit]")
        steps.check("uitvoerder meldt een signaal", "/signalen/" in driver.current_url and title in driver.page_source, driver.current_url)
        signal_url = driver.current_url.split("?")[0]
        shot(driver, "1-gemeld")

        # 2. the policy officer finds it in "Te behandelen" and answers
        sign_in(driver, base, "beleid@demo.test")
        driver.get(base + "/signalen/te-behandelen")
        steps.check("beleid vindt het in Te behandelen", title in driver.page_source)
        driver.find_element(By.LINK_TEXT, title).click()
        Select(driver.find_element(By.ID, "status")).select_by_value("beantwoord")
        driver.find_element(By.ID, "tekst").send_keys(
            "We voeren een spoedroute in: bij acute nood besluiten we binnen drie werkdagen, met een voorschot als dat nodig is.")
        submit(driver, "form#status-wijzigen button[type=submit]")
        steps.check("beleid beantwoordt het", "Beantwoord" in driver.page_source and "spoedroute" in driver.page_source)
        shot(driver, "2-beantwoord")

        # 3. the reporter sees the answer, and is not satisfied
        sign_in(driver, base, "uitvoerder@demo.test")
        driver.get(base + "/signalen/mijn")
        steps.check("uitvoerder ziet het antwoord in Mijn signalen", title in driver.page_source and "Beantwoord" in driver.page_source)
        driver.get(signal_url)
        steps.check("het antwoord staat op het signaal", "spoedroute" in driver.find_element(By.ID, "antwoord-tekst").text)
        driver.find_element(By.CSS_SELECTOR, "input[name=oordeel][value=niet-tevreden]").click()
        driver.find_element(By.ID, "toelichting").send_keys("Drie werkdagen is te lang voor een gezin met een baby.")
        submit(driver, "form#oordeel button[type=submit]")
        steps.check("niet tevreden heropent het signaal", "Heropend" in driver.page_source)
        shot(driver, "3-heropend")

        # 4. and it is back with the handler
        sign_in(driver, base, "beleid@demo.test")
        driver.get(base + "/signalen/te-behandelen")
        steps.check("het staat weer in Te behandelen", title in driver.page_source)
        errors = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
        steps.check("geen fouten in de console", not errors, str(errors[:2]))
    except SystemExit:
        pass
    finally:
        driver.quit()
    print(f"{steps.passed} passed, {steps.failed} failed")
    return 0 if steps.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
