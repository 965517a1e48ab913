"""The fifth held-out corpus (the Saltmere Harbour dock strike) passes the checks of the first,
and its pages carry the formats and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN5-4821"
SPAM = "crypto doubling"


class TestUnseen5(UnseenChecks):
    CORPUS = Corpus("unseen5")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a business story whose closing correction fixes a figure given earlier in it
        correction = r"^Correction: An earlier version of this article misstated .*£1,500\.$"
        assert any(re.search(correction, t, re.M) and "£2,500" in t for t in texts)
        # a live blog whose timestamped entries run newest first
        stamps = [re.findall(r"^\d{2}:\d{2}$", t, re.M) for t in texts]
        assert any(len(s) >= 8 and s == sorted(s, reverse=True) for s in stamps)
        # an explainer with question subheadings
        assert any(
            len(re.findall(r"^(?:What|Why|How|Who|Could)\b[^\n]*\?$", t, re.M)) >= 6 for t in texts
        )
        # a reposted union statement with reader comments under it
        assert any(
            "STATEMENT FROM THE" in t and re.search(r"^Comments \(\d+\)$", t, re.M) for t in texts
        )
        assert any(re.search(r"[“”’]", text) for text in texts)
        self.assert_furniture(
            "Related:", "Most read", "Advertisement", "newsletter", "Share", "(Photo: "
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
