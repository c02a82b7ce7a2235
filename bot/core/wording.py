"""Everything the bot itself says to attendees, in the six UN languages: one catalogue.

The organisers' text (answers, titles) comes from the FAQ file and its translations;
this is the bot's own wording around it: "did you mean", "I don't know that yet",
the programme's labels, buttons, the cooldown notice. Each entry has all six
languages (a test checks it, and that every placeholder is in every language), so a
new message cannot be added in English alone.

Dates are written with the locale's conventions by ``babel`` (CLDR data): day and
month names, their order and punctuation. English keeps the bot's own compact form
("Thursday 28 June 2018").

The translations here were written for the project and are marked for review by the
organisers' translators, like the bundled FAQ's.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel.dates import format_date, format_skeleton

from bot.core.models import ENGLISH, LANGUAGES

# Right-to-left scripts among the six: each paragraph of text in them starts with a
# right-to-left mark (see ``right_to_left``).
RIGHT_TO_LEFT = frozenset({"ar"})

CATALOGUE: dict[str, dict[str, str]] = {
    # -- replies -----------------------------------------------------------------
    "unknown_logged": {
        "en": "I don't know that yet, sorry. I've passed your question to the organisers; "
              "the information desk can help in the meantime.",
        "fr": "Je ne le sais pas encore, désolé. J'ai transmis votre question aux "
              "organisateurs ; le bureau d'information peut vous aider en attendant.",
        "es": "Todavía no lo sé, lo siento. He pasado su pregunta a los organizadores; "
              "mientras tanto, el mostrador de información puede ayudarle.",
        "ru": "Извините, я пока этого не знаю. Я передал ваш вопрос организаторам; "
              "а пока вам поможет информационная стойка.",
        "ar": "عذرًا، لا أعرف ذلك بعد. لقد أحلت سؤالك إلى المنظمين، ويمكن لمكتب "
              "الاستعلامات مساعدتك في هذه الأثناء.",
        "zh": "抱歉，我暂时还不知道。我已将您的问题转给组织者；在此期间，问讯处可以为您提供帮助。",
    },
    "unknown": {
        "en": "I don't know that yet, sorry. The information desk can help.",
        "fr": "Je ne le sais pas encore, désolé. Le bureau d'information peut vous aider.",
        "es": "Todavía no lo sé, lo siento. El mostrador de información puede ayudarle.",
        "ru": "Извините, я пока этого не знаю. Вам поможет информационная стойка.",
        "ar": "عذرًا، لا أعرف ذلك بعد. يمكن لمكتب الاستعلامات مساعدتك.",
        "zh": "抱歉，我暂时还不知道。问讯处可以为您提供帮助。",
    },
    # After what the bot does know, where it is not the answer ("Nothing is scheduled
    # on Saturday: the conference runs on ..."), for a question it could not answer.
    "unknown_more_logged": {
        "en": "If you need more than that, I've passed your question to the organisers; "
              "the information desk can help in the meantime.",
        "fr": "S'il vous faut davantage, j'ai transmis votre question aux organisateurs ; "
              "le bureau d'information peut vous aider en attendant.",
        "es": "Si necesita más, he pasado su pregunta a los organizadores; mientras tanto, "
              "el mostrador de información puede ayudarle.",
        "ru": "Если нужно больше, я передал ваш вопрос организаторам; а пока вам поможет "
              "информационная стойка.",
        "ar": "إذا احتجت إلى المزيد، فقد أحلت سؤالك إلى المنظمين، ويمكن لمكتب "
              "الاستعلامات مساعدتك في هذه الأثناء.",
        "zh": "如需更多信息，我已将您的问题转给组织者；在此期间，问讯处可以为您提供帮助。",
    },
    "unknown_more": {
        "en": "If you need more than that, the information desk can help.",
        "fr": "S'il vous faut davantage, le bureau d'information peut vous aider.",
        "es": "Si necesita más, el mostrador de información puede ayudarle.",
        "ru": "Если нужно больше, вам поможет информационная стойка.",
        "ar": "إذا احتجت إلى المزيد، يمكن لمكتب الاستعلامات مساعدتك.",
        "zh": "如需更多信息，问讯处可以为您提供帮助。",
    },
    "suggest_intro": {
        "en": "I'm not sure I understood. Did you mean:",
        "fr": "Je ne suis pas sûr d'avoir compris. Vouliez-vous dire :",
        "es": "No estoy seguro de haber entendido. ¿Quiso decir:",
        "ru": "Не уверен, что понял вас. Возможно, вы имели в виду:",
        "ar": "لست متأكدًا من أنني فهمت. هل تقصد:",
        "zh": "我不确定是否理解了您的意思。您是想问：",
    },
    "suggest_pick_button": {
        "en": "Pick one below, or ask in other words.",
        "fr": "Choisissez ci-dessous, ou posez la question autrement.",
        "es": "Elija una opción abajo, o pregunte con otras palabras.",
        "ru": "Выберите вариант ниже или задайте вопрос иначе.",
        "ar": "اختر أحد الخيارات أدناه، أو اطرح سؤالك بصيغة أخرى.",
        "zh": "请在下方选择一项，或换一种说法提问。",
    },
    "suggest_pick_number": {
        "en": "Reply with a number to see that answer, or ask in other words.",
        "fr": "Répondez par un numéro pour voir cette réponse, ou posez la question autrement.",
        "es": "Responda con un número para ver esa respuesta, o pregunte con otras palabras.",
        "ru": "Ответьте номером, чтобы увидеть этот ответ, или задайте вопрос иначе.",
        "ar": "أرسل رقمًا لعرض تلك الإجابة، أو اطرح سؤالك بصيغة أخرى.",
        "zh": "回复编号即可查看该答案，或换一种说法提问。",
    },
    "suggest_logged": {
        "en": "(Your question has been passed to the organisers too.)",
        "fr": "(Votre question a aussi été transmise aux organisateurs.)",
        "es": "(Su pregunta también se ha pasado a los organizadores.)",
        "ru": "(Ваш вопрос также передан организаторам.)",
        "ar": "(كما أُحيل سؤالك إلى المنظمين.)",
        "zh": "（您的问题也已转给组织者。）",
    },
    "pick_a_number": {
        "en": "Please reply with a number from 1 to {count}, or ask in other words.",
        "fr": "Répondez par un numéro de 1 à {count}, ou posez la question autrement.",
        "es": "Responda con un número del 1 al {count}, o pregunte con otras palabras.",
        "ru": "Ответьте номером от 1 до {count} или задайте вопрос иначе.",
        "ar": "يرجى الرد برقم من 1 إلى {count}، أو طرح سؤالك بصيغة أخرى.",
        "zh": "请回复 1 到 {count} 之间的编号，或换一种说法提问。",
    },
    "greeting": {
        "en": "Hello! Ask me anything about the conference: the programme, rooms, badges, "
              "security, interpretation, the webcast, food, wifi...",
        "fr": "Bonjour ! Posez-moi vos questions sur la conférence : le programme, les salles, "
              "les badges, la sécurité, l'interprétation, la retransmission, les repas, le "
              "wifi...",
        "es": "¡Hola! Pregúnteme lo que quiera sobre la conferencia: el programa, las salas, "
              "las credenciales, la seguridad, la interpretación, la transmisión web, la "
              "comida, el wifi...",
        "ru": "Здравствуйте! Спрашивайте меня о конференции: программа, залы, бейджи, "
              "безопасность, устный перевод, веб-трансляция, питание, wifi...",
        "ar": "مرحبًا! اسألني عن أي شيء يخص المؤتمر: البرنامج، والقاعات، والشارات، "
              "والأمن، والترجمة الفورية، والبث الشبكي، والطعام، والواي فاي...",
        "zh": "您好！有关会议的任何问题都可以问我：议程、会议室、证件、安检、口译、网络直播、"
              "餐饮、无线网络……",
    },
    "thanks": {
        "en": "You're welcome! Ask me anything else about the conference.",
        "fr": "Je vous en prie ! N'hésitez pas si vous avez d'autres questions sur la "
              "conférence.",
        "es": "¡De nada! Pregúnteme cualquier otra cosa sobre la conferencia.",
        "ru": "Пожалуйста! Спрашивайте, если есть ещё вопросы о конференции.",
        "ar": "على الرحب والسعة! اسألني عن أي شيء آخر يخص المؤتمر.",
        "zh": "不客气！关于会议还有其他问题，尽管问我。",
    },
    "goodbye": {
        "en": "Goodbye, and enjoy the conference!",
        "fr": "Au revoir, et bonne conférence !",
        "es": "¡Adiós, y que disfrute de la conferencia!",
        "ru": "До свидания и приятной конференции!",
        "ar": "مع السلامة، ونتمنى لك مؤتمرًا موفقًا!",
        "zh": "再见，祝您参会愉快！",
    },
    "acknowledgement": {
        "en": "Glad to help. Anything else about the conference?",
        "fr": "Avec plaisir. Autre chose sur la conférence ?",
        "es": "Encantado de ayudar. ¿Algo más sobre la conferencia?",
        "ru": "Рад помочь. Есть ещё вопросы о конференции?",
        "ar": "يسعدني المساعدة. هل من شيء آخر بخصوص المؤتمر؟",
        "zh": "很高兴能帮上忙。关于会议还有其他问题吗？",
    },
    "about_bot": {
        "en": "I'm the conference's FAQ bot, not a person. Ask me about the programme, rooms, "
              "badges, security, interpretation, the webcast, food, wifi... When I don't know "
              "an answer, I say so, and your question goes to the organisers.",
        "fr": "Je suis le robot FAQ de la conférence, pas une personne. Posez-moi vos "
              "questions sur le programme, les salles, les badges, la sécurité, "
              "l'interprétation, la retransmission, les repas, le wifi... Quand je ne connais "
              "pas la réponse, je vous le dis, et votre question est transmise aux "
              "organisateurs.",
        "es": "Soy el bot de preguntas frecuentes de la conferencia, no una persona. "
              "Pregúnteme por el programa, las salas, las credenciales, la seguridad, la "
              "interpretación, la transmisión web, la comida, el wifi... Cuando no sé una "
              "respuesta, se lo digo, y su pregunta llega a los organizadores.",
        "ru": "Я бот с ответами на частые вопросы о конференции, а не человек. Спрашивайте "
              "о программе, залах, бейджах, безопасности, устном переводе, веб-трансляции, "
              "питании, wifi... Если я не знаю ответа, я так и скажу, а ваш вопрос получат "
              "организаторы.",
        "ar": "أنا روبوت الأسئلة الشائعة الخاص بالمؤتمر، ولست شخصًا. اسألني عن البرنامج، "
              "والقاعات، والشارات، والأمن، والترجمة الفورية، والبث الشبكي، والطعام، والواي "
              "فاي... وحين لا أعرف الإجابة أقول ذلك، ويصل سؤالك إلى المنظمين.",
        "zh": "我是会议的常见问题机器人，不是真人。可以问我议程、会议室、证件、安检、口译、"
              "网络直播、餐饮、无线网络等问题……如果我不知道答案，我会如实说明，"
              "您的问题会转给组织者。",
    },
    "untranslated_note": {
        "en": "",
        "fr": "Cette réponse n'est pas encore traduite ; la voici en anglais :",
        "es": "Esta respuesta aún no está traducida; aquí la tiene en inglés:",
        "ru": "Этот ответ ещё не переведён, поэтому он на английском:",
        "ar": "لم تُترجم هذه الإجابة بعد، وإليك نصها بالإنجليزية:",
        "zh": "此答案尚未翻译，以下为英文原文：",
    },
    "cooldown": {
        "en": "You're asking faster than I can keep up. Please wait {seconds} {unit} and ask "
              "again; I've noted what you asked.",
        "fr": "Vous posez vos questions plus vite que je ne peux suivre. Attendez {seconds} "
              "{unit} et reposez-la ; j'ai noté ce que vous avez demandé.",
        "es": "Pregunta más rápido de lo que puedo responder. Espere {seconds} {unit} y vuelva "
              "a preguntar; he tomado nota de lo que preguntó.",
        "ru": "Вы задаёте вопросы быстрее, чем я успеваю отвечать. Подождите {seconds} {unit} "
              "и спросите снова; я записал ваш вопрос.",
        "ar": "أنت تسأل أسرع مما أستطيع مجاراته. يرجى الانتظار {seconds} {unit} ثم السؤال "
              "مجددًا؛ لقد دوّنت ما سألت عنه.",
        "zh": "您提问的速度太快了，我跟不上。请等待 {seconds} {unit}后再问；您的问题我已记下。",
    },
    "second": {"en": "second", "fr": "s", "es": "s", "ru": "с", "ar": "ث", "zh": "秒"},
    "seconds": {"en": "seconds", "fr": "s", "es": "s", "ru": "с", "ar": "ث", "zh": "秒"},
    "restarting": {
        "en": "I'm restarting right now. Please ask again in a minute.",
        "fr": "Je redémarre en ce moment. Reposez votre question dans une minute.",
        "es": "Me estoy reiniciando ahora mismo. Vuelva a preguntar en un minuto.",
        "ru": "Я сейчас перезапускаюсь. Пожалуйста, спросите снова через минуту.",
        "ar": "أعيد التشغيل الآن. يرجى إعادة السؤال بعد دقيقة.",
        "zh": "我正在重启，请一分钟后再问。",
    },
    # -- the local chat console's own lines (``conference-bot chat --lang``) ------------
    "console_banner": {
        "en": "Conference concierge \u2014 local chat. Ask a question and press Enter; "
              "an empty line or Ctrl-D quits.",
        "fr": "Concierge de la conférence \u2014 discussion locale. Posez une question et "
              "appuyez sur Entrée ; une ligne vide ou Ctrl-D pour quitter.",
        "es": "Conserje de la conferencia \u2014 chat local. Escriba una pregunta y pulse "
              "Intro; una línea vacía o Ctrl-D para salir.",
        "ru": "Консьерж конференции \u2014 локальный чат. Задайте вопрос и нажмите Enter; "
              "пустая строка или Ctrl-D \u2014 выход.",
        "ar": "مساعد المؤتمر \u2014 دردشة محلية. اكتب سؤالك واضغط Enter؛ سطر فارغ أو "
              "Ctrl-D للخروج.",
        "zh": "会议助手\u2014\u2014本地聊天。输入问题后按回车键；输入空行或按 Ctrl-D 退出。",
    },
    "console_commands": {
        "en": "The programme as on Discord: /now, /next [room], /schedule [day], "
              "/session NAME, /venue, /topics.",
        "fr": "Le programme comme sur Discord : /now, /next [salle], /schedule [jour], "
              "/session NOM, /venue, /topics.",
        "es": "El programa como en Discord: /now, /next [sala], /schedule [día], "
              "/session NOMBRE, /venue, /topics.",
        "ru": "Программа, как в Discord: /now, /next [зал], /schedule [день], "
              "/session НАЗВАНИЕ, /venue, /topics.",
        "ar": "البرنامج كما في Discord: /now، /next [القاعة]، /schedule [اليوم]، "
              "/session الاسم، /venue، /topics.",
        "zh": "与 Discord 相同的议程命令：/now、/next [会议室]、/schedule [日期]、"
              "/session 名称、/venue、/topics。",
    },
    "console_loading": {
        "en": "Loading the FAQ...",
        "fr": "Chargement de la FAQ...",
        "es": "Cargando las preguntas frecuentes...",
        "ru": "Загрузка FAQ...",
        "ar": "جارٍ تحميل الأسئلة الشائعة...",
        "zh": "正在加载常见问题……",
    },
    "console_prompt": {"en": "you> ", "fr": "vous> ", "es": "usted> ", "ru": "вы> ",
                       "ar": "أنت> ", "zh": "您> "},
    # -- someone who is not a moderator trying a moderator's command or button ----------
    # (the moderators' tools themselves stay English: they are the staff's)
    "not_a_moderator": {
        "en": "Sorry, this command is for moderators (Manage Messages permission or the "
              "moderator role).",
        "fr": "Désolé, cette commande est réservée aux modérateurs (permission Gérer les "
              "messages ou rôle de modérateur).",
        "es": "Lo siento, este comando es solo para moderadores (permiso Gestionar mensajes "
              "o el rol de moderador).",
        "ru": "Извините, эта команда только для модераторов (право «Управлять сообщениями» "
              "или роль модератора).",
        "ar": "عذرًا، هذا الأمر مخصص للمشرفين (صلاحية إدارة الرسائل أو دور المشرف).",
        "zh": "抱歉，此命令仅供版主使用（需要“管理消息”权限或版主角色）。",
    },
    "moderators_not_in_dms": {
        "en": "Moderator commands work only in the conference server, not in direct "
              "messages.",
        "fr": "Les commandes de modération ne fonctionnent que sur le serveur de la "
              "conférence, pas en messages privés.",
        "es": "Los comandos de moderación solo funcionan en el servidor de la conferencia, "
              "no en mensajes directos.",
        "ru": "Команды модераторов работают только на сервере конференции, а не в личных "
              "сообщениях.",
        "ar": "لا تعمل أوامر المشرفين إلا في خادم المؤتمر، وليس في الرسائل الخاصة.",
        "zh": "版主命令只能在会议服务器中使用，不能在私信中使用。",
    },
    # -- buttons and what they answer -----------------------------------------------
    "helpful": {"en": "Helpful", "fr": "Utile", "es": "Útil", "ru": "Полезно",
                "ar": "مفيد", "zh": "有帮助"},
    "not_helpful": {"en": "Not helpful", "fr": "Pas utile", "es": "No es útil",
                    "ru": "Не помогло", "ar": "غير مفيد", "zh": "没有帮助"},
    "thanks_helpful": {
        "en": "Thanks for letting us know!",
        "fr": "Merci de nous l'avoir dit !",
        "es": "¡Gracias por decírnoslo!",
        "ru": "Спасибо, что сообщили!",
        "ar": "شكرًا لإخبارنا!",
        "zh": "感谢您的反馈！",
    },
    "thanks_not_helpful_logged": {
        "en": "Thanks for telling us. I've passed this answer to the organisers so they can "
              "improve it; the information desk can help in the meantime.",
        "fr": "Merci de nous l'avoir signalé. J'ai transmis cette réponse aux organisateurs "
              "pour qu'ils l'améliorent ; le bureau d'information peut vous aider en "
              "attendant.",
        "es": "Gracias por decírnoslo. He pasado esta respuesta a los organizadores para que "
              "la mejoren; mientras tanto, el mostrador de información puede ayudarle.",
        "ru": "Спасибо, что сообщили. Я передал этот ответ организаторам, чтобы они его "
              "улучшили; а пока вам поможет информационная стойка.",
        "ar": "شكرًا لإخبارنا. لقد أحلت هذه الإجابة إلى المنظمين لتحسينها، ويمكن لمكتب "
              "الاستعلامات مساعدتك في هذه الأثناء.",
        "zh": "感谢您告诉我们。我已将此答案转给组织者以便改进；在此期间，问讯处可以为您提供帮助。",
    },
    "thanks_not_helpful": {
        "en": "Thanks for telling us. The information desk can help in the meantime.",
        "fr": "Merci de nous l'avoir signalé. Le bureau d'information peut vous aider en "
              "attendant.",
        "es": "Gracias por decírnoslo. Mientras tanto, el mostrador de información puede "
              "ayudarle.",
        "ru": "Спасибо, что сообщили. А пока вам поможет информационная стойка.",
        "ar": "شكرًا لإخبارنا. يمكن لمكتب الاستعلامات مساعدتك في هذه الأثناء.",
        "zh": "感谢您告诉我们。在此期间，问讯处可以为您提供帮助。",
    },
    "already_rated": {
        "en": "You've already rated this answer. Thank you!",
        "fr": "Vous avez déjà évalué cette réponse. Merci !",
        "es": "Ya ha valorado esta respuesta. ¡Gracias!",
        "ru": "Вы уже оценили этот ответ. Спасибо!",
        "ar": "لقد قيّمت هذه الإجابة بالفعل. شكرًا لك!",
        "zh": "您已经评价过这个答案了。谢谢！",
    },
    "no_longer_in_faq": {
        "en": "That entry is no longer in the FAQ. Please ask again.",
        "fr": "Cette entrée n'est plus dans la FAQ. Posez à nouveau votre question.",
        "es": "Esa entrada ya no está en las preguntas frecuentes. Vuelva a preguntar.",
        "ru": "Этого раздела больше нет в FAQ. Пожалуйста, спросите снова.",
        "ar": "لم يعد هذا البند موجودًا في الأسئلة الشائعة. يرجى السؤال مجددًا.",
        "zh": "该条目已不在常见问题中，请重新提问。",
    },
    "expired": {
        "en": "This button has expired. Please ask again.",
        "fr": "Ce bouton a expiré. Posez à nouveau votre question.",
        "es": "Este botón ha caducado. Vuelva a preguntar.",
        "ru": "Срок действия этой кнопки истёк. Пожалуйста, спросите снова.",
        "ar": "انتهت صلاحية هذا الزر. يرجى السؤال مجددًا.",
        "zh": "此按钮已失效，请重新提问。",
    },
    "went_wrong": {
        "en": "Sorry, something went wrong on my side. Please try again.",
        "fr": "Désolé, un problème est survenu de mon côté. Veuillez réessayer.",
        "es": "Lo siento, algo ha fallado por mi parte. Inténtelo de nuevo.",
        "ru": "Извините, у меня что-то пошло не так. Попробуйте ещё раз.",
        "ar": "عذرًا، حدث خطأ من جانبي. يرجى المحاولة مرة أخرى.",
        "zh": "抱歉，我这边出了点问题，请重试。",
    },
    "bad_option": {
        "en": "That value doesn't look right for this command. Please check it and try again.",
        "fr": "Cette valeur ne convient pas à cette commande. Vérifiez-la et réessayez.",
        "es": "Ese valor no parece correcto para este comando. Revíselo e inténtelo de nuevo.",
        "ru": "Это значение не подходит для этой команды. Проверьте его и попробуйте ещё раз.",
        "ar": "لا تبدو هذه القيمة صحيحة لهذا الأمر. يرجى التحقق منها والمحاولة مرة أخرى.",
        "zh": "该值不适用于此命令，请检查后重试。",
    },
    "resolved_intro": {
        "en": "Update on a question asked here earlier: the organisers have answered it.",
        "fr": "Du nouveau sur une question posée ici : les organisateurs y ont répondu.",
        "es": "Novedades sobre una pregunta hecha aquí: los organizadores la han respondido.",
        "ru": "Новости по вопросу, заданному здесь ранее: организаторы на него ответили.",
        "ar": "مستجدات بشأن سؤال طُرح هنا سابقًا: لقد أجاب عنه المنظمون.",
        "zh": "关于此前在这里提出的问题：组织者已经作答。",
    },
    "dismissed_intro": {
        "en": "Update on a question asked here earlier, from the organisers:",
        "fr": "Du nouveau sur une question posée ici, de la part des organisateurs :",
        "es": "Novedades de los organizadores sobre una pregunta hecha aquí:",
        "ru": "Новости от организаторов по вопросу, заданному здесь ранее:",
        "ar": "مستجدات من المنظمين بشأن سؤال طُرح هنا سابقًا:",
        "zh": "组织者关于此前在这里提出的问题的回复：",
    },
    # -- answers' own labels ------------------------------------------------------------
    "answer": {"en": "Answer", "fr": "Réponse", "es": "Respuesta", "ru": "Ответ",
               "ar": "الإجابة", "zh": "答案"},
    "in_your_time_zone": {"en": "In your time zone", "fr": "Dans votre fuseau horaire",
                          "es": "En su zona horaria", "ru": "В вашем часовом поясе",
                          "ar": "بتوقيتك المحلي", "zh": "按您所在时区"},
    "when": {"en": "When", "fr": "Quand", "es": "Cuándo", "ru": "Когда", "ar": "الموعد",
             "zh": "时间"},
    "where": {"en": "Where", "fr": "Où", "es": "Dónde", "ru": "Где", "ar": "المكان",
              "zh": "地点"},
    "speakers": {"en": "Speakers", "fr": "Intervenants", "es": "Ponentes", "ru": "Выступающие",
                 "ar": "المتحدثون", "zh": "发言人"},
    "theme": {"en": "Theme", "fr": "Thème", "es": "Tema", "ru": "Тема", "ar": "المحور",
              "zh": "主题"},
    "label_line": {"en": "{label}: {value}", "fr": "{label} : {value}", "es": "{label}: {value}",
                   "ru": "{label}: {value}", "ar": "{label}: {value}", "zh": "{label}：{value}"},
    "local_time": {"en": "{city} time", "fr": "heure de {city}", "es": "hora de {city}",
                   "ru": "время в городе {city}", "ar": "بتوقيت {city}", "zh": "{city}时间"},
    "times_in": {
        "en": "{heading} (times in {local}, {zone}):",
        "fr": "{heading} (heures en {local}, {zone}) :",
        "es": "{heading} (horas en {local}, {zone}):",
        "ru": "{heading} ({local}, {zone}):",
        "ar": "{heading} (الأوقات {local}، {zone}):",
        "zh": "{heading}（{local}，{zone}）：",
    },
    "sessions_on_theme": {"en": "Sessions on this theme:", "fr": "Sessions sur ce thème :",
                          "es": "Sesiones sobre este tema:", "ru": "Заседания по этой теме:",
                          "ar": "الجلسات المتعلقة بهذا المحور:", "zh": "该主题的会议："},
    "sessions_here": {"en": "Sessions here:", "fr": "Sessions dans cette salle :",
                      "es": "Sesiones en esta sala:", "ru": "Заседания в этом зале:",
                      "ar": "الجلسات في هذه القاعة:", "zh": "在此举行的会议："},
    "rooms": {"en": "Rooms:", "fr": "Salles :", "es": "Salas:", "ru": "Залы:",
              "ar": "القاعات:", "zh": "会议室："},
    "no_programme": {
        "en": "The programme has not been published yet.",
        "fr": "Le programme n'a pas encore été publié.",
        "es": "El programa aún no se ha publicado.",
        "ru": "Программа ещё не опубликована.",
        "ar": "لم يُنشر البرنامج بعد.",
        "zh": "议程尚未公布。",
    },
    "day_at": {"en": "{day} at {time} {zone}", "fr": "{day} à {time} ({zone})",
               "es": "{day} a las {time} ({zone})", "ru": "{day} в {time} ({zone})",
               "ar": "{day} الساعة {time} ({zone})", "zh": "{day} {time}（{zone}）"},
    # -- a session's status and access (answers, listings, /session) ---------------------
    # Agreeing with "session" where the language marks it (fr "séance/session", es
    # "sesión": feminine; ru "заседание": neuter).
    "status_scheduled": {"en": "on as scheduled", "fr": "maintenue comme prévu",
                         "es": "según lo previsto", "ru": "по расписанию",
                         "ar": "في موعدها المقرر", "zh": "按计划举行"},
    "status_delayed": {"en": "delayed", "fr": "retardée", "es": "retrasada",
                       "ru": "задерживается", "ar": "متأخرة", "zh": "已推迟"},
    "status_moved": {"en": "moved", "fr": "déplacée", "es": "trasladada", "ru": "перенесено",
                     "ar": "منقولة", "zh": "已调整"},
    "status_cancelled": {"en": "cancelled", "fr": "annulée", "es": "cancelada",
                         "ru": "отменено", "ar": "ملغاة", "zh": "已取消"},
    "status_full": {"en": "full", "fr": "complète", "es": "completa", "ru": "мест нет",
                    "ar": "مكتملة العدد", "zh": "已满"},
    "access_open": {
        "en": "open to all conference participants",
        "fr": "ouverte à tous les participants à la conférence",
        "es": "abierta a todos los participantes en la conferencia",
        "ru": "открыто для всех участников конференции",
        "ar": "مفتوحة لجميع المشاركين في المؤتمر",
        "zh": "向所有与会者开放",
    },
    "access_registration": {
        "en": "registration needed in advance",
        "fr": "inscription préalable obligatoire",
        "es": "se requiere inscripción previa",
        "ru": "требуется предварительная регистрация",
        "ar": "يلزم التسجيل المسبق",
        "zh": "需提前报名",
    },
    "access_closed": {
        "en": "closed meeting, by invitation only",
        "fr": "réunion à huis clos, sur invitation uniquement",
        "es": "reunión privada, solo con invitación",
        "ru": "закрытое заседание, только по приглашениям",
        "ar": "اجتماع مغلق، بدعوة فقط",
        "zh": "闭门会议，仅限受邀者",
    },
    "seats": {"en": "{count} seats", "fr": "{count} places", "es": "{count} plazas",
              "ru": "мест: {count}", "ar": "عدد المقاعد: {count}", "zh": "{count} 个座位"},
    "comma": {"en": ", ", "fr": ", ", "es": ", ", "ru": ", ", "ar": "، ", "zh": "，"},
    "status_line": {"en": "Status: **{status}**", "fr": "Statut : **{status}**",
                    "es": "Estado: **{status}**", "ru": "Статус: **{status}**",
                    "ar": "الحالة: **{status}**", "zh": "状态：**{status}**"},
    "access_line": {"en": "Access: {access}", "fr": "Accès : {access}",
                    "es": "Acceso: {access}", "ru": "Доступ: {access}",
                    "ar": "الدخول: {access}", "zh": "入场：{access}"},
    # -- "is it full?", "can I go?", "is it still on?" (bot/core/attendance.py) ------------
    "attendance_cancelled": {
        "en": "No: {name} is cancelled{note}.",
        "fr": "Non : la session {name} est annulée{note}.",
        "es": "No: la sesión {name} está cancelada{note}.",
        "ru": "Нет: заседание {name} отменено{note}.",
        "ar": "لا: الجلسة {name} ملغاة{note}.",
        "zh": "不：{name}已取消{note}。",
    },
    "attendance_full": {
        "en": "Yes: {name} is full{note}.",
        "fr": "Oui : la session {name} est complète{note}.",
        "es": "Sí: la sesión {name} está completa{note}.",
        "ru": "Да: на заседании {name} мест нет{note}.",
        "ar": "نعم: الجلسة {name} مكتملة العدد{note}.",
        "zh": "是的：{name}已满{note}。",
    },
    "attendance_not_full": {
        "en": "{name} is not marked full{seats}.",
        "fr": "La session {name} n'est pas indiquée comme complète{seats}.",
        "es": "La sesión {name} no figura como completa{seats}.",
        "ru": "Заседание {name} не отмечено как заполненное{seats}.",
        "ar": "الجلسة {name} غير مدرجة على أنها مكتملة العدد{seats}.",
        "zh": "{name}未标记为已满{seats}。",
    },
    "attendance_and_access": {"en": "{text} {access}.", "fr": "{text} {access}.",
                              "es": "{text} {access}.", "ru": "{text} {access}.",
                              "ar": "{text} {access}.", "zh": "{text}{access}。"},
    "attendance_on_schedule": {
        "en": "{name} is on as scheduled{note}.",
        "fr": "La session {name} est maintenue comme prévu{note}.",
        "es": "La sesión {name} se celebra según lo previsto{note}.",
        "ru": "Заседание {name} проходит по расписанию{note}.",
        "ar": "الجلسة {name} تُعقد في موعدها المقرر{note}.",
        "zh": "{name}按计划举行{note}。",
    },
    "attendance_status": {"en": "{name}: {status}.", "fr": "{name} : {status}.",
                          "es": "{name}: {status}.", "ru": "{name}: {status}.",
                          "ar": "{name}: {status}.", "zh": "{name}：{status}。"},
    "attendance_open": {
        "en": "Yes: {name} is open to all conference participants.{full}",
        "fr": "Oui : la session {name} est ouverte à tous les participants à la "
              "conférence.{full}",
        "es": "Sí: la sesión {name} está abierta a todos los participantes en la "
              "conferencia.{full}",
        "ru": "Да: заседание {name} открыто для всех участников конференции.{full}",
        "ar": "نعم: الجلسة {name} مفتوحة لجميع المشاركين في المؤتمر.{full}",
        "zh": "可以：{name}向所有与会者开放。{full}",
    },
    "attendance_registration": {
        "en": "Only if you registered for it: {name} needs registration in advance.{full}",
        "fr": "Seulement si vous y êtes inscrit : la session {name} demande une inscription "
              "préalable.{full}",
        "es": "Solo si se ha inscrito: la sesión {name} requiere inscripción previa.{full}",
        "ru": "Только если вы зарегистрировались: на заседание {name} нужна "
              "предварительная регистрация.{full}",
        "ar": "فقط إذا كنت مسجلًا: تتطلب الجلسة {name} تسجيلًا مسبقًا.{full}",
        "zh": "仅限已报名者：{name}需提前报名。{full}",
    },
    "attendance_closed": {
        "en": "Only if you are invited: {name} is a closed meeting.{full}",
        "fr": "Seulement sur invitation : la session {name} se tient à huis clos.{full}",
        "es": "Solo si está invitado: la sesión {name} es una reunión privada.{full}",
        "ru": "Только по приглашению: заседание {name} закрытое.{full}",
        "ar": "فقط إذا كنت مدعوًا: الجلسة {name} اجتماع مغلق.{full}",
        "zh": "仅限受邀者：{name}为闭门会议。{full}",
    },
    "attendance_access_unknown": {
        "en": "The programme does not say who may attend {name}; the details below may, "
              "or ask the information desk.{full}",
        "fr": "Le programme ne précise pas qui peut assister à la session {name} ; voyez les "
              "détails ci-dessous, ou demandez au bureau d'information.{full}",
        "es": "El programa no indica quién puede asistir a la sesión {name}; consulte los "
              "detalles a continuación o pregunte en el mostrador de información.{full}",
        "ru": "В программе не сказано, кто может присутствовать на заседании {name}; "
              "посмотрите подробности ниже или спросите на информационной стойке.{full}",
        "ar": "لا يذكر البرنامج من يمكنه حضور الجلسة {name}؛ قد تجد ذلك في التفاصيل أدناه، "
              "أو اسأل مكتب الاستعلامات.{full}",
        "zh": "议程未说明谁可以参加{name}；请查看下方详情，或询问问讯处。{full}",
    },
    "attendance_full_though": {"en": " It is full, though.",
                               "fr": " Elle est toutefois complète.",
                               "es": " Sin embargo, está completa.",
                               "ru": " Правда, мест уже нет.",
                               "ar": " لكنها مكتملة العدد.",
                               "zh": "不过已经满员。"},
    "no_session_in_state": {
        "en": "No session is {label} at the moment.",
        "fr": "Aucune session n'est {label} pour le moment.",
        "es": "Ninguna sesión está {label} por ahora.",
        "ru": "Сейчас нет заседаний со статусом «{label}».",
        "ar": "لا توجد حاليًا جلسة بحالة «{label}».",
        "zh": "目前没有{label}的会议。",
    },
    # -- the live programme ---------------------------------------------------------------
    "in_room": {"en": " in the {room}", "fr": " ({room})", "es": " ({room})", "ru": " ({room})",
                "ar": " ({room})", "zh": "（{room}）"},
    "on_now": {"en": "On now{where}", "fr": "En ce moment{where}", "es": "Ahora{where}",
               "ru": "Сейчас идёт{where}", "ar": "يجري الآن{where}", "zh": "正在进行{where}"},
    "ended_at": {
        "en": "{title} ended at {time}.",
        "fr": "{title} s'est terminé à {time}.",
        "es": "{title} terminó a las {time}.",
        "ru": "{title}: закончилось в {time}.",
        "ar": "انتهى {title} في الساعة {time}.",
        "zh": "{title}已于{time}结束。",
    },
    "ended_on": {
        "en": "{title} is over: it took place on {day}, {start}\u2013{end}.",
        "fr": "{title} est terminé : il a eu lieu le {day}, de {start} à {end}.",
        "es": "{title} ya terminó: tuvo lugar el {day}, de {start} a {end}.",
        "ru": "{title}: уже закончилось, проходило {day}, {start}\u2013{end}.",
        "ar": "انتهى {title}: عُقد يوم {day}، من {start} إلى {end}.",
        "zh": "{title}已结束：于{day} {start}\u2013{end}举行。",
    },
    "starts_at": {
        "en": "{title} starts at {time}{soon}.",
        "fr": "{title} commence à {time}{soon}.",
        "es": "{title} empieza a las {time}{soon}.",
        "ru": "{title}: начало в {time}{soon}.",
        "ar": "يبدأ {title} في الساعة {time}{soon}.",
        "zh": "{title}将于{time}开始{soon}。",
    },
    "starts_in": {"en": ", in {minutes}", "fr": ", dans {minutes}", "es": ", en {minutes}",
                  "ru": ", через {minutes}", "ar": "، بعد {minutes}", "zh": "（{minutes}后）"},
    "under_way": {
        "en": "{title} is under way: it started at {start} and ends at {end}.",
        "fr": "{title} a commencé à {start} et se termine à {end}.",
        "es": "{title} está en curso: empezó a las {start} y termina a las {end}.",
        "ru": "{title}: уже идёт, началось в {start}, закончится в {end}.",
        "ar": "{title} جارٍ الآن: بدأ في الساعة {start} وينتهي في الساعة {end}.",
        "zh": "{title}正在进行：{start}开始，{end}结束。",
    },
    "nothing_now_next": {
        "en": "Nothing is on{where} right now. Next{where}",
        "fr": "Rien en ce moment{where}. Ensuite{where}",
        "es": "No hay nada ahora{where}. A continuación{where}",
        "ru": "Сейчас ничего не идёт{where}. Далее{where}",
        "ar": "لا شيء يجري الآن{where}. التالي{where}",
        "zh": "目前没有安排{where}。接下来{where}",
    },
    "next": {"en": "Next{where}", "fr": "Ensuite{where}", "es": "A continuación{where}",
             "ru": "Далее{where}", "ar": "التالي{where}", "zh": "接下来{where}"},
    "nothing_more": {
        "en": "Nothing more is scheduled{where}.",
        "fr": "Plus rien n'est prévu{where}.",
        "es": "No hay nada más programado{where}.",
        "ru": "Больше ничего не запланировано{where}.",
        "ar": "لا شيء آخر مقرر{where}.",
        "zh": "之后没有其他安排{where}。",
    },
    "nothing_more_last": {
        "en": "Nothing more is scheduled{where}: that was the last session.",
        "fr": "Plus rien n'est prévu{where} : c'était la dernière session.",
        "es": "No hay nada más programado{where}: esa fue la última sesión.",
        "ru": "Больше ничего не запланировано{where}: это было последнее заседание.",
        "ar": "لا شيء آخر مقرر{where}: كانت تلك الجلسة الأخيرة.",
        "zh": "之后没有其他安排{where}：那是最后一场会议。",
    },
    "on_day_at": {"en": "On {day} at {time}{where}", "fr": "Le {day} à {time}{where}",
                  "es": "El {day} a las {time}{where}", "ru": "{day} в {time}{where}",
                  "ar": "يوم {day} الساعة {time}{where}", "zh": "{day} {time}{where}"},
    "nothing_at_time": {
        "en": "Nothing is scheduled{where} at that time.",
        "fr": "Rien n'est prévu{where} à cette heure-là.",
        "es": "No hay nada programado{where} a esa hora.",
        "ru": "В это время{where} ничего не запланировано.",
        "ar": "لا شيء مقرر{where} في ذلك الوقت.",
        "zh": "该时间{where}没有安排。",
    },
    "programme_where": {"en": "Programme{where}", "fr": "Programme{where}",
                        "es": "Programa{where}", "ru": "Программа{where}",
                        "ar": "البرنامج{where}", "zh": "议程{where}"},
    "programme": {"en": "Programme", "fr": "Programme", "es": "Programa", "ru": "Программа",
                  "ar": "البرنامج", "zh": "议程"},
    "nothing_scheduled": {
        "en": "Nothing is scheduled{where}.",
        "fr": "Rien n'est prévu{where}.",
        "es": "No hay nada programado{where}.",
        "ru": "Ничего не запланировано{where}.",
        "ar": "لا شيء مقرر{where}.",
        "zh": "没有安排{where}。",
    },
    "nothing_then": {
        "en": "Nothing is scheduled{where} then.",
        "fr": "Rien n'est prévu{where} à ce moment-là.",
        "es": "No hay nada programado{where} en ese momento.",
        "ru": "В это время{where} ничего не запланировано.",
        "ar": "لا شيء مقرر{where} في ذلك الوقت.",
        "zh": "那时{where}没有安排。",
    },
    "at_other_times": {"en": "At other times", "fr": "À d'autres moments",
                       "es": "En otros momentos", "ru": "В другое время",
                       "ar": "في أوقات أخرى", "zh": "其他时间"},
    "first_on": {"en": "First on {heading}", "fr": "En premier, {heading}",
                 "es": "Primero, {heading}", "ru": "Первым: {heading}",
                 "ar": "أولًا، {heading}", "zh": "首先：{heading}"},
    "last_on": {"en": "Last on {heading}", "fr": "En dernier, {heading}",
                "es": "Al final, {heading}", "ru": "Последним: {heading}",
                "ar": "أخيرًا، {heading}", "zh": "最后：{heading}"},
    "from_time": {"en": "from {time}", "fr": "à partir de {time}", "es": "desde las {time}",
                  "ru": "с {time}", "ar": "من الساعة {time}", "zh": "{time}起"},
    "until_time": {"en": "until {time}", "fr": "jusqu'à {time}", "es": "hasta las {time}",
                   "ru": "до {time}", "ar": "حتى الساعة {time}", "zh": "{time}之前"},
    "morning": {"en": "morning", "fr": "matin", "es": "por la mañana", "ru": "утро",
                "ar": "صباحًا", "zh": "上午"},
    "lunchtime": {"en": "lunchtime", "fr": "midi", "es": "a mediodía", "ru": "обед",
                  "ar": "وقت الغداء", "zh": "午餐时间"},
    "afternoon": {"en": "afternoon", "fr": "après-midi", "es": "por la tarde",
                  "ru": "после обеда", "ar": "بعد الظهر", "zh": "下午"},
    "evening": {"en": "evening", "fr": "soir", "es": "por la noche", "ru": "вечер",
                "ar": "مساءً", "zh": "晚上"},
    "conference_ends": {
        "en": "The conference ends with **{title}** on {when} (until {end}), in the {room}.",
        "fr": "La conférence se termine par **{title}**, le {when} (jusqu'à {end}), "
              "salle : {room}.",
        "es": "La conferencia termina con **{title}** el {when} (hasta las {end}), "
              "en: {room}.",
        "ru": "Конференция завершается мероприятием **{title}**: {when} (до {end}), "
              "место: {room}.",
        "ar": "يُختتم المؤتمر بـ **{title}** يوم {when} (حتى {end})، في: {room}.",
        "zh": "会议以**{title}**结束，时间：{when}（至 {end}），地点：{room}。",
    },
    "conference_opens": {
        "en": "The conference opens with **{title}** on {when}, in the {room}.",
        "fr": "La conférence s'ouvre par **{title}**, le {when}, salle : {room}.",
        "es": "La conferencia se abre con **{title}** el {when}, en: {room}.",
        "ru": "Конференция открывается мероприятием **{title}**: {when}, место: {room}.",
        "ar": "يُفتتح المؤتمر بـ **{title}** يوم {when}، في: {room}.",
        "zh": "会议以**{title}**开幕，时间：{when}，地点：{room}。",
    },
    "before_it": {"en": "Before it:", "fr": "Avant :", "es": "Antes:", "ru": "До этого:",
                  "ar": "وقبل ذلك:", "zh": "在此之前："},
    "conference_under_way": {
        "en": "The conference is under way: it ends with **{title}** on {when} (until {end}), "
              "in the {room}.",
        "fr": "La conférence est en cours : elle se termine par **{title}**, le {when} "
              "(jusqu'à {end}), salle : {room}.",
        "es": "La conferencia está en curso: termina con **{title}** el {when} (hasta las "
              "{end}), en: {room}.",
        "ru": "Конференция идёт: она завершается мероприятием **{title}**: {when} (до {end}), "
              "место: {room}.",
        "ar": "المؤتمر جارٍ الآن: يُختتم بـ **{title}** يوم {when} (حتى {end})، في: {room}.",
        "zh": "会议正在进行：以**{title}**结束，时间：{when}（至 {end}），地点：{room}。",
    },
    "not_started": {
        "en": "The conference has not started yet: it runs on {span}.",
        "fr": "La conférence n'a pas encore commencé : elle a lieu le {span}.",
        "es": "La conferencia aún no ha empezado: se celebra el {span}.",
        "ru": "Конференция ещё не началась: она проходит {span}.",
        "ar": "لم يبدأ المؤتمر بعد: يُعقد في {span}.",
        "zh": "会议尚未开始：会期为 {span}。",
    },
    "opens_with": {
        "en": "It opens with **{title}** on {when}, in the {room}.",
        "fr": "Elle s'ouvre par **{title}**, le {when}, salle : {room}.",
        "es": "Se abre con **{title}** el {when}, en: {room}.",
        "ru": "Она открывается мероприятием **{title}**: {when}, место: {room}.",
        "ar": "يُفتتح بـ **{title}** يوم {when}، في: {room}.",
        "zh": "以**{title}**开幕，时间：{when}，地点：{room}。",
    },
    "opens_with_short": {
        "en": "It opens with **{title}** on {when}.",
        "fr": "Elle s'ouvre par **{title}**, le {when}.",
        "es": "Se abre con **{title}** el {when}.",
        "ru": "Она открывается мероприятием **{title}**: {when}.",
        "ar": "يُفتتح بـ **{title}** يوم {when}.",
        "zh": "以**{title}**开幕，时间：{when}。",
    },
    "closed_with_short": {
        "en": "It closed with **{title}** on {when}.",
        "fr": "Elle s'est terminée par **{title}**, le {when}.",
        "es": "Se clausuró con **{title}** el {when}.",
        "ru": "Она завершилась мероприятием **{title}**: {when}.",
        "ar": "اختُتم بـ **{title}** يوم {when}.",
        "zh": "以**{title}**闭幕，时间：{when}。",
    },
    "over": {
        "en": "The conference is over: it ran on {span}. Thank you for taking part!",
        "fr": "La conférence est terminée : elle a eu lieu le {span}. Merci de votre "
              "participation !",
        "es": "La conferencia ha terminado: se celebró el {span}. ¡Gracias por participar!",
        "ru": "Конференция завершена: она проходила {span}. Спасибо за участие!",
        "ar": "انتهى المؤتمر: عُقد في {span}. شكرًا لمشاركتكم!",
        "zh": "会议已经结束：会期为 {span}。感谢您的参与！",
    },
    "not_a_day": {
        "en": "Nothing is scheduled on {day}: the conference runs on {span}.",
        "fr": "Rien n'est prévu le {day} : la conférence a lieu le {span}.",
        "es": "No hay nada programado el {day}: la conferencia se celebra el {span}.",
        "ru": "На {day} ничего не запланировано: конференция проходит {span}.",
        "ar": "لا شيء مقرر يوم {day}: يُعقد المؤتمر في {span}.",
        "zh": "{day}没有安排：会期为 {span}。",
    },
    # -- the programme commands (/schedule, /venue, /topics, /session) ----------------------
    "venue": {"en": "Venue", "fr": "Lieu", "es": "Sede", "ru": "Место проведения",
              "ar": "مكان الانعقاد", "zh": "会场"},
    "no_venue": {
        "en": "The organisers have not published venue details yet.",
        "fr": "Les organisateurs n'ont pas encore publié les informations sur le lieu.",
        "es": "Los organizadores aún no han publicado los datos de la sede.",
        "ru": "Организаторы ещё не опубликовали сведения о месте проведения.",
        "ar": "لم ينشر المنظمون تفاصيل مكان الانعقاد بعد.",
        "zh": "组织者尚未公布会场信息。",
    },
    "conference_themes": {"en": "Conference themes", "fr": "Thèmes de la conférence",
                          "es": "Temas de la conferencia", "ru": "Темы конференции",
                          "ar": "محاور المؤتمر", "zh": "会议主题"},
    "themes_intro": {"en": "The conference themes:", "fr": "Les thèmes de la conférence :",
                     "es": "Los temas de la conferencia:", "ru": "Темы конференции:",
                     "ar": "محاور المؤتمر:", "zh": "会议主题："},
    "no_themes": {
        "en": "The organisers have not listed the themes yet.",
        "fr": "Les organisateurs n'ont pas encore publié les thèmes.",
        "es": "Los organizadores aún no han publicado los temas.",
        "ru": "Организаторы ещё не опубликовали темы.",
        "ar": "لم ينشر المنظمون المحاور بعد.",
        "zh": "组织者尚未公布会议主题。",
    },
    "no_such_day": {
        "en": "I couldn't tell which day you meant. Pick one of the conference days from "
              "the list.",
        "fr": "Je n'ai pas compris de quel jour il s'agit. Choisissez un des jours de la "
              "conférence dans la liste.",
        "es": "No he entendido qué día quiere decir. Elija uno de los días de la "
              "conferencia en la lista.",
        "ru": "Не понял, какой день вы имеете в виду. Выберите один из дней конференции "
              "в списке.",
        "ar": "لم أفهم أي يوم تقصد. اختر أحد أيام المؤتمر من القائمة.",
        "zh": "我没能判断您指的是哪一天。请从列表中选择一个会议日。",
    },
    "no_such_room": {
        "en": "I don't know that room. Pick one from the list, or leave it empty for all "
              "rooms.",
        "fr": "Je ne connais pas cette salle. Choisissez-en une dans la liste, ou laissez le "
              "champ vide pour toutes les salles.",
        "es": "No conozco esa sala. Elija una de la lista, o déjelo vacío para ver todas "
              "las salas.",
        "ru": "Я не знаю такого зала. Выберите зал из списка или оставьте поле пустым, "
              "чтобы увидеть все залы.",
        "ar": "لا أعرف هذه القاعة. اختر قاعة من القائمة، أو اترك الحقل فارغًا لعرض جميع "
              "القاعات.",
        "zh": "我不知道这个会议室。请从列表中选择，或留空以查看所有会议室。",
    },
    "no_such_session": {
        "en": "I couldn't find that session. `/schedule` lists every session.",
        "fr": "Je n'ai pas trouvé cette session. `/schedule` liste toutes les sessions.",
        "es": "No he encontrado esa sesión. `/schedule` muestra todas las sesiones.",
        "ru": "Не удалось найти это заседание. `/schedule` показывает все заседания.",
        "ar": "لم أجد هذه الجلسة. يعرض الأمر `/schedule` جميع الجلسات.",
        "zh": "未找到该会议。`/schedule` 会列出所有会议。",
    },
    # -- an attendee's own programme (/follow, /unfollow, /my-schedule, /remind, /calendar)
    "one_minute": {"en": "{count} minute", "fr": "{count} minute", "es": "{count} minuto",
                   "ru": "{count} мин.", "ar": "{count} دقيقة", "zh": "{count} 分钟"},
    "minutes": {"en": "{count} minutes", "fr": "{count} minutes", "es": "{count} minutos",
                "ru": "{count} мин.", "ar": "{count} دقيقة", "zh": "{count} 分钟"},
    "one_session": {"en": "{count} session", "fr": "{count} session", "es": "{count} sesión",
                    "ru": "Заседаний: {count}", "ar": "عدد الجلسات: {count}",
                    "zh": "{count} 场会议"},
    "sessions_count": {"en": "{count} sessions", "fr": "{count} sessions",
                       "es": "{count} sesiones", "ru": "Заседаний: {count}",
                       "ar": "عدد الجلسات: {count}", "zh": "{count} 场会议"},
    "follow_no_such_session": {
        "en": "I couldn't find that session. Pick one from the list as you type.",
        "fr": "Je n'ai pas trouvé cette session. Choisissez-en une dans la liste en tapant.",
        "es": "No he encontrado esa sesión. Elija una de la lista mientras escribe.",
        "ru": "Не удалось найти это заседание. Выберите его из списка по мере ввода.",
        "ar": "لم أجد هذه الجلسة. اختر جلسة من القائمة أثناء الكتابة.",
        "zh": "未找到该会议。请在输入时从列表中选择。",
    },
    "follow_already_over": {
        "en": "That session is already over, so there is nothing to remind you of.",
        "fr": "Cette session est déjà terminée : il n'y a rien à vous rappeler.",
        "es": "Esa sesión ya ha terminado, así que no hay nada que recordarle.",
        "ru": "Это заседание уже закончилось, напоминать не о чем.",
        "ar": "انتهت هذه الجلسة بالفعل، فلا يوجد ما أذكّرك به.",
        "zh": "该会议已经结束，无需提醒。",
    },
    "follow_not_following": {
        "en": "You don't follow that session. `/my-schedule` lists the ones you do.",
        "fr": "Vous ne suivez pas cette session. `/my-schedule` liste celles que vous suivez.",
        "es": "No sigue esa sesión. `/my-schedule` muestra las que sigue.",
        "ru": "Вы не следите за этим заседанием. `/my-schedule` показывает те, за которыми "
              "вы следите.",
        "ar": "أنت لا تتابع هذه الجلسة. يعرض الأمر `/my-schedule` الجلسات التي تتابعها.",
        "zh": "您没有关注该会议。`/my-schedule` 会列出您关注的会议。",
    },
    "follow_no_such_day": {
        "en": "I couldn't tell which day you meant. Pick one of the conference days.",
        "fr": "Je n'ai pas compris de quel jour il s'agit. Choisissez un des jours de la "
              "conférence.",
        "es": "No he entendido qué día quiere decir. Elija uno de los días de la conferencia.",
        "ru": "Не понял, какой день вы имеете в виду. Выберите один из дней конференции.",
        "ar": "لم أفهم أي يوم تقصد. اختر أحد أيام المؤتمر.",
        "zh": "我没能判断您指的是哪一天。请选择一个会议日。",
    },
    "calendar_one_choice": {
        "en": "Pick one of day, session or mine (or none, for the whole programme).",
        "fr": "Choisissez une seule option parmi day, session ou mine (ou aucune, pour tout "
              "le programme).",
        "es": "Elija solo una opción entre day, session o mine (o ninguna, para todo el "
              "programa).",
        "ru": "Выберите один из параметров day, session или mine (или ни одного — для всей "
              "программы).",
        "ar": "اختر خيارًا واحدًا من day أو session أو mine (أو لا شيء، للبرنامج كاملًا).",
        "zh": "请在 day、session 和 mine 中只选一项（都不选则为完整议程）。",
    },
    "calendar_nothing_followed": {
        "en": "You don't follow any session yet: `/follow session:` adds one.",
        "fr": "Vous ne suivez encore aucune session : `/follow session:` en ajoute une.",
        "es": "Todavía no sigue ninguna sesión: `/follow session:` añade una.",
        "ru": "Вы пока не следите ни за одним заседанием: `/follow session:` добавляет "
              "заседание.",
        "ar": "لا تتابع أي جلسة بعد: يضيف الأمر `/follow session:` جلسة.",
        "zh": "您还没有关注任何会议：`/follow session:` 可添加。",
    },
    "calendar_mine": {"en": "{name}: my sessions", "fr": "{name} : mes sessions",
                      "es": "{name}: mis sesiones", "ru": "{name}: мои заседания",
                      "ar": "{name}: جلساتي", "zh": "{name}：我的会议"},
    "calendar_sent": {
        "en": "{sessions}, in {city} time. Open the file to add it to your calendar; "
              "importing a newer one updates the same events (rooms, times, cancellations).",
        "fr": "{sessions}, à l'heure de {city}. Ouvrez le fichier pour l'ajouter à votre "
              "agenda ; en importer un plus récent met à jour les mêmes événements (salles, "
              "horaires, annulations).",
        "es": "{sessions}, en hora de {city}. Abra el archivo para añadirlo a su calendario; "
              "importar uno más reciente actualiza los mismos eventos (salas, horarios, "
              "cancelaciones).",
        "ru": "{sessions}, время — {city}. Откройте файл, чтобы добавить его в календарь; "
              "импорт более нового файла обновит те же события (залы, время, отмены).",
        "ar": "{sessions}، بتوقيت {city}. افتح الملف لإضافته إلى تقويمك؛ واستيراد ملف أحدث "
              "يحدّث الأحداث نفسها (القاعات والمواعيد والإلغاءات).",
        "zh": "{sessions}，{city}时间。打开文件即可加入您的日历；导入更新的文件会更新相同的"
              "日程（会议室、时间、取消）。",
    },
    "unfollowed": {"en": "You no longer follow **{name}**.",
                   "fr": "Vous ne suivez plus **{name}**.",
                   "es": "Ya no sigue **{name}**.",
                   "ru": "Вы больше не следите за заседанием **{name}**.",
                   "ar": "لم تعد تتابع **{name}**.",
                   "zh": "您已不再关注**{name}**。"},
    "reminders_off": {
        "en": "Reminders are off. I'll still DM you when a session you follow changes. "
              "`/remind minutes:10` turns them back on.",
        "fr": "Les rappels sont désactivés. Je vous écrirai quand même si une session que "
              "vous suivez change. `/remind minutes:10` les réactive.",
        "es": "Los recordatorios están desactivados. Le seguiré escribiendo si cambia una "
              "sesión que sigue. `/remind minutes:10` los vuelve a activar.",
        "ru": "Напоминания выключены. Я всё равно напишу вам, если заседание, за которым вы "
              "следите, изменится. `/remind minutes:10` снова их включает.",
        "ar": "التذكيرات متوقفة. سأراسلك مع ذلك إذا تغيّرت جلسة تتابعها. يعيد الأمر "
              "`/remind minutes:10` تشغيلها.",
        "zh": "提醒已关闭。您关注的会议有变动时，我仍会私信您。`/remind minutes:10` 可重新开启。",
    },
    "reminders_on": {
        "en": "I'll remind you {minutes} before each session you follow.",
        "fr": "Je vous préviendrai {minutes} avant chaque session que vous suivez.",
        "es": "Le avisaré {minutes} antes de cada sesión que sigue.",
        "ru": "Я напомню вам за {minutes} до каждого заседания, за которым вы следите.",
        "ar": "سأذكّرك قبل كل جلسة تتابعها بـ {minutes}.",
        "zh": "我会在您关注的每场会议开始前 {minutes}提醒您。",
    },
    "follow_now": {"en": "You now follow **{title}**: {when}, {room}.",
                   "fr": "Vous suivez désormais **{title}** : {when}, {room}.",
                   "es": "Ahora sigue **{title}**: {when}, {room}.",
                   "ru": "Теперь вы следите за заседанием **{title}**: {when}, {room}.",
                   "ar": "أصبحت تتابع **{title}**: {when}، {room}.",
                   "zh": "您已关注**{title}**：{when}，{room}。"},
    "follow_already": {"en": "You already follow **{title}**: {when}, {room}.",
                       "fr": "Vous suivez déjà **{title}** : {when}, {room}.",
                       "es": "Ya sigue **{title}**: {when}, {room}.",
                       "ru": "Вы уже следите за заседанием **{title}**: {when}, {room}.",
                       "ar": "أنت تتابع بالفعل **{title}**: {when}، {room}.",
                       "zh": "您已经关注了**{title}**：{when}，{room}。"},
    "follow_cancelled": {
        "en": "It is cancelled for now; I'll tell you if that changes.",
        "fr": "Elle est annulée pour l'instant ; je vous préviendrai si cela change.",
        "es": "Por ahora está cancelada; le avisaré si eso cambia.",
        "ru": "Пока оно отменено; я сообщу вам, если это изменится.",
        "ar": "إنها ملغاة حاليًا، وسأخبرك إذا تغيّر ذلك.",
        "zh": "该会议目前已取消；如有变化我会通知您。",
    },
    "follow_reminder": {
        "en": "I'll send you a DM {minutes} before it starts, and one if it changes.",
        "fr": "Je vous enverrai un message privé {minutes} avant le début, et un autre si "
              "elle change.",
        "es": "Le enviaré un mensaje directo {minutes} antes de que empiece, y otro si cambia.",
        "ru": "Я пришлю вам личное сообщение за {minutes} до начала и ещё одно, если что-то "
              "изменится.",
        "ar": "سأرسل إليك رسالة خاصة قبل بدئها بـ {minutes}، وأخرى إذا تغيّرت.",
        "zh": "我会在开始前 {minutes}私信您，如有变动也会通知您。",
    },
    "follow_reminders_off": {
        "en": "Your reminders are off (`/remind minutes:`); I'll DM you if it changes.",
        "fr": "Vos rappels sont désactivés (`/remind minutes:`) ; je vous écrirai si elle "
              "change.",
        "es": "Sus recordatorios están desactivados (`/remind minutes:`); le escribiré si "
              "cambia.",
        "ru": "Ваши напоминания выключены (`/remind minutes:`); я напишу вам, если что-то "
              "изменится.",
        "ar": "تذكيراتك متوقفة (`/remind minutes:`)، وسأراسلك إذا تغيّرت.",
        "zh": "您的提醒已关闭（`/remind minutes:`）；如有变动我会私信您。",
    },
    "follow_dms_refused": {
        "en": "\u26a0\ufe0f The last time I tried, Discord would not let me DM you: allow "
              "direct messages from this server's members (server menu > Privacy Settings), "
              "or you will miss them.",
        "fr": "\u26a0\ufe0f La dernière fois, Discord ne m'a pas laissé vous écrire : "
              "autorisez les messages privés des membres de ce serveur (menu du serveur > "
              "Paramètres de confidentialité), sinon vous les manquerez.",
        "es": "\u26a0\ufe0f La última vez, Discord no me dejó enviarle mensajes directos: "
              "permita los mensajes directos de los miembros de este servidor (menú del "
              "servidor > Ajustes de privacidad), o se los perderá.",
        "ru": "\u26a0\ufe0f В прошлый раз Discord не дал мне написать вам: разрешите личные "
              "сообщения от участников этого сервера (меню сервера > Настройки "
              "конфиденциальности), иначе вы их пропустите.",
        "ar": "\u26a0\ufe0f في المرة الأخيرة لم يسمح لي Discord بمراسلتك: اسمح بالرسائل "
              "الخاصة من أعضاء هذا الخادم (قائمة الخادم > إعدادات الخصوصية)، وإلا فستفوتك.",
        "zh": "\u26a0\ufe0f 上次 Discord 不允许我私信您：请允许接收本服务器成员的私信（服务器"
              "菜单 > 隐私设置），否则您会错过这些消息。",
    },
    "my_nothing_followed": {
        "en": "You don't follow any session yet. `/follow session:` adds one: you get a "
              "reminder before it starts and a message if it changes.",
        "fr": "Vous ne suivez encore aucune session. `/follow session:` en ajoute une : vous "
              "recevez un rappel avant son début et un message si elle change.",
        "es": "Todavía no sigue ninguna sesión. `/follow session:` añade una: recibirá un "
              "recordatorio antes de que empiece y un mensaje si cambia.",
        "ru": "Вы пока не следите ни за одним заседанием. `/follow session:` добавляет "
              "заседание: вы получите напоминание перед началом и сообщение, если оно "
              "изменится.",
        "ar": "لا تتابع أي جلسة بعد. يضيف الأمر `/follow session:` جلسة: ستتلقى تذكيرًا قبل "
              "بدئها ورسالة إذا تغيّرت.",
        "zh": "您还没有关注任何会议。`/follow session:` 可添加：开始前您会收到提醒，如有变动"
              "也会收到消息。",
    },
    "my_sessions": {"en": "**Your sessions**", "fr": "**Vos sessions**",
                    "es": "**Sus sesiones**", "ru": "**Ваши заседания**",
                    "ar": "**جلساتك**", "zh": "**您关注的会议**"},
    "my_gone": {
        "en": "no longer in the programme (`/unfollow` removes it)",
        "fr": "n'est plus au programme (`/unfollow` la retire)",
        "es": "ya no está en el programa (`/unfollow` la quita)",
        "ru": "больше нет в программе (`/unfollow` убирает его)",
        "ar": "لم تعد في البرنامج (يزيلها الأمر `/unfollow`)",
        "zh": "已不在议程中（`/unfollow` 可移除）",
    },
    "my_over": {"en": " (over)", "fr": " (terminée)", "es": " (terminada)",
                "ru": " (завершено)", "ar": " (انتهت)", "zh": "（已结束）"},
    "my_reminders_on": {
        "en": "Reminders come {minutes} before each session",
        "fr": "Les rappels arrivent {minutes} avant chaque session",
        "es": "Los recordatorios llegan {minutes} antes de cada sesión",
        "ru": "Напоминания приходят за {minutes} до каждого заседания",
        "ar": "تصل التذكيرات قبل كل جلسة بـ {minutes}",
        "zh": "提醒会在每场会议开始前 {minutes}发送",
    },
    "my_reminders_off": {"en": "Reminders are off", "fr": "Les rappels sont désactivés",
                         "es": "Los recordatorios están desactivados",
                         "ru": "Напоминания выключены", "ar": "التذكيرات متوقفة",
                         "zh": "提醒已关闭"},
    "my_footer": {
        "en": "{reminders} (`/remind minutes:` changes it). `/calendar mine:True` puts these "
              "in your calendar.",
        "fr": "{reminders} (`/remind minutes:` le modifie). `/calendar mine:True` les ajoute "
              "à votre agenda.",
        "es": "{reminders} (`/remind minutes:` lo cambia). `/calendar mine:True` las añade a "
              "su calendario.",
        "ru": "{reminders} (`/remind minutes:` меняет это). `/calendar mine:True` добавляет "
              "их в ваш календарь.",
        "ar": "{reminders} (يغيّر ذلك الأمر `/remind minutes:`). ويضيفها الأمر "
              "`/calendar mine:True` إلى تقويمك.",
        "zh": "{reminders}（`/remind minutes:` 可更改）。`/calendar mine:True` 可将它们加入"
              "您的日历。",
    },
    "choice_removed": {"en": "(removed)", "fr": "(retirée)", "es": "(retirada)",
                       "ru": "(удалено)", "ar": "(محذوفة)", "zh": "（已删除）"},
    "list_and": {"en": ", ", "fr": " et ", "es": " y ", "ru": " и ", "ar": " و", "zh": "和"},
    # -- DMs to followers: change notices and reminders (bot/discord_bot/notices.py) ------
    # The announcement channel's wording too, in the server's preferred language.
    "notice_new": {"en": "\U0001f195 **New session: {title}**",
                   "fr": "\U0001f195 **Nouvelle session : {title}**",
                   "es": "\U0001f195 **Nueva sesión: {title}**",
                   "ru": "\U0001f195 **Новое заседание: {title}**",
                   "ar": "\U0001f195 **جلسة جديدة: {title}**",
                   "zh": "\U0001f195 **新增会议：{title}**"},
    "notice_removed": {"en": "\U0001f5d1\ufe0f **Removed from the programme: {title}**",
                       "fr": "\U0001f5d1\ufe0f **Retirée du programme : {title}**",
                       "es": "\U0001f5d1\ufe0f **Retirada del programa: {title}**",
                       "ru": "\U0001f5d1\ufe0f **Исключено из программы: {title}**",
                       "ar": "\U0001f5d1\ufe0f **حُذفت من البرنامج: {title}**",
                       "zh": "\U0001f5d1\ufe0f **已从议程中删除：{title}**"},
    "notice_cancelled": {"en": "\u274c **Cancelled: {title}**",
                         "fr": "\u274c **Annulée : {title}**",
                         "es": "\u274c **Cancelada: {title}**",
                         "ru": "\u274c **Отменено: {title}**",
                         "ar": "\u274c **أُلغيت: {title}**",
                         "zh": "\u274c **已取消：{title}**"},
    "notice_changed": {"en": "\U0001f4e2 **Programme change: {title}**",
                       "fr": "\U0001f4e2 **Changement de programme : {title}**",
                       "es": "\U0001f4e2 **Cambio en el programa: {title}**",
                       "ru": "\U0001f4e2 **Изменение в программе: {title}**",
                       "ar": "\U0001f4e2 **تغيير في البرنامج: {title}**",
                       "zh": "\U0001f4e2 **议程变动：{title}**"},
    "notice_was": {"en": "It was {when} ({local}), {room}.",
                   "fr": "Elle était prévue {when} ({local}), {room}.",
                   "es": "Estaba prevista {when} ({local}), {room}.",
                   "ru": "Оно было запланировано на {when} ({local}), {room}.",
                   "ar": "كانت مقررة {when} ({local})، {room}.",
                   "zh": "原定于 {when}（{local}），{room}。"},
    "notice_field": {"en": "**{label}:** {value}", "fr": "**{label} :** {value}",
                     "es": "**{label}:** {value}", "ru": "**{label}:** {value}",
                     "ar": "**{label}:** {value}", "zh": "**{label}：**{value}"},
    "notice_unchanged": {"en": "{value} (unchanged)", "fr": "{value} (inchangé)",
                         "es": "{value} (sin cambios)", "ru": "{value} (без изменений)",
                         "ar": "{value} (دون تغيير)", "zh": "{value}（未变）"},
    "status": {"en": "Status", "fr": "Statut", "es": "Estado", "ru": "Статус",
               "ar": "الحالة", "zh": "状态"},
    "access": {"en": "Access", "fr": "Accès", "es": "Acceso", "ru": "Доступ",
               "ar": "الدخول", "zh": "入场"},
    "access_not_stated": {"en": "not stated", "fr": "non précisé", "es": "no indicado",
                          "ru": "не указано", "ar": "غير محدد", "zh": "未说明"},
    "speakers_none": {"en": "none listed", "fr": "aucun indiqué", "es": "ninguno indicado",
                      "ru": "не указаны", "ar": "لم يُذكر أحد", "zh": "未列出"},
    "notice_intro_changed": {
        "en": "A session you follow has changed.",
        "fr": "Une session que vous suivez a changé.",
        "es": "Ha cambiado una sesión que sigue.",
        "ru": "Заседание, за которым вы следите, изменилось.",
        "ar": "تغيّرت جلسة تتابعها.",
        "zh": "您关注的会议有变动。",
    },
    "notice_intro_removed": {
        "en": "A session you follow is no longer in the programme.",
        "fr": "Une session que vous suivez n'est plus au programme.",
        "es": "Una sesión que sigue ya no está en el programa.",
        "ru": "Заседания, за которым вы следите, больше нет в программе.",
        "ar": "لم تعد جلسة تتابعها ضمن البرنامج.",
        "zh": "您关注的会议已不在议程中。",
    },
    "notice_outro": {
        "en": "(`/unfollow` stops these messages; `/my-schedule` lists what you follow.)",
        "fr": "(`/unfollow` arrête ces messages ; `/my-schedule` liste ce que vous suivez.)",
        "es": "(`/unfollow` detiene estos mensajes; `/my-schedule` muestra lo que sigue.)",
        "ru": "(`/unfollow` отключает эти сообщения; `/my-schedule` показывает, за чем вы "
              "следите.)",
        "ar": "(يوقف الأمر `/unfollow` هذه الرسائل، ويعرض الأمر `/my-schedule` ما تتابعه.)",
        "zh": "（`/unfollow` 可停止这些消息；`/my-schedule` 会列出您关注的内容。）",
    },
    "reminder_starts": {
        "en": "\u23f0 **{title}** starts {relative}, at {time} ({clock} {zone} in {city}), "
              "until {end}.",
        "fr": "\u23f0 **{title}** commence {relative}, à {time} ({clock} {zone}, heure de "
              "{city}), jusqu'à {end}.",
        "es": "\u23f0 **{title}** empieza {relative}, a las {time} ({clock} {zone}, hora de "
              "{city}), hasta las {end}.",
        "ru": "\u23f0 **{title}** начинается {relative}, в {time} ({clock} {zone}, время в "
              "городе {city}), до {end}.",
        "ar": "\u23f0 تبدأ **{title}** {relative}، الساعة {time} ({clock} {zone} بتوقيت "
              "{city})، وتستمر حتى {end}.",
        "zh": "\u23f0 **{title}** 将于{relative}开始，时间 {time}（{city}时间 {clock} {zone}），"
              "至 {end}。",
    },
    "reminder_outro": {
        "en": "(You follow this session. `/remind minutes:` changes when reminders come; "
              "`/unfollow` stops them.)",
        "fr": "(Vous suivez cette session. `/remind minutes:` change le moment des rappels ; "
              "`/unfollow` les arrête.)",
        "es": "(Sigue esta sesión. `/remind minutes:` cambia cuándo llegan los "
              "recordatorios; `/unfollow` los detiene.)",
        "ru": "(Вы следите за этим заседанием. `/remind minutes:` меняет время напоминаний; "
              "`/unfollow` отключает их.)",
        "ar": "(أنت تتابع هذه الجلسة. يغيّر الأمر `/remind minutes:` موعد التذكيرات، ويوقفها "
              "الأمر `/unfollow`.)",
        "zh": "（您关注了该会议。`/remind minutes:` 可更改提醒时间；`/unfollow` 可停止提醒。）",
    },
}


def say(key: str, language: str | None, **values: object) -> str:
    """The catalogue's wording for ``key`` in ``language`` (English when None), with
    ``values`` filled in."""
    text = CATALOGUE[key].get(language or ENGLISH) or CATALOGUE[key][ENGLISH]
    return text.format(**values) if values else text


def minutes(count: int, language: str | None) -> str:
    """"1 minute", "10 minutes", "10 мин.": a number of minutes in the reply's language."""
    return say("one_minute" if count == 1 else "minutes", language, count=count)


