"""The column link checker against a real HTTP server on 127.0.0.1 (allow_private=true), and
the default policy refusing internal addresses before any connection is made."""

from __future__ import annotations

import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import httpx
import pytest

from intake.linkcheck import LinkPolicy, address_problem, check_url, check_urls
from outbox.links import LinkState
from tests.fixtures.servers import free_port, require_binary

NOW = datetime(2020, 11, 6, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
LOCAL = LinkPolicy(allow_private=True, timeout=1.0, max_redirects=3, max_bytes=64 * 1024)
BIG = 200 * 1024 * 1024


class Site(BaseHTTPRequestHandler):
    """A county's column site, with the faults a real site has."""

    requests: list[tuple[str, str]]  # (path, Host header), shared through the server
    big_written: list[int]

    def log_message(self, *args: object) -> None:  # quiet test output
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.server.requests.append((self.path, self.headers.get("Host", "")))  # type: ignore[attr-defined]
        if self.path == "/zjhdz/":
            page = "<html><head><title>岱岳区职业教育活动周专栏</title></head></html>"
            self._send(200, page.encode("gb2312"), {"Content-Type": "text/html; charset=gb2312"})
        elif self.path == "/old":
            self._send(302, headers={"Location": "/zjhdz/"})
        elif self.path == "/loop":
            self._send(302, headers={"Location": "/loop"})
        elif self.path == "/to-metadata":
            self._send(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        elif self.path == "/to-ftp":
            self._send(301, headers={"Location": "ftp://files.example/"})
        elif self.path == "/slow":
            time.sleep(3)  # longer than the policy's timeout; bounded, the test does not wait
            self._send(200, b"late")
        elif self.path == "/big":
            self._stream_big()
        else:
            self._send(404, b"<title>404 Not Found</title>")

    def _stream_big(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(BIG))
        self.end_headers()
        chunk, written = b"<title>big</title>" + b" " * 65518, 0
        try:
            while written < BIG:
                self.wfile.write(chunk)
                written += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.server.big_written.append(written)  # type: ignore[attr-defined]


@pytest.fixture()
def site() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    server.requests = []  # type: ignore[attr-defined]
    server.big_written = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def url(server: ThreadingHTTPServer, path: str) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


def test_a_working_column_is_reachable_and_its_title_read(site: ThreadingHTTPServer) -> None:
    check = check_url(url(site, "/zjhdz/"), LOCAL, now=NOW)
    assert check.state is LinkState.OK and check.label == "可访问"
    assert check.http_status == 200
    assert check.title == "岱岳区职业教育活动周专栏"  # decoded from GB2312
    assert check.checked_at == NOW


def test_a_missing_page_says_404(site: ThreadingHTTPServer) -> None:
    check = check_url(url(site, "/nothing-here"), LOCAL, now=NOW)
    assert check.state is LinkState.HTTP_ERROR
    assert check.label == "无法访问（404）"


def test_a_redirect_is_followed_and_checked_again(site: ThreadingHTTPServer) -> None:
    check = check_url(url(site, "/old"), LOCAL, now=NOW)
    assert check.state is LinkState.OK
    assert check.final_url == url(site, "/zjhdz/")
    assert [p for p, _ in site.requests] == ["/old", "/zjhdz/"]  # type: ignore[attr-defined]


def test_a_redirect_loop_stops(site: ThreadingHTTPServer) -> None:
    check = check_url(url(site, "/loop"), LOCAL, now=NOW)
    assert check.state is LinkState.TOO_MANY_REDIRECTS and check.label == "重定向过多"
    assert len(site.requests) == LOCAL.max_redirects + 1  # type: ignore[attr-defined]


def test_a_slow_server_times_out(site: ThreadingHTTPServer) -> None:
    check = check_url(url(site, "/slow"), LOCAL, now=NOW)
    assert check.state is LinkState.TIMEOUT and check.label == "超时"


def test_the_body_is_read_only_up_to_the_cap(site: ThreadingHTTPServer) -> None:
    check = check_url(url(site, "/big"), LOCAL, now=NOW)
    assert check.state is LinkState.OK and check.title == "big"
    for _ in range(100):  # the handler notices the closed connection a moment later
        if site.big_written:  # type: ignore[attr-defined]
            break
        time.sleep(0.05)
    assert site.big_written and site.big_written[0] < BIG  # type: ignore[attr-defined]


def test_a_redirect_to_the_metadata_address_is_refused_even_when_private_is_allowed(
    site: ThreadingHTTPServer,
) -> None:
    check = check_url(url(site, "/to-metadata"), LOCAL, now=NOW)
    assert check.state is LinkState.UNSAFE and check.label == "地址不安全（内网地址）"
    assert "169.254.169.254" in check.reason and "link-local" in check.reason
    assert check.final_url == "http://169.254.169.254/latest/meta-data/"


def test_a_redirect_to_another_scheme_is_refused(site: ThreadingHTTPServer) -> None:
    check = check_url(url(site, "/to-ftp"), LOCAL, now=NOW)
    assert check.state is LinkState.SCHEME


def test_a_closed_port_cannot_be_reached() -> None:
    check = check_url(f"http://127.0.0.1:{free_port()}/", LOCAL, now=NOW)
    assert check.state is LinkState.CONNECT and check.label == "无法访问（连接失败）"


# --- the default policy: internal addresses are refused before connecting ----------------


def refuse_connections(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"the checker connected to {request.url}")


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://192.168.1.1:8080/admin",
        "https://[::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
    ],
)
def test_the_default_policy_refuses_internal_addresses_without_connecting(target: str) -> None:
    check = check_url(
        target, LinkPolicy(), now=NOW, transport=httpx.MockTransport(refuse_connections)
    )
    assert check.state is LinkState.UNSAFE, check.reason
    assert check.http_status is None


