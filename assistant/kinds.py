"""What a question asks for, read from its words, and whether a sentence can hold it: the kind
of answer (an amount, a date, a quotation, ...), what a "how many" question counts, what a "which
X" question names, and whether it is a yes/no question."""

from __future__ import annotations

import functools
import itertools
import re

from assistant.hints import MONTHS, WEEKDAYS
from assistant.text import STOPWORDS, search_terms, stem, tokens

NUMBER = re.compile(
    r"\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|million|billion|dozen|several|twice|thrice)\b",
    re.IGNORECASE,
)
# A number that is part of a name ("Flight 418", "Runway 27", "Route 9") counts nothing. Words
# that often come before an amount at the start of a sentence ("About 90 ...") are not names.
NAMED_NUMBER = re.compile(
    r"\b(?!(?:About|Some|Nearly|Almost|Only|Over|Under|More|Fewer|Less|Roughly|Around|At|By|In|On|"
    r"Of|For|All|Just|Up|Between|Exactly|Another|The|A|An|And|But|Since|Until|After|Before|Its|His|"
    r"Her|Their|Our|My|Your|These|Those|This|That|With|From|To|As|Or|If|When|While|Than|Including)\b)"
    r"([A-Z][\w-]*)\s+\d+\b(?![.,:]\d)"
)
DURATION = re.compile(
    r"\b(hours?|days?|weeks?|months?|years?|minutes?|decades?|percent|%)\b", re.IGNORECASE
)
# A unit of time in running text; a capitalised one is part of a name ("60 Minutes").
SPAN_UNIT = re.compile(
    r"\b(hours?|hrs?|days?|weeks?|fortnights?|months?|years?|minutes?|mins?|seconds?|secs?"
    r"|decades?|seasons?)\b"
)
# A span of time without a number: "days earlier", "a day after", "weeks later".
SPAN_AGO = re.compile(
    r"\b(minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(earlier|later|after|before|ago)\b",
    re.IGNORECASE,
)
# One of a unit, said as how long: "for at least a fortnight", "within a week" (not "a day" of
# "1,500 vehicles a day").
ONE_SPAN = re.compile(
    r"\b(for|in|within|over|least|than|about|nearly|almost|another|took|takes|lasted)\s+"
    r"(a|an|one)\s+(more\s+)?(minute|hour|day|week|fortnight|month|year|decade)\b",
    re.IGNORECASE,
)
# A span given by its unit alone: "spent months organizing", "for years", "took weeks".
BARE_SPAN = re.compile(
    r"\b(for|spent|spend|spends|took|takes|over|lasted|lasting)\s+(minutes|hours|days|weeks|"
    r"months|years|decades)\b",
    re.IGNORECASE,
)
# How long something will last, given by when it ends: "postponed until at least Thursday".
UNTIL = re.compile(
    rf"\b(?:until|till|through)\s+(?:at\s+least\s+)?(?:the\s+(?:end|middle|start)\s+of\s+|next\s+|"
    rf"early\s+|mid-?|late\s+)?(?:{WEEKDAYS}|{MONTHS}|week|month|year|spring|summer|autumn|winter|"
    rf"tomorrow|\d|(?:their|his|her|its|your|my|our)\s+(?:[\w-]+\s+)?birthday\b)"
)
# ... or by what ends it: "closed until two weekly tests in a row come back clear", "until further
# notice"; an answer to how long it lasts, though no measure of a length ("How long is the pier?").
UNTIL_DONE = re.compile(
    r"\b(?:until|till)\s+(?:further\s+notice|(?:the\s+|that\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,6}?"
    r"(?:is|are|has|have|come|comes|show|shows)\b)"
)
WHEN = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
    r"tonight|week|month|year|(1[5-9]|20)\d\d|earlier|later|ago|since|after|before|night)\b",
    re.IGNORECASE,
)
# How long something went on, which dates nothing: "worn for more than a year".
LASTED = re.compile(
    r"\bfor\s+(?:(?:more than|over|nearly|almost|about|at least|well over)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|several|many|\d+)\s+(?:year|month|week|day|night)s?\b",
    re.IGNORECASE,
)
FREQUENCY = re.compile(
    r"\b(per|a|an|each|every) (day|night|week|month|year|hour|minute)\b|"
    r"\b(every|each) (\d+|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|few) "
    r"(minutes|hours|days|weeks|months|years)\b|"
    r"\b(daily|nightly|weekly|monthly|yearly|hourly|twice|regularly|repeatedly|constantly)\b|"
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few|dozens of) times\b",
    re.IGNORECASE,
)
QUOTE = re.compile(r"[“”\"]")
# A sentence that is one quotation and nothing else: who said it is in the sentence before.
BARE_QUOTE = re.compile(r"\s*[“\"][^“”\"]+[”\"]\s*")
SPEECH = re.compile(
    r"\b(said|says|told|tells|wrote|asked|added|argued|responded|replied|called|continued|"
    r"stated|explained|insisted|answered|revealed|spoke|put it)\b",  # "As Kay put it: “...”"
    re.IGNORECASE,
)
WHERE = re.compile(r"\b(in|at|near|to|from) (the )?[A-Z][\w-]+", re.UNICODE)


