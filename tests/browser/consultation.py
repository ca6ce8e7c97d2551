#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""A resident answers a raadpleging on a phone-sized window with JavaScript switched off.

The demo's open public raadpleging (/doe-mee/demo-jeugd): the form loads without an account; an answer with a phone
number is refused kindly by the privacy guard and keeps what was typed; without it, the answers are received. Then
the policy officer sees the response counted on the raadpleging's page.
"""
import argparse
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from keyboard import PASSWORD, Steps
from smoke import CHROMEDRIVER, CHROMIUM

SCREENSHOTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "screenshots")


def phone_without_javascript():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=500,900"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {
        "intl.accept_languages": "nl-NL,nl", "profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    # A phone's screen: headless Chromium will not make a window narrower than 500 pixels, the emulated metrics will.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True})
    return driver


def submit(driver):
    button = driver.find_element(By.CSS_SELECTOR, "form#doe-mee button[type=submit]")
    button.click()

    def gone(_driver):
        try:
            button.is_enabled()
            return False
        except Exception:
            return True

    WebDriverWait(driver, 15).until(gone)


def responses(driver, base):
    """The number of responses on the raadpleging's staff page, as the policy officer sees it."""
    driver.get(base + "/raadplegingen")
    for row in driver.find_elements(By.CSS_SELECTOR, "table tbody tr"):
        if "opgroeien" in row.text:
            return int(row.find_elements(By.CSS_SELECTOR, "td")[-1].text)
    return -1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    base = parser.parse_args().base_url.rstrip("/")
    steps = Steps()
    os.makedirs(SCREENSHOTS, exist_ok=True)
    driver = phone_without_javascript()
    staff = phone_without_javascript()
    try:
        staff.get(base + "/aanmelden")
        staff.find_element(By.NAME, "email").send_keys("beleid@demo.test")
        staff.find_element(By.NAME, "wachtwoord").send_keys(PASSWORD)
        staff.find_element(By.CSS_SELECTOR, "form#aanmelden button[type=submit]").click()
        WebDriverWait(staff, 15).until(lambda d: "/aanmelden" not in d.current_url)
        before = responses(staff, base)
        steps.check("de beleidsmedewerker ziet de raadpleging met haar reacties", before >= 0)

        driver.get(base + "/doe-mee/demo-jeugd")
        steps.check("zonder account en zonder JavaScript laadt het formulier", "form" in driver.page_source and "Versturen" in driver.page_source)
        width = driver.find_element(By.TAG_NAME, "main").size["width"]
        steps.check("het formulier past op een telefoon", width <= 390, f"breedte {width}")
        driver.save_screenshot(os.path.join(SCREENSHOTS, "raadpleging-telefoon.png"))
        driver.find_element(By.CSS_SELECTOR, "label[for='vraag-1-2']").click()
        driver.find_element(By.CSS_SELECTOR, "label[for='vraag-2-4']").click()
        driver.find_element(By.ID, "vraag-3").send_keys("Bel mij gerust op 06-12345678.")
        time.sleep(6)  # people take longer than the minimum fill-in time
        submit(driver)
        steps.check("de privacytoets vraagt vriendelijk het telefoonnummer weg te halen", "Zo blijft u anoniem" in driver.page_source)
        steps.check("wat al was ingevuld blijft staan", driver.find_element(By.ID, "vraag-2-4").is_selected())
        field = driver.find_element(By.ID, "vraag-3")
        field.clear()
        field.send_keys("Een spreekuur in de buurt zonder afspraak.")
        time.sleep(6)
        submit(driver)
        driver.save_screenshot(os.path.join(SCREENSHOTS, "raadpleging-verstuurd.png"))
        steps.check("de antwoorden zijn ontvangen", "Dank u wel!" in driver.page_source)
        steps.check("de beleidsmedewerker telt één reactie meer", responses(staff, base) == before + 1)
    finally:
        driver.quit()
        staff.quit()
    print(f"{steps.passed} passed, {steps.failed} failed")
    return 0 if steps.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
