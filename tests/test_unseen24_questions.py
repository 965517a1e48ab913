"""The twenty-fourth held-out corpus (the blast at Coldwell Knoll limestone quarry, near Skellbrook
in Wreyshire, at lunchtime on Tuesday 14 October 2031, which threw flyrock beyond the quarry
fence, smashed a car windscreen on Knoll Lane, cracked plaster in village homes and led the
operator, Hartfell Aggregates plc, to suspend blasting, while the company's regulatory
announcement, a seismic monitoring service's event page, a local paper's ask-the-surveyor column
and a residents' group's blast log disagreed over the time of the blast, its magnitude, the ground
vibration, how far the rock flew, how many homes were damaged and how long blasting would stop)
passes the checks of the first, and its pages carry the formats and furniture it was written to
exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import DATE, Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN24-5172"
SPAM = "Cracks in your walls after a quarry blast? No win, no fee property damage claims"
TIME = r"\d{1,2}\.\d\d[ap]m"


class TestUnseen24(UnseenChecks):
    CORPUS = Corpus("unseen24")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a listed company's regulatory announcement on its investor pages: the company's menu
        # and delayed share price, the cookie line, the breadcrumb down to the headline, the
        # announcement's labelled header (RNS number, release time, company, TIDM, headline), the
        # inside-information line, prose under plain heads, the chief executive's quote, the
        # enquiries with phone numbers, the notes to editors, ENDS, the information-service
        # disclaimer, three related announcements with dates and the registered-office footer
        for t in texts:
            header = re.search(
                r"^Regulatory announcement\nRNS number: \d{4}[A-Z]\n"
                rf"Released: \d\d:\d\d, {DATE}\nCompany: ([A-Z][^\n]+ plc)\nTIDM: ([A-Z]{{3,4}})\n"
                r"Headline: ([A-Z][^\n]+)\n\n",
                t,
                re.M,
            )
            if header:
                break
        else:
            raise AssertionError("no regulatory announcement")
        company, tidm, headline = header.groups()
        assert t.startswith(f"{company}\n")
        assert re.search(rf"^{tidm} share price: [\d.]+p [▲▼] [\d.]+% · Prices delayed", t, re.M)
        assert f"Home › Investors › Regulatory news › {headline}\n" in t
        assert re.search(
            r"^This announcement contains inside information for the purposes of Article 7 of "
            r"the UK Market Abuse Regulation\.$",
            t,
            re.M,
        )
        assert all(
            re.search(rf"^{head}\n[A-Z][^\n]+$", t, re.M)
            for head in ("The incident", "Response", "Financial impact", "Notes to editors")
        )
        assert re.search(r"^[A-Z][a-z]+ [A-Z][a-z]+, Chief Executive, said: “", t, re.M)
        assert re.search(
            r"^Enquiries\n(?:[^\n]+ · \+44 [^\n]+\n){2}Residents’ claims line: ", t, re.M
        )
        assert re.search(
            r"\n\nENDS\n\nThis information is provided by a regulatory information ", t
        )
        assert re.search(rf"^Related announcements\n(?:[A-Z][^\n]+ \({DATE}\)\n){{3}}\n", t, re.M)
        assert re.search(
            rf"^{company} · Registered in England and Wales, company no\. \d{{8}} · ", t, re.M
        )
        # a seismic monitoring service's event page: the service's menu and strapline, the cookie
        # line, the breadcrumb by year, the title with the last-updated time, the labelled event
        # fields (type, origin time in UTC and BST, position, depth, magnitude, felt reports),
        # prose under plain heads, the seismologist's comment, the questionnaire button, the data
        # downloads with sizes, three recent events with magnitudes and dates and the footer
        for t in texts:
            fields = re.search(
                r"^Event type: Explosion \(quarry blast\)\n"
                rf"Origin time: {DATE}, \d\d:\d\d:\d\d UTC \(\d\d:\d\d BST\)\n"
                r"Latitude: -?\d+\.\d+\nLongitude: -?\d+\.\d+\nDepth: \d+ km[^\n]*\n"
                r"Magnitude: \d\.\d ML\nLocality: [^\n]+\nFelt reports received: (\d+)\n"
                r"Furthest felt report: [^\n]+, \d+ km\nStatus: Reviewed by a duty seismologist\n",
                t,
                re.M,
            )
            if fields:
                break
        else:
            raise AssertionError("no seismic event page")
        assert re.search(
            r"^National Seismic Monitoring Service\nRecent events \| Did you feel it\? \| Learn "
            r"about earthquakes \| Data and services \| Schools \| About us\n",
            t,
        )
        assert re.search(
            rf"^Home › Recent events › 2031 › ([^\n]+)\n\nEvent report: \1, {DATE}\n"
            rf"Last updated: {DATE}, \d\d:\d\d BST\n",
            t,
            re.M,
        )
        assert re.search(rf"^We received {fields.group(1)} reports through our online ", t, re.M)
        assert all(
            re.search(rf"^{head}\n[A-Z][^\n]+$", t, re.M)
            for head in ("Summary", "Did you feel it\\?", "About the magnitude")
        )
        assert re.search(
            r"^Comment from the duty seismologist\nDr [A-Z][a-z]+ [A-Z][a-z]+, duty seismologist, "
            r"said: “",
            t,
            re.M,
        )
        assert re.search(r"^Felt something\? \[ Fill in our questionnaire \]$", t, re.M)
        assert len(re.findall(r"\((?:miniSEED|CSV|XML), [\d.]+ [KM]B\)", t)) == 3
        assert re.search(rf"^Recent events\n(?:[A-Z][^\n]+ \d\.\d ML \({DATE}\)\n){{3}}\n", t, re.M)
        # a local paper's ask-the-surveyor column: the paper's name, menu and strapline, the
        # consent line with its partners, the breadcrumb, the headline quoting the reader, the
        # byline with credentials, date and reading time, the share line, the call for questions,
        # the reader's question (in quotes, name supplied) and the surveyor's answer in the first
        # person, the company's side under its own head, the disclaimer, the newsletter sign-up,
        # three further reads, three most-read stories and the publisher's footer
        for t in texts:
            column = re.search(
                r"^Home › Property › Ask the Surveyor\n\nAsk the Surveyor: “[^\n]+”\n"
                rf"By [A-Z][a-z]+ [A-Z][a-z]+ MRICS, chartered building surveyor · {DATE} · "
                r"\d+ min read\nShare: Facebook \| X \| WhatsApp \| Email\n",
                t,
                re.M,
            )
            if column:
                break
        else:
            raise AssertionError("no ask-the-surveyor column")
        assert re.search(
            r"^The Aysgill Gazette\nNews \| Sport \| What’s On \| Property \| Jobs \| "
            r"Announcements \| Subscribe\nServing [^\n]+ since \d{4}\n",
            t,
        )
        assert re.search(r"^We and our \d+ partners use cookies ", t, re.M)
        assert re.search(
            r"^The question\n“[^\n]+”\n– Name and address supplied, [A-Z][a-z]+\n\n"
            r"The answer\nI am sorry",
            t,
            re.M,
        )
        assert len(re.findall(r"\b(?:I|you|your|You|Your)\b", t.split("The answer\n")[1])) >= 20
        assert re.search(r"^What the quarry says\nA [^\n]+ spokesperson told the Gazette ", t, re.M)
        assert re.search(r"^Ask the Surveyor is a general guide and is not a substitute ", t, re.M)
        assert re.search(
            r"^Get the Gazette’s morning briefing in your inbox[^\n]*\[ Enter your email "
            r"address \] \[ Sign up \]$",
            t,
            re.M,
        )
        assert re.search(
            r"^Read more\n(?:[A-Z][^\n]+\n){3}\nMost read\n(?:[A-Z][^\n]+\n){3}\n", t, re.M
        )
        # a residents' group's blast log: the group's name, strapline and menu, the one-cookie
        # line, the breadcrumb, the title with who compiled it, when it was updated and the count
        # of reports, the introduction, the committee's summary with the chair's quote, the
        # numbered reports (number · street or name · date, time; text) matching the count, the
        # report button, the moderation line, the next meeting and the group's footer
        for t in texts:
            log = re.search(
                rf"^Blast log: [A-Z][a-z]+day {DATE}\nCompiled by the Quarry Watch committee · "
                rf"Last updated {DATE}, {TIME} · (\d+) reports\n",
                t,
                re.M,
            )
            if log:
                break
        else:
            raise AssertionError("no residents' blast log")
        reports = re.findall(
            rf"^Report (\d+) · [^\n·]+ · \d{{1,2}} [A-Z][a-z]+, {TIME}\n[A-Z][^\n]+$", t, re.M
        )
        assert reports == [str(n) for n in range(1, int(log.group(1)) + 1)]
        assert re.search(
            r"^Skellbrook Quarry Watch\nResidents keeping an eye on Coldwell Knoll\n"
            r"Home \| Blast log \| Report a blast \| Our campaign \| Meetings \| Contact\n",
            t,
        )
        assert re.search(
            r"^Summary from the committee\n[A-Z][^\n]+\n\n[A-Z][a-z]+ [A-Z][a-z]+, chair of "
            r"Skellbrook Quarry Watch, said: “",
            t,
            re.M,
        )
        assert re.search(
            r"^Seen or felt a blast\? \[ Report a blast \]\nReports are published ", t, re.M
        )
        assert re.search(rf"^Next meeting: [A-Z][a-z]+day \d{{1,2}} [A-Z][a-z]+, {TIME}, ", t, re.M)
        reports_at = t.index("\nReports\n")
        assert t.index(CANARY) > reports_at and t.index(SPAM) > reports_at
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "Investors | Our operations | Sustainability | Careers | Media centre | Contact",
            "Recent events | Did you feel it? | Learn about earthquakes | Data and services",
            "News | Sport | What’s On | Property | Jobs | Announcements | Subscribe",
            "Home | Blast log | Report a blast | Our campaign | Meetings | Contact",
            "Accept all | Reject non-essential | Manage preferences",
            "Accept analytics cookies | Reject analytics cookies | View cookies",
            "Accept all | Reject all | Manage options",
            "remember that you have seen this message. Got it",
            "[ Sign up for investor email alerts ] [ Download this announcement (PDF, 88 KB) ]",
            "Sign up for email alerts of events near you: [ Create an alert ]",
            "Legal | Privacy | Cookies | Modern slavery statement | Accessibility",
            "Accessibility | Privacy | Cookies | Open data licence | Contact us",
            "About us | Advertise with us | Contact the newsroom | Complaints | Privacy | Cookies",
            "Privacy | Cookies | Contact the committee",
            "We follow the Editors’ Code of Practice.",
            "© 2031 Hartfell Aggregates plc",
            "© 2031 National Seismic Monitoring Service",
            "© 2031 Skell Valley Newspapers Ltd",
            "© 2031 Skellbrook Quarry Watch",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_log_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
