#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""Crash safety: every acknowledged write survives a SIGKILL of the server.

Starts the server on a fresh demo database, writes signals through the API from a few client threads that record every
acknowledged (201) signal with the title they sent, kills the server with SIGKILL at a random moment, restarts it,
and repeats. At the end every acknowledged signal must be there with its title, and SQLite's integrity_check must say
ok. With --database-url the same runs against PostgreSQL, and --restart-postgres also restarts PostgreSQL once under
load and checks that the server recovers without a restart of its own.

Usage: scripts/crash-test.py --binary .build/debug/lemniscaat [--kills 50] [--database-url postgres://…] [--restart-postgres]
Ends with "N passed, N failed".
"""
import argparse
import atexit
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary, env, port, log):
        self.binary, self.env, self.port, self.log = binary, env, port, log
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port)], env=self.env, stdout=self.log, stderr=self.log)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=1) as response:
                    if response.status == 200:
                        return
            except Exception:
                time.sleep(0.05)
        raise SystemExit("the server did not become healthy within 60 s")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


class Writers:
    """Client threads posting signals; `acknowledged` holds id → title for every 201."""

    def __init__(self, base, token, domain, threads=4):
        self.base, self.token, self.domain = base, token, domain
        self.acknowledged = {}
        self.lock = threading.Lock()
        self.running = threading.Event()
        self.threads = [threading.Thread(target=self.loop, args=(n,), daemon=True) for n in range(threads)]
        self.counter = 0
        self.errors_while_up = 0

    def loop(self, number):
        while True:
            self.running.wait()
            with self.lock:
                self.counter += 1
                serial = self.counter
            title = f"Crashtest {number}-{serial}: wachttijd bijzondere bijstand"
            body = json.dumps({"titel": title, "omschrijving": "Cliënten wachten te lang op een besluit.", "domein": self.domain,
                               "aantalBetrokkenen": "2-10", "urgentie": "normaal"}).encode()
            request = urllib.request.Request(self.base + "/api/v1/signalen", data=body, method="POST",
                                             headers={"Authorization": "Bearer " + self.token, "Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    if response.status == 201:
                        answer = json.load(response)
                        with self.lock:
                            self.acknowledged[answer["id"]] = title
            except Exception:
                time.sleep(0.02)  # the server is down or restarting: not acknowledged, so not counted

    def start(self):
        for thread in self.threads:
            thread.start()


def api(base, token, path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def restart_postgres(database_url):
    # pg_ctlcluster reports failure when a client's connection attempt during start-up leaves a FATAL line in the
    # log ("the database system is starting up"), although the cluster came up; so judge by readiness instead.
    result = subprocess.run(["pg_ctlcluster", "15", "main", "restart"], capture_output=True, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        if subprocess.run(["pg_isready", "-q", "-d", database_url]).returncode == 0:
            return
        time.sleep(0.5)
    print(result.stdout + result.stderr, file=sys.stderr)
    raise SystemExit("PostgreSQL did not come back within 60 s after its restart")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/lemniscaat")
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--database-url")
    parser.add_argument("--restart-postgres", action="store_true")
    args = parser.parse_args()
    random.seed(20261124)
    data = tempfile.mkdtemp(prefix="lemniscaat-crash-")
    env = dict(os.environ, LEMNISCAAT_DATA_DIR=data, LOG_LEVEL="error")
    env.pop("DATABASE_URL", None)
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    subprocess.run([args.binary, "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    token = subprocess.run([args.binary, "token", "create", "--user", "uitvoerder@demo.test", "--name", "crash"], env=env, check=True,
                           capture_output=True, text=True).stdout.strip()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(os.path.join(data, "server.log"), "ab")
    server = Server(args.binary, env, port, log)
    server.start()
    # A run that stops early (an exception, PostgreSQL not coming back) must not leave its server holding the database.
    atexit.register(server.kill)
    domain = api(base, token, "/api/v1/domeinen?pageSize=1")["resultaten"][0]["id"]
    writers = Writers(base, token, domain)
    writers.start()
    checks = []

    def check(name, ok, detail=""):
        checks.append(ok)
        print(f"{'PASS' if ok else 'FAIL'}  {name}{'  — ' + detail if detail and not ok else ''}", flush=True)

    started = time.time()
    for kill in range(1, args.kills + 1):
        writers.running.set()
        time.sleep(random.uniform(0.05, 0.6))
        server.kill()
        writers.running.clear()
        server.start()
        if kill % 10 == 0:
            print(f"      {kill} kills, {len(writers.acknowledged)} acknowledged", flush=True)
    if args.restart_postgres:
        writers.running.set()
        time.sleep(1)
        restart_postgres(args.database_url)
        before = len(writers.acknowledged)
        time.sleep(3)
        writers.running.clear()
        health = urllib.request.urlopen(base + "/health", timeout=5).status
        check("after a PostgreSQL restart the server answers /health without its own restart", health == 200)
        check("and keeps acknowledging writes", len(writers.acknowledged) > before, f"{before} → {len(writers.acknowledged)}")
    writers.running.clear()
    time.sleep(0.5)

    # every acknowledged signal is there, intact
    stored = {}
    page = 1
    while True:
        answer = api(base, token, f"/api/v1/signalen?page={page}&pageSize=100&tekst=Crashtest")
        for item in answer["resultaten"]:
            stored[item["id"]] = item["titel"]
        if "next" not in answer["_links"]:
            break
        page += 1
    lost = [id for id in writers.acknowledged if id not in stored]
    changed = [id for id, title in writers.acknowledged.items() if id in stored and stored[id] != title]
    print(f"      {args.kills} kills in {time.time() - started:.0f} s; {len(writers.acknowledged)} acknowledged, {len(stored)} stored")
    check(f"{args.kills} kills: every acknowledged signal is stored", not lost, f"{len(lost)} lost")
    check("every stored signal is intact", not changed, f"{len(changed)} changed")
    check("at least one write was acknowledged per kill on average", len(writers.acknowledged) >= args.kills)
    server.kill()
    if not args.database_url:
        database = sqlite3.connect(os.path.join(data, "lemniscaat.sqlite"))
        result = database.execute("PRAGMA integrity_check").fetchone()[0]
        check("SQLite integrity_check", result == "ok", result)
    verify = subprocess.run([args.binary, "audit", "verify"], env=env, capture_output=True, text=True)
    check("the audit chain is whole after the kills", verify.returncode == 0, verify.stdout[-300:] + verify.stderr[-300:])
    failed = checks.count(False)
    print(f"{len(checks) - failed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
