"""A quotation shown without the sentence that names its speaker says who speaks in square
brackets, the editor's mark for words that are not the source's: "[Ilves] said" for "she said",
"[Ilves:]" before a bare quotation, and a transcript's label before an answer past the first line
of its turn. A body's "he" ("Selby Police said ... he said") is left as it is."""

from __future__ import annotations

import re

import numpy as np
import pytest

from assistant.api import Assistant
from assistant.ranking import rank_candidates
from assistant.records import Retrieved
from assistant.speakers import named_pronoun
from tests.test_interviews import STRIKE

BRIDGE = """Footbridge over the Wend closed after cracks found
The Wend footbridge in Selby was closed on Monday after inspectors found cracks in two of its \
steel hangers.

Marta Ilves, the council's chief engineer, said the bridge had been due for repainting, not \
repair. “Nobody expected to find cracks in a bridge this young,” she said. “We will not reopen \
it until every hanger has been tested.”

Selby Police said officers would guard both ends of the bridge overnight. “Anyone crossing the \
barriers will be stopped,” he said.

Local shopkeeper Tomasz Brandt said trade had halved since the closure. He added, “People simply \
stop coming into town.”

The contractor's site manager, Owen Pryce, says the steel arrived four months late. “We asked \
for the hangers in March and got them in July,” he said.
"""


@pytest.fixture(scope="module")
def bridge(indexed, embeddings) -> Assistant:
    return Assistant(indexed({"bridge.txt": BRIDGE}), embeddings=embeddings).load()


def sentence_with(text: str, words: str) -> str:
    """The answer's sentence (up to its marker) that holds the words."""
    return next(s for s in re.split(r"(?<=\d\])\s+", text) if words in s)


@pytest.mark.parametrize(
    ("question", "words", "shown"),
    [
        (
            "What did the chief engineer say about finding the cracks? Quote her.",
            "Nobody expected",
            "“Nobody expected to find cracks in a bridge this young,” [Ilves] said.",
        ),
        (
            "What did the shopkeeper say about people coming into town? Give his words.",
            "People simply",
            "[Brandt] added, “People simply stop coming into town.”",
        ),
        (
            "Until when will the bridge stay shut, in the engineer's words?",
            "every hanger",
            "[Ilves:] “We will not reopen it until every hanger has been tested.”",
        ),
        (  # named between commas, before "says": "the site manager, Owen Pryce, says"
            "What did the site manager say about when the hangers came? Quote him.",
            "We asked",
            "“We asked for the hangers in March and got them in July,” [Pryce] said.",
        ),
    ],
)
def test_a_quotation_says_who_speaks(bridge, question, words, shown) -> None:
    answer = bridge.answer(question)
    assert not answer.abstained
    assert sentence_with(answer.text, words).startswith(shown)


def test_a_bodys_he_is_left_as_it_is(bridge) -> None:
    answer = bridge.answer("What will happen to anyone crossing the barriers?")
    assert "will be stopped,” he said." in answer.text
    assert "[Police]" not in answer.text


def test_a_transcripts_answer_past_its_first_line_says_who_speaks(indexed, embeddings) -> None:
    mayor = Assistant(indexed({"strike.txt": STRIKE}), embeddings=embeddings).load()
    answer = mayor.answer("What exactly did the mayor say about the fishing boats? Quote her.")
    assert sentence_with(answer.text, "fishing boats").startswith("[CALLOWAY:] From Thursday")


