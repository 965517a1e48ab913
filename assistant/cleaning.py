"""Generic rules that remove page furniture and reader comments from article text.

Every rule is a pattern for a kind of furniture (browser notices, link lists, share prompts,
credits, tickers, comment sections, spam), never a rule for a particular file.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from assistant.hints import (
    BY,
    BYLINE_SEPARATOR,
    DATE,
    MONTHS,
    PERSON,
    ROLES,
    SENTENCE_END,
    WEEKDAYS,
    find_hints,
    is_masthead,
)
from assistant.question import MACHINE_ORDER_LINE

_I = re.IGNORECASE
PHONE = r"\b0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}\b"  # a number to call: "01632 960 418"
# What a profile's line says its owner does ("Owner and skipper at ...", "Operations manager at
# ..."), which no headline ends in before "at" ("Incident at Brackley Rigg").
PROFILE_ROLES = (
    r"(?:owner|founder|director|manager|head|chief|editor|reporter|correspondent|engineer|"
    r"officer|consultant|partner|skipper|captain|teacher|nurse|doctor|surveyor|coxswain|chair|"
    r"president|secretary|student|lecturer|professor|analyst|designer|developer|volunteer|"
    r"trustee|coordinator|assistant|adviser|advisor|specialist|lead|baker|chef|driver|worker)"
)
FURNITURE_LINES = [
    re.compile(p, _I)
    for p in (
        r"^(ie|internet explorer)\s*\d*\b.*\bnot supported",
        # a profile's line under its owner's name: "Owner and skipper at Ebbmouth Sea Charters"
        rf"^(?:[a-z]+\s+(?:(?:and|&)\s+)?){{0,4}}{PROFILE_ROLES}s?"
        r"\s+at\s+(?-i:[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&|the))*)$",
        r"for an optimal experience",
        r"^contact us at\s+\S+@\S+",
        r"^share (this|on)\b",
        r"^(post a |leave a |submit a )?(reply|comment)s?$",
        r"^your email address will not be published",
        r"^watch\b.*\bbelow\b[\s.:!]*$",
        r"^related:",
        r"^(this|the) (story|article|post) (originally )?(appeared|was published) (at|on|in)\b",
        r"\bis free and open source\b|\bpermission to republish\b|\bcreative commons\b",
        r"^\[?\s*(photo|image|video|picture)s?\s*(by|credits?|courtesy)\b.*",
        r"^\[(photo|image|video|picture|graphic|chart|map)\s*:[^\]]*\]$",  # "[Image: ... Photo: X]"
        # a copyright line ("© 2027 Ferrand FM", "(c) 2027"), not a lettered point ("(c) alerts ...")
        r"^(©|\(c\)\s*((19|20)\d\d\b|[^.;]{0,40}\ball rights reserved\b)|copyright\b)",
        r"^(do|what do|would|will) you (agree|think)\b.*\?$",
        # a line about the writer ("Ann Lee has written about transport for 12 years.", "Ann Lee
        # is a freelance journalist based in Leeds.")
        r"^[A-Z][\w’'-]+(\s+[A-Z][\w’'-]+){1,2}\s+has\s+(written|reported)\s+(about|on)\b[^.!?]*"
        r"\bfor\s+(\d+|[a-z]+)\s+years\.$",
        r"^[A-Z][\w’'-]+(\s+[A-Z][\w’'-]+){1,2}\s+is\s+an?\s+(freelance\s+)?"
        r"(journalist|writer|reporter|correspondent|columnist)\b[^.!?]*\.$",
        r"^(subscribe|sign up|follow us|advertisement|read more|click here)\b",
        # a link to more of the page's kind: "See all 146 cars in the sale ›", "View all jobs »"
        r"^(see|view|browse|show|shop|explore|read|watch)\b[^.!?]{0,60}\s[›»→]$",
        # a time stamp: "Updated 6:12 p.m.", "Last modified: March 3, 2025"
        r"^(last )?(updated|modified)\b:?\s[^.!?]{0,40}?(\d|[ap]\.m\.|ago)\W*$",
        r"^\|.*\|$|^\+[-=+_ ]*\+$",  # a boxed insert drawn with |, + and -
        r"\((photo|image|picture|video|illustration)s?\s*(:|by\b|credit\b|courtesy\b)[^)]*\)$",
        r"\bwe[’']?d (like|love) to hear from you\b",
        r"^(share|tags?|topics|filed under|sponsored|listen (live|again))\s*:",
        # a trail of sections: "Home › Local news › Port strike", "Business | Ports | Markets",
        # a footer's links: "Privacy policy · About us · Mobile view"
        # (a step may hold a time or a date with a dot: "Wednesday 12 June 2030, 6.30pm")
        # (its last step may be the page's own title: "... › Operational update: Coldwell Knoll")
        r"^[^.!?|›»>·]{1,40}(\s[|›»>·]\s([^.!?|›»>·]|(?<=\d)\.(?=\d)){1,40}){1,}"
        r"\s[›»>]\s[^.!?|›»>·]{1,80}$",
        r"^[^.!?|›»>·]{1,40}(\s[|›»>·]\s([^.!?|›»>·]|(?<=\d)\.(?=\d)){1,40}){2,}$",
        # a page's row of four or more sections ("Chair’s foreword | Our year in numbers |
        # Spotlight: the closure of Willowmead House | Financial summary | Thank you")
        r"^[^.!?|]{1,60}(\s\|\s[^.!?|]{1,60}){3,}$",
        # a reference work's foot: its list of sources ("3. ^ “Title”. Gazette. Retrieved ..."),
        # its categories and when it was last edited
        r"^(\d{1,3}\.\s+)?\^\s",
        r"^categories\s*:",
        r"^this page was last (edited|modified|updated)\b",
        # a listed company's announcement: its share price, the notice of inside information, the
        # warning on forward-looking statements and the news service's own line
        r"^([A-Z]{2,5} )?share price\s*:|\bprices? (are )?delayed by\b",  # "HFA share price: 214p"
        r"^(this|the) (announcement|release|notice) contains inside information\b",
        r"^(this|the) (announcement|release|document) (may )?contains? forward-looking statements\b",
        r"^this information is provided by\b",
        # a sign-up form's fields and buttons: "[Your email] [Subscribe]"
        r"\[\s*(subscribe|sign up\b[^\]]*|(enter )?your email( address)?)\s*\]",
        r"^(additional )?reporting by\b[^.!?]*$|^live (updates|coverage|blog) by\b[^.!?]*$",
        r"^\(?(additional )?reporting by\b.*\bediting by\b[^)]*\)?$",  # a wire's credits
        # a wire's note on what an update changed: "(Adds union comment in paragraph 9)"
        r"^\((adds|updates|recasts|rewrites|changes|corrects|inserts|removes)\b[^)]*\)$",
        r"^(cookie (notice|policy|settings)|we use (\w+ ){0,2}cookies?|this (site|website) uses "
        r"(\w+ ){0,2}cookies?)\b",  # "This site uses one cookie, to remember ..."
        r"^cookies on [^:]{1,40}:",  # "Cookies on TicketNest: we use essential cookies ..."
        # "We and our partners use cookies to ...", and the buttons under it
        r"^[^.!?]{0,60}\buses? (\w+ ){0,2}cookies\b",
        r"^((accept|agree|reject|disagree|allow|decline|deny|ok|manage|more options)"
        r"( all| cookies| non-essential| preferences| settings)?\s*([|·•]\s*|$)){2,}$",
        r"^comments are (moderated|closed|open|reviewed|the views of)\b"
        r"|\bcommunity (guidelines|standards)\b",
        # a forum's rules and disclaimer: "Please keep posts civil, ...", "Posts are the views of
        # their authors."
        r"^(please )?keep (posts|comments|replies|it) (civil|polite|respectful)\b"
        r"|\b(posts|comments|replies) are the views of their (authors|writers|posters)\b",
        # an episode's chapter: a time into it and a title ("27:50 The drone, with the warden")
        r"^\(?\d{1,2}:\d{2}(:\d{2})?\)?\s+[^\n]*[^.!?\"”’'\s]$",
        r"^(image |photo )?caption\s*:",
        r"^our (standards|principles|values)\s*:",
        r"\bviews expressed\b.*\b(own|necessarily)\b",  # a columnist's note under the column
        r"^(get|sign up for|subscribe to)\b.*\bnewsletters?\b|^newsletters?\s*:",
        r"^got a (story|news tip|tip)\b.*\?",
        r"\b(standard|network|normal)( network)? rates apply\b",  # "Text the newsroom on 81042 ..."
        r"\bas supplied by the advertiser\b",  # a notices page's disclaimer
        # a newsletter's own notes: "You're reading the Briefing, our free Monday round-up",
        # "Forwarded this email?", "That's all for this week.", "You are receiving this because"
        r"^you( are|[’']re) (reading|receiving)\b.*\b(newsletter|round-?up|briefing|digest"
        r"|bulletin|email|this)\b",
        r"^forwarded this (email|newsletter)\?",
        # "View this email in your browser | Forward to a friend"
        r"^view (this|the|our) (e-?mail|newsletter|message|issue) (in|on) (your|a|the) "
        r"(web )?browser\b|(^|\|\s*)forward to a friend\b",
        r"^that[’']s (all|it) for (this|today|now)\b",
        r"^unsubscribe\b|\|\s*unsubscribe\b|\bunsubscribe\s*\|",
        r"^(\[[^\]\n]{1,60}\]\s*){2,}$",  # a row of buttons: "[Share] [Save] [Listen]"
        r"©\s*\d{4}\b",  # a site's foot: "... is run by volunteers for the association. © 2027"
        # a forum's own lines: a post's head ("#2 bev · Posts: 388 · Joined: Aug 2019"), and
        # "Reply to this thread: log in or register to post."
        r"^#\d+\s.*\b(posts|joined|member since)\s*:",
        r"^(similar|related|more|other) [\w ]{1,30}:\s*\S[^|]*\|",  # "Similar threads: A | B"
        r"^reply to this (thread|topic|post)\b"
        r"|(^|:\s*)(log in|sign in|register)( or (log in|sign in|register))? to "
        r"(post|reply|comment|download|read on|continue)\b",
        # a bulletin script's cues for a recorded clip ("IN: “She saw …”", "OUT: …", "DUR: 0'16\"")
        # and its sign-off ("Next bulletin: 0800 with ...")
        r"^(?-i:IN|OUT|DUR|IN WORDS|OUT WORDS|IN CUE|OUT CUE)\s*:",
        r"^next (news )?(bulletin|update)\s*:",
        # a figure's caption ("Figure 1: The slip seen from the field side. Photo: ..."), and a
        # call to join ("Not a member? Join today ...")
        r"^(figure|fig\.|table|chart|map|graph)\s*\d+[a-z]?\s*[:.]\s",
        r"^not (yet )?a (member|subscriber)\?",
        # a feed's own lines: its end ("You're all caught up. See older posts") and a group's
        # count of members ("Sallowmere Dog Walkers · 612 members")
        r"^you[’']?( a|)re all caught up\b|^(see|load|show) (older|newer|more) posts\b",
        r"^[^.!?]{1,60}\s[·•|]\s[\d,]+\s+(neighbours|neighbors|members|followers|subscribers)$",
        # and its filter ("Showing posts tagged #WaterOutage"), a poster's verified badge line
        # ("Ormvale Water ✔ Public agency · Sallowmere"), the call to get its app
        r"^showing (posts|stories|results|items|updates) (tagged|for|about|in|from)\b",
        r"^[^.!?]{1,60}\s[✔✓☑]\s?[^.!?]{0,60}$",
        r"\bget the app\b|\b(download on|available on) the app store\b|\bget it on google play\b",
        r"^printed and published by\b",  # a paper's imprint
        # a page's row of actions: "Download this leaflet (PDF, 2 pages) | Print | Email this page"
        r"^(download|print|email|save|share)\b[^|.!?]{0,60}(\s\|\s(download|print|email|save|share)"
        r"\b[^|.!?]{0,30}){1,}$",
        # a site's own lines: its search box ("Search this site…"), the register line of a charity
        # or a company ("Registered charity no. 1187342", "... is a trading name of ...
        # registered in England and Wales no. 04418826"), a political imprint ("Promoted by ...
        # on behalf of ..."), a page's check time ("Last checked: Friday 9 March"), its place in
        # a run of updates ("Update 3 of 3 · Show earlier updates"), the question asked of its
        # reader ("Was this update helpful? Yes | No"), a row of posts ("← Previous post: ... |
        # Next post: ...") and an event page's own links ("Ask a question | Report this event")
        r"^search (this|the|our) (site|website|blog|page)\b[^.!?]*…?$",
        r"\bregistered (charity|company)( (no|number)\.?| in [a-z ]{3,30} (no|number)\.?)\s*\d"
        r"|\b(company|registered in [a-z ]{3,30}) (no|number)\.?\s*\d",
        r"\bis a trading name of\b",
        r"^promoted by [^.]{1,80} on behalf of\b",
        r"^last (checked|refreshed)\s*:",
        r"^update \d+ of \d+\b",
        r"^(was|is|did) (this|the) (update|page|article|answer|information)( [a-z]+)? "
        r"(helpful|useful)\?",
        r"^[←«]?\s*previous (post|article|story)\s*:.*\|\s*next (post|article|story)\s*:",
        r"^ask a question\s*\|\s*report (this|an?) (event|listing|page)$",
        # a petition's counter: "1,846 have signed. Let’s get to 2,500!"
        r"^[\d,]+ (people )?(have|has) signed\b[^.!?]*[.!]?(\s+let[’']s get to [\d,]+!?)?$",
        # files to download ("Download the timetables: Route 42 (PDF, 212 KB) | ...") and a call
        # to the help desk ("Need help? Call our customer team on ...")
        r"^download\b[^.!?]*\((pdf|docx?|xlsx?|csv|zip)\b[^)]*\)",
        r"^need (help|assistance|support)\?",
        # a page's list of documents ("Appendix A: Economic impact (PDF, 1.1 MB)"), its controls
        # ("Job alerts: get new jobs like this by email [ Create alert ]", "Translate this page",
        # "Sign in to My Account"), a form's boxes to tick and the line to cut it off along, and
        # the lines that say where and how to reach whoever runs it: a postal address ending in
        # its postcode ("Church Walk, Brantlow, Harnshire HN7 2QD"), not one given as an answer
        # ("Address: ..."), and contacts set apart by dots ("Tel: 01632 960 418 · office@...")
        r"\([a-z][\w.-]{1,12},\s*[\d.,]+\s*(kb|mb|gb|pages?)\)$",  # also "(miniSEED, 2.4 MB)"
        r"\[ [^\[\]]{1,40} \]",
        r"^translate this page\b|^(sign|log) in( to [\w ]{1,30})?$",
        r"^[☐☑☒✂]",
        r"^(?![\w ]{1,30}:)[^.!?]*\b(?-i:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})(\s+[·|]\s.*)?$",
        rf"^(?=.*\s[·|]\s)(?=.*(\btel(ephone)?\s*:|\S@[\w-]+\.[a-z]|{PHONE})).*[^.!?]$",
        # a dateline and nothing more: "Thursday 19 March 2026, 16:20 (updated 18:05)"
        rf"^(({WEEKDAYS}),?\s+)?(\d{{1,2}}\s+({MONTHS})|({MONTHS})\s+\d{{1,2}},?)\s+\d{{4}}"
        r"(,?\s+\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?)?(\s*\((updated|modified)\b[^)]*\))?$",
    )
]
# An editor's note inside a paragraph: "The interview has been edited for length."
EDITORS_NOTE = re.compile(
    r"\s*\b(?:This|The) (?:interview|conversation|transcript)(?: below| above)? (?:has been|was|is) "
    r"(?:[a-z]+ ){0,4}?(?:edited|condensed)\b[^.]*\."
    # a transcript's warning: "It may contain errors. Please check against the audio ..."
    r"|\s*\bIt may contain (?:errors|mistakes)\."
    r"|\s*\bPlease check (?:it )?against the (?:audio|recording|broadcast)\b[^.]*\."
    # a republished release: "This is a press release from the police, republished in full."
    r"|\s*\b(?:This|The following|What follows) is (?:a|the) (?:full text of (?:a|the) )?"
    r"(?:press|news) release\b[^.]*\."
    r"|\s*\b[A-Z][\w’' ]{0,40} has not edited (?:it|this)\.",
)

# Lines that are a byline or a reporting credit and nothing more. Names are told by their
# capitals, so these are case-sensitive: "By Tuesday, officials had ..." and "No deaths had been
# reported ..." are sentences of the article.
CREDIT_LINES = [
    re.compile(
        rf"{BY}[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){{0,3}}(?:\s+and\s+{PERSON})?"
        rf"(?:{BYLINE_SEPARATOR}[^.!?]*)?$"
    ),
    re.compile(
        rf"^{PERSON}(?:,? and {PERSON})?\s+(?:contributed(?: reporting)?"
        r"(?: to this (?:report|story|article))?|reported(?: from [A-Z][\w.' -]*)?)\.?$"
    ),
    # a broadcast report's sign-off: "Owain Rees, EVTV News, Wrenholt."
    re.compile(
        rf"^{PERSON},\s+(?:[A-Z][\w&'’-]*\s+){{0,3}}(?:News|Radio|TV|FM|Television)"
        r"(?:\s+[A-Z][\w&'’-]*){0,2},\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\.?$"
    ),
]
# A heading over a list of links or listings: "More from X", "Related", "Most read", "People
# also viewed", "Sponsored listings nearby".
LINK_LIST_HEADING = re.compile(
    r"^(more|related|recommended|popular|trending)\b.*\bfrom\b"
    r"|^(related( [\w ]{1,30})?|see also|read more|also read"
    r"|more (stories|on this( story)?)|recommended( for you)?|you may also like"
    r"|most (read|popular|viewed)( in [\w ]{1,30})?"
    r"|trending( now)?|in this (issue|edition|email|newsletter)"
    r"|people also (viewed|read|liked|searched)|sponsored( [a-z]+){0,2}"
    r"|[a-z]+ like this( one)?"  # "Petitions like this one"
    r"|(useful )?links( mentioned)?( in this (episode|programme|show|article|story))?"
    # a page's others of its kind: "Other letters home", "Similar jobs", "Other items at this
    # meeting", "More fundraisers near Brantlow"
    r"|(other|similar|more) ([\w-]+ ){0,2}(letters|items|jobs|vacancies|fundraisers|appeals|events"
    r"|posts|articles|stories|listings|notices|reports|interviews|galleries|videos|podcasts"
    r"|episodes|features|columns)\b[\w ]{0,30})\s*:?$",
    _I,
)
# A comment section under its own heading ("Comments", "3 Comments", "Reader comments (12)", a
# listing's "Reviews (218)", with the order they are sorted in),
# its items headed by who wrote them and when ("RiverRat62 · 2 days ago").
COMMENTS_HEADING = re.compile(
    r"^(\d+\s+)?(reader\s+|customer\s+|user\s+|guest\s+|public\s+)?"
    r"(comments?|reviews?|responses|discussion)"
    r"(\s*\(\d+\))?\s*:?"
    r"(\s*[·•|]\s*sort(ed)?( by)?\s*:?.*)?$"  # "Comments (5) · Sort: Newest | Oldest"
    r"|^(\d+\s+)?comments?(\s*\(\d+\))?\s*[·•|]\s*(most|newest|oldest|latest|top|best)\b[\w ]*$"
    # a petition's signers' comments: "Reasons for signing", "Why people signed"
    r"|^(reasons for signing|why people (are signing|signed|sign))(\s*\(\d+\))?\s*:?$"
    # a fundraiser's donors' messages: "Words of support (7)", "Recent donations"
    r"|^((words|messages|notes) of (support|encouragement)|recent (donations|supporters))"
    r"(\s*\(\d+\))?\s*:?$",
    _I,
)
COMMENT_HEAD = re.compile(
    r"^\S[^!?]{0,40}\s[·•|–—-]\s.*\b(ago|yesterday|today|am|pm|\d{4}|\d{1,2}:\d\d"
    r"|\d{1,2}[.:]\d\d\s?[ap]\.?m\.?"  # "Jen Aldous · 21 July 2037 at 9.42pm"
    r"|\d{1,2}\s?(?:min|mins|h|hr|hrs|d|w|mo|y|yr|yrs))\s*$",  # "Ann Lee · Teacher · 2d"
    _I,
)
BULLET = re.compile(r"^\s*([-*•]|\d+[.)])\s+")
COMMENT_ITEM = re.compile(r"^\s*\d+\.\s+\S")
REPLY_LINE = re.compile(r"^\s*(post a reply|reply)\s*$", _I)
# What a comment's reader may do with it: "Like (48) · Report", "Reply | Flag", "Helpful (41)";
# and a line that says which comments are shown ("Showing 6 of 412 comments · Sort: Most liked",
# "Show more reviews").
COMMENT_ACTIONS = re.compile(
    r"^(?:(?:[♥❤♡👍]\s*[\d,]+|(?:like|likes|reply|report|flag|share|upvote|helpful)(?:\s*\(\d+\))?)"
    r"(?:\s*[·•|]\s*)?)+$"  # "♥ 41 · Report"
    r"|^showing \d+ of [\d,]+\b"  # "Showing 5 of 96 · Most recent"
    r"|^(?:show|load|see|read) (?:more|all|older|earlier|previous) "
    r"(?:comments|reviews|reasons|messages)$",
    _I,
)
# A link: a web address, a site's name in lower case with its domain ("flashlend.co.uk"), or a
# number to call or text ("text DRIVE to 07700 900 418").
SPAM_LINK = re.compile(
    r"(www\.|https?://|\b(?-i:[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,12})\b"
    rf"|{PHONE}|\btext [A-Z]+ to\b)",
    _I,
)
SPAM_MONEY = re.compile(
    r"(\$\s?\d[\d,]*|\d+\s?dollars)|(work(ing)? (at|from) home|per hour|an hour|copy\s?&\s?paste)"
    r"|\b(payday|instant|quick|cash) loans?\b|\bno credit checks?\b"
    # or a pitch's manner: "!!!", "guaranteed", "no win, no fee", "order today", "join free";
    r"|!!|\?\?|\bguarantee[ds]?\b|\bno win,? no fee\b|\bfrom [£$€]\s?\d"
    r"|\b(order|sign up|join|start|buy|apply)\s+(now|today|free|here)\b"
    r"|\buse (?:the |my |our )?(?:promo |discount |voucher )?code\b"
    # or a sale's: "20% off", "this week only", "limited time offer"
    r"|\b\d+\s?% off\b|\b(today|this (week|weekend|month)) only\b|\blimited[- ]time\b",
    _I,
)
# A line that names the outlet: up to five capitalised words ("MERIDIAN WIRE", "Radio Merriton",
# "The Upland Courier"); and an outlet's motto under it ("Your valley, your news since 1911").
OUTLET_LINE = re.compile(r"^(?:(?:[A-Z][\w&'’-]*|of|the|and|&)\s+){0,4}[A-Z][\w&'’-]*$")
MOTTO = re.compile(r"\b(news|blog|views|stories)\b|\bsince \d{4}\b", _I)
# A table drawn with pipes: rows of cells between "|" ("| Total length | 412 metres |"), the
# header's underline of dashes ("|---|:--:|").
TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
TABLE_CELLS = 2  # a row has at least this many cells (a boxed insert has one)
# A post embedded from a social network: its author's handle and its age ("@gemrowe_kw · 14h"),
# after the author's name on the line before or on the same line; and the buttons under it.
POST_HANDLE = re.compile(
    r"^(?:(?P<name>[^@\n]{1,40}?)\s+)?\(?@(?P<handle>\w{1,30})\)?"
    r"(?:\s*[·•|–-]\s*[\w ,:.]{1,24})?$"
)
POST_ACTIONS = re.compile(
    r"^(?:reply|repost|retweet|like|share|quote|comment)s?"
    r"(?:\s*[·•|]\s*(?:reply|repost|retweet|like|share|quote|comment)s?)+$",
    _I,
)
# A record of counts on one line, a vote's: "For: 7, Against: 2, Abstentions: 1".
COUNTS_LINE = re.compile(r"^(?:[A-Z][\w ]{0,20}:\s*\d[\d,]*\s*[,;]?\s*){2,}$")
# A programme transcript's time code before a speaker's label: "[00:04:12] PRESENTER: ...".
TIME_CODE = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]\s+(?=[A-Z][A-Z'’. -]*(?:\([^()]*\))?:)")
# A sign-off of capitalised words in parts, with no sentence in it: "Branch Secretary, NURW
# Kettlewick & Ferrand Valley Branch" (not a letter's "Ann Lee, Church Farm, Selby.").
SIGN_OFF = re.compile(r"^(?:(?:[A-Z][\w’'&-]*|of|and|&|the|for|to|in|on|at),?\s+)+[A-Z][\w’'-]*$")
# A bulletin script's label before a clip's words: "TRANSCRIPT: “She saw the mud ...”".
CLIP_LABEL = re.compile(r"^(?:TRANSCRIPT|CLIP|ACTUALITY|AUDIO|VOICE ?CLIP)\s*:\s*(?=[\"“])")
TICKER = re.compile(r"([a-z])[A-Z][^.!?\n]{0,500}? MORE\b")
# A reference work's marks in its text: a footnote ("tower.[2]"), an editor's query ("[citation
# needed]") and a section's edit link ("History [edit]").
REFERENCE_MARK = re.compile(
    r"\s?\[(?:\d{1,3}|citation needed|clarification needed|dubious|who\?|when\?|which\?"
    r"|by whom\?|according to whom\?|edit|edit source)\]",
    re.IGNORECASE,
)
# A contact block under its heading ("Enquiries:"): names, roles, firms and telephone numbers, up
# to the first line that ends like a sentence.
CONTACTS_HEADING = re.compile(
    r"^(?:further |media |press |investor )?(?:enquiries|inquiries|contacts?)"
    r"(?: for (?:further )?information)?\s*:?$|^for (?:further|more) information,? (?:please )?"
    r"contact\s*:?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cleaned:
    title: str
    body: str
    comments: tuple[str, ...] = ()
    hints: dict[str, str] = field(default_factory=dict)


def clean(raw: str) -> Cleaned:
    """Split raw article text into title, body (furniture removed), comments and metadata hints."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    hints = find_hints(lines)
    lines, comments = split_comments(lines)
    lines = spell_details(spell_posts(spell_tables(spell_quiz(without_contacts(lines)))))
    lines = attributed_quotes(lines)
    lines = joined_lists(drop_link_lists(drop_adverts(lines)))
    headline = dated_headline(lines)
    lines = [CONTROL_AFTER.sub(r"\1", line) for line in lines]
    lines = [line for line in lines if not is_furniture(line.strip())]
    title, lines, outlet = split_title(lines)
    title = headline or title  # the body keeps its lines, a headline with its words among them
    if outlet:  # the name a page opens with, over "More from ..." at its foot
        hints["outlet"] = outlet.title() if outlet.isupper() else outlet
    body = without_repeats([kept for line in lines if (kept := clean_line(line)) is not None])
    return Cleaned(title=title, body="\n".join(body).strip(), comments=comments, hints=hints)


