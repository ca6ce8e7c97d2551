# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""A real SMTP server on loopback for the Swift tests: aiosmtpd, writing each message it accepts to a folder.

Usage: capture.py PORT FOLDER   (prints "ready" when it listens; stops on SIGTERM or when stdin closes)
"""
import pathlib
import sys
import time
import uuid

from aiosmtpd.controller import Controller


class Capture:
    def __init__(self, folder: pathlib.Path):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        name = self.folder / f"{time.time_ns()}-{uuid.uuid4().hex}.eml"
        recipients = ",".join(envelope.rcpt_tos)
        name.write_bytes(f"X-Envelope-To: {recipients}\r\n".encode() + envelope.original_content)
        return "250 Message accepted"


def main() -> None:
    port = int(sys.argv[1])
    folder = pathlib.Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    controller = Controller(Capture(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()  # the test closes stdin (or is killed) to stop the server
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
