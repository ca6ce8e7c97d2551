#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""Checks the OpenAPI document against the essentials of the NL API Design Rules that need no network:
semver info.version and info.contact, the API-Version header and problem+json on every 4xx/5xx response, the
standard error responses on every operation, kebab-case paths without trailing slashes, plural collection names,
camelCase query parameters. Prints one line per problem and ends with "N passed, N failed".

Usage: lint-openapi.py [path/to/openapi.yaml]
"""
import re
import sys

import yaml

# Nouns with no plural in Dutch, and singleton resources (one per caller): named as such on purpose.
UNCOUNTABLE = {"beleid"}
SINGLETONS = {"organisatie", "openapi.json", "samenwerkingskaart", "dashboard"}
SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CAMEL = re.compile(r"^[a-z][a-zA-Z0-9]*$")
METHODS = {"get", "put", "post", "patch", "delete"}


def resolve(document, node):
    while isinstance(node, dict) and "$ref" in node:
        target = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def is_plural(segment: str) -> bool:
    return segment in UNCOUNTABLE or segment.endswith(("en", "s", "'s"))


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "Sources/LemniscaatAPI/openapi.yaml"
    with open(path, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    checks = []

    def check(name, ok, detail=""):
        checks.append(ok)
        print(f"{'PASS' if ok else 'FAIL'}  {name}{'  — ' + detail if detail and not ok else ''}")

    info = document.get("info", {})
    check("info.version is semver (API-56)", bool(SEMVER.match(str(info.get("version", "")))), str(info.get("version")))
    contact = info.get("contact", {})
    check("info.contact has name, url and email", all(contact.get(k) for k in ("name", "url", "email")), str(contact))
    check("servers point at /api/v1 (API-20)", any(s.get("url", "").endswith("/api/v1") for s in document.get("servers", [])))

    for route, operations in document.get("paths", {}).items():
        segments = [s for s in route.split("/") if s]
        check(f"{route}: no trailing slash (API-48)", not route.endswith("/") or route == "/")
        for segment in segments:
            if segment.startswith("{"):
                continue
            check(f"{route}: '{segment}' is kebab-case", bool(KEBAB.match(segment)) or segment in SINGLETONS)
        # A collection is a segment followed by an {id}, or a list operation; its name is plural (API-54).
        for index, segment in enumerate(segments):
            if segment.startswith("{") or segment in SINGLETONS:
                continue
            followed_by_id = index + 1 < len(segments) and segments[index + 1].startswith("{")
            is_last = index == len(segments) - 1
            if followed_by_id or (is_last and "get" in operations and "post" in operations) or (is_last and index == 0):
                check(f"{route}: collection '{segment}' is plural (API-54)", is_plural(segment))
        for method, operation in operations.items():
            if method not in METHODS:
                continue
            name = f"{method.upper()} {route}"
            responses = operation.get("responses", {})
            # A public operation (`security: []`) has no key to refuse, so no 401 or 403.
            public = operation.get("security") == []
            for code in ("400", "404", "500") if public else ("400", "401", "403", "404", "500"):
                check(f"{name}: declares {code}", code in responses)
            for parameter in operation.get("parameters", []):
                parameter = resolve(document, parameter)
                if parameter.get("in") == "query":
                    check(f"{name}: query parameter '{parameter['name']}' is camelCase", bool(CAMEL.match(parameter["name"])))
            for code, response in responses.items():
                response = resolve(document, response)
                headers = response.get("headers", {})
                check(f"{name} {code}: API-Version header declared (API-57)", "API-Version" in headers)
                if str(code)[0] in "45":
                    content = response.get("content", {})
                    check(f"{name} {code}: application/problem+json", list(content.keys()) == ["application/problem+json"], str(list(content)))

    failed = checks.count(False)
    print(f"{len(checks) - failed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