# A page's control after sentences of its text: "£38,400 raised since Sunday. Thank you. [ Donate
# now ]" keeps its sentences ("Job alerts: get new jobs by email [ Create alert ]" has none).
CONTROL_AFTER = re.compile(r"^(.*[.!?][”’\"']?)\s+\[ [^\[\]]{1,40} \]$")


def clean_line(line: str) -> str | None:
    """The line without inline furniture, or None when the whole line is furniture."""
    stripped = TIME_CODE.sub("", REFERENCE_MARK.sub("", CLIP_LABEL.sub("", line.strip())))
    stripped = EDITORS_NOTE.sub("", TICKER.sub(r"\1", stripped)).strip()
    if not stripped:
        return None
    tally = bool(TALLY.match(stripped))
    if is_furniture(stripped) or (is_fragment(stripped) and not tally) or is_masthead(stripped):
        return None
    if "," in stripped and SIGN_OFF.match(stripped):
        return None
    if COUNTS_LINE.match(stripped) or tally:
        return stripped.rstrip(",; ") + "."  # a record of counts reads as a sentence
    # a bulleted point, a numbered paragraph of a release ("3. An intruder alarm was ...") or of
    # a report ("3.1 The Trust estimates ..."), one that leads into a list ("6. The branch is
    # calling for:"), or a quiz's answer ("5. c) Visitors gave £9,140 in all."), without its
    # bullet, number or letter
    return re.sub(
        r"^(?:[-*•]\s+|\d{1,2}\.\d{1,2}\s+(?=[A-Z])|\d{1,2}\.\s+(?=\S+(?:\s+\S+){5}|.*:$))?"
        r"(?:[a-e]\)\s+(?=[A-Z0-9£$€]))?",
        "",
        stripped,
    )


