"""The twenty-third held-out corpus (the wildfire on Birchcombe Heath, north of Haddenfold in
Ambershire, on the afternoon of Sunday 4 August 2030, which reached the gardens of Kiln Lane,
filled St Aldhelm's church hall with evacuees and led East Ambershire District Council to consult
on banning barbecues on its land, while a hyperlocal news site, the fire service's freedom of
information reply, the council and the parish church disagreed over the time of the first call,
the fire engines, the homes evacuated, the area burned, the cause and who should have cut the
firebreaks) passes the checks of the first, and its pages carry the formats and furniture it was
written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import DATE, Corpus, UnseenChecks

CANARY = "CANARY-UNSEEN23-8396"
SPAM = "Smoke smell in your home? Professional smoke and soot cleaning from £49 a room"
TIME = r"\d{1,2}\.\d\d[ap]m"


class TestUnseen23(UnseenChecks):
    CORPUS = Corpus("unseen23")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a hyperlocal news site's story with reader comments: the site's name, strapline and
        # menu, the cookie line, the breadcrumb, the headline with the byline, published and
        # updated times and the share line, the dated update in capitals, prose under a plain
        # head, the call for readers' stories, the supporter pitch, three related stories with
        # dates, the comments counted in their head (name · date, time; text; reply and report)
        # with the sort line, the log-in line and the community interest company's footer
        for t in texts:
            head = re.search(r"^Comments \((\d+)\)\nSort by: Oldest \| Newest · ", t, re.M)
            if head:
                break
        else:
            raise AssertionError("no hyperlocal story with comments")
        comments = re.findall(
            rf"^[^\n·]+ · \d{{1,2}} [A-Z][a-z]{{2}} 2030, {TIME}\n[^\n]+\nReply · Report$",
            t,
            re.M,
        )
        assert len(comments) == int(head.group(1))
        assert re.search(
            r"^Haddenfold Eye\nIndependent news for Haddenfold and the Wyck valley\n"
            r"News \| What’s on \| Sport \| Business \| Community \| Contact the newsroom \| "
            r"Support us\n",
            t,
        )
        assert re.search(
            rf"^Home › News › [A-Z][a-z]+\n\n[A-Z][^\n]+\nBy [A-Z][a-z]+ [A-Z][a-z]+, "
            rf"[a-z ]+ · Published {DATE}, {TIME} · Updated {DATE}, {TIME}\n"
            r"Share: WhatsApp \| Facebook \| X \| Email \| Copy link\n\nUPDATE "
            rf"{TIME}: [A-Z][^\n]+$",
            t,
            re.M,
        )
        assert re.search(r"^Questions over firebreaks\n[A-Z][^\n]+$", t, re.M)
        assert re.search(r"^Have you been affected by the fire\? Email [^\n]+$", t, re.M)
        assert re.search(
            r"^More from Haddenfold Eye\n(?:[A-Z][^\n]+ \(" + DATE + r"\)\n){3}\n", t, re.M
        )
        assert re.search(r"^To comment, \[ Log in \] or \[ Create an account \]\.$", t, re.M)
        assert re.search(
            r"^Haddenfold Eye is published by Haddenfold Eye CIC, a not-for-profit community "
            r"interest company \(no\. \d{8}\)\.",
            t,
            re.M,
        )
        assert t.index(CANARY) > head.start() and t.index(SPAM) > head.start()
        # a fire and rescue service's freedom-of-information disclosure: the service's menu and
        # emergency line, the cookie line, the breadcrumb down to the reference, the title with
        # the reference, the labelled fields, the request with its numbered questions, the
        # response answering each number in turn, the download button, the internal review and
        # Information Commissioner line, three related disclosures and the service's footer
        for t in texts:
            ref = re.search(
                r"^Home › About us › Freedom of information › Disclosure log › "
                r"(FOI 2030-\d{4})\n\n\1: [A-Z][^\n]+\n\nReference: \1$",
                t,
                re.M,
            )
            if ref:
                break
        else:
            raise AssertionError("no freedom-of-information disclosure")
        assert re.search(
            r"^Ambershire Fire and Rescue Service\nSafety advice \| Incidents \| Community \| "
            r"Careers \| About us \| Contact us\nIn an emergency, always dial 999\.",
            t,
        )
        assert all(
            re.search(rf"^{field}: {DATE}$", t, re.M)
            for field in ("Date received", "Date of response", "Published to disclosure log")
        )
        assert re.search(r"^Category: [A-Z][^\n]+\nOutcome: Information provided in part$", t, re.M)
        request = re.search(r"^Request\n([^\n]+)$", t, re.M)
        assert request
        asked = re.findall(r"\((\d)\) ", request.group(1))
        answered = re.findall(r"^(\d)\. [A-Z][^\n]+$", t.split("Our response\n")[1], re.M)
        assert asked == answered == [str(n) for n in range(1, len(asked) + 1)]
        assert len(asked) >= 6
        assert "the Freedom of Information Act 2000" in t
        assert re.search(r"^\[ Download this response \(PDF, \d+ KB\) \]$", t, re.M)
        assert re.search(
            r"^If you are unhappy with how we handled your request, you can ask for an internal "
            r"review [^\n]+ complain to the Information Commissioner\.$",
            t,
            re.M,
        )
        assert re.search(
            rf"^Related disclosures\n(?:FOI 2030-\d{{4}}: [A-Z][^\n]+ \({DATE}\)\n){{3}}\n",
            t,
            re.M,
        )
        # a district council's consultation hub page: the council and the hub's name and menu,
        # the cookie line, the breadcrumb, the title, the labelled fields (status, dates, who
        # runs it, contact, responses so far), the plain heads with prose, the proposal as
        # bullets, the events with weekday dates, the documents with sizes, what happens next,
        # the survey buttons, the share line and the council's footer
        assert any(
            re.search(
                r"^East Ambershire District Council\nConsultation Hub\nOpen consultations \| "
                r"Closed consultations \| We asked, you said, we did \| Sign up for updates \| "
                r"Log in\n",
                t,
            )
            and re.search(
                r"^Home › Consultation Hub › Open consultations › ([A-Z][^\n]+)\n\n\1\n"
                rf"Status: Open\nOpened: {DATE}\nCloses: {DATE}, {TIME}\n",
                t,
                re.M,
            )
            and all(
                re.search(rf"^{field}: [A-Z0-9a-z][^\n]+$", t, re.M)
                for field in ("Run by", "Areas", "Audience", "Contact", "Responses so far")
            )
            and all(
                re.search(rf"^{head}\n[A-Z][^\n]+$", t, re.M)
                for head in (
                    "Overview",
                    "Why we are consulting",
                    "About Birchcombe Heath",
                    "What happens next",
                )
            )
            and re.search(r"^What we are proposing\n(?:• [A-Z][^\n]+\n){4}\n", t, re.M)
            and re.search(
                r"^Come and talk to us\n(?:[A-Z][a-z-]+ session: (?:Mon|Tues|Wednes|Thurs|Fri)"
                rf"day {DATE}, [^\n]+\n){{2}}\n",
                t,
                re.M,
            )
            and re.search(
                r"^Related documents\n(?:[A-Z][^\n]+ \(PDF, [\d.]+ [KM]B\)\n){3}\n", t, re.M
            )
            and re.search(
                r"^\[ Take the survey \] \[ Email a response \]\n\n"
                r"Share this consultation: Facebook \| X \| LinkedIn \| Email$",
                t,
                re.M,
            )
            for t in texts
        )
        # a parish church's blog post made from a sermon: the church and its address, the menu,
        # the service times, the cookie line, the breadcrumb, the title with the posted-by line
        # (date, rector, categories, reading time), the sermon note, prose in the rector's own
        # voice, the tags and share lines, the previous and next posts, comments closed, three
        # recent posts with dates, the giving line, the parish office and the charity number
        assert any(
            re.search(
                r"^Haddenfold Parish Church\nSt Aldhelm’s, Church Street, Haddenfold\n"
                r"Home \| Services \| Weddings, baptisms & funerals \| Hall hire \| Blog \| Give "
                r"\| Contact\nSunday services: 8am Holy Communion · 10am Parish Eucharist · "
                r"6pm Evensong\n",
                t,
            )
            and re.search(
                r"^Home › Blog › From the Rector\n\n[A-Z][^\n]+\nPosted on "
                rf"{DATE} by the Revd Canon [A-Z][a-z]+ [A-Z][a-z]+, Rector · Categories: "
                r"[A-Z][^\n]+ · \d+ min read\n\nThis is an edited version of the sermon I "
                r"preached",
                t,
                re.M,
            )
            and len(re.findall(r"\b(?:I|me|my|we|our|us|We|Our)\b", t)) >= 10
            and re.search(
                r"^Tags: [^\n]+\nShare this post: Facebook \| X \| WhatsApp \| Email\n\n"
                r"← Previous post: [^\n|]+ \| Next post: [^\n]+ →\n\nComments are closed\.\n\n"
                rf"Recent posts\n(?:[A-Z][^\n]+ \({DATE}\)\n){{3}}\n",
                t,
                re.M,
            )
            and re.search(r"^Give to St Aldhelm’s: \[ Give online \] · ", t, re.M)
            and re.search(
                r"^Haddenfold Parochial Church Council is a registered charity \(no\. \d{7}\)\. "
                r"Part of the Diocese of [A-Z][a-z]+\.$",
                t,
                re.M,
            )
            for t in texts
        )
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "News | What’s on | Sport | Business | Community | Contact the newsroom | Support us",
            "Safety advice | Incidents | Community | Careers | About us | Contact us",
            "Open consultations | Closed consultations | We asked, you said, we did",
            "Home | Services | Weddings, baptisms & funerals | Hall hire | Blog | Give | Contact",
            "Allow all | Necessary only | Cookie policy",
            "Accept recommended cookies | Use necessary cookies only",
            "Accept all cookies | Necessary cookies only | Cookie settings",
            "OK | Find out more",
            "Support independent local journalism from £3 a month. [ Become a supporter ]",
            "About us | Advertise | Complaints | Privacy | Cookies | Contact",
            "Accessibility | Privacy | Cookies | Freedom of information | Modern slavery statement",
            "Accessibility | Privacy | Cookies | Consultation Hub terms | Contact us",
            "Safeguarding | Privacy | Cookies | Accessibility | Contact the parish office",
            "Member of the Local News Co-operative.",
            "© 2030 Haddenfold Eye CIC",
            "© Ambershire Fire and Rescue Service 2030",
            "© 2030 East Ambershire District Council",
            "© 2030 Haddenfold Parish Church",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
