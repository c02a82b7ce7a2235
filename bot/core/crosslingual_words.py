"""General conference vocabulary in the five other UN languages, with its English.

Why: most organisers' FAQ files are in English only, and a question in French, Spanish,
Russian, Arabic or Chinese shares almost no words with them. Read through this table,
"À quelle heure commence la séance d'ouverture ?" becomes "what time start session
opening", which the English engine can weigh like any question (the kind of fact
asked, the words an entry covers), next to the meaning the semantic extra gives.

Only words that serve any UN meeting or conference belong here: the questions
attendees ask everywhere (times, places, badges, food, interpretation, the programme)
and the UN's own vocabulary. A conference's own terms belong in its FAQ file
(``glossary:``, and translations of its entries).

One line per concept: the English words, then the forms in French, Spanish, Russian,
Arabic and Chinese, columns separated by ``|``, forms by ``,``. A form may be a few
words ("à quelle heure"); it is matched by its words' stems, so one form of a word
stands for its inflections. An empty column is a concept left without that language.
"""

from __future__ import annotations

LANGUAGES = ("fr", "es", "ru", "ar", "zh")

TABLE = """
what time | à quelle heure, quelle heure, vers quelle heure | a qué hora, qué hora, a que hora | во сколько, в котором часу, который час, в какое время | في أي ساعة, في اي ساعة, أي ساعة, الساعة كم | 几点, 什么时间, 几时
when | quand | cuándo | когда | متى, ايمتى, إيمتى, امتى | 什么时候, 何时, 哪天, 哪一天
where | où, d'où, où se trouve, où se trouvent, où se situe | dónde, adónde, dónde queda, dónde se encuentra | где, куда, откуда | أين, وين, اين, فين, وفين | 哪里, 哪儿, 在哪, 何处, 什么地方, 哪
who | qui | quién, quiénes | кто | من هو, من هي, من هم | 谁
how | comment | cómo | как, каким образом | كيف | 怎么, 如何, 怎样
how much cost price | combien coûte, prix, coût, tarif | cuánto cuesta, precio, costo, coste, tarifa | сколько стоит, цена, стоимость | كم سعر, سعر, تكلفة, ثمن, رسوم, بكم, بكام | 多少钱, 价格, 费用, 价钱
how many | combien | cuántos, cuántas, cuánto | сколько | كم | 多少, 几个
why | pourquoi | por qué | почему, зачем | لماذا | 为什么
which | quel, quelle, quels, quelles, lequel, laquelle | cuál, cuáles | какой, какая, какие, какое, который, которая | أي | 哪个, 哪些
what | qu'est-ce que, qu'est-ce qui, quoi | qué, qué es | что, что такое | ما, ماذا, ما هو, ما هي | 什么, 啥, 是多少
can i | puis-je, est-ce que je peux, pouvons-nous, peut-on, on peut, peut-il | puedo, podemos, se puede, es posible | можно, могу, можем, возможно | هل يمكن, يمكنني, هل أستطيع, أستطيع | 可以, 能不能, 能否, 可不可以
allowed | autorisé, autorisée, permis, interdit | permitido, permitida, prohibido | разрешено, разрешается, запрещено | مسموح, ممنوع | 允许, 禁止
is there | y a-t-il, il y a, existe-t-il | hay, existe | есть ли, имеется | هل توجد, هل يوجد, هل هناك, يوجد, توجد | 有没有, 有吗, 是否有
need | besoin, faut-il, dois-je, il faut | necesito, necesita, hace falta, tengo que, debo | нужно, нужен, нужна, надо, должен | أحتاج, يجب, هل يجب | 需要, 要不要, 必须
held | a lieu, se tient, se déroule, aura lieu | se celebra, tiene lugar, se realiza, se lleva a cabo | проходит, состоится, пройдет, пройдёт, проводится | تعقد, يعقد, ستعقد, تقام, يقام | 举行, 举办, 召开
about | sur, au sujet de, concernant, à propos de | sobre, acerca de, acerca del | о, об, про, по поводу | حول, بشأن | 关于, 有关
conference | conférence, colloque | conferencia | конференция, конференции | مؤتمر, المؤتمر | 会议, 大会, 研讨会
meeting | réunion | reunión | встреча, совещание | اجتماع, لقاء | 会面, 会晤
session | séance, session | sesión | заседание, сессия | جلسة | 环节, 场次, 会议环节
opening | ouverture, inaugurale, inaugural, inauguration | apertura, inaugural, inauguración | открытие, открытия | افتتاح, الافتتاحية, الافتتاح | 开幕, 开幕式
closing | clôture | clausura, cierre | закрытие, закрытия | اختتام, الختامية, الختام | 闭幕, 闭幕式
plenary | plénière | plenaria, plenario | пленарное, пленарном, пленарная, пленарка, пленарке, пленарку | العامة | 全体会议, 全会
programme agenda | programme, ordre du jour | programa, agenda, orden del día | программа, повестка дня, повестка | برنامج, جدول الأعمال | 议程, 日程, 节目单, 会议日程
schedule | horaire, horaires, calendrier | horario, calendario | расписание, график | جدول, الجدول الزمني, مواعيد | 时间表, 日程安排
start | commence, commencer, début, débute | empieza, empiece, comienza, comience, empezar, comenzar, inicio, inicia | начинается, начало, начнется, начнётся, начать | يبدأ, تبدأ, بداية, بدء, بتبلش, بيبلش, تبلش | 开始
end | finit, termine, terminer, fin, finir | termina, acaba, terminar, final, fin | заканчивается, конец, окончание, закончится | ينتهي, تنتهي, نهاية, خلص, خلصت, انتهت | 结束
day | jour, journée | día | день | يوم | 天
today | aujourd'hui | hoy | сегодня | اليوم | 今天
both days | les deux jours, deux jours | ambos días, los dos días, dos días | оба дня, два дня, двух дней | يومين, اليومين, لليومين | 两天
what name | comment s'appelle, comment s'appellent, quel est le nom, nom | cómo se llama, cómo se llaman, nombre | как зовут, как называется, имя, название | ما اسم, اسم | 叫什么, 名字, 名称
pay payment | payer, paiement, régler | pagar, pago | платить, оплатить, оплата, заплатить | دفع, الدفع, أدفع | 付款, 支付, 付钱
currency money | devise, monnaie, argent | moneda, divisa, dinero | валюта, деньги | عملة, العملة, نقود | 货币, 钱
cash | espèces, liquide | efectivo | наличные, наличными | نقدا, نقداً, كاش | 现金
per diem dsa allowance | per diem, indemnité journalière, indemnités journalières, indemnité de subsistance, ijs | per diem, viático, viáticos | суточные, суточных, суточными | بدل الإقامة اليومي, بدل يومي, بدل الإقامة | 每日生活津贴, 每日津贴, 生活津贴
card credit card | carte bancaire, carte de crédit, carte bleue | tarjeta de crédito, tarjeta | картой, карта, кредитная карта, карточка | بطاقة ائتمان, بطاقة | 信用卡, 银行卡, 刷卡
monday | lundi | lunes | понедельник | الاثنين, الإثنين | 星期一, 周一, 礼拜一
tuesday | mardi | martes | вторник | الثلاثاء | 星期二, 周二, 礼拜二
wednesday | mercredi | miércoles | в среду, среда | الأربعاء, الاربعاء | 星期三, 周三, 礼拜三
thursday | jeudi | jueves | четверг | الخميس | 星期四, 周四, 礼拜四
friday | vendredi | viernes | пятница, пятницу | الجمعة | 星期五, 周五, 礼拜五
saturday | samedi | sábado | суббота, субботу | السبت | 星期六, 周六, 礼拜六
sunday | dimanche | domingo | воскресенье | الأحد | 星期日, 星期天, 周日, 礼拜天
january | janvier | enero | январь, января | يناير, كانون الثاني |
february | février | febrero | февраль, февраля | فبراير, شباط |
march | mars | marzo | март, марта | مارس, آذار |
april | avril | abril | апрель, апреля | أبريل, نيسان |
may | mai | mayo | май, мая | مايو, أيار |
june | juin | junio | июнь, июня | يونيو, حزيران |
july | juillet | julio | июль, июля | يوليو, تموز |
august | août | agosto | август, августа | أغسطس, آب |
september | septembre | septiembre | сентябрь, сентября | سبتمبر, أيلول |
october | octobre | octubre | октябрь, октября | أكتوبر, تشرين الأول |
november | novembre | noviembre | ноябрь, ноября | نوفمبر, تشرين الثاني |
december | décembre | diciembre | декабрь, декабря | ديسمبر, كانون الأول |
tomorrow | demain | mañana | завтра | غدا, غداً | 明天
yesterday | hier | ayer | вчера | أمس, البارحة | 昨天
thursday | jeudi | jueves | четверг | الخميس | 星期四, 周四, 礼拜四
friday | vendredi | viernes | пятница, пятницу | الجمعة | 星期五, 周五, 礼拜五
morning | matin, matinée | por la mañana, de la mañana, esta mañana | утро, утром | صباح, الصباح, صباحا | 上午, 早上, 早晨
afternoon | après-midi | tarde, por la tarde | днем, днём, после обеда | بعد الظهر, العصر | 下午
evening | soir, soirée | noche, por la noche | вечер, вечером | مساء, المساء, مساءا | 晚上
time | heure, temps | hora, tiempo | время, час | ساعة, وقت | 时间
date | date | fecha | дата, число | تاريخ | 日期
now | maintenant, en ce moment, actuellement, se passe | ahora, en este momento, ahorita | сейчас | الآن, هلق | 现在, 目前
next | prochain, prochaine, suivant, suivante | próximo, próxima, siguiente | следующий, следующее, следующая | التالي, القادم, التالية, القادمة, الجاية, الجاي | 下一个, 下一场, 接下来
first | premier, première | primero, primera | первый, первое, первая | الأول, الأولى | 第一
first session | première séance | primera sesión | первое заседание, первая сессия | الجلسة الأولى | 第一场, 首场, 第一场会议
concept note | note conceptuelle | nota conceptual | концептуальная записка | ورقة مفاهيمية, ورقة المفهوم, المذكرة المفاهيمية | 概念说明, 概念文件
soon | bientôt | pronto | скоро | قريبا, قريباً | 快要, 马上, 很快
channel | canal | canal | канал, канале | قناة | 频道
number | numéro | número | номер | رقم | 号码
paper copy printed | version papier, papier, imprimé | en papel, impreso, impresa | бумажный, бумажная, бумажном, в бумажном виде | نسخة ورقية, ورقي, ورقية, مطبوع | 纸质, 纸版, 纸本
station | gare | estación | вокзал, станция | محطة | 车站, 火车站, 地铁站
lunch break | pause déjeuner, pause-déjeuner | pausa para el almuerzo, pausa del almuerzo | обеденный перерыв | استراحة الغداء, استراحة الغدا | 午休
second | deuxième, seconde | segundo, segunda | второй, второе, вторая | الثاني, الثانية | 第二
third | troisième | tercero, tercera | третий, третье, третья | الثالث, الثالثة | 第三
fourth | quatrième | cuarto, cuarta | четвертый, четвёртый, четвертое, четвертая | الرابع, الرابعة | 第四
fifth | cinquième | quinto, quinta | пятый, пятое, пятая | الخامس, الخامسة | 第五
civil society ngo | société civile, ONG | sociedad civil, ONG, ONGs | гражданское общество, НКО, НПО | المجتمع المدني, منظمات غير حكومية | 民间社会, 公民社会, 非政府组织
last | dernier, dernière | último, última | последний, последнее, последняя | الأخير, الأخيرة | 最后
badge | badge, badges | credencial, gafete, distintivo | бейдж, бейджик, значок | شارة, الشارة, بطاقة الهوية, البادج, بادج | 证件, 胸卡, 胸牌, 徽章
pass | laissez-passer | pase | пропуск | تصريح, بطاقة دخول | 通行证
accreditation | accréditation | acreditación | аккредитация | اعتماد | 认证, 采访证
registration register | inscription, inscrire, enregistrement | inscripción, registro, inscribirse, registrarse | регистрация, зарегистрироваться | تسجيل, التسجيل | 注册, 报名, 登记
register me | m'inscrire, inscrivez-moi, pouvez-vous m'inscrire | inscríbame, inscribirme, regístrame, registrarme, me puede inscribir | запишите меня, зарегистрируйте меня, записать меня | سجلني, سجّلني | 帮我报名, 给我报名, 帮我登记
collect pick up | récupérer, retirer, chercher, obtenir | recoger, recojo, retirar, obtener, conseguir, consigo | получить, забрать | استلام, أستلم, الحصول على, بستلم, استلم | 领取, 拿
lost | perdu, perdue, perdre, oublié, oubliée | perdido, perdida, perdí, perder, olvidé, olvidado, olvidada | потерял, потеряла, потерян, потерять, забыл, забыла | فقدت, ضاع, ضيعت, مفقود, نسيت | 丢失, 丢了, 遗失, 弄丢, 忘了
found | trouvé, trouvée | encontrado, encontré, encontrada | нашел, нашёл, нашла, найден | وجدت, عثرت | 捡到, 找到
lost and found | objets trouvés | objetos perdidos | бюро находок | المفقودات | 失物招领
lunch | déjeuner | almuerzo, almorzar | обед, пообедать, обедать | غداء, الغداء | 午餐, 午饭
dinner | dîner | cena, cenar | ужин, поужинать | عشاء, العشاء | 晚餐, 晚饭
breakfast | petit-déjeuner, petit déjeuner | desayuno | завтрак | فطور, إفطار | 早餐, 早饭
food eat | nourriture, manger, repas, restauration | comida, comer | еда, поесть, питание, перекусить | طعام, أكل, الأكل, وجبة | 吃饭, 吃, 食物, 餐饮, 饭
coffee | café | café | кофе | قهوة | 咖啡
break | pause | pausa, descanso | перерыв, перерыва | استراحة | 休息, 茶歇
tea | thé | té | чай | شاي | 茶
water | eau | agua | вода, воду | ماء, مياه | 水
drink | boisson, boissons, boire | bebida, bebidas, beber | напитки, пить, выпить | مشروبات, شرب | 饮料, 喝
restaurant cafeteria | restaurant, cafétéria, cantine | restaurante, cafetería, comedor | ресторан, кафе, столовая, буфет | مطعم, كافتيريا, مقهى | 餐厅, 食堂, 咖啡厅
vegetarian | végétarien, végétarienne, végane | vegetariano, vegetariana, vegano | вегетарианский, вегетарианская, веганский | نباتي | 素食
halal | halal | halal | халяль | حلال | 清真
allergy dietary | allergie, allergique, régime alimentaire, sans gluten | alergia, alérgico, dieta, sin gluten | аллергия, диета, без глютена | حساسية, نظام غذائي | 过敏, 饮食, 忌口
wifi | wifi, wi-fi, sans fil, réseau sans fil | wifi, wi-fi, inalámbrica, red inalámbrica | вайфай, wi-fi, вайфая, вайфаю, вай-фай, беспроводной | واي فاي, الواي فاي, لاسلكي, اللاسلكية | 无线网, 无线网络, wifi, 无线
internet | internet, réseau | internet, red | интернет, сеть | انترنت, الإنترنت | 网络, 上网, 互联网
password | mot de passe, code | contraseña, clave | пароль | كلمة المرور, كلمة السر, الرقم السري | 密码
interpretation | interprétation, interprète, interprètes | interpretación, intérprete, intérpretes | синхронный перевод, переводчик, переводчики, синхронист | الترجمة الفورية, مترجم, مترجمين | 口译, 同声传译, 同传, 翻译
translation | traduction, traduit | traducción, traducido | перевод | ترجمة, الترجمة | 翻译, 笔译
language | langue, langues | idioma, idiomas, lengua | язык, языке, языки | لغة, اللغة, اللغات | 语言, 语种
english | anglais | inglés | английский, английском | الإنجليزية, الانجليزية, الإنكليزية | 英语, 英文
french | français, française | francés | французский, французском | الفرنسية | 法语, 法文
spanish | espagnol | español | испанский, испанском | الإسبانية, الاسبانية | 西班牙语, 西班牙文
russian | russe | ruso | русский, русском | الروسية | 俄语, 俄文
arabic | arabe | árabe | арабский, арабском | العربية | 阿拉伯语, 阿拉伯文
chinese | chinois | chino | китайский, китайском | الصينية | 中文, 汉语
headphones | écouteurs, casque | auriculares, audífonos | наушники | سماعات | 耳机
parking park car | parking, stationnement, se garer, garer, voiture | estacionamiento, aparcamiento, aparcar, estacionar, coche, carro | парковка, припарковаться, машина, автомобиль | موقف, ركن, سيارة, مواقف | 停车, 停车场, 车
driver | chauffeur | chófer, conductor | водитель | سائق | 司机
taxi | taxi | taxi | такси | تاكسي, سيارة أجرة | 出租车, 打车
airport | aéroport | aeropuerto | аэропорт | مطار, المطار | 机场
flight | vol, avion | vuelo, avión | рейс, самолет, самолёт | رحلة, طائرة, طيارة, طيارتي | 航班, 飞机
hotel | hôtel | hotel | гостиница, отель, гостиницы, гостиниц, отели | فندق, فنادق, الفنادق, للفنادق | 酒店, 宾馆, 旅馆
stay accommodation | loger, logé, logement, hébergement, hébergé, séjourner | alojamiento, alojarse, alojado, hospedarse, hospedado | проживание, остановиться, живет, живут, жилье | إقامة, يقيم, يقيمون, سكن | 住, 住在, 住宿, 下榻
subway | métro | metro, subte | метро | مترو | 地铁
bus | bus, autobus | autobús | автобус | حافلة, باص | 公交, 公交车, 巴士
shuttle | navette, navettes | lanzadera, traslado, shuttle | шаттл, трансфер | حافلة مكوكية, شاتل | 班车, 摆渡车, 接驳车
transport | transport, transports | transporte | транспорт | نقل, مواصلات | 交通
entrance enter | entrée, entrer, porte, portes | entrada, entrar, puerta, puertas | вход, войти, входить, ворота, двери | مدخل, دخول, بوابة, باب, ادخل | 入口, 进入
exit | sortie | salida | выход | مخرج | 出口
security screening | sécurité, contrôle de sécurité, contrôle | seguridad, control de seguridad, control | безопасность, досмотр, охрана | أمن, الأمن, تفتيش | 安全, 安检
address | adresse | dirección | адрес | عنوان | 地址
venue place | lieu, endroit | lugar, sede | место, место проведения | مكان, المكان | 地点, 场地, 会场
building | bâtiment, immeuble | edificio | здание | مبنى | 大楼, 楼
headquarters | siège | sede | штаб-квартира, центральные учреждения | المقر | 总部
room hall | salle, pièce | sala, salón | зал, комната, помещение, зале, залу | قاعة, غرفة | 会议室, 房间, 厅, 大厅, 礼堂, 会堂
floor | étage | piso, planta | этаж | طابق | 楼层, 层
toilet restroom | toilettes, wc | baño, baños, aseo, aseos, servicios | туалет, уборная | حمام, دورة المياه, مراحيض | 厕所, 洗手间, 卫生间
prayer | prière, prier | oración, rezar | молитва, молиться, помолиться | صلاة, الصلاة | 祈祷, 祷告, 礼拜
prayer room | salle de prière | sala de oración | молельная, молельня, молельная комната | مصلى, مصلّى, المصلى | 祈祷室, 礼拜室, 祷告室
meditation quiet room | méditation, salle calme | meditación, sala tranquila | медитация, комната тишины | تأمل, غرفة هادئة | 冥想, 安静
medical doctor | médical, médicale, médecin, docteur, infirmerie, premiers secours | médico, médica, enfermería, primeros auxilios | врач, медицинский, медпункт, первая помощь | طبي, طبيب, الإسعافات الأولية | 医疗, 医生, 医务室, 急救
sick ill | malade | enfermo, enferma | болен, больна, плохо | مريض, مريضة | 生病, 不舒服
pharmacy | pharmacie | farmacia | аптека | صيدلية | 药店, 药房
vaccination vaccine | vaccin, vaccination, vacciner, vacciné | vacuna, vacunación, vacunarse, vacunado | прививка, вакцина, вакцинация | لقاح, تطعيم | 疫苗, 接种, 打疫苗
yellow fever | fièvre jaune | fiebre amarilla | жёлтая лихорадка, желтая лихорадка | الحمى الصفراء | 黄热病
emergency | urgence | emergencia, urgencia | экстренный, чрезвычайная, срочно | طوارئ, الطوارئ | 紧急
accessibility wheelchair | accessibilité, accessible, fauteuil roulant, handicap, mobilité réduite | accesibilidad, accesible, silla de ruedas, discapacidad | доступность, инвалидная коляска, инвалид | كرسي متحرك, إعاقة, ذوي الإعاقة | 无障碍, 轮椅, 残疾
photo | photo, photographie, photos, photographier | foto, fotografía, fotos, fotografiar | фото, фотография, фотографировать, снимать | صورة, صور, تصوير | 照片, 拍照, 合影, 摄影
family photo | photo de famille, photo officielle | foto de familia, foto oficial | семейное фото, общее фото | الصورة الجماعية | 全家福, 集体照
press media | presse, médias | prensa, medios de comunicación, medios | пресса, сми, средства массовой информации | صحافة, إعلام, الإعلام | 媒体, 新闻
journalist | journaliste | periodista | журналист, журналистка | صحفي, صحفية | 记者
webcast live stream | retransmission, en direct, diffusion, diffusé, webdiffusion | transmisión, en vivo, en directo, retransmisión | трансляция, прямой эфир, прямая трансляция, транслироваться | بث, مباشر, بث مباشر | 直播, 网络直播, 转播
watch | regarder, suivre | ver, seguir, mirar | смотреть, посмотреть | مشاهدة, أشاهد, متابعة | 观看, 看
online | en ligne, à distance | en línea, a distancia, virtual | онлайн, дистанционно, удаленно | عبر الإنترنت, عن بعد | 在线, 线上, 远程
video recording | vidéo, enregistrement, enregistré | video, vídeo, grabación, grabado | видео, запись, записи | فيديو, تسجيل | 视频, 录像, 录音
speaker | orateur, oratrice, intervenant, intervenante, conférencier | orador, oradora, ponente, conferenciante | выступающий, докладчик, спикер | متحدث, المتحدثين, متحدثة | 发言人, 演讲者, 讲者
speak | parler, prendre la parole, intervenir | hablar, tomar la palabra, intervenir | выступить, выступать, говорить | يتحدث, التحدث, أتحدث | 发言, 讲话
speech statement | discours, déclaration, intervention | discurso, declaración, intervención | выступление, речь, заявление | كلمة, خطاب, بيان | 演讲, 讲话稿, 声明
list of speakers | liste des orateurs | lista de oradores | список выступающих, список ораторов | قائمة المتحدثين | 发言名单
delegation | délégation | delegación | делегация, делегации | وفد, الوفد, وفود | 代表团
delegate | délégué, déléguée, délégués | delegado, delegada, delegados | делегат, делегаты | مندوب, مندوبين | 代表
minister | ministre | ministro, ministra | министр | وزير, الوزير | 部长
head of agency | chef d'agence, directeur, directrice | jefe de agencia, director, directora | глава ведомства, руководитель, директор | رئيس الوكالة, مدير | 机构负责人, 主任, 局长
member states | états membres, état membre | estados miembros, estado miembro | государства-члены, государство-член | الدول الأعضاء, دولة عضو | 会员国
country | pays | país | страна, страны | بلد, دولة | 国家
participant attend | participant, participants, participer, assister | participante, participantes, participar, asistir | участник, участники, участвовать, присутствовать | مشارك, المشاركين, المشاركة, حضور, يحضر, حضور | 参加, 出席, 参会者, 与会者, 参会
side event | événement parallèle, manifestation parallèle, événements parallèles | evento paralelo, eventos paralelos, actividad paralela, acto paralelo, actos paralelos | параллельное мероприятие, параллельные мероприятия, сайд-ивент, сайд-ивенты, сайд ивент | حدث جانبي, فعالية جانبية, الأحداث الجانبية | 边会
event | événement, manifestation | evento, actividad | мероприятие | فعالية, حدث | 活动
reception | réception, cocktail | recepción, cóctel | прием, приём, фуршет | حفل استقبال, استقبال | 招待会, 酒会
dress code | tenue, code vestimentaire, vêtements, cravate | vestimenta, código de vestimenta, ropa, vestir, traje, corbata, saco y corbata | дресс-код, одежда, форма одежды, галстук | لباس, للباس, قواعد اللباس, ملابس, لبس, ربطة عنق | 着装, 服装, 穿什么, 领带
certificate | certificat, attestation | certificado, constancia | сертификат, справка | شهادة | 证书, 证明
document | document, documents | documento, documentos | документ, документы | وثيقة, وثائق | 文件
print | imprimer, impression, imprimante | imprimir, impresión, impresora | распечатать, напечатать, печать, принтер | طباعة, اطبع, طابعة | 打印, 打印机
print for me | imprimez-moi, imprime-moi | imprímeme, imprímame | распечатайте мне, распечатай мне | اطبعلي, اطبع لي, اطبعولي | 帮我打印, 给我打印
business centre | centre d'affaires | centro de negocios | бизнес-центр | مركز الأعمال | 商务中心
outcome document report | document final, rapport, compte rendu, résumé | documento final, informe, resumen | итоговый документ, доклад, отчет, отчёт | الوثيقة الختامية, تقرير, ملخص | 成果文件, 报告, 总结
presentation slides | présentation, diapositives | presentación, diapositivas | презентация, слайды | عرض, شرائح | 幻灯片, 演示文稿
demonstration demo | démonstration | demostración | демонстрация, демонстрации | عرض توضيحي, عرض حي | 演示
theme topic | thème, sujet, thématique | tema | тема | موضوع, محور | 主题, 议题
counter-terrorism | lutte antiterroriste, antiterrorisme, antiterroriste, contre-terrorisme | lucha contra el terrorismo, antiterrorismo, antiterrorista | борьба с терроризмом, контртерроризм, контртеррористический | مكافحة الإرهاب | 反恐
terrorism | terrorisme, terroriste, terroristes | terrorismo, terrorista, terroristas | терроризм, террористы, террористический | الإرهاب, إرهابي | 恐怖主义, 恐怖分子
violent extremism | extrémisme violent | extremismo violento | насильственный экстремизм | التطرف العنيف | 暴力极端主义
prevent | prévention, prévenir | prevención, prevenir | предотвращение, профилактика | منع, الوقاية | 预防, 防止
cooperation | coopération | cooperación | сотрудничество | تعاون, التعاون | 合作
united nations | nations unies, onu | naciones unidas, onu | организация объединенных наций, оон | الأمم المتحدة | 联合国
secretary-general | secrétaire général | secretario general | генеральный секретарь, генсек | الأمين العام | 秘书长
general assembly | assemblée générale | asamblea general | генеральная ассамблея | الجمعية العامة | 联合国大会, 联大
security council | conseil de sécurité | consejo de seguridad | совет безопасности | مجلس الأمن | 安理会, 安全理事会
contact | contact, contacter, joindre, s'adresser | contacto, contactar, dirigirse | контакт, связаться, связь, обращаться, обратиться | اتصال, التواصل | 联系, 联络
email | courriel, e-mail, mail, adresse électronique | correo, correo electrónico, email | почта, электронная почта, email | بريد إلكتروني, البريد الإلكتروني | 邮件, 电子邮件, 邮箱
phone | téléphone, portable | teléfono, celular, móvil | телефон, мобильный | هاتف, جوال | 电话, 手机
help | aide, aider, assistance | ayuda, ayudar, asistencia | помощь, помочь | مساعدة, ساعدني | 帮助, 帮忙
information desk | bureau d'information, accueil, renseignements, comptoir | mostrador de información, información, ventanilla | справочная, информация, стойка | مكتب المعلومات, معلومات, الاستعلامات | 服务台, 咨询台, 信息
luggage | bagages, valise | equipaje, maleta | багаж, чемодан | أمتعة, حقيبة سفر, شنطة, شنطة السفر | 行李
cloakroom coat | vestiaire, manteau | guardarropa, abrigo | гардероб, пальто | غرفة المعاطف, معطف | 衣帽间, 寄存, 外套
bag | sac, sac à dos | bolso, bolsa, mochila | сумка, рюкзак | حقيبة | 背包
charger laptop | chargeur, ordinateur portable, ordinateur | cargador, portátil, computadora, ordenador | зарядка, ноутбук, компьютер | شاحن, حاسوب, كمبيوتر | 充电器, 笔记本电脑, 电脑
charge outlet | prise, recharger | enchufe, cargar | розетка, зарядить | شحن, مقبس | 充电, 插座
smoking | fumer, fumeurs | fumar, fumadores | курить, курение | التدخين, تدخين | 吸烟, 抽烟
meaning stand for | que veut dire, ça veut dire quoi, que signifie, signifie | qué significa, qué quiere decir, significa | что значит, что означает, расшифровка | شو يعني, ماذا يعني, ما معنى, يعني ايه | 什么意思, 是什么意思, 代表什么
smoking area | espace fumeurs, zone fumeurs, coin fumeurs | zona de fumadores, área de fumadores, zona para fumar | место для курения, курилка, курительная комната | مكان التدخين, مكان للتدخين, مكان مخصص للتدخين, منطقة التدخين, منطقة للتدخين | 吸烟区, 吸烟室
people | gens, personnes | gente, personas | люди, человек | ناس, الناس, أشخاص | 人数
fit seat capacity | tient, tiennent, capacité | cabe, caben, capacidad | вмещает, помещается, вместимость | يتسع, تتسع, سعة | 容纳
trusteeship council | conseil de tutelle | consejo de administración fiduciaria | совет по опеке | مجلس الوصاية | 托管理事会
student | étudiant, étudiante, étudiants | estudiante, estudiantes | студент, студентка, студенты | طالب, طالبة, طلاب, جامعي | 学生, 大学生
discount | réduction, tarif réduit, promo, code promo | descuento, tarifa reducida | скидка, скидку | خصم, مخفض, سعر مخفض | 折扣, 优惠
in advance | à l'avance, d'avance | con anticipación, con antelación, de antemano | заранее | مسبقا, مسبقاً | 提前
press conference | conférence de presse, point de presse | conferencia de prensa, rueda de prensa | пресс-конференция, брифинг | مؤتمر صحفي | 记者会, 新闻发布会
media centre | centre de presse, salle de presse | centro de prensa, sala de prensa | пресс-центр | المركز الإعلامي | 媒体中心, 新闻中心
visa | visa | visado, visa | виза, визы, визу, визой | تأشيرة | 签证
letter | lettre | carta | письмо, письма | رسالة, خطاب |
invitation | invitation, invité, invitée | invitación, invitado, invitada | приглашение, приглашен | دعوة | 邀请, 邀请函
bring | apporter, amener | traer, llevar | принести, взять с собой | إحضار, أحضر | 带, 携带
child children | enfant, enfants | niño, niña, niños, hijo, hija | ребенок, ребёнок, дети | طفل, أطفال | 孩子, 儿童, 小孩
family spouse | famille, conjoint, épouse, mari | familia, cónyuge, esposa, esposo | семья, супруга, супруг, жена, муж | عائلة, زوجة, زوج | 家人, 配偶, 妻子, 丈夫
guest | invité, accompagnant | invitado, acompañante | гость, сопровождающий | ضيف, مرافق | 客人, 随行
open | ouvert, ouverte, ouvre, ouvrent | abierto, abierta, abre | открыт, открыта, открыто, открытые, открытый, открытая, открытых | مفتوح, مفتوحة | 开放, 开门
closed | fermé, fermée, huis clos | cerrado, cerrada, a puerta cerrada | закрыт, закрыта, закрытое, закрытые, закрытый, закрытая, закрытых | مغلق, مغلقة | 关闭, 闭门, 不公开
close | ferme, ferment, fermer | cierra, cierran, cerrar | закрывается, закрываются, закрывают | يغلق, تغلق | 关门, 关闭时间
public | public, publique | público, pública | открытое, публичный | علني | 公开
weather | météo, temps qu'il fait | clima, tiempo que hace | погода | طقس, الطقس | 天气
time zone | fuseau horaire | zona horaria, huso horario | часовой пояс | منطقة زمنية, التوقيت | 时区
money cash | argent, espèces, monnaie | dinero, efectivo | деньги, наличные | مال, نقود, نقدا | 钱, 现金
atm bank | distributeur, distributeur automatique, banque | cajero, cajero automático, banco | банкомат, банк | صراف آلي, صراف, بنك | 自动取款机, 取款机, 银行
shop bookshop | boutique, magasin, librairie | tienda, librería | магазин, книжный магазин | متجر, محل, مكتبة | 商店, 书店
tour visit | visite, visite guidée | visita, visita guiada | экскурсия | جولة, زيارة | 参观, 导览
new york | new york | nueva york | нью-йорк, нью-йорке | نيويورك | 纽约
book reserve | réserver, réservation | reservar, reserva | забронировать, бронирование, заказать | حجز, أحجز | 预订, 预约, 订
book for me | me réserver, réservez-moi, me réservez | resérveme, resérvame, reservarme, me reserva | забронируйте мне, забронируй мне, забронировать мне | احجزلي, احجز لي | 帮我订, 帮我预订, 给我订
wine alcohol | vin, alcool | vino, alcohol | вино, алкоголь | نبيذ, كحول | 葡萄酒, 酒
bilateral | bilatéral, bilatérale, bilatéraux | bilateral, bilaterales | двусторонний, двусторонняя, двусторонние | ثنائي, ثنائية | 双边
private | privé, privée | privado, privada | частный, частная, конфиденциально | خاص, خاصة | 私人, 私下
chair moderator | président, présidente, modérateur | presidente, presidenta, moderador | председатель, модератор | رئيس, مدير الجلسة | 主席, 主持人
panel | panel, table ronde, débat | panel, mesa redonda, debate | дискуссия, круглый стол, панель | حلقة نقاش, نقاش | 小组讨论, 圆桌
workshop | atelier | taller | семинар | ورشة عمل, ورشة | 研讨
breakout workshop | groupe de travail, séance parallèle | grupo de trabajo, sesión paralela | рабочая группа, секция | | 分组会议
keynote | discours liminaire, discours d'ouverture | discurso principal, discurso inaugural | основной доклад, вступительное слово | الكلمة الرئيسية | 主旨演讲
victims | victimes | víctimas | жертвы, пострадавшие | الضحايا, ضحايا | 受害者
youth | jeunes, jeunesse | jóvenes, juventud | молодежь, молодёжь | الشباب | 青年
women gender | femmes, genre | mujeres, género | женщины, гендер | المرأة, النساء | 妇女, 性别
police | police | policía | полиция | شرطة, الشرطة | 警察
border | frontière, frontières | frontera, fronteras | граница, границы | حدود | 边境
financing | financement | financiación, financiamiento | финансирование | تمويل | 资金, 融资
foreign terrorist fighters | combattants terroristes étrangers, combattants étrangers | combatientes terroristas extranjeros, combatientes extranjeros | иностранные боевики-террористы, иностранные террористы-боевики, иностранные боевики | المقاتلين الإرهابيين الأجانب, المقاتلين الأجانب | 外国恐怖主义战斗人员, 外国战斗人员
social media | réseaux sociaux | redes sociales | социальные сети, соцсети | وسائل التواصل الاجتماعي | 社交媒体
hashtag | hashtag, mot-dièse | hashtag, etiqueta | хэштег, хештег | هاشتاغ, وسم | 话题标签, 标签
organiser | organisateur, organisateurs, organise, organiser | organizador, organizadores, organiza, organizar | организатор, организаторы, организует | ينظم, منظم, المنظمين | 主办, 组织者, 主办方
purpose | objectif, but | objetivo, propósito, finalidad | цель | هدف, الهدف | 目的, 宗旨
free | gratuit, gratuite | gratis, gratuito, gratuita | бесплатно, бесплатный | مجاني, مجانا | 免费
deadline | date limite, délai | plazo, fecha límite | срок, крайний срок | موعد نهائي | 截止日期, 截止
change | changer, modifier, changement | cambiar, modificar, cambio | изменить, поменять, изменение | تغيير, تعديل | 更改, 改变, 变更
cancel | annuler, annulé | cancelar, cancelado | отменить, отменен, отменён | إلغاء, ألغي | 取消
late | en retard, retard | llegar tarde, llego tarde, retraso | опоздать, опаздываю, опоздание | متأخر, تأخير | 迟到
seat | place assise, s'asseoir | asiento, sentarse | место, мест, места, сесть | مقعد | 座位
full capacity | complet, complète, capacité | lleno, completo, capacidad | мест нет, вместимость | ممتلئ, سعة | 满, 容量, 名额
question ask | question, poser une question | pregunta, preguntar | вопрос, задать вопрос | سؤال | 问题, 提问
map | plan, carte | mapa, plano | карта, схема | خريطة | 地图
nearby | proche, près, à proximité | cerca, cercano | рядом, ближайший, поблизости | قريب, أقرب | 附近, 最近
go get to | aller, se rendre, arriver | ir, llegar | добраться, пройти, попасть | الذهاب, الوصول | 去
fire | incendie, feu | incendio, fuego | пожар | حريق | 火灾, 着火, 失火
smoke | fumée | humo | дым | دخان | 冒烟, 烟雾
collapsed unconscious | évanoui, évanouie, effondré, inconscient, malaise | desmayado, desmayó, se desmayó, inconsciente, colapsó | потерял сознание, без сознания, упал в обморок | أغمي عليه, فاقد الوعي, انهار | 晕倒, 昏倒, 失去知觉, 昏迷
injured bleeding | blessé, blessée, saigne | herido, herida, sangra, sangrando | ранен, ранена, кровь, кровотечение | مصاب, نزيف, جريح | 受伤, 流血
heart attack | crise cardiaque | infarto, ataque al corazón | сердечный приступ, инфаркт | نوبة قلبية | 心脏病
ambulance | ambulance | ambulancia | скорая, скорая помощь | إسعاف, سيارة إسعاف | 救护车
suspicious | suspect, suspecte | sospechoso, sospechosa | подозрительный, подозрительная | مشبوه, مشبوهة | 可疑
transactions | transactions, opérations | transacciones, operaciones | транзакции, операции, сделки | معاملات, المعاملات, عمليات, العمليات | 交易
unattended | abandonné, abandonnée | abandonado, abandonada | оставленный, бесхозный | متروك, متروكة | 无人看管
weapon gun | arme, armes, pistolet | arma, armas, pistola | оружие, пистолет | سلاح, أسلحة, مسدس | 武器, 枪
threat | menace, menaces | amenaza, amenazas | угроза, угрозы | تهديد | 威胁
harassment | harcèlement, harcelé | acoso, acosado, acosada | домогательство, домогательства, преследование | تحرش | 骚扰
evacuate | évacuer, évacuation | evacuar, evacuación | эвакуация, эвакуироваться | إخلاء | 疏散
alarm | alarme | alarma | тревога, сигнализация | إنذار | 警报
wear | porter, mettre, s'habiller | llevar puesto, ponerse, vestirse | носить, надеть | ارتداء, يرتدي, ألبس | 穿着, 穿
laundry | laverie, blanchisserie, laver | lavandería, lavar | прачечная, постирать | مغسلة, غسيل الملابس | 洗衣
gym | salle de sport | gimnasio | спортзал, тренажерный зал | صالة رياضية | 健身房
sim card phone | carte sim | tarjeta sim | сим-карта, сим карта | شريحة | 电话卡, 手机卡
weather | météo, quel temps fera-t-il, quel temps fait-il | clima, qué tiempo hará, qué tiempo hace | погода | الطقس, طقس | 天气
provided | offert, offerte, offerts, pris en charge, prise en charge, fourni, fournie | incluido, incluida, ofrecido, ofrecida, cubierto, cubierta | предоставляется, предоставляются, включено, включен, кормят, накормят | متوفر, يتوفر, تتوفر, متاح, متاحة | 提供
during | pendant, durant, lors de, lors du | durante | во время, в течение | خلال, أثناء | 期间
inside | à l'intérieur, dedans | dentro, adentro | внутри | داخل, بداخل | 里面, 内部
office | bureau | oficina | офис, бюро, кабинет | مكتب | 办公室
head of delegation | chef de délégation, cheffe de délégation | jefe de delegación, jefa de delegación | глава делегации, руководитель делегации | رئيس الوفد | 代表团团长
official | officiel, officielle | oficial | официальный, официальная, официальное, официальные | رسمي, رسمية | 正式, 官方
options | options, choix | opciones | варианты | خيارات | 选择, 选项
send | envoyer, envoyé, envoyée | enviar, mandar | прислать, отправить, выслать | إرسال, ارسال, ترسلوا, ترسل | 发送, 寄
written | écrit, écrite | escrito, escrita | письменный, письменное, письменная | مكتوب, مكتوبة | 书面
large | grand, grande, gros, grosse | grande | большой, большая, большое | كبير, كبيرة |
until what time open | jusqu'à quelle heure, jusqu'à quand | hasta qué hora, hasta cuándo | до скольки, до какого времени | حتى أي ساعة, لغاية أي ساعة, حتى متى | 开到几点, 到几点
"""
