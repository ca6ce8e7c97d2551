# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""The Staat van de Uitvoering in a real browser, on paper: beleid@demo.test asks for the report of this year from
/rapportages, follows the progress page until the report is there, and prints it to PDF with headless Chromium.
The PDF is kept under screenshots/report/ (with a PNG per page when poppler's pdftoppm is installed) for people to
look at; the test checks what a reader would: the print hides the menus, the report runs over several pages, every
page has text, the title is on the first page, every section is in the PDF in order, and no table row is split
over two pages.

Usage: report.py --base-url http://127.0.0.1:PORT   (prints one line per step, ends with "N passed, N failed")
"""
import argparse
import base64
import datetime
import os
import re
import shutil
import subprocess
import sys
import time
import zlib

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from loop import SCREENSHOTS, Steps, sign_in, submit
from smoke import make_driver

OUT = os.path.join(SCREENSHOTS, "report")


def pdf_pages(data: bytes) -> int:
    """The number of page objects in a PDF Chromium wrote (it does not compress its object dictionaries)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def page_texts(path: str) -> list[str] | None:
    """Each page's text, via poppler's pdftotext; None when it is not installed."""
    if not shutil.which("pdftotext"):
        return None
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode("utf-8", "replace")
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    base = parser.parse_args().base_url.rstrip("/")
    steps = Steps()
    driver = make_driver()
    year = str(datetime.date.today().year)
    try:
        sign_in(driver, base, "beleid@demo.test")
        driver.get(base + "/rapportages")
        Select(driver.find_element(By.ID, "f-periode")).select_by_value(year)
        submit(driver, "form#staat-formulier button[type=submit]")
        # A report that is not ready within a moment shows its progress; refreshing joins the same build.
        for _ in range(60):
            if driver.find_elements(By.CSS_SELECTOR, "article.report-document"):
                break
            steps.check("de voortgang is te zien zolang het rapport nog niet klaar is",
                        bool(driver.find_elements(By.CSS_SELECTOR, "progress#voortgang")), driver.current_url)
            time.sleep(0.5)
            driver.find_element(By.LINK_TEXT, "Vernieuwen").click()
        steps.check("het rapport staat er", bool(driver.find_elements(By.CSS_SELECTOR, "article.report-document")), driver.current_url)
        title = driver.find_element(By.TAG_NAME, "h1").text
        steps.check("de titel noemt de periode", title == f"Staat van de Uitvoering {year}", title)
        sections = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "article.report-document section > h2")]
        steps.check("alle onderdelen staan in het rapport", len(sections) >= 8, ", ".join(sections))
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "article.report-document td a")]
        steps.check("cijfers linken naar de records erachter", len(links) > 10, str(len(links)))

        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        hidden = driver.execute_script(
            "return [...document.querySelectorAll('nav, .no-print, header.site .who')].every(e => getComputedStyle(e).display === 'none')")
        steps.check("op papier geen menu's en downloadlinks", hidden is True, str(hidden))
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

        pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})["data"])
        os.makedirs(OUT, exist_ok=True)
        path = os.path.join(OUT, f"staat-van-de-uitvoering-{year}.pdf")
        with open(path, "wb") as file:
            file.write(pdf)
        pages = pdf_pages(pdf)
        steps.check("de pdf heeft meerdere pagina's", 2 <= pages <= 60, f"{pages} pagina's, {len(pdf)} bytes: {path}")

        texts = page_texts(path)
        if texts is None:
            print("  (pdftotext ontbreekt: de tekst per pagina is niet gecontroleerd)")
        else:
            steps.check("pdftotext vindt evenveel pagina's", len(texts) == pages, f"{len(texts)} / {pages}")
            steps.check("elke pagina heeft tekst", all(t.strip() for t in texts), str([len(t.strip()) for t in texts]))
            steps.check("de titel staat op de eerste pagina", f"Staat van de Uitvoering {year}" in texts[0], texts[0][:200])
            flat = "\n".join(texts)
            # Headings stand on a line of their own; the same words may occur earlier inside a table.
            def heading_at(heading: str) -> int:
                match = re.search(rf"^\s*{re.escape(heading)}\s*$", flat, re.M)
                return match.start() if match else -1
            positions = [heading_at(s) for s in sections]
            steps.check("elk onderdeel staat in de pdf, in volgorde", all(p >= 0 for p in positions) and positions == sorted(positions),
                        str(list(zip(sections, positions))))
            # A split row leaves a page that starts with the rest of a cell: a line of text before any heading,
            # caption or header row. Checked cheaply: the rows of the month table (YYYY-MM) are each whole.
            months = re.findall(rf"^\s*({year}-\d\d)\s+(\d[\d.]*)\s+(\d[\d.]*)\s+(\d[\d.]*)\s+(\S+ ?%|–)", flat, re.M)
            steps.check("de maandtabel staat heel in de pdf (12 rijen met alle cijfers)", len(months) == 12, str(len(months)))
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-r", "50", "-png", path, os.path.join(OUT, "pagina")], check=True)
            print(f"  pagina's als png in {OUT}")

        # The same report as Markdown and CSV, from the links on the page.
        driver.get(base + f"/rapportages/staat-van-de-uitvoering?periode={year}")
        # Built again (the cache is per write generation and the PDF step above took time): on a busy machine the
        # progress page may come first.
        for _ in range(60):
            if driver.find_elements(By.CSS_SELECTOR, "article.report-document"):
                break
            time.sleep(0.5)
            driver.find_element(By.LINK_TEXT, "Vernieuwen").click()
        markdown_link = driver.find_element(By.PARTIAL_LINK_TEXT, "Markdown").get_attribute("href")
        steps.check("de Markdown-link hoort bij dezelfde periode", f"periode={year}" in markdown_link, markdown_link)
    except Exception as exc:  # noqa: BLE001 - report any failure as a failed step
        steps.check("geen onverwachte fout", False, f"{type(exc).__name__}: {exc}")
    finally:
        driver.quit()
    print(f"{steps.passed} passed, {steps.failed} failed")
    return 0 if steps.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
