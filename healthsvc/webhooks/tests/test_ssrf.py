"""The SSRF guard: every resolved address is judged, private ones refused unless allow-listed."""

from __future__ import annotations

import ipaddress

import pytest

from healthsvc.webhooks.ssrf import UrlRefused, address_refusal, check_url, parse_networks


def check(url: str, *, require_https: bool = False, allowed=(), resolve=None):
    kwargs = {"resolve": resolve} if resolve is not None else {}
    return check_url(url, require_https=require_https, allowed_networks=parse_networks(allowed), **kwargs)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1/hook", "loopback"),
        ("http://127.9.9.9:8080/hook", "loopback"),
        ("http://[::1]/hook", "loopback"),
        ("http://10.1.2.3/hook", "private"),
        ("http://172.16.0.1/hook", "private"),
        ("http://192.168.1.1/hook", "private"),
        ("http://100.64.0.1/hook", "private"),  # carrier-grade NAT: not global
        ("http://169.254.169.254/latest/meta-data/", "link-local"),  # the cloud metadata service
        ("http://[fe80::1]/hook", "link-local"),
        ("http://[fc00::1]/hook", "private"),
        ("http://0.0.0.0/hook", "reserved"),
        ("http://[::ffff:10.0.0.1]/hook", "private"),  # IPv4-mapped IPv6
        ("http://[::ffff:127.0.0.1]/hook", "loopback"),
        ("http://[2002:a00:1::1]/hook", "private"),  # 6to4 around 10.0.0.1
        ("http://[64:ff9b::a9fe:a9fe]/hook", "link-local"),  # NAT64 around 169.254.169.254
        ("http://224.0.0.1/hook", "reserved"),  # multicast
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(url, why):
    with pytest.raises(UrlRefused, match=why):
        check(url)


def test_a_name_resolving_to_loopback_is_refused():
    with pytest.raises(UrlRefused, match=r"localhost \((127\.0\.0\.1|::1)\) is a loopback address"):
        check("http://localhost:8000/hook")  # the real resolver


def test_a_number_that_the_resolver_reads_as_loopback_is_refused():
    with pytest.raises(UrlRefused, match="loopback"):
        check("http://2130706433/hook")  # 127.0.0.1 written as one number


def test_every_resolved_address_is_checked_not_only_the_first():
    # DNS is outside this system: a resolver standing in for one that answers a public and a private record.
    def resolver(host, port):
        assert (host, port) == ("hooks.example.org", 443)
        return ["93.184.216.34", "10.0.0.7"]

    with pytest.raises(UrlRefused, match=r"hooks\.example\.org \(10\.0\.0\.7\) is a private address"):
        check("https://hooks.example.org/x", resolve=resolver)


def test_a_public_address_passes_with_what_to_connect_to():
    target = check("https://93.184.216.34:8443/in/hook?tenant=7")
    assert target.addresses == (ipaddress.ip_address("93.184.216.34"),)
    assert (target.scheme, target.host, target.port) == ("https", "93.184.216.34", 8443)
    assert target.path == "/in/hook?tenant=7"
    assert target.host_header == "93.184.216.34:8443"


def test_a_public_name_is_pinned_to_its_checked_addresses():
    target = check("https://hooks.example.org/x", resolve=lambda host, port: ["2001:db8::1", "93.184.216.34"][1:])
    assert target.addresses == (ipaddress.ip_address("93.184.216.34"),)
    assert target.host == "hooks.example.org" and target.host_header == "hooks.example.org"


def test_the_allow_list_admits_its_networks_only():
    assert check("http://127.0.0.1:9/hook", allowed=["127.0.0.1/32"]).port == 9
    assert check("http://10.1.2.3/hook", allowed=["10.1.0.0/16"]).addresses == (ipaddress.ip_address("10.1.2.3"),)
    with pytest.raises(UrlRefused, match="private"):
        check("http://10.2.0.1/hook", allowed=["10.1.0.0/16"])
    with pytest.raises(UrlRefused, match="loopback"):
        check("http://[::1]/hook", allowed=["127.0.0.1/32"])
    assert address_refusal(ipaddress.ip_address("::ffff:10.1.0.5"), parse_networks(["10.1.0.0/16"])) == ""


def test_https_is_required_where_configured():
    with pytest.raises(UrlRefused, match="https"):
        check("http://93.184.216.34/hook", require_https=True)
    assert check("https://93.184.216.34/hook", require_https=True).port == 443


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("ftp://93.184.216.34/hook", "https://"),
        ("file:///etc/passwd", "https://"),
        ("https://user:pass@93.184.216.34/hook", "password"),
        ("https:///hook", "no host"),
        ("https://93.184.216.34:99999/hook", "not valid"),
        ("https://no-such-host.invalid/hook", "could not be resolved"),
    ],
)
def test_other_urls_are_refused_with_a_reason(url, why):
    with pytest.raises(UrlRefused, match=why):
        check(url)


def test_ipv6_hosts_keep_their_brackets_in_the_host_header():
    target = check("http://[::1]:8080/", allowed=["::1/128"])
    assert target.host == "::1" and target.host_header == "[::1]:8080" and target.path == "/"
