"""What an asker wants, read from the question as a whole, gets the file's own entry for
it: an event of their own to put on, a room to meet in, a lost badge, an outsider let
in, the way in, a network for confidential work, the event watched from afar."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.core.answering import (
    accessibility_entry,
    answer,
    attendance_entry,
    badge_pickup_entry,
    certificate_entry,
    dress_code_entry,
    entrance_entry,
    interpretation_entry,
    lost_badge_entry,
    meeting_room_entry,
    organising_entry,
    photography_entry,
    registration_entry,
    security_entry,
    webcast_entry,
    wifi_entry,
)
from bot.core.attendee_wants import (
    asks_about_screening,
    asks_for_proof_of_attendance,
    asks_to_photograph,
    asks_to_speak_in_a_language,
    asks_to_watch_from_afar,
    asks_what_to_wear,
    asks_where_to_collect_a_badge,
    says_an_access_need,
    says_the_delegation_changed,
)
from bot.core.hosting import (
    asks_for_a_room_to_meet,
    asks_the_way_in,
    asks_to_host_an_event,
    asks_whether_the_network_is_safe,
    asks_who_may_attend,
    says_a_badge_is_lost,
)
from bot.core.matching import MatchIndex
from bot.core.models import AlertKind, AlertTopic, FaqEntry
from bot.wiring import load_faq
from tests.core.conftest import KB, THU, at

NOON = at(THU, 12, 0)
ORGANISING = FaqEntry(
    id="organise-side-event", question="Can my organisation hold a side event?",
    alternates=("side event application",),
    answer="Proposals closed on 1 June; no new side events can be added this week.",
)
ATTENDING = FaqEntry(
    id="attend-side-event", question="How do I attend a side event?",
    answer="Side events are open to every participant with a badge; no sign-up needed.",
)


@pytest.fixture(scope="module")
def with_organising() -> MatchIndex:
    return MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, ORGANISING, ATTENDING)))


@pytest.mark.parametrize("question", [
    "we'd like to host our own side event on border security, is it too late?",
    "Our mission would like to host a small panel on maritime issues. Too late?",
    "can our mission still put on a side event about cyber?",
    "Can I still set up a side event for our agency?",
    "is it too late to put on our own side event?",
    "Our NGO would love to run a panel on the margins this week. Is it too late to set one up?",
    "The Permanent Mission presents its compliments and wishes to enquire whether it would "
    "still be possible to host an event of its own on the margins of the Conference.",
    "Good afternoon. We would like to know whether it is still possible for us to put on a "
    "side event.",
])
def test_wanting_to_put_on_an_event_of_ones_own_is_recognised(question: str) -> None:
    assert asks_to_host_an_event(question)


@pytest.mark.parametrize("question", [
    "Which country is hosting the side event on victims? I'd like to thank the hosts.",
    "Is the Norwegian mission hosting a side event of its own this week?",  # someone else's
    "which UN office is running this event",
    "who is holding the event",
    "can we attend the side event on victims?",  # going to one, not putting one on
    "We are hosting a side event tomorrow. Can we get a projector?",  # one already on
    "can I run to the side event from the GA hall in time?",
    "how long does it take to organise a side event?",  # nobody's in particular
    "One mission asks if they can still put on a side event.",  # a third party
])
def test_other_questions_about_hosts_or_events_are_not(question: str) -> None:
    assert not asks_to_host_an_event(question)


def test_the_organising_entry_is_found_by_what_it_answers() -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, ATTENDING, ORGANISING)))
    assert organising_entry(index) == "organise-side-event"


def test_a_file_without_an_organising_entry_has_none_not_its_side_event_entry() -> None:
    # The attending entry is the nearest a probe finds; its own words say nothing of
    # organising, so it answers no one who wants to put on an event.
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, ATTENDING)))
    assert organising_entry(index) is None
    result = answer(index, "we'd like to host our own side event on youth, too late?", NOON)
    assert result.item_id != "attend-side-event" or not result.answered


@pytest.mark.parametrize("question", [
    # the subject of the asker's event names a side event of the programme
    "can our mission still put on a side event about young people?",
    "Our mission would like to host a side event on foreign terrorist fighters on Friday. "
    "Is it too late?",
])
def test_the_subject_of_the_askers_event_does_not_turn_the_question_into_one_about_it(
    with_organising: MatchIndex, question: str,
) -> None:
    result = answer(with_organising, question, NOON)
    assert result.answered and result.item_id == "organise-side-event"



MEETING = FaqEntry(
    id="bilateral-rooms", question="Can I book a room for a bilateral meeting?",
    answer="Yes: six rooms for eight people, bookable by the half hour at the help desk.",
)


@pytest.fixture(scope="module")
def with_meeting_rooms() -> MatchIndex:
    return MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, ORGANISING, MEETING)))


@pytest.mark.parametrize("question", [
    "need a small room to meet the Jordanian delegation for half an hour tmrw",
    "We would like to reserve a small room for a bilateral with another delegation.",
    "We need a small room for a twenty-minute talk with another country's delegation. How?",
    "we'd like a small room for a bilateral on thursday, how do we book one?",
    "Is there a room for bilaterals? Eight people, half an hour.",
])
def test_asking_for_a_room_to_meet_in_is_recognised(question: str) -> None:
    assert asks_for_a_room_to_meet(question)


@pytest.mark.parametrize("question", [
    "how many people fit in a room for a bilateral?",  # about the rooms, not asking one
    "do the bilateral rooms have a screen?",
    "which room is the meeting on victims in?",
    "I need a room at a hotel near the UN for three nights",  # a room to stay in
    "is there a room to pray in?",
])
def test_other_questions_about_rooms_are_not(question: str) -> None:
    assert not asks_for_a_room_to_meet(question)


def test_a_room_to_meet_another_delegation_gets_the_bilateral_rooms_entry(
    with_meeting_rooms: MatchIndex,
) -> None:
    # "book a room for an event" in the organising entry outweighed it word for word.
    result = answer(with_meeting_rooms, "We need a small room to sit down with another "
                    "delegation for half an hour. How do we book one?", NOON)
    assert result.answered and result.item_id == "bilateral-rooms"


def test_a_request_to_book_one_is_a_task_not_a_question(with_meeting_rooms: MatchIndex) -> None:
    result = answer(with_meeting_rooms, "Please book us a room for a bilateral with the "
                    "Moroccan delegation on Friday at 11:00.", NOON)
    assert not result.answered


def test_without_a_bilateral_entry_the_question_goes_through_matching() -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, ORGANISING)))
    assert meeting_room_entry(index) is None
    result = answer(index, "need a small room to meet the Jordanian delegation", NOON)
    assert result.item_id != "organise-side-event" or not result.answered


@pytest.mark.parametrize("question", [
    "Left my conference pass in my hotel room and I'm already at the gate. What now?",
    "badge gone, think I dropped it on the subway. what now",
    "someone nicked my conference pass out of my jacket at the cafe",
    "my supervisor can't locate her conference pass, she thinks it slipped out in the taxi",
    "my badge fell out of my pocket on the subway what now",
])
def test_a_badge_lost_whatever_the_story_is_recognised(question: str) -> None:
    assert says_a_badge_is_lost(question)


@pytest.mark.parametrize("question", [
    "my badge has my name spelled wrong",
    "where do I pick up my badge?",
    "can my colleague borrow my badge",
    "I left the badge office an hour ago, where is the GA hall?",
    "my pass took ages to print",
    "I forgot to bring my passport to pick up my badge",
])
def test_other_questions_about_badges_are_not(question: str) -> None:
    assert not says_a_badge_is_lost(question)


def test_a_badge_left_in_a_taxi_gets_the_lost_badge_entry_not_the_way_there() -> None:
    index = MatchIndex.build(KB)
    assert lost_badge_entry(index) == "lost-badge"
    result = answer(index, "So I took a cab back to the hotel last night and only this "
                    "morning realised my badge must have slipped out in the taxi.", NOON)
    assert result.answered and result.item_id == "lost-badge"


def test_a_price_the_entry_does_not_state_is_not_answered_by_it() -> None:
    result = answer(MatchIndex.build(KB), "Is there a fee for a replacement if I lose my "
                    "badge?", NOON)
    assert not result.answered


@pytest.mark.parametrize("question", [
    "My cousin is a grad student in international relations. Could she just come along "
    "and sit in the back?",
    "i'm not part of any delegation, can I just turn up at the UN and go in",
    "I teach at Columbia, can my students come and sit in?",
    "can i just turn up without an invite",
    "my intern isn't registered, can he come in with me",
])
def test_asking_whether_someone_uninvited_may_attend_is_recognised(question: str) -> None:
    assert asks_who_may_attend(question)


@pytest.mark.parametrize("question", [
    "Is the opening recorded, so that my students can watch it afterwards at home?",
    "can my wife come to the reception?",  # a gathering with an entry of its own
    "can I bring my son to the conference?",  # a child
    "can I come in through the delegates' entrance?",  # nobody uninvited
    "my students would love a copy of the concept note",
])
def test_other_questions_about_coming_in_are_not(question: str) -> None:
    assert not asks_who_may_attend(question)


GUESTS = FaqEntry(
    id="guests", question="Can I bring a guest or colleague who is not registered?",
    alternates=("Can my spouse come to the reception?",),
    answer="Only registered participants are admitted; guests may attend the reception.",
)
OPEN = FaqEntry(id="open", question="Can anyone attend the conference?",
                answer="No: participation is by invitation only.")
RECEPTION_GUESTS = FaqEntry(id="reception-guests",
                            question="Can I bring a guest to the networking reception?",
                            answer="Yes, one guest each; register them at the desk.")


def test_the_entry_on_bringing_a_guest_comes_before_the_one_on_who_may_attend() -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, OPEN, GUESTS)))
    assert attendance_entry(index) == "guests"
    result = answer(index, "My cousin is a grad student. Could she just come along and "
                    "sit in?", NOON)
    assert result.answered and result.item_id == "guests"


def test_an_entry_on_guests_at_one_gathering_is_not_the_entry_on_who_may_attend() -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, RECEPTION_GUESTS, OPEN)))
    assert attendance_entry(index) == "open"


@pytest.mark.parametrize("question", [
    "Which door do conference participants go in by?",
    "which gate do we walk in through",
    "Hello from Tuvalu! First time at the UN. Which door do I go in through on Thursday?",
    "which entrance for delegates that already have a grounds pass",
])
def test_asking_which_way_in_is_recognised(question: str) -> None:
    assert asks_the_way_in(question)


@pytest.mark.parametrize("question", [
    "which door of the GA hall is closest to the cafeteria?",  # into a room
    "which entrance is step-free for my wheelchair?",
    "Which entrance do we use to deliver catering supplies?",
    "the gate was closed this morning",  # no way in asked
])
def test_other_questions_about_doors_and_gates_are_not(question: str) -> None:
    assert not asks_the_way_in(question)


SCREENING = FaqEntry(id="screening", question="What are the security checks at the entrance?",
                     answer="Bags are x-rayed; allow 20 minutes.")
WAY_IN = FaqEntry(id="way-in", question="Which gate do I use?",
                  answer="Gate 3 on the river side, for every participant.")


def test_the_entrance_entry_is_the_one_that_says_which_way_in() -> None:
    # "the security checks at the entrance" do not say which entrance
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, SCREENING)))
    assert entrance_entry(index) is None
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, SCREENING, WAY_IN)))
    assert entrance_entry(index) == "way-in"
    result = answer(index, "Which door do conference participants go in by?", NOON)
    assert result.answered and result.item_id == "way-in"


@pytest.mark.parametrize("question", [
    "Is the conference wifi suitable for sensitive traffic from our ministry?",
    "is it ok to use the guest network to send our classified cables back to capital",
    "Is it OK to send our confidential ministry reports over the conference internet?",
])
def test_asking_whether_the_network_carries_confidential_work_is_recognised(
    question: str,
) -> None:
    assert asks_whether_the_network_is_safe(question)


@pytest.mark.parametrize("question", [
    "does the plenary discuss whether it is safe to send classified data over a network?",
    "what is the wifi password?",  # no confidential work
    "is our hotel's internet ok?",  # nothing confidential either
])
def test_other_questions_about_networks_are_not(question: str) -> None:
    assert not asks_whether_the_network_is_safe(question)


def test_a_network_fit_for_confidential_work_is_the_wifi_entrys_question() -> None:
    index = MatchIndex.build(KB)
    assert wifi_entry(index) == "wifi"
    result = answer(index, "Is the guest wifi OK for sending confidential reporting back "
                    "to capital?", NOON)
    assert result.answered and result.item_id == "wifi"


@pytest.mark.parametrize("question", [
    "can my team back home watch the closing live",
    "Is the opening being broadcast anywhere?",
    "missed the opening bc of the time difference, can i rewatch it later??",
    "my boss is in geneva and wants to watch the SG's opening live, is that possible?",
    "I am wanting to know if it is possible to follow the closing by internet from my "
    "country",
    "livestream link?",
    "Can my husband and our son watch the Secretary-General's speech from the hotel?",
])
def test_asking_to_watch_the_event_from_afar_is_recognised(question: str) -> None:
    assert asks_to_watch_from_afar(question)


@pytest.mark.parametrize("question", [
    "Will the side events be streamed on UN Web TV too?",  # the entry says nothing of them
    "Will the UN Web TV stream of the opening have live captions?",
    "Is the UN Web TV stream of the opening also offered with an Arabic audio channel?",
    "Will the closing webcast also be streamed on YouTube?",
    "is session 4 streamed",  # its own card may say
    "the opening at 10 am, what's that in UTC? watching from Nairobi",  # the programme's
    "Can I bring my university students along to watch the sessions?",  # here, not afar
    "any good broadway show to see friday night after this is over",
    "if the demo is full can I watch it somewhere?",
    "will there be a follow-up workshop in Nairobi later this year",
    "can I livestream the opening from inside the hall on my phone?",
    "What does the CFT stream cover exactly?",  # a stream of the programme
    "the dress code says uniform for the webcast interview, is there wifi?",  # the media's
])
def test_other_questions_about_watching_or_streams_are_not(question: str) -> None:
    assert not asks_to_watch_from_afar(question)


def test_watching_from_afar_gets_the_webcast_entry_whoever_watches_from_wherever() -> None:
    index = MatchIndex.build(KB)
    assert webcast_entry(index) == "webcast"
    result = answer(index, "Our team back in Canberra wants to watch the closing live, is "
                    "that possible?", NOON)
    assert result.answered and result.item_id == "webcast"


def test_a_file_without_a_webcast_entry_does_not_answer_with_another() -> None:
    # The photography entry's "record" is the asker's recording, not a webcast.
    recording = FaqEntry(id="photography", question="Can I take photos or record during "
                         "the sessions?", answer="Only in the open sessions.")
    faq = tuple(e for e in KB.faq if e.id != "webcast")
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*faq, recording)))
    assert webcast_entry(index) is None
    result = answer(index, "will the closing be livestreamed for colleagues who stayed in "
                    "Bujumbura?", NOON)
    assert result.item_id != "photography"


@pytest.mark.parametrize("question", [
    "does it cost anything to watch the opening online?",  # no price stated
    "what's the number to call to watch the opening live by phone?",  # nor a number
])
def test_a_fact_the_found_entry_does_not_state_is_not_answered_by_it(question: str) -> None:
    assert asks_to_watch_from_afar(question)
    result = answer(MatchIndex.build(KB), question, NOON)
    assert not result.answered


@pytest.mark.parametrize("question", [
    "Our director can't come; his deputy will attend instead. Whom should we inform?",
    "one of our delegates got swapped out at the last minute, who do we tell about the "
    "change",
    "they spelled my surname wrong in the registration, who do i tell",
    "There is an error in my registration, they have inverted my first name and my family "
    "name. To whom must I address myself?",
    "We need to add one more delegate to our list, can we still register him?",
    "can i register at the door on monday",
])
def test_a_change_to_a_delegations_registration_is_recognised(question: str) -> None:
    assert says_the_delegation_changed(question)


@pytest.mark.parametrize("question", [
    # a newcomer replacing a colleague asks something else
    "I will be joining our delegation, replacing a colleague at short notice. Could you "
    "give me an overview of what this conference is and who is behind it?",
    "our deputy will speak instead of the minister, does the speakers list change?",
    "my colleague replaces me, can he use my badge?",  # the badge's
    "can my colleague register for the side event on victims instead of me?",
    "can I get a vegetarian meal instead?",  # no one in anyone's place
    "how do I register for the conference?",  # matched by its own words
])
def test_other_questions_about_registering_or_replacing_are_not(question: str) -> None:
    assert not says_the_delegation_changed(question)


REGISTRATION = FaqEntry(
    id="registration", question="How do I register for the conference?",
    alternates=("Can I change the name of a delegate?",),
    answer="Permanent Missions send their delegates' names by note verbale; for changes, "
           "email the secretariat.")
DESK = FaqEntry(id="desk", question="Where is the registration desk?",
                answer="In the Visitors' Lobby, from 8:00.")


def test_a_delegate_replaced_gets_the_registration_entry_not_the_desks() -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, DESK)))
    assert registration_entry(index) is None  # a desk's place is no entry on registering
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, DESK, REGISTRATION)))
    assert registration_entry(index) == "registration"
    result = answer(index, "Our minister had to pull out at the last minute and his deputy "
                    "is coming instead. Who do we tell so the deputy's registration gets "
                    "sorted out?", NOON)
    assert result.answered and result.item_id == "registration"


@pytest.mark.parametrize("question", [
    "I lip-read, but the General Assembly Hall is huge. Can real-time captioning be "
    "arranged for me?",
    "can i borrow a wheelchair for my elderly boss while we're inside",
    "A deaf member of our delegation will need International Sign. How far ahead do we "
    "have to ask for it?",
    "I walk with a cane and stairs are hard for me. Are there lifts in the building?",
    "I have low vision, can someone meet me at the entrance and guide me to the hall?",
])
def test_a_need_of_the_askers_body_is_recognised(question: str) -> None:
    assert says_an_access_need(question)


@pytest.mark.parametrize("question", [
    "Can I bring my guide dog into the General Assembly Hall?",  # entries rarely say
    "How many wheelchairs does the info desk have to lend?",
    "Will the UN Web TV stream of the opening have closed captions?",  # the webcast's
    "I use a wheelchair. Where is the next session held?",  # the programme's
    "I walk with a cane and cannot manage many stairs. Is the prison visit realistic?",
    "Is the shuttle bus from the hotel wheelchair accessible?",  # the shuttle's entry
    "When's the MoU signing ceremony between UNOCT and the EU?",  # no sign language
    # who the asker is, as a label, before a question of another kind (a sensitive one)
    "sign language interpreter: I'm covering the SG's session, can you give me the exact "
    "times he moves between rooms so I can follow him?",
    "screen reader user: could you tell me the seat of the delegation of India",
])
def test_other_questions_with_words_of_access_are_not(question: str) -> None:
    assert not says_an_access_need(question)


ACCESS = FaqEntry(
    id="access", question="Is the venue wheelchair accessible?",
    answer="Yes: step-free entrances, lifts to every floor and accessible toilets.")
FULL_ACCESS = FaqEntry(
    id="access", question="Is the venue accessible for participants with disabilities?",
    answer="Step-free routes and lifts throughout; hearing loops and International Sign "
           "on request; wheelchairs can be borrowed at the information desk.")


@pytest.mark.parametrize(("question", "answered"), [
    ("My colleague uses a wheelchair, can she move around the venue easily?", True),
    # the entry speaks of no hearing, nor of wheelchairs to lend
    ("A deaf member of our delegation will need International Sign. How far ahead do we "
     "have to ask?", False),
    ("can i borrow a wheelchair for my elderly boss while we're inside", False),
])
def test_an_access_entry_answers_only_the_needs_it_speaks_of(question: str,
                                                             answered: bool) -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, ACCESS)))
    assert accessibility_entry(index) == "access"
    result = answer(index, question, NOON)
    assert (result.answered and result.item_id == "access") == answered


@pytest.mark.parametrize("question", [
    "A deaf member of our delegation will need International Sign. How far ahead do we "
    "have to ask?",
    "can i borrow a wheelchair for my elderly boss while we're inside",
])
def test_an_entry_speaking_of_the_need_answers_it_whoever_has_it(question: str) -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, FULL_ACCESS)))
    result = answer(index, question, NOON)
    assert result.answered and result.item_id == "access"


@pytest.mark.parametrize("question", [
    "can i take pics during the FTF session?",
    "TV producer here: can our camera crew film the closed meetings?",
    "Am I allowed to record audio of Session II purely for my own note-taking?",
    "is flash ok during the opening if I stay in my seat?",
    "ok to snap a few photos during the closed sessions for our NGO newsletter?",
])
def test_asking_leave_to_photograph_film_or_record_is_recognised(question: str) -> None:
    assert asks_to_photograph(question)


@pytest.mark.parametrize("question", [
    "Pool photographer here. What time does the opening start?",  # the programme's
    "Is the opening being broadcast, and does the recording stay up afterwards?",
    "do I need a passport photo for my badge?",
    "Can I take pictures inside the port during the site visit?",  # the visit's
    "Cleaning crew, what's on at half ten?",
    "where can I download the official photos?",
])
def test_other_questions_about_photos_or_recordings_are_not(question: str) -> None:
    assert not asks_to_photograph(question)


PHOTOS = FaqEntry(id="photos", question="Can I take photos?",
                  answer="Not in closed sessions; no photos or video on the demo field.")
CONSENT = FaqEntry(id="consent", question="Can I refuse to be photographed?",
                   alternates=("I don't want to be in photos",),
                   answer="Tell the desk; you will get a red lanyard.")
CHATHAM = FaqEntry(id="chatham", question="Are the discussions confidential?",
                   keywords=("recording",), answer="Chatham House rule. No recording.")


def test_leave_to_photograph_gets_the_photography_entry() -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, PHOTOS, CHATHAM)))
    assert photography_entry(index) == "photos"
    result = answer(index, "can I take a few pics during the foreign fighters session for "
                    "our internal newsletter?", NOON)
    assert result.answered and result.item_id == "photos"


def test_recording_is_not_answered_by_an_entry_that_speaks_only_of_photos() -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, PHOTOS, CHATHAM)))
    result = answer(index, "Am I allowed to record audio of the session purely for my own "
                    "note-taking?", NOON)
    assert result.item_id != "photos"


def test_with_two_entries_on_photos_the_questions_words_choose() -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, PHOTOS, CONSENT)))
    assert photography_entry(index) is None


@pytest.mark.parametrize("question", [
    "how long is the security queue on thursday morning",
    "How early should I join the screening line on Thursday?",
    "can I bring me can of deodorant and hairspray through the checks or will they bin it?",
    "Is it OK to bring an aerosol deodorant in my handbag?",
])
def test_the_wait_at_or_what_passes_the_screening_is_recognised(question: str) -> None:
    assert asks_about_screening(question)


@pytest.mark.parametrize("question", [
    "what time does the security council meet on thursday",
    "just got through security, what's going on in the hall right now?",  # the programme's
    "What are the maximum dimensions for a bag to be allowed through the screening?",
    "Can I bring a power bank through screening?",
    "AV technician here. How long before the first session? Still doing mic checks.",
    "can i bring my suitcase to the UN on friday?",  # the cloakroom's
    "would a small aerosol be ok to bring through the screening? just for self-defence",
    "how long would it take security to get to the GA Hall if something happened?",
    "how long does screening take for the VIPs, are the checks lighter for them?",
])
def test_other_questions_about_security_are_not(question: str) -> None:
    assert not asks_about_screening(question)


SECURITY = FaqEntry(id="security", question="What are the security checks at the entrance?",
                    answer="Airport-style screening; allow 30 minutes on the first morning.")
SECURITY_LIQUIDS = FaqEntry(
    id="security", question="What are the security checks at the entrance?",
    answer="Airport-style screening; allow 30 minutes. Small aerosols and liquids are fine.")


@pytest.mark.parametrize(("entry", "question", "answered"), [
    (SECURITY, "how long is the security queue on thursday morning", True),
    # the entry names no sprays or liquids: whether hairspray passes is not said
    (SECURITY, "can I bring a can of hairspray through the checks?", False),
    (SECURITY_LIQUIDS, "can I bring a can of hairspray through the checks?", True),
])
def test_the_security_entry_answers_what_it_states_of_the_screening(
    entry: FaqEntry, question: str, answered: bool,
) -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, entry)))
    assert security_entry(index) == "security"
    result = answer(index, question, NOON)
    assert (result.answered and result.item_id == "security") == answered


@pytest.fixture(scope="module")
def bundled() -> MatchIndex:
    return load_faq(Path(__file__).resolve().parents[2] / "faq" / "conference.yaml",
                    None).index


@pytest.mark.parametrize("question", [
    "can our camera crew film the security checkpoints at the entrance?",
    "can I photograph the route the SG takes to the hall?",
])
def test_an_alert_comes_before_what_is_wanted(bundled: MatchIndex, question: str) -> None:
    assert asks_to_photograph(question)  # precondition: recognised
    result = answer(bundled, question, NOON)
    assert result.alert is not None and not result.answered


def test_what_is_wanted_is_not_answered_close_to_a_sensitive_topic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A file whose sensitive topics the question comes close to without raising one.
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, PHOTOS)))
    question = "can I take a few pics in the lobby for our newsletter?"
    assert answer(index, question, NOON).item_id == "photos"  # precondition
    near = AlertTopic(id="protected-persons", topic="Movements of protected persons",
                      answer="I can't share that.", triggers=("motorcade",),
                      kind=AlertKind.SENSITIVE)
    monkeypatch.setattr(index.alerts, "near_sensitive", lambda text: near)
    result = answer(index, question, NOON)
    assert not result.answered and result.reason is not None


@pytest.mark.parametrize("question", [
    "where do i colect the Commissioner's badge pls",
    "Where do I pock up my bade? Landed late last night",
    "What identification must I show to receive my conference pass?",
    "hi, got in late last night and the hotel is lovely btw, anyway where do I go to pick "
    "up my conference pass?",
])
def test_where_or_how_to_collect_a_badge_is_recognised(question: str) -> None:
    assert asks_where_to_collect_a_badge(question)


@pytest.mark.parametrize("question", [
    "where do I get a replacement badge? I lost mine",  # the lost badge's entry
    "until what time is the pass office open on wednesday 27th",  # hours not stated
    "where do I pick up my badge at the Palais des Nations in Geneva",  # another meeting's
    "Can you print my badge and send it over to my hotel?",  # a piece of work
    "where do I get a parking pass for our car?",
])
def test_other_questions_about_badges_or_passes_are_not(question: str) -> None:
    assert not asks_where_to_collect_a_badge(question)


# "ID" names the office, not what to show.
PICKUP = FaqEntry(id="badge-pickup", question="Where do I pick up my badge?",
                  answer="At the Pass and ID Office, 801 First Avenue, from 8:00.")
PICKUP_ID = FaqEntry(id="badge-pickup", question="Where do I pick up my badge?",
                     answer="At the Pass and ID Office, 801 First Avenue; bring your passport.")


@pytest.mark.parametrize(("entry", "question", "answered"), [
    (PICKUP, "Where do I pock up my bade? Landed late last night", True),
    # the entry names no identification to show
    (PICKUP, "What identification must I show to receive my conference pass?", False),
    (PICKUP_ID, "What identification must I show to receive my conference pass?", True),
])
def test_the_pickup_entry_answers_where_and_with_what_it_states(
    entry: FaqEntry, question: str, answered: bool,
) -> None:
    faq = tuple(e for e in KB.faq if e.id != "badge-pickup")
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*faq, entry)))
    assert badge_pickup_entry(index) == "badge-pickup"
    result = answer(index, question, NOON)
    assert (result.answered and result.item_id == "badge-pickup") == answered


def test_a_second_part_about_the_same_thing_keeps_the_wanted_entry() -> None:
    # The second part asks of the passport, which the entry names: it goes on about the
    # badge, where "...and can I bring my dog?" would ask something else.
    faq = tuple(e for e in KB.faq if e.id != "badge-pickup")
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*faq, PICKUP_ID)))
    result = answer(index, "What documents must I bring to take my badge? Is my driving "
                    "licence enough or do I need the passport?", NOON)
    assert result.answered and result.item_id == "badge-pickup"
    result = answer(index, "What documents must I bring to take my badge? And can I bring "
                    "my dog?", NOON)
    assert not result.answered


@pytest.mark.parametrize("question", [
    "my ministry needs proof that I attended in order to reimburse me. Can you help?",
    "can I get something in writing proving I was there, for my HR department",
    "quick q do we get a cert at the end? my boss needs proof I actually went",
])
def test_asking_for_proof_of_attendance_is_recognised(question: str) -> None:
    assert asks_for_proof_of_attendance(question)


@pytest.mark.parametrize("question", [
    "Will the certificate of attendance show the number of hours?",  # a detail of it
    "Will the certificate of attendance be signed by Mr Voronkov personally?",
    "Will the certificate of attendance mention our delegation's name?",  # asks no copy
    "I went to the Tunis youth forum in 2022, can I get my certificate from that one here?",
    "do I need a letter from the embassy proving I will attend, for my visa?",
])
def test_other_questions_about_certificates_are_not(question: str) -> None:
    assert not asks_for_proof_of_attendance(question)


CERTIFICATE = FaqEntry(id="certificate", question="Can I get a certificate of attendance?",
                       answer="Yes: ask the information desk on Friday afternoon.")


def test_proof_of_attendance_gets_the_certificate_entry() -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, CERTIFICATE)))
    assert certificate_entry(index) == "certificate"
    result = answer(index, "My ministry wants proof that I actually attended before it "
                    "reimburses my travel and DSA. Can I get something official?", NOON)
    assert result.answered and result.item_id == "certificate"


@pytest.mark.parametrize("question", [
    "Can our officers attend in their service uniform?",
    "Is it admitted to come in our traditional dress (the boubou) for the opening ceremony, "
    "or a suit is necessary?",
    "is it cold inside the rooms? should i bring a jacket",
    "first time at the UN, what do ppl wear to these things? full suit??",
])
def test_asking_what_to_wear_is_recognised(question: str) -> None:
    assert asks_what_to_wear(question)


@pytest.mark.parametrize("question", [
    "what to wear for the reception tuesday evening",  # the reception's own entry may say
    "is a tie required in the Delegates' Dining Room",
    "I wear a hearing aid - are there assistive listening headsets in the hall?",
    "what temperature is the air conditioning set to in the meeting rooms?",
    "someone nicked my conference pass out of my jacket at the cafe. what now",
    "My two students aren't registered. Can they come in with me?",
    "can our officers wear their uniform with a holster and sidearm?",  # the alerts'
])
def test_other_questions_with_words_of_clothing_are_not(question: str) -> None:
    assert not asks_what_to_wear(question)


DRESS = FaqEntry(id="dress", question="What is the dress code?",
                 answer="Business attire.")


@pytest.mark.parametrize(("question", "answered"), [
    ("first time at the UN, what do ppl wear to these things? full suit??", True),
    # "business attire" does not say whether a uniform is, nor how cold it is inside
    ("Can our officers attend in their service uniform?", False),
    ("is it cold inside the rooms? should i bring a jacket", False),
])
def test_the_dress_code_entry_answers_what_it_speaks_of(question: str,
                                                       answered: bool) -> None:
    faq = tuple(e for e in KB.faq if e.id != "dress-code")
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*faq, DRESS)))
    assert dress_code_entry(index) == "dress"
    result = answer(index, question, NOON)
    assert (result.answered and result.item_id == "dress") == answered


@pytest.mark.parametrize("question", [
    "Can our DG take the floor in Arabic in the plenary and still be understood by "
    "everyone?",
    "Excuse me, my english is not so good. I can speak in spanish when I take the word?",
    "Our head of agency prefers to make his remarks in Spanish. Is this possible in the "
    "plenary?",
])
def test_asking_to_speak_in_a_language_is_recognised(question: str) -> None:
    assert asks_to_speak_in_a_language(question)


@pytest.mark.parametrize("question", [
    "Will Ms Al Balushi speak in Arabic or English in plenary 3?",  # not the asker's side
    "can you translate my speech into french for me",  # a piece of work
    "which channel number is spanish on the interpretation headset",
])
def test_other_questions_about_languages_are_not(question: str) -> None:
    assert not asks_to_speak_in_a_language(question)


def test_speaking_in_a_language_gets_the_interpretation_entry() -> None:
    index = MatchIndex.build(KB)
    assert interpretation_entry(index) == "interpretation"
    result = answer(index, "Good afternoon. My director has asked me to find out, ahead of "
                    "our travel next week, whether the head of our agency may deliver his "
                    "remarks in Arabic in the plenary. Many thanks.", NOON)
    assert result.answered and result.item_id == "interpretation"
