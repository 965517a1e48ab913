"""The sixteenth held-out corpus (the Kellow floating bridge, a chain ferry across the River Maddon
between Kellow and Brannock in Carrowshire, breaking a chain in mid-river and drifting on to Gull
Spit with its passengers aboard on the evening of Friday 15 October 2027) passes the checks of the
first, and its pages carry the formats and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN16-4817"
SPAM = "Make £300 a day from your sofa with our AI betting app"


class TestUnseen16(UnseenChecks):
    CORPUS = Corpus("unseen16")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a regional TV station's website story: the first-published and updated times, the
        # reporter's byline, two embedded videos (duration, caption, credit), a pointer to the
        # evening bulletin, related videos with durations, "up next" and the most-watched list
        assert any(
            re.search(
                r"^[A-Z][a-z]+day \d+ October 2027, \d{2}:\d{2} · Updated [A-Z][a-z]+day \d+ "
                r"October 2027, \d{2}:\d{2}\nBy [A-Z][^\n,]+, [A-Z][^\n]+ News$",
                t,
                re.M,
            )
            and len(
                re.findall(
                    r"^▶ VIDEO \d:\d{2}\nVideo caption: [A-Z][^\n]+\. Video: [^\n]+$", t, re.M
                )
            )
            == 2
            and re.search(r"^Watch the full report on [^\n]+ at \d+\.\d{2}pm$", t, re.M)
            and re.search(r"^Related videos:\n(?:▶ \d:\d{2} Watch: [A-Z][^\n]+\n){2}", t, re.M)
            and re.search(r"^Up next on [^\n]+: [A-Z][^\n]+$", t, re.M)
            and re.search(r"^Most watched\n(?:\d\. [A-Z][^\n]+\n){3}", t, re.M)
            for t in texts
        )
        # a weekly paper's print Q&A interview: the slot label, a quoted headline and standfirst,
        # "Interview by" with the print page, seven question-and-answer pairs, the editing note,
        # a fact file of six "field · value" lines, and the photo caption with "Buy this photo"
        assert any(
            re.search(
                r"^THE SATURDAY INTERVIEW\n\n“[^”\n]+”\n\n[A-Z][^\n]+\n\nInterview by [A-Z][^\n]+\n"
                r"Saturday \d+ October 2027 · Print edition, page \d+$",
                t,
                re.M,
            )
            and len(re.findall(r"^Q: [A-Z][^\n]+\?\nA: [A-Z][^\n]+$", t, re.M)) == 7
            and re.search(r"^This interview has been edited for length and clarity\.$", t, re.M)
            and re.search(r"^FACT FILE\n(?:[A-Z][^\n·]+ · [^\n]+\n){6}\n", t, re.M)
            and re.search(r"^Photograph: [^\n]+\. Picture: [^\n]+\. Buy this photo$", t, re.M)
            for t in texts
        )
        # a county paper's "your stories" first-person account: the section label, a quoted
        # headline, a standfirst ending "in her own words", the reader's byline and date, the
        # account in the first person, and five moderated reader comments (handle, date and time,
        # one paragraph, reply/recommend)
        assert any(
            re.search(
                r"^YOUR STORIES\n\n“[^”\n]+”\n\n[A-Z][^\n]+\. This is (?:her|his) story, in "
                r"(?:her|his) own words\.\n\nBy [A-Z][^\n]+\n[A-Z][a-z]+day \d+ October 2027$",
                t,
                re.M,
            )
            and len(re.findall(r"\bI\b", t)) >= 10
            and re.search(r"^Comments \(5\)\nComments are moderated\.", t, re.M)
            and len(
                re.findall(
                    r"^[A-Za-z][^\n·]+ · \d+ Oct 2027 · \d{2}:\d{2}\n[^\n]+\n"
                    r"Reply \| Recommend \(\d+\)$",
                    t,
                    re.M,
                )
            )
            == 5
            for t in texts
        )
        # a parish magazine's notices page: the issue line with its price, the notices head, a
        # capitalised notice heading "from" the churchwarden, further capitalised sections, the
        # copy date for the next issue, a block of small adverts and the subscription line
        assert any(
            re.search(r"^December 2027 · Issue \d+ · \d+p\nOnline edition posted ", t, re.M)
            and re.search(
                r"^PARISH NOTICES\n\n[A-Z][A-Z :]+\nFrom [A-Z][^\n,]+, churchwarden, [^\n]+$",
                t,
                re.M,
            )
            and len(re.findall(r"^[A-Z]{4,}(?: [A-Z]+)*\n[A-Z]", t, re.M)) >= 4
            and re.search(
                r"^Copy date for the January issue: [A-Z][a-z]+day \d+ December\.", t, re.M
            )
            and re.search(r"^ADVERTISEMENTS\n(?:[A-Z][^\n–]+ – [^\n]+\n){3}", t, re.M)
            and re.search(r"^Annual subscription £\d+ for \d+ issues", t, re.M)
            for t in texts
        )
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "News | Weather | Sport | Watch live | Programmes | Contact us",
            "News | Sport | Community | Farming | Property | Jobs | Subscribe",
            "News | Your stories | Sport | Business | Weather | Notices | Subscribe",
            "Home | Services | Parish notices | Magazine archive | Hall bookings | Contact",
            "Share this story: Facebook | X | WhatsApp | Email",
            "Share | Print | Email",
            "Share: Facebook | X | WhatsApp | Email",
            "Share this page: Facebook | Email | Print",
            "Have you been affected? Send us your pictures and videos",
            "Have you got a story to tell? Email",
            "Comments are moderated. Please read our community guidelines before posting.",
            "Buy this photo",
            "Subscribe to the Gazette from £1 a week",
            "Read more:",
            "Related videos:",
            "Most watched",
            "Most read",
            "Trending",
            "Advertisement",
            "ADVERTISEMENTS",
            "cookies",
            "newsletter",
            "© 2027 Carrow Coast Television Ltd.",
            "© 2027 Brannock Gazette Ltd.",
            "© 2027 Carrowshire Post Ltd.",
            "© 2027 Parochial Church Councils of St Elwyn, Kellow, and Holy Trinity, Brannock.",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