def test_the_default_policy_refuses_loopback_and_the_server_sees_nothing(
    site: ThreadingHTTPServer,
) -> None:
    for target in (url(site, "/zjhdz/"), url(site, "/zjhdz/").replace("127.0.0.1", "localhost")):
        check = check_url(target, LinkPolicy(), now=NOW)
        assert check.state is LinkState.UNSAFE
    assert site.requests == []  # type: ignore[attr-defined]


def test_a_name_resolving_to_an_internal_address_is_refused() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return {"column.example": ["202.102.128.68", "10.1.2.3"]}[host]

    check = check_url(
        "http://column.example/zjhdz/",
        LinkPolicy(),
        now=NOW,
        resolver=resolver,
        transport=httpx.MockTransport(refuse_connections),
    )
    assert check.state is LinkState.UNSAFE and "10.1.2.3" in check.reason


def test_the_checked_address_is_the_one_connected_to(site: ThreadingHTTPServer) -> None:
    """The name resolves once, here; the request goes to that address with the name in
    the Host header (a name no real DNS knows proves no second lookup happened)."""
    port = site.server_address[1]

    def resolver(host: str, port_: int) -> list[str]:
        assert host == "column.invalid" and port_ == port
        return ["127.0.0.1"]

    check = check_url(f"http://column.invalid:{port}/zjhdz/", LOCAL, now=NOW, resolver=resolver)
    assert check.state is LinkState.OK
    assert site.requests == [("/zjhdz/", f"column.invalid:{port}")]  # type: ignore[attr-defined]


def test_urls_that_are_not_web_addresses() -> None:
    refuse = httpx.MockTransport(refuse_connections)
    for text, state in [
        ("javascript:alert(1)", LinkState.SCHEME),
        ("file:///etc/passwd", LinkState.SCHEME),
        ("www.dyzjzx.com/hdz", LinkState.SCHEME),
        ("http://", LinkState.INVALID),
        ("http://host:99999/", LinkState.INVALID),
    ]:
        check = check_url(text, LinkPolicy(), now=NOW, transport=refuse)
        assert check.state is state, (text, check.reason)


