"""A reader's requests: one fresh connection each, from a chosen loopback address, no cookie jar.

Each request opens its own connection (`Connection: close`), so nothing is reused between
requests or servers. The source address is bound to 127.0.0.N: the site sees it as REMOTE_ADDR,
which is what the comment rate limit and the admin lockout count, so tests that count use an
address of their own. (`http.client` is what `urllib.request` uses underneath; it is used
directly because only it can bind the source address.)
"""

import http.client
import re
import time
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode

WITHIN_SECONDS = 1.0  # "a change reaches every reader within one second"
POLL_PAUSE = 0.05
TIMEOUT = 15
LOGIN = "/admin/login/"


@dataclass
class Response:
    server: str
    status: int
    headers: http.client.HTTPMessage
    text: str
    cookies: dict = field(default_factory=dict)

    @property
    def x_cache(self) -> str | None:
        return self.headers.get("X-Cache")

    def shows(self, *texts: str) -> bool:
        """A 200 page with every one of `texts` in it (as HTML escapes them, or not)."""
        return self.status == 200 and all(contains(self.text, t) for t in texts)

    def lacks(self, *texts: str) -> bool:
        return not any(contains(self.text, t) for t in texts)

    def summary(self) -> str:
        location = self.headers.get("Location")
        return (
            f"{self.server}: HTTP {self.status}"
            + (f", X-Cache {self.x_cache}" if self.x_cache else "")
            + (f", Location {location}" if location else "")
            + f", <title>{title_of(self.text)}</title>"
        )


def contains(html: str, text: str) -> bool:
    return text in html or text in unescape(html)


def title_of(html: str) -> str:
    found = re.search(r"<title>(.*?)</title>", html, re.S)
    return " ".join(unescape(found.group(1)).split())[:80] if found else "(none)"


def request(
    server_name: str,
    port: int,
    method: str,
    path: str,
    *,
    ip: str = "127.0.0.1",
    form: dict | None = None,
    headers: dict | None = None,
) -> Response:
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=TIMEOUT, source_address=(ip, 0)
    )
    sent = {"Host": f"127.0.0.1:{port}", "User-Agent": "crossprocess-reader", "Connection": "close"}
    body = None
    if form is not None:
        body = urlencode(form).encode()
        sent["Content-Type"] = "application/x-www-form-urlencoded"
    sent.update(headers or {})
    try:
        connection.request(method, path, body=body, headers=sent)
        raw = connection.getresponse()
        payload = raw.read()
    finally:
        connection.close()
    cookies = {}
    for header in raw.headers.get_all("Set-Cookie") or []:
        for name, morsel in SimpleCookie(header).items():
            cookies[name] = morsel.value
    return Response(
        server_name, raw.status, raw.headers, payload.decode("utf-8", "replace"), cookies
    )


class FormParser(HTMLParser):
    """The inputs of the first form whose action starts with `action_prefix` (or any form)."""

    def __init__(self, action_prefix: str = ""):
        super().__init__()
        self.prefix = action_prefix
        self.action: str | None = None
        self.fields: dict[str, str] = {}
        self._inside = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and self.action is None:
            action = attrs.get("action") or ""
            if action.startswith(self.prefix):
                self.action, self._inside = action, True
        elif self._inside and tag in ("input", "textarea", "select") and attrs.get("name"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields[attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._inside = False


def read_form(html: str, action_prefix: str = "") -> tuple[str | None, dict]:
    parser = FormParser(action_prefix)
    parser.feed(html)
    return parser.action, parser.fields


def log_in(server, username: str, password: str, ip: str) -> Response:
    """An editor signing in to the admin: GET the login form, POST it with its CSRF token and
    cookie. A 302 signs in (its cookies are the session), 200 is a refusal, 429 a lockout."""
    form_page = server.get(LOGIN, ip=ip)
    _, fields = read_form(form_page.text)
    token = form_page.cookies.get("csrftoken")
    assert token and "csrfmiddlewaretoken" in fields, form_page.summary()
    fields.update(username=username, password=password)
    return server.post(LOGIN, fields, ip=ip, headers={"Cookie": f"csrftoken={token}"})


def every_reader(deployment, path: str, condition, what: str) -> list[Response]:
    """Poll both servers until `condition` holds on both, and still holds on a second look, for
    up to WITHIN_SECONDS after the deployment's last change returned; fails saying what each
    server answered last."""
    deadline = (deployment.changed_at or time.monotonic()) + WITHIN_SECONDS
    while True:
        seen = [server.get(path) for server in deployment.servers]
        if all(condition(response) for response in seen):
            again = [server.get(path) for server in deployment.servers]
            assert all(condition(response) for response in again), (
                f"{what} on {path}, then not any more ({deployment.name}):\n"
                + "\n".join(response.summary() for response in again)
            )
            return again
        if time.monotonic() >= deadline:
            raise AssertionError(
                f"Not every reader saw that {what} on {path} within {WITHIN_SECONDS} s "
                f"of the change ({deployment.name}):\n"
                + "\n".join(
                    ("   ok " if condition(response) else "STALE ") + response.summary()
                    for response in seen
                )
            )
        time.sleep(POLL_PAUSE)


def cached_everywhere(deployment, path: str, condition, what: str) -> None:
    """Before a change: both servers show `path` as `condition` says, from their page cache
    when it is on (a second request is a hit), so a stale copy would be there to serve."""
    for server in deployment.servers:
        first, second = server.get(path), server.get(path)
        for response in (first, second):
            assert condition(response), (
                f"Before the change, {what} should hold on {path}:\n{response.summary()}"
            )
        if deployment.page_cache:
            assert second.x_cache == "hit", (
                f"Before the change, {server.name} should serve {path} from its page cache:\n"
                f"{second.summary()}"
            )
