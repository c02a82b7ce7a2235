"""Moderators close the loop inside Discord: one resolve teaches the bot and tells every
asker; the listing's menus and forms; suggestions from use; the week's chart; notices
left by the command line."""

from __future__ import annotations

import difflib
import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.core.models import FeedbackKind, Origin, OriginKind
from bot.discord_bot.cogs.moderation import SENSITIVE_NOT_IN_FAQ
from bot.faqfile import editor
from bot.review.service import ReviewService
from bot.served import FaqHolder
from bot.storage import Status, UnansweredLog
from bot.wiring import load_faq
from tests.discord_fake import FakeDiscord, FakeMember, FakeUser, Ids, PendingInteraction
from tests.discord_fake.records import RecordedRequest
from tests.storage.helpers import record_ask, record_feedback

from .fixtures import (
    DURING_OPENING,
    FAQ_TEXT,
    Concierge,
    Starter,
    assert_all_within_limits,
    assert_never_pings,
    assert_one_response_each,
    buttons,
)

Start = Callable[..., Awaitable[Concierge]]
CHARGE = "where can I charge my laptop"
WORDINGS = ["Where can I charge my laptop?", "where can i charge my laptop",
            "hi! where can I charge my laptop", "Where can I charge my laptop??",
            "wher can I charge my laptop", "WHERE CAN I CHARGE MY LAPTOP",
            "where can I charge my laptop please", "where could I charge my laptop",
            "where can I charge my laptop thanks", "Where can I charge my laptop ?",
            "where can I charge my laptop?!", "where can I charge my lapto"]


@pytest.fixture
async def start(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[Start]:
    async with AsyncExitStack() as stack:
        # Words only: these tests reload the FAQ after each edit, and matching by meaning
        # (tested on its own) would embed it again every time.
        yield functools.partial(Starter(fake_discord, tmp_path, stack), semantic_search="off")


def attendees(fake: FakeDiscord, count: int) -> list[FakeMember]:
    guild = fake.world.main_guild
    people = [FakeMember(FakeUser(1_300_000_000_000_000_000 + n, f"delegate_{n}"), guild.id,
                         (Ids.MEMBER_ROLE,)) for n in range(count)]
    guild.members.extend(people)
    return people


async def command(fake: FakeDiscord, name: str, /, **options: Any) -> PendingInteraction:
    return await fake.send_slash_command(name, options, user=fake.world.moderator)


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                                  lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


async def seed(c: Concierge, question: str, user: int, message: int,
               channel: int | None = Ids.HELP_CHANNEL) -> int:
    return await record_ask(
        c.questions, question, Origin(kind=OriginKind.DISCORD, user_id=user, channel_id=channel,
                         guild_id=Ids.GUILD if channel else None, message_id=message),
        asked_at=DURING_OPENING, best_id=None, best_score=None,
    )


async def test_twelve_people_asked_one_resolve_teaches_the_bot_and_tells_all_twelve(
    start: Start, fake_discord: FakeDiscord
) -> None:
    people = attendees(fake_discord, 12)
    c = await start()
    bot = fake_discord.world.bot
    asked: dict[int, int] = {}
    for person, wording in zip(people, WORDINGS, strict=True):
        message = await fake_discord.send_message(
            Ids.HELP_CHANNEL, person, f"{bot.mention} {wording}", mentions=[bot])
        asked[person.id] = int(message["id"])
        await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
        await c.settle(wording)
    [group] = await c.bot._review.groups()
    assert group.people == 12

    pending = await command(fake_discord, "unanswered resolve", id=group.id, faq_id="badge",
                            add_alternate=True, alternate=CHARGE)
    await pending.response()
    done = await pending.followup()

    assert changed_lines(FAQ_TEXT, c.settings.faq_path.read_text(encoding="utf-8")) == [
        "-    alternates: [badge pick-up, registration desk]",
        f"+    alternates: [badge pick-up, registration desk, {CHARGE}]",
    ]
    notices = [await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL) for _ in people]
    assert sorted(n.json["message_reference"]["message_id"] for n in notices) == sorted(
        asked.values())
    assert all(n.json["embeds"][0]["title"] == "Where do I get my badge?" for n in notices)
    content = done.json["content"]
    assert f"Added \u201c{CHARGE}\u201d to the alternates of 'badge'" in content
    assert "the FAQ is reloaded and the bot now answers it with `badge`" in content
    assert content.endswith(f"from 12 people (group #{group.id}) with `badge`; 12 notified.")
    reloaded = await fake_discord.wait_for_bot_message(Ids.GENERAL_CHANNEL)  # the mod log
    assert reloaded.json["content"].startswith("FAQ reloaded")
    answered = await c.ask(CHARGE)
    assert answered.embeds[0]["title"] == "Where do I get my badge?"
    assert all(q.status is Status.RESOLVED for q in await c.questions.list(None))
    assert_never_pings(fake_discord)
    assert_all_within_limits(fake_discord)