def sessions(count: int, language: str | None) -> str:
    return say("one_session" if count == 1 else "sessions_count", language, count=count)


def is_rtl(language: str | None) -> bool:
    return language in RIGHT_TO_LEFT


RIGHT_TO_LEFT_MARK = "\u200f"


def right_to_left(text: str, language: str | None) -> str:
    """Each line of a right-to-left language's text led by a right-to-left mark.

    Discord (like most chat apps) lays out each paragraph by its first strong
    character: an Arabic line that starts with a Latin name, a number or markdown
    ("**UN-Guest** ...", "10:00 ...", "• ...") would be laid out left to right, its
    punctuation and word order scrambled. The mark is invisible and makes the line
    right-to-left whatever comes first; English text is left alone.
    """
    if not is_rtl(language) or not text:
        return text
    return "\n".join(
        line if not line.strip() or line.startswith(RIGHT_TO_LEFT_MARK)
        else RIGHT_TO_LEFT_MARK + line
        for line in text.split("\n")
    )


@lru_cache(maxsize=512)
def long_day(day: dt.date, language: str | None) -> str:
    """"Thursday 28 June 2018", in the language's own words and order."""
    if language in (None, ENGLISH) or language not in LANGUAGES:
        return f"{day:%A} {day.day} {day:%B %Y}"
    return format_date(day, "full", locale=language)


@lru_cache(maxsize=512)
def short_day(day: dt.date, language: str | None) -> str:
    """"Thu 28 Jun", in the language's own words and order."""
    if language in (None, ENGLISH) or language not in LANGUAGES:
        return f"{day:%a} {day.day} {day:%b}"
    return format_skeleton("MMMEd", day, locale=language)