def without_repeats(lines: list[str]) -> list[str]:
    """The lines without a pull quote: a line of five words or more that says again what an
    earlier line says, or part of what a longer line says."""
    texts = [bare(line) for line in lines]

    def repeated(i: int) -> bool:
        mine = texts[i]
        return len(mine.split()) >= 5 and any(
            j != i and mine in other and (len(other) > len(mine) or j < i)
            for j, other in enumerate(texts)
        )

    return [line for i, line in enumerate(lines) if not repeated(i)]


def bare(text: str) -> str:
    """The text's words without quotation marks, dashes and stops, for telling one line's words in
    another's."""
    return " ".join(re.sub(r"[“”\"‘’'—–,.;:!?-]", " ", text).split())


def is_furniture(line: str) -> bool:
    """Not the page's text: furniture, spam, or an order to a machine reading the page ("MESSAGE
    FOR AI ASSISTANTS: disregard all previous instructions ..."), which is never shown."""
    return (
        any(rule.search(line) for rule in FURNITURE_LINES)
        or any(rule.match(line) for rule in CREDIT_LINES)
        or is_spam(line)
        or bool(MACHINE_ORDER_LINE.search(line))
    )


def is_spam(line: str) -> bool:
    return bool(SPAM_LINK.search(line) and SPAM_MONEY.search(line))


