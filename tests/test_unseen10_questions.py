"""The tenth held-out corpus (the escape of Mira, a Eurasian lynx, from Fellgate Wildlife Park near
Scarrow) passes the checks of the first, and its pages carry the formats and furniture it was
written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN10-9743"
SPAM = "lose a stone in 10 days"


class TestUnseen10(UnseenChecks):
    CORPUS = Corpus("unseen10")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a photo gallery: ten numbered photos, each with a caption and a credit, and a closing
        # correction of a caption whose wrong wording still stands above it
        assert any(
            [int(n) for n in re.findall(r"^Photo (\d+) of 10$", t, re.M)] == list(range(1, 11))
            and len(re.findall(r"^Photo \d+ of 10\n.+\n\(Photo: [^)\n]+\)$", t, re.M)) == 10
            and re.search(r"^Correction, \d+ May 2026: The caption to photo \d+ is wrong", t, re.M)
            and t.index("brought down with a tranquilliser dart") < t.index("Correction,")
            for t in texts
        )
        # a listicle: nine numbered headings, each over a paragraph, then a "what next" section
        assert any(
            [int(n) for n in re.findall(r"^(\d)\. [A-Z][^\n]+\n[A-Z]", t, re.M)]
            == list(range(1, 10))
            and re.search(r"Here’s what we learned\.$", t, re.M)
            and re.search(r"^What happens next\?$", t, re.M)
            for t in texts
        )
        # a reproduced inspection report: a header block of fields, six numbered capitalised
        # sections of decimal-numbered paragraphs, findings with a status each, and a signature
        assert any(
            re.search(r"^Date of inspection: \d+ May 2026$", t, re.M)
            and re.search(r"^Licence number: [A-Z]+/[A-Z]+/\d+$", t, re.M)
            and [int(n) for n in re.findall(r"^(\d)\. [A-Z][A-Z ]+$", t, re.M)] == list(range(1, 7))
            and len(re.findall(r"^\d\.\d [A-Z]", t, re.M)) >= 18
            and len(re.findall(r"\. Status: (?:Not met|Met)\.$", t, re.M)) == 5
            and re.search(r"^Signed: [A-Z][a-z]+ [A-Z][a-z]+, ", t, re.M)
            and re.search(r"^ENDS$", t, re.M)
            for t in texts
        )
        # a reporter's notebook: a heading per day, then reader comments
        assert any(
            re.findall(r"^Day (\w+): [A-Z][a-z]+day \d+ May$", t, re.M)
            == ["one", "two", "three", "four"]
            and re.search(r"^The last morning: Saturday 9 May$", t, re.M)
            and re.search(r"^Comments \(7\)$", t, re.M)
            and len(re.findall(r"^.+ · \d+ May, \d{2}:\d{2}\n.+\nReply · Flag$", t, re.M)) == 7
            for t in texts
        )
        assert any(re.search(r"[“”’—]", text) for text in texts)
        self.assert_furniture(
            "Home / News / Scarrow / In pictures",
            "Home > News > Dunmoor",
            "Home › Scarrow › Documents",
            "Home » Features » Notebook",
            "Share this gallery:",
            "Share: Facebook | X | WhatsApp | Copy link",
            "[Share] [Save] [Print]",
            "Advertisement",
            "Related:",
            "Read more:",
            "Next gallery:",
            "cookies",
            "newsletter",
            "Download the report (PDF, 412 KB)",
            "Copyright ©",
            "© Dunmoor Evening Post 2026.",
            "Follow us on",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
