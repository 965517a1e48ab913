"""The ninth held-out corpus (the collapse of part of Kestwick Pier during the town's Lantern
Parade) passes the checks of the first, and its pages carry the formats and furniture it was
written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN9-4826"
SPAM = "make £300 a day trading crypto"


class TestUnseen9(UnseenChecks):
    CORPUS = Corpus("unseen9")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # council minutes: attendance, numbered agenda items (most about other business),
        # resolutions, reported speech from the clerk and a recorded vote
        assert any(
            re.search(r"^Present: Cllr [A-Z]", t, re.M)
            and re.search(r"^Apologies: Cllr [A-Z]", t, re.M)
            and [int(n) for n in re.findall(r"^(\d+)\. [A-Z][A-Z' ]", t, re.M)]
            == list(range(1, 11))
            and len(re.findall(r"^RESOLVED: ", t, re.M)) >= 4
            and re.search(r"^For: \d+, Against: \d+, Abstentions: \d+$", t, re.M)
            and len(re.findall(r"\bThe Town Clerk (?:reported|replied) that\b", t)) >= 3
            and re.search(r"^The meeting closed at \d{2}:\d{2}\.$", t, re.M)
            for t in texts
        )
        # a social-media round-up: embedded posts with name, handle and age, their buttons, and
        # the reporter's text between them, correcting a false post
        assert any(
            len(re.findall(r"^[A-Z][^\n@]*\n@\w+ · \d+h\n.+\nReply · Repost · Like$", t, re.M)) >= 7
            and re.search(r"^This is not true\. ", t, re.M)
            and re.search(r"^Posts embedded from X\.", t, re.M)
            for t in texts
        )
        # a letters page: a headline, the letter, then a "Name, Place" signature, some letters
        # about other things
        assert any(
            len(
                re.findall(
                    r"^(?:Dr )?[A-Z][a-z]+ [A-Z][a-z]+, (?:Lower |Upper )?(?:Kestwick|Skelby)$",
                    t,
                    re.M,
                )
            )
            >= 6
            and re.search(r"^Bring back the number 7$", t, re.M)
            and re.search(r"^Letters may be edited for length", t, re.M)
            for t in texts
        )
        # an explainer: two bulleted lists, a pipe table of figures, and reader comments
        assert any(
            re.search(r"^What we know$", t, re.M)
            and re.search(r"^What we don’t know$", t, re.M)
            and len(re.findall(r"^• [A-Z]", t, re.M)) >= 12
            and re.search(r"^\| Figure \| Detail \|$\n^\|---\|---\|$", t, re.M)
            and len(re.findall(r"^\| [A-Z][^|\n]+ \| [^|\n]+ \|$", t, re.M)) >= 10
            and re.search(r"^Reader comments \(\d+\)$", t, re.M)
            and len(
                re.findall(r"^.+ — \d+ April 2026 at \d{2}:\d{2}\n.+\nReply \| Report$", t, re.M)
            )
            >= 6
            for t in texts
        )
        assert any(re.search(r"[“”’—]", text) for text in texts)
        self.assert_furniture(
            "Home > Council > Minutes",
            "Home > News > Kestwick",
            "Home › Opinion › Letters",
            "Home » News » Kestwick » Explainers",
            "Share",
            "Advertisement",
            "Related:",
            "Read more:",
            "cookies",
            "newsletter",
            "Newsletter:",
            "Image caption:",
            "Copyright ©",
            "© 2026 Northmere Coast News Ltd.",
            "Follow us on",
            "Letter of the week",
            "Signed ........................ (Chair)",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
