"""Questions in the other UN languages read as English concepts for the word features."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.answering import answer
from bot.core.crosslingual import english_reading, read_whole, unread_words, words_to_match
from bot.core.crosslingual_words import LANGUAGES, TABLE
from bot.core.facts import Fact, asked
from bot.core.features import describe
from bot.core.matching import MatchIndex
from bot.core.models import Outcome
from bot.core.text import is_english
from bot.wiring import load_faq
from tests.core.conftest import THU, at

BUNDLED = Path(__file__).resolve().parents[2] / "faq" / "conference.yaml"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

NOON = at(THU, 12, 0)


@pytest.mark.parametrize(
    ("question", "reading"),
    [
        ("À quelle heure commence la séance d'ouverture ?", "what time start session opening?"),
        ("Où puis-je récupérer mon badge ?", "where can i collect pick up badge?"),
        ("¿Dónde recojo mi credencial?", "where collect pick up badge?"),
        ("Где проходит конференция?", "where held conference?"),
        ("متى تُعقد الجلسة الختامية؟", "when held session closing?"),
        ("会议几点开始？", "conference what time start?"),
        # the UN's own term, its words apart or with "terrorist" between them
        ("¿A qué hora empieza la sesión sobre combatientes terroristas extranjeros?",
         "what time start session about foreign terrorist fighters?"),
        ("Quand a lieu la séance sur les combattants étrangers ?",
         "when held session about foreign terrorist fighters?"),
        # the UN's daily subsistence allowance, however it is called
        ("¿Cuándo se pagan los viáticos?", "when pay payment per diem dsa allowance?"),
        ("Когда выплачивают суточные?", "when per diem dsa allowance?"),
        # "for the two days": the dual is both days, not "today" with an ending
        ("ممكن البرنامج الكامل لليومين لو سمحت", "programme agenda both days."),
        ("البرنامج اليوم", "programme agenda today."),
        ("программа на два дня", "programme agenda both days."),
        # a longer word whose stem is a short form ("обедом": обед); a hyphenated word
        # the table does not know, word by word, but not an indefinite "где-нибудь"
        ("Нас кормят обедом?", "provided lunch?"),
        ("Как получить письмо-приглашение?", "how collect pick up letter invitation?"),
        ("Можно ли где-нибудь оставить чемодан?", "can i luggage?"),
        # 演示 alone is a demonstration, 演示文稿 the slides
        ("无人机演示几点开始？", "demonstration demo what time start?"),
        ("演示文稿在哪里下载？", "presentation slides where?"),
        # "закрытые" is closed, not also the closing ("закрытие"), as written whole
        ("Какие сессии закрытые?", "which session closed?"),
        ("Когда закрытие конференции?", "when closing conference?"),
        ("где можно распечатать документы? есть бизнес-центр?",
         "where can i print document? business centre?"),
        ("شو اللبس المطلوب بالاجتماع؟", "dress code meeting?"),
        # "скоро" is soon, not the ambulance ("скорая") its stem is
        ("скоро начнутся секции?", "soon breakout workshop?"),
        # colloquial Arabic lunch (الغدا) after a break is no "tomorrow" (غدا)
        ("استراحة الغدا خلصت ولا لسا؟", "lunch break end?"),
        ("ممكن ادخل بشنطة السفر؟", "entrance enter luggage?"),
        ("从中央车站怎么走到联合国总部？", "station how united nations headquarters?"),
        ("C'est quel numéro de canal ?", "which number channel?"),
        ("هل ورقة المفهوم متوفرة باللغة العربية؟", "concept note provided arabic?"),
        ("بكم القهوة؟", "how much cost price coffee?"),  # colloquial "how much"
        # "register me" is a request the bot cannot carry out (``vetoes.a_task``)
        ("Pouvez-vous m'inscrire à l'événement parallèle sur la jeunesse svp ?",
         "register me side event about youth?"),
        ("Запишите меня на сайд-ивент", "register me side event."),
        # a place for smoking is a smoking area, no fire
        ("في مكان مخصص للتدخين قريب من القاعة؟", "smoking area nearby room hall?"),
        ("Где курилка?", "where smoking area?"),
        # colloquial Levantine and Mexican Spanish; "وهل" (and whether) is no "now"
        ("شو في هلق؟", "now?"),
        ("إيمتى بتبلش الجلسة الجاية؟", "when start session next?"),
        ("وين بستلم البادج تبع المؤتمر؟", "where collect pick up badge conference?"),
        ("ما هو اللباس المطلوب؟ وهل يُسمح بالزي الوطني؟", "what dress code?"),
        ("hay algún evento paralelo ahorita?", "is there side event now?"),
        ("اطبعلي البادج تبعي لو سمحت", "print for me badge."),
        ("أين تقع قاعة مجلس الوصاية؟", "where room hall trusteeship council?"),
        # what letters stand for
        ("شو يعني FTF؟", "meaning stand for ftf?"),
        ("Что значит FTF?", "meaning stand for ftf?"),
        # "book me a room" is a request the bot cannot carry out (``vetoes.a_task``)
        ("Забронируйте мне переговорную на 15:00", "book for me 15 00."),
        ("En la recepción del jueves van a servir vino?", "reception thursday wine alcohol?"),
        ("الجلسة العامة الرابعة امتى وفين؟", "session plenary fourth when where?"),
        ("民间社会的代表能在全体会议上发言吗？", "civil society ngo delegate plenary speak?"),
        # closing, the verb, is no closed session
        ("Le Vienna Café ferme à quelle heure ?", "vienna coffee close what time?"),
        ("Во сколько закрывается кафе?", "what time close restaurant cafeteria?"),
        ("La séance est-elle à huis clos ?", "session closed?"),
        # forgetting a thing is losing it; a hall and whom to turn to, inflected
        ("Я забыл телефон в зале заседаний. Куда обращаться?",
         "lost phone room hall session. where contact?"),
        # a wireless network is the wifi
        ("Comment s'appelle le réseau sans fil ?", "what name wifi?"),
        ("¿Hay red inalámbrica?", "is there wifi?"),
        # a workshop or seminar is as often the event itself as a part of it
        ("Какой дресс-код на семинаре?", "which dress code workshop?"),
        ("Où se trouve l'atelier exactement ?", "where workshop?"),
        ("¿En qué sala es el grupo de trabajo?", "what room hall breakout workshop?"),
    ],
)
def test_a_question_in_another_language_reads_as_its_concepts_in_order(
    question: str, reading: str
) -> None:
    assert english_reading(question) == reading


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("Y a-t-il un dîner le mercredi soir ?", "wednesday"),
        ("¿Está abierto el sábado?", "saturday"),
        ("Открыто ли в субботу?", "saturday"),
        ("هل المكتب مفتوح يوم السبت؟", "saturday"),
        ("星期六开门吗", "saturday"),
        ("¿Hay algo en julio?", "july"),
    ],
)
def test_day_and_month_names_read_as_their_english_names(question: str, day: str) -> None:
    reading = english_reading(question)
    assert reading is not None
    assert day in reading.split() or f"{day}?" in reading.split()


def test_a_question_for_a_name_asks_for_a_person_in_every_language() -> None:
    for question in ("¿Cómo se llama el director?", "Как зовут директора?", "Quel est le nom "
                     "du directeur ?"):
        reading = english_reading(question)
        assert reading is not None and asked(reading) == Fact.PERSON, question


def test_paying_by_card_reads_as_its_english_concepts() -> None:
    reading = english_reading("Можно ли платить картой?")
    assert reading is not None
    assert {"pay", "card"} <= set(reading.rstrip("?").split())


@pytest.mark.parametrize(("question", "concept"), [
    ("Le déjeuner est-il offert aux participants ?", "provided"),
    ("¿El almuerzo está incluido?", "provided"),
    ("هل يتوفر طعام حلال داخل مقر الأمم المتحدة؟", "inside"),
    ("Y a-t-il l'interprétation pendant les séances ?", "during"),
    ("Où se trouve le bureau des badges ?", "office"),
    ("до скольки работает бюро пропусков в пятницу?", "until what time"),
    ("هل هناك قواعد للباس في المؤتمر؟", "dress code"),
    ("هل تتوفر خيارات طعام حلال؟", "options"),
    # a prayer room in one word, not prayer alone
    ("هل يوجد مصلى في مقر الأمم المتحدة؟", "prayer room"),
    ("会场里有祈祷室吗？", "prayer room"),
    ("Где молельная комната?", "prayer room"),
    # whether they feed the participants: lunch provided
    ("Участников кормят обедом?", "provided"),
])
def test_everyday_words_of_a_question_in_another_language_are_read(
    question: str, concept: str,
) -> None:
    # Each was left unread, and the question lost the word that finds its entry
    # (or, for "until what time", the kind of fact it asks).
    assert concept in (english_reading(question) or "")


def test_english_has_no_reading() -> None:
    assert english_reading("where is the venue?") is None
    assert english_reading("What time does the opening start") is None


def test_text_naming_nothing_the_table_knows_has_no_reading() -> None:
    assert english_reading("Xylophagous zqxv blorptastique ?") is None


def test_accents_may_be_left_out() -> None:
    assert english_reading("a quelle heure commence la seance d'ouverture") == (
        "what time start session opening.")


def test_an_unaccented_common_word_is_not_read_as_the_accented_one() -> None:
    # "ou" is "or", "où" is "where"; "que" is "that", "qué" is "what".
    assert "where" not in (english_reading("le déjeuner ou le dîner ?") or "")
    assert "what" not in (english_reading("¿Hay comida que sea vegetariana?") or "")


def test_arabic_letter_forms_and_marks_do_not_change_the_reading() -> None:
    plain = english_reading("اين يمكنني استلام الشارة")
    marked = english_reading("أَيْنَ يُمكنني استلام الشارة")
    assert plain == marked == "where can i collect pick up badge."


def test_inflections_read_as_their_form() -> None:
    assert english_reading("Les séances plénières sont-elles diffusées ?") == (
        "session plenary webcast live stream?")
    assert english_reading("Когда начнётся пленарное заседание?") == "when start plenary session?"


def test_names_acronyms_and_latin_words_in_another_script_are_kept() -> None:
    assert english_reading("Est-ce que INTERPOL participe ?") == (
        "interpol participant attend?")
    assert english_reading("Какой пароль от wifi?") == "which password wifi?"
    assert english_reading("UNOCT的会议在哪里？") == "unoct conference where?"


def test_chinese_takes_the_longest_form_at_each_point() -> None:
    # 联合国大会 (the General Assembly), not 联合国 + 大会 (United Nations + conference).
    assert english_reading("联合国大会在哪里") == "general assembly where."


def test_each_sentence_keeps_whether_it_asks() -> None:
    assert english_reading("J'ai perdu mon badge. Où aller ?") == "lost badge. where go get to?"


def test_every_row_of_the_table_has_english_and_one_column_per_language() -> None:
    for line in TABLE.strip().splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        assert len(cells) == len(LANGUAGES) + 1, line
        assert cells[0] and cells[0].isascii(), line


def test_the_reading_gives_the_kind_of_fact_asked() -> None:
    reading = english_reading("¿A qué hora empieza la conferencia?")
    assert reading is not None
    assert asked(reading) & Fact.CLOCK


def test_a_foreign_question_stays_foreign_in_the_features(index: MatchIndex) -> None:
    question = "Où puis-je récupérer mon badge ?"
    described = describe(index, question, asked(question), reading=english_reading(question))
    best = described.candidates[0]
    assert best.item_id == "badge-pickup"
    assert best.features["foreign"] == 1.0


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Où puis-je récupérer mon badge ?", "badge-pickup"),
        ("¿Cuál es la contraseña del wifi?", "wifi"),
        ("Какой пароль от вайфая?", "wifi"),
        ("我的证件丢了怎么办？", "lost-badge"),
    ],
)
def test_on_words_alone_a_foreign_question_finds_its_entry(
    index: MatchIndex, question: str, expected: str
) -> None:
    result = answer(index, question, NOON)
    offered = [result.item_id] if result.outcome is Outcome.ANSWER else [
        s.id for s in result.suggestions]
    assert expected in offered[:3], result


def test_an_english_question_naming_the_un_is_english() -> None:
    # "UN" is an acronym, not the French or Spanish article.
    assert english_reading("does the UN reimburse my flight") is None


@pytest.mark.parametrize("question", [
    "closest subway station to the un?",
    "where is the un",
    "un hq address",
])
def test_the_un_typed_in_lower_case_is_no_foreign_article(question: str) -> None:
    # A short question with one "un" was read as French: its word-for-word "reading"
    # ("parking park car?") then answered the parking entry.
    assert is_english(question)
    assert english_reading(question) is None


@pytest.mark.parametrize("question", ["où est un café", "¿un baño cerca?", "hay un cajero?"])
def test_un_beside_other_foreign_words_still_reads_as_foreign(question: str) -> None:
    assert not is_english(question)


@pytest.mark.parametrize("question", [
    "La nourriture servie au déjeuner est-elle halal ?",  # one article, then an inversion
    "Peut-on venir en jeans ?",
    "Le badge a-t-il une photo ?",
])
def test_a_french_question_with_its_subject_after_the_verb_is_french(question: str) -> None:
    assert not is_english(question)
    assert english_reading(question) is not None


@pytest.mark.parametrize("question", [
    "is the follow-on session open",
    "where is the add-on for the badge",
    "is the au delegation here",  # the African Union typed in lower case
])
def test_english_words_with_a_hyphen_or_au_stay_english(question: str) -> None:
    assert is_english(question)


def test_a_chinese_what_is_x_asked_with_how_much_reads_what() -> None:
    # "X是多少" asks what X is (a password, a number), not how many X there are; "Wi-Fi"
    # is one Latin word.
    assert str(english_reading("会场的Wi-Fi密码是多少？")).endswith(" password what?")
    assert english_reading("可以穿T-shirt参加会议吗？") == (
        "can i wear t-shirt participant attend conference?")
    assert english_reading("有多少人参加？") == "how many participant attend?"
    assert english_reading("出租车多少钱？") == "taxi how much cost price?"


def test_the_shuttle_and_praying_read_in_every_form_attendees_use() -> None:
    assert english_reading("À quelle heure part la navette de l'hôtel le matin ?") == (
        "what time shuttle hotel morning?")
    assert english_reading("¿A qué hora sale el traslado al aeropuerto?") == (
        "what time shuttle airport?")
    assert english_reading("Где можно помолиться?") == "where can i prayer?"  # perfective


@pytest.mark.parametrize("question", [
    "Faut-il le vaccin contre la fièvre jaune ?", "Нужна ли прививка от жёлтой лихорадки?",
    "需要接种黄热病疫苗吗？", "هل أحتاج لقاح الحمى الصفراء؟",
    "¿Hay que vacunarse contra la fiebre amarilla?"])
def test_a_vaccination_against_yellow_fever_reads_in_every_language(question: str) -> None:
    reading = str(english_reading(question))
    assert "vaccination" in reading and "yellow fever" in reading


def test_where_something_is_found_reads_where_not_found() -> None:
    # "Où se trouve ...?" asks where a thing is; "trouvé" (found) is lost property.
    assert english_reading("Où se trouve la salle de prière ?") == "where prayer room?"
    assert english_reading("¿Dónde se encuentra la sala 4?") == "where room hall 4?"
    assert english_reading("J'ai trouvé un sac, où le déposer ?") == "found bag where?"


def test_arabic_forms_stand_for_themselves_with_the_article_and_and_joined() -> None:
    # The stemmer takes the first letter off "برنامج" but only the article off
    # "البرنامج": each table form stands for its forms with "ال", "و" and "وال".
    assert english_reading("أين البرنامج؟") == english_reading("أين برنامج؟")
    assert str(english_reading("ومتى تنتهي؟")).startswith("when")


def test_the_words_a_reading_left_out_are_those_that_may_name_what_is_asked() -> None:
    assert unread_words("À quelle heure commence la projection du documentaire mardi ?") == (
        "projection", "documentaire")
    # function words, courtesies, names and numbers say nothing of what is asked
    assert unread_words("Pourriez-vous me dire où est la salle 4, svp ?") == ()
    assert unread_words("À quelle heure commence la séance d'ouverture ?") == ()
    assert unread_words("会场的Wi-Fi密码是多少？") == ()  # Chinese: characters say nothing alone


def test_a_question_whose_reading_left_its_subject_out_is_not_the_days_programme() -> None:
    # "À quelle heure commence la projection du documentaire mardi ?" read "what time
    # start tuesday?": Tuesday's first item (registration) was answered for a film.
    index = load_faq(BUNDLED, None).index
    reply = answer(index, "À quelle heure commence la projection du documentaire jeudi ?",
                   NOON)
    assert not reply.answered  # it was the first session of Thursday's afternoon


def test_a_latin_script_question_keeps_the_own_words_its_reading_did_not_take() -> None:
    # "briefing" is no word of the table: the English index may know it.
    assert words_to_match("Quand commence le briefing de presse ?") == (
        "briefing when start press media?")
    assert words_to_match("Какой пароль от wifi?") == "which password wifi?"
    assert words_to_match("where is the venue") is None


def test_only_the_own_words_the_faq_uses_are_kept_before_the_reading() -> None:
    known = {"briefing", "wifi"}
    assert words_to_match("Quand commence le briefing de presse ?", known.__contains__) == (
        "briefing when start press media?")
    assert words_to_match("Quand commence la session de presse ?", known.__contains__) == (
        "when start session press media?")


def test_function_words_and_words_a_form_took_are_not_kept_though_the_faq_uses_them() -> None:
    # An English FAQ may well use "c", "de" (a name) and "passe" ("pass"): in "mot de
    # passe" they are French, and kept they outweighed the password asked for.
    known = {"c", "de", "passe", "wifi", "svp", "mot"}.__contains__
    assert words_to_match("C'est quoi le mot de passe wifi svp", known) == (
        "what password wifi.")


def test_a_french_question_with_words_an_english_faq_also_uses_finds_its_entry() -> None:
    index = load_faq(FIXTURES / "dakar_workshop.yaml", None).index
    reply = answer(index, "C'est quoi le mot de passe wifi svp", NOON)
    assert (reply.outcome, reply.item_id) == (Outcome.ANSWER, "wifi")


def test_two_words_sharing_a_stem_each_read_as_their_own_concept() -> None:
    # "porte" (a door) and "porter" (to wear) share the Snowball stem "port".
    assert english_reading("Où est la porte ?") == "where entrance enter?"
    assert english_reading("Quelle tenue faut-il porter ?") == "which dress code need wear?"


@pytest.fixture(scope="module")
def bundled() -> MatchIndex:
    return load_faq(BUNDLED, None).index


@pytest.mark.parametrize(
    ("question", "session_id"),
    [
        ("¿A qué hora empieza la sesión sobre combatientes terroristas extranjeros?",
         "session-2-ftf"),
        ("Quand a lieu la séance sur les victimes ?", "side-event-victims"),
    ],
)
def test_a_session_named_by_its_subject_in_another_language_is_that_session(
    bundled: MatchIndex, question: str, session_id: str
) -> None:
    """"sobre", "sur": the reading says what the session is about, as "on" does."""
    found = answer(bundled, question, NOON)
    assert found.answered and found.item_id == session_id


@pytest.mark.parametrize(("question", "english"), [
    # a request's verb and "de" are function words of French and Spanish too
    ("Vous pouvez m'inscrire à l'événement parallèle de vendredi ?", False),
    ("¿Puede mi esposa venir a la recepción?", False),
    ("what time does the de Mistura session start", True),
    ("is the Vienna Café open on Friday", True),
])
def test_a_question_with_a_few_foreign_function_words_is_not_english(
    question: str, english: bool
) -> None:
    assert is_english(question) is english


def test_asking_for_a_place_to_smoke_in_arabic_raises_no_fire_alarm(index: MatchIndex) -> None:
    # "A place set aside for smoking near the hall?" read "place smoking nearby": smoke.
    assert answer(index, "في مكان مخصص للتدخين قريب من القاعة؟", NOON).alert is None
    assert answer(index, "هناك دخان في القاعة!", NOON).alert is not None  # smoke in the hall


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        ("Где проходит конференция?", True),
        ("会议在哪里举行？", True),  # leaves "里", a particle
        ("这次会议在什么地方举办？", True),
        # where to buy cheap cosmetics in New York: "买化妆品比较便宜" is left out
        ("纽约哪里买化妆品比较便宜？", False),
        ("À quelle heure commence la projection du documentaire ?", False),
        ("where is it held?", False),  # English has no reading
    ],
)
def test_a_reading_is_whole_only_where_it_left_out_nothing_a_question_is_about(
    question: str, whole: bool
) -> None:
    assert read_whole(question) is whole


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # the doors, not "porter" (to wear)
        ("les portes ouvrent a quelle heure jeudi matin ?", {"entrance", "open"}, {"wear"}),
        ("¿a qué hora abren las puertas?", {"entrance"}, set()),
        ("cuanto falta pa que empiece el taller C?", {"start"}, set()),
    ],
)
def test_doors_opening_and_a_start_in_the_subjunctive_are_read(
    question: str, said: set[str], not_said: set[str]
) -> None:
    reading = set((english_reading(question) or "").replace("?", " ").split())
    assert said <= reading and not not_said & reading
