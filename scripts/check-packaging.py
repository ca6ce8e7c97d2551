#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""Packaging for public-sector use: the licence, SPDX headers and publiccode.yml.

    scripts/check-packaging.py          check; prints one line per problem, exit 1 if any
    scripts/check-packaging.py --fix    add the SPDX header to source files that lack it

Checks:
  - LICENSE holds the EUPL-1.2 text (its title, its fifteen articles and the appendix);
  - every tracked source file carries `SPDX-License-Identifier: EUPL-1.2` near its top;
  - publiccode.yml follows publiccodeYmlVersion 0.4 in the fields that matter here: the required keys,
    `softwareType: standalone/web`, `legal.license: EUPL-1.2`, Dutch and English descriptions within the
    standard's length limits, maintenance with contacts, localisation with nl and en.
"""
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPDX = "SPDX-License-Identifier: EUPL-1.2"
COPYRIGHT = "SPDX-FileCopyrightText: 2026 Lemniscaat contributors"

# How a header looks per kind of file: (line prefix, line suffix).
COMMENT = {
    ".swift": ("// ", ""),
    ".py": ("# ", ""),
    ".sh": ("# ", ""),
    ".lua": ("-- ", ""),
    ".js": ("// ", ""),
    ".css": ("/* ", " */"),
    ".yaml": ("# ", ""),
    ".yml": ("# ", ""),
    ".mustache": ("{{! ", " }}"),
    ".svg": ("<!-- ", " -->"),
}
SCRIPTS = {".ci/run", "scripts/test", "scripts/pg-test-env"}  # shell scripts without an extension


def source_files():
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in out.splitlines():
        path = ROOT / name
        if not path.is_file():
            continue
        if name in SCRIPTS:
            yield name, ("# ", "")
        elif path.suffix in COMMENT:
            yield name, COMMENT[path.suffix]


def insert_at(lines):
    """Headers go after lines that must stay first: a shebang, swift-tools-version, an XML declaration."""
    if lines and (lines[0].startswith("#!") or lines[0].startswith("// swift-tools-version")
                  or lines[0].startswith("<?xml")):
        return 1
    return 0


def check_spdx(fix):
    problems = []
    for name, (prefix, suffix) in source_files():
        path = ROOT / name
        text = path.read_text(encoding="utf-8")
        head = "\n".join(text.splitlines()[:6])
        if SPDX in head:
            continue
        if fix:
            lines = text.splitlines(keepends=True)
            at = insert_at(lines)
            header = [f"{prefix}{SPDX}{suffix}\n", f"{prefix}{COPYRIGHT}{suffix}\n"]
            path.write_text("".join(lines[:at] + header + lines[at:]), encoding="utf-8")
            print(f"fixed: {name}")
        else:
            problems.append(f"{name}: no '{SPDX}' in its first lines (scripts/check-packaging.py --fix adds it)")
    return problems


def check_license():
    path = ROOT / "LICENSE"
    if not path.is_file():
        return ["LICENSE is missing"]
    text = path.read_text(encoding="utf-8")
    problems = []
    if not text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2"):
        problems.append("LICENSE does not start with the EUPL-1.2 title")
    for article in range(1, 16):
        if not re.search(rf"^{article}\. ?[A-Z]", text, re.M):
            problems.append(f"LICENSE lacks article {article}")
    if "‘Compatible Licences’ according to Article 5 EUPL are:" not in text:
        problems.append("LICENSE lacks the appendix of compatible licences")
    return problems


CATEGORIES = {  # publiccode.yml 0.4's list, the part that could describe this kind of software
    "collaboration", "data-analytics", "data-collection", "data-visualization", "feedback-and-reviews-management",
    "knowledge-management", "project-collaboration", "task-management", "workflow-management", "survey",
}
SCOPES = {"government", "local-authorities", "society", "welfare", "healthcare", "employment", "education"}
STATUSES = {"concept", "development", "beta", "stable", "obsolete"}
MAINTENANCE = {"internal", "contract", "community", "none"}


def check_publiccode():
    path = ROOT / "publiccode.yml"
    if not path.is_file():
        return ["publiccode.yml is missing"]
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        return [f"publiccode.yml is not valid YAML: {error}"]
    problems = []

    def need(cond, message):
        if not cond:
            problems.append(f"publiccode.yml: {message}")

    need(doc.get("publiccodeYmlVersion") == "0.4", "publiccodeYmlVersion must be the string '0.4'")
    for key in ("name", "url", "platforms", "categories", "developmentStatus", "softwareType", "description",
                "legal", "maintenance", "localisation"):
        need(key in doc, f"required key '{key}' is missing")
    need(str(doc.get("url", "")).startswith("https://"), "url must be an https address of the repository")
    need(doc.get("softwareType") == "standalone/web", "softwareType must be standalone/web")
    need(doc.get("developmentStatus") in STATUSES, f"developmentStatus must be one of {sorted(STATUSES)}")
    need("web" in (doc.get("platforms") or []), "platforms must include web")
    for category in doc.get("categories") or []:
        need(category in CATEGORIES, f"unknown category '{category}'")
    if "softwareVersion" in doc:
        need(re.fullmatch(r"\d+\.\d+\.\d+", str(doc["softwareVersion"])) is not None, "softwareVersion must be x.y.z")
    if "releaseDate" in doc:
        need(re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(doc["releaseDate"])) is not None, "releaseDate must be YYYY-MM-DD")
    legal = doc.get("legal") or {}
    need(legal.get("license") == "EUPL-1.2", "legal.license must be EUPL-1.2")
    descriptions = doc.get("description") or {}
    for language in ("nl", "en"):
        d = descriptions.get(language)
        need(d is not None, f"description.{language} is missing")
        if d is None:
            continue
        short, long_ = d.get("shortDescription", ""), d.get("longDescription", "")
        need(0 < len(short) <= 150, f"description.{language}.shortDescription must be 1–150 characters ({len(short)})")
        need(150 <= len(long_) <= 10000,
             f"description.{language}.longDescription must be 150–10000 characters ({len(long_)})")
        need(len(d.get("features") or []) > 0, f"description.{language}.features is empty")
        for feature in d.get("features") or []:
            need(len(feature) <= 100, f"description.{language}: feature longer than 100 characters: {feature!r}")
    maintenance = doc.get("maintenance") or {}
    need(maintenance.get("type") in MAINTENANCE, f"maintenance.type must be one of {sorted(MAINTENANCE)}")
    if maintenance.get("type") in ("internal", "community"):
        contacts = maintenance.get("contacts") or []
        need(len(contacts) > 0 and all("name" in c for c in contacts), "maintenance.contacts need a name each")
    localisation = doc.get("localisation") or {}
    need(isinstance(localisation.get("localisationReady"), bool), "localisation.localisationReady must be true or false")
    need({"nl", "en"} <= set(localisation.get("availableLanguages") or []),
         "localisation.availableLanguages must include nl and en")
    audience = doc.get("intendedAudience") or {}
    for scope in audience.get("scope") or []:
        need(scope in SCOPES, f"unknown intendedAudience.scope '{scope}'")
    return problems


def main():
    fix = "--fix" in sys.argv[1:]
    problems = check_spdx(fix) + check_license() + check_publiccode()
    for problem in problems:
        print(f"FAIL {problem}")
    if problems:
        return 1
    print("PASS licence, SPDX headers and publiccode.yml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
