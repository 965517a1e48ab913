"""The nineteenth held-out corpus (the burst of a trunk main under Cobb Lane, Sallowmere, in
Ormshire, early on Sunday 8 October 2028, which left Sallowmere and Fenwick Green without tap water
for days while Ormvale Water handed out bottled water, and which the water company blamed on
drilling for broadband cables) passes the checks of the first, and its pages carry the formats and
furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN19-7352"
SPAM = "Never run dry again with an AquaVault home water tank"


class TestUnseen19(UnseenChecks):
    CORPUS = Corpus("unseen19")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a weekly paper's digital edition showing the OCR text of its front page: the edition
        # and page line, the OCR warning, begin/end markers around the page text, the two-line
        # capitalised masthead with its motto (misread), the issue number, date and price, the
        # misread "INSIDE" teasers, a capitalised headline and byline, the turn to page 3, a
        # boxed list of four bullets, a picture caption with its credit, the imprint and the
        # barcode digits
        assert any(
            re.search(
                r"^Edition: [A-Z][a-z]+day \d+ October 2028 · Page 1 of \d+\n◀ Previous page \| "
                r"Next page ▶ \| Zoom \| Download this page \(PDF, [\d.]+ MB\) \| Switch to page view$",
                t,
                re.M,
            )
            and re.search(
                r"^Text view: this text was produced automatically [^\n]+\(OCR\)\.", t, re.M
            )
            and re.search(
                r"^----- OCR TEXT OF PAGE 1 BEGINS -----\nTHE [A-Z]+\nCLARION\nServing [^\n]*va1ley "
                r"since \d{4}\nNo\. [\d,]+ ■ [A-Z]+DAY, OCTOBER \d+, 2028 ■ £\d\.\d{2}\nlNSIDE: "
                r"(?:[^\n■]+ P\d+ ■ ){2}[^\n■]+ P\d+\n\n[A-Z ]+\n[A-Z][^\n]+\nBy [A-Z]+ [A-Z]+\n"
                r"Chief Reporter$",
                t,
                re.M,
            )
            and re.search(r"^Continued on Page 3$", t, re.M)
            and re.search(r"^■ WHERE TO GET WATER\n[A-Z][^\n]+:\n(?:■ [A-Z][^\n]+\n){4}", t, re.M)
            and re.search(r"^\[Picture caption\] [A-Z][^\n]+\. Picture: [A-Z]+ [A-Z]+$", t, re.M)
            and re.search(r"^Printed and published by [^\n]+\.\n9 \d{6} \d{6} \d{2}\n", t, re.M)
            and re.search(r"^----- OCR TEXT OF PAGE 1 ENDS -----$", t, re.M)
            and re.search(r"laun-\nderettes", t)
            for t in texts
        )
        # an NHS trust's patient information leaflet page: the label, the title, the leaflet
        # number and version, issued and review-due dates, the producing department, the download
        # line, eight plain section heads each followed by prose, a block of contact numbers,
        # the alternative-formats line with the PALS number, the feedback line and three related
        # leaflets with their codes
        assert any(
            re.search(
                r"^PATIENT INFORMATION\n\n[A-Z][^\n]+\n\nLeaflet number: PIL-[A-Z]{3}-\d{4} · "
                r"Version \d\nIssued: \d+ [A-Z][a-z]+ 2028 · Review due: \d+ [A-Z][a-z]+ 2029\n"
                r"Produced by: [A-Z][^\n]+$",
                t,
                re.M,
            )
            and re.search(
                r"^Download this leaflet \(PDF, \d pages, \d+ KB\) \| Print \| Email this page$",
                t,
                re.M,
            )
            and len(
                re.findall(
                    r"^(?:About this leaflet|What has happened|Your dialysis|Peritoneal dialysis|"
                    r"When your water comes back|Drinking water and medicines|"
                    r"Sallowmere Community Hospital|Contact numbers)\n[A-Z][^\n]+$",
                    t,
                    re.M,
                )
            )
            == 8
            and len(re.findall(r"^[A-Z][^\n:]+: (?:0\d{4} \d{6}|0800 \d{3} \d{4})$", t, re.M)) == 3
            and re.search(r"Patient Advice and Liaison Service \(PALS\) on \d{5} \d{6}", t)
            and re.search(r"^Was this leaflet helpful\? Yes \| No \| ", t, re.M)
            and re.search(r"^Related leaflets\n(?:[A-Z][^\n]+ \(PIL-REN-\d{4}\)\n){3}\n", t, re.M)
            for t in texts
        )
        # a rugby club's website notice: the club's capitalised name, year and nickname, the
        # label, the posting line with the secretary and a time, a tags line, a fixtures table of
        # three "Day date | fixture | STATUS" rows, the secretary's sign-off, previous and next
        # notices, three latest club news lines, the next home fixture, the sponsors' line and the
        # union affiliation
        assert any(
            re.search(r"^SALLOWMERE RFC\nEst\. \d{4} · “[^”\n]+”\n", t)
            and re.search(
                r"^CLUB NOTICE\n\n[A-Z][^\n]+\n\nPosted by [A-Z][^\n,]+, Club Secretary · "
                r"[A-Z][a-z]+day \d+ October 2028 · \d{2}:\d{2}\nTags: [A-Z][^\n]+ · [^\n]+$",
                t,
                re.M,
            )
            and re.search(
                r"^FIXTURES AFFECTED\n\n(?:(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d+ Oct \| [^\n|]+ \| "
                r"[A-Z]{2,}[^\n]*\n){3}\n",
                t,
                re.M,
            )
            and re.search(r"^[A-Z][a-z]+ [A-Z][a-z]+\nClub Secretary$", t, re.M)
            and re.search(r"^◀ Previous: [A-Z][^\n|]+ \| Next: [^\n]+ ▶$", t, re.M)
            and re.search(r"^LATEST CLUB NEWS\n(?:[A-Z][^\n]+\n){3}\n", t, re.M)
            and re.search(r"^NEXT HOME FIXTURE\n1st XV v [^\n]+ · KO \dpm · [^\n]+$", t, re.M)
            and re.search(
                r"^Main sponsor: [^\n|]+ \| Kit sponsor: [^\n|]+ \| Ball sponsor: ", t, re.M
            )
            and re.search(r"Affiliated to the Rugby Football Union$", t, re.M)
            for t in texts
        )
        # a neighbourhood app's feed on the web: the app's name and strapline, the neighbourhood
        # with its neighbour count, the tag filter and sort order, a pinned agency post posted and
        # edited, six neighbours' posts (name · place · day and time, a category, one paragraph,
        # the Thank/Reply/Share line) newest first, indented replies, a sponsored post, the
        # caught-up line, suggested groups and app-store links
        posts = r"^[A-Z][^\n·]+ · [A-Z][^\n·]+ · [A-Z][a-z]{2} (\d+) Oct, (\d{2}:\d{2})"
        assert any(
            re.search(r"^Doorstep\nYour neighbourhood, nearby\n", t)
            and re.search(
                r"^[A-Z][^\n]+ · [\d,]+ neighbours\nShowing posts tagged #[A-Za-z]+ · "
                r"Sort: Latest first$",
                t,
                re.M,
            )
            and re.search(
                r"^📌 PINNED BY NEIGHBOURHOOD LEAD\n\n[A-Z][^\n]+ ✔ Public agency · [^\n]+\n"
                r"Urgent alert · Posted [A-Z][a-z]{2} \d+ Oct, \d{2}:\d{2} · Edited [A-Z][a-z]{2} "
                r"\d+ Oct, \d{2}:\d{2}\n[^\n]+\nThank \(\d+\) · Reply \(\d+\) · Share$",
                t,
                re.M,
            )
            and len(
                re.findall(
                    posts + r"\n[A-Z][^\n]+\n[^\n]+\nThank \(\d+\) · Reply \(\d+\) · Share$",
                    t,
                    re.M,
                )
            )
            == 6
            and (stamps := [(int(d), hm) for d, hm in re.findall(posts + "$", t, re.M)])
            == sorted(stamps, reverse=True)
            and len(
                re.findall(
                    r"^  ↳ [A-Z][^\n·]+ · [A-Z][^\n·]+ · [A-Z][a-z]{2} \d+ Oct, \d{2}:\d{2}\n"
                    r"  [^\n]+\n  Thank \(\d+\) · Reply$",
                    t,
                    re.M,
                )
            )
            >= 4
            and re.search(r"^SPONSORED\n[A-Z][^\n]+ · [^\n]+\nLearn more$", t, re.M)
            and re.search(r"^You’re all caught up\. See older posts$", t, re.M)
            and re.search(r"^Suggested groups\n(?:[A-Z][^\n]+ · \d+ members\n){2}\n", t, re.M)
            and re.search(r"^Download on the App Store \| Get it on Google Play$", t, re.M)
            for t in texts
        )
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "Today’s paper | Back issues | Subscribe | Puzzles | Help",
            "Home | Our services | Patients and visitors | Work for us | About us | Contact us",
            "Home | Club news | Fixtures & results | Teams | Minis & juniors | Clubhouse hire",
            "Feed | For sale & free | Events | Groups | Businesses | Messages | Notifications",
            "Clip this article | Add a bookmark | Share: Email | Facebook | X",
            "Text size: A A A | Translate this page | Search",
            "Share: Facebook | X | WhatsApp | Email",
            "Write a post | Ask for help | Offer help",
            "Go to page: 1 | 2 | 3 | 4 | 5 ... 48",
            "Accessibility | Privacy notice | Freedom of information | Cookies",
            "Comments are closed for this notice",
            "Read our Community Guidelines | Report a post | Help centre",
            "Independent Press Standards Organisation",
            "cookies",
            "© 2028 Orm Valley Newspapers Ltd.",
            "© 2028 Ormshire Community Health NHS Trust",
            "© 2028 Sallowmere Rugby Football Club",
            "© 2028 Doorstep Neighbourhoods Ltd.",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_feed_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