MONEY_ASKED = re.compile(
    r"\bhow much\b(?!\s+time\b).*\b(money|pay|pays|paying|paid|cost|costs|costing|earn|earns|"
    r"earned|earning|charge|charges|charged|charging|worth|spend|spends|spending|spent|receive|"
    r"receives|received|receiving|fee|fees|price|prices|fine|fined|aid|grants?|granted|funding|"
    r"compensation|rent|relief|rebates?|subsidy|subsidies|refunds?|payments?|payouts?|fares?|"
    r"tickets?|raise|raises|raised|raising|donate|donates|donated|donations?|takings|"
    r"(?:bring|brings|brought|bringing)\s+in)\b"
    r"|\bhow much (?:money )?(?:did|does|do|has|have|had|will|would)\b[^?]*\b(?:make|made)\b(?!\s+of\b)"
    r"|\bwhat (price|fee|sum|reward|bounty|ransom|salary|fine)\b"
    r"|\bwhat(?:’s|'s|\s+is|\s+was|\s+will\s+be|\s+would|\s+will)\s+the\s+(?:[\w-]+\s+)?"
    r"(price|cost|bill|fee|fine|penalty|price tag)\b"
    r"|\bhow (large|big|much) (a |the )?(fine|bill|payout|reward|settlement)\b"
    r"|\bwhat (has|have|did|does|do|will|would) [^?]{0,60}\bcost\b"
)
MONEY = re.compile(
    r"[$€£]\s?\d|\b\d[\d,.]*\s*(dollars|pesos|euros|pounds)\b|"
    r"\b(million|billion|thousand|hundred)s?\s+(of\s+)?(dollars|pesos|euros|pounds)\b",
    re.IGNORECASE,
)
AGE = re.compile(r"\b[A-Z][\w’'-]+,\s\d{1,3},|\b\d{1,3}-year-old\b|\baged?\s\d{1,3}\b")
AUXILIARIES = frozenset(["did", "does", "do", "is", "are", "was", "were", "has", "have", "had"])
NUMBER_KINDS = frozenset(
    [
        "number",
        "money",
        "age",
        "duration",
        "length",
        "clock",
        "frequency",
        "size",
        "speed",
        "temperature",
    ]
)
CLOCK_ASKED = re.compile(r"\bwhat time\b|\btime of (the )?day\b|\bat what hour\b")
# Numbers written as words, and the parts of an hour a time in words is told by ("a quarter past").
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        re.findall(
            r"\w+",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen twenty",
        ),
        start=1,
    )
}
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MINUTE_WORDS = {**NUMBER_WORDS, "quarter": 15, "half": 30, "twenty-five": 25}
HOURS = "|".join(word for word, value in NUMBER_WORDS.items() if value <= 12)
# "On what day did it arrive?", "What date ...": a day is asked for, not a time of day.
DAY_ASKED = re.compile(r"\b(?:what|which) (?:day|date)\b", re.IGNORECASE)
# A day as the coverage gives it: "on Wednesday", "14 October", "October 14th".
DAY = re.compile(
    rf"\b(?:{WEEKDAYS})\b|\b\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS})\b"
    rf"|\b(?:{MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?\b"
)
CLOCK = re.compile(
    r"\b\d{1,2}([:.]\d\d)?\s?([ap]\.?m\b\.?)|\b\d{1,2}:\d\d\b|\bo[’']clock\b|\bnoon\b|\bmidday\b"
    r"|\bmidnight\b"
    # a time in words: "half past three", "ten past two", "twelve minutes past eight"
    r"|\b(?:(?:a )?quarter|half|five|ten|twenty|twenty-five|[a-z]+(?:-[a-z]+)? minutes)"
    rf" (?:past|to) (?:{HOURS}|noon|midnight)\b",
    re.IGNORECASE,
)


