"""The signature header, checked against an HMAC computed here by hand (as docs/webhooks.md tells receivers)."""

from __future__ import annotations

import hashlib
import hmac

from healthsvc.webhooks.signing import signature_header, signature_valid

SECRET = "whsec_" + "s" * 30
BODY = b'{"id":"0b6c","type":"booking.called"}'


def test_the_header_is_a_timestamp_and_the_hmac_of_timestamp_dot_body():
    expected = hmac.new(SECRET.encode(), b"1700000000." + BODY, hashlib.sha256).hexdigest()
    assert signature_header(SECRET, 1700000000, BODY) == f"t=1700000000,v1={expected}"


def test_a_receiver_accepts_only_the_right_secret_body_and_a_recent_time():
    header = signature_header(SECRET, 1700000000, BODY)
    assert signature_valid(SECRET, header, BODY, now=1700000000 + 299)
    assert not signature_valid("whsec_" + "t" * 30, header, BODY, now=1700000000)
    assert not signature_valid(SECRET, header, BODY.replace(b"called", b"expired"), now=1700000000)
    assert not signature_valid(SECRET, header, BODY, now=1700000000 + 301)  # replayed later
    assert not signature_valid(SECRET, header.replace("t=1700000000", "t=1700000100"), BODY, now=1700000100)
    assert not signature_valid(SECRET, "v1=abc", BODY, now=1700000000)
    assert not signature_valid(SECRET, "", BODY, now=1700000000)


def test_any_of_several_v1_signatures_may_match():
    good = signature_header(SECRET, 1700000000, BODY).split(",")[1]
    assert signature_valid(SECRET, f"t=1700000000,v1={'0' * 64},{good}", BODY, now=1700000000)