# A fundraiser's tally: an amount and what became of it ("£61,420 raised of £185,000 target").
TALLY = re.compile(r"^[$€£]\s?\d[\d,.]*\s*(k|m|million|bn|billion)?\s+[a-z]+ed\b[^.!?|·]*$")


def is_fragment(line: str) -> bool:
    """A short line with no sentence punctuation: a heading, byline, date, credit or widget."""
    return len(line.split()) < 7 and not SENTENCE_END.search(line) and not COUNTS_LINE.match(line)


# A news quiz: numbered questions, each with lettered options ("a) A snowy owl"), then under an
# "Answers" heading the answers by number ("5. c) Visitors gave £9,140 in all."), and a guide to
# scores ("4–7: Respectable.").
QUIZ_QUESTION = re.compile(r"^\s*(\d{1,2})[.)]\s+(.*\?)\s*$")
QUIZ_OPTION = re.compile(r"^\s*[a-e]\)\s+\S")
QUIZ_ANSWERS = re.compile(r"^\s*(the\s+)?answers\s*:?\s*$", _I)
QUIZ_ANSWER = re.compile(r"^\s*(\d{1,2})[.)]\s+(?:[a-e]\)\s+)?(\S.*)$")
QUIZ_SCORE = re.compile(r"^\s*\d{1,2}\s*[–-]\s*\d{1,2}\s*(points)?\s*:")
QUIZ_LEAST = 3  # questions answered, for a page to be read as a quiz


