"""The POST itself, against a real local server: TLS verified for the name while connecting to the checked
address, the next address tried when one refuses, no redirects followed, and a re-check before each send."""

from __future__ import annotations

import ipaddress
import shutil
import ssl
import subprocess

import pytest

from healthsvc.webhooks.models import WebhookDeliveryAttempt
from healthsvc.webhooks.services import delivery_attempt, event_record, url_check
from healthsvc.webhooks.ssrf import Target
from healthsvc.webhooks.transport import post

LOCALHOST = ["127.0.0.1/32", "::1/128"]


@pytest.fixture
def certificate(tmp_path):
    """certificate(name) -> (server TLS context, CA file): a self-signed certificate for that DNS name only."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")

    def _make(name: str):
        key, cert = tmp_path / f"{name}.key", tmp_path / f"{name}.pem"
        ec_key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        names = ["-subj", f"/CN={name}", "-addext", f"subjectAltName=DNS:{name}"]
        files = ["-keyout", str(key), "-out", str(cert), "-days", "1"]
        subprocess.run(["openssl", "req", "-x509", *ec_key, *files, *names], check=True, capture_output=True)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        return context, str(cert)

    return _make


def send(target: Target, ca_certs: str | None = None):
    return post(
        target, b"{}", {"Content-Type": "application/json"}, connect_timeout=1, read_timeout=1, ca_certs=ca_certs
    )


def test_tls_is_verified_for_the_name_while_connecting_to_the_checked_address(receivers, certificate, settings):
    settings.WEBHOOK_REQUIRE_HTTPS = True
    settings.WEBHOOK_ALLOWED_NETWORKS = LOCALHOST
    context, ca_file = certificate("localhost")  # no IP in the certificate: only the name can verify it
    receiver = receivers(tls=context)
    target = url_check(receiver.url(host="localhost"))
    target = Target(**{**target.__dict__, "addresses": (ipaddress.ip_address("127.0.0.1"),)})  # where it listens

    answer = send(target, ca_certs=ca_file)
    assert (answer.status_code, answer.error) == (200, "")
    assert receiver.received[0].headers["Host"] == f"localhost:{receiver.port}"

    unknown_ca = send(target)  # the system's CAs do not know this certificate
    assert unknown_ca.status_code is None and "certificate verify failed" in unknown_ca.error
    assert len(receiver.received) == 1


def test_a_certificate_for_another_name_is_refused(receivers, certificate):
    context, ca_file = certificate("other.test")
    receiver = receivers(tls=context)
    target = Target("https", "localhost", receiver.port, "/", (ipaddress.ip_address("127.0.0.1"),))
    answer = send(target, ca_certs=ca_file)
    assert answer.status_code is None and "doesn't match 'other.test'" in answer.error
    assert receiver.received == []


def test_the_next_checked_address_is_tried_when_one_refuses(receiver):
    # 127.0.0.2 is loopback too, but nothing listens there on this port.
    addresses = (ipaddress.ip_address("127.0.0.2"), ipaddress.ip_address("127.0.0.1"))
    answer = send(Target("http", "hooks.test", receiver.port, "/in", addresses))
    assert answer.status_code == 200
    assert receiver.received[0].headers["Host"] == f"hooks.test:{receiver.port}"


def test_nothing_listening_is_a_failed_attempt_not_an_exception(receiver):
    answer = send(Target("http", "hooks.test", receiver.port, "/", (ipaddress.ip_address("127.0.0.2"),)))
    assert answer.status_code is None and answer.error.startswith("could not connect")


def test_a_redirect_is_not_followed(receiver):
    receiver.answer(302)
    answer = send(Target("http", "127.0.0.1", receiver.port, "/", (ipaddress.ip_address("127.0.0.1"),)))
    assert (answer.status_code, answer.error) == (302, "HTTP 302")
    assert len(receiver.received) == 1


@pytest.mark.django_db
def test_the_address_is_checked_again_before_each_send(
    receiver, subscribe, hook_settings, django_capture_on_commit_callbacks
):
    subscription = subscribe(receiver, "booking.called")
    event = event_record(event_type="booking.called", subject="er_booking:1", data={"booking_id": 1})
    hook_settings.WEBHOOK_ALLOWED_NETWORKS = []  # the allow-list no longer covers it
    assert delivery_attempt(delivery_id=event.deliveries.get(subscription=subscription).pk) == "retry"
    attempt = WebhookDeliveryAttempt.objects.get()
    assert attempt.status_code is None and attempt.error.startswith("refused: 127.0.0.1 is a loopback address")
    assert receiver.received == []
