#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""Two `lemniscaat serve` processes on one PostgreSQL database behave as one.

- A session started on server A is valid on server B (sessions live in the database).
- A signal written through A is found by B's similarity search within seconds (each process catches up).
- A background job is run once across both: the test holds a lock on the actions table (meeting_actions) so that whichever process
  claims the action-reminder job is stuck inside it, kills that process with SIGKILL mid-job, releases the lock, and
  checks that the other process takes the same run over after the lease ran out and finishes it, once.

Usage: scripts/multi-process-test.py --binary .build/debug/lemniscaat --database-url postgres://…/lemniscaat_multi
The database must exist and be empty.
"""
import argparse
import atexit
import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

LEASE_SECONDS = 3
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'PASS' if ok else 'FAIL'}  {name}{'  (' + detail + ')' if detail and not ok else ''}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary, env, log, demo=False):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        arguments = [binary, "serve", "--host", "127.0.0.1", "--port", str(self.port)] + (["--demo"] if demo else [])
        self.process = subprocess.Popen(arguments, env=env, stdout=log, stderr=log)
        atexit.register(self.kill)
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=1) as response:
                    if response.status == 200:
                        return
            except Exception:
                time.sleep(0.1)
        raise SystemExit(f"server on port {self.port} did not become healthy")

    def kill(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()


def psql(url, query):
    return subprocess.run(["psql", "-X", "-q", "-t", "-A", "-F", "|", "-d", url, "-c", query], check=True, capture_output=True,
                          text=True).stdout.strip()


def wait_for(description, predicate, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    return None


def sign_in(base, opener, email, password):
    page = opener.open(base + "/aanmelden", timeout=10).read().decode()
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"_csrf": csrf, "email": email, "wachtwoord": password}).encode()
    opener.open(urllib.request.Request(base + "/aanmelden", data=form, method="POST"), timeout=10).read()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/lemniscaat")
    parser.add_argument("--database-url", required=True)
    args = parser.parse_args()
    url = args.database_url
    data = tempfile.mkdtemp(prefix="lemniscaat-multi-")
    password = os.environ.get("LEMNISCAAT_DEMO_PASSWORD", "lemniscaat-demo")
    env = dict(os.environ, DATABASE_URL=url, LEMNISCAAT_DATA_DIR=data, LEMNISCAAT_COOKIE_SECURE="false", LOG_LEVEL="warning",
               LEMNISCAAT_JOB_LEASE_SECONDS=str(LEASE_SECONDS), LEMNISCAAT_DEMO_PASSWORD=password)
    log = open(os.path.join(data, "servers.log"), "ab")
    a = Server(args.binary, env, log, demo=True)
    b = Server(args.binary, env, log)
    print(f"      A on {a.port} (pid {a.process.pid}), B on {b.port} (pid {b.process.pid})", flush=True)

    # A third process on A's port stops by itself with a message in Dutch (it used to trap: its background services
    # still used the database after the failed start had closed it), and A keeps serving.
    try:
        taken = subprocess.run([args.binary, "serve", "--host", "127.0.0.1", "--port", str(a.port)], env=env, capture_output=True,
                               text=True, timeout=120)
        output = taken.stdout + taken.stderr
        check("a server on a port in use stops with exit 1 and says so in Dutch",
              taken.returncode == 1 and f"Poort {a.port} op 127.0.0.1 is al in gebruik" in output and "crashed" not in output,
              f"exit {taken.returncode}: {output[-600:]}")
    except subprocess.TimeoutExpired:
        check("a server on a port in use stops with exit 1 and says so in Dutch", False, "still running after 120 s")
    with urllib.request.urlopen(a.base + "/health", timeout=5) as response:
        check("A still serves after the refused start", response.status == 200)

    # Sessions: signed in through A, known to B.
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    sign_in(a.base, opener, "uitvoerder@demo.test", password)
    page = opener.open(b.base + "/signalen", timeout=10)
    check("a session started on A is valid on B", page.status == 200 and "/signalen" in page.url and 'id="afmelden"' in page.read().decode(),
          page.url)

    # Similarity: a signal written through A is found through B.
    token = subprocess.run([args.binary, "token", "create", "--user", "uitvoerder@demo.test", "--name", "multi"], env=env, check=True,
                           capture_output=True, text=True).stdout.strip()
    domain = json.load(urllib.request.urlopen(urllib.request.Request(
        a.base + "/api/v1/domeinen?pageSize=1", headers={"Authorization": "Bearer " + token}), timeout=10))["resultaten"][0]["id"]
    title = "Zonnepanelen op huurwoningen verhogen de servicekosten onverwacht"
    body = json.dumps({"titel": title, "omschrijving": "Huurders krijgen een naheffing voor zonnepanelen op het dak.",
                       "domein": domain, "aantalBetrokkenen": "2-10", "urgentie": "normaal"}).encode()
    with urllib.request.urlopen(urllib.request.Request(a.base + "/api/v1/signalen", data=body, method="POST", headers={
            "Authorization": "Bearer " + token, "Content-Type": "application/json"}), timeout=10) as response:
        check("A acknowledges the signal", response.status == 201)
    started = time.time()

    def found_on_b():
        query = urllib.parse.urlencode({"tekst": "zonnepanelen huurwoningen servicekosten naheffing"})
        items = json.load(opener.open(b.base + "/signalen/vergelijkbaar?" + query, timeout=10))
        return any(item["titel"] == title for item in items)

    found = wait_for("similar on B", found_on_b, 15)
    check("B's similarity search finds the signal written through A within seconds", bool(found),
          f"not after {time.time() - started:.1f} s")
    if found:
        print(f"      found through B after {time.time() - started:.1f} s", flush=True)

    # Background jobs: run once, taken over after a kill mid-job.
    job = "actie-herinneringen"
    wait_for("first run", lambda: psql(url, f"SELECT runs FROM scheduled_jobs WHERE name = '{job}'") not in ("", "0"), 30)
    locker = subprocess.Popen(["psql", "-X", "-q", "-d", url], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    locker.stdin.write("BEGIN; LOCK TABLE meeting_actions IN ACCESS EXCLUSIVE MODE; SELECT 1;\n")
    locker.stdin.flush()
    time.sleep(0.5)
    psql(url, f"UPDATE scheduled_jobs SET next_run_at = now() - interval '1 second' WHERE name = '{job}'")
    owner = wait_for("claimed", lambda: psql(url, f"SELECT lease_owner FROM scheduled_jobs WHERE name = '{job}' AND lease_owner IS NOT NULL"), 15)
    check("one process claims the due job", bool(owner))
    if not owner:
        locker.kill()
        return finish()
    slot = psql(url, f"SELECT next_run_at FROM scheduled_jobs WHERE name = '{job}'")
    pid = int(owner.split(":")[1])
    victim, survivor = (a, b) if pid == a.process.pid else (b, a)
    check("the claimant is one of the two servers", pid in (a.process.pid, b.process.pid), f"{owner}")
    time.sleep(0.5)  # it is inside the job now, waiting for the lock
    victim.kill()
    locker.stdin.write("ROLLBACK;\n")
    locker.stdin.close()
    locker.wait()
    done = wait_for("taken over", lambda: psql(
        url, f"SELECT owner FROM job_runs WHERE job = '{job}' AND slot_at = '{slot}' AND outcome = 'klaar'"), LEASE_SECONDS + 20)
    runs = psql(url, f"SELECT attempt, owner, outcome FROM job_runs WHERE job = '{job}' AND slot_at = '{slot}' ORDER BY attempt")
    print("      runs of the slot: " + runs.replace("\n", "; "), flush=True)
    lines = [line.split("|") for line in runs.splitlines()]
    check("the other process finished the run after the lease ran out", bool(done) and int(done.split(":")[1]) == survivor.process.pid,
          runs)
    check("the run was finished exactly once", sum(1 for line in lines if line[2] == "klaar") == 1, runs)
    check("the killed attempt is marked as cut off", any(line[1] == owner and line[2] == "mislukt" for line in lines), runs)
    with urllib.request.urlopen(survivor.base + "/health", timeout=5) as response:
        check("the surviving server still answers", response.status == 200)
    return finish()


def finish():
    passed = sum(1 for ok in results if ok)
    print(f"{passed} passed, {len(results) - passed} failed", flush=True)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
