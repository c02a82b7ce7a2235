"""The moderators' review: one grouping, closing a group, two notes, teaching the bot."""

from __future__ import annotations

import difflib

import pytest

from bot.core.answering import answer
from bot.core.models import FaqEntry, Origin
from bot.faqfile import load_knowledge_base
from bot.faqfile.editor import FaqChangedError, FaqEditError, NewEntry
from bot.review.notices import Notice
from bot.review.service import ReviewError
from bot.storage import Status
from tests.discord_bot.fixtures import FAQ_TEXT
from tests.review.conftest import GUILD, HELP, OTHER, Review, by_dm, in_channel
from tests.storage.helpers import resolve_question


async def _cloakroom(review: Review) -> tuple[int, int, int]:
    """The same question three ways by three people, and one near-duplicate."""
    lead = await review.ask("Where is the cloakroom?", in_channel(1, 101))
    await review.ask("Where is the cloakroom?", in_channel(1, 102), minutes=1)
    same = await review.ask("wher is the cloakrom", by_dm(2, 201))
    similar = await review.ask("where exactly is the cloakroom", in_channel(3, 301, OTHER))
    return lead, same, similar


async def test_questions_that_read_the_same_or_nearly_are_one_group(review: Review) -> None:
    lead, same, similar = await _cloakroom(review)
    parking = await review.ask("Is there parking near the UN?", in_channel(4, 401))

    groups = await review.service.groups()

    assert [g.members for g in groups] == [(lead, same, similar), (parking,)]
    first = groups[0]
    assert (first.id, first.people, first.asks) == (lead, 3, 4)
    assert [r.id for r in first.same] == [same] and [r.id for r in first.similar] == [similar]


async def test_groups_never_mix_statuses(review: Review) -> None:
    lead, same, _ = await _cloakroom(review)
    await resolve_question(review.log, same, by="mod", at=review.clock())

    groups = await review.service.groups(None)

    statuses = {g.status: g.members for g in groups}
    assert statuses[Status.RESOLVED] == (same,)
    assert lead in statuses[Status.OPEN]


async def test_resolving_a_group_closes_every_question_and_plans_one_notice_per_asker(
    review: Review,
) -> None:
    lead, same, similar = await _cloakroom(review)
    await review.ask("Where is the cloakroom?", Origin.console())

    closed = await review.service.resolve(similar, by="mod", faq_id="badge",
                                          answer_text="By the visitors' entrance.",
                                          internal_note="check the wording tomorrow")

    assert [r.id for r in closed.records] == [lead, same, similar]
    assert all(r.status is Status.RESOLVED for r in closed.records)
    assert closed.notices == (
        Notice(1, HELP, GUILD, 102),  # asked twice: told once, at the latest ask
        Notice(2, None, None, 201),  # by DM
        Notice(3, OTHER, GUILD, 301),
    )  # the console asker has nobody to tell
    assert closed.summary("3 notified") == (
        f"Resolved 3 questions from 4 people (group #{lead}) with `badge`; 3 notified.")
    assert await review.service.groups() == []


async def test_the_internal_note_is_kept_apart_from_what_askers_are_told(
    review: Review,
) -> None:
    lead, _, _ = await _cloakroom(review)

    closed = await review.service.resolve(lead, by="mod", answer_text="  It's by door 3. ",
                                          internal_note="added a new entry, check tomorrow")

    assert closed.reply == "It's by door 3."
    assert all(r.note == "added a new entry, check tomorrow" for r in closed.records)
    assert all(r.reply == "It's by door 3." for r in closed.records)
    assert "check tomorrow" not in repr(closed.notices) + (closed.reply or "")


async def test_resolving_with_nothing_to_tell_plans_no_notice(review: Review) -> None:
    lead, _, _ = await _cloakroom(review)
    closed = await review.service.resolve(lead, by="mod", internal_note="dealt with on site")
    assert not closed.tells and closed.notices == ()