def clock_value(written: str) -> str:
    """A time of day as CLOCK finds it, on a twelve-hour dial ("06:10", "6.10am" and "ten past
    six" are one time; "14:10" is "ten past two"), or as written when it gives no hour ("noon")."""
    text = written.lower().replace("a quarter", "quarter")
    digits = re.match(r"(\d{1,2})(?:[:.](\d\d))?", text)
    if digits:
        return f"{int(digits.group(1)) % 12}:{int(digits.group(2) or 0):02d}"
    words = re.match(r"([a-z-]+)(?: minutes)? (past|to) ([a-z]+)", text)
    if words and words.group(1) in MINUTE_WORDS and words.group(3) in NUMBER_WORDS:
        minutes, hour = MINUTE_WORDS[words.group(1)], NUMBER_WORDS[words.group(3)]
        if words.group(2) == "to":
            minutes, hour = 60 - minutes, hour - 1
        return f"{hour % 12}:{minutes:02d}"
    return re.sub(r"[\s.]", "", text)


# Words that say what sort of thing, or what part of one, is asked for, not which thing ("which
# kinds of vehicles", "which bit of the ground's kit").
SORTS = frozenset(
    ["kind", "kinds", "sort", "sorts", "type", "types", "one", "ones", "two", "three", "bit",
     "bits", "part", "parts", "piece", "pieces", "portion", "section", "sections"]
)  # fmt: skip
NOT_NAMED = STOPWORDS | AUXILIARIES | SORTS
# A yes/no question ("Did Penn's visit help ...?"): the outlets may answer it differently.
POLAR = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:did|does|do|is|are|was|were|has|have|had|can|could|will|"
    r"would|should)\b",
    re.IGNORECASE,
)


