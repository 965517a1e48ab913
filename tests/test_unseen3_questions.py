"""The third held-out corpus (the Merriton General Hospital data breach) passes the checks of the
first, and its pages carry the formats and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN3-4417"


class TestUnseen3(UnseenChecks):
    CORPUS = Corpus("unseen3")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        assert any(re.search(r"^Q: .*\n\nA: ", text, re.M) for text in texts)
        assert any(len(re.findall(r"^\d{2}:\d{2}$", text, re.M)) >= 5 for text in texts)
        assert any(len(re.findall(r"^- ", text, re.M)) >= 3 for text in texts)
        assert any(len(re.findall(r"^\d\. ", text, re.M)) >= 4 for text in texts)
        assert any(re.search(r"^[A-Z]+, \w+\. \d+ \(\w+\) -- ", text, re.M) for text in texts)
        assert any(re.search(r"[áíś“”’]", text) for text in texts)
        assert any(re.search(r"^\S+ · \d+ (days?|hours?) ago$", text, re.M) for text in texts)
        self.assert_furniture(
            "Advertisement",
            "Most read",
            "Related:",
            "Sign up for our newsletter",
            "(Photo: ",
            "Comments (",
            "Share",
        )
        assert sum(CANARY in text for text in texts) == 1
        assert sum(text.count(CANARY) for text in texts) == 1

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, "buy followers", every=False)
