"""Page formats that change what a sentence is: an interviewer's lines in a question-and-answer
interview ("Q:", or the interviewer's name) are not claims of the article, the answers are the
words of the person interviewed and are found through the question they answer, a
number in a name ("Flight 418") counts nothing, and a count answers only for the place and time it
is of."""

from __future__ import annotations

import pytest

from assistant.api import Assistant
from assistant.counting import counted, counts
from assistant.kinds import fits, unnamed_numbers

INTERVIEW = """'We were lucky': the ferry captain on the Orla crossing
Harbour Weekly spoke to captain Mirela Dunn about Tuesday's crossing. A coastguard officer said the strait had been "rough, but nothing a ferry cannot handle," on the day.

Q: The ferry company says the engine failure was caused by bad fuel.

A: The engine stopped twice in the middle of the strait. We drifted for an hour before the tug \
reached us, and nobody was hurt.

Q: How many passengers were aboard?

A: There were 212 passengers and 14 crew, and the children were the calmest of all.
"""


# The same interview as a transcript whose turns are labelled with the speakers' names.
NAMED = INTERVIEW.replace("\nQ: ", "\nPRYCE: ").replace("\nA: ", "\nDUNN: ")


@pytest.fixture(scope="module", params=[INTERVIEW, NAMED], ids=["q-and-a", "named"])
def ferry(request, indexed, embeddings) -> Assistant:
    return Assistant(indexed({"ferry.txt": request.param}), embeddings=embeddings).load()


def test_an_interviewers_line_is_not_an_answer(ferry) -> None:
    answer = ferry.answer("What caused the engine failure, according to the ferry company?")
    assert "bad fuel" not in answer.text
    assert "Q:" not in answer.text and "PRYCE:" not in answer.text


STRIKE = """'We will not leave them stranded': the mayor on the Selby ferry strike
Two days into the ferry strike, Selby's mayor, Ruth Calloway, spoke to Dan Pryce at the town hall.

PRYCE: Mayor, the island has had no ferry since Monday. Who is to blame?

CALLOWAY: Both sides have dug in, and I am not taking either side.

PRYCE: Islanders say they are running out of medicine. What are you doing for them?

CALLOWAY: The council met on Tuesday night. From Thursday, two chartered fishing boats will carry prescriptions and post across twice a day.

PRYCE: Will the strike end this week?

CALLOWAY: I hope so. Talks resume on Friday at the harbour office.
"""


# The same interview as a programme's transcript: its turns open with a time code, the
# presenter's label names her in brackets.
TIMED = "\n".join(
    f"[00:0{n}:1{n}] {line.replace('PRYCE:', 'PRESENTER (Dan Pryce):')}"
    if line.startswith(("PRYCE:", "CALLOWAY:"))
    else line
    for n, line in enumerate(STRIKE.splitlines())
)


@pytest.mark.parametrize("page", [STRIKE, TIMED], ids=["named", "timed"])
def test_an_answer_is_found_by_the_question_it_answers(page, indexed, embeddings) -> None:
    """An answer that shares few words with what is asked is found through the interviewer's
    question it answers ("What are you doing for them?")."""
    assistant = Assistant(indexed({"strike.txt": page}), embeddings=embeddings).load()
    answer = assistant.answer("What help has the mayor arranged for islanders short of medicine?")
    assert not answer.abstained
    assert "fishing boats" in answer.text
    assert "running out of medicine" not in answer.text  # the interviewer's, not a claim


def headed(assistant: Assistant, start: str) -> tuple[list[str], list[str]]:
    """The heading that the sentence starting so is found through, and every line read as a
    heading or a question put (``Evidence.put``, ``Evidence.interviewer``)."""
    evidence = assistant.evidence
    text = {row: s.text for row, s in enumerate(evidence.view.sentences)}
    row = next(r for r, t in text.items() if t.startswith(start))
    headings = [t for r, t in text.items() if evidence.interviewer[r]]
    return [text[r] for r in evidence.put[row]], headings