async def test_a_dismissal_tells_askers_only_with_a_reason_and_never_the_note(
    review: Review,
) -> None:
    spam = await review.ask("buy cheap watches", in_channel(9, 901))
    off_topic = await review.ask("who won the football?", in_channel(8, 801))

    silent = await review.service.dismiss(spam, by="mod", internal_note="spam")
    told = await review.service.dismiss(off_topic, by="mod", reason="Only conference questions.",
                                        internal_note="football fan")

    assert silent.notices == () and silent.records[0].status is Status.DISMISSED
    assert told.notices == (Notice(8, HELP, GUILD, 801),)
    assert told.reply == "Only conference questions." and told.records[0].note == "football fan"
    assert told.summary("1 notified") == (
        f"Dismissed 1 question from 1 person (group #{off_topic}); 1 notified.")


async def test_a_wrongly_grouped_question_can_be_split_out_and_grouped_again(
    review: Review,
) -> None:
    lead, same, similar = await _cloakroom(review)

    await review.service.split(similar)
    split_groups = [g.members for g in await review.service.groups()]
    closed = await review.service.resolve(lead, by="mod")
    await review.service.split(similar, undo=True)

    assert split_groups == [(lead, same), (similar,)]
    assert [r.id for r in closed.records] == [lead, same]
    left = await review.log.get(similar)
    assert left is not None and left.status is Status.OPEN and not left.split
    with pytest.raises(ReviewError, match="no question with id 999"):
        await review.service.split(999)


async def test_unknown_questions_and_entries_are_refused_before_anything_changes(
    review: Review,
) -> None:
    lead, _, _ = await _cloakroom(review)
    with pytest.raises(ReviewError, match="no question with id 999"):
        await review.service.resolve(999, by="mod")
    with pytest.raises(ReviewError, match=r"no entry 'wfi'.*did you mean wifi"):
        await review.service.resolve(lead, by="mod", faq_id="wfi")
    with pytest.raises(ReviewError, match="FAQ id"):
        await review.service.resolve(lead, by="mod", add_alternate=True)
    assert all(g.status is Status.OPEN for g in await review.service.groups())


# --- teaching the bot ----------------------------------------------------------------