FERRY = """Ferry runs aground off Tarn Point
The Tarn Point ferry ran aground on a sandbank on Friday evening with 80 passengers on board, \
and was pulled free by two tugs on the rising tide four hours later.

Harbour Lines spokesman Tom Hale said the captain had kept to the marked channel. “The sandbank \
has moved since the last survey,” he said.

Gwen Morley, who runs the harbour café, is in no doubt. “They take the channel far too fast \
at low water,” she says.

Ines Calder, 52, a teacher from Selby who was on the upper deck, said the ship lurched twice. \
“Nobody panicked,” she said. “We all sat down on the floor and waited for the crew to tell us \
what to do next.”

The harbour master has asked for a new survey of the channel, which was last charted in 2019, \
and the ferry will not sail again until its hull has been checked by divers at Selby dock. \
The company says that could take a week. Passengers have been offered refunds or places on the \
bus.

At about 7 p.m. on Friday, just as the light was going and the tide was still falling, Dai Rees, \
a fisherman who has moored his boat at the Tarn Point slipway every evening for thirty years, \
heard the hull of the ferry hit the sand from the far end of the harbour wall, where he was \
coiling his ropes.
“It sounded like a lorry tipping a full load of gravel onto a tin roof, and then the engines \
stopped and it all went very quiet out there, so quiet that you could hear the gulls again and \
somebody on the upper deck laughing, which is how I knew that nobody on board was hurt,” he says.
"""


@pytest.fixture(scope="module")
def ferry(indexed, embeddings) -> Assistant:
    return Assistant(indexed({"ferry.txt": FERRY}), embeddings=embeddings).load()


def test_a_quotation_is_given_its_speaker_not_an_earlier_one(ferry) -> None:
    """ "Ines Calder, 52, a teacher ..., said" names the speaker of the "she" after it, not the
    spokesman named before her; and her words go on past the sentence that names her."""
    answer = ferry.answer("How did the teacher on the upper deck describe the mood? Quote her.")
    assert "“Nobody panicked,” [Calder] said." in answer.text
    assert "[Calder:] “We all sat down on the floor" in answer.text
    assert "[Hale]" not in answer.text


def test_a_quotation_after_the_sentence_that_introduces_its_speaker_is_given(ferry) -> None:
    """ "Dai Rees, a fisherman ..., heard the hull hit." then "“...,” he says.": asked for his
    words, the answer gives them and says who speaks; the quotation's passage does not name him,
    so the passage that does is cited for it too."""
    answer = ferry.answer("How did the fisherman at the slipway describe the sound? Quote him.")
    said = sentence_with(answer.text, "tipping a full load")
    assert "[Rees] says" in said
    markers = re.findall(r"\[(\d+)\]", said)
    named = [s for s in answer.sources if "Dai Rees" in s.text]
    assert len(set(markers)) == 2 and named and str(named[0].number) in markers


def test_a_quotation_is_given_whom_the_sentence_before_introduces(ferry) -> None:
    """ "Gwen Morley, who runs the harbour café, is in no doubt." names the "she" after it, not the
    spokesman who spoke before her; a name inside a sentence ("drug lord El Chapo, the actor
    revealed") introduces no one."""
    from assistant.speakers import INTRODUCED

    answer = ferry.answer("What does the café owner say about how the ferry is sailed? Quote her.")
    assert "[Morley] says" in sentence_with(answer.text, "far too fast")
    assert "[Hale]" not in answer.text
    assert not INTRODUCED.search("After reports on drug lord El Chapo, the actor revealed more.")


FARM = """Lambs killed near wildlife park
Geoff Latham meets me at the gate of Highfold Farm. He has farmed here for forty years. \
“Nine lambs dead in a week, and the park tells me it was a dog,” he says. “I know what a dog \
does. This was no dog.”

That evening I meet Nadia Brennan in the village pub. She kept the park's cats for nine years. \
She says the fence alarm had been broken since March. “That alarm had been off for weeks. \
Everyone on the section knew it,” she says.

“We have counted every animal twice. Nothing else is missing,” said Imogen Castell, the \
park's director.

At Highfold Primary School, head teacher Bernadette Rooke closed the playground. The school has \
210 pupils. “By ten o'clock every class was indoors,” she said.

In March the park's vet, Mirela Dunstan, wrote to the trustees. Her letter was leaked in May. \
I have read it twice. “The fence failed two of its last three tests,” she wrote. “We are one \
storm away from an escape.”

Frank Heseltine keeps the old map by his door. He is 74, a retired mine surveyor. When he \
unrolls it he taps a small red square. “That's the old shaft, right under the lane,” he says.

Stennet Lane runs past the enclosure. It was shut on Monday. “We have closed the lane until the \
fence is mended,” he said.
"""


@pytest.fixture(scope="module")
def farm(indexed, embeddings) -> Assistant:
    return Assistant(indexed({"farm.txt": FARM}), embeddings=embeddings).load()


