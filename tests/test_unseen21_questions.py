"""The twenty-first held-out corpus (No. 7 Sir Hector, the 1924 tank engine that is the only
working steam locomotive of the Pellow Valley Railway between Brantlow Town and Pellow Quay in
Harnshire, withdrawn with a cracked inner firebox in April 2030, which left the heritage line
running its diesel railcar while the Pellow Valley Railway Trust, which blamed a contractor's
welded repairs of 2025, appealed for a new firebox, advertised for a boiler engineer and asked
Pellow Vale District Council for a grant, the council's report putting the failure down to the
firebox's age) passes the checks of the first, and its pages carry the formats and furniture it
was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN21-3958"
SPAM = "Skip the queue for cash: FlashLend payday loans approved in 10 minutes"


class TestUnseen21(UnseenChecks):
    CORPUS = Corpus("unseen21")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a crowdfunding page: the platform's menus and search, the breadcrumb, the appeal's
        # title, the amount raised of the target, supporters and days left, the donate and share
        # buttons, the organiser line with the charity number, the created date and place, the
        # Gift Aid ticks, the story under plain heads, numbered and dated updates counted in their
        # head, words of support (donor, amount, when, message) counted in their head, the
        # see-all button, the report line, the share bar and address, the fees line, more
        # fundraisers near with their totals, the footer
        donor = r"^[A-Za-z][^\n·]+ donated £\d+ · (?:\d+|an?) (?:days?|weeks?) ago\n[A-Z][^\n]+$"
        assert any(
            re.search(
                r"^RaiseTogether\nStart a fundraiser \| Discover \| How it works \| Charities \| "
                r"Sign in\nSearch fundraisers\n",
                t,
            )
            and re.search(r"^Discover › Community › Heritage & Arts$", t, re.M)
            and re.search(
                r"^£[\d,]+ raised of £[\d,]+ target\n[\d,]+ supporters · \d+ days left\n"
                r"\[ Donate now \] \[ Share \]$",
                t,
                re.M,
            )
            and re.search(
                r"^[A-Z][a-z]+ [A-Z][a-z]+ is organising this fundraiser on behalf of [^\n]+ "
                r"\(registered charity no\. \d{7}\)\nCreated \d+ April 2030 · [^\n]+\n"
                r"✔ Gift Aid eligible · ✔ Donations go directly to the charity$",
                t,
                re.M,
            )
            and all(
                re.search(rf"^{head}\n[A-Z][^\n]+$", t, re.M)
                for head in (
                    "Our story",
                    "What went wrong",
                    "What your money will pay for",
                    "Keeping the trains running",
                )
            )
            and re.search(r"^Updates \((\d)\)$", t, re.M)
            and len(re.findall(r"^Update \d · \d+ [A-Z][a-z]+ 2030\n[A-Z][^\n]+$", t, re.M))
            == int(re.search(r"^Updates \((\d)\)$", t, re.M).group(1))
            and re.search(r"^Words of support \((\d)\)$", t, re.M)
            and len(re.findall(donor, t, re.M))
            == int(re.search(r"^Words of support \((\d)\)$", t, re.M).group(1))
            and re.search(r"^\[ See all [\d,]+ supporters \]$", t, re.M)
            and re.search(
                r"^Report this fundraiser\nShare: Facebook \| X \| WhatsApp \| Email \| Copy link\n"
                r"https://raisetogether\.example/f/\S+$",
                t,
                re.M,
            )
            and re.search(r"^Fees: RaiseTogether charges no platform fee\.", t, re.M)
            and re.search(
                r"^More fundraisers near Brantlow\n(?:[A-Z][^\n]+ · £[\d,]+ raised\n){2}\n",
                t,
                re.M,
            )
            for t in texts
        )
        # a job board's advert: the board's menus, the search fields, the breadcrumb, the back
        # link with the result count, the job title with the employer and place, the posted,
        # closing and reference line, the salary, contract, hours and location block, the apply
        # and save buttons, prose under plain heads, bulleted responsibilities and requirements,
        # the how-to-apply paragraph, the save-share-report bar, three similar jobs with their
        # employers and pay, the alert line, the operator's company line and footer
        assert any(
            re.search(
                r"^HeritageWorks Jobs\nFind jobs \| Employers \| Volunteering \| Career advice \| "
                r"Post a job \| Sign in\nKeywords: [a-z]+ · Location: [A-Z][a-z]+ · \[ Search \]\n",
                t,
            )
            and re.search(
                r"^Jobs › Engineering & Conservation › [A-Z][a-z]+shire › [A-Z][^\n]+\n\n"
                r"← Back to search results \(\d+ jobs\)$",
                t,
                re.M,
            )
            and re.search(
                r"^[A-Z][^\n]+ \(fixed term, 18 months\)\n[A-Z][^\n]+ · [A-Z][a-z]+, [A-Z][a-z]+"
                r"shire\nPosted \d+ May 2030 · Closes \d+ May 2030 · Ref: [A-Z]+/[A-Z]+/\d{4}$",
                t,
                re.M,
            )
            and re.search(
                r"^Salary: £[\d,]+ – £[\d,]+ a year[^\n]*\nContract: [^\n]+\nHours: [^\n]+\n"
                r"Location: [^\n]+\n\[ Apply now \] \[ Save job \]$",
                t,
                re.M,
            )
            and all(
                re.search(rf"^{head}\n[A-Z0-9][^\n]+$", t, re.M)
                for head in (
                    "About the employer",
                    "About the role",
                    "What we offer",
                    "How to apply",
                )
            )
            and re.search(r"^Key responsibilities\n(?:• [A-Z][^\n]+\n){5}\n", t, re.M)
            and re.search(r"^What we are looking for\n(?:• [A-Z][^\n]+\n){4}\n", t, re.M)
            and re.search(
                r"^Save job \| Share: LinkedIn \| Facebook \| X \| Email \| Report this job$",
                t,
                re.M,
            )
            and re.search(
                r"^Similar jobs\n(?:[A-Z][^\n·]+ · [A-Z][^\n·]+ · [^\n]+\n){3}\n", t, re.M
            )
            and re.search(
                r"^Job alerts: get new jobs like this by email \[ Create alert \]$", t, re.M
            )
            and re.search(r"is run by [^\n]+ CIC, company no\. \d{8}\.$", t, re.M)
            for t in texts
        )
        # a school's letter home on its website: the school's name and motto, the menu, the
        # translate widget, the breadcrumb, the letter's title with its published and class line
        # and PDF download, the letter itself (date line, salutation, subject line, prose, the
        # sign-off with name and role), the cut line and reply slip with tick boxes and blanks,
        # three other letters home with dates, the address block with the safeguarding lead and
        # the trust's company line
        assert any(
            re.search(
                r"^Brantlow St Mary’s CE Primary School\n“[^\n”]+” \([A-Z][a-z]+ \d+:\d+\)\n"
                r"Home \| About Us \| Classes \| Parents \| Letters Home \| ",
                t,
            )
            and re.search(r"^Translate this page: \[ Select language ▼ \]$", t, re.M)
            and re.search(r"^You are here: Home › Parents › Letters Home › Year 3$", t, re.M)
            and re.search(
                r"^Published: \d+ May 2030 · Class: Year 3 \([A-Z][a-z]+ and [A-Z][a-z]+\)\n"
                r"Download this letter \(PDF, \d+ KB\)\n\n[A-Z][a-z]+day \d+ May 2030\n\n"
                r"Dear Parents and Carers,\n\nYear 3 trip to [^\n]+: [A-Z][a-z]+day \d+ June 2030\n",
                t,
                re.M,
            )
            and re.search(r"^Yours sincerely,\n\n[A-Z][a-z]+ [A-Z][a-z]+\nHeadteacher$", t, re.M)
            and re.search(r"^✂ (?:- ){10,}-?\nREPLY SLIP – ", t, re.M)
            and len(re.findall(r"^☐ [A-Z][^\n]+$", t, re.M)) == 3
            and len(re.findall(r"_{10,}", t)) >= 4
            and re.search(
                r"^Other letters home\n(?:[A-Z][^\n]+ \(\d+ [A-Z][a-z]+ 2030\)\n){3}\n", t, re.M
            )
            and re.search(
                r"^Designated Safeguarding Lead: M(?:rs|r|s)\.? [A-Z]\. [A-Z][a-z]+$", t, re.M
            )
            and re.search(r"registered in England and Wales no\. \d{8}\.$", t, re.M)
            and len(re.findall(r"\b(?:I am|our|we|We)\b", t)) >= 5
            for t in texts
        )
        # a council democracy portal's cabinet report summary: the council's menus and sign-in,
        # the breadcrumb to the item, the capitalised head, the item's title, the record's
        # labelled fields (meeting, report of, author, portfolio holder, key decision with its
        # forward-plan reference, wards, exempt information, published, decision status), three
        # documents with their sizes, numbered sections with numbered paragraphs, the portfolio
        # holder's comment, background papers, the contact officer, other items at the meeting,
        # the useful-or-not line, the subscription line and the council's footer
        assert any(
            re.search(
                r"^Pellow Vale District Council\nCouncillors \| Committees \| Meetings \| Decisions "
                r"\| Forward plan \| Search documents\nSign in to My Account\n",
                t,
            )
            and re.search(
                r"^Home › Meetings › Cabinet › [A-Z][a-z]+day \d+ June 2030, [\d.]+pm › Item \d+\n\n"
                r"CABINET REPORT SUMMARY\n\nItem \d+: [A-Z][^\n]+$",
                t,
                re.M,
            )
            and all(
                re.search(rf"^{field}: [A-Z0-9][^\n]+$", t, re.M)
                for field in (
                    "Meeting",
                    "Report of",
                    "Report author",
                    "Portfolio holder",
                    "Key decision",
                    "Wards affected",
                    "Exempt information",
                    "Published",
                    "Decision status",
                )
            )
            and re.search(r"^Key decision: Yes \(Forward plan ref\. KD/2030/\d{3}\)$", t, re.M)
            and re.search(r"^Documents\n(?:[A-Z][^\n]+ \(PDF, [\d.]+ [KM]B\)\n){3}\n", t, re.M)
            and len(re.findall(r"^\d\. [A-Z][^\n]+\n\d\.1 [A-Z][^\n]+$", t, re.M)) == 6
            and len(re.findall(r"^\d\.\d [A-Z]", t, re.M)) >= 12
            and re.search(
                r"^7\. Portfolio holder’s comment\nCllr [A-Z][a-z]+ [A-Z][a-z]+ said: “", t, re.M
            )
            and re.search(
                r"^Background papers: None\nContact officer: [^\n]+ · 01632 \d{3} \d{3} · ", t, re.M
            )
            and re.search(
                r"^Other items at this meeting\n(?:Item \d+: [A-Z][^\n]+\n){3}\n", t, re.M
            )
            and re.search(r"^Was this page useful\? Yes \| No$", t, re.M)
            for t in texts
        )
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "Start a fundraiser | Discover | How it works | Charities | Sign in",
            "Find jobs | Employers | Volunteering | Career advice | Post a job | Sign in",
            "Home | About Us | Classes | Parents | Letters Home | Term Dates | Ofsted & Performance",
            "Councillors | Committees | Meetings | Decisions | Forward plan | Search documents",
            "Accept all | Essential only | Cookie settings",
            "We use cookies to personalise job alerts and measure traffic. Accept | Reject",
            "Accept | Decline | Read our cookie policy",
            "Allow all | Necessary only | Change settings",
            "A transaction fee of 1.2% + 20p is deducted from each donation.",
            "About | Contact | Privacy | Cookies | Terms for recruiters | Accessibility",
            "Privacy notice | Cookie policy | Accessibility statement | Sitemap",
            "Get an email when the decision is published: [ Subscribe ]",
            "Accessibility | Privacy | Cookies | Committee system help | Contact the council",
            "RaiseTogether | About | Careers | Help centre | Fees | Safety | Privacy | Cookies | Terms",
            "© 2030 RaiseTogether Ltd.",
            "© 2030 Heritage Skills Network CIC",
            "© 2030 Brantlow St Mary’s CE Primary School",
            "© 2030 Pellow Vale District Council",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_appeal_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
