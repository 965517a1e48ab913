"""The eighth held-out corpus (the Harlan Coatings solvent spill into the River Lennet) passes the
checks of the first, and its pages carry the formats and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN8-5317"
SPAM = "earn $500 a day from home"


class TestUnseen8(UnseenChecks):
    CORPUS = Corpus("unseen8")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a court report: counsel for both sides, what the court heard, a plea and bail conditions
        assert any(
            len(re.findall(r"\bThe court heard\b", t)) >= 2
            and re.search(r"^[A-Z][a-z]+ [A-Z][a-z]+, prosecuting, said ", t, re.M)
            and re.search(r"^[A-Z][a-z]+ [A-Z][a-z]+, defending, said ", t, re.M)
            and re.search(r"\bnot guilty pleas\b|\bpleaded not guilty\b", t)
            and re.search(r"conditional bail\. The conditions are that ", t)
            and re.search(r"Magistrates' Court", t)
            for t in texts
        )
        # a fact check of claim, verdict and facts blocks, one verdict of them misleading
        assert any(
            len(re.findall(r"^Claim: “[^\n]+”$\nVerdict: [A-Z][a-z ]+$\nThe facts: ", t, re.M)) >= 5
            and re.search(r"^Verdict: Misleading$", t, re.M)
            and re.search(r"^How we fact check: ", t, re.M)
            for t in texts
        )
        # a newsletter round-up: a numbered contents list and a heading per item, most of them
        # about other things in town
        assert any(
            re.search(r"^IN THIS ISSUE$", t, re.M)
            and [int(n) for n in re.findall(r"^(\d)\. [A-Z]", t, re.M)] == list(range(1, 6))
            and len(re.findall(r"^■ [A-Z][A-Z0-9 ,’-]+$", t, re.M)) == 5
            and re.search(r"^You are receiving this because you signed up to ", t, re.M)
            for t in texts
        )
        # an interview in reported speech with a sidebar of key figures
        assert any(
            len(re.findall(r"\b(?:She|she) said that\b", t)) >= 8
            and re.search(r"^Key figures$", t, re.M)
            and len(re.findall(r"^• [\d,]+ [a-z]", t, re.M)) >= 7
            for t in texts
        )
        # reader comments under the fact check
        assert any(
            re.search(r"^Comments \(\d+\)$", t, re.M)
            and len(re.findall(r"^.+ · \d+ May 2026, \d{2}:\d{2}$", t, re.M)) >= 5
            for t in texts
        )
        assert any(re.search(r"[“”’]", text) for text in texts)
        self.assert_furniture(
            "Home › News",
            "Home > News > Courts",
            "Related:",
            "Read more:",
            "Most read",
            "Advertisement",
            "newsletter",
            "Share",
            "(Photo: ",
            "Image caption:",
            "Photo credits:",
            "Copyright ©",
            "© 2026 Merrow Valley Today",
            "Follow us on",
            "Unsubscribe",
            "Comments are closed",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
