"""Each named veto, with its own table of cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core import facts, vetoes
from bot.core.answering import answer
from bot.core.facts import Fact, asked, asks_amount
from bot.core.features import Candidate
from bot.core.matching import MatchIndex
from bot.core.person_names import text_names_someone
from bot.core.text import fold, stem
from bot.wiring import load_faq
from tests.core.conftest import KB

BUNDLED = Path(__file__).resolve().parents[2] / "faq" / "conference.yaml"
FIXED_NOW = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)  # far from the conference


def _said(text: str) -> str:
    return fold(text)


# -- ambiguous ---------------------------------------------------------------------


def _candidate(item_id: str, relevance: float, related: frozenset[str] = frozenset()) -> Candidate:
    return Candidate(item_id=item_id, title=item_id, related=related or frozenset({item_id}),
                     features={}, relevance=relevance)


@pytest.mark.parametrize(
    ("top", "others", "vetoed"),
    [
        (0.80, [0.79], True),  # a coin toss
        (0.80, [0.60], False),  # a clear lead
        (0.80, [], False),  # no rival at all
    ],
)
def test_two_unrelated_candidates_that_fit_equally_are_ambiguous(
    top: float, others: list[float], vetoed: bool
) -> None:
    rivals = [_candidate(f"other-{n}", r) for n, r in enumerate(others)]
    assert (vetoes.ambiguous(_candidate("best", top), rivals) is not None) is vetoed


def test_a_related_candidate_is_never_a_rival() -> None:
    session = _candidate("session-2", 0.8, frozenset({"session-2", "theme-ftf"}))
    theme = _candidate("theme-ftf", 0.8, frozenset({"theme-ftf", "session-2"}))
    assert vetoes.ambiguous(session, [theme]) is None


# -- price_not_stated --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("how much is a taxi from JFK", "A taxi takes about an hour.", True),
        ("how much is a taxi from JFK", "A taxi costs about $52.", False),
        ("is there a registration fee", "Participation is free of charge.", False),
        ("do we have to pay for the shuttle", "The shuttle leaves every 20 minutes.", True),
        ("where do I get my badge", "At the Pass Office.", False),  # no price asked
        ("how much is the visa fee", "Unless you qualify for visa-free travel.", True),
        ("what does the lounge cost", "Feel free to use the lounge.", True),
        # free as in not taken is no price
        ("does booking a bilateral room cost anything", "Book a 30-minute slot; you may "
         "book a second slot if the room is free.", True),
        ("how much do the lockers cost", "Take any locker when one becomes free.", True),
        ("is the wifi free", "The wifi is free; ask at the desk if the password is lost.",
         False),
        ("is the lounge free", "The lounge is free for participants.", False),
    ],
)
def test_a_price_asked_of_an_entry_that_states_none_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.price_not_stated(asked(question), _said(entry)) is not None) is vetoed


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        # Who pays, or that one pays, is no amount.
        ("how much is the DSA per day", "Funded participants receive a DSA at the UN rate; "
         "everyone else attends at their own cost.", True),
        ("how much does lunch cost", "Lunch is at your own cost.", True),
        ("how much is a taxi from JFK", "A taxi costs about $52.", False),
        ("how much is the shuttle", "The shuttle is free of charge.", False),
        ("how much is the badge", "There is no fee for badges.", False),
        # Whether there is a fee at all: a fee named answers it.
        ("is there a fee for the lockers", "A small fee is charged for lockers.", False),
        # Whether there is a discount: "no negotiated rate" says there is none, which is
        # no sum for how much.
        ("any hotel discount for participants?", "There is no official conference hotel "
         "and no negotiated rate.", False),
        ("is there a discount on the ferry", "There is no discount.", False),
        ("how much is the hotel per night", "There is no negotiated rate.", True),
        ("is there a discount on the ferry", "The ferry leaves every hour.", True),
    ],
)
def test_how_much_is_answered_only_by_a_sum_or_by_free(
    question: str, entry: str, vetoed: bool
) -> None:
    folded = fold(question)
    stopped = vetoes.price_not_stated(asked(question), _said(entry),
                                      amount=asks_amount(folded))
    assert (stopped is not None) is vetoed


_TRAVEL = ("From JFK a taxi takes 30 to 60 minutes (flat fare of $52 plus tolls); from "
           "Newark take the train to Penn Station and then the subway. Allow extra time.")


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        # the clause naming the train states no fare: the taxi's "$52" is not its price
        ("how much is the train ticket from Newark to Penn Station", _TRAVEL, True),
        ("what does the train from newark cost", _TRAVEL, True),
        # the clause naming the taxi states its fare
        ("how much is a taxi from JFK", _TRAVEL, False),
        # the price in the sentence after the one naming the thing ("it costs")
        ("how much is the shuttle", "A shuttle runs from the hotel. It costs $5 a ride.",
         False),
        # nothing in the entry names the thing asked: the whole entry counts
        ("how much is it", "Tickets are $5.", False),
        # the sentence after, about another thing, does not price it (read on the
        # Jakarta file: the shuttle's "free" priced the hotels' rate)
        ("how much per night is the UN rate at Hotel Ambara",
         "Partner hotels offer a discounted rate until 30 September: Hotel Ambara, 5 "
         "minutes' walk. The free morning shuttle runs from all three.", True),
        # any clause naming what is asked, not only the one naming the most of it
        ("if I take a taxi from the airport late at night is it more expensive",
         "The taxis at the airport exit use a meter. Ride-hailing apps also work. The "
         "ride costs around $12 by day, more at night.", False),
    ],
)
def test_only_the_sentences_on_the_thing_asked_state_its_price(
    question: str, entry: str, vetoed: bool
) -> None:
    found = vetoes.price_not_stated(asked(question), _said(entry),
                                    amount=asks_amount(fold(question)), question=question)
    assert (found is not None) is vetoed


_REIMBURSEMENT = ("Sponsored participants' tickets are bought by UNOCT. Self-funded "
                  "participants are not reimbursed.")


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        # Seen on a probe set: whether one is reimbursed is answered by an entry saying
        # who is, without a sum.
        ("I paid my own ticket, does UNOCT reimburse me?", _REIMBURSEMENT, False),
        ("Will I be reimbursed for the taxi?", "Taxis are reimbursed against receipts.",
         False),
        # how much still needs a sum; and an entry silent on reimbursement answers none
        ("how much will UNOCT reimburse for my ticket?", _REIMBURSEMENT, True),
        ("does UNOCT reimburse me?", "Tickets are bought by UNOCT.", True),
    ],
)
def test_whether_one_is_reimbursed_is_answered_by_who_is(
    question: str, entry: str, vetoed: bool
) -> None:
    found = vetoes.price_not_stated(asked(question), _said(entry),
                                    amount=asks_amount(fold(question)), question=question)
    assert (found is not None) is vetoed


_FARES = ("From JFK or LaGuardia a taxi takes 30 to 60 minutes (flat fare of $52 plus "
          "tolls from JFK). From Newark take NJ Transit, then a taxi.")


@pytest.mark.parametrize(
    ("question", "whole", "vetoed"),
    [
        # the one price stated is said of JFK
        ("how much is a taxi from LaGuardia?", None, True),
        ("How much is a taxi from Newark airport to the UN?", None, True),
        ("how much is the taxi from JFK?", None, False),
        # the story before the sentence that asks names the thing priced
        ("The taxi is very expensive?", "From JFK airport to the UN? The taxi is very "
         "expensive?", False),
        # nothing the question names is in the entry: the price stated stands
        ("how much is a cab?", None, False),
    ],
)
def test_a_price_stated_of_another_thing_than_asked_answers_no_price(
    question: str, whole: str | None, vetoed: bool
) -> None:
    found = vetoes.price_not_stated(asked(question), _said(_FARES),
                                    amount=asks_amount(fold(question)), question=question,
                                    whole=whole)
    assert (found is not None) is vetoed


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        # the fare named is the entry's word, but its price is said of JFK only
        ("what's the taxi fare from LaGuardia?", _FARES, True),
        ("What's the taxi fare from LaGuardia to the UN roughly", _FARES, True),
        ("what is the taxi fare from JFK?", _FARES, False),
        # the word echoed answers whether there is one: "no fee"
        ("is there a fee for the shuttle?", "The shuttle is free: there is no fee.", False),
        ("is there a fee?", "Registration carries no fee.", False),
    ],
)
def test_a_price_named_in_the_entry_s_own_word_is_still_the_thing_asked_s(
    question: str, entry: str, vetoed: bool
) -> None:
    echoed = bool(facts.echoed(facts.named(question), fold(entry)) & Fact.PRICE)
    found = vetoes.price_not_stated(asked(question), _said(entry),
                                    amount=asks_amount(fold(question)), question=question,
                                    echoed=echoed)
    assert (found is not None) is vetoed


def _synonyms(word: str) -> frozenset[str]:
    """As ``MatchIndex.forms`` gives them for the fares entry: the word's stem, and the
    subway's for the metro (the lexicon's group of public transport)."""
    return frozenset({stem(word), *({"subway", "bus"} if word == "metro" else ())})


@pytest.mark.parametrize(
    ("question", "vetoed"),
    [
        # the metro is the entry's subway, which it prices nowhere
        ("how much does the metro cost?", True),
        # the taxi is priced, as asked
        ("how much is the taxi from JFK?", False),
    ],
)
def test_a_thing_asked_in_other_words_is_still_found_unpriced(question: str,
                                                              vetoed: bool) -> None:
    entry = _FARES + " Subway: Grand Central station, then walk 10 minutes. Bus: the M15."
    found = vetoes.price_not_stated(asked(question), _said(entry),
                                    amount=asks_amount(fold(question)), question=question,
                                    forms=_synonyms)
    assert (found is not None) is vetoed


# -- names_not_stated ------------------------------------------------------------

_GENERIC = ("Survivors of terrorist attacks", "Civil society and youth representatives")
_NAMED = ("Ms. Nadia Belhaj, Ministry of Justice", "Civil society representatives")


@pytest.mark.parametrize(
    ("question", "speakers", "description", "vetoed"),
    [
        # Seen on dev2 and a probe set: names asked of a card that lists only kinds.
        ("What are the names of the survivors speaking at the side event?", _GENERIC, "",
         True),
        ("who exactly is moderating session 1, name please", _GENERIC, "", True),
        ("Names of the youth representatives speaking in breakout B?", (), "", True),
        # a speaker named, in the list or by title in the description
        ("What are the names of the panellists?", _NAMED, "", False),
        ("names of the speakers?", _GENERIC, "Moderated by Dr. Amina Yusuf.", False),
        # no names asked, or the name of a thing
        ("who is speaking at breakout B?", _GENERIC, "", False),
        ("what's the name of the side event on youth?", _GENERIC, "", False),
        # who holds an office the card lists without a person
        ("Who is the President of the General Assembly who speaks at the opening?",
         ("António Guterres, Secretary-General", "President of the General Assembly"), "",
         True),
        ("who's the UNHCR person on the session 3 panel",
         ("UNHCR representative", "Ms. Nadia Belhaj, Ministry of Justice"), "", True),
        ("who is the secretary-general speaking at the opening",
         ("António Guterres, Secretary-General",), "", False),
    ],
)
def test_names_asked_of_a_session_that_lists_only_kinds_of_people_are_vetoed(
    question: str, speakers: tuple[str, ...], description: str, vetoed: bool
) -> None:
    found = vetoes.names_not_stated(question, speakers, description)
    assert (found is not None) is vetoed


# -- other_time --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("is the cloakroom open on saturday", "Open on both conference days.", True),
        ("is the cloakroom open on saturday", "Closed on Saturday and Sunday.", False),
        # the weekend is days the conference does not hold
        ("is the meditation room open on the weekend as well", "Open 08:00-18:30.", True),
        ("does the bus run on weekends", "The M42 stops on 42nd Street.", True),
        ("is the cloakroom open at the weekend", "Closed on Saturday and Sunday.", False),
        ("is the cloakroom open at the weekend", "Open weekdays and weekends.", False),
        ("is the cloakroom open on thursday", "Open on both conference days.", False),
        ("when is next year's conference", "The first conference of its kind.", True),
        ("what happened in 2016", "Adopted in 2006, reviewed every two years.", True),
        ("was it adopted in 2006", "Adopted in 2006, reviewed every two years.", False),
        ("may I bring a guest", "Guests are not admitted.", False),  # "may" the verb
        ("is it open on 3 may", "Open on both conference days.", True),
    ],
)
def test_a_day_month_or_year_outside_the_conference_that_the_entry_never_mentions(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.other_time(KB, question, _said(entry)) is not None) is vetoed


def test_the_weekend_is_no_other_time_for_a_conference_held_over_one() -> None:
    saturday = dt.date(2018, 6, 30)
    kb = replace(KB, conference=replace(KB.conference,
                                        dates=(*KB.conference.dates, saturday)))
    question, entry = "is the meditation room open on the weekend", "Open 08:00-18:30."
    assert vetoes.other_time(kb, question, _said(entry)) is None
    assert vetoes.other_time(KB, question, _said(entry)) is not None


# -- other_day ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "vetoed"),
    [
        # the session is on Thursday (KB: the conference runs Thursday and Friday)
        ("arriving only on Friday, can I still pick up my badge Friday morning?", True),
        ("what time does badge pick-up open on friday", True),
        ("what time does badge pick-up open on thursday", False),
        ("is badge pick-up on friday?", False),  # asks whether: the card says Thursday
        ("is badge pickup open on thursday or friday", False),
        ("what time does badge pick-up open", False),
    ],
)
def test_a_session_asked_about_on_another_day_of_the_conference(
    question: str, vetoed: bool
) -> None:
    thursday = min(KB.conference.dates)
    said = _said("Badge pick-up. Thursday 28 June, 08:00-10:00 at the Pass Office.")
    assert (vetoes.other_day(KB, question, said, thursday) is not None) is vetoed


@pytest.mark.parametrize(
    ("question", "named", "vetoed"),
    [
        ("what time should I arrive tomorrow", dt.date(2018, 6, 29), True),
        ("what time should I arrive tomorrow", dt.date(2018, 6, 28), False),  # the same day
        ("is the arrival tomorrow?", dt.date(2018, 6, 29), False),  # asks whether
    ],
)
def test_a_session_asked_about_on_a_day_named_relative_to_now(
    question: str, named: dt.date, vetoed: bool
) -> None:
    thursday = dt.date(2018, 6, 28)
    found = vetoes.other_day_named(question, named, thursday)
    assert (found is not None) is vetoed
    if found is not None:
        assert found.reason == "the question is about Friday, and the session is on Thursday"


def test_tomorrow_is_read_with_the_clock_the_decision_does_not_have() -> None:
    index = load_faq(BUNDLED, None).index
    thursday_afternoon = dt.datetime(2018, 6, 28, 17, 30, tzinfo=dt.UTC)
    wednesday = dt.datetime(2018, 6, 27, 19, 0, tzinfo=dt.UTC)
    question = "what time should I arrive tomorrow"
    later = answer(index, question, thursday_afternoon)
    assert not later.answered
    assert later.reason == "the question is about Friday, and the session is on Thursday"
    assert "arrival-day1" in {s.id for s in later.suggestions}
    assert answer(index, question, wednesday).item_id == "arrival-day1"
    assert answer(index, "what time should I arrive today", thursday_afternoon).item_id == (
        "arrival-day1")


# -- unknown_place and unknown_focus -----------------------------------------------


def _known(word: str) -> bool:
    return word in {"badge", "wifi", "hall", "lunch", "food", "jfk", "hotel", "airport"}


@pytest.mark.parametrize(
    ("question", "vetoed"),
    [
        ("where is the UN office in Geneva", True),
        ("how do I get there from Washington", True),
        ("can I get lunch in the hall", False),
        ("how do I get there from JFK", False),
    ],
)
def test_a_place_the_faq_never_mentions_is_vetoed(question: str, vetoed: bool) -> None:
    assert (vetoes.unknown_place(question, _known) is not None) is vetoed


def _term(words: str) -> bool:
    return words in {"side event"}


@pytest.mark.parametrize(
    ("question", "vetoed"),
    [
        ("who is speaking at the side event with survivors", False),
        ("who is speaking at the side meeting with survivors", True),
        ("is there wifi at the geneva hotel", True),
    ],
)
def test_a_place_the_faq_knows_as_one_term_with_the_next_word_is_no_unknown_place(
    question: str, vetoed: bool
) -> None:
    # The FAQ's "side event" is one term of its vocabulary: "side" alone is never said.
    assert (vetoes.unknown_place(question, _known, _term) is not None) is vetoed


@pytest.mark.parametrize(
    ("words", "one_term"),
    [("side event", True), ("geneva office", False), ("side", False), ("wifi password", False)],
)
def test_the_index_knows_two_words_as_one_term_only_where_its_vocabulary_joins_them(
    words: str, one_term: bool
) -> None:
    assert MatchIndex.build(KB).knows_term(words) is one_term


@pytest.mark.parametrize(
    "question",
    [
        "do I need to send my badge photo in advance",
        "is the hall full at the moment",
        "can I send questions to the hall in writing",
        "can I follow the hall debates from home",
        "is lunch served in the middle of the day",
    ],
)
def test_a_manner_or_a_time_after_in_at_or_from_is_not_a_place(question: str) -> None:
    # "in advance", "at the moment", "in person": no place the FAQ would have to name.
    assert vetoes.unknown_place(question, _known) is None


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("is there a gym near the UN", "gym"),
        ("can i bring my dog", "dog"),
        ("what nationality is Michele Coninsx", "nationality"),
        ("what's Voronkov's nationality", "nationality"),
        ("what's the weather tomorrow in NYC", "weather"),
        ("which hotel is the delegation staying at", "hotel"),
        ("is there wifi in the hall", "wifi"),
        ("what do I need to bring", None),
        ("how do I get there", None),
        ("what time does it start", None),
    ],
)
def test_the_focus_of_a_question_is_the_thing_after_its_opening(
    question: str, focus: str | None
) -> None:
    assert vetoes.focus_word(question) == focus


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("is there a session on cyber attacks", "attacks"),
        ("any panel about border biometrics?", "biometrics"),
        ("is there a side event dealing with hostage negotiation", "negotiation"),
        ("are there workshops focused on prison radicalisation", "radicalisation"),
        ("where is the talk regarding drones", "drones"),
        # nothing after the link word to stand for the subject: the noun stays the focus
        ("is there a session on the", "session"),
        ("is there a session tomorrow", "session"),
    ],
)
def test_a_part_of_the_programme_named_by_its_subject_is_about_the_subject(
    question: str, focus: str | None
) -> None:
    assert vetoes.focus_word(question) == focus


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("What's the name of the wifi network here", "network"),
        ("what is the name of the hotel nearby", "hotel"),
        # a person's name, or a thing that is not one that bears a name: the name is asked
        ("what is the name of the rapporteur", "name"),
        ("what is the name of the facilitator for group A?", "name"),
    ],
)
def test_the_name_of_a_thing_that_bears_one_is_about_the_thing(question: str, focus: str) -> None:
    # An entry saying the network "UN-CT2018" holds its name without the word "name".
    assert vetoes.focus_word(question) == focus


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("which bits can observers sit in on", None),
        ("any advice on where to stay?", None),
        ("whats the quickest way to get to the UN", None),
        ("what's the address of the badge office", None),
        ("any hotel recs near the UN", "hotel"),
        ("whats the name of the rapporteur", "name"),
        ("is there a place to leave a suitcase", None),
        ("any spot to charge a laptop", None),
        ("what's happening in the afternoon", None),
        ("what is planned after the closing", None),
        ("is there a sauna", "sauna"),
    ],
)
def test_a_vague_word_where_the_focus_would_be_names_no_focus(
    question: str, focus: str | None
) -> None:
    # "bits", "advice", "quickest", "address": a part, a judgement or an attribute the
    # fact kinds read; "place", "spot", "happening": where or what, not which thing; an
    # entry lacking that word misses nothing the question is about.
    assert vetoes.focus_word(question) == focus


def test_each_part_of_a_question_has_its_own_focus() -> None:
    assert vetoes.focus_words("any veggie food? also is there a gym") == ("food", "gym")


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("What is the overall motto or theme of the meeting?", ("motto", "theme")),
        ("is there a gym or a pool", ("gym", "pool")),
        ("wats the wifi pasword n is lunch included", ("pasword",)),
        # "or what" joins no noun phrase; "and" asks for both, the first the focus
        ("is there a gym or what", ("gym",)),
        ("is there a cloakroom and a prayer room", ("cloakroom",)),
    ],
)
def test_each_head_of_a_coordinated_phrase_is_a_focus(
    question: str, focus: tuple[str, ...]
) -> None:
    # An entry that holds the theme has what "the motto or theme" asks for.
    assert vetoes.focus_words(question) == focus


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("whats the local money called", "money"),
        ("wat is the hashtag 4 this conf", "hashtag"),
        ("can I use the delegates entrance rather than queuing", "entrance"),
        ("is there a workspace where accredited journalists can file", "workspace"),
        ("what's the simplest way to get from JFK to the UN", None),
        ("what's the big overarching idea of the two days", None),
        ("any hotel suggestions near the UN?", "hotel"),
        # a noun in -ed or -eed is no verb form
        ("what's the download speed on the wifi", "speed"),
    ],
)
def test_a_verb_form_a_digit_or_a_judgement_is_no_focus(
    question: str, focus: str | None
) -> None:
    # "called", "4" (for "for"), "rather", "simplest": the phrase's head is before them,
    # or there is none.
    assert vetoes.focus_word(question) == focus


@pytest.mark.parametrize(
    ("question", "vetoed"),
    [
        ("is there a gym near the UN", True),
        ("what nationality is the chair", True),
        ("is there wifi", False),
        ("any halal food?", False),
        ("how do I get there", False),  # no focus: nothing to veto
        ("is there a gym or a sauna", True),
        ("is there a gym or a hotel nearby", False),  # it knows the hotel
    ],
)
def test_a_question_about_a_thing_the_faq_never_uses_is_vetoed(
    question: str, vetoed: bool
) -> None:
    assert (vetoes.unknown_focus(question, _known) is not None) is vetoed


# -- own_place ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "said", "vetoed"),
    [
        ("what's the wifi password at my hotel", "Network UN-Guest, password on your badge.", True),
        ("is there parking near our mission", "The visitors' garage is on 42nd Street.", True),
        ("can I get breakfast at my hotel", "Hotels near the UN serve breakfast from 7.", False),
        ("I have a pass from our mission, do I need a badge", "Collect your badge.", False),
        ("where is the wifi password", "Network UN-Guest, password on your badge.", False),
        ("wifi in my hotel room?", "Network UN-Guest in every meeting room.", True),
        # what one wears or carries is no place
        ("can I come in my police uniform", "Business attire; national dress welcome.", False),
        ("can i bring a spray can in my handbag?", "Aerosols are not allowed.", False),
        ("where can I get a coffee while he is in his meetings?", "Coffee at the cafe.", False),
    ],
)
def test_a_place_of_the_asker_s_own_that_the_entry_never_mentions_is_vetoed(
    question: str, said: str, vetoed: bool
) -> None:
    assert (vetoes.own_place(question, _said(said)) is not None) is vetoed


@pytest.mark.parametrize(
    ("question", "venue", "vetoed"),
    [
        ("whats the wifi password at the hotel", frozenset({"un", "headquarters"}), True),
        ("is wifi free in the hotel?", frozenset({"un", "headquarters"}), True),
        # the venue is a hotel: "the hotel" is where the meeting is
        ("whats the wifi password at the hotel", frozenset({"hotel", "lagune"}), False),
        ("whats the wifi password at the venue", frozenset({"un", "headquarters"}), False),
        # the hotels where participants stay, however they are called
        ("what is the wifi network at the partner hotels", frozenset({"un"}), True),
        ("is there wifi in the recommended hotels?", frozenset({"un"}), True),
    ],
)
def test_the_hotel_is_the_askers_own_place_unless_the_venue_is_one(
    question: str, venue: frozenset[str], vetoed: bool
) -> None:
    said = _said("Network UN-Guest, password on your badge.")
    assert (vetoes.own_place(question, said, venue) is not None) is vetoed


# -- other_language -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "said", "vetoed"),
    [
        ("Is the concept note available in Arabic?", "The concept note is on the website.", True),
        ("can I get the programme in mandarin", "The programme is posted in English.", True),
        ("is there interpretation into Russian?", "Interpretation in the six official UN "
         "languages is provided.", False),
        ("is the programme in French", "The programme is available in English and French.",
         False),
        ("is the concept note online", "The concept note is on the website.", False),
        # Sign language, in any words: the six UN languages say nothing of it.
        ("is there sign language interpretation", "Interpretation in the six official UN "
         "languages is provided.", True),
        ("I'm the International Sign interpreter for our head of agency, where do I stand?",
         "Interpretation booths are above the hall.", True),
        ("can a signing interpreter join us", "Interpreters work from the booths.", True),
        ("is there sign language interpretation", "Sign language interpretation can be "
         "requested from the accessibility desk.", False),
        ("is there sign-language interpreting at the opening", "International Sign "
         "interpretation is provided at the opening.", False),
        ("where do I sign in for interpretation", "Interpreters sign in at the booths.", False),
    ],
)
def test_a_language_asked_for_that_the_entry_never_names_is_vetoed(
    question: str, said: str, vetoed: bool
) -> None:
    assert (vetoes.other_language(question, _said(said)) is not None) is vetoed


# -- a_task ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "vetoed"),
    [
        ("write me a 3 minute statement on border security for our minister", True),
        ("Can you translate our national statement into Spanish?", True),
        ("translate into french pls: we thank the organisers", True),
        ("put our head of agency on the speakers list for session 2, thx", True),
        ("pls add me to the mailing list", True),
        ("can I put my name on the speakers list?", False),
        ("how do I add our minister to the list of speakers", False),
        ("can you translate to arabic: welcome, colleagues", True),
        ("is there translation into arabic in the hall", False),
        ("pls draft a note verbale to the host country", True),
        ("could u summarise what the chair said this morning", True),
        ("hi, can you proofread my speech", True),
        ("is the statement translated into French?", False),
        ("can I write to the organisers about my badge", False),
        ("summarise the programme", False),  # the overview may be what is wanted
        ("where do I hand in my written statement", False),
        ("make me a powerpoint on drone threats", True),
        # a place kept on a list or a seat held: lists the bot does not keep
        ("Put me down for the victims side event on Thursday", True),
        ("put my deputy down as a speaker", True),
        ("save me a seat in the GA hall pls", True),
        ("can you hold us two seats for the opening", True),
        ("where do I put my coat down?", False),
        ("will they hold the reception outdoors?", False),
        ("book me a room at the Palm Hotel for 3 nights", True),
        ("tell me a joke about drones", True),
        ("please fill in the feedback form for me, 5 stars everywhere", True),
        ("can I book a room at the hotel", False),
        ("how do I book a table for us", False),  # how to, not "do it"
        ("can the organisers print my badge for me", False),
        ("who can tell me a story about the venue", False),
        ("summarise the programme for me", False),
        # registering the asker: the bot keeps no lists
        ("pls register me and my deputy for the digital evidence side event", True),
        ("can you sign us up for the youth event", True),
        ("could you enrol me in the Friday lunchtime panel", True),
        ("how do I register for the side events?", False),
        ("do I need to register me and my colleagues separately?", False),
        ("Please register my colleague for the victims side event.", True),
        ("how do I register my delegation?", False),
        # a translation asked of the bot
        ("How do you say 'thank you' in Arabic?", True),
        ("how do you say the name of the hall", False),
        # a message carried to someone else
        ("Can you email the concept note to my colleague at the ministry?", True),
        ("send an email to the secretariat for me saying I'll be late", True),
        ("Could you let the chair of Session I know that we will be late?", True),
        ("please tell the info desk that I lost my umbrella", True),
        ("can you send me the concept note", False),  # the bot may show it
        ("how do I send my statement to the secretariat?", False),
        ("can I email the organisers?", False),
        ("could you tell me where the info desk is", False),
        ("can you tell the way to the GA hall", False),
        ("let me know the wifi password", False),
        # the asker's own papers made or sent, a place on a list changed
        ("Can you print my badge and send it over to my hotel?", True),
        ("Send me my certificate of attendance by email right now please.", True),
        ("Can you book me on the 17:00 shuttle to the airport on Thursday please?", True),
        ("Please move me from breakout A to breakout B.", True),
        ("will you print our badges in advance?", False),  # what the organisers do
        ("will you send our invitation letters soon?", False),
        ("where do I print my boarding pass", False),
        ("can my assistant book me on the shuttle", False),
        # a record of the asker's changed: only the organisers can; asking how is not it
        ("Change my registration, I'm replacing my colleague Ana Ruiz", True),
        ("Change my hotel booking to Grand Cempaka, thanks", True),
        ("Update the email address on my registration to my new account please.", True),
        ("how do I change my registration?", False),
        ("can I change my registration?", False),
        ("change of venue?", False),
        # the bot's own tastes
        ("do you like ethiopian coffee", True),
        ("what's your favourite session", True),
        ("do you know where the wifi password is", False),
        ("do you have a list of participants", False),
    ],
)
def test_a_request_for_a_piece_of_work_is_not_answered_from_an_entry(
    message: str, vetoed: bool
) -> None:
    assert (vetoes.a_task(message) is not None) is vetoed


# -- contact_not_stated -----------------------------------------------------------------

_EMERGENCY = ("In an emergency, call the UN Security Control Centre at +1 212 555 0199. "
              "The nearest hospital is NYU Langone, 550 First Avenue.")
_DESK = ("The Conference Help Desk is in the General Assembly lobby. Phone: +1 212 555 "
         "0100, email helpdesk@example.org.")


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        # the number given is the security centre's, the hospital asked has none
        ("phone number for the NYU Langone emergency department?", _EMERGENCY, True),
        ("what's the email of NYU Langone?",
         _EMERGENCY + " Write to the UN Security team at security@example.org.", True),
        # the thing asked is the one whose number is given
        ("what's the UN Security phone number?", _EMERGENCY, False),
        # nothing named: the number stands
        ("what number do I call in an emergency?", _EMERGENCY, False),
        # the number's clause names nothing: it goes on about the desk
        ("phone number of the Help Desk?", _DESK, False),
        ("Help Desk email?", _DESK, False),
        # a place, not a number
        ("where is NYU Langone?", _EMERGENCY, False),
    ],
)
def test_a_number_asked_of_a_thing_is_not_answered_by_another_s(
    question: str, entry: str, vetoed: bool
) -> None:
    found = vetoes.contact_not_stated(asked(question), question, entry)
    assert (found is not None) is vetoed


# -- floor_not_stated -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("what floor is conference room 11 on", "Conference Building. Side events.", True),
        ("is Room 4 on the first or second floor", "Conference Building.", True),
        # "which floor of the building": still a floor asked (not "what level of")
        ("Which floor of the Conference Building is Conference Room 11 on?",
         "Conference Building. Side events.", True),
        ("what level of security is there", "Bags are screened.", False),
        ("which level is the media centre", "Next to the lobby of the GA building.", False),
        ("what floor is the prayer room", "On the second floor of the Secretariat.", False),
        ("how do I take the floor", "Ask the chair to speak.", False),  # to speak
        ("what level of access do NGOs get", "NGOs may attend open sessions.", False),
        ("i left my phone on the floor of the hall", "Ask at the lost-and-found desk.", False),
    ],
)
def test_a_floor_asked_of_an_entry_that_names_none_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.floor_not_stated(question, _said(entry)) is not None) is vetoed


# -- closing_not_stated -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("What time does the Pass and ID Office close on Wednesday?",
         "It is open from 08:00 on both conference days.", True),
        ("until what time is the cafe open", "The cafe on the first floor serves coffee.",
         True),
        ("how late is the cloakroom open", "Coats can be left at the cloakroom.", True),
        # another language's order, read word for word ("ferme à quelle heure")
        ("vienna coffee close what time?", "The Vienna Cafe serves coffee and snacks.", True),
        ("is session 3 closed, and when does it start", "Closed session, 10:00.", False),
        # the entry says when it closes or ends
        ("when does the cafe close", "Open 08:00-17:00 on both days.", False),
        ("until when is the quiet room open", "Open until the last session ends.", False),
        ("what time does the cloakroom close", "It closes 30 minutes after the last session.",
         False),
        # not a closing time: near, the closing session, an opening time
        ("is there a hotel close to the UN", "Hotels nearby are listed on the website.",
         False),
        ("when is the closing session", "Friday at 16:00 in the GA Hall.", False),
        ("when does the pass office open", "It is open from 08:00.", False),
        # the day asked: another day's range of hours is not its closing time
        ("What time does the Pass and ID Office close on Thursday?",
         "Opening hours: Monday to Wednesday, 09:00 to 16:00; Thursday and Friday, from "
         "07:30. Bring your passport.", True),
        ("what time does the pass office close on tuesday",
         "Opening hours: Monday to Wednesday, 09:00 to 16:00; Thursday and Friday, from "
         "07:30.", False),
        ("when does the desk close on thurs",
         "Thursday from 08:00 until the last session ends; Friday from 08:00.", False),
        ("until when is the cafe open on friday", "Open daily 08:00-17:00.", False),
    ],
)
def test_a_closing_time_asked_of_an_entry_that_states_none_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.closing_not_stated(question, _said(entry)) is not None) is vetoed


_FOOD = ("Lunch is not provided, but there is a two-hour break (13:00-15:00) on both days. "
         "You can buy coffee and snacks at the Vienna Café in the Conference Building. "
         "There are many cafés nearby, but you will need to go through security again.")


@pytest.mark.parametrize(
    ("question", "answer", "vetoed"),
    [
        # the café's sentences state no hours; the range is the lunch break's
        ("Until what time can I still get a coffee at the café?", _FOOD, True),
        ("how late is the vienna cafe open", _FOOD, True),
        # the sentences on the thing asked state its hours, or go on with "it"
        ("until what time is the lunch break", _FOOD, False),
        ("how late is the cafeteria open",
         "The cafeteria is on the ground floor. It is open 08:00-16:00.", False),
        # nothing in the answer names the thing asked: the whole entry counts
        ("until when is it open", "Open 09:00-17:00 in the main building.", False),
        # "through" says a closing only with a day or a time after it
        ("until when is the desk open", "The desk is open through Friday.", False),
        ("until when is the desk open",
         "The desk is in the lobby; go through security first.", True),
        # the sentences naming most of what is asked: the cart's, not the café's "coffee"
        ("coffee cart outside the hall: until what time",
         "The Vienna Café, open 08:00-17:00, sells coffee and snacks. A coffee cart is "
         "outside the hall in the mornings.", True),
        ("until what time does the vienna café sell coffee",
         "The Vienna Café, open 08:00-17:00, sells coffee and snacks. A coffee cart is "
         "outside the hall in the mornings.", False),
    ],
)
def test_only_the_sentences_on_the_thing_asked_say_when_it_closes(
    question: str, answer: str, vetoed: bool
) -> None:
    said = _said(f"Where can I eat? food coffee cafe {answer}")
    found = vetoes.closing_not_stated(question, said, answer=_said(answer))
    assert (found is not None) is vetoed


# -- number_not_stated ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("which channel number is Spanish on the interpretation headset",
         "Choose your language on the channel selector at your seat.", True),
        ("what's the room number of the media centre", "Next to the GA Hall.", True),
        # the entry holds a number
        ("what number is the shuttle bus", "Shuttle line 2 leaves every 20 minutes.", False),
        # a phone number, a count: not this rule's
        ("what is the phone number of the help desk", "Ask at the desk in the lobby.", False),
        ("what is the number of participants", "Many delegations take part.", False),
        # a channel is a number on the receiver
        ("Which channel on the headset is French?",
         "Choose your language on the channel selector at your seat.", True),
        ("which channel is russian", "Channel 1 English, 2 French, 5 Russian.", False),
        ("is there a channel for Russian?",  # whether, not which
         "Choose your language on the channel selector at your seat.", False),
    ],
)
def test_a_number_asked_of_an_entry_that_states_none_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.number_not_stated(question, _said(entry)) is not None) is vetoed


# -- length_not_stated ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("How long has Michele Coninsx been Executive Director of CTED?",
         "Michele Coninsx is the Executive Director of CTED.", True),
        ("how long do the VIC tours take", "Tours of the VIC leave from the main lobby.",
         True),
        ("how long is a cab from JFK?", "From JFK a taxi takes 30 to 60 minutes.", False),
        ("how long is the walk from the hotel", "It is a 10-minute walk.", False),
        ("how long can I speak", "Keep interventions to about three minutes.", False),
        ("how long is the opening", "Opening session, 10:00-10:30, GA Hall.", False),
        ("how long does the screening take", "Allow half an hour for the screening.", False),
        # how long until: the programme's, from the moment asked
        ("how long until the demo starts", "Drone demonstration on the lawn.", False),
    ],
)
def test_a_length_of_time_asked_of_an_entry_that_states_none_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.length_not_stated(question, _said(entry)) is not None) is vetoed


# -- count_not_stated -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        # the entry's number counts something else (the people in one room)
        ("How many bilateral meeting rooms are there in total?",
         "Bilateral meeting rooms for 6-10 people are available on both days.", True),
        ("how many interpreters work in each booth", "Interpretation into the six "
         "official languages is provided in the General Assembly Hall.", True),
        # the entry counts it, in digits or in words, or by another name for it
        ("how many seats are there in Conference Room 6",
         "Conference Building. Side events (about 150 seats).", False),
        ("how many side events are there", "About twenty-five side events take place.",
         False),
        ("how many people are expected", "About 400 participants from 150 Member States.",
         False),
        ("how many civil society orgs are coming",
         "Some 60 international and regional organisations take part.", False),
        ("How many people fit in Conference Room 11?",
         "Conference Building. Side events (about 80 seats).", False),
        ("how many months validity does my passport need",
         "Passports must be valid for at least six months.", False),
        # what is counted comes before the asker's own words
        ("How many minutes our head of delegation can speak in the session?",
         "Please keep interventions short, about three minutes.", False),
        # not a count
        ("how much does a taxi cost", "Taxis wait on First Avenue.", False),
        # a date, a label or another sentence's number counts nothing asked
        ("How many journalists have been accredited so far?", "Apply by Monday 25 June. "
         "Approved journalists collect their media badge.", True),
        ("how many interpreters are working at the meeting", "Conference Room 1 has "
         "simultaneous interpretation in English and French.", True),
        ("how many delegates came last year", "On 28 June delegates meet in the hall.",
         True),
        # the plural of the phrase is what is counted, not the words before it
        ("How many civil society speakers are on the panel?",
         "Some 60 civil society organisations take part.", True),
        # people of a kind: the kind is counted, not everyone
        ("how many civil society people are invited",
         "About 250 participants: ministers, heads of agencies and civil society.", True),
        ("how many civil society people are invited",
         "About 250 participants, among them 40 civil society representatives.", False),
    ],
)
def test_a_count_asked_of_an_entry_that_counts_something_else_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.count_not_stated(question, _said(entry)) is not None) is vetoed


# -- limit_not_stated -------------------------------------------------------------------

_SPEAKING = ("Please keep interventions short, about three minutes. Longer written "
             "statements can be sent in advance to statements@example.org.")


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        # a limit on a measure the entry never puts a number to
        ("is there a word limit for written statements", _SPEAKING, True),
        ("What is the maximum word count for our written statement?", _SPEAKING, True),
        ("max file size for the statement we email?", _SPEAKING, True),
        ("what's the page limit on submissions", _SPEAKING, True),
        ("What are the maximum dimensions for a bag at screening?",
         "Bags are screened at the visitors' entrance; large luggage is not allowed.", True),
        ("height limit in the garage? our van is tall",
         "The hotel has a garage for guests at USD 40 a night.", True),
        # the entry gives the measure a number, in digits or in words, or in its unit
        ("is there a word limit for written statements",
         "Written statements of up to 1,500 words can be sent in advance.", False),
        ("maximum file size for slides?", "Send slides by email (10 MB at most).", False),
        ("What is the maximum number of delegates per delegation?",
         "Each delegation may register up to five delegates.", False),
        ("is there a page limit", "Submissions should not exceed ten pages.", False),
        # a limit of time is left to the entries that state times; no measure limited
        ("is there a time limit for interventions", _SPEAKING, False),
        ("Is there a speaking time limit?", _SPEAKING, False),
        ("which parts are off limits to outsiders", _SPEAKING, False),
        # not a limit asked: a count of votes, an allowance of money or luggage, a cap
        ("what was the final vote count", _SPEAKING, False),
        ("what is the daily allowance for sponsored participants", _SPEAKING, False),
        ("where can I buy a Yankees cap", _SPEAKING, False),
        ("my English is limited, is there interpretation", _SPEAKING, False),
        ("is it a 10 min walk from the hotel", "Walk north along First Avenue.", False),
    ],
)
def test_a_limit_asked_of_a_measure_the_entry_gives_no_number_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.limit_not_stated(question, _said(entry)) is not None) is vetoed


# -- membership_not_stated --------------------------------------------------------------

_ATTENDANCE = "In total, 150 Member States and some 60 organisations are taking part."


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        # the Organization's own size, asked of an entry that counts who takes part
        ("How many Member States does the UN have in total?", _ATTENDANCE, True),
        ("how many countries are members of the UN", _ATTENDANCE, True),
        ("how many countries are in the united nations altogether", _ATTENDANCE, True),
        ("How many nations make up the UN?", _ATTENDANCE, True),
        # how many take part in this meeting
        ("how many UN member states are attending", _ATTENDANCE, False),
        ("how many member states does the UN have at the conference", _ATTENDANCE, False),
        ("how many member states are taking part", _ATTENDANCE, False),
        ("How many Member States are represented here?", _ATTENDANCE, False),
        # the entry says how many members the UN has
        ("How many Member States does the UN have?",
         "The United Nations has 193 Member States; 150 of them take part.", False),
        # not a count
        ("which members of the UN are coming", _ATTENDANCE, False),
    ],
)
def test_the_uns_own_membership_asked_of_an_entry_that_counts_participants_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.membership_not_stated(question, _said(entry)) is not None) is vetoed


# -- deputy_not_named -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("who is the deputy executive director of CTED",
         "CTED: its Executive Director, Michele Coninsx, chairs Session I.", True),
        ("Who is the deputy head of UNOCT?",
         "UNOCT is headed by Under-Secretary-General Vladimir Voronkov.", True),
        ("who's the acting director of the centre", "The Centre's director is Jehangir "
         "Khan.", True),
        ("who is the vice-chair of session 2", "Chaired by Kenya, vice-chair Norway.", False),
        ("who co-chairs the side event", "Co-chaired by Norway and Kenya.", False),
        ("who is the head of UNOCT", "UNOCT is headed by Vladimir Voronkov.", False),
        ("can my deputy head of delegation speak", "Heads of delegation speak.", False),
    ],
)
def test_a_deputy_asked_of_an_entry_that_names_only_the_head_is_vetoed(
    question: str, entry: str, vetoed: bool,
) -> None:
    assert (vetoes.deputy_not_named(question, _said(entry)) is not None) is vetoed


# -- person_not_named -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("who is the UN photographer",
         "Filming is reserved for accredited media and the UN photographer. Official "
         "photos are posted on the Flickr account.", True),
        ("who is the DJ at the cultural evening",
         "Our big night: a dinner buffet, then Gnawa music, slam poetry and a DJ.", True),
        ("what's the name of the doctor on call",
         "A doctor is on call at the Plenary Hall during the sessions.", True),
        ("who is the USG of UNOCT, the actual name please",
         "The meeting is organised by the UN Office of Counter-Terrorism (UNOCT).", True),
        ("who's the head of the Nigerian delegation",
         "Each delegation sends its list of members to the Secretariat.", True),
        # the entry names someone: it may be the one asked
        ("Who's the head of UNOCT?",
         "UNOCT is headed by Under-Secretary-General Vladimir Voronkov.", False),
        ("who is the head of UNOCT", "Under-Secretary-General Voronkov heads UNOCT.", False),
        ("who is the photographer", "Photos by Ms. Anna Lind, UN Photo.", False),
        ("who is the spokesperson", "Questions to Farhan Haq, deputy spokesperson.", False),
        # not a person's office: an address or a body answers it
        ("who is the contact for visas", "Write to visa@example.org.", False),
        ("who is the organiser", "The meeting is organised by UNOCT.", False),
        # not "who is the ..."
        ("is there a photographer at the reception", "The UN photographer is there.", False),
    ],
)
def test_who_holds_an_office_asked_of_an_entry_that_names_no_one_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    veto = vetoes.person_not_named(question, text_names_someone(entry))
    assert (veto is not None) is vetoed


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("headed by Under-Secretary-General Vladimir Voronkov", True),
        ("Under-Secretary-General Voronkov speaks", True),
        ("Michele Coninsx chairs Session I", True),
        ("Contact Ms. Lind at the desk", True),
        ("Speakers: Ana de la Cruz and others", True),
        ("Photos in the Plenary Hall, by the UN photographer, on UNODC's Flickr", False),
        ("Take the subway to Grand Central and walk east on 42nd Street", False),
        ("The Executive Director of CTED will speak on Thursday 28 June", False),
        ("the President of the General Assembly opens the Security Council Chamber", False),
    ],
)
def test_running_text_names_someone_by_two_capitalised_words_or_an_office_and_a_name(
    text: str, names: bool
) -> None:
    assert text_names_someone(text) is names


# -- party_not_named --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("is Facebook speaking at the tech side event?",
         "Speakers: representatives of internet and social media companies.", True),
        ("Is Facebook sending someone?", "Internet companies join breakout A.", True),
        ("will Interpol attend", "Heads of counter-terrorism agencies attend.", True),
        # the entry names it
        ("is INTERPOL presenting anything?", "Speakers: INTERPOL, UNODC.", False),
        ("is CTED speaking at some point", "CTED gives the global picture.", False),
        # not a party: the asker, a pronoun, a question of possibility
        ("is my deputy attending too", "Heads of agencies attend.", False),
        ("Is anything on the programme about terror funding?", "Side event.", False),
        ("Is possible to come inside with wheelchair?", "Accessible entrances.", False),
        ("is the minister coming", "Ministers are welcome.", False),
        # where a party stays: a list of hotels says nothing of one delegation's
        ("Which hotel is the French delegation staying at? I need to drop off papers.",
         "Recommended hotels near UN Headquarters: the Millennium and the Westin.", True),
        ("which hotel are the ministers staying at", "Hotels: the Millennium.", True),
        ("which hotel are the survivors staying at",
         "Survivors stay at the Millennium, with a shuttle.", False),
        ("which hotel should I stay at", "Hotels: the Millennium.", False),
        ("I'm with the Egyptian delegation, which hotel are we booked in?",
         "Hotels: the Millennium.", False),
        # what a named delegation holds or has: named by its country's word
        ("Is the Indian delegation holding a side event on cross-border terrorism?",
         "Side events are organised by Member States and UN entities.", True),
        ("does the canadian delegation have a bilateral room",
         "Bilateral meeting rooms can be booked at the information desk.", True),
        ("does the French delegation get interpretation?",
         "Interpretation in Arabic, Chinese, English, French, Russian and Spanish.", False),
        ("will Mr Voronkov hold a press briefing?", "Media: interviews on request.", False),
        # where a party's own office is: a language of the same name is not it
        ("where is the russian mission",
         "Interpretation in Arabic, Chinese, English, French, Russian and Spanish.", True),
        ("where is the French mission", "The French Mission is at 245 East 47th Street.",
         False),
    ],
)
def test_a_party_the_entry_never_names_is_vetoed_asked_if_it_takes_part_or_where_it_stays(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.party_not_named(question, _said(entry)) is not None) is vetoed


# -- role_not_named ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("who will chair session III on friday?",
         "Session III: preventing violent extremism, 10:00-13:00, GA Hall.", True),
        ("who is moderating breakout A", "Breakout A meets in Conference Room 4.", True),
        ("who's the rapporteur for breakout group B",
         "Breakout B is chaired by Kenya.", True),
        ("name of the chair of session 1", "Session I, 15:00-18:00.", True),
        # a chair, a moderator or a president runs a meeting alike
        ("who moderates session 1", "Session I is chaired by Michele Coninsx.", False),
        ("who chairs the closing", "The President of the General Assembly presides.", False),
        ("who is the rapporteur", "Rapporteurs report back in the last plenary.", False),
        ("is there wheelchair access to the chair's podium", "Step-free routes.", False),
        ("who is speaking at the opening", "The Secretary-General opens it.", False),
    ],
)
def test_a_role_asked_of_an_entry_that_never_speaks_of_it_is_vetoed(
    question: str, entry: str, vetoed: bool,
) -> None:
    assert (vetoes.role_not_named(question, _said(entry)) is not None) is vetoed


# -- opening_not_stated -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "states_a_time", "vetoed"),
    [
        ("what time does the Delegates' Cafeteria open for breakfast?", False, True),
        ("what are the opening hours of the vienna cafe?", False, True),
        ("when does the pass office open", False, True),
        ("when does the pass office open", True, False),
        ("till what time is the coat check open", False, False),  # closing_not_stated's
        ("when does the opening start", False, False),  # the session, not a door
        ("is the cafe open yet?", False, False),
        # a long name between the question word and "open" (seen on a probe set)
        ("What time does the coffee cart outside the GA Hall open?", False, True),
    ],
)
def test_an_opening_time_asked_of_an_entry_that_states_no_time_is_vetoed(
    question: str, states_a_time: bool, vetoed: bool,
) -> None:
    stopped = vetoes.opening_not_stated(question, states_a_time=states_a_time)
    assert (stopped is not None) is vetoed


_ROOMS = ("A quiet room for prayer is in the basement, open 08:00 to 18:30 on both days. "
          "The UN Meditation Room off the visitors' lobby is also open to participants.")


@pytest.mark.parametrize(
    ("question", "vetoed"),
    [
        # the sentence on the thing asked states no hours: another room's are not its
        ("when does the meditation room open", True),
        ("what time does the quiet room open", False),
        # nothing in the answer names the thing asked: the whole entry's time counts
        ("when does the library open", False),
    ],
)
def test_only_the_sentences_on_the_thing_asked_say_when_it_opens(
    question: str, vetoed: bool
) -> None:
    stopped = vetoes.opening_not_stated(question, states_a_time=True, answer=_said(_ROOMS))
    assert (stopped is not None) is vetoed


# -- date_not_stated --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "states_a_time", "vetoed"),
    [
        ("Until what date can we send a written statement?", False, True),
        ("what is the deadline for registering a delegation", False, True),
        ("what is the deadline for registering a delegation", True, False),
        ("On deadline here: do I need a separate media pass?", False, False),  # a reporter's
        ("how do I send a written statement", False, False),
    ],
)
def test_a_date_asked_of_an_entry_that_states_no_time_is_vetoed(
    question: str, states_a_time: bool, vetoed: bool,
) -> None:
    stopped = vetoes.date_not_stated(question, states_a_time=states_a_time)
    assert (stopped is not None) is vetoed


# -- kind_not_named ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("will the side events be recorded and put on UN Web TV later?",
         "The opening and the closing are webcast live on UN Web TV.", True),
        ("is the victims side event livestreamed",
         "A side event on victims of terrorism, in Conference Room 2.", True),
        ("are the breakouts interpreted", "Breakouts meet in Conference Rooms 4 and 5.", True),
        ("are side events interpreted or english only",
         "Side events are held in English only.", False),
        ("Will the side events be streamed on UN Web TV too?",
         "Side events are not webcast.", False),
        ("are the plenaries webcast", "The opening is webcast.", False),  # not a kind it reads
        ("where are the side events", "The opening is webcast.", False),
    ],
)
def test_whether_side_events_are_streamed_asked_of_an_entry_that_does_not_say_is_vetoed(
    question: str, entry: str, vetoed: bool,
) -> None:
    assert (vetoes.kind_not_named(question, _said(entry)) is not None) is vetoed


# -- other_meal -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("is there dinner on wednesday", "Lunch (Wednesday). Buffet.", True),
        ("will breakfast be served before the opening?",
         "Lunch and coffee breaks both days in the restaurant.", True),
        ("is supper provided", "A buffet lunch is served at 13:00.", True),
        ("is there dinner on wednesday", "Lunch on both days; a dinner on Wednesday at 19:00.",
         False),
        ("is lunch included", "Lunch and coffee breaks both days.", False),
        ("where do we eat", "Lunch is served in the restaurant.", False),  # no meal asked
        ("is there dinner", "Meals are provided on both days.", False),  # no meal named
    ],
)
def test_a_meal_asked_of_an_entry_that_speaks_only_of_other_meals_is_vetoed(
    question: str, entry: str, vetoed: bool,
) -> None:
    assert (vetoes.other_meal(question, _said(entry)) is not None) is vetoed


def test_dinner_asked_is_not_answered_by_the_days_lunch() -> None:
    index = load_faq(BUNDLED, None).index
    reply = answer(index, "is there dinner on thursday", FIXED_NOW)
    assert reply.item_id != "lunch-day1"
    assert answer(index, "is there lunch on thursday", FIXED_NOW).answered


# -- particular_not_named ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        # the kind asked of is spoken of only in general
        ("which tech company is on the panel in plenary 2",
         "A representative of a major tech company; a digital campaigner.", True),
        # a bracket that says the name is not known yet lists no one
        ("which airline is sending someone to session 2",
         "Speakers: Kevin Osei-Mensah; representative of a regional airline (tbc).", True),
        ("which airlines take part", "Two airlines (KLM, Copa) present their systems.", False),
        ("which twelve countries attend, exactly?",
         "Some 200 participants from 12 countries in the region.", True),
        ("Which airline will present in the second session?",
         "Airlines and border agencies on sharing passenger data.", True),
        ("which countries are taking part", "About 400 participants from 150 Member States.",
         True),  # another name for the same kind
        # the entry's own phrasing ("... the participants which countries ...") is no "the"
        ("which 13 countries are taking part exactly?",
         "Who are the participants? Which countries are invited? 250 participants from 13 "
         "States.", True),
        # any other thing, where the entry says only "a" one of it
        ("which film will be shown at the opening ceremony",
         "Opening with a short film made by young people.", True),
        ("which film will be shown", "The film 'Voices' is shown at the opening.", False),
        ("which room is the side event in", "Held in Conference Room 2.", False),
        ("which films are shown", "Films are shown in the lobby.", False),
        ("which sessions are streamed",
         "The opening and the closing are streamed; the other sessions are not.", False),
        # "who is the ..." asks for a particular one too
        ("who is the UNDP regional adviser speaking in plenary 1",
         "Maya Santoso, youth peacebuilder; a UNDP regional adviser.", True),
        ("who is the keynote speaker", "Speakers: Vladimir Voronkov, UNOCT.", False),
        # "the" of another noun, before a preposition, points at no company
        ("which internet companies are coming to the side event",
         "Organised with the participation of internet companies.", True),
        # the entry names them, or points at particular ones
        ("which twelve countries attend?",
         "Participants from 12 countries: Kenya, Uganda, Somalia and nine more.", False),
        ("which companies are speaking",
         "Speakers from companies such as Microsoft and Meta.", False),
        ("which airline flies there", "The airlines serving the city are listed below.", False),
        # the entry may name them without the word for their kind
        ("which countries are co-hosting it", "Hosted by Norway and Nigeria.", False),
        # not a party asked for
        ("which session covers hawala", "Session 5: informal value transfer systems.", False),
        ("in which place is the side event happening",
         "A side event in one place: Conference Room 6.", False),
        ("who is speaking", "A representative of a social media company.", False),
        # an "a" of the clause before is not the thing's ("an official invitation
        # letter: email visa@..." names the email)
        ("invitation letter, write to which email?",
         "UNOCT can provide an official invitation letter: email visa@example.org with "
         "your name.", False),
        ("which email do I write to", "Write to an email address we will send later.", True),
    ],
)
def test_which_party_asked_of_an_entry_that_names_none_in_particular_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.particular_not_named(question, _said(entry)) is not None) is vetoed


# -- organiser_not_named ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("Which Member States are organising the side event on digital evidence?",
         "Organised by Member States with UN entities. How investigators ...", True),
        ("which country is sponsoring the youth side event",
         "Organised by Member States with UN entities.", True),
        ("For my notes: which UN entity is co-organising it?",
         "Organised by Member States with UN entities.", True),
        # the entry names its organiser
        ("which UN office is organising the conference",
         "The conference is organised by the UN Office of Counter-Terrorism.", False),
        ("which countries are co-hosting the side event",
         "Organised by Member States with UN entities; hosted by Norway and Nigeria.", False),
        # not asking which one: who organises in general
        ("who organises the side events", "Organised by Member States with UN entities.",
         False),
    ],
)
def test_a_particular_organiser_asked_of_an_entry_that_names_none_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.organiser_not_named(question, _said(entry)) is not None) is vetoed


# -- refers_back ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "vetoed"),
    [
        ("and the second one?", True),
        ("same for friday?", True),
        ("what about tomorrow", True),
        ("ok and that one pls", True),
        ("and lunch?", False),  # names what it asks about
        ("what about the wifi password", False),
        ("so what about the second session", False),
        ("what about side events on friday", False),
        ("the second session starts when?", False),  # no follow-up opening
        ("ok the first one pls", True),  # picks from a list it was shown
        ("the last one", True),
        ("friday?", False),  # a question on its own
        ("first session?", False),
        # The question asked before, of another thing; the thing pointed at, as before.
        ("same for room 2?", True),
        ("and the same for the closing", True),
        ("ok and that one, is it closed too?", True),
        ("is the same badge valid on friday?", False),
        ("the same applies to me?", False),
    ],
)
def test_a_follow_up_that_only_points_back_is_not_answered_from_an_entry(
    message: str, vetoed: bool
) -> None:
    assert (vetoes.refers_back(message) is not None) is vetoed


# -- judgement_not_stated ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("which side event is better, the victims one or the internet one?",
         "Side event on the rights of victims, Conference Room 2.", True),
        ("is the youth side event worth going to", "Side event on engaging youth.", True),
        ("what do you recommend for dinner nearby", "The cafeteria is on the first floor.",
         True),
        ("best way to get to the UN from JFK", "The best way is a taxi or the AirTrain.",
         False),  # the entry itself judges
        ("is there a recommended hotel", "Recommended hotels near the UN: ...", False),
        # the entry's own phrasing offers recommendations
        ("any hotel you'd recommend close to the UN?",
         "hotel recommendations. Midtown East is within walking distance.", False),
        ("when does the side event on victims start", "Side event, 13:15.", False),
        ("what's the best way to get here from JFK", "Take a taxi or the AirTrain.", False),
        ("when is the best time to arrive? best regards", "Doors open at 8:00.", False),
        # which is the safest is a judgement too
        ("Which subway line is the most safe to use late in the evening?",
         "Subway: Grand Central-42nd Street station (4, 5, 6, 7 and S trains).", True),
        ("is it safer to take a taxi", "Take a taxi or the subway.", True),
        ("which route is safest", "The safest route is along First Avenue.", False),
    ],
)
def test_a_judgement_asked_of_an_entry_that_makes_none_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.judgement_not_stated(question, _said(entry)) is not None) is vetoed


def test_a_veto_says_its_name_and_why() -> None:
    found = vetoes.price_not_stated(Fact.PRICE, "nothing about money")
    assert found is not None
    assert found.name == "price_not_stated"
    assert "price" in found.reason


# -- other_edition -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        ("when is the second conference of this kind", "The first conference of its kind.", True),
        ("will there be a 3rd edition?", "The first conference of its kind.", True),
        ("where is the next regional forum going to be", "The forum meets in Vienna.", True),
        ("any upcoming workshops after this one", "The workshop runs two days.", True),
        ("when is the following ministerial", "Ministers speak on day one.", True),
        # a part of this gathering, not another one
        ("what's on the second day of the conference", "Day two: plenary.", False),
        ("when is the next session of the forum", "Sessions start at 10:00.", False),
        ("I sat in the 2nd row of the conference room", "Rooms are on level 2.", False),
        ("where is the next conference room along", "Rooms are on level 2.", False),
        # the entry speaks of that other edition itself
        ("when is the next conference", "The next conference is planned for 2020.", False),
        ("how do I register for the conference", "Register online.", False),
    ],
)
def test_another_edition_or_meeting_that_the_entry_never_mentions_is_vetoed(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.other_edition(question, _said(entry)) is not None) is vetoed


# -- one_of_many ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "top_is_session", "vetoed"),
    [
        ("r the plenaries streamed? thx", True, True),
        ("are all the side events open to journalists", True, True),
        ("will the breakouts be recorded", True, True),
        ("are the plenary sessions interpreted into Russian?", True, True),
        # one session named, or the kind asked for by a listing
        ("is the opening streamed", True, False),
        ("which sessions are about foreign fighters", True, False),
        ("when are the side events", True, False),
        # the best entry is not a session: it may speak of them all
        ("are the plenaries webcast", False, False),
    ],
)
def test_a_yes_no_question_about_a_whole_kind_of_session_is_not_one_sessions(
    question: str, top_is_session: bool, vetoed: bool
) -> None:
    assert (vetoes.one_of_many(question, top_is_session) is not None) is vetoed


# -- next_to_one ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "top_is_session", "vetoed"),
    [
        ("What's on after the money-laundering side event?", True, True),
        ("which item immediately precedes Session II?", True, True),
        ("After Session IV, is there anything else in the Hall?", True, True),
        ("what comes right before the closing?", True, True),
        ("after Session IV", True, True),
        # the session itself is asked about
        ("when is the foreign fighters session", True, False),
        ("is there interpretation in the closing session?", True, False),
        ("can I leave before the closing session ends?", True, False),
        ("anything on CFT / following the money?", True, False),
        # the best entry is not a session
        ("what should I bring before the opening?", False, False),
    ],
)
def test_a_question_about_what_comes_next_to_a_session_is_not_that_session(
    question: str, top_is_session: bool, vetoed: bool
) -> None:
    assert (vetoes.next_to_one(question, top_is_session) is not None) is vetoed


# -- subject_not_held -------------------------------------------------------------------

_SIDE_EVENTS_ENTRY = fold(
    "What are the side events? Side events are held at lunchtime in the Conference "
    "Building on both days, organised by Member States and UN entities.")
_YOUTH_CARD = fold("Side event: Engaging youth in preventing radicalization to violence")


@pytest.mark.parametrize(
    ("question", "said", "vetoed"),
    [
        ("Is there a side event on the Lake Chad Basin and Boko Haram? When?",
         _SIDE_EVENTS_ENTRY, True),
        ("Is there a side event on women and gender in counter-terrorism work? What time is it?",
         _SIDE_EVENTS_ENTRY, True),
        ("is there a hackathon on cyber threats somewhere during the conference? what time?",
         fold("New York is on Eastern Daylight Time (EDT)."), True),
        ("any panel about drones?", _YOUTH_CARD, True),
        # the entry names the subject, or spells it another way
        ("is there a side event on youth?", _YOUTH_CARD, False),
        ("is there a session on preventing radicalisation?", _YOUTH_CARD, False),
        # the plural of a word or acronym the entry uses, which the stemmer keeps whole
        ("what's the plenary on FTFs about?",
         fold("Plenary 3: the FTF plenary, on returnees and border security"), False),
        ("what's the plenary on FIUs about?",
         fold("Plenary 3: the FTF plenary, on returnees and border security"), True),
        # a time, not a subject
        ("is there a side event on Friday?", _SIDE_EVENTS_ENTRY, False),
        ("which session is on the first day?", _SIDE_EVENTS_ENTRY, False),
        ("the survivors event on thursday, what room", _YOUTH_CARD, False),
        ("When is the session on the theme of UN support?", _YOUTH_CARD, False),
        ("is the side event about to start? where is it", _YOUTH_CARD, False),
        # no event asked for
        ("can I get a badge on the day?", _SIDE_EVENTS_ENTRY, False),
    ],
)
def test_an_event_on_a_subject_the_entry_never_names_is_not_answered_by_it(
    question: str, said: str, vetoed: bool
) -> None:
    assert (vetoes.subject_not_held(question, said) is not None) is vetoed


# -- feature_not_named -------------------------------------------------------------------

_ROOMS_ENTRY = fold(
    "Are there rooms for bilateral meetings? Bilateral meeting rooms for 6-10 people are "
    "available near the General Assembly Hall; book a 30-minute slot at the desk."
)
_ACCESS_ENTRY = fold(
    "Is the venue accessible? The halls are step-free; a hearing loop and assistive "
    "listening headsets are available at the information desk."
)


_WEBCAST_ENTRY = fold(
    "Is the conference webcast? The opening and the plenaries are streamed live on UN Web "
    "TV, and the recordings can be replayed there afterwards."
)


_forms = MatchIndex.build(KB).forms


@pytest.mark.parametrize(
    ("question", "entry", "vetoed"),
    [
        # what the thing has is never named
        ("do the bilateral rooms have a screen or projector for slides", _ROOMS_ENTRY, True),
        ("Do the bilateral rooms come with interpreters?", _ROOMS_ENTRY, True),
        ("does the conference have its own mobile app", _ROOMS_ENTRY, True),
        # a longer thing, and a word named beside the head that is not (seen v53, v25:
        # the webcast entry says "live", never captions)
        ("Will the UN Web TV stream of the opening have live captions?", _WEBCAST_ENTRY,
         True),
        ("will the web tv stream have a replay afterwards", _WEBCAST_ENTRY, False),
        # a word of it is named, or one of the same meaning
        ("does the hall have a hearing loop", _ACCESS_ENTRY, False),
        ("do the meeting rooms have assistive listening?", _ACCESS_ENTRY, False),
        ("does the hall have headphones", _ACCESS_ENTRY, False),  # headsets
        # no thing of its own asked about, or no "have" of a thing
        ("do we have to book the rooms?", _ROOMS_ENTRY, False),
        ("which languages will the hall have and how do delegates pick one", _ROOMS_ENTRY,
         False),
        ("is there a screen in the rooms", _ROOMS_ENTRY, False),
    ],
)
def test_a_thing_asked_for_that_the_entry_never_names_is_not_answered_by_it(
    question: str, entry: str, vetoed: bool
) -> None:
    assert (vetoes.feature_not_named(question, entry, _forms) is not None) is vetoed
