"""Asking in another UN language, end to end against the fake Discord: the answer in
the asker's language where the FAQ translates it, else English after one line in it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import pytest

from bot.core.wording import RIGHT_TO_LEFT_MARK, say
from bot.discord_bot.command_wording import DESCRIPTION_CHARS, DESCRIPTIONS
from tests.discord_fake import FakeDiscord, Ids

from .fixtures import FAQ_TEXT, Starter, assert_never_pings, buttons, write_faq

SPANISH_WIFI_ANSWER = "Sí, wifi gratuito. Red HLC-Guest, contraseña unite2018."
TRANSLATED_FAQ = FAQ_TEXT.replace(
    "    answer: Yes, free wifi. Network HLC-Guest, password unite2018.\n",
    "    answer: Yes, free wifi. Network HLC-Guest, password unite2018.\n"
    "    translations:\n"
    "      es:\n"
    "        question: ¿Hay wifi?\n"
    "        alternates: [contraseña del wifi]\n"
    f"        answer: {SPANISH_WIFI_ANSWER}\n",
).replace(
    "    alternates: [badge pick-up, registration desk]\n",
    "    alternates: [badge pick-up, registration desk]\n"
    "    translations:\n"
    "      ar: {question: أين أستلم الشارة؟}\n",  # asked in Arabic, not yet answered in it
)


@pytest.fixture
async def start(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[Starter]:
    write_faq(tmp_path / "faq.yaml", TRANSLATED_FAQ)
    async with AsyncExitStack() as stack:
        yield Starter(fake_discord, tmp_path, stack)


async def test_a_spanish_slash_command_gets_the_spanish_answer_and_spanish_buttons(
    start: Starter,
) -> None:
    c = await start()

    answer = await c.ask("¿Cuál es la contraseña del wifi?", locale="es-ES")

    [embed] = answer.embeds
    assert embed["title"] == "¿Hay wifi?"
    assert embed["description"] == SPANISH_WIFI_ANSWER
    assert not answer.data.get("content")  # translated: no note
    assert [b["label"] for b in buttons(answer.data)] == ["Útil", "No es útil"]
    assert await c.questions.next_write("event") == "answer"


async def test_a_spanish_rating_is_thanked_in_spanish(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    question = "¿Cuál es la contraseña del wifi?"
    pending = await fake_discord.send_slash_command("ask", {"question": question},
                                                    locale="es-ES")
    await pending.response()
    assert pending.original_message_id is not None
    assert await c.questions.next_write("event") == "answer"

    thanks = await (await fake_discord.click_button(
        pending.original_message_id, label="Útil")).response()

    assert (thanks.content, thanks.ephemeral) == (say("thanks_helpful", "es"), True)
    assert await c.questions.next_write("helpful") == question


async def test_an_arabic_dm_gets_the_english_answer_after_the_arabic_note(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    sent = await fake_discord.send_dm(fake_discord.world.member, "أين أستلم الشارة؟")
    reply = await fake_discord.wait_for_bot_message(int(sent["channel_id"]))

    content = reply.json["content"]
    assert content == RIGHT_TO_LEFT_MARK + say("untranslated_note", "ar")
    [embed] = reply.json["embeds"]
    assert embed["description"].startswith("Badges are collected")
    assert RIGHT_TO_LEFT_MARK not in embed["description"]  # English stays left to right
    assert [b["label"] for b in buttons(reply.json)] == ["مفيد", "غير مفيد"]
    assert_never_pings(fake_discord)


async def test_an_unknown_question_in_french_is_told_so_in_french(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    sent = await fake_discord.send_dm(fake_discord.world.member,
                                      "Qui a gagné le match de football hier soir ?")
    reply = await fake_discord.wait_for_bot_message(int(sent["channel_id"]))

    assert reply.json["content"] == say("unknown_logged", "fr")


async def test_programme_commands_speak_the_language_of_the_askers_discord_app(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    topics = await (await fake_discord.send_slash_command("topics", {}, locale="fr")).response()
    bad_day = await (await fake_discord.send_slash_command(
        "schedule", {"day": "someday"}, locale="es-ES")).response()

    [embed] = topics.embeds
    assert embed["title"] == "Thèmes de la conférence"
    assert embed["description"].startswith("Les thèmes de la conférence :")
    assert "International cooperation" in embed["description"]  # not translated: English
    assert bad_day.content == say("no_such_day", "es")


STATUS_FAQ = TRANSLATED_FAQ.replace(
    "    room: conference-room-2\n",
    "    room: conference-room-2\n"
    "    status: cancelled\n"
    "    access: closed\n"
    "    capacity: 40\n",
)


async def test_a_sessions_status_and_access_are_shown_in_the_language_of_the_askers_app(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    write_faq(tmp_path / "faq.yaml", STATUS_FAQ)
    async with AsyncExitStack() as stack:
        await Starter(fake_discord, tmp_path, stack)()

        shown = await (await fake_discord.send_slash_command(
            "session", {"name": "side-event-youth"}, locale="es-ES")).response()
        programme = await (await fake_discord.send_slash_command(
            "schedule", {"day": "2018-06-28"}, locale="fr")).response()

    [embed] = shown.embeds
    assert embed["description"].split("\n")[:2] == [
        "Estado: **Cancelada**", "Acceso: Reunión privada, solo con invitación, 40 plazas"]
    assert [f["name"] for f in embed["fields"]][:2] == ["Cuándo", "Dónde"]
    listing = "\n".join(e.get("description") or "" for e in programme.embeds)
    assert "**Side event on youth and prevention** \u2014 " in listing
    assert "\u00b7 annulée" in listing and "cancelled" not in listing


async def test_a_failing_command_apologises_in_the_language_of_the_askers_app(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    # Beyond the range the command declares: the command fails, the person is told kindly.
    failed = await (await fake_discord.send_slash_command(
        "remind", {"minutes": 100000}, locale="fr")).response()

    assert (failed.content, failed.ephemeral) == (say("went_wrong", "fr"), True)


async def test_following_a_session_is_done_in_the_language_of_the_askers_app(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()
    member = fake_discord.world.member

    async def command(name: str, locale: str, **options: object) -> str:
        pending = await fake_discord.send_slash_command(name, options, user=member,
                                                        locale=locale)
        reply = await pending.response()
        assert reply.ephemeral
        return str(reply.content)

    followed = await command("follow", "es-ES", session="closing-session")
    mine = await command("my-schedule", "ru")
    reminders = await command("remind", "zh-CN", minutes=5)
    gone = await command("unfollow", "fr", session="closing-session")
    never = await command("unfollow", "fr", session="closing-session")
    nothing = await command("calendar", "es-ES", mine=True)

    assert followed.startswith("Ahora sigue **Closing session**: <t:")
    assert followed.endswith("Le enviaré un mensaje directo 10 minutos antes de que empiece, "
                             "y otro si cambia.")
    assert mine.startswith("**Ваши заседания**\n")
    assert mine.endswith("Напоминания приходят за 10 мин. до каждого заседания "
                         "(`/remind minutes:` меняет это). `/calendar mine:True` добавляет их "
                         "в ваш календарь.")
    assert reminders == "我会在您关注的每场会议开始前 5 分钟提醒您。"
    assert gone == "Vous ne suivez plus **Closing session**."
    assert never == say("follow_not_following", "fr")
    assert nothing == say("calendar_nothing_followed", "es")


async def test_day_choices_are_named_in_the_language_of_the_askers_app(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    spanish = await (await fake_discord.send_autocomplete(
        "schedule", {"day": "jue"}, focused="day", locale="es-ES")).response()
    english_typed = await (await fake_discord.send_autocomplete(
        "calendar", {"day": "fri"}, focused="day", locale="fr")).response()

    assert spanish.choices == [{"name": "jueves, 28 de junio de 2018", "value": "2018-06-28"}]
    assert english_typed.choices == [{"name": "vendredi 29 juin 2018", "value": "2018-06-29"}]


async def test_attendees_commands_are_described_in_each_un_language_discord_has(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    synced = fake_discord.synced_commands(Ids.GUILD)

    attendees = [c for c in synced if c.get("default_member_permissions") is None]
    assert {c["name"] for c in attendees} >= {"ask", "schedule", "session", "follow", "calendar"}
    described = [*attendees, *(o for c in attendees for o in c.get("options") or [])]
    for item in described:
        localised = item.get("description_localizations") or {}
        for locale in ("fr", "es-ES", "ru", "zh-CN"):
            assert localised.get(locale), (item["name"], locale)
            assert localised[locale] != item["description"]
    asked = next(c for c in attendees if c["name"] == "ask")
    assert asked["description_localizations"]["es-ES"].startswith("Pregunte lo que quiera")
    moderators = [c for c in synced if c.get("default_member_permissions") is not None]
    assert moderators and not any(c.get("description_localizations") for c in moderators)


@pytest.mark.parametrize("english", sorted(DESCRIPTIONS))
def test_every_command_description_has_the_five_other_languages_within_discords_limit(
    english: str,
) -> None:
    assert set(DESCRIPTIONS[english]) == {"ar", "zh", "fr", "ru", "es"}
    assert all(0 < len(text) <= DESCRIPTION_CHARS for text in [english,
                                                               *DESCRIPTIONS[english].values()])


# --- autocomplete in the person's app language ---------------------------------------------

SPANISH_HALL = "Salón de la Asamblea General"
SPANISH_CLOSING = "Sesión de clausura"
CHOICES_FAQ = TRANSLATED_FAQ.replace(
    "      name: General Assembly Hall\n",
    "      name: General Assembly Hall\n"
    f"      translations:\n        es: {{name: {SPANISH_HALL}}}\n",
).replace(
    "    title: Closing session\n",
    f"    title: Closing session\n    translations:\n      es: {{title: {SPANISH_CLOSING}}}\n",
)
assert CHOICES_FAQ.count(SPANISH_HALL) == CHOICES_FAQ.count(SPANISH_CLOSING) == 1


async def choices(fake: FakeDiscord, command: str, option: str, typed: str,
                  locale: str = "es-ES") -> list[dict[str, str]]:
    pending = await fake.send_autocomplete(command, {option: typed}, focused=option,
                                           locale=locale)
    found: list[dict[str, str]] = (await pending.response()).choices
    assert found and all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in found)
    return found


async def test_spanish_autocomplete_names_the_choices_in_spanish_and_the_pick_answers_in_it(
    start: Starter, fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    write_faq(tmp_path / "faq.yaml", CHOICES_FAQ)
    c = await start()

    [first, *_] = await choices(fake_discord, "ask", "question", "contraseña")
    assert first == {"name": "¿Hay wifi?", "value": "¿Hay wifi?"}
    english = await choices(fake_discord, "ask", "question", "wif", locale="en-US")
    assert english[0]["name"] == "Is there wifi?"

    answer = await c.ask(first["value"], locale="es-ES")  # the choice picked
    assert answer.embeds[0]["description"] == SPANISH_WIFI_ANSWER

    sessions = await choices(fake_discord, "session", "name", "clausura")
    assert sessions[0] == {"name": SPANISH_CLOSING, "value": "closing-session"}
    followed = await choices(fake_discord, "follow", "session", "closing")
    assert followed[0] == {"name": SPANISH_CLOSING, "value": "closing-session"}
    rooms = await choices(fake_discord, "next", "room", "asamblea")
    assert rooms == [{"name": SPANISH_HALL, "value": "ga-hall"}]
    rooms = await choices(fake_discord, "next", "room", "assembly")  # English still finds it
    assert rooms == [{"name": SPANISH_HALL, "value": "ga-hall"}]


async def test_unfollow_choices_name_what_you_follow_in_your_language(
    start: Starter, fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    write_faq(tmp_path / "faq.yaml", CHOICES_FAQ)
    await start()
    member = fake_discord.world.member
    pending = await fake_discord.send_slash_command(
        "follow", {"session": "closing-session"}, user=member, locale="es-ES")
    await pending.response()

    assert await choices(fake_discord, "unfollow", "session", "") == [
        {"name": SPANISH_CLOSING, "value": "closing-session"}]
    assert await choices(fake_discord, "unfollow", "session", "clos") == [
        {"name": SPANISH_CLOSING, "value": "closing-session"}]
