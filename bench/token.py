#!/usr/bin/env python3
"""bench/token.py KEYCLOAK_URL USERNAME PASSWORD — prints an access token for the user.

Signs in the way the SPA does: the authorization-code flow with PKCE of the public client cchc-spa, on
Keycloak's own login form (no password grant: the realm does not allow it). The token is a real one,
signed by the realm, with the user's roles and unit. Standard library only.
"""
import base64
import hashlib
import html
import http.cookiejar
import json
import re
import secrets
import sys
import urllib.error
import urllib.parse
import urllib.request

REDIRECT = "http://localhost:5173/"


class LocalhostIsSecure(http.cookiejar.DefaultCookiePolicy):
    """Keycloak marks its cookies Secure; browsers send them to http://localhost, and so does this."""

    def return_ok_secure(self, cookie, request):
        return True


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def main(base: str, username: str, password: str) -> None:
    realm = f"{base.rstrip('/')}/realms/cchc/protocol/openid-connect"
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    jar = http.cookiejar.CookieJar(LocalhostIsSecure())
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    query = urllib.parse.urlencode({
        "client_id": "cchc-spa", "redirect_uri": REDIRECT, "response_type": "code", "scope": "openid",
        "code_challenge": challenge, "code_challenge_method": "S256", "state": secrets.token_hex(8),
    })
    page = opener.open(f"{realm}/auth?{query}").read().decode()
    form = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page)
    if not form:
        sys.exit("token.py: Keycloak's login form was not found")
    data = urllib.parse.urlencode({"username": username, "password": password}).encode()
    try:
        opener.open(html.unescape(form.group(1)), data)
        sys.exit(f"token.py: Keycloak did not accept {username} (wrong password, or a required action)")
    except urllib.error.HTTPError as e:
        if e.code not in (302, 303):
            raise
        location = e.headers["Location"]
    code = urllib.parse.parse_qs(urllib.parse.urlparse(location).query).get("code")
    if not code:
        sys.exit(f"token.py: no code in the redirect {location}")
    exchange = urllib.parse.urlencode({
        "grant_type": "authorization_code", "code": code[0], "redirect_uri": REDIRECT, "client_id": "cchc-spa",
        "code_verifier": verifier,
    }).encode()
    token = json.load(urllib.request.urlopen(f"{realm}/token", exchange))
    print(token["access_token"])


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
