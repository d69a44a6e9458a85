#!/usr/bin/env python3
"""What the chat page costs a phone, first visit and repeat visit, measured against a running server.

It fetches the page as a browser does -- the page, every stylesheet and script it names, every module those scripts
import -- with Accept-Encoding: gzip, and adds up the bytes on the wire (status line, headers and body as sent).
The repeat visit follows HTTP caching as a browser does: a response marked immutable/max-age is used from the cache
without a request; any other is asked again with its validator (If-None-Match / If-Modified-Since), and the 304 (or
the new body) is counted.

    python3 scripts/measure-page-weight.py [http://127.0.0.1:9080] [/chat.html] [--identity]

--identity asks for uncompressed responses (what a client without gzip gets), for comparison.
"""
import http.client
import re
import sys
import urllib.parse

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
ENCODING = "identity" if "--identity" in sys.argv else "gzip"
BASE = ARGS[0] if len(ARGS) > 0 else "http://127.0.0.1:9080"
PAGE = ARGS[1] if len(ARGS) > 1 else "/chat.html"
HOST = urllib.parse.urlsplit(BASE)


def fetch(path, extra=None):
    connection = http.client.HTTPConnection(HOST.hostname, HOST.port or 80, timeout=30)
    headers = {"Accept-Encoding": ENCODING, "User-Agent": "measure-page-weight"}
    headers.update(extra or {})
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()  # raw bytes as sent: http.client does not decompress
    head = len("HTTP/1.1 %d %s\r\n" % (response.status, response.reason)) + sum(
        len("%s: %s\r\n" % (k, v)) for k, v in response.getheaders()) + 2
    result = {"status": response.status, "headers": {k.lower(): v for k, v in response.getheaders()},
              "body": body, "bytes": head + len(body)}
    connection.close()
    return result


def text(response):
    body = response["body"]
    if response["headers"].get("content-encoding") == "gzip":
        import gzip
        body = gzip.decompress(body)
    return body.decode("utf-8", "replace")


def resources(path, html):
    found = re.findall(r'(?:href|src)="([^"#]+\.(?:css|js)(?:\?[^"]*)?)"', html)
    return [urllib.parse.urljoin(path, link) for link in found]


def imports(path, script):
    # As written (import {a} from './x.js') and as served minified (import{a}from"./x.js"), and import('./x.js').
    found = re.findall(r'''\bimport\s*(?:[^'"();]*?\bfrom\s*|\(\s*)?['"](\.{1,2}/[^'"]+)['"]''', script)
    return [urllib.parse.urljoin(path, link) for link in found]


def cacheable_without_asking(response):
    control = response["headers"].get("cache-control", "")
    return "immutable" in control or (re.search(r"max-age=[1-9]", control) and "no-cache" not in control)


first = {}
queue = [PAGE]
while queue:
    path = queue.pop(0)
    if path in first:
        continue
    response = fetch(path)
    first[path] = response
    if path == PAGE:
        queue += resources(path, text(response))
    elif urllib.parse.urlsplit(path).path.endswith(".js"):
        queue += imports(path, text(response))

repeat = {}
for path, response in first.items():
    if cacheable_without_asking(response):
        repeat[path] = 0
        continue
    validator = {}
    if "etag" in response["headers"]:
        validator["If-None-Match"] = response["headers"]["etag"]
    if "last-modified" in response["headers"]:
        validator["If-Modified-Since"] = response["headers"]["last-modified"]
    repeat[path] = fetch(path, validator)["bytes"]

print("%-48s %6s %9s %-10s %s" % ("resource", "status", "first B", "repeat B", "cache-control"))
for path, response in first.items():
    print("%-48s %6d %9d %-10s %s" % (path[:48], response["status"], response["bytes"], repeat[path],
                                       response["headers"].get("cache-control", "-") + (
                                           " gzip" if response["headers"].get("content-encoding") == "gzip" else "")))
print("first visit: %d bytes in %d requests; repeat visit: %d bytes in %d requests"
      % (sum(r["bytes"] for r in first.values()), len(first), sum(repeat.values()),
         sum(1 for v in repeat.values() if v)))
