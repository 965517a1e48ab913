"""The sixth held-out corpus (the Brannock Tunnel fire) passes the checks of the first, and its
pages carry the formats and furniture it was written to exercise."""

from __future__ import annotations

import re
from itertools import pairwise

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN6-7315"
SPAM = "crypto doubling"


class TestUnseen6(UnseenChecks):
    CORPUS = Corpus("unseen6")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a wire story under an UPDATE 2 header, with a dateline, an agency credit and a
        # casualty figure that supersedes an earlier one
        assert any(
            re.search(r"^UPDATE 2-", t, re.M)
            and re.search(r"^[A-Z]+, [A-Za-z]+, June \d+ \(Meridian\) - ", t, re.M)
            and re.search(r"\(earlier reported as \d+\)", t)
            and re.search(r"^\(Reporting by .*; Editing by .*\)$", t, re.M)
            for t in texts
        )
        # a Q&A transcript: the interviewer's and the minister's turns alternate
        turns = [re.findall(r"^(HOLT|OKAFOR-REID): ", t, re.M) for t in texts]
        assert any(len(s) >= 20 and all(a != b for a, b in pairwise(s)) for s in turns)
        # a timeline of bulleted, timestamped items, and a plain-text table with pipes
        assert any(len(re.findall(r"^• \d{2}:\d{2}(?: \(\w+\))? – ", t, re.M)) >= 10 for t in texts)
        assert any(len(re.findall(r"^[^|\n]+(?:\|[^|\n]+){4}$", t, re.M)) >= 4 for t in texts)
        # an opinion column, labelled as such, with reader comments under it
        assert any(
            re.search(r"^OPINION$", t, re.M)
            and "The views expressed here are his own." in t
            and re.search(r"^Comments \(\d+\)$", t, re.M)
            for t in texts
        )
        assert any(re.search(r"[“”’]", text) for text in texts)
        self.assert_furniture(
            "Related:",
            "Most read",
            "Advertisement",
            "newsletter",
            "Share",
            "(Photo: ",
            "Read more:",
            "Cookie notice:",
            "Image caption:",
            "Copyright ©",
            "Follow us on",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
