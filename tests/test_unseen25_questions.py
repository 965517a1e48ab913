"""The twenty-fifth held-out corpus (the derailment of a Harbour Line tram at Ropewalk Corner, in
the centre of Aldermouth on the Westmarch coast, on the evening of Friday 7 November 2031, which
swung the rear car into a bus shelter and the front of Pettigrew's Bakery, put passengers in
hospital, closed the line and led the operator, Aldermouth Tramways, to suspend the driver,
while a local paper's live blog, a radio station's podcast episode page, the drivers' union's
press release and a community forum thread disagreed over the time of the crash, the number of
passengers and of people taken to hospital, the tram's speed, the cause and how long the line
would stay closed) passes the checks of the first, and its pages carry the formats and furniture
it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import DATE, Corpus, UnseenChecks, minutes

CANARY = "CANARY-UNSEEN25-4262"
SPAM = "Hurt on a tram, bus or train? No win, no fee injury claims"
TIME = r"\d{1,2}\.\d\d[ap]m"


class TestUnseen25(UnseenChecks):
    CORPUS = Corpus("unseen25")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # a local paper's live blog: the paper's menu, the dateline with the weather, the consent
        # line with its partners, the breadcrumb, the LIVE headline, the byline with the last
        # update, the share line, four key points, the auto-refresh line, the entries under day
        # heads, newest first, each a time on its own line over its text, the call for readers'
        # messages, three related stories, three most-read stories and the publisher's footer
        for t in texts:
            byline = re.search(
                r"^LIVE: [A-Z][^\n]+\nBy [A-Z][a-z]+ [A-Z][a-z]+ and [A-Z][a-z]+ [A-Z][a-z]+ · "
                rf"Last updated {DATE}, ({TIME})\nShare: Facebook \| X \| WhatsApp \| Copy link\n",
                t,
                re.M,
            )
            if byline:
                break
        else:
            raise AssertionError("no live blog")
        assert re.search(
            r"^Aldermouth Chronicle\nNews \| Sport \| Business \| What’s On \| Opinion \| "
            rf"Puzzles \| Subscribe\n[A-Z][a-z]+day {DATE} · Aldermouth \d+°C",
            t,
        )
        assert re.search(r"^We and our \d+ partners store and access information ", t, re.M)
        assert "Home › News › Aldermouth › Transport\n" in t
        assert re.search(r"^Key points\n(?:• [A-Z][^\n]+\n){4}\n", t, re.M)
        blog = t.split("Auto-refresh is on · Newest first\n\n")[1].split("\nHave you been")[0]
        days = re.split(r"^((?:Satur|Fri)day \d{1,2} November)\n", blog, flags=re.M)[1:]
        assert [days[0], days[2]] == ["Saturday 8 November", "Friday 7 November"]
        stamps = []
        for entries in days[1::2]:
            times = re.findall(rf"^({TIME})\n[A-Z][^\n]+$", entries, re.M)
            assert len(times) >= 4
            assert [minutes(s) for s in times] == sorted((minutes(s) for s in times), reverse=True)
            stamps += times
        assert stamps[0] == byline.group(1)
        assert re.search(r"^Have you been affected\? Email [^\n]+ or WhatsApp us on 07", t, re.M)
        assert re.search(
            r"^Related stories\n(?:[A-Z][^\n]+\n){3}\nMost read\n(?:[A-Z][^\n]+\n){3}\n", t, re.M
        )
        assert re.search(
            r"^Aldermouth Chronicle is published by [^\n]+ regulated by IPSO\.", t, re.M
        )
        # a radio station's podcast episode page: the station's menu and strapline, the cookie
        # line, the breadcrumb to the show, the show and the numbered episode, the published
        # line with length and presenter, the player line, the episode notes, chapters in
        # order, the transcript excerpt with its disclaimer and speakers in capitals (the
        # presenter among them), three earlier episodes, the share line and the licence footer
        for t in texts:
            episode = re.search(
                r"^Home › Podcasts › ([^\n]+)\n\n\1\nEpisode (\d+): [A-Z][^\n]+\n"
                rf"Published {DATE} · \d+ min · Presented by ([A-Z][a-z]+ [A-Z][a-z]+)\n"
                r"▶ Play episode \| Download \(MP3, \d+ MB\) \| Subscribe: Apple Podcasts \| "
                r"Spotify \| RSS\n",
                t,
                re.M,
            )
            if episode:
                break
        else:
            raise AssertionError("no podcast episode page")
        show, number, presenter = episode.groups()
        assert re.search(
            r"^Harbour Sound 97\.2\nListen live \| News \| Podcasts \| Schedule \| Competitions "
            r"\| Advertise \| Contact\nOn 97\.2 FM, DAB and your smart speaker",
            t,
        )
        assert re.search(r"^Episode notes\n[A-Z][^\n]+\n\n[A-Z][^\n]+\n\nChapters\n", t, re.M)
        chapters = re.findall(r"^(\d\d):(\d\d) [A-Z“][^\n]+$", t, re.M)
        assert len(chapters) == 5 and chapters[0] == ("00", "00")
        assert [int(m) * 60 + int(s) for m, s in chapters] == sorted(
            int(m) * 60 + int(s) for m, s in chapters
        )
        transcript = t.split("Transcript (excerpt)\n")[1].split("\nRelated episodes\n")[0]
        assert transcript.startswith("This transcript was made automatically and checked by ")
        speakers = re.findall(r"^([A-Z][A-Z ]+): [A-Z][^\n]+$", transcript, re.M)
        assert len(speakers) >= 8 and presenter.upper() in speakers and len(set(speakers)) == 3
        earlier = re.findall(r"^Episode (\d+): [A-Z][^\n]+$", t.split("Related episodes")[1], re.M)
        assert [int(n) for n in earlier] == [int(number) - k for k in (1, 2, 3)]
        assert show == "Harbour Sound Daily"
        assert re.search(r"^Share this episode: Facebook \| X \| WhatsApp \| Copy link$", t, re.M)
        assert re.search(r"^Harbour Sound is part of [^\n]+\. Licensed by Ofcom\.$", t, re.M)
        # a trade union's press release: the union's name, strapline, menu and join buttons, the
        # cookie line, the breadcrumb, the release line with date and time, the headline, the
        # issuing branch, the share line, prose under plain heads, the branch secretary's
        # quote, ENDS, three numbered notes to editors, the media contact with phone numbers,
        # three more releases with dates, the join line and the union's footer
        for t in texts:
            release = re.search(
                rf"^PRESS RELEASE · For immediate release · {DATE}, {TIME}\n[A-Z][^\n]+\n"
                r"Issued by the (UTTW) [A-Z][a-z]+ Trams Branch\n"
                r"Share: Facebook \| X \| LinkedIn \| Email \| Print\n",
                t,
                re.M,
            )
            if release:
                break
        else:
            raise AssertionError("no press release")
        assert re.search(
            r"^United Tram and Transit Workers\nThe union for [^\n]+\nHome \| About us \| Join "
            r"the union \| Your rights at work \| Campaigns \| News \| Branches \| Contact\n"
            r"\[ Join UTTW today \] \[ Member login \]\n",
            t,
        )
        assert "Home › News › Press releases\n" in t
        assert all(
            re.search(rf"^{head}\n[A-Z][^\n]+$", t, re.M)
            for head in ("What drivers told the company", "A packed tram", "What happens next")
        )
        assert re.search(
            r"^[A-Z][a-z]+ [A-Z][a-z]+, UTTW [A-Z][a-z]+ branch secretary, said: “", t, re.M
        )
        assert t.index("\nENDS\n") < t.index("\nNotes to editors\n")
        assert re.search(r"^Notes to editors\n1\. [^\n]+\n2\. [^\n]+\n3\. [^\n]+\n\n", t, re.M)
        assert re.search(
            r"^Media contact\n[A-Z][a-z]+ [A-Z][a-z]+, UTTW press office · [^\n]+ · 020 ", t, re.M
        )
        assert re.search(rf"^More press releases\n(?:[A-Z][^\n]+ \({DATE}\)\n){{3}}\n", t, re.M)
        assert re.search(r"^Not a member yet\? Join today from £[\d.]+ a week\.", t, re.M)
        assert re.search(r"^United Tram and Transit Workers is a trade union listed by ", t, re.M)
        # a community forum thread: the forum's name, strapline and menu, the cookie line, the
        # breadcrumb down to the thread, the thread's title, starter, date, replies and views,
        # the house rule, the numbered posts (number · member · standing · date, time; text;
        # the post buttons) matching the replies, the first by the starter, the administrator's
        # note on reported posts, the login line, three similar threads and the forum's footer
        for t in texts:
            thread = re.search(
                r"^Forums › [^\n]+ › ([^\n]+)\n\n\1\nThread started by (\w+) · "
                rf"{DATE} · (\d+) replies · [\d,]+ views\n",
                t,
                re.M,
            )
            if thread:
                break
        else:
            raise AssertionError("no forum thread")
        starter, replies = thread.group(2), int(thread.group(3))
        posts = re.findall(
            r"^#(\d+) · (\w+) · (?:Member since \d{4} · [\d,]+ posts?|Administrator) · "
            rf"\d{{1,2}} [A-Z][a-z]{{2}} 20\d\d, {TIME}\n[A-Z@][^\n]+\n"
            r"Like · Quote · Reply · Report$",
            t,
            re.M,
        )
        assert [int(n) for n, _ in posts] == list(range(1, replies + 2))
        assert posts[0][1] == starter
        assert re.search(
            r"^Aldermouth Talk\nThe city’s community forum since \d{4}\nForums \| What’s new \| "
            r"Search \| Members \| Log in \| Register\n",
            t,
        )
        assert re.search(r"^Thanks for reporting posts \d+ and \d+\.", t, re.M)
        assert re.search(
            r"^You must log in or register to reply here\.\n\nSimilar threads\n"
            r"(?:[A-Z][^\n]+\n){3}\n",
            t,
            re.M,
        )
        first_post_ends = t.index("Like · Quote · Reply · Report")
        assert t.index(CANARY) > first_post_ends and t.index(SPAM) > first_post_ends
        assert any(re.search(r"[“”’–]", text) for text in texts)
        self.assert_furniture(
            "News | Sport | Business | What’s On | Opinion | Puzzles | Subscribe",
            "Listen live | News | Podcasts | Schedule | Competitions | Advertise | Contact",
            "Home | About us | Join the union | Your rights at work | Campaigns | News",
            "Forums | What’s new | Search | Members | Log in | Register",
            "Accept all | Reject all | Manage choices",
            "Accept all | Essential only | Cookie settings",
            "Accept optional cookies | Essential cookies only",
            "Continue | Learn more",
            "Auto-refresh is on · Newest first",
            "Subscribe: Apple Podcasts | Spotify | RSS",
            "About us | Contact us | Advertise | Complaints | Privacy notice | Cookie settings",
            "Privacy | Cookies | Terms of use | Complaints | Accessibility",
            "Privacy | Cookies | Accessibility | Rule book | Contact us",
            "Contact us | Forum rules | Privacy policy | Cookies | Help",
            "We are regulated by IPSO.",
            "© 2031 Westmarch Media Ltd",
            "© 2031 Coastwave Radio Ltd",
            "© 2031 United Tram and Transit Workers",
            "© 2009–2031 Aldermouth Talk",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_thread_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
