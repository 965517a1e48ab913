"""The twelfth held-out corpus (the crowds drawn to Wrenholt, on the Carrack estuary, by a
Siberian rubythroat in a back garden on Marsh Lane) passes the checks of the first, and its pages
carry the formats and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN12-2540"
SPAM = "wholesale bird seed delivered free"


class TestUnseen12(UnseenChecks):
    CORPUS = Corpus("unseen12")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a travel bulletin: nine items each under a capitalised severity tag, most of them about
        # the closures and three about roads elsewhere, an early-morning update line, the time of
        # the next update and how to report a hold-up
        assert any(
            " ".join(re.findall(r"^\[([A-Z]+)\] [A-Z0-9]", t, re.M))
            == "SEVERE SEVERE MODERATE MODERATE DELAYS EXTRA ROADWORKS MINOR CLEAR"
            and re.search(r"^Elsewhere in East Marle\n\[ROADWORKS\] ", t, re.M)
            and re.search(r"^Update, \d{2}:\d{2}: [a-z]", t, re.M)
            and re.search(r"^Next update: \d{2}:\d{2}$", t, re.M)
            and re.search(r"^Report a hold-up: text the [^\n]+ on \d+ ", t, re.M)
            for t in texts
        )
        # a subtitle file of a television report: thirty numbered cues in order, each with an SRT
        # time range and one line of text, four of them on-screen name captions
        assert any(
            [
                int(n)
                for n in re.findall(
                    r"^(\d+)\n\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}\n[^\n]+\n\n",
                    t,
                    re.M,
                )
            ]
            == list(range(1, 31))
            and re.search(r"^30\n00:02:02,600 --> 00:02:05,000\n[^\n]+ EVTV News, ", t, re.M)
            and len(re.findall(r"^\[CAPTION: [A-Z][^\],\n]+, [A-Z][^\]\n]+\]$", t, re.M)) == 4
            and re.search(r"^Watch the report \(\d:\d{2}\) \| Share \| Embed$", t, re.M)
            for t in texts
        )
        # a podcast episode page: listen links, an image credit, six timestamped chapters in
        # order, each over its summary, a quote of the week, a bulleted list of links, then
        # listener comments of name, date and time, text and a reply link
        for t in texts:
            chapters = re.findall(r"^(\d{2}):(\d{2}) [A-Z][^\n]+\n[A-Z][^\n]+$", t, re.M)
            if chapters:
                break
        assert [int(m) * 60 + int(s) for m, s in chapters] == sorted(
            int(m) * 60 + int(s) for m, s in chapters
        )
        assert any(
            len(re.findall(r"^\d{2}:\d{2} [A-Z][^\n]+\n[A-Z][^\n]+$", t, re.M)) == 6
            and re.search(r"^Chapters\n\n00:00 ", t, re.M)
            and re.search(r"^Listen: Apple Podcasts \| Spotify \| [^\n]+\(MP3, \d+ MB\)$", t, re.M)
            and re.search(r"^\[Image: [^\]\n]+ Photo: [A-Z][^\]\n]+\]$", t, re.M)
            and re.search(r"^Quote of the week\n“[^\n]+” — [A-Z][a-z]+ [A-Z][a-z]+$", t, re.M)
            and len(re.findall(r"^• [A-Z][^\n]+: [a-z][^\n]+$", t, re.M)) == 3
            and re.search(r"^Comments \(6\)$", t, re.M)
            and len(re.findall(r"^[^\n]+ · \d+ October 2026, \d{2}:\d{2}\n[^\n]+\nReply$", t, re.M))
            == 6
            for t in texts
        )
        # a news quiz: ten numbered questions with three lettered options each, four of them about
        # the bird and most of the rest about other news, then the answers in order, each a letter
        # and a line of detail, and a scoring guide
        assert any(
            [
                int(n)
                for n in re.findall(
                    r"^(\d+)\. [^\n]+\?\na\) [^\n]+\nb\) [^\n]+\nc\) [^\n]+$", t, re.M
                )
            ]
            == list(range(1, 11))
            and re.search(r"^Answers\n\n1\. [abc]\) ", t, re.M)
            and [int(n) for n in re.findall(r"^(\d+)\. [abc]\) [^\n]+$", t, re.M)]
            == list(range(1, 11))
            and len(re.findall(r"^\d+–\d+: [A-Z][^\n]+$", t, re.M)) == 3
            and len(re.findall(r"^\d+\. [^\n]*(?:bird|Cressey)[^\n]*\?$", t, re.M)) == 4
            for t in texts
        )
        assert any(re.search(r"[“”’—]", text) for text in texts)
        self.assert_furniture(
            "Home > Travel > East Marle",
            "Home › News › Marleshire",
            "Home » Podcasts » The Birding Hour",
            "Home / Fun & games / Quiz",
            "Share: Facebook | X | WhatsApp | Email",
            "Watch the report (3:04) | Share | Embed",
            "Listen: Apple Podcasts | Spotify",
            "Share: Facebook | X | Email | Print",
            "Advertisement",
            "Related:",
            "Read more:",
            "More from EVTV News:",
            "cookies",
            "newsletter",
            "Sign up",
            "Next update: 10:00",
            "Comments are moderated.",
            "Copyright ©",
            "© EVTV 2026.",
            "© Wingbeat 2026.",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