def test_address_rules() -> None:
    assert address_problem("203.0.113.9", allow_private=False) != ""  # documentation range
    assert address_problem("202.102.128.68", allow_private=False) == ""
    assert address_problem("10.0.0.1", allow_private=True) == ""
    assert address_problem("127.0.0.1", allow_private=True) == ""
    assert address_problem("169.254.169.254", allow_private=True) != ""
    assert address_problem("224.0.0.1", allow_private=True) != ""
    assert address_problem("fe80::1", allow_private=True) != ""
    assert address_problem("fd00::1", allow_private=False) != ""


def test_several_urls_are_checked_once_each(site: ThreadingHTTPServer) -> None:
    targets = [url(site, "/zjhdz/"), url(site, "/nothing"), url(site, "/zjhdz/")]
    checks = check_urls(targets, LOCAL, now=NOW)
    assert {u: c.state for u, c in checks.items()} == {
        url(site, "/zjhdz/"): LinkState.OK,
        url(site, "/nothing"): LinkState.HTTP_ERROR,
    }


# --- TLS: the certificate is checked against the URL's name, not the address -------------


def certificate(root: Path, name: str) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    openssl = require_binary("openssl", "/usr/bin/openssl")
    cert, key = root / "cert.pem", root / "key.pem"
    subprocess.run(
        [
            *(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-subj", f"/CN={name}", "-addext", f"subjectAltName=DNS:{name}"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    return server, ssl.create_default_context(cafile=str(cert))


@pytest.fixture()
def tls_site(tmp_path: Path) -> Iterator[tuple[int, ssl.SSLContext]]:
    server_ctx, client_ctx = certificate(tmp_path, "column.invalid")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    server.requests = []  # type: ignore[attr-defined]
    server.big_written = []  # type: ignore[attr-defined]
    server.socket = server_ctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], client_ctx
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.server
def test_https_verifies_the_certificate_against_the_name(
    tls_site: tuple[int, ssl.SSLContext],
) -> None:
    port, trusting = tls_site
    target = f"https://column.invalid:{port}/zjhdz/"

    def resolver(host: str, port_: int) -> list[str]:
        return ["127.0.0.1"]

    check = check_url(
        target, LOCAL, now=NOW, resolver=resolver, transport=httpx.HTTPTransport(verify=trusting)
    )
    assert check.state is LinkState.OK, check.reason
    # the system's trust store does not know this certificate: a TLS failure, not "可访问"
    untrusted = check_url(target, LOCAL, now=NOW, resolver=resolver)
    assert untrusted.state is LinkState.TLS, untrusted.reason


# --- the [links] and [bulletin] sections of the config -------------------------------------


def test_the_config_sections(tmp_path: Path) -> None:
    from intake.config import parse_config
    from intake.errors import ConfigError
    from intake.publish import link_policy
    from tests.intake.helpers import ROOT

    base = (ROOT / "config.toml").read_text(encoding="utf-8")
    default = parse_config(base, base=tmp_path, source="config.toml")
    assert default.links.allow_private is False and default.bulletin.number == ""
    text = base + (
        "\n[links]\nallow_private = true\ntimeout = 3\nmax_redirects = 2\nmax_bytes = 65536\n"
        '\n[bulletin]\nnumber = "泰教职成通〔2020〕1号"\n'
    )
    settings = parse_config(text, base=tmp_path, source="config.toml")
    assert settings.bulletin.number == "泰教职成通〔2020〕1号"

    ctx = SimpleNamespace(settings=settings)  # link_policy reads only the settings
    assert link_policy(ctx) == LinkPolicy(True, 3.0, 2, 65536)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"links\.timeout"):
        parse_config(base + "\n[links]\ntimeout = 0\n", base=tmp_path, source="config.toml")
    with pytest.raises(ConfigError, match=r"links\.allow_internal: unknown key"):
        parse_config(base + "\n[links]\nallow_internal = true\n", base=tmp_path, source="c")
