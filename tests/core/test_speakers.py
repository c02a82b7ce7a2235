"""Whether someone speaks is answered by the session that lists them."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import KnowledgeBase
from bot.core.speakers import speakers_asked, speaking_session
from tests.core.conftest import FRI, THU, at, session


def _answered_by(index: MatchIndex, question: str, session: str) -> None:
    """The bot answers the question with that session's card."""
    result = answer(index, question, at(THU, 9, 0))
    assert result.answered
    assert result.item_id == session


@pytest.mark.parametrize(
    ("question", "session"),
    [
        ("is Guterres speaking?", "opening"),
        ("when does Voronkov speak", "closing"),
        ("will voronkov be speaking on friday", "closing"),
        # A title before the name; chairing is speaking there too.
        ("When does Mr Voronkov speak?", "closing"),
        ("which session does Guterres chair", "opening"),
        # A countdown to when they speak.
        ("how long till guterres speaks??", "opening"),
        ("how many hours until Voronkov speaks?", "closing"),
        # The time left of the speech on now (seen time14).
        ("is Guterres still speaking? how much longer", "opening"),
        # A title one list gives whole, and another inside a longer one (seen v6, v7).
        ("When does the SG speak?", "opening"),
        ("is the Secretary-General speaking on thursday?", "opening"),
        ("is the USG speaking?", "closing"),
        # Giving a speech, making a statement is speaking (seen v20, v21).
        ("Is the Secretary-General giving a speech?", "opening"),
        ("is Voronkov making a statement on friday?", "closing"),
        # The session named too, when it is theirs.
        ("Is Guterres speaking at the opening?", "opening"),
        ("is voronkov actually speaking at the closing session?", "closing"),
    ],
)
def test_a_speaker_named_in_one_sessions_list_gets_that_session(
    index: MatchIndex, question: str, session: str
) -> None:
    assert speaking_session(index, question) == session
    _answered_by(index, question, session)


@pytest.mark.parametrize(
    "question",
    [
        "what languages does Voronkov speak",  # more than whether he speaks
        "can my minister speak at the closing",  # the asker's own: a procedure
        "is the Under-Secretary-General and the Secretary-General speaking",  # two lists
        "is the president of the general assembly speaking",  # in no list
        "where is Voronkov",  # not about speaking
        "how long does Voronkov speak?",  # how long he speaks, which no card says
        "how can Guterres be asked to speak?",  # a procedure
        "can my minister make a statement at the closing?",  # the asker's own
        "is Voronkov giving out the badges?",  # giving something else
        "is Guterres speaking at the closing?",  # a session whose list is not his
    ],
)
def test_no_session_for_other_questions_about_speakers(index: MatchIndex, question: str) -> None:
    assert speaking_session(index, question) is None


@pytest.mark.parametrize(
    ("question", "session"),
    [
        ("who speaks at the closing?", "closing"),
        ("Who's speaking at the closing session?", "closing"),
        ("who are the speakers at the opening on thursday", "opening"),
        # Giving or delivering the remarks, a speech, an address is speaking.
        ("who gives the closing remarks?", "closing"),
        ("Who delivers the opening address on Thursday?", "opening"),
        ("Who gives the opening statement?", "opening"),
        # the remarks said by their place in the session
        ("who gives the welcome remarks at the opening?", "opening"),
        ("who delivers the concluding remarks at the closing session", "closing"),
        # presenting, speeches, panelists: the list of speakers says who
        ("Who is giving speeches at the opening?", "opening"),
        ("who is presenting at the closing?", "closing"),
        ("who are the panelists at the closing session", "closing"),
        # who opens or closes the conference speaks at its opening or closing (seen on
        # the shared-FAQ probe set)
        ("Who will officially open the conference?", "opening"),
        ("who is closing the conference?", "closing"),
    ],
)
def test_who_speaks_at_a_session_named_by_its_name_is_that_sessions_card(
    index: MatchIndex, question: str, session: str
) -> None:
    assert speakers_asked(index, question) == session
    _answered_by(index, question, session)


@pytest.mark.parametrize("question", [
    "who gives the final remarks on friday",
    "Who is giving the final remarks on Friday afternoon?",
])
def test_a_speech_word_stands_for_the_word_for_a_session_in_its_name(
    kb: KnowledgeBase, question: str,
) -> None:
    # Seen v27, v29, v30, read in the thirty-seventh session: the closing's alternate
    # is "final session", and "the final remarks" named nothing.
    sessions = tuple(dataclasses.replace(s, alternates=(*s.alternates, "final session"))
                     if s.id == "closing" else s for s in kb.sessions)
    assert speakers_asked(MatchIndex.build(dataclasses.replace(kb, sessions=sessions)),
                          question) == "closing"


@pytest.mark.parametrize(
    "question",
    [
        "who speaks right after Mr Voronkov at the closing?",  # an order no list gives
        "who will speak on behalf of the European Union in Session II?",  # a delegation's
        "who chairs session 1?",  # a list of speakers need not say its chair
        "who speaks at the side event on youth?",  # a session without a list
        "who are the speakers?",  # no session named
        "who makes a statement at the closing?",  # delegations' statements: a procedure
        "who gives the badges out at the opening?",  # giving something else
    ],
)
def test_who_speaks_is_left_to_the_engine_when_the_card_cannot_say(
    index: MatchIndex, question: str
) -> None:
    assert speakers_asked(index, question) is None


def _with_two_bodies(kb: KnowledgeBase) -> MatchIndex:
    """Two plenaries whose speakers share a body's name: its chair in one, its executive
    directorate (an acronym the file spells out) in the other."""
    threat = session("plenary-threat", "Plenary: the evolving threat", THU, "11:30", "13:00",
                     "ga-hall", speakers=(
                         "Executive Director, Counter-Terrorism Committee Executive "
                         "Directorate (CTED)",))
    fighters = session("plenary-ftf", "Plenary: foreign fighters", FRI, "10:00", "11:30",
                       "ga-hall", speakers=(
                           "Chair of the Security Council Counter-Terrorism Committee",))
    return MatchIndex.build(dataclasses.replace(kb, sessions=(*kb.sessions, threat, fighters)))


@pytest.mark.parametrize(("question", "session_id"), [
    # The file spells CTED out: its concept token is no word of a speakers' list (seen dev).
    ("is CTED speaking at some point", "plenary-threat"),
    # "CTC" names both lists' committee; "chair" says which (seen dev).
    ("will the CTC chair speak", "plenary-ftf"),
    ("is the CTC chair speaking?", "plenary-ftf"),
])
def test_a_body_named_in_two_lists_is_told_apart_by_its_acronym_or_role(
    kb: KnowledgeBase, question: str, session_id: str,
) -> None:
    assert speaking_session(_with_two_bodies(kb), question) == session_id


def test_a_body_in_two_lists_without_a_role_that_tells_them_apart_names_neither(
    kb: KnowledgeBase,
) -> None:
    question = "is the counter-terrorism committee speaking?"
    assert speaking_session(_with_two_bodies(kb), question) is None