EXPLAINER = """The Selby ferry strike: what we know
Islanders have had no ferry since Monday. Here is what we know so far.

Who is striking?
About forty deckhands and engineers walked out over a pay offer of 2 per cent.

How are islanders getting their medicine?
Two chartered fishing boats carry prescriptions and post across twice a day.

When do talks resume?
On Friday, at the harbour office.
"""


def test_an_explainers_sections_answer_the_questions_heading_them(indexed, embeddings) -> None:
    """An explainer's section answers the question that heads it, as an interview's answer does
    the question put (``Evidence.put``); a heading is a question, shown in no answer."""
    assistant = Assistant(indexed({"explainer.txt": EXPLAINER}), embeddings=embeddings).load()
    heading, headings = headed(assistant, "Two chartered fishing boats")
    assert heading == ["How are islanders getting their medicine?"]
    assert headings == [
        "Who is striking?",
        "How are islanders getting their medicine?",
        "When do talks resume?",
    ]
    answer = assistant.answer("What is known about the Selby ferry strike so far?")
    assert not answer.abstained and not any(h in answer.text for h in headings)


NEWSLETTER = """Kestrels news: January
None of us expected to write a newsletter like this one, after the fumes at the Selby rink.

3. Where we train until the rink reopens
The trust has not said when the rink will open again. Until it does, we have booked the ice at \
Marlow Ice Centre on Sunday evenings, and a coach will leave the club car park at 4.30pm.

4. Quiz night and the club shop
The quiz night at the Tanners Arms goes ahead on 13 February, and the club shop stays shut while \
the rink is closed, though hoodies can still be ordered online from our kit supplier.

View in your browser | Forward to a friend
The club is a registered community amateur sports club with 230 members in all age groups.
"""


def test_a_newsletters_subheadings_head_the_paragraphs_under_them(indexed, embeddings) -> None:
    """A line that does not end like a sentence, over a paragraph of prose, heads that paragraph
    as an explainer's question does its section: it claims nothing, and what it says is matched
    through it. A line of links is no heading."""
    assistant = Assistant(indexed({"newsletter.txt": NEWSLETTER}), embeddings=embeddings).load()
    heading, headings = headed(assistant, "Until it does")
    assert heading == ["Where we train until the rink reopens"]
    assert "Where we train until the rink reopens" in headings
    assert not any("browser" in h for h in headings)
    answer = assistant.answer("Where will the juniors train while the rink is shut?")
    assert not answer.abstained
    assert "Marlow Ice Centre" in answer.text


FACT_CHECK = """Fact check: five claims about the Selby ferry strike
Claims about the strike have spread online. We checked two of them.

Claim: “Every ferry to the island has been cancelled.”
Verdict: False
The facts: The morning sailing still runs, crewed by managers. Only the afternoon sailings stopped.

Claim: “The deckhands want a 20 per cent rise.” The union says so.
Verdict: Misleading.
The facts: The union asks for 6 per cent over two years.
"""


def test_a_fact_checks_claims_are_answered_by_their_facts(indexed, embeddings) -> None:
    """A fact check's claim is what its section answers, not a claim of the outlet's; its
    verdict is a word, not an answer. Neither is shown as what the coverage says."""
    assistant = Assistant(indexed({"check.txt": FACT_CHECK}), embeddings=embeddings).load()
    evidence = assistant.evidence
    text = {row: s.text for row, s in enumerate(evidence.view.sentences)}
    row = next(r for r, t in text.items() if t.startswith("Only the afternoon"))
    assert [text[r] for r in evidence.put[row]] == [
        "Claim: “Every ferry to the island has been cancelled.”"
    ]
    hidden = [t for r, t in text.items() if evidence.interviewer[r]]
    assert hidden == [
        "Claim: “Every ferry to the island has been cancelled.”",
        "Claim: “The deckhands want a 20 per cent rise.”",
        "The union says so.",  # (the claim's line goes on)
        "Verdict: Misleading.",
    ]
    answer = assistant.answer("Why was every ferry to the island cancelled?")
    assert not answer.abstained and "afternoon sailings" in answer.text
    assert not any(h in answer.text for h in hidden)


