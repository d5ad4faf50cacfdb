"""The FHIR R4 face of healthsvc: read (and `$book`) over the same selectors and services as the REST API.

Like `healthsvc/urls.py`, this package is wiring: it names the domain apps, calls their selectors and
services for every read and write, and only translates their objects into FHIR resources. No rule about who
may see what, or about booking, lives here (docs/fhir.md).

* `http.py`: content types, token authentication, content negotiation;
* `search.py`: search parameters (400 for a bad one) and `bundle.py`: Bundle paging;
* `outcome.py`: every error as an OperationOutcome;
* `mapping/`: one module per resource family, each saying how its resources are read and what they contain;
* `capability.py`: the CapabilityStatement, built from the same declarations the views use;
* `views.py`, `urls.py`: the endpoints under /fhir/R4/.
"""
