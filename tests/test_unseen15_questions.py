"""The fifteenth held-out corpus (the hard landing of a Highmere Balloons pleasure flight from
Haverlow Showground on Glebe Field, Pennicott St Mary's cricket ground in Deneshire, in the middle
of a league match on Saturday 12 June 2027) passes the checks of the first, and its pages carry the
formats and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN15-6294"
SPAM = "Turn £250 into £5,000 in a week with our crypto trading bot"


class TestUnseen15(UnseenChecks):
    CORPUS = Corpus("unseen15")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a village cricket club's match report: the league and the day and ground, a result block
        # (result, both innings with their overs, the toss, the player of the match with figures),
        # the report, a two-line scorecard summary of batters and bowlers, and the next fixture
        assert any(
            re.search(
                r"^Deneshire Cricket League, Division [A-Z][a-z]+\n[A-Z][a-z]+day \d+ June 2027 · "
                r"[A-Z][^\n]+$",
                t,
                re.M,
            )
            and re.search(
                r"^RESULT: [A-Z][^\n]+\n"
                r"(?:[A-Z][A-Za-z ]+ (?:\d+ all out|\d+-\d) \(\d+(?:\.\d)? overs\)\n){2}"
                r"Toss: [A-Z][^\n]+\nPlayer of the match: [A-Z][^\n]+ \(\d-\d+\)$",
                t,
                re.M,
            )
            and re.search(
                r"^Scorecard summary\n(?:[A-Z][A-Za-z ]+: (?:[A-Z]\. [A-Za-z]+ \d+\*?, ){2}"
                r"[A-Z]\. [A-Za-z]+ \d+\*?; [^\n]+\n){2}",
                t,
                re.M,
            )
            and re.search(r"^Next fixture: [A-Z][a-z]+day \d+ June, 1st XI v [A-Z]", t, re.M)
            for t in texts
        )
        # a news site's "what we know / what we don't" explainer: two capitalised section heads,
        # six question headings under the first and two under the second, each followed by prose
        for t in texts:
            known, _, unknown = t.partition("\nWHAT WE DON’T KNOW\n")
            if unknown and "\nWHAT WE KNOW\n" in known:
                break
        heading = r"^([A-Z][^\n.?]{4,60}\?)\n[A-Z][^\n]+\.[”]?$"
        assert len(re.findall(heading, known.partition("\nWHAT WE KNOW\n")[2], re.M)) == 6
        assert len(re.findall(heading, unknown, re.M)) == 2
        assert re.search(
            r"^By [A-Z][^\n,]+, senior reporter\n[A-Z][a-z]+day \d+ June 2027, "
            r"\d{2}:\d{2} \(updated \d{2}:\d{2}\)$",
            t,
            re.M,
        )
        # a weekly paper's opinion column: the section label, headline, standfirst ending
        # "argues <columnist>", byline, a pull quote on a line of its own, the author's bio, then
        # five reader comments (name, date and time, one paragraph, reply/like/report)
        assert any(
            re.search(
                r"^OPINION\n\n[A-Z][^\n]+\n\n[A-Z][^\n]+, argues ([A-Z][a-z]+ [A-Z][a-z]+)\.\n\n"
                r"By \1\n[A-Z][a-z]+day \d+ June 2027$",
                t,
                re.M,
            )
            and len(re.findall(r"^“[^”\n]+”$", t, re.M)) == 1
            and re.search(
                r"^[A-Z][a-z]+ [A-Z][a-z]+ is a [^\n]+\. (?:Her|His) column appears every "
                r"[A-Z][a-z]+day\.$",
                t,
                re.M,
            )
            and re.search(r"^Comments \(5\) · Sort: Newest \| Oldest \| Most liked$", t, re.M)
            and len(
                re.findall(
                    r"^[A-Z][^\n·]+ · \d+ June 2027, \d{2}:\d{2}\n[^\n]+\nReply · Like \(\d+\) · "
                    r"Report$",
                    t,
                    re.M,
                )
            )
            == 5
            for t in texts
        )
        # a hobby magazine's feature: the issue line with the byline, a standfirst, an "at a
        # glance" sidebar of nine "field · value" lines, a question-headed advice box, related
        # features and the subscription offer
        assert any(
            re.search(
                r"^From the [A-Z][a-z]+ \d{4} issue · By [A-Z][^\n,]+, features editor\n"
                r"[A-Z][a-z]+day \d+ [A-Z][a-z]+ \d{4}$",
                t,
                re.M,
            )
            and re.search(r"^AT A GLANCE\n(?:[A-Z][^\n·]+ · [^\n]+\n){9}\n", t, re.M)
            and re.search(r"^Launch · [^\n]+, \d{2}:\d{2}\nLanding · [^\n]+, \d{2}:\d{2}$", t, re.M)
            and re.search(r"^What can the rest of us learn\?\n[A-Z][^\n]+\.$", t, re.M)
            and re.search(r"^Related features:\n[A-Z][^\n]+\n[A-Z][^\n]+$", t, re.M)
            and re.search(r"^Subscribe: \d+ issues for £\d+", t, re.M)
            for t in texts
        )
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "Home | Fixtures | Results | Teams | Juniors | Club shop | Contact",
            "Home | News | Sport | What’s on | Business | Weather | Contact",
            "News | Sport | Opinion | Property | Jobs | Announcements | Subscribe",
            "Home | News | Features | Kit reviews | Events | Classifieds | Subscribe",
            "Share: Facebook | X | WhatsApp | Email",
            "Share: Facebook | X | WhatsApp | Email | Copy link",
            "Share: Facebook | X | Email | Print",
            "Share: Facebook | X | Email | Copy link",
            "Subscribers: read the full issue in the digital edition",
            "Comments are the views of readers, not of the Haverlow Herald.",
            "Have you got a story? Email",
            "Sponsor of the week",
            "Latest results",
            "Nets: Tuesdays and Thursdays from 6pm.",
            "Most read",
            "Most popular",
            "Related:",
            "Related features:",
            "Advertisement",
            "cookies",
            "newsletter",
            "© 2027 Pennicott St Mary Cricket Club.",
            "© 2027 Deneshire Now Ltd.",
            "© 2027 Haverlow Herald Ltd.",
            "© 2027 Envelope Media Ltd.",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
