# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""The uitvoeringstoets in a real browser: beleid@demo.test starts a round on the Aanpak 18-/18+ and invites
uitvoerder@demo.test; the practitioner finds it on the start page, scores two sections, writes a remark on each,
saves, comes back and submits; the policy officer answers every remark and closes the round; the practitioner sees the
answers.

Usage: review.py --base-url http://127.0.0.1:PORT   (prints one line per step, ends with "N passed, N failed")
"""
import argparse
import datetime
import sys
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from loop import Steps, click_and_wait, shot, sign_in, submit
from smoke import make_driver

POLICY = "Aanpak 18-/18+: doorlopende lijn naar volwassenheid"
PRACTITIONER = "uitvoerder@demo.test"
PRACTITIONER_NAME = "Sanne de Vries"



def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    base = parser.parse_args().base_url.rstrip("/")
    stamp = int(time.time())
    steps = Steps()
    driver = make_driver()
    try:
        # 1. the policy officer starts a round from the policy's page
        sign_in(driver, base, "beleid@demo.test")
        driver.get(base + "/beleid")
        driver.find_element(By.LINK_TEXT, POLICY).click()
        driver.find_element(By.LINK_TEXT, "Toets starten").click()
        deadline = (datetime.date.today() + datetime.timedelta(days=14)).isoformat()
        field = driver.find_element(By.ID, "termijn")
        driver.execute_script("arguments[0].value = arguments[1]", field, deadline)
        driver.find_element(By.ID, "inleiding").send_keys(f"Browsertoets {stamp}: lees vooral de artikelen over inkomen en wonen.")
        person = driver.find_element(By.XPATH, f"//fieldset[legend='Personen']//label[normalize-space(.)='{PRACTITIONER_NAME}']")
        driver.find_element(By.ID, person.get_attribute("for")).click()
        submit(driver, "form#toets-starten button[type=submit]")
        steps.check("beleid start een toets", "/toetsen/" in driver.current_url and "De toets is gestart" in driver.page_source, driver.current_url)
        round_url = driver.current_url.split("?")[0]
        shot(driver, "toets-1-gestart")

        # 2. the practitioner finds it on the start page, scores two sections, saves and comes back
        sign_in(driver, base, PRACTITIONER)
        driver.get(base + "/")
        steps.check("de toets staat op de startpagina", round_url.replace(base, "") + "/reactie" in driver.page_source)
        driver.get(round_url + "/reactie")
        fieldsets = driver.find_elements(By.CSS_SELECTOR, "fieldset.scores")
        steps.check("het formulier heeft scores per onderdeel", len(fieldsets) >= 2, str(len(fieldsets)))
        sections = driver.find_elements(By.CSS_SELECTOR, "section.draft-section")
        scored = [section for section in sections if section.find_elements(By.CSS_SELECTOR, "fieldset.scores")][1:3]
        for index, section in enumerate(scored):
            selects = section.find_elements(By.CSS_SELECTOR, "fieldset.scores select")
            Select(selects[0]).select_by_value("2" if index == 0 else "4")
            Select(selects[2]).select_by_value("nvt" if index == 0 else "3")
            section.find_element(By.CSS_SELECTOR, "textarea[name^=opmerking-]").send_keys(f"Opmerking {index + 1} uit de browser {stamp}.")
        submit(driver, "form#reactie button[name=actie][value=opslaan]")
        steps.check("opslaan en later verder", "Uw reactie is opgeslagen" in driver.page_source and f"Opmerking 2 uit de browser {stamp}." in driver.page_source)
        driver.find_element(By.ID, "oordeel-uitvoerbaar-mits").click()
        driver.find_element(By.ID, "oordeel-toelichting").send_keys("Als de klantmanager op tijd begint.")
        driver.find_element(By.ID, "doenvermogen-vooruit-plannen").click()
        submit(driver, "form#reactie button[name=actie][value=indienen]")
        steps.check("de reactie is ingediend", "Uw reactie is ingediend" in driver.page_source and round_url in driver.current_url)
        driver.get(round_url + "/reactie")
        steps.check("daarna alleen te lezen", not driver.find_elements(By.CSS_SELECTOR, "form#reactie"))
        shot(driver, "toets-2-ingediend")

        # 3. the policy officer answers every remark and closes the round
        sign_in(driver, base, "beleid@demo.test")
        driver.get(round_url)
        count = len(driver.find_elements(By.CSS_SELECTOR, "form.antwoord"))
        steps.check("beleid ziet beide opmerkingen", count == 2, str(count))
        for index in range(count):
            form = driver.find_elements(By.CSS_SELECTOR, "form.antwoord")[index]
            Select(form.find_element(By.CSS_SELECTOR, "select[name=antwoord]")).select_by_value("verwerkt" if index == 0 else "deels-verwerkt")
            form.find_element(By.CSS_SELECTOR, "textarea[name=uitleg]").send_keys(f"Antwoord {index + 1} {stamp}: aangepast in de tekst.")
            click_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
            steps.check(f"antwoord {index + 1} opgeslagen", "Het antwoord is opgeslagen" in driver.page_source)
        steps.check("beleid beantwoordt alle opmerkingen", "Nog geen antwoord." not in driver.page_source)
        submit(driver, "form#toets-sluiten button[type=submit]")
        steps.check("beleid sluit de toets", "De toets is gesloten" in driver.page_source)
        shot(driver, "toets-3-gesloten")

        # 4. the practitioner sees the answers
        sign_in(driver, base, PRACTITIONER)
        driver.get(base + "/meldingen")
        steps.check("de uitvoerder krijgt een melding", "is gesloten" in driver.page_source)
        driver.get(round_url)
        steps.check(
            "de uitvoerder ziet de antwoorden",
            f"Antwoord 1 {stamp}: aangepast in de tekst." in driver.page_source and f"Antwoord 2 {stamp}: aangepast in de tekst." in driver.page_source)
        shot(driver, "toets-4-antwoorden")
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
