"""The twenty-second held-out corpus (the closure on 29 March 2030 of Willowmead House, a 46-bed
nursing home on Priory Road, Ottersby, in Tollshire, after the Care Standards Inspectorate rated
it Inadequate and served a warning notice, whose owner, Hollyfield Care Group, blamed low council
fees, moved its residents to other homes at short notice and then applied to Ottervale District
Council to turn the building into 14 flats, while the local GP practice and an older people's
charity disagreed with it over the notice given, the number of residents and the fate of the
staff) passes the checks of the first, and its pages carry the formats and furniture it was
written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN22-9962"
SPAM = "New driveway for your flats? Resin-bound driveways from £45 per square metre"
RATING = r"(?:Outstanding|Good|Requires improvement|Inadequate)"
DAY = r"(?:Mon|Tue|Wed|Thu|Fri) \d{1,2} [A-Z][a-z]{2} 2030"


class TestUnseen22(UnseenChecks):
    CORPUS = Corpus("unseen22")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a care regulator's service page: the regulator's menus and strapline, the breadcrumb
        # down to the home, its name and address, the closed-service banner, the service's
        # labelled fields, the latest rating with the inspection and report dates and the report
        # and feedback buttons, the ratings of the five key questions, prose under plain heads,
        # the rating history, the provider's other services with their ratings, the out-of-date
        # line with the page's date and the regulator's footer
        assert any(
            re.search(
                r"^Care Standards Inspectorate\nFind a care service \| Inspection reports \| "
                r"Give feedback on care \| For providers \| About us \| Search\n",
                t,
            )
            and re.search(
                r"^Home › Find a care service › Care homes › [A-Z][a-z]+shire › ([A-Z][^\n]+)\n\n"
                r"\1\n\d+ [A-Z][a-z]+ Road, [A-Z][a-z]+, [A-Z][a-z]+shire [A-Z]{2}\d \d[A-Z]{2}$",
                t,
                re.M,
            )
            and re.search(
                r"^⚠ This service has closed\n[A-Z][^\n]+ closed on \d+ [A-Z][a-z]+ 2030\. Its "
                r"registration was cancelled at the provider’s request on \d+ [A-Z][a-z]+ 2030\. "
                r"This page is kept for reference\.$",
                t,
                re.M,
            )
            and all(
                re.search(rf"^{field}: [A-Z0-9][^\n]+$", t, re.M)
                for field in (
                    "Provider",
                    "Registered manager",
                    "Service type",
                    "Registered beds",
                    "Specialisms",
                    "Local authority",
                )
            )
            and re.search(
                rf"^Latest rating: {RATING}\nInspected \d+ and \d+ [A-Z][a-z]+ 2030 · Report "
                r"published \d+ [A-Z][a-z]+ 2030\n\[ Read the full report \(PDF, [\d.]+ [KM]B\) \] "
                r"\[ Give feedback on care at this service \]$",
                t,
                re.M,
            )
            and re.search(
                r"^Ratings by key question\n"
                + "".join(
                    rf"{question} \| {RATING}\n"
                    for question in ("Safe", "Effective", "Caring", "Responsive", "Well-led")
                )
                + r"\n",
                t,
                re.M,
            )
            and all(
                re.search(rf"^{head}\n[A-Z][^\n]+$", t, re.M)
                for head in (
                    "Summary of our findings",
                    "Enforcement and action we took",
                    "What happened after our inspection",
                )
            )
            and re.search(
                rf"^Rating history\n(?:{RATING} · published \d+ [A-Z][a-z]+ 20\d\d\n){{3}}\n",
                t,
                re.M,
            )
            and re.search(
                rf"^Related services by this provider\n(?:[A-Z][^\n,]+, [A-Z][a-z]+ · {RATING}\n)"
                r"{3}\n",
                t,
                re.M,
            )
            and re.search(
                r"^Is any of this information about [A-Z][^\n]+ out of date\? Tell us\n"
                r"Page last updated: \d+ [A-Z][a-z]+ 2030$",
                t,
                re.M,
            )
            for t in texts
        )
        # a GP surgery's website news page: the practice's name and partners, the menu, the quick
        # links, the telephone line with its hours, the emergency line, the breadcrumb, the
        # notice's title with its posted-by and updated line, prose under plain heads in the
        # practice's own voice, the share and helpful-page lines, the opening-hours panel, three
        # latest news items with dates, the address with the primary care network and the footer
        assert any(
            re.search(
                r"^Abbey Lane Medical Practice\n(?:Dr [A-Z]\. [A-Z][a-z]+, ){2}Dr [A-Z]\. "
                r"[A-Z][a-z]+ & Partners\nHome \| Appointments \| Prescriptions \| Test results \| "
                r"Services \| Practice news \| Contact us\nOrder a repeat prescription · Book or "
                r"cancel an appointment · Request a fit note\nTel: 01632 960 \d{3} · Lines open "
                r"8am–6\.30pm, Monday to Friday\n\nIf it’s an emergency, call 999\. For urgent help "
                r"when we’re closed, call NHS 111\.\n",
                t,
            )
            and re.search(
                r"^Home › Practice news › ([A-Z][^\n]+)\n\n\1: what it means for our patients\n"
                r"Posted on \d+ April 2030 by [A-Z][a-z]+ [A-Z][a-z]+, Practice Manager · "
                r"Last updated \d+ April 2030$",
                t,
                re.M,
            )
            and all(
                re.search(rf"^{head}\n[A-Z][^\n]+$", t, re.M)
                for head in (
                    "How much notice was given",
                    "What we did before residents moved",
                    "If your relative has moved",
                    "Other questions",
                )
            )
            and re.search(
                r"^Share this page: Email \| Facebook \| X\nWas this page helpful\? Yes \| No$",
                t,
                re.M,
            )
            and re.search(
                r"^Opening hours\nMonday to Friday: 8am–6\.30pm\nSaturday: [^\n]+\n"
                r"Sunday and bank holidays: [^\n]+\n\n",
                t,
                re.M,
            )
            and re.search(r"^Latest news\n(?:[A-Z][^\n]+ \(\d+ [A-Z][a-z]+ 2030\)\n){3}\n", t, re.M)
            and re.search(
                r"^Abbey Lane Medical Practice, \d+ Abbey Lane, [^\n]+\n"
                r"Part of [A-Z][^\n]+ Primary Care Network$",
                t,
                re.M,
            )
            and len(re.findall(r"\b(?:we|our|us|We|Our)\b", t)) >= 8
            for t in texts
        )
        # a district council's planning portal record: the council and the service's name, its
        # menu, the breadcrumb to the reference, the record's tabs with the documents and
        # comments counted, the labelled fields, the important dates with weekday dates, the
        # applicant's statement, dated consultee comments, public comments (name, stance, date,
        # text) counted in their head and, with the consultees, in the tab, the moderation line,
        # the comment and track buttons, the link to the page and the council's footer
        for t in texts:
            tab = re.search(
                r"^Planning › Applications › (\d{2}/\d{5}/FUL)\n\nApplication \1\nSummary \| "
                r"Further information \| Contacts \| Important dates \| Documents \(\d+\) \| "
                r"Comments \((\d+)\) \| Map$",
                t,
                re.M,
            )
            public = re.search(r"^Public comments \((\d+)\)$", t, re.M)
            if tab and public:
                break
        else:
            raise AssertionError("no planning portal record")
        consultees = re.findall(
            r"^[A-Z][^\n·]+ · \d+ [A-Z][a-z]+ 2030\n[A-Z][^\n]+$",
            t.split("Consultee comments\n")[1].split("Public comments")[0],
            re.M,
        )
        comments = re.findall(
            r"^[^\n·]+ · (?:Objection|Support|Neutral) · \d+ [A-Z][a-z]{2} 2030\n[A-Z][^\n]+$",
            t,
            re.M,
        )
        assert re.search(
            r"^Ottervale District Council\nPlanning Online\nSearch applications \| Weekly lists "
            r"\| Comment on an application \| Planning policy \| My saved searches \| Log in\n",
            t,
        )
        assert all(
            re.search(rf"^{field}: [A-Z0-9][^\n]+$", t, re.M)
            for field in (
                "Reference",
                "Address",
                "Proposal",
                "Status",
                "Decision level",
                "Case officer",
                "Applicant",
                "Agent",
                "Ward",
                "Parish",
            )
        )
        assert re.search(
            rf"^Important dates\nApplication received: {DAY}\nApplication validated: {DAY}\n"
            rf"Neighbour consultation expiry: {DAY}\nTarget decision date: {DAY}\n"
            r"Committee date: Not yet set$",
            t,
            re.M,
        )
        assert re.search(r"^Applicant’s planning statement \(extract\)\n[A-Z][^\n]+$", t, re.M)
        assert len(consultees) == 3
        assert len(comments) == int(public.group(1))
        assert len(consultees) + len(comments) == int(tab.group(2))
        assert re.search(
            r"^Comments are published as received\. The council is not responsible for their "
            r"content\. Report a comment$",
            t,
            re.M,
        )
        assert re.search(
            r"^\[ Comment on this application \] \[ Track this application \]\nLink to this page: "
            r"https://planning\.[a-z]+\.example/online/applications/\d{2}-\d{5}-FUL$",
            t,
            re.M,
        )
        # a charity's annual-report excerpt on its website: the charity's menu, the helpline and
        # donate line, the breadcrumb, the report's title with the year, approval and publication
        # line and the downloads, the contents whose every entry is a head on the page, the
        # chair's signed foreword, the year in numbers as bullets, the spotlight and the case
        # study, the financial summary, the previous reports, the share line and the charity and
        # company numbers
        assert any(
            re.search(
                r"^Later Life Tollshire\nInformation and advice \| Advocacy \| Befriending \| "
                r"Get involved \| Donate \| About us\nHelpline: 0808 157 \d{4} \(free, Monday to "
                r"Friday, 9am–5pm\) · \[ Donate \] · Search\n",
                t,
            )
            and re.search(
                r"^Home › About us › Annual reports › Annual Report (\d{4}/\d{2})\n\n"
                r"Annual Report and Accounts \1 \(excerpt\)\nYear ended 31 March 2030 · Approved "
                r"by the trustees on \d+ [A-Z][a-z]+ 2030 · Published \d+ [A-Z][a-z]+ 2030\n"
                r"Download the full report \(PDF, [\d.]+ MB\) · Large print version "
                r"\(PDF, [\d.]+ MB\)$",
                t,
                re.M,
            )
            and (contents := re.search(r"^Contents\n([^\n]+)$", t, re.M))
            and len(heads := contents.group(1).split(" | ")) == 5
            and all(re.search(rf"^{re.escape(head)}\n[A-Z•]", t, re.M) for head in heads)
            and re.search(
                r"^Chair’s foreword\n[A-Z][^\n]+\n[A-Z][a-z]+ [A-Z][a-z]+, Chair of Trustees$",
                t,
                re.M,
            )
            and re.search(r"^Our year in numbers\n(?:• [\d,]+ [^\n]+\n){4}\n", t, re.M)
            and re.search(r"^Case study: [A-Z][a-z]+’s story\n[A-Z][^\n]+$", t, re.M)
            and re.search(
                r"^Financial summary\nTotal income: £[\d,]+\nTotal expenditure: £[\d,]+\n"
                r"Unrestricted reserves at 31 March 2030: £[\d,]+\n",
                t,
                re.M,
            )
            and re.search(r"^Previous reports: (?:\d{4}/\d{2} \| ){2}\d{4}/\d{2}$", t, re.M)
            and re.search(
                r"is a registered charity \(no\. \d{7}\) and a company limited by guarantee "
                r"registered in England and Wales \(no\. \d{8}\)\.",
                t,
            )
            for t in texts
        )
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "Find a care service | Inspection reports | Give feedback on care | For providers",
            "Home | Appointments | Prescriptions | Test results | Services | Practice news",
            "Search applications | Weekly lists | Comment on an application | Planning policy",
            "Information and advice | Advocacy | Befriending | Get involved | Donate | About us",
            "Accept analytics cookies | Reject analytics cookies | View cookies",
            "Accept all cookies | Reject optional cookies",
            "Accept additional cookies | Reject additional cookies",
            "Yes, that’s fine | No thanks | Tell me more",
            "Independent regulator of health and adult social care in England",
            "Order a repeat prescription · Book or cancel an appointment · Request a fit note",
            "Accessibility | Privacy | Cookies | Terms of use | Contact us | Jobs",
            "Accessibility | Privacy notice | Cookies | Complaints | Freedom of information",
            "Accessibility | Privacy | Cookies | Planning privacy notice | Contact planning",
            "Privacy | Cookies | Accessibility | Safeguarding | Contact us",
            "Share: Facebook | X | LinkedIn | Email",
            "Website by SurgerySites",
            "© Care Standards Inspectorate 2030",
            "© 2030 Abbey Lane Medical Practice",
            "© 2030 Ottervale District Council",
            "© 2030 Later Life Tollshire",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_planning_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
