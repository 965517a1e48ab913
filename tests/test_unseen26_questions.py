"""The twenty-sixth held-out corpus (the carbon monoxide evacuation of Ravensholt Ice Arena, on
Tannery Road in Ravensholt, Lindshire, on the morning of Saturday 17 January 2032, during a junior
festival of the Ravensholt Raptors Ice Hockey Club, which sent children and adults to Ravensholt
Royal Infirmary, closed the rink and led the council to serve a prohibition notice on the
propane-fuelled ice resurfacer of the operator, Lindvale Leisure Trust, while the club's
newsletter, a transcript of the council's scrutiny committee, a trade magazine's feature and a
business directory's listing with its reviews disagreed over when and by whom the alarm was
raised, how many went to hospital, the carbon monoxide reading, the cause and when the rink would
reopen) passes the checks of the first, and its pages carry the formats and furniture it was
written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import DATE, TIME, Corpus, UnseenChecks, day, minutes

CANARY = "CANARY-UNSEEN26-2319"
SPAM = "Breathed in fumes at work, school or a leisure centre? No win, no fee compensation claims"


class TestUnseen26(UnseenChecks):
    CORPUS = Corpus("unseen26")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a sports club's emailed newsletter: the club's name, menu and founding line, the
        # newsletter's title, the issue line with its date, the editor with her role, the browser
        # line, the contents numbered 1 to 6 whose heads follow in the same order, quotations
        # from named officers with their roles, the fixtures, the sponsors, and the club's
        # status, membership, the reason for the email and the unsubscribe line
        for t in texts:
            issue = re.search(
                rf"^The Raptors’ Roost\nClub newsletter · Issue (\d+) · [A-Z][a-z]+day ({DATE})\n"
                r"Edited by [A-Z][a-z]+ [A-Z][a-z]+, club secretary\n"
                r"View in your browser \| Forward to a friend\n",
                t,
                re.M,
            )
            if issue:
                break
        else:
            raise AssertionError("no club newsletter")
        assert re.search(
            r"^Ravensholt Raptors Ice Hockey Club\nHome \| Teams \| Learn to Play \| Fixtures \| "
            r"Club Shop \| Sponsors \| Contact\nEst\. (\d{4}) · ",
            t,
        )
        contents = t.split("In this issue\n")[1].split("\n\n")[0]
        heads = re.findall(r"^(\d)\. ([A-Z][^\n]+)$", contents, re.M)
        assert [int(n) for n, _ in heads] == list(range(1, 7))
        body = t.split(contents, 1)[1]
        places = [body.index(f"\n{n}. {head}\n") for n, head in heads]
        assert places == sorted(places)
        roles = re.findall(r"^[A-Z][a-z]+ [A-Z][a-z]+, ([a-z ]+), said: “", t, re.M)
        assert len(set(roles)) >= 2
        assert re.search(r"^Thank you to our sponsors: [^\n]+\.$", t, re.M)
        assert re.search(
            r"^Ravensholt Raptors Ice Hockey Club is a registered community amateur sports club"
            r"[^\n]*\. We have \d+ members\.\nYou are receiving this email because [^\n]+\n"
            r"Unsubscribe \| Update your preferences \| Privacy notice\n",
            t,
            re.M,
        )
        # a transcript of a council committee's item: the council's menu, the cookie line, the
        # breadcrumb to the transcripts, the committee, the item, the meeting's day, time and
        # place, the publication date, the note that it is no minutes, those present (one the
        # chair) and attending (each with a role), timestamps in order after the meeting began,
        # speakers in capitals who are all among those present or attending, the chair among
        # them, the item's end after the last timestamp, three related documents and the footer
        for t in texts:
            meeting = re.search(
                r"^([A-Z][a-z]+(?: and [A-Z][a-z]+)? Scrutiny Committee)\n"
                r"Transcript of item (\d+): [A-Z][^\n]+\n"
                rf"Meeting held on [A-Z][a-z]+day ({DATE}), ({TIME}), [^\n]+\n"
                rf"Published ({DATE})\n",
                t,
                re.M,
            )
            if meeting:
                break
        else:
            raise AssertionError("no committee transcript")
        _, item, held, starts, published = meeting.groups()
        assert day(held) < day(published)
        assert re.search(
            r"^Ravensholt Borough Council\nHome \| Council and democracy \| Bins and recycling \| "
            r"Council tax \| Planning \| Leisure \| Contact us\n",
            t,
        )
        assert "Home › Council and democracy › Meetings › Transcripts\n" in t
        assert "It is not the formal minutes" in t
        present = re.search(r"^Present: ([^\n]+)$", t, re.M).group(1).split(", ")
        councillors = [
            re.fullmatch(r"Councillor [A-Z][a-z]+ ([A-Z][\w-]+)( \(Chair\))?", p) for p in present
        ]
        assert all(councillors) and sum(bool(c.group(2)) for c in councillors) == 1
        chair = next(c.group(1) for c in councillors if c.group(2))
        attending = re.search(r"^Also attending: ([^\n]+)$", t, re.M).group(1).split("; ")
        guests = [
            re.fullmatch(r"([A-Z][a-z]+ [A-Z][a-z]+), [a-z][^,]+, [A-Z][^;]+", a) for a in attending
        ]
        assert all(guests)
        stamps = re.findall(r"^\[(\d\d):(\d\d)\]$", t, re.M)
        stamps = [int(h) * 60 + int(m) for h, m in stamps]
        assert len(stamps) >= 3 and stamps == sorted(stamps) and stamps[0] > minutes(starts)
        speakers = re.findall(r"^([A-Z][A-Z ()-]+): [A-Z][^\n]+$", t, re.M)
        assert len(speakers) >= 12
        known = {f"CLLR {c.group(1).upper()}" for c in councillors}
        known |= {f"CLLR {chair.upper()} (CHAIR)"} | {g.group(1).upper() for g in guests}
        assert set(speakers) <= known
        assert speakers[0] == speakers[-1] == f"CLLR {chair.upper()} (CHAIR)"
        ended = re.search(rf"^Item (\d+) ended at ({TIME})\.$", t, re.M)
        assert ended.group(1) == item and minutes(ended.group(2)) > stamps[-1]
        assert re.search(r"^Related documents\n(?:[A-Z][^\n]+\n){3}\n", t, re.M)
        assert re.search(r"^Ravensholt Borough Council, Town Hall, [^\n]+\n", t, re.M)
        # a trade magazine's feature: the magazine's name, strapline and menu, the cookie line,
        # the breadcrumb, the FEATURE label, the headline, the standfirst, the byline with date
        # and reading time, the subscriber line, prose under plain heads, a boxout of five
        # numbered checks, the author's note naming the byline's author, three related features,
        # the advertisement slot and the publisher's footer
        for t in texts:
            feature = re.search(
                r"^FEATURE\n[A-Z][^\n]+\n[A-Z][^\n]+\.\n"
                rf"By ([A-Z][a-z]+ [A-Z][a-z]+) · {DATE} · \d+ min read\n"
                r"Subscriber article · [^\n]+\n",
                t,
                re.M,
            )
            if feature:
                break
        else:
            raise AssertionError("no trade magazine feature")
        assert re.search(
            r"^Leisure Venue Manager\nThe magazine for [^\n]+\nNews \| Features \| Health and "
            r"safety \| Products \| Jobs \| Events \| Subscribe\n",
            t,
        )
        assert "Home › Features › Health and safety\n" in t
        assert all(
            re.search(rf"^{head}\n[A-Z“][^\n]+$", t, re.M)
            for head in (
                "What the trust says",
                "The ventilation question",
                "Why rinks are different",
            )
        )
        box = re.search(
            r"^[^\n]+: five checks for rink operators\n((?:\d\. [A-Z][^\n]+\n)+)\n", t, re.M
        )
        assert [int(n) for n in re.findall(r"^(\d)\. ", box.group(1), re.M)] == list(range(1, 6))
        assert re.search(rf"^About the author\n{feature.group(1)} has ", t, re.M)
        assert re.search(r"^Related features\n(?:[A-Z][^\n]+\n){3}\nAdvertisement\n", t, re.M)
        assert re.search(r"^Leisure Venue Manager is published by [^\n]+ Ltd\.$", t, re.M)
        # a business directory's listing: the directory's name, strapline and menu, the cookie
        # line, the breadcrumb to the category, the business and its categories, the stars
        # matching the rating, the review count and the closure, the address line, the last
        # update with the claim link, the opening hours, the business's dated update signed by
        # the operator, the about box, reviews newest first (author · stars · date; text; the
        # helpful count and report link), the owner's response after the review it answers, the
        # moderation note, three similar businesses and the directory's disclaimer and footer
        for t in texts:
            listing = re.search(
                r"^LocalFinder › [^\n]+ › Ice rinks\n\n([A-Z][^\n]+)\n[A-Z][^\n]+\n"
                r"([★☆]{5}) (\d\.\d) · ([\d,]+) reviews · Temporarily closed\n",
                t,
                re.M,
            )
            if listing:
                break
        else:
            raise AssertionError("no directory listing")
        name, stars, rating, _ = listing.groups()
        assert stars.count("★") == round(float(rating))
        assert re.search(
            r"^LocalFinder\nFind trusted local businesses near you\nSearch \| Categories \| "
            r"Write a review \| For businesses \| Log in\n",
            t,
        )
        assert re.search(
            rf"^Profile last updated ({DATE}) · Is this your business\? Claim this listing$",
            t,
            re.M,
        )
        assert re.search(
            r"^Opening hours\n(?:[A-Z][^\n]+: [^\n]+\(temporarily closed\)\n){2}\n", t, re.M
        )
        update = re.search(rf"^Update from the business · ({DATE})\n({name} [^\n]+)$", t, re.M)
        assert update.group(2).endswith(" – Lindvale Leisure Trust")
        assert re.search(r"^About this business\nRun by [^\n]+\n", t, re.M)
        reviews = t.split("Reviews · Sorted by: Most recent\n\n")[1].split("\n\nPeople also")[0]
        posts = re.findall(
            rf"^([^\n·]+) · ([★☆]{{5}}) · ({DATE})\n[A-Z][^\n]+\nHelpful \(\d+\) · Report$",
            reviews,
            re.M,
        )
        assert len(posts) >= 6
        dates = [day(d) for _, _, d in posts]
        assert dates == sorted(dates, reverse=True)
        assert all(
            day(d) <= day(re.search(rf"Profile last updated ({DATE})", t).group(1))
            for _, _, d in posts
        )
        response = re.search(
            rf"^Helpful \(\d+\) · Report\n\nResponse from the owner · ({DATE})\n[A-Z][^\n]+"
            r" – Lindvale Leisure Trust$",
            reviews,
            re.M,
        )
        answered = reviews[: response.start()].rsplit("\n\n", 1)[-1]
        assert day(response.group(1)) >= day(re.search(DATE, answered).group(0))
        assert re.search(
            r"^Two reviews on this page have been reported and are being checked ", t, re.M
        )
        assert re.search(r"^People also viewed\n(?:[A-Z][^\n]+ · \d\.\d ★\n){3}\n", t, re.M)
        assert re.search(r"^Reviews on LocalFinder are the opinions of their authors", t, re.M)
        first_review_ends = t.index("Helpful (")
        assert t.index(CANARY) > first_review_ends and t.index(SPAM) > first_review_ends
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "Home | Teams | Learn to Play | Fixtures | Club Shop | Sponsors | Contact",
            "Home | Council and democracy | Bins and recycling | Council tax | Planning | Leisure",
            "News | Features | Health and safety | Products | Jobs | Events | Subscribe",
            "Search | Categories | Write a review | For businesses | Log in",
            "View in your browser | Forward to a friend",
            "Accept cookies | Reject cookies | Cookie settings",
            "OK | Change settings",
            "Accept | Decline | Preferences",
            "Unsubscribe | Update your preferences | Privacy notice",
            "Accessibility | Privacy | Cookies | Terms and conditions | Contact us",
            "About | Advertise | Contact | Privacy policy | Cookie policy | Terms",
            "About LocalFinder | Help | Review guidelines | Privacy | Cookies | Terms",
            "Is this your business? Claim this listing",
            "Helpful (0) · Report",
            "Watch the webcast",
            "© 2032 Ravensholt Raptors Ice Hockey Club",
            "© 2032 Ravensholt Borough Council",
            "© 2032 Fairline Trade Media Ltd",
            "© 2032 LocalFinder Ltd",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_review_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