# "How long is the pier?": a length, or a span of time ("How long was the delay?"); a question
# that goes on past the thing asks about time ("How long was the road closed?", "How long was he
# held?", "How long is the closure expected to last?").
THING_WORD = (
    r"(?!(?:to|for|be|been|being|until|since|after|before|in|he|she|it|they|we|you|i|there)\b)"
    r"[\w’'-]+"
)
# ... or goes on with what is said of the thing: "How long is the tunnel Guzmán used?", "How long
# is the bridge that links them?" (a length, or a span: both answer it).
LENGTH_OF_ONE = re.compile(
    rf"\bhow long (?:is|are) (?:the|a|an|its|their|this|that)\s+(?:{THING_WORD}\s+){{0,2}}"
    rf"(?![\w’'-]+ed\b)(?-i:[a-z])[\w’'-]*\s+(?:that|which|(?-i:[A-Z])[\w’'-]*)\b",
    re.IGNORECASE,
)
LENGTH_ASKED = re.compile(
    rf"\bhow long (?:is|are|was|were) (?:(?:the|a|an|its|their|this|that)\s+)?"
    rf"(?:{THING_WORD}\s+){{0,3}}(?![\w’'-]+ed\b){THING_WORD}"
    r"(?:\s+(?:in total|overall|altogether|from end to end|end to end))?\s*\?*$"
)
# A size or a distance: "how far", "how deep", "the length of the tunnel" (a number with a unit of
# length, area or weight answers it: "the 9.2 km tunnel", "61 cm by 46 cm", "70 miles away").
SIZE_ASKED = re.compile(
    r"\bhow far\b(?! back\b)|\bhow (deep|wide|tall|heavy)\b"  # (not "how far back": a time)
    # "How close to the debris did the train get?"; not how close the sides are to a deal
    r"|\bhow (close|near)\b(?![^?]*\bto (a |an |the )?(deal|agreement|settlement|decision"
    r"|resolution|solution|finish|end)\b)"
    r"|\bhow (long|big|large) an? (stretch|section|length|strip|area)\b"  # "of the bank"
    r"|\bwhat (is|was|are|were) (the|its|their) (length|width|height|depth|distance|area)\b"
    r"|\bweight (limit|restriction)s?\b|\bheaviest\b"  # tonnes: "a 7.5-tonne weight limit"
)
# A speed: "How strong was the wind?" is answered by "gusts of 58 mph", "How fast was the train
# going?" by "at 40 mph".
SPEED_ASKED = re.compile(
    r"\bhow (strong|hard|fast|powerful)\b[^?]{0,40}\b(winds?|gusts?|gales?|storms?)\b"
    r"|\b(wind|gust) speeds?\b|\bwhat speeds?\b|\bat what speed\b"
    # "What was the strongest wind gust recorded?", "the highest winds"
    r"|\b(strongest|highest|fastest|top|peak|maximum|biggest)\s+(wind\s+)?(gusts?|winds?)\b"
    r"|\bhow fast\b[^?]{0,40}\b(going|travell?ing|moving|driving|flying|sailing|running|riding"
    r"|falling|descending|coming down|spinning|turning)\b"
)
SPEED = re.compile(
    r"\b\d[\d,.]*\s?(?:mph|kph|km/h|kmh|knots?|m/s|"
    r"(?:miles|kilomet(?:re|er)s) (?:per|an) hour)(?![\w/])",
    re.IGNORECASE,
)
# A temperature: "What temperature was the food cooled to?", "How hot did it get?" is answered by
# "8C", "75°C", "minus 4 degrees".
TEMPERATURE_ASKED = re.compile(r"\bwhat temperatures?\b|\bhow (hot|cold|warm)\b")
TEMPERATURE = re.compile(
    r"\b\d[\d.]*\s?(?:°\s?[CF]?|degrees?\b(?:\s+(?:Celsius|centigrade|Fahrenheit|[CF]\b))?|"
    r"[CF]\b(?!['’]))",
)
SIZE = re.compile(
    # "65 m", "3.5m deep"; not "£2.3m" nor "4m visitors" (millions)
    r"(?<![£$€\d.,])(?<![£$€] )\b\d[\d,.]*(?: m\b|m(?= (?:long|high|deep|wide|tall|away|across)\b))"
    rf"|\b(?:\d[\d,.]*|(?:{'|'.join((*NUMBER_WORDS, *TENS_WORDS))})(?=[\s-]))"
    r"\s?(?:-\s?)?(?:km|kilomet(?:re|er)s?|met(?:re|er)s?|cm|centimet(?:re|er)s?|mm|"
    r"miles?|ft|feet|foot|inch(?:es)?|yards?|acres?|hectares?|sq(?:uare)?\b|tonnes?|tons?|"
    r"kg|kilograms?|storeys?|stories|floors?)\b"
    # a unit alone: "a mile-long tunnel"
    r"|\b(?:mile|kilomet(?:re|er)|met(?:re|er)|foot|yard)-(?:long|wide|high|deep|tall)\b",
    re.IGNORECASE,
)
# A weight: "How much did the rock weigh?", "How heavy was it?" is answered by a number with a
# unit of weight ("about 18kg", "a 7.5-tonne lorry"), not by "the size of a football".
WEIGHT_ASKED = re.compile(
    r"\bweigh(?:s|ed|ing)?\b|\bhow heavy\b|\bwhat (?:is|was|are|were) (?:the|its|their) weights?\b",
    re.IGNORECASE,
)
WEIGHT = re.compile(
    r"\b\d[\d,.]*\s?(?:-\s?)?(?:tonnes?|tons?|kg|kgs|kilos?|kilograms?|grams?|g|lbs?|pounds?|"
    r"stones?|ounces?|oz)\b",
    re.IGNORECASE,
)
# An amount or a size: "how many", "how high is the dam" (a number answers it).
MEASURE_ASKED = re.compile(
    r"\bhow (many|much|far|high|tall|deep|wide|big|large|heavy|fast)\b"
    r"|\bwhat (number|percent|percentage|amount|share|height|depth|size)\b"
)
LEADING_WH = re.compile(r"\b(which|who|whom|whose|what|where|when|why|how)\b")


