"""The twenty-eighth held-out corpus (the power cut that hit Kestleford town centre, Northgate and
Kestleford General Hospital, Wendshire, on the evening of Tuesday 14 November 2034, when the
standby generator serving the hospital's maternity unit and two operating theatres failed to start
and a baby was born by torchlight, while a press agency's wire copy, the network
operator's power cut page, a petition page with its signers' reasons and the constituency MP's
emailed newsletter disagreed over when the cut began, how many customers lost power, what caused
it, how long maternity was without power, how many operations were postponed and ambulances
diverted, why the generator failed and which trust officer said patients were never at risk)
passes the checks of the first, and its pages carry the formats and furniture it was written to
exercise."""

from __future__ import annotations

import re
from datetime import datetime

from tests.test_unseen_questions import (
    DATE,
    TIME,
    WEEKDAY,
    Corpus,
    UnseenChecks,
    dated,
    day,
    found,
    minutes,
    page,
)

CANARY = "CANARY-UNSEEN28-5996"
SPAM = "Power cuts ruining your evening? PowerMate home battery backup from just £299"


def words(text: str) -> int:
    return len(re.findall(r"\S+", text))


class TestUnseen28(UnseenChecks):
    CORPUS = Corpus("unseen28")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a press agency's wire copy: the agency's name, strapline and menu, the subscriber line,
        # the breadcrumb, the item's number dated as filed, its priority and slug, the filing
        # day and time, the earlier item it supersedes (the notes' previous version, filed the
        # evening before), the embargo and a word count that is the story's, the headline, the
        # byline, the dateline in capitals, quotations from named people, ENDS, the notes to
        # editors, related items newest first and older than this one, and the copyright line
        t, wire = page(
            r"^WPA-(\d{8})-(\d{4})\nPriority: (?:URGENT|ROUTINE)\nSlug: [A-Z-]+ \(WRITETHRU\)\n"
            rf"Filed: ({WEEKDAY}) ({DATE}), (\d\d:\d\d)\nSupersedes: (WPA-(\d{{8}})-\d{{4}})\n"
            r"Embargo: none\nWords: (\d+)\n\n([A-Z][^\n]+)\n\nBy ([A-Z][a-z]+ [A-Z][a-z]+), "
            r"WPA [A-Z][a-z]+ correspondent\n",
            texts,
            "wire copy",
        )
        stamp, _, weekday, filed, _, earlier, earlier_stamp, count, headline, reporter = (
            wire.groups()
        )
        filed_day = dated(weekday, filed)
        assert stamp == filed_day.strftime("%Y%m%d")
        assert datetime.strptime(earlier_stamp, "%Y%m%d") < filed_day
        assert self.CORPUS.catalogued(t, "published") == filed_day.date().isoformat()
        assert self.CORPUS.catalogued(t, "author") == reporter
        assert self.CORPUS.catalogued(t, "title") == headline
        assert re.search(
            r"^WENDSHIRE PRESS AGENCY\nRegional news, pictures and diary for subscribers since "
            r"\d{4}\nWire \| Pictures \| Diary \| Archive \| My account \| Log out\n\n"
            r"Subscriber wire · Logged in as: [A-Z][^\n]+\n\nWire › News › Health › Wendshire\n",
            t,
        )
        story = t.split(f"{headline}\n\n", 1)[1].split("\nENDS\n")[0]
        assert words(story) == int(count)
        assert re.search(r"\n\n[A-Z]{4,}, [A-Z][a-z]+ – [A-Z]", story)
        speakers = re.findall(
            r"(?:^|\. )(?:Dr |Senior midwife )?([A-Z][a-z]+ [A-Z][a-z]+)(?:, [^:\n]+)? said: “",
            story,
            re.M,
        )
        assert len(speakers) >= 2
        assert re.search(
            rf"^Previous version: {earlier} \(first take, filed (\d\d):\d\d\)\.", t, re.M
        )
        assert re.search(r"^Notes to editors\nPictures: [^\n]+\n", t, re.M)
        related = found(r"^Related wire\n((?:WPA-\d{8}-\d{4} [A-Z][^\n]+\n){3})", t).group(1)
        stamps = re.findall(r"^WPA-(\d{8})-", related, re.M)
        assert stamps == sorted(stamps, reverse=True) and stamps[0] < stamp
        assert "Copyright © 2034 Wendshire Press Agency Ltd. Subscriber copy" in t
        # the network operator's power cut page: the operator's name, strapline and menu, the
        # 105 banner, the cookie line, the breadcrumb to the incident, the incident's head (its
        # postcode districts, reference, status, type, start and restoration on the day and
        # time given, customers, postcodes, last update), the prose that repeats the start and
        # the customers, the director quoted, updates newest first from the restoration back to
        # the first report after the start, the remote switching short of all customers, the
        # compensation and register boxes, the feedback line, related pages and the footer
        t, incident = page(
            r"^Power cut in Kestleford \(([A-Z]{2}\d(?:, [A-Z]{2}\d)*)\)\n"
            r"Incident reference: (INC-(\d{4})-\d{6})\nStatus: Restored\nType: Unplanned\n"
            rf"Started: ({WEEKDAY}) ({DATE}), ({TIME})\nRestored: ({WEEKDAY}) ({DATE}), ({TIME})\n"
            r"Customers affected: ([\d,]+)\nPostcodes: ([^\n]+)\n"
            rf"Last updated: ({WEEKDAY}) ({DATE}), ({TIME})\n",
            texts,
            "power cut page",
        )
        (districts, reference, ref_year, s_day, s_date, started, r_day, r_date, restored,
         customers, postcodes, u_day, u_date, _) = incident.groups()  # fmt: skip
        start_day, restore_day = dated(s_day, s_date), dated(r_day, r_date)
        update_day = dated(u_day, u_date)
        assert start_day == restore_day < update_day and ref_year == s_date[-4:]
        assert minutes(started) < minutes(restored)
        assert self.CORPUS.catalogued(t, "published") == update_day.date().isoformat()
        assert self.CORPUS.catalogued(t, "title") == incident.group(0).split("\n")[0]
        assert {p.split()[0] for p in postcodes.split(", ")} == set(districts.split(", "))
        assert re.search(
            r"^Wendvale Electricity Networks\nKeeping the lights on across [^\n]+\nPower cuts \| "
            r"Connections \| Planned work \| Priority Services \| Safety \| Contact us\n\n"
            r"Power cut\? Call 105 free from any phone, or report it online\.\n",
            t,
        )
        assert f"Home › Power cuts › Power cut map › {reference}\n" in t
        assert f"\nAt {started} on {s_day} an underground " in t
        assert f"cutting supplies to {customers} customers" in t
        assert re.search(
            r"^[A-Z][a-z]+ [A-Z][a-z]+, our director of operations, said: “[^\n]+”$", t, re.M
        )
        updates = found(r"^Updates \(newest first\)\n((?:[^\n]+\n)+)\n", t).group(1)
        clocks = re.findall(rf"^({TIME}) – [A-Z0-9][^\n]+$", updates, re.M)
        assert len(clocks) == len(updates.splitlines()) >= 5
        times = [minutes(c) for c in clocks]
        assert times == sorted(times, reverse=True)
        assert clocks[0] == restored and times[-1] > minutes(started)
        switched = found(r"^[\d.]+pm – ([\d,]+) customers have been restored by switching", updates)
        assert int(switched.group(1).replace(",", "")) < int(customers.replace(",", ""))
        assert all(
            re.search(rf"^{head}\n[A-Z][^\n]+$", t, re.M)
            for head in (
                "What happened",
                "Compensation",
                "Priority Services Register",
                "Dig safely",
            )
        )
        assert re.search(r"^Related\n(?:[A-Z][^\n]+\n){3}\n", t, re.M)
        assert re.search(
            r"^Wendvale Electricity Networks plc · Registered in England and Wales, company no\. "
            r"\d{8} · Registered office: [^\n]+$",
            t,
            re.M,
        )
        # a petition page: the site's name, strapline and menu, the cookie line, the breadcrumb,
        # the petition's title, starter, place and date, the addressees (one the MP who sent the
        # newsletter), the count and goal with a progress bar whose squares and percentage fit
        # them, the signing form, the starter's case in the first person, the demands numbered 1
        # to 3, a dated update after the start whose milestone the count has passed, the share
        # line, the reasons for signing (counted, fewer shown, newest first, each with name,
        # age, text, hearts and report link), similar petitions with their counts, and the
        # site's disclaimer and footer
        t, petition = page(
            r"^([A-Z][^\n]+)\nStarted by ([A-Z][a-z]+ [A-Z][a-z]+) · [A-Z][a-z]+, [A-Z][a-z]+ · "
            rf"({DATE})\nTo: ([^\n]+)\n\n([\d,]+) have signed\. Let’s get to ([\d,]+)!\n"
            r"\[([■□]{10})\] (\d+)% of the goal\n",
            texts,
            "petition page",
        )
        title, starter, begun, addressees, signed, goal, bar, percent = petition.groups()
        signed_n, goal_n = (int(n.replace(",", "")) for n in (signed, goal))
        assert int(percent) == signed_n * 100 // goal_n
        assert bar.count("■") == round(int(percent) / 10)
        self.CORPUS.assert_listed(t, title=title, author=starter, published=day(begun))
        assert re.search(
            r"^PetitionPoint\nChange starts with a signature\nStart a petition \| Browse \| "
            r"Victories \| Membership \| Log in\n",
            t,
        )
        assert "\nPetitions › Health › Wendshire\n" in t
        assert "\nSign this petition\nFirst name | Last name | Email | Postcode | Sign\n" in t
        case = t.split("Why this petition matters\n")[1].split("\n\nUpdates\n")[0]
        assert re.search(r"\bMy partner\b", case) and re.search(r"\bOur daughter\b", case)
        demands = re.findall(r"^(\d)\. [A-Z][^\n]+\.$", case, re.M)
        assert demands == ["1", "2", "3"]
        update = found(rf"^Update 1 · ({DATE})\nWe’ve passed ([\d,]+) signatures", t)
        assert day(update.group(1)) > day(begun)
        assert int(update.group(2).replace(",", "")) <= signed_n
        assert "\nShare this petition: Facebook | WhatsApp | X | Email | Copy link\n" in t
        shown = found(r"^Reasons for signing \((\d+)\)\nShowing (\d+) of (\d+) · Most recent\n", t)
        assert shown.group(1) == shown.group(3) and int(shown.group(2)) < int(shown.group(1))
        reasons = re.findall(
            r"^([A-Z][^\n·]+?)(?: · [A-Z][a-z]+)? · (\d+) days? ago\n[^\n]+\n♥ (\d+) · Report$",
            t,
            re.M,
        )
        assert len(reasons) == int(shown.group(2))
        ages = [int(age) for _, age, _ in reasons]
        assert ages == sorted(ages)
        assert "\nSee more reasons\n" in t
        assert re.search(
            r"^Petitions like this one\n(?:[A-Z][^\n]+ · [\d,]+ signatures\n){3}\n", t, re.M
        )
        assert "Petitions are written by their starters, not by PetitionPoint" in t
        assert t.index(SPAM) > t.index("Reasons for signing")
        # an MP's emailed newsletter saved as text: the headers (the sender, the list, the day and
        # time sent, the subject as its title), the browser line, the masthead with the
        # constituency and the month, the contents numbered 1 to 5 whose heads follow in
        # order, the greeting, the dated meetings and advice surgeries on the weekdays given and
        # after the sending, the sign-off with the constituency, the share line, the imprint, the
        # reason for the email, the unsubscribe line, the copyright line and the mail service
        t, email = page(
            r"\AFrom: ([^<\n]+?) <[a-z]+@[a-z.]+>\nTo: [^\n]+\n"
            rf"Date: ({WEEKDAY}) ({DATE}), \d\d:\d\d\nSubject: ([^\n]+)\n\n"
            r"View this email in your browser \| Forward to a friend\n",
            texts,
            "emailed newsletter",
        )
        sender, sent_day, sent, subject = email.groups()
        sent_on = dated(sent_day, sent)
        self.CORPUS.assert_listed(t, outlet=sender, title=subject, published=sent_on)
        assert self.CORPUS.catalogued(t, "author") == sender.removesuffix(" MP")
        masthead = found(
            r"^KESTLEFORD MATTERS\nThe e-newsletter of ([A-Z][a-z]+ [A-Z][a-z]+), Member of "
            r"Parliament for ([^\n]+)\nIssue \d+ · ([A-Z][a-z]+ 20\d\d)\n",
            t,
        )
        assert masthead.group(1) == self.CORPUS.catalogued(t, "author")
        assert masthead.group(3) == sent_on.strftime("%B %Y")
        contents = t.split("In this issue\n")[1].split("\n\n")[0]
        heads = re.findall(r"^(\d)\. ([A-Z][^\n]+)$", contents, re.M)
        assert [int(n) for n, _ in heads] == list(range(1, 6))
        body = t.split("\nDear neighbour,\n", 1)[1]
        places = [body.index(f"\n{n}. {head}\n") for n, head in heads]
        assert places == sorted(places)
        meetings = re.findall(rf"\b({WEEKDAY}) (\d{{1,2}} [A-Z][a-z]+)\b", body)
        assert len(meetings) >= 4
        for weekday, date in meetings:
            assert dated(weekday, f"{date} {sent_on.year}") > sent_on
        assert re.search(
            r"^4\. Advice surgeries\n"
            r"(?:[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+, [^\n]+, [A-Z][^\n]+\n){2}",
            t,
            re.M,
        )
        assert f"\n{sender}\nMember of Parliament for {masthead.group(2)}\n" in t
        assert re.search(
            rf"^Promoted by [A-Z][a-z]+ [A-Z][a-z]+ on behalf of {masthead.group(1)}, both of "
            r"[^\n]+ [A-Z]{2}\d \d[A-Z]{2}\.\nYou are receiving this email because [^\n]+\n"
            r"Update your preferences \| Unsubscribe \| Privacy notice\n"
            rf"Copyright © {sent_on.year} {sender}\. All rights reserved\.\n",
            t,
            re.M,
        )
        assert t.rstrip().endswith("\nSent with PostRelay")
        assert t.index(CANARY) > t.index("Unsubscribe")
        # the newsletter's addressee and meeting are the petition's, and the accounts the
        # questions set against each other are all there
        assert sender in addressees
        meeting = found(
            r"agreed to meet us on ([A-Z][a-z]+day \d{1,2} [A-Z][a-z]+)\.", "\n".join(texts)
        )
        assert f"petitioners on {meeting.group(1)} " in t
        corpus = "\n".join(texts)
        for account in (
            r"Started: [^\n]+, 6\.42pm",
            r"began at about 6\.50pm",
            r"At 6\.30pm on Tuesday",
            r"about 25 minutes",
            r"around 40 minutes",
            r"more than an hour",
            r"Twenty-three planned operations",
            r"31 planned operations",
            r"Dr Anjali Mercer, the trust’s medical director, said: “At no point",
            r"Gareth Pryce, who told me: “At no point",
        ):
            assert re.search(account, corpus), account
        assert all(re.search(r"[“”’–·›]", text) for text in texts)
        self.assert_furniture(
            "Wire | Pictures | Diary | Archive | My account | Log out",
            "Power cuts | Connections | Planned work | Priority Services | Safety | Contact us",
            "Start a petition | Browse | Victories | Membership | Log in",
            "View this email in your browser | Forward to a friend",
            "We use cookies to make our power cut map work and to see how it is used. Accept all | "
            "Necessary only | Cookie settings",
            "We use cookies to count signatures and keep the site secure. Accept | Decline | "
            "Cookie settings",
            "Download: Plain text | NewsML | Print",
            "Terms of use | Privacy | Help",
            "Was this page helpful? Yes | No",
            "Accessibility | Privacy | Cookies | Modern slavery statement | Sitemap",
            "© 2034 Wendvale Electricity Networks plc",
            "☐ Display my name and comment on this petition",
            "Report a policy violation",
            "About | Help | Guides | Press | Privacy | Terms | Cookies",
            "© 2034 PetitionPoint Ltd",
            "Forward | Facebook | X | Instagram",
            "Update your preferences | Unsubscribe | Privacy notice",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_footer_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
