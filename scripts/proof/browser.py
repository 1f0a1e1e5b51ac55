"""A small browser: keeps cookies, reads the comment form from the page and sends it back.

It sends every input the form carries (hidden ones included: csrfmiddlewaretoken when present,
the signed timestamp, anything added later), so it keeps working however the form carries its
CSRF token. Each browser connects from its own loopback address (127.0.0.N), as distinct
visitors would; the site sees that address as REMOTE_ADDR, which is what its rate limit counts.
"""

import http.client
import time
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit


class CommentFormParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.action = None
        self.fields: dict[str, str] = {}
        self._in_form = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("action") or "").startswith("/comments/"):
            self.action, self._in_form = attrs["action"], True
        elif self._in_form and tag in {"input", "textarea", "select"} and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.fields[attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False


class Response:
    def __init__(self, status: int, headers: dict, body: bytes, seconds: float):
        self.status, self.headers, self.body, self.seconds = status, headers, body, seconds


class Browser:
    def __init__(self, port: int, source_ip: str, timeout: float = 15):
        self.port, self.source_ip, self.timeout = port, source_ip, timeout
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: dict | None = None) -> Response:
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=self.timeout, source_address=(self.source_ip, 0)
        )
        headers = {
            "Host": f"127.0.0.1:{self.port}",
            "User-Agent": "wellness-proof/1.0",
            "Connection": "close",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = urlencode(body).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = headers["Referer"] = f"http://127.0.0.1:{self.port}"
        started = time.monotonic()
        try:
            connection.request(method, path, body=data, headers=headers)
            raw = connection.getresponse()
            payload = raw.read()
            for header in raw.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    if morsel["max-age"] == "0" or not morsel.value:
                        self.cookies.pop(name, None)
                    else:
                        self.cookies[name] = morsel.value
            return Response(raw.status, dict(raw.headers), payload, time.monotonic() - started)
        finally:
            connection.close()

    def comment_form(self, page_path: str) -> tuple[Response, str | None, dict]:
        page = self.request("GET", page_path)
        parser = CommentFormParser()
        if page.status == 200:
            parser.feed(page.body.decode("utf-8", "replace"))
        return page, parser.action, parser.fields

    def post_comment(self, page_path: str, body: str, name: str, email: str):
        """GET the page, fill the form like a person, POST it. Returns (page, post) responses."""
        page, action, fields = self.comment_form(page_path)
        if action is None:
            return page, None
        fields.update(name=name, email=email, body=body, consent="on", homepage="")
        return page, self.request("POST", action, fields)


def comment_id(location: str) -> int | None:
    fragment = urlsplit(location).fragment
    return int(fragment.removeprefix("comment-")) if fragment.startswith("comment-") else None
