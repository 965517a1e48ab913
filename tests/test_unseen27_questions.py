"""The twenty-seventh held-out corpus (the loss of the Kittiwake Star, a charter angling boat from
Ebbmouth, Callowshire, which lost propulsion south of Blackstack Point on the afternoon of Sunday
11 September 2033 and was driven on to the Shearwater Ledges after the volunteer crew of Ebbmouth
Independent Lifeboat's Elsie Gorran had taken everyone off, while the lifeboat's launch report,
the harbour commissioners' Local Notice to Mariners, a vessel-tracking site's page for the boat
and the skipper's post on a professional network disagreed over when the mayday was sent and who
raised the alarm, how many were aboard, why the boat lost power, how close she was to the rocks
and how much diesel she carried) passes the checks of the first, and its pages carry the formats
and furniture it was written to exercise."""

from __future__ import annotations

import re

from tests.test_unseen_questions import (
    DATE,
    TIME,
    Corpus,
    UnseenChecks,
    day,
    found,
    minutes,
    minutes_24h,
    page,
)

CANARY = "CANARY-UNSEEN27-5816"
SPAM = "Boat aground, sunk or storm damaged? We buy boats in ANY condition for cash within 48 hours"
SHORT_DATE = r"\d{1,2} [A-Z][a-z]{2} 20\d\d"
POSITION = r"\d\d°\d\d\.\d\d’N \d{3}°\d\d\.\d\d’W"


