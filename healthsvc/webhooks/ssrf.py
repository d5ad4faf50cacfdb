"""The server-side request forgery guard for subscription URLs.

A subscription URL is an address our servers will POST to, chosen by someone outside. Without a guard it
could point at the cloud metadata service (169.254.169.254), Redis or PostgreSQL on a private address, or
the web process itself. So a URL is refused unless it is http(s) (https only where WEBHOOK_REQUIRE_HTTPS is
on: production), carries no credentials, and *every* address its host resolves to is a public one or inside
an allow-listed network (WEBHOOK_ALLOWED_NETWORKS). Every address, not the first: a name with one public and
one private record would otherwise reach the private one on some connects.

The check runs when a subscription is saved and again before every delivery, and the delivery connects to
an address this check returned (transport.py) instead of resolving the name again: a DNS answer that changes
between check and connect (rebinding) cannot move the request onto a private address.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, 6to4 2002::/16, NAT64 64:ff9b::/96, RFC 6052)
# are judged by that IPv4 address, not by the wrapper.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class UrlRefused(ValueError):
    """The URL may not be used as a webhook address; the message says why, for the integrator."""


@dataclass(frozen=True)
class Target:
    """A checked URL: where to connect (`addresses`, all allowed) and what to ask for there."""

    scheme: str
    host: str  # as written in the URL, without brackets: the TLS name and the Host header
    port: int
    path: str  # path and query, at least "/"
    addresses: tuple[IPAddress, ...]

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"


def parse_networks(values: Iterable[str]) -> tuple[IPNetwork, ...]:
    """CIDR strings (a bare address is a /32 or /128) to networks; raises ValueError for a bad one."""
    return tuple(ipaddress.ip_network(value.strip(), strict=False) for value in values if value.strip())


def system_resolve(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for host (IPv4 and IPv6)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UrlRefused(f"The host {host!r} could not be resolved.") from exc
    return [info[4][0] for info in infos]


def address_refusal(address: IPAddress, allowed: Iterable[IPNetwork] = ()) -> str:
    """Why this address may not be posted to ("" if it may)."""
    judged = address
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            judged = address.ipv4_mapped
        elif address.sixtofour is not None:
            judged = address.sixtofour
        elif address in _NAT64:
            judged = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if any(ip.version == network.version and ip in network for network in allowed for ip in (address, judged)):
        return ""
    if judged.is_loopback:
        return "a loopback address"
    if judged.is_link_local:
        return "a link-local address"
    if judged.is_unspecified or judged.is_multicast or judged.is_reserved:
        return "a reserved address"
    if judged.is_private or not judged.is_global:
        return "a private address"
    return ""


def check_url(
    url: str,
    *,
    require_https: bool,
    allowed_networks: Iterable[IPNetwork] = (),
    resolve: Callable[[str, int], list[str]] = system_resolve,
) -> Target:
    """Parse and resolve `url` and check every address; raises UrlRefused naming the first problem."""
    allowed = tuple(allowed_networks)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UrlRefused("The URL is not valid.") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UrlRefused("Use an https:// URL.")
    if require_https and scheme != "https":
        raise UrlRefused("Use an https:// URL: plain http is not allowed here.")
    if parts.username is not None or parts.password is not None:
        raise UrlRefused("Put no user name or password in the URL; the signature authenticates us.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UrlRefused("The URL has no host.")
    port = port or (443 if scheme == "https" else 80)
    addresses = []
    for raw in dict.fromkeys(resolve(host, port)):
        address = ipaddress.ip_address(raw.split("%", 1)[0])  # drop an IPv6 zone id
        refusal = address_refusal(address, allowed)
        if refusal:
            shown = host if host == str(address) else f"{host} ({address})"
            raise UrlRefused(f"{shown} is {refusal}; webhooks go to public addresses only.")
        addresses.append(address)
    if not addresses:
        raise UrlRefused(f"The host {host!r} could not be resolved.")
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return Target(scheme=scheme, host=host, port=port, path=path, addresses=tuple(addresses))
