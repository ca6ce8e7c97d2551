# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""Keyboard only, and without JavaScript.

1. With the keyboard alone, uitvoerder@demo.test signs in and reports a signal: Tab moves through the form, keys fill
   it in, Enter submits. Every field must be reachable and show a visible focus.
2. With JavaScript switched off in the browser, every page of the navigation still loads, and a signal can be
   reported and answered.

Usage: keyboard.py --base-url http://127.0.0.1:PORT   (ends with "N passed, N failed")
"""
import argparse
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from smoke import CHROMEDRIVER, CHROMIUM, make_driver

PASSWORD = os.environ.get("LEMNISCAAT_DEMO_PASSWORD", "lemniscaat-demo")


class Steps:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        print(f"{'PASS' if ok else 'FAIL'}  {name}{'  — ' + detail if detail and not ok else ''}", flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1


def active(driver):
    return driver.switch_to.active_element


def tab_to(driver, element_id, limit=60):
    """Presses Tab until the element with this id has focus; returns whether it got there."""
    for _ in range(limit):
        if active(driver).get_attribute("id") == element_id:
            return True
        active(driver).send_keys(Keys.TAB)
    return active(driver).get_attribute("id") == element_id


def click_and_wait(driver, element):
    """Clicks and waits until the page has moved on, so the next check reads the new page."""
    element.click()

    def gone(_driver):
        try:
            element.is_enabled()
            return False
        except Exception:
            return True
    WebDriverWait(driver, 15).until(gone)


def keyboard_only(base, steps):
    driver = make_driver()
    try:
        driver.get(base + "/aanmelden")
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)  # the first Tab reaches the skip link
        steps.check("de eerste Tab gaat naar 'Naar de inhoud'", active(driver).get_attribute("class") == "skip")
        steps.check("e-mailadres bereikbaar met Tab", tab_to(driver, "email"))
        active(driver).send_keys("uitvoerder@demo.test", Keys.TAB)
        steps.check("wachtwoord volgt na e-mailadres", active(driver).get_attribute("id") == "wachtwoord")
        active(driver).send_keys(PASSWORD, Keys.ENTER)
        # The start page's menu, not just the address: every address here starts with the base URL.
        WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, "nav.main"))
        driver.get(base + "/signalen/nieuw")
        title = f"Toetsenbord: formulier huurtoeslag te ingewikkeld {int(time.time())}"
        steps.check("titel bereikbaar met Tab", tab_to(driver, "titel"))
        outline = active(driver).value_of_css_property("outline-style")
        steps.check("het veld met focus heeft een zichtbare rand", outline not in ("none", ""), outline)
        active(driver).send_keys(title, Keys.TAB)
        steps.check("omschrijving volgt na titel", active(driver).get_attribute("id") == "omschrijving")
        active(driver).send_keys("Huurders begrijpen de vragen over het inkomen van medebewoners niet en haken af.", Keys.TAB)
        steps.check("beleidsterrein volgt", active(driver).get_attribute("id") == "domein")
        # a select is operated with the arrow keys: the first arrow down picks the first domain after "Kies…"
        active(driver).send_keys(Keys.ARROW_DOWN)
        for element_id in ("beleid", "gebied"):
            active(driver).send_keys(Keys.TAB)
            steps.check(f"{element_id} volgt", active(driver).get_attribute("id") == element_id)
        steps.check("de verzendknop is bereikbaar met Tab", tab_to(driver, "signaal-versturen", limit=40))
        active(driver).send_keys(Keys.ENTER)
        WebDriverWait(driver, 15).until(lambda d: title in d.page_source and "/signalen/nieuw" not in d.current_url
                                        or "Lijkt uw signaal" in d.page_source)
        if "Lijkt uw signaal" in driver.page_source:
            steps.check("de verzendknop is bereikbaar na vergelijkbare signalen", tab_to(driver, "signaal-versturen", limit=80))
            active(driver).send_keys(Keys.ENTER)
            WebDriverWait(driver, 15).until(lambda d: "/signalen/nieuw" not in d.current_url)
        steps.check("het signaal is verstuurd met alleen het toetsenbord", title in driver.page_source and "/signalen/" in driver.current_url)
    finally:
        driver.quit()


def without_javascript(base, steps):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {
        "intl.accept_languages": "nl-NL,nl", "profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        driver.get(base + "/aanmelden")
        driver.find_element(By.NAME, "email").send_keys("beleid@demo.test")
        driver.find_element(By.NAME, "wachtwoord").send_keys(PASSWORD)
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form#aanmelden button[type=submit]"))
        steps.check("zonder JavaScript: aanmelden werkt", "Hoofdmenu" in driver.page_source)
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "nav.main a, nav.tabs a, header a")]
        driver.get(base + "/signalen")
        links += [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "nav.tabs a")]
        for link in dict.fromkeys(links):
            driver.get(link)
            steps.check(f"zonder JavaScript: {link.replace(base, '')} laadt", "<main" in driver.page_source and "Er ging iets mis" not in driver.page_source)
        title = f"Zonder script: wachtlijst schuldhulp {int(time.time())}"
        driver.get(base + "/signalen/nieuw")
        driver.find_element(By.ID, "titel").send_keys(title)
        driver.find_element(By.ID, "omschrijving").send_keys("Mensen met schulden wachten maanden op een eerste gesprek.")
        Select(driver.find_element(By.ID, "domein")).select_by_visible_text("Schulden")
        click_and_wait(driver, driver.find_element(By.ID, "signaal-versturen"))
        if "Lijkt uw signaal" in driver.page_source:
            click_and_wait(driver, driver.find_element(By.ID, "signaal-versturen"))
        steps.check("zonder JavaScript: een signaal melden werkt", title in driver.page_source)
        Select(driver.find_element(By.ID, "status")).select_by_value("beantwoord")
        driver.find_element(By.ID, "tekst").send_keys("We plannen extra intakegesprekken in, ook op zaterdag.")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form#status-wijzigen button[type=submit]"))
        steps.check("zonder JavaScript: beantwoorden werkt", "extra intakegesprekken" in driver.page_source)
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    base = parser.parse_args().base_url.rstrip("/")
    steps = Steps()
    keyboard_only(base, steps)
    without_javascript(base, steps)
    print(f"{steps.passed} passed, {steps.failed} failed")
    return 0 if steps.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
