"""The fourteenth held-out corpus (a landslip in Pikeholme Cutting on the Ferrand Valley line,
between Scarth Green and Brantmoor in Marrowshire, that stopped the first train from Kettlewick on
Monday 8 March 2027) passes the checks of the first, and its pages carry the formats and furniture
it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN14-8302"
SPAM = "payday loans with no credit checks"


class TestUnseen14(UnseenChecks):
    CORPUS = Corpus("unseen14")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a local radio station's published bulletin script: a header of bulletin slot, reader,
        # producer and total duration, stings, four numbered stories under capitalised slugs, a
        # clip block (in and out words, duration, transcript), sport, weather and travel, "ENDS"
        assert any(
            re.search(
                r"^BULLETIN: \d{4} [A-Z]{3} \d{2}/\d{2}/\d{2}\nREADER: [A-Z][^\n]+\n"
                r"PRODUCER: [A-Z][^\n]+\nTOTAL DUR: \d'\d{2}\"$",
                t,
                re.M,
            )
            and [int(n) for n in re.findall(r"^(\d)\. [A-Z0-9][A-Z0-9 /()]+$", t, re.M)]
            == [1, 2, 3, 4]
            and re.search(
                r"^CLIP: [A-Z]+\nIN: \"[^\"\n]+…\"\nOUT: \"…[^\"\n]+\"\nDUR: 0'\d{2}\"\n"
                r"TRANSCRIPT: \"[^\n]+\"$",
                t,
                re.M,
            )
            and len(re.findall(r"^\[STING: [A-Z ]+\]$", t, re.M)) == 2
            and re.findall(r"^(SPORT|WEATHER|TRAVEL)$", t, re.M) == ["SPORT", "WEATHER", "TRAVEL"]
            and re.search(r"^ENDS\n\nNext bulletin: \d{4} with [A-Z][^\n]+\.$", t, re.M)
            for t in texts
        )
        # a trade journal's technical note: byline with the issue and reading time, a key-figures
        # box of nine "field · value" lines, five numbered sections, a figure caption with its
        # photo credit, a numbered reference list, tags and related technical notes
        assert any(
            re.search(
                r"^By [A-Z][^\n,]+, technical editor\n[A-Z][a-z]+day \d+ [A-Z][a-z]+ "
                r"\d{4} · Issue \d+ · Reading time: \d+ min$",
                t,
                re.M,
            )
            and re.search(r"^Key figures\n(?:[A-Z][^\n·]+ · [^\n]+\n){9}\n", t, re.M)
            and [int(n) for n in re.findall(r"^(\d)\. [A-Z][a-z]+(?: [a-z]+)?$", t, re.M)]
            == [1, 2, 3, 4, 5]
            and re.search(r"^Figure 1: [^\n]+\. Photo: [A-Z][^\n]+\.$", t, re.M)
            and [
                int(n)
                for n in re.findall(
                    r"^(\d)\. [A-Z][^\n]+, “[^”\n]+”, \d+ [A-Z][a-z]+ "
                    r"\d{4}\.$",
                    t,
                    re.M,
                )
            ]
            == [1, 2]
            and re.search(r"^Tags: [A-Z][^\n]+(?: \| [^\n]+){3}$", t, re.M)
            for t in texts
        )
        # a trade union branch circular: a memo header (number, to, from, date, subject), six
        # numbered paragraphs, four lettered demands, the sign-off, the branch officers and the
        # next branch meeting
        assert any(
            re.search(
                r"^CIRCULAR No\. \d{2}/\d{4}\nTo: [^\n]+\nFrom: [^\n]+\nDate: \d+ [A-Z][a-z]+ "
                r"\d{4}\nSubject: [^\n]+$",
                t,
                re.M,
            )
            and [int(n) for n in re.findall(r"^(\d)\. [A-Z][^\n]+$", t, re.M)] == [1, 2, 3, 4, 5, 6]
            and re.findall(r"^\(([a-z])\) [a-z][^\n]+[;.]$", t, re.M) == ["a", "b", "c", "d"]
            and re.search(r"^In unity,\n[A-Z][^\n]+\nBranch Secretary, ", t, re.M)
            and re.search(r"^Branch officers: Chair – [^\n]+ · [^\n]+ · Treasurer – ", t, re.M)
            and re.search(r"^Next branch meeting: [A-Z][a-z]+day \d+ [A-Z][a-z]+ \d{4}, ", t, re.M)
            for t in texts
        )
        # a residents' community forum thread: the page count with replies and views, then ten
        # numbered posts in order, each of user (a moderator's marked), post count and join date,
        # a timestamp, one paragraph and the Quote | Reply | Report line, in time order
        post = (
            r"^#(\d+) [^\n·]+ (?:· Moderator )?· Posts: [\d,]+ · Joined: [A-Z][a-z]{2} \d{4}\n"
            r"[A-Z][a-z]{2} (\d+) Mar 2027, (\d{2}):(\d{2})\n[^\n]+\nQuote \| Reply \| Report$"
        )
        for t in texts:
            posts = re.findall(post, t, re.M)
            if posts:
                break
        assert [int(n) for n, *_ in posts] == list(range(1, 11))
        stamps = [(int(d), int(h), int(m)) for _, d, h, m in posts]
        assert stamps == sorted(stamps)
        assert re.search(r"^Page 1 of 1 · 9 replies · [\d,]+ views$", t, re.M)
        assert re.search(r"^Started by \S+ · [A-Z][a-z]+day \d+ March 2027$", t, re.M)
        assert len(re.findall(r"· Moderator ·", t)) == 2
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "Listen live | Schedule | News | Travel | What’s on | Competitions | Contact",
            "Home | News | Technical | Projects | Careers | Events | Subscribe",
            "Home | About the branch | Circulars | Health & safety | Join the NURW | Contact",
            "Forum index | Search | Members | FAQ | Log in | Register",
            "Share: Facebook | X | WhatsApp | Email",
            "Share: LinkedIn | X | Email | Copy link",
            "Download PDF | Print | Share: Facebook | X | Email",
            "Watch thread | Share: Facebook | WhatsApp | Copy link",
            "Subscribers: log in to download this note as a PDF",
            "Scripts are as read on air; clips are transcribed in full.",
            "Please display on all depot and signal box notice boards.",
            "Reply to this thread: log in or register to post.",
            "Got a story? Call the newsroom",
            "More from Ferrand FM News:",
            "Related technical notes:",
            "Related circulars:",
            "Similar threads:",
            "Advertisement",
            "cookies",
            "newsletter",
            "Not a member? Join the NURW today",
            "© 2027 Ferrand FM Ltd.",
            "© 2027 Lineside Media Ltd.",
            "© 2027 NURW Kettlewick & Ferrand Valley Branch.",
            "Scarth Green Community Forum is run by volunteers",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_forum_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