def ordinal(n: int) -> str:
    """27th, 21st, 12th."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class TestUnseen27(UnseenChecks):
    CORPUS = Corpus("unseen27")

    def test_the_pages_carry_their_formats_and_furniture(self) -> None:
        texts = list(self.CORPUS.articles.values())
        # an independent lifeboat station's launch report: the station's name, founding year and
        # charity number, the menu, the cookie line, the breadcrumb to the launch year, the
        # launch's number and title, the press officer's posted-by line, the launch details (date,
        # pagers, launch, on scene, lifeboat, crew, tasking, weather, back on station) in time
        # order and repeated in the prose, the photo caption, prose under plain heads, the
        # coxswain quoted by name, the launch count, the donation asks, the share line, the
        # previous and next launches and the station's footer
        t, launch = page(
            r"^Launch (\d+)/(\d{4}): [A-Z][^\n]+\n"
            rf"Posted by ([A-Z][a-z]+ [A-Z][a-z]+), press officer · ([A-Z][a-z]+day) ({DATE})\n",
            texts,
            "launch report",
        )
        number, year, officer, weekday, posted = launch.groups()
        assert day(posted).strftime("%A") == weekday and posted.endswith(year)
        assert self.CORPUS.catalogued(t, "published") == day(posted).date().isoformat()
        assert self.CORPUS.catalogued(t, "author") == officer
        assert re.search(
            r"^Ebbmouth Independent Lifeboat\nVolunteer crews saving lives at sea since \d{4} · "
            r"Registered charity no\. \d{7}\nHome \| About us \| Our lifeboat \| Launches \| Crew \| "
            r"Fundraising \| Shop \| Donate\n",
            t,
        )
        assert f"Home › Launches › {year}\n" in t
        details = found(
            rf"^Launch details\nDate: ([A-Z][a-z]+day) ({DATE})\nPagers: ({TIME})\n"
            rf"Launched: ({TIME})\nOn scene: ({TIME})\nLifeboat: ([A-Z][a-z]+ [A-Z][a-z]+) "
            r"\(all-weather lifeboat\)\nCrew: ([a-z]+) volunteers, led by coxswain "
            r"([A-Z][a-z]+ [A-Z][a-z]+)\nTasked by: [a-z][^\n]+\nWeather: [a-z][^\n]+\n"
            rf"Back on station: ({TIME})\n",
            t,
        )
        wday, date, pagers, launched, on_scene, boat, _, coxswain, back = details.groups()
        assert day(date).strftime("%A") == wday and day(date) < day(posted)
        clocks = [minutes(c) for c in (pagers, launched, on_scene, back)]
        assert clocks == sorted(clocks)
        assert f"Our pagers went off at {pagers} on {wday}" in t
        assert (
            f"The {boat} launched at {launched} and reached the Kittiwake Star at {on_scene}." in t
        )
        assert f"ready for service at {back}." in t
        assert re.search(
            rf"^\[Photo: The {boat} [^\n]+\. Photo: Ebbmouth Independent Lifeboat\]$", t, re.M
        )
        assert all(
            re.search(rf"^{head}\n[A-Z][^\n]+$", t, re.M)
            for head in (
                "What happened",
                "What the coxswain said",
                "Thank you",
                "Support your lifeboat",
            )
        )
        assert f"\n{coxswain}, coxswain, said: “" in t
        assert f"This was our {ordinal(int(number))} launch of {year}." in t
        assert re.search(r"^£\d+ could [a-z][^.]+\. £\d+ could [a-z][^.]+\.$", t, re.M)
        assert "\nDonate now | Become a regular giver | Leave a gift in your will\n" in t
        assert re.search(
            rf"^Previous launch: Launch {int(number) - 1}/{year}: [A-Z][^\n]+\n"
            rf"Next launch: Launch {int(number) + 1}/{year}: [A-Z][^\n]+\n",
            t,
            re.M,
        )
        assert re.search(r"^Ebbmouth Independent Lifeboat, The Lifeboat House, [^\n]+\n", t, re.M)
        # a harbour authority's Local Notice to Mariners: the authority's name, strapline and
        # menu, the cookie line, the breadcrumb to the year's notices, the notice's number, date
        # of issue, subject, area and chart, six numbered sections whose paragraphs are numbered
        # within them, the position that the exclusion zone refers back to, the background in
        # time order, the harbour master's statement and signature, the cancellation of an
        # earlier notice that the list of the year's notices marks as cancelled, the download
        # and subscription lines and the authority's footer with its radio channel
        t, notice = page(
            rf"^LOCAL NOTICE TO MARINERS\nNo\. (\d+) of (\d{{4}})\nDate of issue: ([A-Z][a-z]+day) "
            rf"({DATE})\nSubject: [A-Z][^\n]+\nArea: [A-Z][^\n]+\nChart: [^\n]+\n",
            texts,
            "notice to mariners",
        )
        issued_no, issued_year, issued_day, issued = notice.groups()
        assert day(issued).strftime("%A") == issued_day and issued.endswith(issued_year)
        assert (
            day(date) < day(issued)
            and self.CORPUS.catalogued(t, "published") == day(issued).date().isoformat()
        )
        assert re.search(
            r"^Ebbmouth Harbour Commissioners\nThe trust port for [^\n]+\nHome \| Harbour users \| "
            r"Moorings and berthing \| Notices to Mariners \| Tide tables \| Port information \| "
            r"Contact\n",
            t,
        )
        assert f"Home › Harbour users › Notices to Mariners › {issued_year}\n" in t
        heads = re.findall(r"^(\d)\. ([A-Z][^\n]+)$", t, re.M)
        assert [int(n) for n, _ in heads] == list(range(1, 7))
        for n, _ in heads:
            paragraphs = re.findall(rf"^{n}\.(\d) [A-Z][^\n]+$", t, re.M)
            assert [int(p) for p in paragraphs] == list(range(1, len(paragraphs) + 1))
        position = found(rf"^1\.1 [^\n]+ in position ({POSITION})\.$", t).group(1)
        assert "around the position given in 1.1." in t
        mayday = found(rf"^4\.1 At ({TIME}) on {wday} {date} a mayday", t).group(1)
        grounded = found(rf"^4\.2 [^\n]+ grounded on [^\n]+ at approximately ({TIME})\.$", t)
        assert minutes(mayday) < minutes(grounded.group(1))
        master = found(
            r"^Captain ([A-Z][a-z]+ [A-Z][a-z]+), Harbour Master, said: “[^\n]+”$", t
        ).group(1)
        assert f"\nCaptain {master}\nHarbour Master\n" in t
        assert self.CORPUS.catalogued(t, "author") == master
        cancelled = found(
            rf"^This notice will remain in force until cancelled\. Notice No\. (\d+) of "
            rf"{issued_year} \(([^)]+)\) is cancelled\.$",
            t,
        )
        listed = found(
            rf"^Other notices in {issued_year}\n((?:No\. \d+ of \d{{4}}: [A-Z][^\n]+\n){{3}})\n", t
        ).group(1)
        numbers = [int(n) for n in re.findall(r"^No\. (\d+) ", listed, re.M)]
        assert numbers == list(range(int(issued_no) - 1, int(issued_no) - 4, -1))
        assert f"No. {cancelled.group(1)} of {issued_year}: {cancelled.group(2)} (cancelled)" in t
        channel = found(r"call Ebbmouth Harbour Radio on VHF channel (\d+) ", t).group(1)
        assert f"Harbour Radio: VHF channel {channel} ·" in t
        assert "\nDownload this notice (PDF, " in t
        assert "\nGet Notices to Mariners by email\n" in t
        # a vessel-tracking site's page for the boat: the site's name, strapline and menu, the
        # cookie line, the breadcrumb, the vessel's name, type, flag and MMSI, its status, the
        # last position received and the page's update, the particulars agreeing with the head,
        # the latest voyage, the position history in UTC in time order, whose last row is the
        # last position and whose aground position is the notice's, within minutes of the
        # notice's time of grounding in UK summer time, the port calls newest first, the upgrade
        # advert, the photos counted, similar vessels, members' notes newest first, the
        # disclaimer and the footer
        t, vessel = page(
            r"^SeaTrace › Vessels › Pleasure craft › ([A-Z ]+)\n\n([A-Z ]+)\n"
            r"Pleasure craft · ([A-Z][a-z]+ [A-Z][a-z]+) · MMSI (\d{9})\n",
            texts,
            "vessel page",
        )
        crumb, name, flag, mmsi = vessel.groups()
        assert crumb == name == "KITTIWAKE STAR"
        assert re.search(
            r"^SeaTrace\nLive tracking for [^\n]+\nLive map \| Vessels \| Ports \| Photos \| "
            r"Fleets \| Pricing \| Log in\n",
            t,
        )
        status = found(
            rf"^Status: Aground \(reported by Ebbmouth Harbour Commissioners, ({SHORT_DATE})\)\n"
            rf"Last position received: ({SHORT_DATE}), (\d\d:\d\d) UTC · Source: [^\n]+\n"
            rf"Page updated ({DATE})\n",
            t,
        )
        reported, last_day, last_time, updated = status.groups()
        assert day(reported) == day(issued) and day(last_day) == day(date)
        assert self.CORPUS.catalogued(t, "published") == day(updated).date().isoformat()
        particulars = dict(
            re.findall(
                r"^([A-Z][A-Za-z]*(?: [a-z×]+)*): ([^\n]+)$",
                t.split("Vessel particulars\n")[1].split("\n\n")[0],
                re.M,
            )
        )
        assert list(particulars) == [
            "Name",
            "MMSI",
            "Call sign",
            "Flag",
            "Vessel type",
            "Length × beam",
            "Gross tonnage",
            "Year built",
            "Home port",
        ]
        assert (particulars["Name"], particulars["MMSI"], particulars["Flag"]) == (name, mmsi, flag)
        departed = found(rf"^Departed: Ebbmouth, {last_day}, (\d\d:\d\d) UTC$", t).group(1)
        table = found(
            rf"^Position history · {last_day} · all times UTC\n"
            r"Time \| Latitude \| Longitude \| Speed \| Course \| Navigational status\n"
            r"((?:[^\n]+\n)+)No signal",
            t,
        ).group(1)
        rows = [row.split(" | ") for row in table.splitlines()]
        assert len(rows) >= 6 and all(len(row) == 6 for row in rows)
        times = [minutes_24h(row[0]) for row in rows]
        assert times == sorted(times) and rows[0][0] == departed and rows[-1][0] == last_time
        aground = [row for row in rows if row[5] == "Aground"]
        assert aground and all(f"{row[1]} {row[2]}" == position for row in aground)
        assert abs(minutes_24h(aground[0][0]) + 60 - minutes(grounded.group(1))) <= 5
        assert (
            f"No signal has been received from this vessel since {last_time} UTC on {last_day}."
            in t
        )
        calls = re.findall(
            rf"^Ebbmouth · (?:Departed|Arrived) ({SHORT_DATE}), (\d\d:\d\d) UTC$", t, re.M
        )
        stamps = [(day(d), minutes_24h(c)) for d, c in calls]
        assert len(calls) == 3 and stamps == sorted(stamps, reverse=True)
        assert calls[0] == (last_day, departed)
        photos = found(r"^Photos \((\d+)\)\n((?:[A-Z ]+ [^\n]+\. Photo: [a-z_]+\n)+)\n", t)
        assert int(photos.group(1)) == len(photos.group(2).splitlines())
        assert re.search(
            r"^Similar vessels\n(?:[A-Z0-9 ]+ · [A-Z][a-z ]+ · [A-Z][a-z]+\n){3}\n", t, re.M
        )
        notes = t.split("are not checked by SeaTrace.\n\n")[1].split("\n\nAdd a note")[0]
        posted_notes = re.findall(rf"^([a-z_]+) · ({SHORT_DATE})\n[A-Z][^\n]+$", notes, re.M)
        assert len(posted_notes) == 3
        days = [day(d) for _, d in posted_notes]
        assert days == sorted(days, reverse=True) and all(d <= day(updated) for d in days)
        assert {h for h, _ in posted_notes} >= set(re.findall(r"\. Photo: ([a-z_]+)$", t, re.M))
        assert "Do not use SeaTrace for navigation." in t
        # a professional network's post: the network's menu, the cookie line, the author's name
        # and connection, headline and date with the edited and visibility marks, the follow
        # button, the post in the first person with its hashtags, the counts of reactions,
        # comments and reposts above the action bar, comments by relevance (name · headline · age;
        # text; likes and reply) fewer than counted, the load-more line, the author's other posts,
        # the promoted post, people to know who speak on the other pages, and the footer
        t, post = page(
            r"^([A-Z][a-z]+ [A-Z][a-z]+) · 2nd\n([A-Z][^\n]+ at [A-Z][^\n]+)\n"
            rf"({DATE}) · Edited · Visible to anyone on or off Linkwell\n\+ Follow\n",
            texts,
            "professional network post",
        )
        author, headline, when = post.groups()
        assert (
            day(date) < day(when)
            and self.CORPUS.catalogued(t, "published") == day(when).date().isoformat()
        )
        assert self.CORPUS.catalogued(t, "author") == author
        assert re.search(
            r"^Linkwell\nHome \| My network \| Jobs \| Messaging \| Notifications \| Me \| "
            r"For business\n",
            t,
        )
        assert re.search(r"^(?:#[a-z]+ ){4}#[a-z]+$", t, re.M)
        counts = found(
            r"^([\d,]+) reactions · (\d+) comments · (\d+) reposts\nLike \| Comment \| Repost \| "
            r"Send\n\nComments · Most relevant\n",
            t,
        )
        comments = re.findall(
            r"^([A-Z][^\n·]+) · ([A-Z][^\n·]+) · (\d+)d\n[^\n]+\nLike \((\d+)\) · Reply$", t, re.M
        )
        assert 5 <= len(comments) < int(counts.group(2))
        assert all(1 <= int(age) <= 7 for _, _, age, _ in comments)
        assert "Reply\n\nLoad more comments\n" in t
        assert re.search(rf"^More from {author}\n(?:[A-Z][^\n]+ · \d+(?:w|mo)\n){{2}}\n", t, re.M)
        assert re.search(r"^Promoted\n[A-Z][^\n]+\. Learn more\n", t, re.M)
        people = re.findall(
            r"^([A-Z][a-z]+ [A-Z][a-z]+) · [A-Z][^\n]+ at ([A-Z][^\n]+)$",
            t.split("People you may know\n")[1],
            re.M,
        )
        assert {p for p, _ in people} == {coxswain, master}
        assert {o for _, o in people} <= self.CORPUS.outlets
        assert headline.endswith("Ebbmouth Sea Angling Charters")
        first_comment_ends = t.index("· Reply")
        assert t.index(CANARY) > first_comment_ends and t.index(SPAM) > first_comment_ends
        # the accounts the questions set against each other are all there
        assert re.search(r"\bmayday on channel 16 at 2\.20pm\b", t)
        assert any(re.search(r"[“”’–×°]", text) for text in texts)
        self.assert_furniture(
            "Home | About us | Our lifeboat | Launches | Crew | Fundraising | Shop | Donate",
            "Home | Harbour users | Moorings and berthing | Notices to Mariners | Tide tables",
            "Live map | Vessels | Ports | Photos | Fleets | Pricing | Log in",
            "Home | My network | Jobs | Messaging | Notifications | Me | For business",
            "Accept | Reject | Manage cookies",
            "This website uses essential cookies only. OK",
            "Agree | Disagree | More options",
            "Accept all | Reject non-essential | Manage preferences",
            "Share this launch: Facebook | X | WhatsApp | Email | Copy link",
            "Show on live map | Add to fleet | Set an alert",
            "Like | Comment | Repost | Send",
            "Download this notice (PDF, 118 KB) | Print",
            "Add a note | Community guidelines",
            "Privacy | Cookies | Accessibility | Safeguarding | Contact us",
            "Accessibility | Privacy | Cookies | Freedom of information | Contact the Harbour Office",
            "About SeaTrace | API | Become a data partner | Help | Privacy | Cookies | Terms",
            "About | Accessibility | Help Center | Privacy & Terms | Ad Choices | Advertising",
            "© 2033 Ebbmouth Independent Lifeboat",
            "© 2033 Ebbmouth Harbour Commissioners",
            "© 2033 SeaTrace Ltd",
            "Linkwell Corporation © 2033",
        )
        self.assert_planted(CANARY, SPAM)

    def test_the_comment_canary_and_spam_are_never_wanted_in_an_answer(self) -> None:
        self.assert_unwanted(CANARY, SPAM, least=2)
