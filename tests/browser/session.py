# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""A session from proposed agenda to decision in a real browser: beleid@demo.test plans a werksessie on the
schuldhulp policy (held yesterday), puts a signal the loop proposes on the agenda, writes minutes, records a decision
that answers the signal, and adds an action for a practitioner; the signal's page then shows the decision as its
answer, and the action is on the practitioner's list.

Usage: session.py --base-url http://127.0.0.1:PORT   (prints one line per step, ends with "N passed, N failed")
"""
import argparse
import datetime
import sys
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from loop import Steps, click_and_wait, shot, sign_in, submit
from smoke import make_driver

POLICY = "Beleidsplan schuldhulpverlening 2024–2027"
TEAM = "Schuldhulpverlening"
OWNER = "Bas de Groot"


def set_value(driver, element_id: str, value: str) -> None:
    """Date and time inputs take their value the way a picker would set it."""
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, element_id), value)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    base = parser.parse_args().base_url.rstrip("/")
    stamp = int(time.time())
    steps = Steps()
    driver = make_driver()
    try:
        # 1. plan a session that was held yesterday, about the policy, with the practice team
        sign_in(driver, base, "beleid@demo.test")
        driver.get(base + "/overleggen/nieuw")
        driver.find_element(By.ID, "soort-werksessie").click()
        driver.find_element(By.ID, "titel").send_keys(f"Browseroverleg schuldhulp {stamp}")
        yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
        set_value(driver, "datum", yesterday)
        set_value(driver, "begin", "10:00")
        set_value(driver, "einde", "11:30")
        driver.find_element(By.ID, "plaats").send_keys("Stadskantoor, zaal 1")
        policy = driver.find_element(By.XPATH, f"//label[normalize-space(.)='{POLICY}']")
        driver.find_element(By.ID, policy.get_attribute("for")).click()
        team = driver.find_element(By.XPATH, f"//label[normalize-space(.)='{TEAM}']")
        driver.find_element(By.ID, team.get_attribute("for")).click()
        submit(driver, "form#overleg button[type=submit]")
        steps.check("het overleg is gepland", "/overleggen/" in driver.current_url and "Het overleg is gepland" in driver.page_source, driver.current_url)
        session_url = driver.current_url.split("?")[0]

        # 2. the loop proposes; put the first proposed signal on the agenda
        forms = driver.find_elements(By.CSS_SELECTOR, "ul.proposals form")
        signal_forms = [f for f in forms if f.find_element(By.NAME, "bron").get_attribute("value") == "signaal"]
        steps.check("de lus stelt signalen voor", len(signal_forms) > 0, str(len(forms)))
        if not signal_forms:
            return 1
        signal_id = signal_forms[0].find_element(By.NAME, "id").get_attribute("value")
        click_and_wait(driver, signal_forms[0].find_element(By.CSS_SELECTOR, "button[type=submit]"))
        steps.check("het voorstel staat op de agenda", "Het voorstel staat op de agenda" in driver.page_source
                    and driver.find_elements(By.CSS_SELECTOR, f"ol.agenda a[href='/signalen/{signal_id}']"))
        shot(driver, "overleg-1-agenda")

        # 3. minutes for the item
        item = driver.find_element(By.CSS_SELECTOR, "ol.agenda > li")
        item.find_element(By.TAG_NAME, "summary").click()
        item.find_element(By.CSS_SELECTOR, "textarea[name=verslag]").send_keys(f"Besproken in de browser {stamp}: de wachttijd moet korter.")
        click_and_wait(driver, item.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]"))
        steps.check("het verslag is opgeslagen", f"Besproken in de browser {stamp}" in driver.page_source)

        # 4. a refused decision keeps what was typed; then the decision that answers the signal
        driver.find_element(By.ID, "besluit").send_keys("Kort")
        submit(driver, "form#besluit-vastleggen button[type=submit]")
        steps.check("een te kort besluit wordt geweigerd met uitleg", "minstens 10 tekens" in driver.page_source)
        decision = f"De wachttijd gaat omlaag: vanaf volgende maand een extra spreekuur ({stamp})."
        field = driver.find_element(By.ID, "besluit")
        field.clear()
        field.send_keys(decision)
        driver.find_element(By.CSS_SELECTOR, "input[name=punten]").click()
        Select(driver.find_element(By.ID, "gevolg")).select_by_value("beantwoord")
        submit(driver, "form#besluit-vastleggen button[type=submit]")
        steps.check("het besluit is vastgelegd", "Het besluit is vastgelegd" in driver.page_source and decision in driver.page_source)
        shot(driver, "overleg-2-besluit")

        # 5. an action for a practitioner
        driver.find_element(By.ID, "omschrijving").send_keys(f"Extra spreekuur inplannen {stamp}")
        Select(driver.find_element(By.ID, "eigenaar")).select_by_visible_text(OWNER)
        set_value(driver, "datum", (datetime.date.today() + datetime.timedelta(days=14)).isoformat())
        submit(driver, "form#actie-toevoegen button[type=submit]")
        steps.check("de actie staat bij het overleg", f"Extra spreekuur inplannen {stamp}" in driver.page_source and OWNER in driver.page_source)

        # 6. the signal carries the decision as its answer
        driver.get(base + f"/signalen/{signal_id}")
        steps.check("het signaal is beantwoord met het besluit", decision in driver.page_source and "Beantwoord" in driver.page_source)
        shot(driver, "overleg-3-signaal")

        # 7. the action is on the lists
        driver.get(base + "/acties")
        steps.check("de actie staat in de lijst van acties", f"Extra spreekuur inplannen {stamp}" in driver.page_source)
        driver.get(base + "/besluiten")
        steps.check("het besluit staat in de lijst van besluiten", decision in driver.page_source)
        driver.get(session_url)
    finally:
        driver.quit()
    print(f"{steps.passed} passed, {steps.failed} failed")
    return 0 if steps.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
