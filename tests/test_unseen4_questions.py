"""The fourth held-out corpus (the Brackenford school meals outbreak) passes the checks of the
first, and its pages carry the formats and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN4-7316"


class TestUnseen4(UnseenChecks):
    CORPUS = Corpus("unseen4")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a broadcast transcript whose speakers are named in capitals
        assert any(len(re.findall(r"^[A-Z][A-Z-]+: ", text, re.M)) >= 6 for text in texts)
        assert any(re.search(r"^[A-Z]+, \w+ \d+ \(\w+\) -- ", text, re.M) for text in texts)
        assert any(re.search(r"[“”’]", text) for text in texts)
        self.assert_furniture("Related:", "Most read", "Listen again", "Comments (", "newsletter")
        self.assert_planted(CANARY)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, "keto pills")