def question_kind(question: str) -> str:
    """What the question asks for: money, age, duration, length (a length or a duration: "how
    long is the pier?"), frequency ("how often"), clock (a time of day), speed, temperature,
    size (a length, an area, a weight), number, when, quote, where or other."""
    q = question.strip().lower()
    lead = LEADING_WH.search(q)
    if lead and lead.group(1) != "how":  # "Which paper ... how long they met?" wants a paper
        q = re.sub(r"\bhow\b", " ", q)
    if MONEY_ASKED.search(q):
        return "money"
    if re.search(r"\bhow old\b|\bwhat age\b", q):
        # "How old is the Palm House? When did it go up?": the age of a thing, by its year
        later = re.search(r"[?.!]\s+(?:and\s+)?(?:when|(?:in\s+)?(?:what|which)\s+year)\b", q)
        return "when" if later else "age"
    length = LENGTH_ASKED.search(q) or LENGTH_OF_ONE.search(question)
    if length and not re.search(r"\bfor how long\b", q):  # a span, not a size
        return "length"
    if re.search(r"\bhow long\b(?! an? (stretch|section|length|strip)\b)|\bhow much time\b", q):
        return "duration"
    if re.search(r"\bhow (often|frequently)\b|\bhow many times (a|an|per|each)\b", q):
        return "frequency"
    if CLOCK_ASKED.search(q):
        return "clock"
    if SPEED_ASKED.search(q):
        return "speed"
    if TEMPERATURE_ASKED.search(q):
        return "temperature"
    if SIZE_ASKED.search(q):
        return "size"
    if MEASURE_ASKED.search(q):
        return "number"
    if re.search(
        r"^\W*(and )?((from|since|until|till|as of) )?when\b|[?!.]\s+(and )?when\b"
        r"|[,;:]\s*(and )?when (did|does|do|is|was|were|will|has|had)\b"
        r"|^\W*(and )?at what (point|stage|moment) (did|does|do|is|was|were|will|has|had)\b",
        q,
    ):
        return "when"  # "After the drone frightened it off, when did the bird come back?"
    if re.search(  # before a date it mentions: "What did she say when pressed for a date?"
        r"\bwho (said|says|told|called|claimed|described|wrote)\b"
        r"|\bwhat (exactly |precisely |else |actually )?did .+ (say|tell|promise|pledge|vow)\b|\bquote"
        r"|\b(exact|own|actual|very) (words|phrase|phrasing|wording|instructions|orders|warning|"
        r"message|reply|response|remarks|comments?)\b|\bword for word\b|\bverbatim\b"
        r"|\b(use|using|in|give) (his|her|their) words\b|\bhow did .+ (put|phrase|word) (it|that)\b"
        # "How did the inspector describe ...?": one person's words (not "the Ledger and the radio")
        r"|^\W*how (did|does) (?:(?!\band\b)[\w’' -])+ (describe|characteri[sz]e|portray)\b"
        r"|\bwhat (promise|pledge|vow|assurance|guarantee)s? did .+ (make|give|offer)\b"
        r"|\w['’]s (comment|remark)s?\b"  # "What was the deckhand's comment?"
        # "Give me the secretary's words", "What words did the MP use?", "put it into words"
        r"|\w['’]s words\b|\bwhat (words|phrase|phrasing) did .+ use\b"
        r"|\binto words\b",
        q,
    ):
        return "quote"
    if re.search(
        r"\bwhat (day|month|year|time)\b|\bon which day\b|\bdates?\b|\bdeadlines?\b|\bby when\b", q
    ):
        return "when"
    if re.search(
        r"^\W*(and )?where\b|[,;:]\s*(and )?where (did|does|do|is|was|were|will|has|had)\b", q
    ):
        return "where"  # "Once they were ashore, where were they taken?"
    return "other"


def is_polar(question: str) -> bool:
    """A yes/no question, judged by its last sentence ("X says Y. Do other reports agree?")."""
    return bool(POLAR.match(re.split(r"(?<=[.!?])\s+", question.strip())[-1]))


# What a sentence gains when it holds the kind of answer asked for, and loses when it cannot.
FIT = 0.12


def spans(text: str) -> bool:
    """The text gives a span of time ("three weeks", "days later", "until Thursday")."""
    return bool(
        (NUMBER.search(text) and SPAN_UNIT.search(text))
        or SPAN_AGO.search(text)
        or BARE_SPAN.search(text)
        or ONE_SPAN.search(text)
        or UNTIL.search(text)
        or UNTIL_DONE.search(text)
    )


def unnamed_numbers(text: str) -> str:
    """The text without the numbers that are part of names ("Flight 418" -> "Flight")."""
    return NAMED_NUMBER.sub(r"\1", text)


def unmeasured(text: str) -> str:
    """The text without its measures, which count no people or things: "11 km", "£40", "8C"."""
    for measure in (SIZE, SPEED, TEMPERATURE, MONEY):
        text = measure.sub(" ", text)
    return text


