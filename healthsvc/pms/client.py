"""A small FHIR R4 client for the patient-management system: Patient read and search, nothing else.

Every call has a connect timeout and a read timeout (urllib3), a cap on the whole answer's time and size,
goes through the circuit breaker, and makes no retry of its own: retries are the link's, kept in the
database with backoff (healthsvc.pms.services), so they survive a worker restart and a lost message.

What a call can raise, and what the caller should do:

* PMSUnavailable: no answer in time, no connection, or 5xx/429/401/403: transient, try again later;
* PMSInvalidResponse: an answer that is not the FHIR asked for (not JSON, a wrong resourceType): the PMS (or
  a proxy before it) is misbehaving: counted as a failure and tried again later;
* PMSNotFound: 404/410: no such Patient;
* PMSRejected: another 4xx: the PMS refuses this request as it is, and will again;
* CircuitOpen (healthsvc.pms.breaker): nothing was sent; try after `retry_at`.
"""

from __future__ import annotations

import functools
import json
import re
import time
from dataclasses import dataclass
from urllib.parse import urlencode

import urllib3
from django.conf import settings

from healthsvc.pms.breaker import CircuitBreaker, CircuitOpen
from healthsvc.pms.metrics import pms_requests_total

# FHIR R4's id type (http://hl7.org/fhir/R4/datatypes.html#id).
FHIR_ID = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")
# A Patient, or a search page of two, is a few kilobytes: anything this large is not what was asked for.
MAX_BODY_BYTES = 1024 * 1024
_CHUNK = 64 * 1024


class PMSError(Exception):
    """A call to the PMS that did not give what was asked for; the message says why, for the link's last_error."""


class PMSUnavailable(PMSError):
    pass


class PMSInvalidResponse(PMSError):
    pass


class PMSNotFound(PMSError):
    pass


class PMSRejected(PMSError):
    pass


# Failures of the PMS itself, which the breaker counts; a 404 or another 4xx is the PMS working as it should.
BREAKER_FAILURES = (PMSUnavailable, PMSInvalidResponse)
_NOT_FOUND = frozenset({404, 410})
_TRANSIENT_4XX = frozenset({401, 403, 408, 429})


@dataclass(frozen=True)
class SearchResult:
    patients: list[dict]  # the Patient resources the search matched (entries with search.mode "match")
    more: bool  # the PMS holds more matches than it returned (a next page, or a larger total)


def pms_enabled() -> bool:
    return bool(settings.PMS_FHIR_BASE_URL)


def pms_breaker() -> CircuitBreaker:
    return CircuitBreaker(
        "pms",
        failure_threshold=settings.PMS_BREAKER_FAILURES,
        cooldown_seconds=settings.PMS_BREAKER_COOLDOWN_SECONDS,
        # A trial call takes at most a connect and twice the read timeout (see _read_body); then another may try.
        trial_seconds=settings.PMS_CONNECT_TIMEOUT_SECONDS + 2 * settings.PMS_READ_TIMEOUT_SECONDS + 5,
    )


def pms_client() -> FhirClient:
    """The client for the configured PMS (check pms_enabled() first)."""
    return FhirClient(
        settings.PMS_FHIR_BASE_URL,
        connect_timeout=settings.PMS_CONNECT_TIMEOUT_SECONDS,
        read_timeout=settings.PMS_READ_TIMEOUT_SECONDS,
        authorization=settings.PMS_FHIR_AUTHORIZATION,
        breaker=pms_breaker(),
    )


@functools.cache
def _pool() -> urllib3.PoolManager:
    # Built on first use, so a Celery child made by fork builds its own rather than sharing the parent's sockets.
    # No retries and no redirects here: a redirect from a FHIR base URL is a configuration error to surface.
    return urllib3.PoolManager(num_pools=4, maxsize=4, retries=False)