def test_whom_the_writer_meets_speaks_the_quotation_after(farm) -> None:
    """ "Geoff Latham meets me at the gate." and "That evening I meet Nadia Brennan" name the "he"
    and the "she" who speak a few sentences on, and whose words open a sentence that does not
    close the quotation; "She says the alarm ..." is hers too."""
    lambs = farm.answer("What did the farmer say about the park blaming a dog? Quote him.")
    alarm = farm.answer("What did the former keeper say about the fence alarm? Quote her.")

    assert "[Latham] says" in sentence_with(lambs.text, "Nine lambs dead")
    assert "[Brennan:] “That alarm had been off" in alarm.text
    assert "[Brennan] says the fence alarm" in alarm.text


def test_a_quotation_whose_speaker_is_named_where_it_closes_is_theirs(farm) -> None:
    """ "“We have counted every animal twice." opens what "said Imogen Castell, the park's
    director" closes: it is hers, not the keeper's before it."""
    answer = farm.answer("What did the park's director say about counting the animals? Quote her.")
    assert "[Castell:] “We have counted every animal twice." in answer.text
    assert "[Brennan" not in sentence_with(answer.text, "counted every animal")


def test_whom_a_role_is_put_before_speaks_and_a_she_wrote_does_not_count_as_a_look(farm) -> None:
    """ "head teacher Bernadette Rooke closed the playground" names the "she" two sentences on;
    the vet named four sentences before her second quotation speaks it, for the "she wrote" in
    between goes on with her."""
    school = farm.answer("What did the head teacher say about the classes? Quote her.")
    storm = farm.answer("What did the vet warn the trustees about a storm? Quote her.")

    assert "[Rooke] said" in sentence_with(school.text, "every class was indoors")
    assert "[Dunstan:] “We are one storm away" in storm.text


QUAY = """Quay repairs to start in spring
Priya Mandal is the harbour master at Selby Quay.
"The wall has been moving for years. Then the storm took the last of the fill behind it. \\
Nobody will moor there until it is rebuilt."
The council has set aside £2m for the work.
"""


def test_every_sentence_of_a_quotation_in_straight_marks_says_who_speaks(indexed, embeddings):
    """Straight quotation marks cannot tell a quotation's later sentences from the text around
    them: each is given the speaker its first sentence is given."""
    assistant = Assistant(indexed({"quay.txt": QUAY}), embeddings=embeddings).load()
    answer = assistant.answer(
        "What did the harbour master say about mooring at the wall? Quote her."
    )
    assert "[Mandal:] Nobody will moor there until it is rebuilt." in answer.text


def test_the_subject_the_next_sentences_he_goes_on_with_speaks(farm) -> None:
    """ "Frank Heseltine keeps the old map by his door. He is 74, ..." names the "he" who speaks
    two sentences on; a lane that "it" goes on with is no speaker."""
    shaft = farm.answer("What did the retired surveyor say about the old shaft? Quote him.")
    lane = farm.answer("What was said about closing Stennet Lane until the fence is mended?")

    assert "[Heseltine] says" in sentence_with(shaft.text, "the old shaft")
    assert "[Lane]" not in lane.text and "[Stennet" not in lane.text


WORKSHOP = """Engine repair job advertised
The railway trust is looking for a boiler engineer to repair its only steam engine.
Neil Ashdown, the trust's chief mechanical engineer, said: “Fitting a new firebox is a job \
most boilersmiths see once or twice in a career. Whoever joins us will be working on a \
locomotive older than their grandparents, and we will give them the time to do it properly.”
Applications close at the end of May.
"""


def test_the_end_of_a_quotation_shown_without_its_start_says_who_speaks(indexed, embeddings):
    """A quotation's last sentence ("… to do it properly.”"), shown without the sentence that
    opens it and names its speaker, is given that speaker."""
    assistant = Assistant(indexed({"workshop.txt": WORKSHOP}), embeddings=embeddings).load()
    answer = assistant.answer("Will whoever joins be given time to work on the old locomotive?")
    assert not answer.abstained
    shown = sentence_with(answer.text, "Whoever joins")
    assert shown.startswith("[Ashdown:] Whoever joins us"), shown