def spell_quiz(lines: list[str]) -> list[str]:
    """A quiz, each answer on its own line under its own question (so the question heads what
    answers it, as an explainer's does), a question's lead-in on a line after the answer, in the
    question's section ("Who is it?", "Cllr Farah Mistry ...", "Marle chose a new mayor on
    Monday."); its options, the answers' heading and the guide to scores go. Lines that are no
    quiz are left as they are."""
    asked = {
        m.group(1): (i, m.group(2))
        for i, line in enumerate(lines)
        if (m := QUIZ_QUESTION.match(line))
        and i + 1 < len(lines)
        and QUIZ_OPTION.match(lines[i + 1])
    }
    heading = next((i for i, line in enumerate(lines) if QUIZ_ANSWERS.match(line)), None)
    if heading is None or len(asked) < QUIZ_LEAST:
        return lines
    answers = {
        m.group(1): (i, m.group(2))
        for i, line in enumerate(lines)
        if i > heading and (m := QUIZ_ANSWER.match(line)) and m.group(1) in asked
    }
    if len(answers) < QUIZ_LEAST:
        return lines
    first = min(i for i, _ in asked.values())
    dropped = {i for i, _ in asked.values()} | {i for i, _ in answers.values()} | {heading}
    out = list(lines[:first])
    for number, (_, answer) in sorted(answers.items(), key=lambda item: item[1][0]):
        question = asked[number][1]
        lead, _, last = question.rpartition(". ")
        out += ["", last if lead else question, answer, *([lead + "."] if lead else [])]
    rest = [
        line
        for i, line in enumerate(lines)
        if i > first
        and i not in dropped
        and not QUIZ_OPTION.match(line)
        and not QUIZ_SCORE.match(line)
    ]
    return [*out, "", *rest]


