"""The thirteenth held-out corpus (a blade torn off a wind turbine at Brackley Rigg, above
Skelmoor in Ravendale, Wendshire, during Storm Edda) passes the checks of the first, and its pages
carry the formats and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN13-4471"
SPAM = "free solar panels for every home"


class TestUnseen13(UnseenChecks):
    CORPUS = Corpus("unseen13")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a stock-exchange regulatory announcement on the company's investor pages: a delayed share
        # price, the RNS number and release time, the inside-information line, an enquiries block
        # of three contacts with telephone numbers, the boilerplate, "END" and the RNS code line
        assert any(
            re.search(
                r"^Share price: [A-Z]{3} \d+\.\dp [▲▼] \d+\.\d% \(delayed 15 minutes\)$", t, re.M
            )
            and re.search(
                r"^RNS Number : \d{4}[A-Z]\n[^\n]+ PLC\nReleased \d{2}:\d{2}:\d{2} \d{2} "
                r"[A-Z][a-z]{2} \d{4}$",
                t,
                re.M,
            )
            and re.search(
                r"^This announcement contains inside information for the purposes of ", t, re.M
            )
            and re.search(r"^Enquiries:$", t, re.M)
            and len(re.findall(r"^\+44 \(0\)\d{2,3} \d{3,4} \d{4}$", t, re.M)) == 3
            and re.search(r"^Forward-looking statements\nThis announcement may contain ", t, re.M)
            and re.search(r"^END\n\nMSC[A-Z]{12}$", t, re.M)
            for t in texts
        )
        # a newspaper's public notices page: five statutory notices, each under a category in
        # capitals and closed by a seven-digit notice ID, three of them about the wind farm and two
        # about other things, then a block of four classified ads, three with a telephone number
        assert any(
            re.findall(r"^([A-Z][A-Z ]+)\n[A-Z(][^\n]*\n(?:[^\n]+\n)*?Notice ID: \d{7}$", t, re.M)
            == ["ROADS AND TRAFFIC", "PLANNING", "MEETINGS", "LICENSING", "DECEASED ESTATES"]
            and re.search(r"^NOTICE IS HEREBY GIVEN that, ", t, re.M)
            and re.search(r"^[A-Z][A-Z ]+ ACT \d{4} – SECTION \d+$", t, re.M)
            and len(re.findall(r"^\d{2}/\d{5}/FUL – ", t, re.M)) == 1
            and re.search(
                r"^CLASSIFIED\n(?:(?:LOST|FOR SALE|WANTED|SITUATIONS VACANT): [^\n]+\n){4}", t, re.M
            )
            and len(re.findall(r"^[A-Z ]+: [^\n]+ Tel 07700 9\d{5}\.$", t, re.M)) == 3
            for t in texts
        )
        # an online petition: whom it petitions and who started it, a signature counter with a
        # target, three numbered demands, the starter's updates newest first, then the signers'
        # "reasons for signing" as comments of name, place and date, text, and a like count
        for t in texts:
            updates = re.findall(r"^Update (\d) · (\d+) November 2026$", t, re.M)
            if updates:
                break
        assert [int(n) for n, _ in updates] == [2, 1]
        assert [int(d) for _, d in updates] == sorted((int(d) for _, d in updates), reverse=True)
        assert any(
            re.search(
                r"^Petition to [A-Z][^\n]+\nStarted by [A-Z][^\n]+ · \d+ November 2026$", t, re.M
            )
            and re.search(r"^[\d,]+ have signed\. Let’s get to [\d,]+!$", t, re.M)
            and [int(n) for n in re.findall(r"^(\d)\. [a-z][^\n]+[;.]$", t, re.M)] == [1, 2, 3]
            and re.search(r"^Reasons for signing\nShowing \d+ of \d+ comments · Sort: ", t, re.M)
            and len(
                re.findall(
                    r"^[A-Z][^\n·]+(?: · [A-Z][^\n·]+)? · \d+ Nov 2026\n[^\n]+\nLike \(\d+\) · Report$",
                    t,
                    re.M,
                )
            )
            == 6
            for t in texts
        )
        # a community wiki's encyclopedia entry: page tabs, an infobox of nine "field · value"
        # lines, a numbered table of contents whose entries head the sections, each marked [edit],
        # numbered footnote markers in the text, a numbered reference list, "[citation needed]",
        # categories and the last-edited footer
        for t in texts:
            contents = re.findall(r"^\d ([^\n]+)$", t.partition("\nContents\n")[2], re.M)
            if contents:
                break
        assert contents == re.findall(r"^([^\n]+) \[edit\]$", t, re.M)
        reference = r"^(\d)\. \^ “[^”\n]+”\. [A-Z][^\n]+\. Retrieved \d+ November 2026\.$"
        assert [int(n) for n in re.findall(reference, t, re.M)] == list(range(1, 8))
        assert {int(n) for n in re.findall(r"[.,;]\[(\d)\]", t)} == set(range(1, 8))
        assert re.search(r"^From Wendshire Wiki, the free community encyclopedia$", t, re.M)
        assert re.search(r"^Article \| Talk \| Read \| Edit \| View history$", t, re.M)
        assert re.search(
            r"^Brackley Rigg Wind Farm\n(?:[A-Z][A-Za-z ()]+ · [^\n]+\n){9}\n", t, re.M
        )
        assert re.search(r"\.\[citation needed\]$", t, re.M)
        assert re.search(r"^Categories: [A-Z][^\n]+(?: \| [^\n]+){3}$", t, re.M)
        assert re.search(
            r"^This page was last edited on \d+ November 2026, at \d{2}:\d{2}\.$", t, re.M
        )
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "Home > Investors > Regulatory news",
            "Home | News | Sport | Public notices | Jobs | Family announcements",
            "Home › Browse › Environment › Energy",
            "Main page | Random article | Recent changes | Help | Donate",
            "Download PDF | Print | Email alerts",
            "Sign this petition | Share: Facebook | X | WhatsApp | Copy link",
            "Search notices by keyword or postcode",
            "Public notices are published as supplied by the advertiser.",
            "PetitionHub does not check the claims made in them.",
            "This information is provided by RNS",
            "Advertisement",
            "Related:",
            "Read more:",
            "Related announcements:",
            "Related petitions:",
            "cookies",
            "newsletter",
            "Sign up for email alerts",
            "Text is available under the Creative Commons",
            "Privacy policy · About Wendshire Wiki · Disclaimers",
            "© Ravendale Gazette 2026.",
            "© 2026 PetitionHub Ltd.",
            "© 2026 Northwold Renewables PLC.",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