HALL = """Village hall opens its doors to flood families
The village hall stayed open all night on Saturday for families moved out of Brook Row.
Ron Tillet, our caretaker, kept the boiler going until dawn. He said: “I have run this \
boiler through three winters, but never for a whole street at four in the morning.”
Joan Parry, who chairs the parish council, said:
"We knew the hall would be needed. The volunteers were there before we asked. Nobody was \
turned away.

"We will meet on Monday to thank every one of them."
"""


@pytest.fixture(scope="module")
def hall(indexed, embeddings) -> Assistant:
    return Assistant(indexed({"hall.txt": HALL}), embeddings=embeddings).load()


def test_a_he_goes_on_with_the_subject_past_the_words_put_after_its_name(hall) -> None:
    """ "Ron Tillet, our caretaker, kept the boiler going ... He said: “…”": the "he" who
    speaks is the subject, named before the words between commas that say who he is."""
    answer = hall.answer("How did the caretaker put it in his own words? Quote him.")
    assert "[Tillet] said" in sentence_with(answer.text, "a whole street"), answer.text


def test_a_quotation_whose_paragraph_is_left_open_for_the_next_is_shown_whole(hall) -> None:
    """A quotation over several paragraphs leaves each but the last open ("… turned away." then
    a paragraph opening with a mark): its first paragraph is shown whole, with its speaker."""
    answer = hall.answer("How did the head of the parish council describe the volunteers?")
    assert "[Parry:]" in sentence_with(answer.text, "Nobody was turned away"), answer.text


MARKET = """Market moves to the old cattle yard
Selby's Saturday market will move to the old cattle yard on Mill Road from next month, the town \
council said on Tuesday. The square will be dug up for a new drainage scheme that is expected to \
take most of the year. Stallholders were told of the move at a meeting in the town hall on \
Monday evening, and most of them have already signed up for pitches at the yard. The council \
says parking at the yard is free on market days and that a shuttle bus will run from the \
station every twenty minutes. Trade was brisk.
Dilys Garrow, a cheese seller, said: “I have stood in that square through snow. I will follow \
my customers to the yard, but I doubt half of them will follow me.”
The first market at the yard will be held on the first Saturday of next month.
"""


def test_a_quotation_cut_by_its_passage_is_shown_whole_from_the_next(indexed, embeddings):
    """The quotation opens in the last sentence of one passage and closes in the next passage,
    which the overlap of passages opens with its first sentence: asked for the words, the
    whole quotation is shown, cited to the passage that holds it."""
    assistant = Assistant(indexed({"market.txt": MARKET}), embeddings=embeddings).load()
    view = assistant.evidence.view
    opening = next(s for s in view.sentences if s.text.startswith("Dilys Garrow"))
    closing = view.sentences[view.sentences.index(opening) + 1]
    assert closing.passage_id != opening.passage_id  # the quotation is cut by its passage
    answer = assistant.answer(
        "What did the cheese seller say about following her customers to the yard? Quote her."
    )
    source = next(s for s in answer.sources if "half of them" in s.quote)
    assert "I have stood in that square" in source.text
    # retrieved alone, the passage that cuts the quotation gives way to the next one
    question = "What did the cheese seller say about following her customers? Quote her."
    cut = Retrieved(view.passages[opening.passage_id], 1.0, 1)
    vector = assistant.embeddings.embed_query(question)
    best = next(
        c
        for c in rank_candidates(assistant.evidence, question, np.asarray(vector), [cut])
        if c.sentence == opening
    )
    assert best.shown == (view.sentences.index(opening), view.sentences.index(closing))
    assert closing.text in best.retrieved.passage.text


YARD = """Boatyard workers walk out
Workers at the Selby boatyard walked out on Friday over plans to bring in robot welders.
Mair Pritchard, 52, has welded hulls at the yard for 30 years.
“I’ve given this yard my whole working life,” she said. “Now they want to swap me for a robot \
arm in a shed on the other side of the river, and they call that progress. I’m not against \
robots. I’m against being thrown on the scrapheap.”
The company said no jobs would be lost this year.
"""


