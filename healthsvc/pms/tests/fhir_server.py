"""A real HTTP server that speaks FHIR R4 Patient read and search, and can be told to misbehave.

It stands in for the hospital's patient-management system (not for any part of ours): http.server in a
thread of the test process, on a free port of 127.0.0.1. `mode` picks its behaviour for every request:

* ok: read (`GET /fhir/Patient/{id}`) and search (`GET /fhir/Patient?identifier=&family=&given=&birthdate=`);
* slow: the same answers, after `slow_seconds` (set it past the client's read timeout);
* error: 500 with an OperationOutcome;
* not_json: 200 with an HTML page (a proxy's error page);
* wrong_type: 200 with valid FHIR JSON of the wrong resourceType.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PREFIX = "/fhir"


class FakePMS:
    def __init__(self):
        self.patients: dict[str, dict] = {}
        self.mode = "ok"
        self.slow_seconds = 2.0
        self.requests: list[dict] = []  # {"path", "query", "headers"} of each request, in order
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{PREFIX}"

    def start(self) -> FakePMS:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def calls(self) -> int:
        with self._lock:
            return len(self.requests)

    def add_patient(self, patient_id: str, *, family: str, given: str, birth_date: str, identifier: str = "") -> dict:
        patient = {
            "resourceType": "Patient",
            "id": patient_id,
            "meta": {"versionId": "1", "lastUpdated": "2026-11-30T09:00:00Z"},
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.2.1.4.1", "value": identifier or f"MRN-{patient_id}"}],
            "active": True,
            "name": [{"use": "official", "family": family, "given": [given]}],
            "telecom": [{"system": "phone", "value": "+44 20 7946 0000", "use": "home"}],
            "gender": "female",
            "birthDate": birth_date,
            "address": [{"line": ["1 Hospital Road"], "city": "Leeds", "postalCode": "LS1 3EX"}],
            # Something clinical the link must not keep.
            "generalPractitioner": [{"reference": "Practitioner/gp-1"}],
        }
        self.patients[patient_id] = patient
        return patient

    # --- answers ---------------------------------------------------------------------------------------

    def answer(self, path: str, query: dict[str, list[str]]) -> tuple[int, str, bytes]:
        if self.mode == "slow":
            time.sleep(self.slow_seconds)
        elif self.mode == "error":
            return 500, "application/fhir+json", _json(_outcome("exception", "database unavailable"))
        elif self.mode == "not_json":
            return 200, "text/html", b"<html><body><h1>502 Bad Gateway</h1></body></html>"
        elif self.mode == "wrong_type":
            return 200, "application/fhir+json", _json({"resourceType": "Observation", "id": "obs-1"})
        if path == f"{PREFIX}/Patient":
            return 200, "application/fhir+json", _json(self._search(query))
        if path.startswith(f"{PREFIX}/Patient/"):
            patient = self.patients.get(path.rsplit("/", 1)[1])
            if patient is None:
                return 404, "application/fhir+json", _json(_outcome("not-found", "no such Patient"))
            return 200, "application/fhir+json", _json(patient)
        return 404, "application/fhir+json", _json(_outcome("not-supported", "unknown path"))

    def _search(self, query: dict[str, list[str]]) -> dict:
        def wanted(patient: dict) -> bool:
            name = patient["name"][0]
            checks = {
                # FHIR string search: case-insensitive, matching the start of the value.
                "family": lambda v: name["family"].lower().startswith(v.lower()),
                "given": lambda v: any(g.lower().startswith(v.lower()) for g in name["given"]),
                "birthdate": lambda v: patient["birthDate"] == v,
                "identifier": lambda v: any(
                    (f"{i['system']}|{i['value']}" if "|" in v else i["value"]) == v for i in patient["identifier"]
                ),
            }
            return all(checks[key](values[0]) for key, values in query.items() if key in checks)

        hits = [patient for patient in self.patients.values() if wanted(patient)]
        count = int(query.get("_count", ["10"])[0])
        bundle = {
            "resourceType": "Bundle",
            "type": "searchset",
            "total": len(hits),
            "entry": [{"resource": patient, "search": {"mode": "match"}} for patient in hits[:count]],
        }
        if len(hits) > count:
            bundle["link"] = [{"relation": "next", "url": f"{self.base_url}/Patient?page=2"}]
        return bundle

    def _handler_class(self):
        pms = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                with pms._lock:
                    pms.requests.append({"path": parts.path, "query": query, "headers": dict(self.headers)})
                status, content_type, body = pms.answer(parts.path, query)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its timeout): as a real server, carry on

            def log_message(self, *args):
                pass

        return Handler


def _json(resource: dict) -> bytes:
    return json.dumps(resource).encode()


def _outcome(code: str, text: str) -> dict:
    return {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": code, "diagnostics": text}]}