async def test_resolve_with_add_alternate_teaches_the_bot_in_one_step(review: Review) -> None:
    question = "how can I get online?"
    asked = [await review.ask(question, in_channel(n, 100 + n)) for n in (1, 2)]
    asked.append(await review.ask("Hi! how can I get online", by_dm(3)))
    assert not answer(review.holder.current.index, "where can I get a connection on my laptop",
                      review.clock()).answered

    closed = await review.service.resolve(asked[0], by="mod", faq_id="wifi", add_alternate=True,
                                          alternate_text="where can I get a connection on my "
                                          "laptop")

    after = review.faq_path.read_text(encoding="utf-8")
    diff = [line for line in difflib.unified_diff(FAQ_TEXT.splitlines(), after.splitlines(),
                                                  lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert diff == [
        "-    alternates: [wifi password, internet access]",
        "+    alternates: [wifi password, internet access, where can I get a connection on my "
        "laptop]",
    ]
    assert review.reloads == [review.faq_path]
    result = answer(review.holder.current.index, "where can I get a connection on my laptop",
                    review.clock())
    assert (result.answered, result.item_id) == (True, "wifi")
    assert closed.taught is not None and closed.taught.answers is True
    assert [r.id for r in closed.records] == list(dict.fromkeys(asked))  # two wordings
    assert len(closed.notices) == 3
    assert closed.summary("3 notified").endswith(
        f"the bot now answers it with `wifi`. Resolved 2 questions from 3 people "
        f"(group #{asked[0]}) with `wifi`; 3 notified.")


async def test_the_alternate_is_the_askers_question_cleaned(review: Review) -> None:
    lead = await review.ask("Hello! Is there a quiet room for calls? thanks", in_channel(1, 1))

    closed = await review.service.resolve(lead, by="mod", faq_id="badge", add_alternate=True)

    kb = load_knowledge_base(review.faq_path).kb
    assert kb is not None
    badge = kb.item("badge")
    assert isinstance(badge, FaqEntry)
    assert badge.alternates[-1] == "Is there a quiet room for calls?"
    assert closed.taught is not None and closed.taught.edit.changed


async def test_a_sensitive_question_is_never_added_to_the_faq(review: Review) -> None:
    lead = await review.ask("where are the snipers posted?", in_channel(1, 1), outcome="sensitive")
    groups = await review.service.groups()
    assert groups[0].sensitive
    with pytest.raises(ReviewError, match="sensitive"):
        await review.service.resolve(lead, by="mod", faq_id="badge", add_alternate=True)
    assert review.faq_path.read_text(encoding="utf-8") == FAQ_TEXT
    assert (await review.log.get(lead)).status is Status.OPEN  # type: ignore[union-attr]


async def test_an_organisers_edit_meanwhile_stops_the_resolve_and_is_kept(
    review: Review, monkeypatch: pytest.MonkeyPatch,
) -> None:
    lead = await review.ask("where can I print?", in_channel(1, 1))
    theirs = FAQ_TEXT.replace("password unite2018", "password unite2019")
    from bot.faqfile import editor

    planned = editor.plan_alternate

    def organiser_saves_meanwhile(*args: object, **kwargs: object) -> editor.Edit:
        edit = planned(*args, **kwargs)  # type: ignore[arg-type]
        review.faq_path.write_text(theirs, encoding="utf-8")
        return edit

    monkeypatch.setattr(editor, "plan_alternate", organiser_saves_meanwhile)

    with pytest.raises(FaqChangedError, match="changed on disk since it was read"):
        await review.service.resolve(lead, by="mod", faq_id="wifi", add_alternate=True)

    assert review.faq_path.read_text(encoding="utf-8") == theirs
    assert (await review.log.get(lead)).status is Status.OPEN  # type: ignore[union-attr]


async def test_a_new_entry_from_a_group_is_written_live_and_answers_it(review: Review) -> None:
    taught = await review.service.new_entry(NewEntry(
        "cloakroom", "Where is the cloakroom?", "By the visitors' entrance, door 3.",
        ("where can I leave my coat",)))

    assert taught.reloaded and review.holder.current.index.kb.item("cloakroom") is not None
    result = answer(review.holder.current.index, "where can I leave my coat", review.clock())
    assert result.item_id == "cloakroom"
    with pytest.raises(FaqEditError, match="already used"):
        await review.service.new_entry(NewEntry("cloakroom", "Q?", "A."))


async def test_closing_from_the_command_line_leaves_the_notices_for_the_bot(
    review: Review,
) -> None:
    lead, same, similar = await _cloakroom(review)
    spam = await review.ask("buy watches", in_channel(7, 7))

    closed = await review.service.resolve(lead, by="console", faq_id="badge", notify_later=True)
    await review.service.dismiss(spam, by="console", internal_note="spam", notify_later=True)

    assert closed.deferred and len(closed.notices) == 3  # counted, not sent
    assert [r.id for r in await review.log.to_notify()] == [lead, same, similar]
    await review.log.notified([lead, same])
    assert [r.id for r in await review.log.to_notify()] == [similar]


async def test_each_asker_is_told_in_the_language_of_their_own_question(
    review: Review,
) -> None:
    lead = await review.ask("Where is the cloakroom?", in_channel(1, 101), language="en")
    await review.ask("wher is the cloakrom", by_dm(2, 201), language="fr")
    await review.ask("where exactly is the cloakroom", in_channel(3, 301, OTHER))

    closed = await review.service.resolve(lead, by="mod", answer_text="By door 3.")

    assert [(n.user_id, n.language) for n in closed.notices] == [
        (1, "en"), (2, "fr"), (3, None)]  # None: the group's language is used