def test_a_speakers_words_go_on_into_a_quotation_of_several_sentences(indexed, embeddings):
    """ "“…,” she said." then, in the same paragraph, a quotation of three sentences, the first
    too long to carry on by itself, that names no one: asked for her words, they go on to the
    quotation's end."""
    assistant = Assistant(indexed({"yard.txt": YARD}), embeddings=embeddings).load()
    answer = assistant.answer("Quote what the welder said about working at the yard.")
    assert "I’ve given this yard" in answer.text
    assert "I’m against being thrown on the scrapheap.”" in answer.text, answer.text


TOLD = """Mayor defends bypass vote

The town council voted for the bypass on Monday after a four-hour debate.

Despite Marla Quint’s name as a hard-line mayor, she told Dan Ives of the Courier that she does \
not think of herself as stubborn. “I listen to everyone, and then I decide. Is that stubborn? \
Never.”
"""


def test_whom_someone_told_is_not_who_speaks(indexed, embeddings) -> None:
    """ "she told Dan Ives that ..." names the listener, not the speaker: the "she" of "Despite
    Marla Quint’s name ..., she told" is Quint, and the bare quotation after it is hers."""
    assistant = Assistant(indexed({"vote.txt": TOLD}), embeddings=embeddings).load()
    answer = assistant.answer("What did the mayor say about being stubborn? Quote her words.")
    assert "I listen to everyone" in answer.text
    assert "[Ives" not in answer.text
    assert "[Quint:] “I listen to everyone" in answer.text or "Marla Quint" in answer.text


def label_alone(indexed, embeddings, page: str, start: str) -> str:
    """The sentence of the page that begins with ``start``, as shown alone: with the speaker the
    sentences before it name, if any."""
    evidence = Assistant(indexed({"page.txt": page}), embeddings=embeddings).load().evidence
    row = next(i for i, s in enumerate(evidence.view.sentences) if s.text.startswith(start))
    return named_pronoun(evidence, row, evidence.view.sentences[row].text, alone=True)[0]


def test_letters_after_a_name_are_not_its_surname(indexed, embeddings) -> None:
    """A later sentence of "Rachel Penhallow MP said: “…" is labelled with her surname, not
    with "MP"."""
    page = (
        "Bridge to stay shut until autumn\n\n"
        "The Halloway Bridge will stay shut to lorries until the autumn, the council said.\n\n"
        "Rachel Penhallow MP said: “Families in Stanmoor have written to me every day. "
        "I will not let this bridge become another repair that is always promised.”\n"
    )
    labelled = label_alone(indexed, embeddings, page, "I will not let")
    assert labelled.startswith("[Penhallow:] I will not let")


def test_a_surname_alone_opening_the_sentence_before_speaks_after_his(indexed, embeddings) -> None:
    """ "Heseltine is careful ... His point is simpler. “…”": the quotation is Heseltine's, named
    in full earlier, not the water company's, which spoke before him."""
    page = (
        "The shaft under Foundry Street\n\n"
        "Frank Heseltine keeps an old mining map by his door.\n\n"
        "Halsdale Water said the main broke because the ground fell away.\n\n"
        "Heseltine is careful not to take sides on the water. His point is simpler. “If the shaft "
        "is where the register says, the council can say nobody knew. I told them.”\n"
    )
    labelled = label_alone(indexed, embeddings, page, "“If the")
    assert labelled.startswith("[Heseltine:] “If the shaft")


def test_a_name_put_after_what_the_person_is_speaks_after_he(indexed, embeddings) -> None:
    """ "Our site manager, Dennis Pellow, arrived ... He said: “…”": the quotation is Pellow's."""
    page = (
        "Hall roof falls in at Fennick Lane\n\n"
        "The council said the building was empty when the roof came down.\n\n"
        "Our site manager, Dennis Pellow, arrived to open up at 6.10am and found the roof had "
        "fallen in. He said: “It looked as if a giant had sat on it.” He rang the fire service.\n"
    )
    labelled = label_alone(indexed, embeddings, page, "He said:")
    assert labelled.startswith("[Pellow] said: “It looked")
