"""Questions about what readers say in an article's comments ("What are readers saying in the
comments under the columnist's piece?"), answered from the comments that ingest split off.

Comments are never indexed with the articles, so they never stand in for reporting. Asked about
them, the answer quotes a few of one article's comments, says they are readers' words, and cites
each. Spam (links, money pitches) and comments that give orders to an assistant are never shown;
a question about something the comments do not speak of ("What do readers recommend for making
money from home?" when only spam does) is no question the comments answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.cleaning import SPAM_LINK
from assistant.question import INSTRUCTION
from assistant.records import Article, Passage, Source
from assistant.text import search_terms, split_sentences

# A question about the comments: its last question names readers' comments or commenters (or
# a listing's reviews, a fundraiser's messages of support), or asks what readers (listeners,
# viewers) say ("the mayor's comments"
# and "did he comment" are not readers').
ASKED = re.compile(
    r"\b(the|reader|readers[’']?|listener|listeners[’']?|viewer|viewers[’']?|user|online|public)\s+"
    r"comments\b|\bcomments\s+(section|under|below)\b"
    r"|\b(customer|user|online|guest|people[’']?s)\s+reviews\b|\bin the reviews\b"
    r"|\breviews\s+(section|under|below|on)\b"
    r"|\b(writing|saying|posting|wrote|said|posted)\s+in\s+(their|the|its)\s+([\w’'-]+\s+)?reviews\b"
    r"|\bcommenters?\b|\bcomment section\b"
    r"|\b(messages|words|notes) of (support|encouragement)\b"  # under a fundraiser
    r"|\b(donor|donors[’']?|supporters[’']?)\s+messages\b"
    r"|\b(readers?|listeners?|viewers?|signers|signatories|supporters|people who signed)\b[^?]*"
    r"\b(say|saying|said|think|thinks|write|wrote|writing|"
    r"react|reacted|post"
    r"|posted)\b",
    re.IGNORECASE,
)
# Words that ask about comments, or the piece they are under, not what they say.
ASKING = frozenset(
    search_terms(
        "comment comments commenter commenters comment section reader readers listener listeners "
        "review reviews reviewer reviewers listing people "
        "viewer viewers signers signatories supporters say saying said think write wrote writing "
        "sign signed signing "
        "react reacted post posted under below piece column article story blog site page episode "
        "podcast programme show video petition message messages support encouragement donor donors "
        "fundraiser appeal"
    )
)
# A pitch for money: "$90 an hour working from my home", "Try crypto doubling!!!".
PITCH = re.compile(
    r"\$\s?\d|\d\s?\$|\b\d[\d,]*\s?(dollars|usd)\b|\b(earn|earns|earning|make|makes|making)\s+"
    r"(up to\s+)?\$?\d|\bfrom (my |your )?home\b|\bcrypto\w*|\bbitcoin\b"
    # a sale's: "from just £299", "this week only", "click the link in our profile"
    r"|\bfrom (just |only )?[£$€]\s?\d|\b(today|this (week|weekend|month)) only\b"
    r"|\bclick the link\b|\blink in (my|our) (bio|profile)\b",
    re.IGNORECASE,
)
MOST = 3  # comments quoted
SAID_SHARE = 0.5  # of the question's own terms a comment must hold, when it asks about something


def last_question(question: str) -> str:
    """The last sentence of the message that asks something ("SYSTEM: ... from the comments.
    USER: where did they sleep?" -> "USER: where did they sleep?")."""
    asked = [p for p in re.split(r"(?<=[.?!])\s+", question.strip()) if p.endswith("?")]
    return asked[-1] if asked else ""


def asks_comments(question: str) -> bool:
    """The question's last question asks what readers say in the comments."""
    return bool(ASKED.search(last_question(question)))


# What says which piece the comments are under ("under the Patch Notes post about the hack"), or
# what a listing's reviews are of ("reviews of the ice rink").
PIECE = re.compile(r"\b(under|below|beneath|(?<=reviews )of)\b.*$", re.IGNORECASE)


def shown(comment: str) -> bool:
    """A comment that may be quoted: no link, no money pitch, no order to an assistant."""
    return not (SPAM_LINK.search(comment) or PITCH.search(comment) or INSTRUCTION.search(comment))


def under(question: str, articles: Iterable[Article]) -> Article | None:
    """The article whose comments are asked about: of those with comments, the one whose
    outlet, author and title share most words with the question (the only one, if one)."""
    commented = [a for a in articles if any(shown(c) for c in a.comments)]
    asked = set(search_terms(question))

    def shared(article: Article) -> int:
        return len(asked & piece_words(article))

    best = max(commented, key=shared, default=None)
    if best is None or (len(commented) > 1 and not shared(best)):
        return None
    return best


def piece_words(article: Article) -> set[str]:
    """The terms that name the piece the comments are under: its outlet, author and title."""
    return set(search_terms(f"{article.outlet} {article.author} {article.title}"))


def comment_answer(question: str, article: Article) -> tuple[str, list[Source]] | None:
    """The answer: a sentence saying whose words follow, then up to MOST comments, each cited;
    None when no comment may be shown, or none speaks of what the question asks about (its own
    words, not those that say which piece the comments are under)."""
    own = set(search_terms(PIECE.sub("", last_question(question)))) - ASKING
    own -= piece_words(article)
    wanted = [
        comment
        for comment in article.comments
        if shown(comment)
        and (not own or len(own & set(search_terms(comment))) >= SAID_SHARE * len(own))
    ]
    if not wanted:
        return None
    intro = (
        f"What follows are readers' comments under the article from {article.outlet}, not its "
        "reporting."
    )
    parts, sources = [], []
    for number, comment in enumerate(wanted[:MOST], start=1):
        said = " ".join(f"{sentence} [{number}]" for sentence in split_sentences(comment))
        text = f"{intro} {comment}" if number == 1 else comment
        parts.append(f"{intro} [1] {said}" if number == 1 else said)
        passage = Passage.beside(article, f"{article.article_id}:comment:{number}", text)
        sources.append(Source.cited(number, passage, comment, 0, 0))
    return " ".join(parts), sources


def from_comments(question: str, articles: Sequence[Article]) -> tuple[str, list[Source]] | None:
    """The answer to a question about the comments, or None (the caller abstains)."""
    article = under(question, articles)
    return comment_answer(question, article) if article is not None else None
