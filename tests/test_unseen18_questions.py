"""The eighteenth held-out corpus (the cancellation of the Quarnby Green Festival, due on
Coldharbour Meadows outside Quarnby, Tessingshire, from Friday 18 to Sunday 20 August 2028, which
its organiser called off on the evening of Wednesday 9 August after its staging contractor went
into administration) passes the checks of the first, and its pages carry the formats and furniture
it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN18-4186"
SPAM = "Get your ticket money back in 24 hours with RefundRescue"


class TestUnseen18(UnseenChecks):
    CORPUS = Corpus("unseen18")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a local radio station's "what we know so far" card page: the station's frequencies and
        # now-playing line, the label, the headline, the byline with published and updated times,
        # the swipe instruction, eight numbered cards each headed by a question and followed by
        # prose, a text-the-newsroom line, more stories and a listen-again line
        assert any(
            re.search(
                r"^104\.2 FM · DAB · [^\n]+\n[^\n]+\nNow playing: [^\n]+ · Listen live ▶$", t, re.M
            )
            and re.search(
                r"^WHAT WE KNOW SO FAR\n\n[A-Z][^\n]+\n\nBy [A-Z][^\n,]+, [A-Z][^\n]+ News\n"
                r"Published [A-Z][a-z]+day \d+ August 2028, \d{2}:\d{2} · Updated [A-Z][a-z]+day "
                r"\d+ August 2028, \d{2}:\d{2}$",
                t,
                re.M,
            )
            and re.search(r"^Tap or swipe through the cards\. Share: ", t, re.M)
            and [
                int(n)
                for n in re.findall(r"^CARD (\d) OF 8\n[A-Z][^\n]+\?\n[A-Z][^\n]+\.", t, re.M)
            ]
            == list(range(1, 9))
            and re.search(
                r"^Got a question we haven’t answered\? Text the newsroom on \d+", t, re.M
            )
            and re.search(r"^More from [^\n]+ News\n(?:[A-Z][^\n]+\n){3}\n", t, re.M)
            and re.search(r"^Listen again: [^\n]+ \(\d+ min\)$", t, re.M)
            for t in texts
        )
        # a district council's record of questions at full council: the meeting line, the item,
        # the procedure rule, the unrevised status, download and webcast links, column markers,
        # numbered capitalised question heads each with "Question from Councillor ... to the
        # Cabinet Member for ...", speeches under "Cllr Name:" labels (the cabinet member's with
        # her portfolio), a supplementary question, the chair's line and next/previous items
        assert any(
            re.search(
                r"^FULL COUNCIL · [A-Z]+DAY \d+ AUGUST 2028\n\nRecord of questions to cabinet members "
                r"\(Item \d+\)\n\nQuestions from members under Council Procedure Rule \d+\n"
                r"Status: unrevised record\.",
                t,
                re.M,
            )
            and re.search(r"^Download this record \(PDF, \d+ KB\) \| Watch the webcast \|", t, re.M)
            and len(re.findall(r"^\[Col\. \d+\]$", t, re.M)) == 3
            and len(
                re.findall(
                    r"^\d\.\d [A-Z][A-Z ]+\n\nQuestion from Councillor [A-Z][^\n()]+ \([A-Z][^\n]+ "
                    r"ward, [^\n]+\) to the Cabinet Member for [A-Z][^\n]+$",
                    t,
                    re.M,
                )
            )
            == 2
            and len(re.findall(r"^Cllr [A-Z][^\n:()]+(?: \([^\n)]+\))?: [A-Z]", t, re.M)) >= 6
            and re.search(r"^Cllr [A-Z][^\n:]+ \(Cabinet Member for [^\n)]+\): I thank", t, re.M)
            and re.search(r"^Supplementary question\n\nCllr ", t, re.M)
            and re.search(r"^The Chair \(Cllr [A-Z][^\n)]+\): ", t, re.M)
            and re.search(r"^Next: Item \d+ – [^\n]+\nPrevious: Item \d+ – [^\n]+$", t, re.M)
            for t in texts
        )
        # a traders' association's members' page carrying a WhatsApp group export: the archive
        # label, the secretary's posting line, the consent note, the export markers, the
        # encryption and group-creation system lines, at least twenty "dd/mm/yyyy, hh:mm - Name:
        # message" lines in time order, a join line, a deleted message and an omitted photo
        assert any(
            re.search(
                r"^GROUP CHAT ARCHIVE\n\n[A-Z][^\n]+\n\nPosted by [A-Z][^\n,]+, secretary · "
                r"[A-Z][a-z]+day \d+ August 2028$",
                t,
                re.M,
            )
            and re.search(r"everyone named has agreed to appear\.", t)
            and re.search(
                r"^--- Export begins ---\n\d{2}/\d{2}/2028, \d{2}:\d{2} - Messages and calls are "
                r"end-to-end encrypted\.[^\n]+\n\d{2}/\d{2}/2028, \d{2}:\d{2} - [A-Z][^\n]+ "
                r"created group \"[^\"\n]+\"$",
                t,
                re.M,
            )
            and len(
                stamps := re.findall(
                    r"^(\d{2})/(\d{2})/2028, (\d{2}:\d{2}) - [A-Z][A-Za-z ]+: [^\n]+$", t, re.M
                )
            )
            >= 20
            and [(m, d, hm) for d, m, hm in stamps] == sorted((m, d, hm) for d, m, hm in stamps)
            and re.search(r" - [A-Z][^\n:]+ joined using this group's invite link$", t, re.M)
            and re.search(r": This message was deleted$", t, re.M)
            and re.search(r": <Media omitted>$", t, re.M)
            and re.search(r"^--- Export ends ---$", t, re.M)
            for t in texts
        )
        # a business directory's listing with reviews: the directory's strapline, the breadcrumb
        # ending in the business, the star rating with the review count, the claimed-listing
        # line, a block of listing fields, the business's dated update signed by its director,
        # the rating breakdown, six reviews (name, stars, date, one paragraph, helpful/report),
        # an owner's response, sponsored listings and "people also viewed"
        assert any(
            re.search(r"^LocalFind\nFind local businesses you can trust\n", t)
            and re.search(r"^★[★☆]{4} \d\.\d \((\d+) reviews\)\n✔ Claimed listing · ", t, re.M)
            and re.search(
                r"^Address: [^\n]+\nPhone: [\d ]+\nWebsite: [^\n]+\nOffice hours: [^\n]+\n"
                r"Company no\. \d{8} · Established \d{4}$",
                t,
                re.M,
            )
            and re.search(
                r"^UPDATE FROM THE BUSINESS · Posted \d+ Aug 2028 · \d{2}:\d{2}\n\n[A-Z][^\n]+\n\n",
                t,
                re.M,
            )
            and re.search(r"^[A-Z][^\n,]+, founder and director$", t, re.M)
            and re.search(
                r"^Reviews \((\d+)\)\nSort by: Most recent\n5★ \d+ · 4★ \d+ · 3★ \d+ · 2★ \d+ · 1★ \d+$",
                t,
                re.M,
            )
            and len(
                re.findall(
                    r"^[A-Z][^\n·]+ · [★☆]{5} · \d+ Aug 2028\n[^\n]+\nHelpful \(\d+\) · Report$",
                    t,
                    re.M,
                )
            )
            == 6
            and re.search(
                r"^Response from the owner · \d+ Aug 2028\n[A-Z][^\n]+ – [A-Z][a-z]+$", t, re.M
            )
            and re.search(r"^Sponsored listings nearby\n(?:[A-Z][^\n–]+ – [^\n]+\n){2}\n", t, re.M)
            and re.search(
                r"^People also viewed\n(?:[A-Z][^\n·]+ · [^\n]+ · [^\n]+\n){3}\n", t, re.M
            )
            for t in texts
        )
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "Listen live | News | Travel | Weather | Presenters | Win | Contact us",
            "Home | Bins and recycling | Council tax | Planning | Licensing | Councillors and "
            "meetings | Contact us",
            "Home | About us | Join us | Market days | Members’ area | News | Contact",
            "Search businesses | Categories | Write a review | For business | Log in",
            "Share: Facebook | X | WhatsApp | Copy link",
            "Share this page: Email | Print",
            "Share: Email | Facebook | Copy link",
            "Share this listing: Facebook | X | Email | Copy link",
            "Save | Suggest an edit | Report this listing",
            "Was this page useful? Yes | No",
            "Related documents",
            "Posted in: Festivals · Members’ notices",
            "Show more reviews",
            "Own a business? Add it to LocalFind for free.",
            "Sign up to our newsletter",
            "cookies",
            "© 2028 Tessingshire Sound Ltd.",
            "© 2028 Quarnby District Council",
            "© 2028 Quarnby Market Traders Association.",
            "© 2028 LocalFind Directories Ltd.",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_review_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
