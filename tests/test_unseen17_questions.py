"""The seventeenth held-out corpus (the leak of the Harrowmere Examinations Board's A-level
Chemistry Paper 2, photographed and shared in a group chat on the evening of Monday 12 June 2028
and replaced overnight by a contingency paper sat the next morning) passes the checks of the first,
and its pages carry the formats and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN17-9723"
SPAM = "Guaranteed A* grades with our online tutors from £9.99 a month"


class TestUnseen17(UnseenChecks):
    CORPUS = Corpus("unseen17")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # an exam board's incident statement page: the label, the headline, first-published and
        # last-updated times, four section heads each followed by prose, an update log of five
        # dated and timed entries (newest first), related pages and "Was this page helpful?"
        assert any(
            re.search(
                r"^INCIDENT STATEMENT\n\n[A-Z][^\n]+\n\nFirst published: [A-Z][a-z]+day \d+ June "
                r"2028, \d{2}:\d{2}\nLast updated: [A-Z][a-z]+day \d+ June 2028, \d{2}:\d{2}$",
                t,
                re.M,
            )
            and len(
                re.findall(
                    r"^(?:Summary|What happened|Who was affected|What students need to do|"
                    r"What happens next)\n[A-Z][^\n]+\.$",
                    t,
                    re.M,
                )
            )
            == 5
            and re.search(
                r"^Update log\n(?:[A-Z][a-z]+day \d+ June 2028, \d{2}:\d{2} — [A-Z][^\n]+\.\n){5}\n",
                t,
                re.M,
            )
            and re.search(
                r"^Related pages\n(?:[A-Z][^\n]+\n){3}\nWas this page helpful\? Yes \| No$", t, re.M
            )
            for t in texts
        )
        # a trade weekly's news brief: the slot label with its section, the headline, the
        # reporter's byline, the date with a reading time, the metered-paywall line, a short
        # brief, a key-dates box, more briefs, a jobs board of two posts and a sponsored line
        assert any(
            re.search(
                r"^NEWS BRIEF · [A-Z]+\n\n[A-Z][^\n]+\n\nBy [A-Z][^\n,]+, news reporter\n"
                r"[A-Z][a-z]+day \d+ June 2028 · \d min read$",
                t,
                re.M,
            )
            and re.search(r"^Subscribers: you have \d free articles left this month\.", t, re.M)
            and re.search(r"^Key dates\n(?:[A-Z][^\n:]+: \d+ [A-Z][a-z]+\n){2}\n", t, re.M)
            and re.search(r"^More news briefs\n(?:[A-Z][^\n]+\n){3}\n", t, re.M)
            and re.search(
                r"^Jobs board\n(?:[A-Z][^\n–]+ – £[^\n]+, closing date \d+ [A-Z][a-z]+\n){2}",
                t,
                re.M,
            )
            and re.search(r"^Sponsored: [A-Z][^\n]+ – [^\n]+$", t, re.M)
            for t in texts
        )
        # a sixth-form college's student newspaper: the masthead and its line, two student
        # bylines (an editor and a year group), the independence note, the story, a "got a
        # story?" line with the paper's room, and five moderated comments (handle, date and time,
        # one paragraph, reply/like)
        assert any(
            re.search(
                r"^The Lantern\nThe student newspaper of [A-Z][^\n]+ · Independent since \d{4}$",
                t,
                re.M,
            )
            and re.search(
                r"^By [A-Z][^\n,]+, news editor, and [A-Z][^\n,]+, Year 1[23]\n[A-Z][a-z]+day \d+ June 2028$",
                t,
                re.M,
            )
            and re.search(r"^The Lantern is written and edited by students\.", t, re.M)
            and re.search(r"^Got a story\? Email [^\n]+ or find us in room [A-Z]\d+\.$", t, re.M)
            and re.search(r"^Comments \(5\)\nComments are checked by the editors", t, re.M)
            and len(
                re.findall(
                    r"^[A-Za-z][^\n·]+ · \d+ Jun 2028 · \d{2}:\d{2}\n[^\n]+\nReply · Like \(\d+\)$",
                    t,
                    re.M,
                )
            )
            == 5
            for t in texts
        )
        # an evening paper's "news in brief" column: the column head, the compiler and the print
        # page, at least six capitalised item heads each followed by a short item, the story of
        # the corpus among unrelated ones, and two adverts set between the items
        assert any(
            re.search(
                r"^NEWS IN BRIEF\n\nCompiled by [A-Z][^\n]+\n[A-Z][a-z]+day \d+ June 2028 · Print "
                r"edition, page \d+$",
                t,
                re.M,
            )
            and len(re.findall(r"^[A-Z][A-Z0-9£,’ ]{8,}\n[A-Z][^\n]+\.[”]?$", t, re.M)) >= 6
            and re.search(r"^EXAM LEAK ARREST\n", t, re.M)
            and len(re.findall(r"\n\nAdvertisement\n[A-Z][^\n–]+ – [^\n]+\n\n[A-Z][A-Z ]+\n", t))
            == 2
            for t in texts
        )
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "Home | Qualifications | Exams officers | Students and parents | News | Contact us",
            "News | Regulation | Malpractice | Technology | Jobs | Events | Subscribe",
            "News | Features | Opinion | Sport | Arts | Puzzles | About us",
            "News | Sport | What’s on | Property | Motors | Jobs | Announcements | E-edition",
            "Print this page | Share: Email | X | LinkedIn",
            "Share: LinkedIn | X | Email | Copy link",
            "Share: WhatsApp | Instagram | X | Copy link",
            "Share: Facebook | X | WhatsApp | Email",
            "Was this page helpful? Yes | No",
            "Media enquiries:",
            "Subscribers: you have 2 free articles left this month.",
            "Jobs board",
            "Sponsored:",
            "Read more:",
            "Read next:",
            "Most read",
            "Advertisement",
            "Got a story?",
            "Comments are checked by the editors before they appear.",
            "Subscribe to the Courier e-edition",
            "cookies",
            "newsletter",
            "© 2028 Harrowmere Examinations Board.",
            "© 2028 Invigilate Media Ltd.",
            "© 2028 The Lantern, Calderbridge Sixth Form College Students’ Union.",
            "© 2028 Ashmoreshire Newspapers Ltd.",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