class FhirClient:
    def __init__(
        self,
        base_url: str,
        *,
        connect_timeout: float,
        read_timeout: float,
        breaker: CircuitBreaker,
        authorization: str = "",
    ):
        self.base_url = base_url.rstrip("/")
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.breaker = breaker
        self.headers = {"Accept": "application/fhir+json"}
        if authorization:
            self.headers["Authorization"] = authorization

    def patient_read(self, patient_id: str) -> dict:
        """GET [base]/Patient/{id}: the Patient resource."""
        if not FHIR_ID.match(patient_id):
            raise PMSRejected(f"{patient_id!r} is not a FHIR id")
        return self._call("read", f"Patient/{patient_id}", {}, self._patient_of(patient_id))

    def patient_search(self, params: dict[str, str]) -> SearchResult:
        """GET [base]/Patient?params: the matching Patients (a page of two is enough to tell one from many)."""
        return self._call("search", "Patient", {**params, "_count": "2"}, self._search_result)

    def _call(self, operation: str, path: str, params: dict, parse):
        try:
            self.breaker.before_call()
        except CircuitOpen:
            pms_requests_total.labels(operation=operation, outcome="circuit_open").inc()
            raise
        try:
            result = parse(self._get_json(path, params))
        except BREAKER_FAILURES as exc:
            self.breaker.record_failure()
            outcome = "invalid" if isinstance(exc, PMSInvalidResponse) else "unavailable"
            pms_requests_total.labels(operation=operation, outcome=outcome).inc()
            raise
        except PMSError as exc:
            self.breaker.record_success()  # the PMS answered as a working server does
            outcome = "not_found" if isinstance(exc, PMSNotFound) else "rejected"
            pms_requests_total.labels(operation=operation, outcome=outcome).inc()
            raise
        self.breaker.record_success()
        pms_requests_total.labels(operation=operation, outcome="ok").inc()
        return result

    def _get_json(self, path: str, params: dict):
        url = f"{self.base_url}/{path}" + (f"?{urlencode(params)}" if params else "")
        timeout = urllib3.Timeout(connect=self.connect_timeout, read=self.read_timeout)
        started = time.monotonic()
        try:
            response = _pool().request(
                "GET", url, headers=self.headers, timeout=timeout, redirect=False, preload_content=False
            )
            try:
                _raise_for_status(response.status)
                body = self._read_body(response, started)
            finally:
                response.close()  # never back to the pool half read: the next call would read this one's rest
        except urllib3.exceptions.NewConnectionError as exc:
            raise PMSUnavailable(f"cannot connect to the PMS ({_reason(exc)})") from exc
        except urllib3.exceptions.ConnectTimeoutError as exc:
            raise PMSUnavailable(f"no connection to the PMS within {self.connect_timeout:g} s") from exc
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError) as exc:
            raise PMSUnavailable(f"no answer from the PMS within {self.read_timeout:g} s (read timeout)") from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise PMSUnavailable(f"the connection to the PMS failed ({_reason(exc)})") from exc
        content_type = response.headers.get("Content-Type", "none")
        try:
            return json.loads(body)
        except ValueError as exc:  # JSONDecodeError, and UnicodeDecodeError for bytes that are not UTF-8
            raise PMSInvalidResponse(
                f"the PMS answered something that is not JSON (Content-Type {content_type}, {len(body)} bytes)"
            ) from exc

    def _read_body(self, response, started: float) -> bytes:
        # The read timeout bounds each wait for data; this bounds the whole answer too, so a server that sends a
        # byte at a time cannot hold a worker: at most connect + twice the read timeout in all.
        deadline = started + self.connect_timeout + self.read_timeout
        chunks, size = [], 0
        while chunk := response.read1(_CHUNK):
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise PMSInvalidResponse(f"the PMS's answer is larger than {MAX_BODY_BYTES} bytes")
            if time.monotonic() > deadline:
                raise TimeoutError("the whole answer took too long")
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _patient_of(patient_id: str):
        def parse(resource) -> dict:
            _expect(resource, "Patient")
            if resource.get("id") != patient_id:
                raise PMSInvalidResponse(
                    f"asked for Patient/{patient_id}, the PMS answered Patient/{resource.get('id')}"
                )
            return resource

        return parse

    @staticmethod
    def _search_result(bundle) -> SearchResult:
        _expect(bundle, "Bundle")
        entries = bundle.get("entry", [])
        if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
            raise PMSInvalidResponse("the PMS's search Bundle has a malformed entry list")
        patients = []
        for entry in entries:
            search = entry.get("search")
            if isinstance(search, dict) and search.get("mode", "match") != "match":
                continue  # an OperationOutcome or an included resource, not a hit
            resource = entry.get("resource")
            _expect(resource, "Patient")
            if not isinstance(resource.get("id"), str) or not FHIR_ID.match(resource["id"]):
                raise PMSInvalidResponse("the PMS's search Bundle holds a Patient without a valid id")
            patients.append(resource)
        links = bundle.get("link") if isinstance(bundle.get("link"), list) else []
        has_next = any(isinstance(link, dict) and link.get("relation") == "next" for link in links)
        total = bundle.get("total")
        more = has_next or (isinstance(total, int) and total > len(patients))
        return SearchResult(patients=patients, more=more)


def _expect(resource, resource_type: str) -> None:
    if not isinstance(resource, dict):
        raise PMSInvalidResponse(f"expected a FHIR {resource_type}, the PMS answered a JSON {type(resource).__name__}")
    if resource.get("resourceType") != resource_type:
        got = str(resource.get("resourceType"))[:40]
        raise PMSInvalidResponse(f"expected a FHIR {resource_type}, the PMS answered resourceType {got!r}")


def _raise_for_status(status: int) -> None:
    if status == 200:
        return
    if status in _NOT_FOUND:
        raise PMSNotFound(f"the PMS answered {status}: no such resource")
    if 400 <= status < 500 and status not in _TRANSIENT_4XX:
        raise PMSRejected(f"the PMS refused the request ({status})")
    raise PMSUnavailable(f"the PMS answered {status}")


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc.__context__ or exc
    return type(reason).__name__ if not str(reason) else f"{type(reason).__name__}: {str(reason)[:120]}"