def fits(kind: str, text: str) -> float:
    """A bonus when the sentence holds what the question asks for, a cost when it cannot."""
    if kind in ("number", "duration", "size", "length"):
        text = unnamed_numbers(text)
    checks = {
        "number": lambda: bool(NUMBER.search(text) or DURATION.search(text)),
        "money": lambda: bool(MONEY.search(text)),
        "size": lambda: bool(SIZE.search(text)),
        "speed": lambda: bool(SPEED.search(text)),
        "temperature": lambda: bool(TEMPERATURE.search(text)),
        "age": lambda: bool(AGE.search(text)),
        "duration": lambda: spans(text),
        "clock": lambda: bool(CLOCK.search(text)),
        "frequency": lambda: bool(FREQUENCY.search(text)),
        "when": lambda: bool(WHEN.search(LASTED.sub(" ", text))),
        "quote": lambda: bool(QUOTE.search(text) and SPEECH.search(text)),
        "where": lambda: bool(WHERE.search(text)),
    }
    if kind == "length":  # a length first, a span of time next
        return FIT if SIZE.search(text) else FIT / 2 if spans(text) else -FIT
    if kind not in checks:
        return 0.0
    return FIT if checks[kind]() else -FIT


# What happens to people (or things) in the news, said in several ways: "how many were injured"
# is answered by "nine people were hurt", "Why did it go up in flames?" by "there was no fire".
FATES = [
    ["injured", "hurt", "wounded", "injuries"],
    ["killed", "dead", "died", "deaths", "fatalities", "lost"],  # "lost seven lambs"
    ["arrested", "detained"],
    ["evacuated", "fled", "displaced"],
    ["rescued", "saved"],
    ["fined", "prosecuted", "penalised", "penalized", "ticketed", "convicted", "caught"],
    ["ill", "sick", "sickened", "illness", "poisoned", "poisoning"],
    ["fire", "flames", "blaze", "ablaze", "burned", "burnt"],  # what may happen to things
    ["sold", "sell", "sells", "selling", "bought"],
    ["written", "write-off", "write-offs", "scrapped", "totalled"],  # "written off"
]
SAME_FATE = [frozenset(stem(word) for word in words) for words in FATES]
HURT, KILLED = SAME_FATE[0], SAME_FATE[1]
HOSPITAL = frozenset(stem(word) for word in ("hospital", "hospitalised", "hospitalized"))


def deaths_asked(terms: frozenset[str]) -> bool:
    """The terms (stems) speak of people dying: "killed", "deaths", "lost their lives" (not a
    turbine that "lost its blade")."""
    return bool(KILLED - {"lost"} & terms) or {"lost", "liv"} <= terms


def fate_denied(word: str, terms: frozenset[str]) -> frozenset[str]:
    """The fate the word (a stem) says in the text, when the question's terms speak of it, of a
    worse one or of what follows it: nobody hurt is nobody killed ("How many lost their lives?":
    "nobody was hurt") and nobody taken to hospital; empty otherwise."""
    for same in SAME_FATE:
        beyond = same is HURT and (deaths_asked(terms) or bool(HOSPITAL & terms))
        if word in same and (same & terms or beyond):
            return same
    return frozenset()


# "No one died", "nobody was hurt": none of the people the question counts or names.
NOBODY = re.compile(r"\b(?:no one|no-one|nobody|none)\b((?:\W+\w+){1,4})", re.IGNORECASE)
# "No candidate has been disqualified", "No members of the public were injured": none of them met
# what the verb says ("No deaths had been reported" says nothing of reporting).
NO_ONE_OF = re.compile(
    r"\bno\s+[a-z]+(?:\s+of\s+the\s+[a-z]+)?\s+(?:has|have|had|was|were|is|are|will be)\s+"
    r"(?:yet\s+)?(?:been\s+)?"
    r"(?!(?:reported|recorded|confirmed|announced|released|published|given|made|said|told)\b)"
    r"([a-z]+)",
    re.IGNORECASE,
)