def test_the_interviewed_persons_answers_are(ferry) -> None:
    answer = ferry.answer("How long did the ferry drift before help came?")
    assert not answer.abstained and "an hour" in answer.text


def test_the_interviewed_persons_answers_are_her_own_words(indexed, embeddings) -> None:
    ferry = Assistant(indexed({"ferry.txt": INTERVIEW}), embeddings=embeddings).load()
    answer = ferry.answer("How did captain Dunn describe the drift? Give her exact phrase.")
    assert "We drifted for an hour" in answer.text
    # a bare "A:" is given the name of whom the piece says it spoke to, in place of the "A:"
    assert "[Dunn:] We drifted for an hour" in answer.text
    children = ferry.answer("What did the captain say about the children? Quote her.")
    assert "[Dunn:] There were 212 passengers" in children.text
    assert "A: " not in children.text


def test_a_paper_talked_to_is_no_speaker(indexed, embeddings) -> None:
    """ "Captain Mirela Dunn talked to the Weekly": the Weekly is not whose words the answers are."""
    text = INTERVIEW.replace(
        "Harbour Weekly spoke to captain Mirela Dunn", "Captain Mirela Dunn talked to the Weekly"
    )
    ferry = Assistant(indexed({"ferry.txt": text}), embeddings=embeddings).load()
    answer = ferry.answer("How did captain Dunn describe the drift? Give her exact phrase.")
    assert "We drifted for an hour" in answer.text
    assert "[Weekly" not in answer.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Flight 418 left at noon.", "Flight left at noon."),
        ("The bus took Route 9 to the coast.", "The bus took Route to the coast."),
        ("About 90 of the aircraft are in service.", "About 90 of the aircraft are in service."),
        ("In 2015 he escaped.", "In 2015 he escaped."),
        ("Its 38 cars were driven off.", "Its 38 cars were driven off."),
        ("Their 12 lawyers met.", "Their 12 lawyers met."),
        (
            "Runway 27 reopened with 3.5 hours of delays.",
            "Runway reopened with 3.5 hours of delays.",
        ),
    ],
)
def test_a_number_in_a_name_is_not_an_amount(text: str, kept: str) -> None:
    assert unnamed_numbers(text) == kept


def test_a_name_with_a_number_neither_counts_nor_holds_a_number() -> None:
    assert fits("number", "Nobody wants to read about another Flight 418.") < 0
    assert not counts(counted("How many passengers were there?"), "Flight 418 passengers met.")
    assert counts(counted("How many passengers were there?"), "Flight 418 carried 61 passengers.")


STORMS = """Two Storms Hit the Coast in One Week
Five people were killed when the storm struck Harlow on Monday, and 9,000 homes lost power.
Rescue crews said the river in Harlow rose faster than in any storm since 1998.
Later in the week a second storm reached the fishing port of Denton.
Schools in Denton were closed for two days and the harbour wall was damaged.
"""


def test_a_count_of_another_place_is_no_answer(indexed, embeddings) -> None:
    """The only count of the dead is Harlow's: asked about Denton, the answerer abstains."""
    assistant = Assistant(indexed({"storms.txt": STORMS}), embeddings=embeddings).load()
    harlow = assistant.answer("How many people were killed by the storm in Harlow?")
    assert not harlow.abstained and "Five people" in harlow.text
    assert assistant.answer("How many people were killed by the storm in Denton?").abstained


DATED = """Storm Floods Harlow
By Ines Varga | March 4, 2025
Five people were killed when the storm struck Harlow on Monday, and 9,000 homes lost power.
Rescue crews said the river rose faster than in any storm since 1998.
"""


def test_a_count_of_another_time_is_no_answer(indexed, embeddings) -> None:
    """The count is from the article's own month: asked about another year, the answerer
    abstains."""
    assistant = Assistant(indexed({"dated.txt": DATED}), embeddings=embeddings).load()
    assert assistant.view.articles["dated"].published == "2025-03-04"
    now = assistant.answer("How many people were killed by the storm in Harlow in March 2025?")
    assert not now.abstained and "Five people" in now.text
    assert assistant.answer("How many people were killed by the storm in Harlow in 2019?").abstained
