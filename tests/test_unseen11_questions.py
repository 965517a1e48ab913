"""The eleventh held-out corpus (the collapse of Foundry Street, Mellerby, into a sinkhole over old
lead-mine workings) passes the checks of the first, and its pages carry the formats and furniture
it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN11-6158"
SPAM = "cheap driveway resurfacing from £99"


class TestUnseen11(UnseenChecks):
    CORPUS = Corpus("unseen11")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # an official FAQ page reproduced in full: a capitalised heading, a "last updated" line,
        # eleven alternating Q: and A: lines, four answers marked as changed since the first version
        assert any(
            re.search(r"^FOUNDRY STREET, MELLERBY: QUESTIONS AND ANSWERS$", t, re.M)
            and re.search(r"^Last updated: \d+ June 2026, \d{2}:\d{2}\. ", t, re.M)
            and re.findall(r"^([QA]): \S", t, re.M) == ["Q", "A"] * 11
            and len(re.findall(r"^Q: [^\n]+\?\nA: ", t, re.M)) == 11
            and len(re.findall(r"^A: \[Updated\] [A-Z0-9]", t, re.M)) == 4
            for t in texts
        )
        # a corrections column: ten items, each under a "Subject (page or section, date)" line,
        # four of them about the collapse and the rest about other things, then how to report one
        assert any(
            re.search(r"^Corrections and clarifications$", t, re.M)
            and len(
                re.findall(
                    r"^[A-Z][^\n()]+ \((?:page \d+|Sport|Weekend), \d+ June\)\n[A-Z]", t, re.M
                )
            )
            == 10
            and len(re.findall(r"^Foundry Street [a-z]+ \(page \d, \d+ June\)$", t, re.M)) == 4
            and re.search(r"^To report an error, email \S+@\S+ ", t, re.M)
            for t in texts
        )
        # a data piece: a box of eight bulleted key figures, two chart placeholders with their
        # sources, and a methods note
        assert any(
            re.search(r"^Key figures\n(?:• [£\d][^\n]+\n){8}\n", t, re.M)
            and len(re.findall(r"^\[Chart: [^\]\n]+\]\nSource: [A-Z][^\n]+$", t, re.M)) == 2
            and re.search(r"^How we did this$", t, re.M)
            for t in texts
        )
        # a long-read profile: a standfirst, a reading time, three section breaks, then reader
        # comments with name, time, text and a vote bar
        assert any(
            re.search(r" · Reading time: \d+ minutes$", t, re.M)
            and len(re.findall(r"^\* \* \*$", t, re.M)) == 3
            and re.search(r"^Comments \(6\)$", t, re.M)
            and len(
                re.findall(r"^.+\n14 June 2026 · \d{2}:\d{2}\n.+\n▲ \d+ · Reply · Report$", t, re.M)
            )
            == 6
            for t in texts
        )
        assert any(re.search(r"[“”’—]", text) for text in texts)
        self.assert_furniture(
            "Home | News | Mellerby",
            "Home > About us > Corrections",
            "Home / Data / Halsdale",
            "Home › Long reads › Profiles",
            "Share on: Facebook, X, Email",
            "Print this page | Email",
            "Share: Facebook | X | LinkedIn | Email",
            "Listen to this article | Share | Save",
            "Advertisement",
            "Related:",
            "Read more:",
            "cookies",
            "newsletter",
            "Download the data (CSV, 3 KB)",
            "Copyright ©",
            "© Mellerby Advertiser 2026.",
            "Follow us on",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
