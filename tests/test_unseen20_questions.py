"""The twentieth held-out corpus (the emergency 7.5-tonne weight limit put on the Halloway Bridge,
the wrought-iron bridge of 1883 over the River Trell between Trellford and Stanmoor in Corvenshire,
at 6am on Monday 5 March 2029 after cracked cross-girders were found, which sent buses and lorries
round by Pennock Bridge and set the county council, which blamed overweight lorries, against the
local MP, who blamed years of underinvestment) passes the checks of the first, and its pages carry
the formats and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN20-6093"
SPAM = "Beat the bridge closure with a same-day HaulFast man and van from £39"


class TestUnseen20(UnseenChecks):
    CORPUS = Corpus("unseen20")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a local history society's blog post: the society's name with its charity number and
        # founding year, the search box, the blog breadcrumb, the posting line with the author's
        # honorary office and the comment count, the categories, five plain section heads each
        # followed by prose, an archive photograph with its reference, the share bar, the
        # permalink, tags, previous and next posts, a threaded comment section ("says:", date
        # "at" time, Reply) with indented replies by the author, the leave-a-reply form, the
        # membership line and the volunteers' footer
        comment = (
            r"^(?P<indent> {4})?[A-Z][^\n]+ says:\n(?P=indent)?\d+ March 2029 at \d{2}:\d{2}\n"
        )
        assert any(
            re.search(
                r"^Trellford & District Local History Society\nRegistered charity no\. \d{7} · "
                r"Founded 19\d\d\n",
                t,
            )
            and re.search(r"^Search this site…$", t, re.M)
            and re.search(
                r"^BLOG › [A-Z][^\n]+\n\n[A-Z][^\n]+\n\nPosted on \d+ March 2029 by ", t, re.M
            )
            and re.search(r" by [A-Z][a-z]+ [A-Z][a-z]+, Hon\. Archivist · \d+ comments\n", t)
            and re.search(r"^Categories: [A-Z][^\n,]+(?:, [A-Z][^\n,]+){2,}$", t, re.M)
            and len(
                re.findall(
                    r"^(?:Before the bridge|Building it|The twentieth century|The bridge today|"
                    r"Crossing the Trell: an exhibition)\n[A-Z][^\n]+$",
                    t,
                    re.M,
                )
            )
            == 5
            and re.search(
                r"^\[Photo: [^\]\n]+, c\. \d{4}, [^\]\n]+\. Society archive, ref\. "
                r"TDLHS/P/\d{4}\]$",
                t,
                re.M,
            )
            and re.search(
                r"^Share this post: Facebook \| X \| Email \| Print\nPermalink: https://\S+$",
                t,
                re.M,
            )
            and re.search(r"^Tags: [^\n]+(?:, [^\n,]+){3,}$", t, re.M)
            and re.search(r"^← Previous post: [^\n|]+ \| Next post: [^\n]+ →$", t, re.M)
            and re.search(r"^(\d+) COMMENTS$", t, re.M)
            and len(re.findall(comment + r"(?P=indent)?[A-Z][^\n]+\n(?P=indent)?Reply$", t, re.M))
            == int(re.search(r"^(\d+) COMMENTS$", t, re.M).group(1))
            and len(re.findall(r"^ {4}Alan Pryor says:$", t, re.M)) == 2
            and re.search(
                r"^Leave a Reply\nYour email address will not be published\. Required fields are "
                r"marked \*\nComment \*\nName \*   Email \*   Website\nPost Comment$",
                t,
                re.M,
            )
            and re.search(r"^Join the Society: membership from £\d+ a year\.", t, re.M)
            for t in texts
        )
        # a bus company's service-update page: the operator's menus, the basket, the breadcrumb,
        # a status board with coloured dots and the time it was checked, the notice's posted and
        # updated lines with its update count, plain section heads, a pipe-separated table of
        # affected services with a header row and three rows, timetable downloads with their
        # sizes, a short log of earlier updates, the helpful-or-not line, the alert options, the
        # permalink, related updates, the helpline and the trading-name footer
        assert any(
            re.search(r"^Corvenline Buses\nPlan a journey \| Timetables \| ", t)
            and re.search(r"^Sign in \| Basket \(0\)$", t, re.M)
            and re.search(
                r"^SERVICE STATUS\n🔴 Major disruption: routes [^\n]+\n🟢 Good service: all other "
                r"routes\nLast checked: [A-Z][a-z]+day \d+ March 2029, \d{2}:\d{2}$",
                t,
                re.M,
            )
            and re.search(
                r"^Posted: [A-Z][a-z]+day \d+ March 2029, \d{2}:\d{2} · Last updated: [A-Z][a-z]+day "
                r"\d+ March 2029, \d{2}:\d{2}\nUpdate (\d) of \1 · Show earlier updates$",
                t,
                re.M,
            )
            and re.search(
                r"^AFFECTED SERVICES\nRoute \| Normal route \| What changes \| Extra time\n"
                r"(?:(?:42|42A|S7) \| [^\n|]+ – [^\n|]+ \| [^\n|]+ \| [^\n|]+\n){3}\n",
                t,
                re.M,
            )
            and len(re.findall(r"\((?:PDF), \d+ KB\)", t)) == 3
            and all(
                re.search(rf"^{head}\n[A-Z][^\n]+$", t, re.M)
                for head in (
                    "What has happened",
                    "How your journey changes",
                    "School service S7",
                    "Stanmoor Hopper",
                    r"How long will this last\?",
                    "A word from our managing director",
                )
            )
            and re.search(
                r"^Earlier updates\n(?:[A-Z][a-z]+day \d+ March, \d{2}:\d{2} – [^\n]+\n){2}\n",
                t,
                re.M,
            )
            and re.search(r"^Was this update helpful\? Yes \| No$", t, re.M)
            and re.search(r"^Link to this update: https://corvenline\.example/\S+$", t, re.M)
            and re.search(r"^Related updates\n(?:[A-Z][^\n]+\n){3}\n", t, re.M)
            and re.search(r"customer team on 0345 \d{3} \d{4}", t)
            and re.search(
                r"is a trading name of [^\n]+ Ltd, registered in England and Wales no\. \d{8}\.", t
            )
            for t in texts
        )
        # an MP's website statement: the name and constituency, the menu, the email sign-up, the
        # breadcrumb, the statement's title with its date and filing line, the share bar and
        # address, first-person prose under question and plain heads, a pull quote with its
        # attribution, four bullets each beginning "I have", the surgery paragraph, the signature
        # with the constituency, tags, three related news items with dates, the office contact
        # block, the promoted-by imprint
        assert any(
            re.search(
                r"^Rachel Penhallow MP\nMember of Parliament for [A-Z][^\n]+\nHome \| About Rachel \| "
                r"News \| In Parliament \| Campaigns \| Surgeries \| Contact\n",
                t,
            )
            and re.search(
                r"^Get Rachel’s updates by email: Your email address \[ Sign up \]$", t, re.M
            )
            and re.search(
                r"^Home › News › Local\n\nStatement on [^\n]+\n[A-Z][a-z]+day \d+ March "
                r"2029 · Filed under: [^\n]+\nShare: [^\n]+\nhttps://\S+$",
                t,
                re.M,
            )
            and re.search(r"^How did we get here\?\n[A-Z]", t, re.M)
            and re.search(r"^“[A-Z][^\n]+”\n– Rachel Penhallow MP$", t, re.M)
            and re.search(r"^What I am doing\n(?:• I have [^\n]+\n){4}\n", t, re.M)
            and re.search(r"^Rachel Penhallow\nMP for [A-Z][^\n]+$", t, re.M)
            and re.search(
                r"^Related news\n(?:[A-Z][^\n]+ \(\d+ [A-Z][a-z]+ 2029\)\n){3}\n", t, re.M
            )
            and re.search(r"^Contact Rachel\nConstituency office: [^\n]+ · 01632 \d{6} · ", t, re.M)
            and re.search(r"^Westminster: House of Commons, London SW1A 0AA$", t, re.M)
            and re.search(
                r"^Promoted by [A-Z][a-z]+ [A-Z][a-z]+ on behalf of Rachel Penhallow, both of ",
                t,
                re.M,
            )
            and len(re.findall(r"\bI (?:have|am|will)\b", t)) >= 6
            for t in texts
        )
        # a ticketing site's event page: the platform's menus and search, the breadcrumb, the
        # capitalised date-and-time line, the title and organiser with followers, price, the
        # tickets button, the sales end and places, when-and-where, the event description under
        # plain heads, the refund policy, hashtags, public questions for the organiser (asker and
        # date, question, the organiser's dated answer or "Awaiting"), the ask/report line, the
        # share bar and address, more events from the organiser, other events near, the footer
        asker = r"^[A-Za-z][^\n·]+ · \d+ Mar 2029\n[^\n]+\n"
        assert any(
            re.search(
                r"^TicketNest\nFind events \| Create an event \| Help centre \| Log in \| Sign up\n"
                r"Search events near [A-Z][a-z]+\n",
                t,
            )
            and re.search(r"^Home › Events › [A-Z][a-z]+shire › [A-Z][a-z]+ › Community$", t, re.M)
            and re.search(
                r"^THU, 15 MAR 2029 · 3:00 PM – 7:30 PM GMT\n\n[A-Z][^\n]+\nBy [^\n]+ · [\d,]+ "
                r"followers · Follow\n\nFree · Booking required\n\[ Get tickets \]\nSales end \d+ Mar "
                r"2029 at \d+:\d{2} [AP]M · \d+ places$",
                t,
                re.M,
            )
            and re.search(
                r"^When and where\nDate and time: [^\n]+\nLocation: [^\n]+\nAdd to calendar \| "
                r"View map$",
                t,
                re.M,
            )
            and all(
                re.search(rf"^{head}\n[A-Z][^\n]+$", t, re.M)
                for head in (
                    "About this event",
                    "Why the limit was needed",
                    "What happens next",
                    "Booking",
                    "Accessibility",
                )
            )
            and re.search(r"^Refund policy: [^\n]+$", t, re.M)
            and re.search(r"^Tags: (?:#[A-Z][a-z]+ ?){5}$", t, re.M)
            and re.search(r"^Questions for the organiser \((\d+)\)$", t, re.M)
            and len(
                re.findall(
                    asker + r"Answer from Corvenshire County Council – Highways & Transport · "
                    r"\d+ Mar 2029\n[A-Z][^\n]+$",
                    t,
                    re.M,
                )
            )
            == 3
            and len(re.findall(asker + r"Awaiting an answer from the organiser$", t, re.M)) == 1
            and re.search(r"^Ask a question \| Report this event$", t, re.M)
            and re.search(r"^Share this event: [^\n]+\nhttps://ticketnest\.example/e/\S+$", t, re.M)
            and re.search(
                r"^More events from this organiser\n(?:[A-Z][^\n]+ · [A-Z][a-z]{2}, \d+ Mar 2029 · "
                r"Free\n){2}\n",
                t,
                re.M,
            )
            and re.search(
                r"^Other events near Stanmoor\n(?:[A-Z][^\n]+ · [A-Z][a-z]{2}, \d+ Mar 2029 · "
                r"(?:Free|£\d+)\n){2}\n",
                t,
                re.M,
            )
            for t in texts
        )
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "Home | About the Society | Talks & Events | Publications | Photo Archive | Membership",
            "Plan a journey | Timetables | Tickets & fares | Service updates | Help | Contact",
            "Home | About Rachel | News | In Parliament | Campaigns | Surgeries | Contact",
            "Find events | Create an event | Help centre | Log in | Sign up",
            "By continuing to browse you agree to our use of cookies. OK | More information",
            "Accept all | Reject non-essential | Cookie settings",
            "This site uses cookies to remember your preferences. Accept | Decline | Find out more",
            "Cookies on TicketNest",
            "Get alerts for route 42: Email | Text message | App notifications",
            "Accessibility | Privacy | Cookies | Conditions of carriage | Modern slavery statement",
            "Rachel can only help people who live in the Trellford and the Trell Valley constituency.",
            "Privacy notice | Cookie settings | Accessibility",
            "TicketNest | About | Careers | Fees for organisers | Privacy | Cookies | Terms of use",
            "© 2029 Trellford & District Local History Society",
            "© 2029 Corvenline Omnibus Company Ltd.",
            "© 2029 Rachel Penhallow",
            "© 2029 TicketNest Ltd.",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_ticket_page_canary_and_blog_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
