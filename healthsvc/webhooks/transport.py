"""One POST to a checked address (ssrf.Target), with short timeouts and no redirects.

urllib3 connects to the address the guard approved, not to the host name, while TLS still verifies the
certificate for the host name (server_hostname / assert_hostname) and the Host header names it: the request
cannot be steered to another address between the check and the connect. Redirects are not followed (a 3xx is
a failed attempt): the new location would skip the guard. Only the first bytes of the answer are read.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import urllib3
from urllib3.exceptions import ConnectTimeoutError, HTTPError, NewConnectionError, ReadTimeoutError

from healthsvc.webhooks.ssrf import Target

EXCERPT_BYTES = 1024
# Each costs up to the connect timeout: a few keep an attempt well inside the task's time limit.
MAX_ADDRESSES = 3


@dataclass(frozen=True)
class Answer:
    status_code: int | None  # None when no HTTP answer came
    error: str  # "" for a 2xx
    excerpt: str
    duration_ms: int

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def post(
    target: Target,
    body: bytes,
    headers: dict[str, str],
    *,
    connect_timeout: float,
    read_timeout: float,
    ca_certs: str | None = None,
) -> Answer:
    """POST body to the target. Never raises for the network or the receiver: every failure is an Answer.

    The approved addresses (the first MAX_ADDRESSES) are tried in turn while a connection cannot be made, as a
    browser tries a name's addresses; once the request has been sent, its answer, or the lack of one, is the
    outcome.
    """
    started = time.monotonic()
    error = ""
    for address in target.addresses[:MAX_ADDRESSES]:
        pool = _pool(target, str(address), connect_timeout, read_timeout, ca_certs)
        with pool:
            try:
                response = pool.urlopen(
                    "POST",
                    target.path,
                    body=body,
                    headers={**headers, "Host": target.host_header},
                    redirect=False,
                    retries=False,
                    preload_content=False,
                    assert_same_host=False,
                )
            except NewConnectionError as exc:  # refused, unreachable: the next address may answer
                error = f"could not connect: {exc}"
                continue
            except ConnectTimeoutError as exc:
                error = f"could not connect: timed out ({exc})"
                continue
            except ReadTimeoutError:
                return _failed(f"timed out: no answer within {read_timeout:g} s", started)
            except HTTPError as exc:  # TLS failure, connection dropped mid-request
                return _failed(f"failed: {exc}", started)
            try:
                excerpt = response.read(EXCERPT_BYTES, decode_content=False).decode("utf-8", "replace")
            except (HTTPError, OSError):
                excerpt = ""  # the status is what counts; a body cut short changes nothing
            finally:
                response.release_conn()
        status = response.status
        failure = "" if 200 <= status < 300 else f"HTTP {status}"
        return Answer(status_code=status, error=failure, excerpt=excerpt, duration_ms=_ms_since(started))
    return _failed(error, started)


def _pool(target: Target, address: str, connect_timeout: float, read_timeout: float, ca_certs: str | None):
    timeout = urllib3.Timeout(connect=connect_timeout, read=read_timeout)
    if target.scheme == "https":
        return urllib3.HTTPSConnectionPool(
            address,
            target.port,
            timeout=timeout,
            retries=False,
            maxsize=1,
            cert_reqs="CERT_REQUIRED",
            ca_certs=ca_certs,
            server_hostname=target.host,
            assert_hostname=target.host,
        )
    return urllib3.HTTPConnectionPool(address, target.port, timeout=timeout, retries=False, maxsize=1)


def _failed(error: str, started: float) -> Answer:
    return Answer(status_code=None, error=error[:2000], excerpt="", duration_ms=_ms_since(started))


def _ms_since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