# What a question may take for granted, and what says the opposite happened: "Why did the board
# call off the exam?" against "The exam went ahead as scheduled".
REVERSALS = [
    (
        r"\b(?:call(?:ed|s)? off|cancel(?:l?ed|s)?|scrap(?:ped|s)?|postpone[ds]?)\b",
        r"\b(?:went|goes|go|going) ahead\b|\bas (?:planned|scheduled)\b",
    ),
    (
        r"\b(?:kept|stay(?:ed|s)?|remain(?:ed|s)?|still) in hospital\b",
        r"\b(?:discharged|released from hospital|allowed home|went home)\b",
    ),
    (
        r"\b(?:admit(?:ted|s)?|confess(?:ed|es)?|plead(?:ed)? guilty|owned up)\b",
        r"\bpleaded not guilty\b|\b(?:denies|denied|disputes|disputed|rejects|rejected)\b",
    ),
    (
        r"\barrest(?:ed|s)?\b",
        r"\bwords of advice\b|\bwithout charge\b|\bno further action\b|\bnot (?:been )?arrested\b",
    ),
    (
        r"\b(?:drop(?:ped|s)? out|pull(?:ed|s)? out|withdr[ae]w[ns]?|quit)\b",
        r"\bnone of\b[^.;]*\b(?:dropped|pulled|withdrew|quit)\b"
        r"|\b(?:not|never|n[’']t)\s+(?:\w+\s+)?(?:drop(?:ped)?|pull(?:ed)?|withdraw[n]?|quit)\b",
    ),
    (  # "Why did the council strip the park of its licence?": "does not propose to revoke it"
        r"\b(?:strip(?:ped|s)?|revok(?:ed|es|e)|suspend(?:ed|s)?|withdr[ae]w[ns]?)\b[^.?]*\blicen[cs]e"
        r"|\blicen[cs]e\b[^.?]*\b(?:revoked|suspended|withdrawn|taken away)\b"
        r"|\b(?:lost|lose|loses) (?:its|their|his|her|the) licen[cs]e\b",
        r"\b(?:not|never|n[’']t)\s+(?:\w+\s+){0,3}(?:revoke|suspend|strip|withdraw)\b"
        r"|\bkeeps? (?:its|their|his|her|the) licen[cs]e\b",
    ),
    (  # "Why has the council shut the bridge to every vehicle?": "it remains open to cars"
        r"\b(?:shut|closed?|closing)\b[^.?]*\b(?:to (?:all|every|any)\b|completely|entirely|"
        r"altogether)",
        r"\b(?:remains?|remained|stays?|stayed|still|is|are|was|were|kept) open\b",
    ),
    (  # "Why did officers have to shoot the lynx?": "No dart was fired. She walked into the trap"
        r"\b(?:shoot|shot|shooting)\b",
        r"\bno (?:shot|dart|bullet)s? (?:was|were) fired\b|\b(?:walked|went|wandered) into (?:a|the)"
        r" (?:\w+ ){0,2}trap\b|\bcaught alive\b|\bwithout a shot\b",
    ),
    (  # "Why did the minister promise it would open by June?": "I won't be rushed into a date"
        r"\bpromis(?:e|es|ed|ing)\b[^.?]*\b(?:by|before|in|on|until)\b",
        r"\b(?:won[’']t|will not|would not|wouldn[’']t|refused to|declined to) (?:be rushed into|"
        r"give|set|name|commit to|put) (?:a|any) (?:date|deadline|timetable|timescale)\b",
    ),
    (  # "Why is the firm charging double fares?": "Travel on the Hopper is free of charge"
        r"\bcharg(?:e|es|ed|ing)\b|\b(?:make|made|makes|making) \w+ pay\b",
        r"\bfree of charge\b|\bfor free\b|\b(?:is|are|was|were|be|stays?) free\b|\bno charge\b"
        r"|\bin return for a donation\b",
    ),
    (  # "Now the line has stopped running trains altogether, ...?": "Trains are still running"
        r"\b(?:stopped|ceased|halted|stops|stop) (?:running|operating)\b"
        r"|\bno longer (?:runs?|running|operat\w+)\b",
        r"\b(?:still|continues? to|continued to) (?:run|running|operat\w+)\b|\brunning as normal\b",
    ),
    (  # "Why has the council refused to put any money towards it?": "approves a grant of £40,000"
        r"\brefus(?:e|es|ed|ing) (?:to )?(?:put|give|pay|provide|grant|fund|offer)\b",
        r"\bapprov(?:e|es|ed|ing) (?:a|the) (?:\w+ ){0,2}(?:grant|payment|funding)\b"
        r"|\bagree[sd]? to (?:pay|fund|give|grant)\b",
    ),
    (  # "Why did the regulator order the home to shut?": "We did not close the home."
        r"\b(?:order(?:ed|s)?|forc(?:e|ed|es)|made|make) (?:\w+ ){0,4}(?:to )?(?:shut|close)\b",
        r"\b(?:did not|didn[’']t|never) (?:order|force|make|close|shut)\b"
        r"|\bdecision to (?:close|shut)\b[^.]{0,30}\bwas (?:the )?\w+[’']s\b",
    ),
    (  # "When are they knocking the home down?": "change of use to 14 flats"
        r"\b(?:knock(?:ing|ed|s)?|pull(?:ing|ed|s)?) (?:\w+ ){0,2}down\b|\bdemolish\w*|\bbulldoz\w*",
        r"\bchange of use\b|\bconver(?:t|ts|ted|ting|sion)\b|\bturn(?:s|ed|ing)? (?:\w+ ){1,3}into\b",
    ),
    (  # "Why did they keep taking the ride to other fairs?": "We've pulled out of our last four"
        r"\b(?:keep|keeps|kept|keeping|carr(?:y|ies|ied) on|continu(?:e|es|ed|ing))\b"
        r"(?: to)? (?:\w+ ){0,1}(?:tak|tour|travel|run|operat|go|open|play|sell)\w*",
        r"\bpull(?:s|ed|ing)? out of\b|\bwithdr(?:ew|awn|aws?) from\b|\bcalled off\b"
        r"|\b(?:stopped|ceased|halted) (?:touring|travelling|traveling|running|operating|trading)\b",
    ),
]
REVERSED = [(re.compile(asked, re.I), re.compile(said, re.I)) for asked, said in REVERSALS]


