"""The attendees' slash commands described in the asker's Discord language.

Discord shows a command's description and its options' descriptions in the command
picker, in the language of each person's app when the bot gives it one
(``description_localizations``). discord.py asks a ``Translator`` for them when it
syncs. Commands' names stay as they are (they are what the README and people type);
moderators' commands stay English, like the rest of the moderators' tools.

Keyed by the English description as the cogs write it (docstrings and
``app_commands.describe``), so the English stays next to its code; a test checks
that every attendee command and option has all five other languages. Discord has no
Arabic app language: the Arabic is kept for the day it has one, and for completeness.
"""

from __future__ import annotations

import hashlib
import json

import discord
from discord import app_commands

from bot.core.models import ENGLISH, LANGUAGES

# Discord's descriptions are at most 100 characters.
DESCRIPTION_CHARS = 100

DESCRIPTIONS: dict[str, dict[str, str]] = {
    "Ask anything about the conference: programme, rooms, badges, wifi...": {
        "fr": "Posez vos questions sur la conférence : programme, salles, badges, wifi...",
        "es": "Pregunte lo que quiera sobre la conferencia: programa, salas, credenciales, "
              "wifi...",
        "ru": "Любые вопросы о конференции: программа, залы, бейджи, wifi...",
        "ar": "اسأل عن أي شيء يخص المؤتمر: البرنامج، القاعات، الشارات، الواي فاي...",
        "zh": "关于会议的任何问题：议程、会议室、证件、无线网络……",
    },
    "Your question, in your own words": {
        "fr": "Votre question, avec vos propres mots",
        "es": "Su pregunta, con sus propias palabras",
        "ru": "Ваш вопрос своими словами",
        "ar": "سؤالك بكلماتك الخاصة",
        "zh": "用您自己的话提问",
    },
    "The programme of one day, or of the whole conference.": {
        "fr": "Le programme d'une journée, ou de toute la conférence.",
        "es": "El programa de un día, o de toda la conferencia.",
        "ru": "Программа одного дня или всей конференции.",
        "ar": "برنامج يوم واحد، أو المؤتمر كله.",
        "zh": "某一天或整个会议的议程。",
    },
    "A conference day (default: today, or the whole programme)": {
        "fr": "Un jour de la conférence (par défaut : aujourd'hui, ou tout le programme)",
        "es": "Un día de la conferencia (por defecto: hoy, o todo el programa)",
        "ru": "День конференции (по умолчанию: сегодня или вся программа)",
        "ar": "يوم من أيام المؤتمر (افتراضيًا: اليوم، أو البرنامج كله)",
        "zh": "会议日（默认：今天，或完整议程）",
    },
    "What is on right now (conference time zone).": {
        "fr": "Ce qui a lieu en ce moment (fuseau horaire de la conférence).",
        "es": "Lo que ocurre ahora mismo (zona horaria de la conferencia).",
        "ru": "Что идёт прямо сейчас (по времени конференции).",
        "ar": "ما يجري الآن (بتوقيت المؤتمر).",
        "zh": "正在进行的会议（会议所在时区）。",
    },
    "What starts next, in one room or anywhere.": {
        "fr": "Ce qui commence ensuite, dans une salle ou partout.",
        "es": "Lo que empieza a continuación, en una sala o en cualquiera.",
        "ru": "Что начнётся дальше, в одном зале или в любом.",
        "ar": "ما يبدأ تاليًا، في قاعة واحدة أو في أي مكان.",
        "zh": "接下来开始的会议，某个会议室或全部会议室。",
    },
    "Only this room (default: every room)": {
        "fr": "Seulement cette salle (par défaut : toutes les salles)",
        "es": "Solo esta sala (por defecto: todas las salas)",
        "ru": "Только этот зал (по умолчанию: все залы)",
        "ar": "هذه القاعة فقط (افتراضيًا: كل القاعات)",
        "zh": "仅此会议室（默认：所有会议室）",
    },
    "Day, time, room and speakers of one session.": {
        "fr": "Jour, heure, salle et intervenants d'une session.",
        "es": "Día, hora, sala y ponentes de una sesión.",
        "ru": "День, время, зал и выступающие одного заседания.",
        "ar": "يوم الجلسة ووقتها وقاعتها ومتحدثوها.",
        "zh": "某场会议的日期、时间、会议室和发言人。",
    },
    "The session's title (start typing to pick one)": {
        "fr": "Le titre de la session (tapez pour en choisir une)",
        "es": "El título de la sesión (escriba para elegir una)",
        "ru": "Название заседания (начните вводить, чтобы выбрать)",
        "ar": "عنوان الجلسة (ابدأ الكتابة لاختيار جلسة)",
        "zh": "会议名称（输入以选择）",
    },
    "Where the conference is, how to get in, and the rooms.": {
        "fr": "Où se tient la conférence, comment y entrer, et les salles.",
        "es": "Dónde es la conferencia, cómo entrar y las salas.",
        "ru": "Где проходит конференция, как пройти и какие залы.",
        "ar": "مكان انعقاد المؤتمر، وكيفية الدخول، والقاعات.",
        "zh": "会议地点、入场方式和会议室。",
    },
    "The conference themes.": {
        "fr": "Les thèmes de la conférence.",
        "es": "Los temas de la conferencia.",
        "ru": "Темы конференции.",
        "ar": "محاور المؤتمر.",
        "zh": "会议主题。",
    },
    "Get a DM reminder before a session, and a DM if it changes.": {
        "fr": "Recevoir un rappel en message privé avant une session, et un message si "
              "elle change.",
        "es": "Reciba un recordatorio por mensaje directo antes de una sesión, y otro si "
              "cambia.",
        "ru": "Напоминание в личных сообщениях перед заседанием и сообщение, если оно "
              "изменится.",
        "ar": "تذكير برسالة خاصة قبل الجلسة، ورسالة إذا تغيّرت.",
        "zh": "会议开始前私信提醒，会议变动时私信通知。",
    },
    "The session (start typing to pick one)": {
        "fr": "La session (tapez pour en choisir une)",
        "es": "La sesión (escriba para elegir una)",
        "ru": "Заседание (начните вводить, чтобы выбрать)",
        "ar": "الجلسة (ابدأ الكتابة لاختيار جلسة)",
        "zh": "会议（输入以选择）",
    },
    "Stop reminders and change messages for a session.": {
        "fr": "Arrêter les rappels et les messages de changement d'une session.",
        "es": "Dejar de recibir recordatorios y avisos de cambios de una sesión.",
        "ru": "Отключить напоминания и сообщения об изменениях заседания.",
        "ar": "إيقاف التذكيرات ورسائل التغيير الخاصة بجلسة.",
        "zh": "停止某场会议的提醒和变动通知。",
    },
    "A session you follow": {
        "fr": "Une session que vous suivez",
        "es": "Una sesión que sigue",
        "ru": "Заседание, за которым вы следите",
        "ar": "جلسة تتابعها",
        "zh": "您关注的会议",
    },
    "The sessions you follow, and when your reminders come.": {
        "fr": "Les sessions que vous suivez, et quand arrivent vos rappels.",
        "es": "Las sesiones que sigue, y cuándo llegan sus recordatorios.",
        "ru": "Заседания, за которыми вы следите, и когда приходят напоминания.",
        "ar": "الجلسات التي تتابعها، وموعد وصول تذكيراتك.",
        "zh": "您关注的会议，以及提醒发送的时间。",
    },
    "Choose when your reminders come.": {
        "fr": "Choisir quand arrivent vos rappels.",
        "es": "Elija cuándo llegan sus recordatorios.",
        "ru": "Выберите, когда приходят напоминания.",
        "ar": "اختر موعد وصول تذكيراتك.",
        "zh": "选择提醒发送的时间。",
    },
    "How many minutes before each session you follow (0: none)": {
        "fr": "Combien de minutes avant chaque session suivie (0 : aucun rappel)",
        "es": "Cuántos minutos antes de cada sesión que sigue (0: ninguno)",
        "ru": "За сколько минут до каждого заседания (0: без напоминаний)",
        "ar": "كم دقيقة قبل كل جلسة تتابعها (0: بلا تذكير)",
        "zh": "在您关注的每场会议开始前几分钟提醒（0：不提醒）",
    },
    "The programme as a calendar file (.ics): import it again to update it.": {
        "fr": "Le programme en fichier d'agenda (.ics) : importez-le à nouveau pour le mettre "
              "à jour.",
        "es": "El programa como archivo de calendario (.ics): impórtelo de nuevo para "
              "actualizarlo.",
        "ru": "Программа в виде файла календаря (.ics): импортируйте снова, чтобы обновить.",
        "ar": "البرنامج في ملف تقويم (.ics): استورده مجددًا لتحديثه.",
        "zh": "以日历文件（.ics）获取议程：再次导入即可更新。",
    },
    "One conference day": {
        "fr": "Un jour de la conférence",
        "es": "Un día de la conferencia",
        "ru": "Один день конференции",
        "ar": "يوم واحد من أيام المؤتمر",
        "zh": "某一个会议日",
    },
    "One session (start typing to pick one)": {
        "fr": "Une session (tapez pour en choisir une)",
        "es": "Una sesión (escriba para elegir una)",
        "ru": "Одно заседание (начните вводить, чтобы выбрать)",
        "ar": "جلسة واحدة (ابدأ الكتابة لاختيار جلسة)",
        "zh": "某一场会议（输入以选择）",
    },
    "Only the sessions you follow": {
        "fr": "Seulement les sessions que vous suivez",
        "es": "Solo las sesiones que sigue",
        "ru": "Только заседания, за которыми вы следите",
        "ar": "الجلسات التي تتابعها فقط",
        "zh": "仅限您关注的会议",
    },
}

_DESCRIBED = frozenset({
    app_commands.TranslationContextLocation.command_description,
    app_commands.TranslationContextLocation.parameter_description,
})


def language_of(locale: discord.Locale) -> str | None:
    """The UN language of a Discord app language ("es-ES" -> "es"), if it is one."""
    code = str(locale.value).split("-")[0].lower()
    return code if code in LANGUAGES and code != ENGLISH else None


def fingerprint() -> str:
    """Changes when a description's wording does, so the commands are synced again."""
    text = json.dumps(DESCRIPTIONS, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


class CommandWording(app_commands.Translator):
    """Descriptions of the attendees' commands in the person's app language."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        if context.location not in _DESCRIBED:
            return None
        language = language_of(locale)
        if language is None:
            return None
        text = DESCRIPTIONS.get(string.message, {}).get(language)
        return text[:DESCRIPTION_CHARS] if text else None