async def test_an_organisers_edit_meanwhile_is_kept_and_the_moderator_told(
    start: Start, fake_discord: FakeDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = await start()
    question = await seed(c, CHARGE, Ids.MEMBER, 1)
    theirs = FAQ_TEXT.replace("password unite2018", "password unite2019")
    planned = editor.plan_alternate

    def organiser_saves_meanwhile(*args: Any, **kwargs: Any) -> editor.Edit:
        edit = planned(*args, **kwargs)
        c.settings.faq_path.write_text(theirs, encoding="utf-8")
        return edit

    monkeypatch.setattr(editor, "plan_alternate", organiser_saves_meanwhile)

    pending = await command(fake_discord, "unanswered resolve", id=question, faq_id="badge",
                            add_alternate=True)
    await pending.response()
    done = await pending.followup()

    assert "changed on disk since it was read" in done.json["content"]
    assert c.settings.faq_path.read_text(encoding="utf-8") == theirs
    assert (await c.questions.get(question)).status is Status.OPEN  # type: ignore[union-attr]
    assert fake_discord.requests.matching("POST", f"/channels/{Ids.HELP_CHANNEL}/messages") == []


async def listing(fake: FakeDiscord) -> int:
    pending = await command(fake, "unanswered list")
    await pending.response()
    return int((await pending.followup()).response["id"])


async def test_the_listing_menu_opens_a_resolve_form_prefilled_and_the_note_stays_inside(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start()
    lead = await seed(c, "Hello! Is there a cloakroom? thanks", Ids.MEMBER, 11)
    await seed(c, "is there a cloakroom", Ids.OWNER, 12)
    message = await listing(fake_discord)

    picked = await fake_discord.select_options(message, f"cc:group:{_token(fake_discord)}:0:"
                                               "resolve", [str(lead)],
                                               user=fake_discord.world.moderator)
    form = await picked.response()
    assert form.type == 9 and form.data["title"] == f"Resolve group #{lead}"
    defaults = _defaults(form.data)
    assert defaults["Teach the bot: add this wording (or clear)"] == "Is there a cloakroom?"
    submitted = await fake_discord.submit_modal(picked, {
        "FAQ entry that answers it (optional)": "badge",
        "Answer for the askers (optional)": "Yes, next to the badge desk.",
        "Note for moderators only (optional)": "make a real entry tomorrow",
    }, user=fake_discord.world.moderator)
    await submitted.response()
    done = await submitted.followup()

    notices = [await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL) for _ in range(2)]
    assert all("Yes, next to the badge desk." in n.json["content"] for n in notices)
    assert all("tomorrow" not in str(n.json) for n in notices)
    assert "Added \u201cIs there a cloakroom?\u201d to the alternates of 'badge'" in (
        done.json["content"])
    assert done.json["content"].endswith("; 2 notified.")
    record = await c.questions.get(lead)
    assert record is not None and record.note == "make a real entry tomorrow"
    assert_one_response_each(fake_discord)


async def test_a_group_becomes_a_new_faq_entry_from_the_listing_menu(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start()
    lead = await seed(c, "Where is the cloakroom?", Ids.MEMBER, 11, channel=None)
    await seed(c, "where's the coat check", Ids.OWNER, 12)  # the engine reads it the same
    await seed(c, "where is the cloak room", Ids.OWNER, 13)
    message = await listing(fake_discord)

    picked = await fake_discord.select_options(message, f"cc:group:{_token(fake_discord)}:0:"
                                               "entry", [str(lead)],
                                               user=fake_discord.world.moderator)
    form = await picked.response()
    defaults = _defaults(form.data)
    assert defaults["Id (lowercase letters, digits, hyphens)"] == "where-is-the-cloakroom"
    assert defaults["Question"] == "Where is the cloakroom?"
    submitted = await fake_discord.submit_modal(picked, {
        "Id (lowercase letters, digits, hyphens)": "cloakroom",
        "Answer": "By the visitors' entrance, door 3.",
        "Other phrasings, one per line (optional)": "where can I leave my coat",
    }, user=fake_discord.world.moderator)
    await submitted.response()
    done = await submitted.followup()

    assert "Added the FAQ entry 'cloakroom'" in done.json["content"]
    assert done.json["content"].endswith("Resolved 3 questions from 2 people (group #1) with "
                                         "`cloakroom`; 2 notified.")
    dm = await _dm_message(fake_discord)
    assert dm.json["embeds"][0]["title"] == "Where is the cloakroom?"
    assert (await c.ask("where can I leave my coat")).embeds[0]["title"] == (
        "Where is the cloakroom?")
    text = c.settings.faq_path.read_text(encoding="utf-8")
    assert changed_lines(FAQ_TEXT, text)[:3] == [
        "+  - id: cloakroom", "+    question: Where is the cloakroom?", "+    alternates:"]


async def test_faq_add_opens_a_blank_form_and_the_entry_goes_live(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start()
    opened = await command(fake_discord, "faq add")
    form = await opened.response()
    assert form.type == 9 and form.data["title"] == "New FAQ entry"

    submitted = await fake_discord.submit_modal(opened, {
        "Id (lowercase letters, digits, hyphens)": "parking",
        "Question": "Is there parking at the UN?",
        "Answer": "No; take the subway to Grand Central.",
    }, user=fake_discord.world.moderator)
    await submitted.response()
    done = await submitted.followup()
    clash = await command(fake_discord, "faq add")
    await clash.response()
    again = await fake_discord.submit_modal(clash, {
        "Id (lowercase letters, digits, hyphens)": "wifi", "Question": "Q?", "Answer": "A."},
        user=fake_discord.world.moderator)
    await again.response()

    assert done.json["content"].startswith("Added the FAQ entry 'parking'")
    assert (await c.ask("Is there parking at the UN?")).embeds[0]["title"] == (
        "Is there parking at the UN?")
    assert "already used" in (await again.followup()).json["content"]


async def test_someone_who_lost_the_role_cannot_use_an_old_lists_menu(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start()
    lead = await seed(c, "Is there a cloakroom?", Ids.MEMBER, 11)
    message = await listing(fake_discord)
    moderator = fake_discord.world.moderator
    guild = fake_discord.world.main_guild
    guild.members[guild.members.index(moderator)] = replace(moderator, role_ids=(Ids.MEMBER_ROLE,))

    picked = await fake_discord.select_options(
        message, f"cc:group:{_token(fake_discord)}:0:resolve", [str(lead)], user=moderator)

    refused = await picked.response()
    assert refused.type == 4 and "for moderators" in (refused.content or "")


# --- suggestions ---------------------------------------------------------------------------


async def _picks(c: Concierge) -> None:
    for user in (Ids.MEMBER, Ids.OWNER):
        await record_feedback(
            c.questions, FeedbackKind.SUGGESTION_CHOSEN, "where's lunch today?",
            item_id="lunch-thursday", origin=Origin(kind=OriginKind.DISCORD, user_id=user),
            at=DURING_OPENING)
    for user in (Ids.MEMBER, Ids.OWNER):
        await record_feedback(
            c.questions, FeedbackKind.NOT_HELPFUL, "wifi at the hotel?", item_id="wifi",
            origin=Origin(kind=OriginKind.DISCORD, user_id=user), at=DURING_OPENING)


async def test_suggestions_from_picks_and_votes_can_be_added_or_rejected_with_one_click(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start()
    await _picks(c)

    pending = await command(fake_discord, "faq suggestions")
    await pending.response()
    shown = await pending.followup()
    [embed] = shown.json["embeds"]
    labels = [b["label"] for b in buttons(shown.json)]
    message = int(shown.response["id"])
    added = await fake_discord.click_button(message, label="1. Add to lunch-thursday",
                                            user=fake_discord.world.moderator)
    await added.response()
    added_line = (await added.followup()).json["content"]
    rejected = await fake_discord.click_button(message, label="2. Reject",
                                               user=fake_discord.world.moderator)
    await rejected.response()
    await rejected.followup()
    again = await command(fake_discord, "faq suggestions")
    await again.response()

    assert embed["fields"][0]["value"].startswith(
        "2 people who asked the same thing picked `lunch-thursday`")
    assert "found `wifi` not helpful" in embed["fields"][1]["value"]
    assert labels == ["1. Add to lunch-thursday", "1. Edit\u2026", "1. Reject",
                      "2. Edit\u2026", "2. Reject"]  # a thumbs-down needs its entry named
    assert "now answers it with `lunch-thursday`" in added_line
    assert "where's lunch today?" in c.settings.faq_path.read_text(encoding="utf-8")
    assert (await again.followup()).json["embeds"][0]["description"].startswith(
        "Nothing to suggest")


async def test_a_suggestion_edited_in_its_form_goes_to_the_entry_named(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start()
    await _picks(c)
    pending = await command(fake_discord, "faq suggestions")
    await pending.response()
    message = int((await pending.followup()).response["id"])

    opened = await fake_discord.click_button(message, label="2. Edit\u2026",
                                             user=fake_discord.world.moderator)
    form = await opened.response()
    assert _defaults(form.data) == {"FAQ entry to add it to": "wifi",
                                    "Wording to add": "wifi at the hotel?"}
    submitted = await fake_discord.submit_modal(opened, {
        "FAQ entry to add it to": "badge", "Wording to add": "is there wifi at my hotel"},
        user=fake_discord.world.moderator)
    await submitted.response()
    done = await submitted.followup()

    assert "Added \u201cis there wifi at my hotel\u201d to the alternates of 'badge'" in (
        done.json["content"])


# --- the week's chart ------------------------------------------------------------------------


async def test_faq_stats_attaches_the_chart_of_the_week(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start()
    await c.ask("wifi password?")
    await c.settle("wifi password?")
    await seed(c, "Is there a cloakroom?", Ids.MEMBER, 1)
    await seed(c, "is there a cloakroom", Ids.OWNER, 2)

    pending = await command(fake_discord, "faq stats")
    await pending.response()
    sent = await pending.followup()

    [file] = sent.files
    assert file.filename == "faq-stats.png" and file.data.startswith(b"\x89PNG\r\n\x1a\n")
    [embed] = sent.json["embeds"]
    assert embed["image"]["url"] == "attachment://faq-stats.png"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert "2 people \u00b7 2\u00d7 Is there a cloakroom?" in fields[
        "Top unanswered, open (overall)"]


# --- notices left by the command line ----------------------------------------------------------


async def test_a_group_closed_from_the_command_line_is_told_by_the_running_bot(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start(notice_poll_seconds=0.02)
    lead = await seed(c, "Is there a cloakroom?", Ids.MEMBER, 21)
    await seed(c, "is there a cloakroom", Ids.OWNER, 22, channel=None)

    async with await UnansweredLog.open(c.settings.db_path) as other:  # another process
        review = ReviewService(other, FaqHolder(load_faq(c.settings.faq_path)),
                               faq_path=c.settings.faq_path)
        closed = await review.resolve(lead, by="console", faq_id="badge",
                                      answer_text="Next to the badge desk.", notify_later=True)
    assert len(closed.notices) == 2

    in_channel = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
    dm = await _dm_message(fake_discord)
    assert in_channel.json["message_reference"]["message_id"] == 21
    assert dm.json["content"].endswith("Next to the badge desk.")
    assert await c.questions.next_write("notified") == f"{lead},{lead + 1}"
    assert await c.questions.to_notify() == []
    assert len(fake_discord.requests.matching(
        "POST", f"/channels/{Ids.HELP_CHANNEL}/messages")) == 1  # told once


# --- helpers -------------------------------------------------------------------------------------


def _token(fake: FakeDiscord) -> str:
    """The token of the latest listing (from its menu's custom_id)."""
    for request in reversed(fake.requests.all):
        for component in buttons(request.json or {}):
            custom_id = component.get("custom_id", "")
            if custom_id.startswith("cc:group:"):
                return str(custom_id.split(":")[2])
    raise AssertionError("no listing with menus was sent")


def _defaults(modal: dict[str, Any]) -> dict[str, str]:
    """A form's prefilled values by label."""
    found: dict[str, str] = {}
    for row in modal.get("components", []):
        if row.get("type") == 18:  # a label around one input
            inner = row["component"]
            if inner.get("value") is not None:
                found[row["label"]] = inner["value"]
        for item in row.get("components", []):
            if item.get("value") is not None:
                found[item["label"]] = item["value"]
    return found


async def _dm_message(fake: FakeDiscord) -> RecordedRequest:
    """The next message the bot sends in a DM (it opens the DM channel first)."""
    await fake.wait_for_request("POST", "/users/@me/channels")
    [channel] = list(fake.rest.dm_channels)[-1:]
    return await fake.wait_for_request("POST", f"/channels/{channel}/messages")


async def test_a_sensitive_group_never_reaches_the_faq_file_from_the_menus(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start()
    lead = await record_ask(
        c.questions, "where are the snipers posted?",
        Origin(kind=OriginKind.DISCORD, user_id=Ids.MEMBER),
        asked_at=DURING_OPENING, best_id="security-arrangements", best_score=100.0,
        outcome="sensitive")
    message = await listing(fake_discord)
    token = _token(fake_discord)
    moderator = fake_discord.world.moderator

    entry = await fake_discord.select_options(message, f"cc:group:{token}:0:entry", [str(lead)],
                                              user=moderator)
    resolve = await fake_discord.select_options(message, f"cc:group:{token}:0:resolve",
                                                [str(lead)], user=moderator)

    refused = await entry.response()
    assert (refused.type, refused.content) == (4, SENSITIVE_NOT_IN_FAQ)
    form = await resolve.response()
    assert form.type == 9
    labels = [row.get("label") or row["components"][0]["label"]
              for row in form.data["components"]]
    assert not any("Teach the bot" in label for label in labels)
    assert _defaults(form.data).get("FAQ entry that answers it (optional)") is None  # not an entry


async def test_a_wording_without_an_entry_is_not_added_and_the_moderator_is_told(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start()
    lead = await seed(c, "is there a cloakroom?", Ids.MEMBER, 11)
    message = await listing(fake_discord)
    picked = await fake_discord.select_options(
        message, f"cc:group:{_token(fake_discord)}:0:resolve", [str(lead)],
        user=fake_discord.world.moderator)
    await picked.response()

    submitted = await fake_discord.submit_modal(picked, {
        "Answer for the askers (optional)": "By door 3."}, user=fake_discord.world.moderator)
    await submitted.response()
    done = await submitted.followup()

    assert done.json["content"].startswith(
        "The wording was not added to the FAQ: no FAQ entry was given. Resolved 1 question")
    assert c.settings.faq_path.read_text(encoding="utf-8") == FAQ_TEXT


async def test_a_channel_that_cannot_be_reached_falls_back_to_a_dm_and_the_rest_is_counted(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start()
    lead = await seed(c, "is there a cloakroom?", Ids.MEMBER, 11, channel=999_999)  # gone
    await seed(c, "is there a cloakroom", 1_399_999_999_999_999_999, 12,
               channel=None)  # asked by DM, and has left: no DM can reach them

    pending = await command(fake_discord, "unanswered resolve", id=lead, faq_id="badge")
    await pending.response()
    done = await pending.followup()

    dm = await _dm_message(fake_discord)
    assert dm.json["embeds"][0]["title"] == "Where do I get my badge?"
    assert done.json["content"].endswith("; 1 notified, 1 could not be reached.")


async def test_the_wording_taught_is_shown_inert_to_the_moderator(
    start: Start, fake_discord: FakeDiscord
) -> None:
    c = await start()
    question = await seed(c, "is there a **quiet** room for calls", Ids.MEMBER, 1)

    pending = await command(fake_discord, "unanswered resolve", id=question, faq_id="badge",
                            add_alternate=True)
    await pending.response()
    done = await pending.followup()

    assert "\\*\\*quiet\\*\\*" in done.json["content"]  # shown, never rendered
    assert "**quiet**" in c.settings.faq_path.read_text(encoding="utf-8")  # written as said