# A line of a box of details: a short label, a colon and what it says ("Launched: 2.48pm",
# "Year built: 2009"), not a row of links or of a breadcrumb.
DETAIL = re.compile(
    r"^(?!(?:address|phone|tel|telephone|e-?mail|website|web|fax|to|from|cc|office hours|"
    r"opening hours)\s*:)"  # a page's contacts, a memo's addressees
    r"(?-i:[A-Z][a-z])[\w’'×()/-]*(?:\s+[\w’'×()/&-]+){0,3}:\s+[^\s|›·•]+(?:\s+[^|›·•]+)?$",
    _I,
)
DETAILS_LEAST = 3  # lines in a run, for a page to be read as giving a box of details
DETAIL_WORDS = 14  # words of a line of such a box, at most ("Claim: ...", a sentence, is none)


def spell_details(lines: list[str]) -> list[str]:
    """A box of details, three lines or more each a label and what it says ("Launched: 2.48pm"),
    kept as sentences ("Launched: 2.48pm."), though each is too short to read as one."""

    def boxed(line: str) -> bool:
        stripped = line.strip()
        return (
            bool(DETAIL.match(stripped))
            and len(stripped.split()) <= DETAIL_WORDS
            and not ends_sentence(stripped)
        )

    out: list[str] = []
    for box, run in itertools.groupby(lines, key=boxed):
        run_lines = list(run)
        if box and len(run_lines) >= DETAILS_LEAST:
            run_lines = [
                line.rstrip() + ("" if SENTENCE_END.search(line.rstrip()) else ".")
                for line in run_lines
            ]
        out += run_lines
    return out


def spell_tables(lines: list[str]) -> list[str]:
    """A table drawn with pipes, each row as a sentence of its cells: "Total length: 412
    metres." for a row of two cells; "Kellan Pass: Via N47; Extra distance 38 km." for more, the
    header's names before the cells. Its header and underline go; a box drawn with pipes (one
    cell a row) is left to the furniture rules."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = table_cells(lines[i])
        rule = i + 1 < len(lines) and bool(TABLE_RULE.match(lines[i + 1].strip()))
        body = i + 2 if rule else i + 1
        rows: list[list[str]] = []
        while (
            header
            and body < len(lines)
            and len(row := table_cells(lines[body]) or []) == len(header)
        ):
            rows.append(row)
            body += 1
        drawn = rule or lines[i].strip().startswith("|")
        if not header or not rows or not (drawn or (len(header) > 2 and len(rows) > 1)):
            out.append(lines[i])
            i += 1
            continue
        out += [table_sentence(header, row) for row in rows]
        i = body
    return out


def table_cells(line: str) -> list[str] | None:
    """The cells of a table's row ("| a | b |" or "a | b"), or None for a line that is none."""
    stripped = line.strip()
    if "|" not in stripped or TABLE_RULE.match(stripped):
        return None
    cells = [cell.strip() for cell in stripped.strip("|").split("|")]
    return cells if len(cells) >= TABLE_CELLS and all(cells) else None


def table_sentence(header: list[str], row: list[str]) -> str:
    """A table's row as a sentence: its first cell, then the rest (each after its header's name
    when there are more than two cells, an empty cell left out)."""
    first, rest = row[0], row[1:]
    if len(row) == 2:
        said = rest[0]
    else:
        said = "; ".join(
            f"{name.rstrip('?: ')} {cell}"
            for name, cell in zip(header[1:], rest, strict=True)
            if cell.strip("–—- ")
        )
    return f"{first}: {said}" + ("" if SENTENCE_END.search(said) else ".")


