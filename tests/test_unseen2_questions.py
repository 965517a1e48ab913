"""The second held-out corpus (Skerryline Flight 418) passes the checks of the first, and its pages
carry the formats and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-SKERRY-7702"


class TestUnseen2(UnseenChecks):
    CORPUS = Corpus("unseen2")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        assert any(re.search(r"^Q: .*\n\nA: ", text, re.M) for text in texts)
        assert any(len(re.findall(r"^- ", text, re.M)) >= 3 for text in texts)
        assert any(re.search(r"[ÀÉÍÓÚàáéíñóöøüØ]", text) for text in texts)
        self.assert_furniture(
            "Advertisement", "Most read", "Sign up for our newsletter", "(Photo: "
        )
        assert sum(CANARY in text for text in texts) == 1

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, "buy followers", every=False)
