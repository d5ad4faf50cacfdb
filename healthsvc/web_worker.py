"""The gunicorn worker class of the web server: uvicorn's, without its proxy-header rewriting.

uvicorn trusts X-Forwarded-For from the addresses in FORWARDED_ALLOW_IPS (loopback by default) and would
put the header's client into REMOTE_ADDR. Behind `make run`'s loopback that is anyone's header, and the
spoofed-header bypass of the sign-in limits (issue 12) would be back. The real client address is worked out
in one place, healthsvc.client_ip, from REMOTE_ADDR and TRUSTED_PROXY_COUNT; the server must leave both alone.
"""

from uvicorn_worker import UvicornWorker


class WebWorker(UvicornWorker):
    CONFIG_KWARGS = {**UvicornWorker.CONFIG_KWARGS, "proxy_headers": False, "server_header": False}