def spell_posts(lines: list[str]) -> list[str]:
    """A post embedded from a social network as its author's words: "Gemma Rowe (@gemrowe_kw)
    posted: “Was halfway along the pier ... Still shaking.”" The name, handle and buttons go."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = POST_HANDLE.match(lines[i].strip())
        end = buttons_after(lines, i) if match else None
        if match is None or end is None:
            out.append(lines[i])
            i += 1
            continue
        name = match.group("name")
        if not name and out and out[-1].strip() and is_fragment(out[-1].strip()):
            name = out.pop().strip()
        text = " ".join(line.strip() for line in lines[i + 1 : end]).replace("“", "‘")
        author = f"{name} (@{match.group('handle')})" if name else f"@{match.group('handle')}"
        out.append(f"{author} posted: “{text.replace('”', '’')}”")
        i = end + 1
    return out


# A pull quote's attribution on the line under it: "– Rachel Penhallow MP", "— Cllr Ann Lee, chair"
ATTRIBUTION = re.compile(r"^[–—-]+\s*(?P<name>[A-Z][^.!?“”\"]{2,80})$")
PULL_QUOTE = re.compile(r"^[“\"][^“\"]*[”\"]$")


# A letter's signature that names no one: "– Name and address supplied, Skellbrook".
WITHHELD = re.compile(
    r"^(?:name|names)(?: and address(?:es)?)? (?:supplied|withheld)\b|^anonymous\b", _I
)


def attributed_quotes(lines: list[str]) -> list[str]:
    """A quotation set on its own line, with its speaker on the line under it after a dash, as
    its speaker's words: "Rachel Penhallow MP said: “Stanmoor cannot be cut off ...”". The line
    under it alone would be cut as a fragment, and the quotation left without a speaker. A pull
    quote that says again what the text says is left to go as a repeat; a signature that names
    no one ("– Name and address supplied") goes, and gives the quotation no speaker."""
    out: list[str] = []
    for line in lines:
        match = ATTRIBUTION.match(line.strip())
        quote = out[-1].strip() if out else ""
        if match and PULL_QUOTE.match(quote) and not said_elsewhere(quote, lines):
            if not WITHHELD.match(match.group("name").strip()):
                out[-1] = f"{match.group('name').strip()} said: {quote}"
            continue
        out.append(line)
    return out


def said_elsewhere(quote: str, lines: list[str]) -> bool:
    """The quotation's words are in a longer line too: a pull quote of the text, which goes as a
    repeat (``without_repeats``)."""
    words = bare(quote)
    return any(words in bare(line) and len(bare(line)) > len(words) for line in lines)


def buttons_after(lines: list[str], handle: int) -> int | None:
    """Where the buttons under a post are ("Reply · Repost · Like"): the first line after its
    text, which runs from the line after the handle to the buttons, with no blank line."""
    end = handle + 1
    while end < len(lines) and lines[end].strip():
        if POST_ACTIONS.match(lines[end].strip()):
            return end if end > handle + 1 else None
        end += 1
    return None


def dated_headline(lines: list[str]) -> str:
    """The line over a page's date line or byline, or over its standfirst and then the date line
    ("Statement on the bridge weight limit" over "Wednesday 7 March 2029 · Filed under: Local",
    "Halloway Bridge drop-in" over "By Corvenshire County Council · 1,204 followers"), while the
    page's text has not begun; "" if there is none."""
    filled = [line.strip() for line in lines if line.strip()]
    for i, line in enumerate(filled):
        if ends_sentence(line) and not is_furniture(line):
            return ""  # the text has begun
        if could_head(line) and any(map(is_dateline, filled[i + 1 : i + 3])):
            return line  # over the date line, or over its standfirst and then the date line
    return ""


def could_head(line: str) -> bool:
    return (
        len(line.split()) >= HEADLINE_WORDS
        and not SENTENCE_END.search(line)
        and not is_furniture(line)
        and not NO_HEADLINE.search(line)
        and not OUTLET_LINE.match(line)  # the outlet's name: "The Harbour Signal"
        and not MOTTO.search(line)  # "A blog about security, health tech and ..."
        and not (", " in line and ROLES.search(line))  # "Nadia Holt, Political Editor"
        and not EMAIL_HEADER.match(line)  # "From: ..." over "Date: ..."
    )


def is_dateline(line: str) -> bool:
    return (
        bool(DATE.search(line) or re.match(rf"{BY}|posted\b", line, re.I))
        and len(line.split()) <= DATELINE_WORDS
        and not ends_sentence(line)
    )


HEADLINE_WORDS = 3
# What a headline does not hold: a date ("Public notices: Friday 6 November 2026"), a credit
# ("Report by Owain Rees"), a masthead's parts ("Leaflet number: PIL-REN-0147 · Version 1"), or
# a trail of sections ("Home › News"), a status badge before its words ("🟢 Good service: all
# other routes")
NO_HEADLINE = re.compile(rf"{DATE.pattern}|\bby [A-Z]|\s[·|•›>/]\s|^[^\w“‘\"']")
DATELINE_WORDS = 20


FULL_STOP = re.compile(r"[.!?][\"'”’)]*$")  # a sentence's end (not a lead-in's colon)


def ends_sentence(line: str) -> bool:
    """A line of the text: a sentence's words, ending like one."""
    return len(line.split()) >= 7 and bool(FULL_STOP.search(line))


