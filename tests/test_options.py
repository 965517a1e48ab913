"""The checks of a question's options, on their own: their messages tell the caller what is
accepted, and what they say is accepted is."""

from __future__ import annotations

import re

import pytest

from assistant.errors import InvalidOptionError
from assistant.options import check_history

ROLES = ("user", "assistant", "system")


@pytest.mark.parametrize(
    ("history", "error"),
    [
        ("x", TypeError),
        ({"role": "user", "content": "hi"}, TypeError),
        ([{"role": "bot", "content": "hi"}], InvalidOptionError),
    ],
)
def test_a_bad_history_names_every_role_that_is_accepted(history, error):
    with pytest.raises(error) as raised:
        check_history(history)
    assert set(re.findall(r"\b(user|assistant|system)\b", str(raised.value))) == set(ROLES)
    for role in ROLES:  # and each of them is accepted
        assert check_history([{"role": role, "content": "hi"}]) == [{"role": role, "content": "hi"}]
