# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Lemniscaat contributors
"""A real OpenID provider on loopback for the Swift tests: oidc-provider-mock (Flask + Authlib), RS256 ID tokens.

Usage: provider.py PORT TOKEN_MAX_AGE   (PORT 0: any free port; prints "ready PORT" when it answers; stops when stdin closes)

The mock cannot itself issue a token for another audience or with a broken signature, so this process adds one thing
in front of its token endpoint: `POST /_test/mode` with `mode=aud|signature|nonce|none` makes the next answers of
`/oauth2/token` carry an ID token whose `aud` (or `nonce`) was changed and re-signed with the provider's own key, or
whose signature has one flipped bit. Everything else is the mock as published.
"""
import base64
import os
import json
import socket
import sys
import threading
import time
from datetime import timedelta

import flask
import werkzeug.serving
from authlib.jose import jwt

os.environ.setdefault("AUTHLIB_INSECURE_TRANSPORT", "1")  # plain http on loopback
import oidc_provider_mock  # noqa: E402

mode = {"value": "none"}


def b64url_decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def rewrite(id_token: str) -> str:
    header_part, payload_part, signature_part = id_token.split(".")
    if mode["value"] == "signature":
        signature = bytearray(b64url_decode(signature_part))
        signature[len(signature) // 2] ^= 0x01
        return f"{header_part}.{payload_part}.{b64url_encode(bytes(signature))}"
    claims = json.loads(b64url_decode(payload_part))
    if mode["value"] == "aud":
        claims["aud"] = "een-andere-toepassing"
    elif mode["value"] == "nonce":
        claims["nonce"] = "een-nonce-van-een-eerdere-aanmelding"
    else:
        return id_token
    key = flask.g.oidc_provider_mock_storage.jwk
    header = json.loads(b64url_decode(header_part))
    return jwt.encode(header, claims, key).decode()


def main() -> None:
    port = int(sys.argv[1])
    max_age = int(sys.argv[2]) if len(sys.argv) > 2 else 3600
    app = oidc_provider_mock.app(access_token_max_age=timedelta(seconds=max_age), require_nonce=True)

    @app.post("/_test/mode")
    def set_mode():
        mode["value"] = flask.request.form.get("mode", "none")
        return "", 204

    @app.after_request
    def change_token(response: flask.Response) -> flask.Response:
        if flask.request.path == "/oauth2/token" and response.status_code == 200 and mode["value"] != "none":
            body = response.get_json()
            if body and "id_token" in body:
                body["id_token"] = rewrite(body["id_token"])
                response.set_data(json.dumps(body))
        return response

    # Port 0: the system picks a free one (a random choice could hit a port in use by an outgoing connection).
    server = werkzeug.serving.make_server("127.0.0.1", port, app, threaded=True)
    port = server.server_port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.05)
    print(f"ready {port}", flush=True)
    try:
        sys.stdin.read()  # the test closes stdin (or is killed) to stop the provider
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
