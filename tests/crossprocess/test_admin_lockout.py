"""The admin login lockout (django-axes, AXES_FAILURE_LIMIT = 5) counts failures across servers."""

import pytest

from .reader import log_in
from .seed import ADMIN_PASSWORD, ADMIN_USERNAME

pytestmark = pytest.mark.crossprocess

FAILURE_LIMIT = 5  # the default (wellness/settings/security.py)
ATTACKER = "127.0.0.2"  # addresses of this module's own: the lockout is per username and address
EDITOR = "127.0.0.3"


def attempt(server, password: str, ip: str):
    return log_in(server, ADMIN_USERNAME, password, ip)


def test_failed_logins_on_both_servers_add_up_to_one_lockout(deployment):
    a, b = deployment.servers
    assert attempt(a, ADMIN_PASSWORD, EDITOR).status == 302, "the right password logs in"

    servers = [a, b] * FAILURE_LIMIT
    failures = [attempt(servers[n], "wrong-password", ATTACKER) for n in range(FAILURE_LIMIT)]
    assert [f.status for f in failures[:-1]] == [200] * (FAILURE_LIMIT - 1), (
        "the first failures get the login form again:\n" + "\n".join(f.summary() for f in failures)
    )

    after = [attempt(server, ADMIN_PASSWORD, ATTACKER) for server in (b, a)]
    assert [answer.status for answer in after] == [429, 429], (
        f"After {FAILURE_LIMIT} failures in all, alternating between the servers, even the "
        f"right password must be refused on both ({deployment.name}):\n"
        + "\n".join(answer.summary() for answer in after)
    )
