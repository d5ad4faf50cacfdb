"""An integrator's webhook receiver for the tests: a real HTTP(S) server in a thread of the test process.

It records every POST (headers, body, whether the signature verified with the subscription's secret, when
it arrived) and answers as the test scripts it: a status code, or a sleep past the client's read timeout.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from healthsvc.webhooks.signing import SIGNATURE_HEADER, signature_valid


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    signature_ok: bool
    at: float = field(default_factory=time.monotonic)

    @property
    def payload(self) -> dict:
        return json.loads(self.body)

    @property
    def event_id(self) -> str:
        return self.headers["Healthsvc-Event-Id"]


class Receiver:
    """Answers 200 unless told otherwise: `answer(500, 500)` for the next two requests, `answer(("sleep", 2))`
    to hold the next one for two seconds (then 200, to a client that has usually gone by then)."""

    def __init__(self, secret: str, *, tls: ssl.SSLContext | None = None, host: str = "127.0.0.1"):
        self.secret = secret
        self.received: list[Received] = []
        self._script: deque = deque()
        self._default: object = 200
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                headers = dict(self.headers.items())
                ok = signature_valid(receiver.secret, headers.get(SIGNATURE_HEADER, ""), body, now=time.time())
                with receiver._lock:
                    receiver.received.append(Received(headers=headers, body=body, signature_ok=ok))
                    step = receiver._script.popleft() if receiver._script else receiver._default
                if isinstance(step, tuple) and step[0] == "sleep":
                    time.sleep(step[1])
                    step = 200
                self.send_response(step)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                try:
                    self.wfile.write(b"ok" if step < 300 else b"receiver error")
                except OSError:
                    pass  # the client gave up waiting (a timeout test)

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer((host, 0), Handler)
        self._server.daemon_threads = True
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, host: str = "127.0.0.1", path: str = "/hooks/healthsvc") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def answer(self, *steps, then: object = None) -> None:
        with self._lock:
            self._script.extend(steps)
            if then is not None:
                self._default = then

    def wait_for(self, count: int, timeout: float = 15.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.received) >= count:
                return True
            time.sleep(0.05)
        return len(self.received) >= count

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
