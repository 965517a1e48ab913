"""The seventh held-out corpus (the Fennick House Museum art theft) passes the checks of the
first, and its pages carry the formats and furniture it was written to exercise."""

from __future__ import annotations

import re
from itertools import pairwise

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN7-4862"
SPAM = "guaranteed forex returns"


class TestUnseen7(UnseenChecks):
    CORPUS = Corpus("unseen7")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a police press release: numbered paragraphs, a witness appeal with a reference
        # number, a contact block with a phone number and notes to editors at the end
        assert any(
            [int(n) for n in re.findall(r"^(\d+)\. ", t, re.M)] == list(range(1, 11))
            and re.search(r"^Notes to editors$", t, re.M)
            and re.search(r"quoting reference OVP-\d{4}-\d{4}", t)
            and re.search(r"^Tel: [\d ]+", t, re.M)
            for t in texts
        )
        # an explainer whose plain headings are questions, one answered with uncertainty
        assert any(
            len(re.findall(r"^[A-Z][^\n.]*\?$", t, re.M)) >= 8
            and re.search(r"\?\n\nWe don’t know yet\.", t)
            for t in texts
        )
        # a programme transcript of timestamped turns, presenter and director alternating
        turns = [
            re.findall(
                r"^\[\d{2}:\d{2}:\d{2}\] (PRESENTER \(Rhian Vaux\)|DR ELSBETH KORR): ", t, re.M
            )
            for t in texts
        ]
        assert any(len(s) >= 16 and all(a != b for a, b in pairwise(s)) for s in turns)
        # a corrected news report with reader comments under it
        assert any(
            re.search(r"^Correction: An earlier version of this article said ", t, re.M)
            and re.search(r"^Comments \(\d+\)$", t, re.M)
            and len(re.findall(r"^.+ · \d+ March 2026, \d{2}:\d{2}$", t, re.M)) >= 5
            for t in texts
        )
        assert any(re.search(r"[“”’]", text) for text in texts)
        self.assert_furniture(
            "Home › News",
            "Related:",
            "Read more:",
            "Most read",
            "Advertisement",
            "newsletter",
            "Share",
            "(Photo: ",
            "Image caption:",
            "Photo credits:",
            "Listen again:",
            "Copyright ©",
            "© 2026 Wendmark Live",
            "Follow us on",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