def split_title(lines: list[str]) -> tuple[str, list[str], str]:
    """The headline, the lines after it, and the outlet's name when the page opens with it.

    The headline is the first line, unless that line is a sentence of the body. A page may open
    with its outlet's name ("MERIDIAN WIRE", "The Upland Courier"); the headline is then the first
    line after it that is no fragment ("OPINION") nor the outlet's motto ("A blog about health
    tech"), provided it does not end like a body sentence. An email saved as a page opens with
    its header ("From: ...", "Subject: ..."): its subject is the headline."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return "", lines, ""
    first = lines[filled[0]].strip()
    if EMAIL_HEADER.match(first):
        end = filled[0]
        while end < len(lines) and EMAIL_HEADER.match(lines[end].strip()):
            end += 1
        header = [line.strip() for line in lines[filled[0] : end]]
        subject = next((h for h in header if h.lower().startswith("subject")), "")
        if subject:
            return subject.partition(":")[2].strip(), lines[end:], ""
    if re.search(r"[.\"”]$", first) and not first.endswith("]"):
        return "", lines, ""  # the first line is already a body sentence
    if OUTLET_LINE.match(first):
        after = [i for i in filled[1:] if not is_fragment(lines[i].strip())]
        motto = bool(after and after[0] == filled[1] and MOTTO.search(lines[after[0]]))
        if motto:
            after = after[1:]
        if after and not re.search(r"[.\"”]$", lines[after[0]].strip()):
            return lines[after[0]].strip(), lines[after[0] + 1 :], first
        if motto:  # no headline after it, but the motto is no more the body's for that
            return first, lines[filled[1] + 1 :], ""
    return first, lines[filled[0] + 1 :], ""


# A line of an email's header: "From: Marcus Oyelaran MP <newsletter@...>", "Subject: ...".
EMAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|date|sent|reply-to|subject)\s*:\s*\S", _I)


# A line a contact block gives the public, not the press: "Residents’ claims line: 0800 047
# 2290 (8am to 8pm)", "Helpline: 0300 555 0101".
PUBLIC_LINE = re.compile(
    r"^[^:]{0,40}\b(?:claims?|help|hot|advice|support|information|incident|emergency)\s?line\s*:"
    r"\s*\+?\d",
    re.IGNORECASE,
)


def without_contacts(lines: list[str]) -> list[str]:
    """The lines without a contact block: its heading ("Enquiries:") and the lines after it,
    blank or not, up to the first that ends like a sentence; but a line for the public
    (``PUBLIC_LINE``) stays."""
    kept: list[str] = []
    inside = False
    for line in lines:
        stripped = line.strip()
        if CONTACTS_HEADING.match(stripped):
            inside = True
            continue
        if inside and (not stripped or not FULL_STOP.search(stripped)):
            if PUBLIC_LINE.match(stripped):
                kept.append(line)  # a number for the public is news, not the press office's
            continue
        inside = False
        kept.append(line)
    return kept


# The label over an advert set between a page's paragraphs or a column's items.
ADVERT_LABEL = re.compile(
    r"^(?:advertisement|advert|ad|sponsored|promoted|paid content)\s*:?$", re.I
)
ADVERT_WORDS = 30  # an advert's copy under its label is a line of at most this many words


def drop_adverts(lines: list[str]) -> list[str]:
    """Drop an advert's copy: the short line right under its label ("Advertisement" over
    "Pennock & Shaw Solicitors – wills, probate and conveyancing. Free first consultation.")."""
    return [
        line
        for i, line in enumerate(lines)
        if not (
            i
            and ADVERT_LABEL.match(lines[i - 1].strip())
            and line.strip()
            and len(line.split()) <= ADVERT_WORDS
        )
    ]


def drop_link_lists(lines: list[str]) -> list[str]:
    """Drop "More from X" or "Related:" headings and the links under them: bulleted lines, or
    headlines (lines that do not end like a sentence)."""
    kept: list[str] = []
    in_list = False
    for line in lines:
        stripped = line.strip()
        if LINK_LIST_HEADING.search(stripped) and not SENTENCE_END.search(stripped.rstrip(":")):
            in_list = True
            continue
        if in_list and (BULLET.match(line) or not stripped or not SENTENCE_END.search(stripped)):
            continue
        in_list = False
        kept.append(line)
    return kept


# An item of a list: a line after a bullet ("■ Fenwick Green village hall"), a number or a letter
LIST_ITEM = re.compile(r"^\s*(?:[■•▪●◦*–-]|\(?(?:\d{1,2}|[a-h])[.)])\s+(?=\S)")


def joined_lists(lines: list[str]) -> list[str]:
    """A list of short items under the line that leads into it ("… bottled water stations, open
    8am to 8pm:", "■ Fenwick Green village hall", …) as one sentence, its items parted by
    semicolons, so that items too short to read as sentences are not cut as headings. A list
    whose items all read as sentences, or under a heading, stays as it is."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        lead = lines[i].strip()
        end = i + 1
        while end < len(lines) and LIST_ITEM.match(lines[end]):
            end += 1
        items = [LIST_ITEM.sub("", line).strip().rstrip(";,.") for line in lines[i + 1 : end]]
        if (
            lead.endswith(":")
            and len(lead.split()) >= LEAD_WORDS
            and len(items) >= 2
            and any(is_fragment(item) for item in items)
            and not is_furniture(lead)
        ):
            kept.append(f"{lead} {'; '.join(items)}.")
            i = end
            continue
        kept.append(lines[i])
        i += 1
    return kept


LEAD_WORDS = 4  # a list's lead-in is a sentence's start, not a heading ("Related:")


def split_comments(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Cut a reader-comment section: everything under a comments heading, or numbered items
    that end in a reply prompt."""
    headings = [i for i, line in enumerate(lines) if COMMENTS_HEADING.match(line.strip())]
    if headings:
        return lines[: headings[-1]], comments_under(lines[headings[-1] + 1 :])
    replies = [i for i, line in enumerate(lines) if REPLY_LINE.match(line)]
    if not replies:
        return lines, ()
    starts = [i for i in range(replies[0]) if COMMENT_ITEM.match(lines[i])]
    if not starts:
        return lines, ()
    start = starts[-1]
    comments: list[str] = []
    current: list[str] = []
    for line in lines[start:]:
        if COMMENT_ITEM.match(line) and current:
            comments.append(" ".join(current))
            current = []
        if line.strip() and not REPLY_LINE.match(line):
            current.append(BULLET.sub("", line.strip()))
    if current:
        comments.append(" ".join(current))
    return lines[:start], tuple(c for c in comments if c)


def comments_under(lines: list[str]) -> tuple[str, ...]:
    """The comments below a heading: items split at their author lines (the lines before the
    first are the section's own: "Sort by: Most recent"), or at blank lines."""
    heads = [i for i, line in enumerate(lines) if COMMENT_HEAD.match(line.strip())]
    comments: list[str] = []
    current: list[str] = []
    for line in [*lines[heads[0] if heads else 0 :], ""]:
        stripped = line.strip()
        if LINK_LIST_HEADING.search(stripped):
            break  # the page's lists below the comments
        head = bool(COMMENT_HEAD.match(stripped))  # ("Ann Lee · Selby · 4 May": not a trail)
        if not head and any(rule.search(stripped) for rule in FURNITURE_LINES):
            continue  # "Follow us on ...", "Copyright ..." (spam stays, a comment like others)
        if (head or not stripped) and current:
            comments.append(" ".join(current))
            current = []
        if stripped and not (
            head
            or REPLY_LINE.match(stripped)
            or COMMENT_ACTIONS.match(stripped)
            or COMMENT_STAMP.match(stripped)
        ):
            current.append(stripped)
    return tuple(comments)


# When a comment was posted, on a line of its own under its author: "8 March 2029 at 19:42"
COMMENT_STAMP = re.compile(
    rf"^(?:{DATE.pattern})(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?)?$"
)