# A question that asks why: "Why did the board call off the exam?" takes for granted what a
# sentence may reverse ("The exam went ahead as scheduled"), and is answered by a reason.
WHY = re.compile(r"\W*why\b", re.IGNORECASE)


def reverses(question: str, text: str) -> bool:
    """The text says the opposite of what the question takes for granted happened (``REVERSALS``),
    or the word of the question with "un" before it ("planned": "Type: Unplanned")."""
    said, undoable = reversal_cues(question)
    if any(pattern.search(text) for pattern in said):
        return True
    return any(word[:2] == "un" and word[2:] in undoable for word in tokens(text))


@functools.lru_cache(maxsize=256)
def reversal_cues(question: str) -> tuple[tuple[re.Pattern[str], ...], frozenset[str]]:
    """What would reverse the question, read once per question (it is asked of every candidate):
    the patterns of ``REVERSALS`` its premise calls for, and its words that "un" may undo."""
    said = tuple(said for asked, said in REVERSED if asked.search(question))
    return said, frozenset(word for word in tokens(question) if len(word) >= UNDONE_LEAST)


UNDONE_LEAST = 5  # letters of a word that "un" may undo ("planned"; not "do", "it")


def denies(question: str, text: str) -> bool:
    """The text denies one of the question's terms: "How much of the plane did the fire
    destroy?" against "there was no fire". Such a sentence answers the question by correcting
    it, though it holds no amount. Only "no" is read as a denial: "not" before a verb often
    denies something else ("didn't fail because of the rain")."""
    return says_no(frozenset(search_terms(question)), text)


def says_no(terms: frozenset[str], text: str) -> bool:
    """The text says "no" before one of the terms (stems): "no children were on board"; or that
    nobody met what the terms say happened, in other words ("killed": "No one died")."""
    return bool(denied(terms, text))


# "no" joined to a word that goes on to a noun makes a compound, not a denial: "no-drone zones",
# "a no-fly zone" (but "no-one" is "no one").
COMPOUND_NO = re.compile(r"\b(no)-(?!one\b)(?=[a-z]+\s+[a-z])", re.IGNORECASE)


def denied(terms: frozenset[str], text: str) -> frozenset[str]:
    """What of the terms the text says "no" to (``says_no``): the term, or what happened in all
    the words it is said in ("killed": kill, dead, died, ...); empty when it denies none."""
    text = COMPOUND_NO.sub(r"\1", text)
    for word, after in itertools.pairwise(tokens(text)):
        if word != "no":
            continue
        if (said := stem(after)) in terms:
            return frozenset([said])
        if fate := fate_denied(said, terms):  # "no injuries": nobody hurt; "no fire": no flames
            return fate
    for match in NOBODY.finditer(text):
        for word in tokens(match.group(1)):
            if fate := fate_denied(stem(word), terms):
                return fate
    for match in NO_ONE_OF.finditer(text):
        if (said := stem(match.group(1))) in terms:
            return frozenset([said])
        if fate := fate_denied(said, terms):
            return fate
    for match in NO_TIME_TO.finditer(text):  # "there was no time to rig a tow": no tow
        if undone := terms & {stem(word) for word in tokens(match.group(1))}:
            return undone
    return frozenset()


# What there was no time, chance or need to do, which was not done: "no time to rig a tow".
NO_TIME_TO = re.compile(r"\bno (?:time|chance|need) to ((?:[a-z]+\s+){0,2}[a-z]+)", re.IGNORECASE)
