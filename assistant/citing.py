"""Citing: the answer's sentences with their [n] markers, and the numbered sources they point to."""

from __future__ import annotations

from assistant.ranking import Pick
from assistant.records import Passage, Retrieved, Sentence, Source
from assistant.text import ENDS


def cite(picks: list[Pick]) -> tuple[str, list[Source]]:
    """Answer text with [n] markers and the numbered sources, one per cited passage."""
    numbers: dict[str, int] = {}
    quotes: dict[str, list[Sentence]] = {}
    retrieved_of: dict[str, Retrieved] = {}
    parts = []
    for pick in picks:
        marks = []
        for cand in [pick.candidate, *pick.also]:
            pid = cand.retrieved.passage.passage_id
            if pid not in numbers:
                numbers[pid] = len(numbers) + 1
                retrieved_of[pid] = cand.retrieved
            quotes.setdefault(pid, []).append(cand.sentence)
            marks.append(f"[{numbers[pid]}]")
        text = pick.candidate.sentence.text
        parts.append(f"{text} {''.join(dict.fromkeys(marks))}")
        parts.append(" " if ENDS.search(text) else "\n")
    sources = [
        make_source(number, retrieved_of[pid], quotes[pid]) for pid, number in numbers.items()
    ]
    return "".join(parts).strip(), sources


def make_source(number: int, retrieved: Retrieved, sentences: list[Sentence]) -> Source:
    passage = retrieved.passage
    ordered = sorted({s.sentence_id: s for s in sentences}.values(), key=lambda s: s.start)
    quote = quote_of(passage, ordered)
    return Source.cited(number, passage, quote, ordered[0].start, ordered[-1].end)


def quote_of(passage: Passage, sentences: list[Sentence]) -> str:
    """The cited sentences as the passage has them; gaps between them shown as " … "."""
    runs: list[list[Sentence]] = []
    for sentence in sentences:
        if runs and runs[-1][-1].position + 1 == sentence.position:
            runs[-1].append(sentence)
        else:
            runs.append([sentence])
    offset = passage.start
    return " … ".join(passage.text[run[0].start - offset : run[-1].end - offset] for run in runs)
