"""Language data of the alert stage: what any conference's emergencies are made of.

The organisers' triggers (``urgent:``, ``sensitive:`` in the FAQ file) name their own
topics; this module holds what no FAQ file should have to spell out again: the words
of a few general *concepts* ("@sign": what an acute illness or injury looks like;
"@weapon"; "@child" ...), in their inflections and the six UN languages. A trigger
uses one as a group, ``@sign + @body``, so that a wording nobody wrote a trigger for
("his left arm feels numb and his chest hurts") is recognised by what it is made of
rather than by an exact phrase. Typos and word endings are matched as for any
trigger word (bot/core/alerts.py).

It also holds the words of a *subject-matter frame* ("a session on attacks", "the
policy against harassment"): an alert word inside one names a topic of talk, not an
event, so the alert stage leaves it out (``subject_matter_removed``).

General vocabulary only, never wordings of particular test messages: each word here
has to be one that any attendee might use for any such event.
"""

from __future__ import annotations

import re

# Each concept: alternatives separated by "/" (an alternative may be a few words, in
# order). Words of scripts written without spaces (Chinese) are found inside a message.
CONCEPTS: dict[str, str] = {
    # What an acute illness or injury looks like, said by a bystander.
    "sign": """
        collapsed/collapsing/collapse/fainted/fainting/faint/passed out/blacked out/
        unconscious/unresponsive/not responding/not moving/wake up/seizure/seizures/
        convulsing/convulsions/fitting/shaking/trembling/twitching/jerking/numb/numbness/
        slurred/slurring/paralysed/paralyzed/drooping/droopy/swelling/swollen/bleeding/
        blood/bloody/choking/choked/gasping/wheezing/breathe/breathing/breathless/
        vomiting/vomited/throwing up/dizzy/dazed/disoriented/delirious/sweating/sweaty/
        clammy/pain/painful/hurts/hurting/ache/aching/injured/injury/wound/wounded/
        broken/fracture/fell/fallen/allergic/anaphylactic/overdose/stroke/heart attack/
        rolled back/can not feel/barely/motionless/went down/keeled over/spiked/drugged/
        lying on the floor/lying on the ground/clutching/clutched/gripping/
        can not speak/can not talk/not getting up/can not get up/
        can not get air/asthma attack/panic attack/pale/
        nosebleed/nose bleed/
        évanoui/évanouie/inconscient/inconsciente/saigne/douleur/malaise/convulsions/
        desmayó/desmayado/desmayada/inconsciente/sangra/sangrando/dolor/convulsiones/
        без сознания/потерял сознание/не дышит/плохо/кровь/кровотечение/боль/судороги/
        упал/упала/se cayó/se cayo/se ha caído/est tombé/est tombée/
        فقد الوعي/فاقد للوعي/لا يتنفس/ينزف/نزيف/ألم/سقط/أغمي/
        晕倒/昏迷/倒地/叫不醒/流血/出血/抽搐/呼吸困难/胸痛/
        drowsy/too many pills/took too many/overdosed/stung/tight/tightness/
        hard to swallow/can not swallow/somnolent/somnolente/piqué/piquée/
        somnoliento/somnolienta/сонный/сонная/ужалила/ужалил/نعسان/لدغته/لدغتها/嗜睡/蜇了/
        burned/burnt/burns/scalded/scalding/blistered/blistering/blisters/skin coming off/
        skin peeling/brûlé/brûlée/brûlure/brûlures/quemado/quemada/quemadura/quemaduras/
        ожог/ожоги/обжёгся/обжегся/обожгла/обожглась/حروق/احترق/احترقت/烫伤/烧伤
        """,
    # Signs that are an emergency on their own, whoever says them.
    "collapse": """
        collapsed/fainted/passed out/blacked out/keeled over/unconscious/unresponsive/
        motionless/not breathing/stopped breathing/seizure/convulsing/not getting up/
        throat is closing/throat closing/throat is closing up/throat closing up/
        throat is swelling/throat swelling/throat swelling up/throat is swelling up/
        tongue is swelling/tongue swelling/la gorge qui se ferme/gorge qui gonfle/
        se me cierra la garganta/garganta cerrándose/горло сжимается/горло отекает/
        حلقي ينغلق/حلقه ينغلق/喉咙肿/喉咙发紧/
        will not wake/does not wake/waters broke/water broke/waters have broken/in labour/
        in labor/going into labour/going into labor/into labour/into labor/giving birth/
        contractions/lost consciousness/losing consciousness/having a fit/had a fit/
        no pulse/without a pulse/pas de pouls/sin pulso/нет пульса/لا نبض/没有脉搏/
        trouble breathing/difficulty breathing/struggling to breathe/can not breathe/
        hard to breathe/respire mal/du mal à respirer/le cuesta respirar/no puede respirar/
        трудно дышать/не может дышать/صعوبة في التنفس/喘不过气/
        perdu connaissance/perdre connaissance/perd connaissance/
        perdió el conocimiento/perdió la conciencia/perdió el sentido/
        perdu les eaux/accouche/accoucher/rompió aguas/rompió la fuente/de parto/
        отошли воды/рожает/схватки/تلد/الولادة/مخاض/羊水破了/要生了/分娩/
        ne respire plus/ne respire pas/no respira/évanoui/évanouie/inconscient/inconsciente/
        desmayó/desmayado/desmayada/
        без сознания/потерял сознание/потеряла сознание/не дышит/не дышал/
        فقد الوعي/فاقد للوعي/فاقدة للوعي/مغمى عليه/لا يتنفس/晕倒/昏迷/不省人事/没有呼吸/
        can not keep awake/can not wake/will not wake up/
        n'arrive pas à le réveiller/n'arrive pas à la réveiller/no puedo despertarla/
        no puedo despertarlo/не могу разбудить/لا أستطيع إيقاظه/لا أستطيع إيقاظها/
        not waking/not waking up/can not wake/can not wake him/can not wake her/
        ne se réveille pas/ne se réveille plus/no despierta/no se despierta/
        не просыпается/не можем разбудить/لا يستيقظ/لا تستيقظ/醒不过来/叫不醒
        """,
    # Not moving or not reacting: a sign when said of a person or with another sign
    # ("she fell and is not moving"), not of a queue or a lift ("the queue is not
    # moving").
    "still": """
        not moving/not responding/not reacting/went down/gone down/slumped/
        is not answering/was not answering/stopped answering/
        slid off/keeled/no se mueve/no reacciona/no responde/
        ne bouge plus/ne bouge pas/ne réagit pas/ne répond pas/не двигается/не шевелится/
        не реагирует/لا يتحرك/لا يستجيب/不动了/一动不动/没有反应
        """,
    # A person, said of whoever is taken ill ("a delegate", "la señora").
    "person": """
        man/woman/person/someone/somebody/he/she/guy/lady/gentleman/colleague/delegate/
        participant/attendee/speaker/friend/boss/guest/visitor/elderly/
        homme/femme/quelqu'un/il/elle/dame/monsieur/collègue/délégué/déléguée/participant/
        hombre/mujer/alguien/él/ella/señora/señor/colega/delegado/delegada/participante/
        мужчина/женщина/человек/кто-то/он/она/коллега/делегат/участник/
        رجل/امرأة/شخص/زميل/زميلي/مندوب/مشارك/男人/女人/有人/同事/代表/他/她
        """,
    # The body, where a sign is felt or seen.
    "body": """
        chest/heart/head/face/throat/lips/tongue/eyes/neck/stomach/arm/leg/speech/
        airway/mouth/
        poitrine/tête/visage/gorge/cœur/coeur/pecho/cabeza/cara/garganta/corazón/
        грудь/голова/голову/лицо/горло/сердце/сердцем/сердца/صدر/رأس/وجه/حلق/قلب/
        胸口/头/脸/喉咙/心脏
        """,
    # It is happening now, or someone calls for help.
    "now": """
        help/right now/suddenly/asap/urgent/urgently/immediately/hurry/emergency/
        what do we do/what should i do/send someone/come quickly/
        au secours/à l'aide/vite/urgence/ayuda/socorro/rápido/urgente/
        помогите/срочно/скорее/النجدة/ساعدوني/بسرعة/救命/快来/紧急/
        what should we do/qué hacemos/que hacemos/qué hago/
        qué debemos hacer/que faire/on fait quoi/que devons-nous faire/что делать/
        что нам делать/ماذا نفعل/ماذا أفعل/怎么办
        """,
    # Someone who can treat it, and that it cannot wait ("need a doctor, urgently"; not
    # "quick(ly)", one stem: "quick question, is there a doctor on site?").
    "doctor": """
        doctor/medic/medics/paramedic/paramedics/nurse/
        médecin/docteur/infirmier/infirmière/médico/enfermera/enfermero/
        врач/врача/доктор/медик/طبيب/ممرض/医生/大夫/护士
        """,
    "hurry": """
        right now/asap/urgent/urgently/immediately/hurry/emergency/
        vite/urgence/d'urgence/tout de suite/urgente/rápido/ya mismo/de inmediato/
        срочно/скорее/немедленно/بسرعة/فورا/عاجل/紧急/马上/快点
        """,
    # What a fire looks like: two signs of it in one sentence ("an electrical fire,
    # sparks coming from the projector", "smoke and flames").
    "blaze": """
        fire/flames/sparks/sparking/smoke/smoky/smouldering/smoldering/burning/ablaze/
        alight/
        smell/smells/coughing/
        feu/flammes/étincelles/fumée/fuego/llamas/chispas/humo/
        огонь/пламя/искры/дым/نار/لهب/شرر/دخان/火/火焰/火花/烟
        """,
    # Gas in the air, an emergency on its own.
    "gas": """
        smell gas/smell of gas/smells of gas/smells like gas/gas smell/gas leak/leaking gas/
        odeur de gaz/fuite de gaz/ça sent le gaz/olor a gas/fuga de gas/huele a gas/
        запах газа/утечка газа/пахнет газом/رائحة غاز/تسرب غاز/煤气味/燃气泄漏/煤气泄漏
        """,
    # A part of the building, where something is happening ("fire in the basement").
    "place": """
        building/room/hall/floor/kitchen/lobby/stairwell/stairs/staircase/corridor/
        hallway/toilets/restroom/restrooms/bathroom/cafeteria/canteen/basement/garage/
        car park/parking/cloakroom/lift/lifts/elevator/elevators/office/library/booth/
        flr/roof/terrace/entrance/plenary/auditorium/shop/shops/bookshop/store/kiosk/
        boutique/magasin/tienda/магазин/киоск/متجر/商店/
        bâtiment/salle/étage/cuisine/couloir/toilettes/sous-sol/vestiaire/ascenseur/
        edificio/sala/piso/cocina/pasillo/baños/sótano/guardarropa/ascensor/
        здание/зал/этаж/кухня/коридор/туалет/подвал/гардероб/лифт/
        المبنى/قاعة/الطابق/المطبخ/الممر/الحمام/القبو/المصعد/
        大楼/房间/大厅/楼层/厨房/走廊/厕所/地下室/电梯
        """,
    # A signal to leave the building.
    "alarm": """
        alarm/alarms/siren/sirens/strobe/strobes/bells/sprinklers/sprinkler/
        alarme/alarma/тревога/пожарная тревога/сирена/إنذار/صفارة/警报
        """,
    "leave": """
        leave the building/leave now/get out/evacuate/evacuating/evacuation/exit/exits/
        everyone out/told to leave/telling everyone to leave/clearing the building/
        clearing the hall/clearing everyone out/
        everyone leaving/run/running/where do we go/where should we go/where to go/
        où aller/où doit-on aller/adónde vamos/adónde ir/a dónde vamos/куда идти/куда нам идти/
        إلى أين نذهب/去哪里/往哪走/
        évacuer/sortir/evacuar/salir/эвакуация/выходить/إخلاء/اخرجوا/疏散/撤离
        """,
    # A bag or object nobody owns, or one that looks dangerous.
    "item": """
        bag/bags/rucksack/backpack/suitcase/luggage/package/parcel/box/briefcase/
        duffel/holdall/container/bottle/canister/device/envelope/van/truck/vehicle/
        metal case/attache case/
        crate/crates/carton/cartons/trunk/caisse/caja/cajón/ящик/коробку/
        sac/valise/colis/paquet/enveloppe/bolsa/bolso/maleta/mochila/paquete/
        сумка/сумку/пакет/чемодан/рюкзак/коробка/конверт/حقيبة/طرد/صندوق/ظرف/包裹/行李/箱子/
        书包/信封/的包/背包/手提包/提包
        """,
    "unowned": """
        unattended/unclaimed/abandoned/ownerless/no owner/nobody/noone/no one/left behind/
        nowhere to be seen/owner is nowhere/none of us knows/none of us know/knows whose/
        know whose/
        not ours/not mine/not our own/is not ours/belongs to nobody/belongs to no one/
        none of us brought/none of us left/none of us put/none of us owns/none of us own/
        none of us recognise/none of us recognize/not one of us/aucun de nous/
        ninguno de nosotros/никто из нас/لا أحد منا/我们谁都没/
        does not belong to/n'est pas à nous/n'est pas à moi/no es nuestro/no es nuestra/
        no es mío/no es mía/не наш/не наша/не наше/не мой/не моя/ليس لنا/ليست لنا/
        不是我们的/不是我的/
        by itself/left alone/alone/on its own/sitting there/been there/
        ran off/ran away/rushed off/hurried off/hurried away/took off/walked off/
        s'est enfui/s'est enfuie/salió corriendo/se fue corriendo/убежал/убежала/هرب/跑了/
        sola/solas/solos/tout seul/toute seule/laissé seul/laissée seule/бесхозный/
        бесхозная/бесхозную/وحدها/وحده/
        sans surveillance/abandonné/abandonnée/sin dueño/abandonado/abandonada/
        مهجورة/مهجور/متروك/لا أحد/
        без присмотра/хозяина нет/без хозяина/ничей/ничья/بدون صاحب/متروكة/无人看管/无人认领/
        没人看管/没有人看管/没人管/没人认领/没有人认领/没人要/
        did not put there/did not put it there/did not put that there/
        did not put this there/nobody put there/no one put there/no one put it there/
        je ne l'ai pas mis/no lo puse yo/no la puse yo/я не ставил/я его не ставил/
        لم أضعه/不是我放的/
        no driver/without a driver/with no driver/nobody driving/no one driving/
        sans conducteur/sin conductor/без водителя/بدون سائق/没有司机
        """,
    # Thirty-fourth round. A light or a sound a thing gives out on its own ("a box with a
    # flashing light under the stage"): what a left device does, said of a thing.
    "blinking": """
        blinking/blinks/blinked/flashing/flashes/blinking light/flashing light/beeping/beeps/
        clignote/clignotant/clignotante/bip/parpadea/parpadeando/parpadeante/pita/мигает/
        мигающий/мигающая/пищит/يومض/وامض/يصفر/闪烁/闪光/嘀嘀
        """,
    # ... where it was come upon or put out of sight ("found", "behind the radiator",
    # "under the stage"): not one's own kit blinking ("my receiver is blinking").
    "come-upon": """
        found/discovered/spotted/behind/under/underneath/beneath/hidden/stuck/taped/
        planted/trouvé/trouvée/derrière/sous/caché/encontré/encontrado/detrás/debajo/
        escondido/нашли/нашел/нашёл/под/спрятан/وجدت/خلف/تحت/مخفي/发现/后面/下面/藏
        """,
    "hazard": """
        leaking/leak/chemical/chemicals/powder/fumes/wires/wire/ticking/smoking/spilling/
        gasoline/petrol/kerosene/
        oozing/dripping/taped/taped to/strapped/duct tape/
        fuite/chimique/poudre/fuga/químico/polvo/утечка/химический/порошок/провода/
        تسرب/كيميائي/مسحوق/泄漏/化学/粉末/电线
        """,
    # Something strange, which a hazard makes alarming ("a strange white powder").
    "odd": """
        strange/weird/odd/suspicious/unknown/unidentified/dodgy/sketchy/fishy/shady/iffy/
        étrange/bizarre/suspect/extraño/extraña/sospechoso/sospechosa/странный/странная/
        странное/подозрительный/غريب/غريبة/مشبوه/奇怪/可疑
        """,
    # Someone in danger of harming themselves.
    "self-harm": """
        hurt himself/hurt herself/hurt myself/kill himself/kill herself/kill myself/
        suicide/suicidal/end his life/end her life/end my life/about to jump/
        wants to end it all/wanted to end it all/will end it all/
        going to end it all/gonna end it all/threatening to end it all/
        take his own life/take her own life/take my own life/
        mettre fin à ses jours/acabar con su vida/
        threatening to jump/going to jump off/wants to jump off/gonna jump off/
        menace de sauter/va sauter/amenaza con saltar/va a saltar/va a tirarse/
        хочет прыгнуть/собирается прыгнуть/يريد القفز/سيقفز/要跳楼/想跳楼/
        se suicider/se tuer/suicidarse/quitarse la vida/suicidio/покончить с собой/
        суицид/самоубийство/انتحار/ينتحر/自杀/轻生
        """,
    # Weapons, and what a question about carrying one asks. A sword or a sabre is one,
    # ceremonial or not: no tool, as a pocket knife is.
    "weapon": """
        gun/guns/firearm/firearms/sidearm/pistol/handgun/rifle/revolver/weapon/weapons/
        taser/tasers/stun gun/pepper spray/ammunition/ammo/
        sword/swords/sabre/sabres/saber/sabers/épée/espada/sable/меч/сабля/шпага/سيف/剑/军刀/
        arme/armes/pistolet/arma/armas/pistola/оружие/пистолет/سلاح/بسلاح/مسدس/枪/武器
        """,
    # Someone has one in hand now (not "carry", which asks about a rule; nor English
    # "has": "he has chest pains and can't feel his arm" reads "arm" as French "arme").
    "holding": """
        holding/holds/wielding/tiene/sostiene/empuña/tient/brandit/
        у него/у неё/у нее/держит/معه/يمسك/拿着/手持/手里有
        """,
    # A blade is a tool too ("can I bring a pocket knife?" is a question about the
    # screening rules); it is a weapon when carried to defend oneself.
    "blade": """
        knife/knives/pocket knife/penknife/blade/blades/baton/box cutter/box cutters/
        boxcutter/boxcutters/utility knife/stanley knife/razor blade/cutter/cúter/
        dagger/daggers/kirpan/kirpans/machete/machetes/hatchet/hatchets/
        couteau/cuchillo/navaja/нож/ножик/سكين/سكينا/刀/poignard/daga/puñal/кинжал/خنجر/匕首
        """,
    # Taken away at a check: what a question about passing one with a blade fears
    # ("will they confiscate it at the gate?").
    "confiscated": """
        confiscate/confiscated/confiscates/confiscating/confiscation/seized/seize/
        taken away/take it away/take them away/taken off me/
        confisquer/confisqué/confisquée/confisqués/confiscar/confiscado/confiscada/
        requisar/requisado/decomisar/decomisado/конфискуют/конфисковать/изымут/изъять/
        отберут/отнимут/يصادر/يصادرون/مصادرة/سيصادرونه/没收/扣下
        """,
    "defence": """
        self protection/self defence/self defense/for protection/protect myself/
        defend myself/just in case/
        légitime défense/me protéger/autodefensa/defensa personal/protegerme/
        самооборона/самообороны/للدفاع/الدفاع عن النفس/防身/自卫
        """,
    "carry": """
        bring/bringing/carry/carrying/allowed/permitted/ok to/okay to/keep/buy/purchase/
        wear/pack/declare/self protection/self defence/self defense/for protection/
        enter with/come in with/get in with/go in with/inside with/walk in with/
        entrer avec/rentrer avec/
        get through/gets through/go through/goes through/pass through/make it through/
        get past/go past/get by/passer par/pasar por/pasar el/пройти через/
        entrar con/pasar con/войти с/пройти с/الدخول ب/أدخل ب/带进/带着进/
        apporter/porter/garder/autorisé/autorisée/llevar/traer/portar/permitido/
        пронести/взять/носить/можно/يحمل/أحمل/مسموح/带/携带
        """,
    # Whether carrying a thing is allowed, asked ("is a pocket knife allowed inside?",
    # "can he keep it on him?", "will he be allowed in with it?"): a rule. Not "can I
    # bring", which the answer on screening answers for a pocket knife.
    "allowed": """
        allowed/permitted/permissible/authorised/authorized/ok to carry/okay to carry/
        keep it on/keep them on/keep on him/keep on her/keep on them/keep on his person/
        keep on her person/let in with/let him in/let her in/let them in/
        keep it with me/keep them with me/keep it on me/keep them on me/have it with me/
        have them with me/have it on me/have them on me/hold on to it/hang on to it/
        keep it with us/keep them with us/keep it by me/keep it beside me/
        keep it with him/keep it with her/keep them with him/keep them with her/
        have it with him/have it with her/have them with him/have them with her/
        le garder sur moi/les garder sur moi/garder avec moi/tenerlo conmigo/
        llevarlo conmigo/llevarla conmigo/оставить при себе/держать при себе/
        أحتفظ به معي/带在身上/随身携带/
        autorisé/autorisée/autorisés/permis/permitido/permitida/se permite/
        разрешено/разрешён/разрешен/разрешается/مسموح/يسمح/允许/准许
        """,
    # Violence done with a thing in hand, which no question about a rule holds.
    "brandished": """
        waving/waved/pulled/pulls/pointing/pointed/brandishing/brandished/threatening/
        threatened/stabbed/stabbing/attacking/attacked/swinging/slashing/lunging/
        agite/menace/blandiendo/amenazando/apuñaló/размахивает/угрожает/ударил/
        يلوح/يهدد/طعن/挥舞/威胁/捅
        """,
    # A fight going on, said with the verb in the other languages ("двое дерутся",
    # "se battent", "se están peleando"): these forms are said of people fighting one
    # another, never of fighting a scourge (combattre, luchar contra, бороться).
    "brawling": """
        se battent/se bagarrent/se tapent dessus/en train de se battre/
        se pelean/se están peleando/están peleando/peleándose/se golpean/
        дерутся/дерётся/дерется/подрались/драку/избивают/
        يتشاجرون/يتعاركون/يتضاربون/عراك/打架/打起来/斗殴/互殴
        """,
    # A thing that is no weapon but hurts when swung at people: a bar, a pipe, a bat
    # ("waving an iron bar at the guards"); with a swinging word only.
    "club": """
        metal bar/iron bar/steel bar/crowbar/metal pipe/iron pipe/lead pipe/baseball bat/
        cricket bat/hammer/sledgehammer/axe/hatchet/wrench/spanner/chair leg/
        barre de fer/barre métallique/pied-de-biche/marteau/hache/barra de metal/
        barra de hierro/tubo de metal/bate/martillo/hacha/лом/труба/бита/молоток/топор/
        قضيب حديد/عتلة/مطرقة/فأس/铁棍/铁管/球棒/锤子/斧头
        """,
    "swung": """
        waving/waved/swinging/swung/brandishing/brandished/lunging/lunged/
        threatening/wielding/agite/agitait/brandit/brandissait/blandiendo/blandía/
        agitando/размахивает/размахивал/размахивала/يلوح/لوح/挥舞/挥着
        """,
    # A threat received: a call, a text, a note ... and the harm it speaks of ("an
    # anonymous call saying they will attack the closing session").
    "warned": """
        anonymous/anonymously/threatening call/threatening message/threatening email/
        threatening letter/threatening note/got a call/got a text/got a message/
        got an email/got a note/received a call/received a text/received a message/
        received an email/received a note/call saying/text saying/message saying/
        email saying/note saying/letter saying/called me saying/called and said/
        will hurt me/will hurt us/will kill me/will kill us/will shoot me/will stab me/
        will beat me/would hurt me/would kill me/going to hurt me/going to kill me/
        gonna hurt me/gonna kill me/va a hacerme daño/me va a matar/va me tuer/
        va me faire du mal/убьёт меня/убьет меня/сделает мне больно/
        мне позвонили/позвонили и сказали/me llamaron/on m'a appelé/اتصل بي/有人打电话/
        appel anonyme/message anonyme/lettre anonyme/llamada anónima/mensaje anónimo/
        анонимный звонок/анонимное сообщение/анонимка/مكالمة مجهولة/رسالة مجهولة/
        匿名电话/匿名信/got dm/got dms/dm saying/dms saying/sent me dm/direct message/
        private message/whatsapp saying/post saying/posted that/posted saying/
        posted online/posted on/tweeted/on social media/online post/in a post/a post saying/
        a publié que/publicó que/опубликовал/написал в/نشر/发帖/on m'a écrit/m'a envoyé un message/
        me escribieron/me mandaron un mensaje/мне написали/написали что/وصلتني رسالة/
        有人发消息/私信/
        llamó diciendo/llamaron diciendo/llamó para decir/llamaron para decir/
        a appelé en disant/ont appelé en disant/appelé pour dire/позвонил и сказал/
        позвонила и сказала/позвонил сказал/اتصل وقال/اتصلت وقالت/打电话说/来电说
        """,
    # A veiled threat: harm promised without naming it ("they'll make us pay", "you'll
    # regret it"), an alert said of someone, with a threat received or with fear.
    "veiled": """
        deal with you/deal with us/deal with them/deal with him/deal with her/
        deal with delegation/deal with delegations/
        make them pay/make him pay/make her pay/make everyone pay/
        will pay for this/teach them lesson/teach you lesson/get revenge/take revenge/
        watch your back/you have been warned/
        vont le payer/va le payer/le regretter/se venger/vengeance/
        lo van a pagar/lo pagarán/me las pagarán/se van a arrepentir/vengarse/venganza/
        заплатят/пожалеют/отомстить/отомщу/месть/سيدفعون الثمن/ستندم/انتقام/سينتقم/
        报复/让他们付出代价/走着瞧
        """,
    # A jump from a height, said of someone there (with ``@height``).
    "jump": """
        jump/jumping/jumps/throw himself/throw herself/sauter/se jeter/saltar/tirarse/
        lanzarse/прыгнуть/спрыгнуть/прыгать/броситься/يقفز/القفز/跳楼/跳下
        """,
    "height": """
        railing/railings/ledge/balcony/roof/rooftop/parapet/walkway/bridge/balustrade/
        window sill/rambarde/balcon/toit/rebord/parapet/barandilla/balcón/
        azotea/cornisa/перила/перилами/балкон/крыша/крыши/карниз/سطح/شرفة/حافة/
        درابزين/栏杆/阳台/楼顶/天台
        """,
    # Hiding from danger: said with shots, a weapon or screams, an attack under way.
    "hiding": """
        hiding/hide/hid/locked in/locked ourselves/barricaded/taking cover/take cover/
        sheltering/on lockdown/cachés/cachées/caché/nous cachons/barricadés/escondidos/
        escondidas/escondido/nos escondemos/atrincherados/прячемся/спрятались/
        забаррикадировались/نختبئ/مختبئون/مختبئين/躲起来/躲在/藏起来
        """,
    "shooting": """
        shooting/shooter/shooters/shots/gunman/gunmen/attacker/attackers/tireur/tirs/
        tirador/disparos/стрелок/стрельба/стреляют/مسلح/إطلاق نار/枪手/枪声/开枪/
        disparando/disparan/dispararon/ils tirent/ont tiré/
        стреляли/يطلقون النار/有人开枪
        """,
    # An attack on people under way ("protesters are attacking people", "están
    # golpeando a la gente"): the verb with whom it is done to (``@victims``).
    "assails": """
        attacking/assaulting/beating up/attaque/attaquent/agresse/agressent/
        frappe/frappent/ataca/atacan/atacando/agrede/agreden/golpea/golpean/golpeando/
        нападает/нападают/избивает/избивают/бьёт/бьют/يهاجم/يهاجمون/يعتدي/يعتدون/
        يضرب/يضربون/打人/殴打/攻击人
        """,
    # Someone being beaten, said in the passive or of someone else, an emergency on
    # its own ("someone is being beaten up outside", "le están pegando").
    "beaten": """
        beaten up/being beaten/getting beaten/beat up/roughed up/being punched/
        being kicked/getting punched/getting kicked/se fait tabasser/se fait frapper/
        tabassé/tabassée/le están pegando/la están pegando/están golpeando/golpeado/
        golpeada/избивают/избили/يتعرض للضرب/يضربونه/被打/挨打
        """,
    # A person held by the throat or the neck, or choked by another ("he has her by the
    # throat"): violence, with someone named ("@throttled + @someone").
    "throttled": """
        by the throat/by the neck/by her throat/by his throat/by my throat/by her neck/
        by his neck/by my neck/hands around her neck/hands around his neck/
        hands around my neck/hands round her neck/hands round his neck/choking her/
        choking him/choking me/strangling her/strangling him/strangling me/
        strangled her/strangled him/strangled me/throttling/throttled/à la gorge/
        par le cou/l'étrangle/por el cuello/de la garganta/la estrangula/lo estrangula/
        за горло/за шею/душит/душил/يخنقها/يخنقه/من رقبتها/من رقبته/掐住脖子/掐她脖子/掐他脖子
        """,
    "victims": """
        people/someone/somebody/everyone/delegates/attendees/participants/guard/guards/
        staff/crowd/me/us/gens/personnes/quelqu'un/tout le monde/gente/personas/alguien/
        todos/людей/кого-то/всех/الناس/شخصا/الحضور/人群/大家/
        waiter/waiters/waitress/usher/ushers/volunteer/volunteers/bartender/barman/
        cashier/guests/visitors/serveur/serveurs/camarero/camareros/официанта/النادل/服务员/
        speaker/speakers/moderator/moderators/chair/chairperson/panellist/panellists/
        panelist/panelists/presenter/presenters/host/interpreter/interpreters/journalist/
        journalists/audience
        """,
    # A drone where it should not be, flying close to the building.
    "drone": """
        drone/drones/quadcopter/uav/dron/drones/дрон/беспилотник/квадрокоптер/
        طائرة مسيرة/طائرة بدون طيار/无人机
        """,
    "hovering": """
        hovering/hovers/hovered/circling/buzzing/flying over/flying outside/flying near/
        flying around/outside window/outside windows/at window/overhead/filming us/
        survole/survolant/tourne autour/sobrevolando/sobrevuela/volando cerca/
        висит/летает/кружит/تحلق/يحوم/盘旋/在窗外
        """,
    # Something fastened or hidden where nobody would put it by chance ("taped under a
    # seat", "strapped beneath the table").
    "fastened": """
        taped/taped to/duct taped/strapped/glued/hidden/stuck/scotché/scotchée/dissimulé/
        dissimulée/pegado/pegada/oculto/oculta/приклеен/приклеена/примотан/
        спрятан/спрятана/ملصق/ملصوق/مخفي/绑在/粘在/藏在
        """,
    "underside": """
        underside/underneath/under chair/under seat/under table/under bench/under desk/
        beneath/sous chaise/sous siège/sous table/sous banc/debajo silla/debajo asiento/
        debajo mesa/bajo asiento/под стулом/под сиденьем/под столом/под скамейкой/
        تحت الكرسي/تحت المقعد/تحت الطاولة/椅子下/座位下/桌子下
        """,
    "harm": """
        attack/bomb/bombs/planted/kill/shoot/blow up/hurt/alive/die/explode/explosive/
        attentat/bombe/tuer/ataque/atacar/bomba/matar/взорвать/бомба/убить/нападение/
        теракт/قنبلة/تفجير/قتل/هجوم/炸弹/爆炸/杀/袭击
        """,
    # Harm to a place or to many, which a threat speaks of ("threatens to blow up the
    # building"); not "hurt" or "kill", which may be said of oneself ("threatening to
    # hurt himself" is the medical topic's).
    "destroy": """
        blow up/bomb/explode/attack/shoot/set fire/burn down/
        faire sauter/faire exploser/exploser/hacer explotar/explotar/
        attentat/bombe/attaquer/tirer/incendier/volar/bomba/atacar/disparar/
        incendiar/взорвать/бомба/напасть/стрелять/поджечь/تفجير/قنبلة/هجوم/إطلاق النار/
        炸/炸弹/袭击/开枪/放火
        """,
    # Harm said to be coming, by a third party, the verb right after its future
    # ("they'll hurt the speakers", "va a matar"), as "will kill" and "going to kill"
    # already are (not "will attack", "will shoot": "the panel will attack the
    # question"; not "will it hurt to skip the opening?").
    "vowed": "/".join(
        [f"{who} {future} {verb}" for who in ("they", "someone", "somebody", "people")
         for future in ("will", "are going to", "is going to", "are gonna", "is gonna")
         for verb in ("hurt", "kill", "stab")]
        + [f"{who} {future} {verb}" for who in ("he", "she")
           for future in ("will", "is going to", "is gonna") for verb in ("kill", "stab")]
        # Harm to others, whoever says it ("he's going to hurt someone"): not oneself.
        + [f"{future} {verb} {whom}" for future in ("going to", "gonna", "will")
           for verb in ("hurt", "kill", "stab", "shoot")
           for whom in ("someone", "somebody", "people", "everyone", "us", "them")]
        # ... and to one person pointed at ("says he will hurt her if she speaks"); not
        # "kill", which is said in jest ("my wife will kill him").
        + [f"{future} {verb} {whom}" for future in ("going to", "gonna", "will")
           for verb in ("hurt", "stab", "beat up") for whom in ("her", "him")]
        # Harm promised to the event, its place or its people ("they'll bomb the
        # summit", "going to shoot the participants when they leave"): such an object
        # names no debate (an attack on the conference or the UN may be a speaker's on
        # its conclusions: only people are attacked); no shooting said
        # with a camera (``CAMERA``).
        + [f"{future} {verb} {whom}" for future in ("going to", "gonna", "will", "want to",
                                                     "wants to")
           for verb in ("attack", "shoot", "bomb", "blow up", "hurt", "kill")
           for whom in ("delegates", "participants", "attendees", "delegations", "diplomats",
                        "ministers", "visitors", "crowd")
                       + (() if verb == "attack" else ("un", "building", "headquarters",
                                                       "conference", "summit", "event"))]
        # Harm promised to a speaker or the one who chairs ("he is going to hurt the
        # moderator"); not shooting, which a photographer does to speakers.
        + [f"{future} {verb} {whom}" for future in ("going to", "gonna", "will")
           for verb in ("hurt", "kill", "stab", "beat up")
           for whom in ("speaker", "speakers", "moderator", "moderators", "chair",
                        "panellist", "panellists", "panelist", "panelists", "presenter",
                        "presenters", "host")]
        + """va tuer/vont tuer/va faire sauter/vont faire sauter/va a matar/van a matar/
        va faire exploser/vont faire exploser/
        убьёт/убьет/убьют/взорвёт/взорвет/взорвут/سيقتل/سيقتلون/سيفجر/要杀/要炸""".split("/")
        # Twenty-fourth round: shooting or stabbing promised in the other five
        # languages ("il va tirer sur ...", "van a disparar contra ..."), as "going to
        # shoot" with a person is in English ("tirer" alone also draws and pulls).
        + """va tirer sur/vont tirer sur/va poignarder/vont poignarder/
        va a disparar/van a disparar/va a apuñalar/van a apuñalar/будет стрелять/
        будут стрелять/собирается стрелять/откроет огонь/откроют огонь/зарежет/
        سيطلق النار/سيطلقون النار/سيطعن/要开枪/要捅""".split("/")),
    # Shots heard, an emergency on its own (not "shots" alone: vaccination shots,
    # photo shots).
    "gunshot": """
        heard shots/like shots/sounded like shots/heard a shot/sound of shots/gunshots/
        gunshot/gunfire/shots fired/coups de feu/des tirs/disparos/balazos/tiroteo/
        выстрелы/выстрел/стрельба/стрельбу/إطلاق نار/اطلاق نار/枪声/开枪
        """,
    # People fleeing and screaming: something is happening, whatever it is.
    "panic": """
        running/fleeing/fled/stampede/running away/scattering/ducking/hiding/
        courent/fuient/s'enfuient/corriendo/huyendo/бегут/убегают/разбегаются/
        يركضون/يهربون/逃跑/逃/跑
        """,
    "screams": """
        screaming/screams/screamed/shrieking/crient/hurlent/cris/gritando/gritos/
        кричат/крики/يصرخون/صراخ/尖叫/喊叫
        """,
    # Someone (a third party) who could be doing harm.
    "someone": """
        man/guy/woman/person/someone/somebody/stranger/he/she/
        assailant/assailants/нападавший/
        one of them/one of the men/l'un d'eux/l'une d'elles/uno de ellos/una de ellas/
        один из них/одна из них/أحدهم/其中一个/
        homme/femme/quelqu'un/individu/hombre/mujer/alguien/tipo/
        мужчина/человек/кто-то/женщина/رجل/شخص/امرأة/男人/有人/女人
        """,
    # A threat promised to a group by name, said in a threat received ("a note saying
    # the delegates are next"): a target marked, not a queue.
    "marked": """
        are next/is next/you are next/they are next/will be next/we are next/
        sont les prochains/serán los siguientes/следующие/будете следующими/التالي/下一个
        """,
    "menace": """
        threatening/threatens/threatened/menacing/brandishing/waving/pointing/
        menace/menaçant/menacent/amenaza/amenazando/amenazó/угрожает/угрожал/
        يهدد/يهددون/威胁/威脅
        """,
    # Security staff, and what a question about their deployment asks.
    "guards": """
        guards/guard/security officers/security staff/security agents/police officers/
        plain clothes officers/plain clothes police/plainclothes officers/
        plainclothes police/plain clothes agents/undercover officers/undercover police/
        undercover agents/agents en civil/policiers en civil/policías de paisano/
        agentes de paisano/agentes encubiertos/полицейские в штатском/сотрудники в штатском/
        شرطة بملابس مدنية/便衣警察/便衣/
        police/snipers/bodyguards/sniffer dogs/sniffer dog/detection dogs/k9/canine unit/
        chiens renifleurs/perros detectores/служебные собаки/الكلاب البوليسية/警犬/
        安保人员/保安人员/
        gardes/agents de sécurité/policiers/guardias/agentes de seguridad/policía/agentes/
        escoltas/escolta/guardaespaldas/escortes/gardes du corps/
        охрана/охранники/охранников/полиция/полицейских/агентов/حراس/الحراس/الأمن/شرطة/
        警卫/保安/警察
        """,
    "deployed": """
        how many/deployed/stationed/positioned/shifts/shift change/rounds/what times/
        rotation/patrol/patrols/patrolling/sweep/sweeps/radio/radios/radio channel/
        radio channels/frequency/frequencies/call sign/call signs/code word/code words/
        posts/posted/positions/located/postes/puestos/ubicados/расположены/расположен/
        посты/постов/размещены/مواقع/岗哨/岗位/
        combien/déployés/cuántos/cuántas/desplegados/armados/turnos/
        сколько/вооружены/вооруженных/вооружённых/расставлены/смены/كم/عدد/مسلحين/منتشرين/
        多少/部署/武装/换班
        """,
    # How security as a whole is run: its shifts, rounds, cordons, set-up.
    "security": """
        security/sécurité/seguridad/безопасности/охраны/الأمن/الأمنية/安保/安全
        """,
    "operations": """
        shift change/shift changes/change of shift/staffing/rota/roster/sweep/sweeps/cordon/cordons/
        checkpoints/radio channels/radio frequencies/posts/посты/постов/
        deployment/posture/dispositif/déploiement/relève/despliegue/
        dispositivo/turnos/cordón/смена/смены/оцепление/расстановка/
        نوبات/طوق/انتشار/ترتيبات/换班/警戒线/部署/
        code word/code words/codeword/codewords/call sign/call signs/callsign/
        callsigns/radio code/radio codes/mot de code/mots de code/palabra clave/
        palabras clave/кодовое слово/кодовые слова/позывной/позывные/كلمة السر/
        كلمة الرمز/暗号/呼号
        """,
    # How high the danger is judged to be, for this event as a whole (with ``@here``:
    # not a talk's "threat level methodology").
    "threat-level": """
        threat level/security level/niveau de menace/nivel de amenaza/уровень угрозы/
        مستوى التهديد/威胁级别
        """,
    "here": """
        conference/event/here/today/this week/tomorrow/building/headquarters/venue/un/
        current/currently/right now/
        conférence/ici/siège/aujourd'hui/actuel/conferencia/aquí/sede/hoy/actual/
        конференции/здесь/сегодня/здании/текущий/المؤتمر/هنا/اليوم/المقر/الحالي/
        会议/这里/今天/总部/目前
        """,
    # Where security is thinnest, asked outright.
    "weak-spot": """
        unguarded/least checked/less checked/least guarded/least secure/least protected/
        least watched/security codes/door codes/door code/keypad code/
        moins surveillé/moins surveillée/moins contrôlé/code de la porte/menos vigilado/
        menos vigilada/sin vigilancia/código de la puerta/меньше охраняется/без охраны/
        код от двери/أقل حراسة/غير محروس/رمز الباب/防守最弱/没人看守/门禁密码
        """,
    # A way in, and whether an alarm guards it ("are the side doors alarmed at night?"):
    # which doors an alarm leaves unwatched is the security arrangements' weak point.
    "entry": """
        door/doors/entrance/entrances/window/windows/exit/exits/fire door/fire doors/
        side door/side doors/back door/back doors/gate/gates/hatch/hatches/
        porte/portes/fenêtre/fenêtres/puerta/puertas/ventana/ventanas/дверь/двери/окна/
        باب/أبواب/نوافذ/门/窗
        """,
    # How a way in is alarmed or locked ("are the fire doors alarmed", "what kind of
    # locks are on the back doors"): with ``@entry``, the security arrangements.
    "alarmed": """
        alarmed/unalarmed/not alarmed/alarm sensors/door sensors/door alarms/
        what locks/which locks/kind of locks/kind of lock/type of locks/type of lock/
        sort of locks/lock type/lock types/locking system/locking mechanism/
        types de serrures/type de serrure/tipo de cerraduras/qué cerraduras/
        какие замки/نوع الأقفال/什么锁/
        alarm contacts/have an alarm/has an alarm/have alarms/have no alarm/
        alarmée/alarmées/alarmada/alarmadas/на сигнализации/с сигнализацией/
        مزودة بإنذار/装了报警/有报警
        """,
    "surveillance": """
        cctv/security cameras/security camera/surveillance cameras/surveillance camera/
        camera positions/
        not covered by cameras/not covered by camera/not covered by any camera/
        no camera coverage/camera blind spot/camera blind spots/
        blind spots in camera/blind spots in cameras/blind spots of cameras/
        out of camera view/cameras do not cover/cameras can not see/
        pas couvert par les caméras/pas couverte par les caméras/angle mort des caméras/
        no cubierto por cámaras/no cubierta por cámaras/punto ciego de las cámaras/
        не просматривается камерами/слепая зона камер/监控死角/
        caméras de surveillance/caméra de surveillance/caméras de sécurité/
        vidéosurveillance/cámaras de seguridad/cámara de seguridad/cámaras de vigilancia/
        cámara de vigilancia/videovigilancia/
        видеонаблюдения/камеры наблюдения/камер наблюдения/камера наблюдения/
        كاميرات المراقبة/كاميرات مراقبة/كاميرات الأمن/كاميرا المراقبة/监控摄像头/摄像头/监控/
        watched by cameras/watched by camera/monitored by cameras/monitored by camera/
        watched by cctv/monitored by cctv/under camera surveillance/
        surveillé par caméra/surveillés par caméras/surveillée par caméras/
        vigilado por cámaras/vigilada por cámaras/vigilados por cámaras/
        под камерами/просматривается камерами/تراقبها الكاميرات/مراقبة بالكاميرات/有摄像头监控
        """,
    # A delegation or an official, and where they are, stay or sit.
    "official": """
        delegation/delegations/delegates/minister/ambassador/chief/director/head of/
        commissioner/envoy/consul/
        commissaire/comisionado/комиссар/مفوض/专员/
        délégation/ministre/ambassadeur/delegación/ministro/embajador/
        делегация/делегации/министр/посол/وفد/الوفد/وزير/سفير/代表团/部长/大使
        """,
    "whereabouts": """
        whereabouts/itinerary/movements/private schedule/private meeting/seat number/
        which exit/staying/lodging/
        loge/logée/logé/assis/assise/se aloja/aloja/hospeda/sienta/sentada/sentado/
        сидит/живет/живёт/остановилась/остановился/يقيم/يجلس/مكان إقامة/住在/坐在/行程
        """,
    # Where a particular party is, asked (with ``@named``: "which room is the Chinese
    # delegation meeting in", "is the Saudi delegation still in the building").
    "where": """
        where/which room/what room/which floor/what floor/which exit/what exit/
        which door/which hotel/what hotel/which office/in the building/still here/
        still in/have left/has left/went/be at/be in/meeting in/sitting/seated/using/
        located/staying/here yet/arrived yet/which seat/which seats/what seat/their seats/
        hanging out/
        où/quelle salle/quel étage/quel hôtel/dans le bâtiment/dónde/qué sala/qué piso/
        qué hotel/en el edificio/где/в каком зале/в здании/أين/في المبنى/在哪/哪个房间/
        哪个酒店/大楼里
        """,
    # Where a person is, asked as such ("where is X", "où se trouve X"): read by
    # bot/core/alerts.py as ``@where-is`` only in a sentence that names no talk or
    # published document of theirs (``PUBLIC_ITEMS``).
    "where-is": """
        where is/where will/where would/where are/whereabouts/où se trouve/où est/où sera/
        où sont/dónde está/dónde se encuentra/dónde estará/dónde están/где находится/
        где сейчас/где будет/أين يوجد/أين هو/أين سيكون/在哪里/在哪儿/在哪
        """,
    # That a protected person is (or is no longer) on the premises, or by which way.
    "present": """
        in the building/on site/on the premises/here yet/still here/has left/have left/
        holding room/holding area/safe room/waiting room/green room/sit/sits/sitting/
        seated/alone/by himself/by herself/unaccompanied/unescorted/seul/seule/sans escorte/
        sin escolta/a solas/в одиночку/без охраны/بمفرده/وحده/独自/单独/
        which exit/what exit/which door/which hotel/what hotel/staying/stay/lodging/
        quel hôtel/quel hotel/loge/séjourne/qué hotel/se aloja/se hospeda/
        в какой гостинице/в каком отеле/остановился/остановилась/живёт/живет/
        أي فندق/يقيم/哪个酒店/哪家酒店/住在/
        dans le bâtiment/quitte/quitter/en el edificio/sale del/в здании/покидает/
        في المبنى/يغادر/在大楼/离开
        """,
    # Protected persons, and their comings and goings.
    "protected": """
        secretary-general/secretary general/guterres/president/prime minister/king/queen/
        emir/prince/head of state/heads of state/vip/vips/dignitaries/
        minister/ministers/foreign minister/under-secretary-general/
        under secretary general/high representative/special envoy/
        ministre/ministro/министр/وزير/部长/
        secrétaire général/président/premier ministre/secretario general/presidente/
        генеральный секретарь/генсек/президент/премьер/الأمين العام/الرئيس/رئيس الوزراء/
        秘书长/总统/总理
        """,
    "movement": """
        arrive/arrives/arriving/arrival/enter/enters/entering/entrance/leave/leaves/
        leaving/departure/route/motorcade/convoy/whereabouts/movements/itinerary/
        go next/goes next/going next/head next/heads next/heading next/
        helicopter/helicopters/fly in/flies in/flying in/
        hélicoptère/helicóptero/вертолёт/вертолет/
        which lift/which elevator/what lift/what elevator/which lifts/which elevators/
        private lift/private elevator/which staircase/which stairs/
        quel ascenseur/qué ascensor/cuál ascensor/какой лифт/каким лифтом/أي مصعد/哪部电梯/哪个电梯/
        مروحية/直升机/
        vehicle/vehicles/limousine/travel in/travels in/voiture/coche/
        which car/what car/what kind of car/which cars/what cars/armoured car/armored car/
        official car/driven in/driven to/driven from/driven around/quelle voiture/
        quel véhicule/qué coche/qué carro/qué vehículo/какой машине/какая машина/
        أي سيارة/什么车/哪辆车/
        машина/машине/سيارة/座车/
        arrive-t-il/arrivée/entre/quitte/llega/llegada/entra/salida/ruta/几点到/哪个门/
        приедет/прибудет/прибытие/въезд/маршрут/يصل/وصول/يدخل/موكب/到达/抵达/进入/车队/路线/
        saldrá/saldrán/saldría/llegará/llegarán/entrará/entrarán/partirá/se irá/
        arrivera/arriveront/entrera/sortira/sortiront/quittera/partira/
        уедет/уйдёт/уйдет/выйдет/въедет/سيغادر/سيصل/سيدخل/سيخرج/离开/离场
        """,
    # Pressed against a wall or into a corner: an assault on a person, whatever the
    # verb's object ("pinned a volunteer against the wall", "backed her into a corner").
    "pinned": """
        pinned/pinning/cornered/cornering/trapped/trapping/shoved/backed/slammed/
        plaqué/plaquée/acorraló/acorralada/acorralado/прижал/прижала/зажал/حاصر/حاصرها/堵在/按在
        """,
    "against-wall": """
        against the wall/against a wall/against the door/against a door/into a corner/
        into the corner/in a corner/up against/against the lift/against the car/
        contre le mur/contre la porte/dans un coin/contra la pared/contra la puerta/
        en una esquina/к стене/в угол/إلى الحائط/على الحائط/في الزاوية/墙上/墙角/角落
        """,
    # Pressed onto an upright surface with "to" ("pinned her to the door", "held him to
    # the wall"): restraint, as against the wall. The floor is left out: one knocked to
    # the ground is violence, read elsewhere. A notice is pinned to a door too: the
    # trigger asks for a person pinned.
    "to-surface": """
        to the wall/to a wall/to the door/to a door/to the car/to the desk/to a desk/
        to the lift/au mur/à la porte/a la pared/a la puerta/к стене/к двери/بالحائط/
        بالباب/在墙上/在门上
        """,
    # Sprayed or thrown in the face: an attack with a liquid, a gas or a powder.
    "sprayed": """
        sprayed/spraying/squirted/squirting/doused/threw acid/thrown acid/throwing acid/
        pepper sprayed/maced/aspergé/aspergée/rociado/rociada/roció/брызнул/брызнула/
        плеснул/плеснула/喷了/泼了
        """,
    "in-face": """
        face/faces/eyes/visage/yeux/cara/ojos/
        лицо/глаза/وجه/وجهه/وجهها/عيون/脸/眼睛
        """,
    # A room built to shelter people from an attack: where it is, a security arrangement.
    "refuge": """
        panic room/panic rooms/safe room/safe rooms/strong room/strongroom/bunker/bunkers/
        fortified room/armoured room/armored room/pièce sécurisée/salle forte/
        cuarto del pánico/cuarto de pánico/habitación segura/бункер/
        غرفة آمنة/غرفة محصنة/安全屋/避难室
        """,
    # Where the weapons are kept (the armoury, a weapons store): a weapons question as
    # a gun locker is. Not "arsenal", said of tools and of a football club.
    "armoury": """
        armoury/armory/armouries/armories/weapons store/weapons storage/weapons room/
        arms room/arms store/gun room/gun safe/gun safes/weapons locker/weapons lockers/
        armurerie/salle d'armes/dépôt d'armes/armería/depósito de armas/оружейная/
        оружейной/оружейную/склад оружия/مستودع الأسلحة/مخزن الأسلحة/军械库/武器库
        """,
    # A check put out of action ("are the scanners switched off at night?"): when the
    # screening is down is where it is weakest. Not what one switches off oneself
    # ("I switched off my phone before screening": ``SWITCHING``).
    "switched-off": """
        switched off/turned off/shut off/shut down/powered down/powered off/
        deactivated/unmanned/unstaffed/
        éteints/éteint/désactivés/désactivé/apagados/apagado/se apagan/desactivados/
        desactivado/выключены/выключен/выключают/отключены/отключен/отключают/معطلة/被关闭
        """,
    # Getting past a check without going through it.
    "bypass": """
        bypass/bypasses/bypassing/bypassed/circumvent/circumvents/circumventing/
        get around/gets around/getting around/go around/goes around/going around/
        skip/skips/skipping/skipped/dodge/dodges/dodging/avoid/avoids/avoiding/
        get round/gets round/getting round/go round/goes round/going round/
        contourner/contourne/contourné/eludir/elude/saltarse/se salta/обойти/обходит/
        минуя/تجاوز/يتجاوز/绕过/避开
        """,
    # Closed to everyone else for a protected person.
    "sealed": """
        locked down/lock down/lockdown/locks down/locked off/sealed off/seal off/
        cordoned off/closed off/blocked off/verrouillé/verrouillés/bouclé/bouclés/
        bloqueado/bloqueados/clausurado/перекрыт/перекрывают/блокируют/تغلق/يغلق/封锁/封闭
        """,
    # Getting protected persons away if something happens: their evacuation plan.
    "extraction": """
        getting out/get out/get them out/getting them out/out of the building/
        out of the venue/out of the hall/out of the compound/evacuate/evacuated/evacuating/
        evacuation/extraction/extract/extracted/évacuer/évacuation/evacuar/evacuación/
        эвакуация/эвакуировать/эвакуируют/إخلاء/撤离/疏散
        """,
    # Screening at the entrances, and getting through it unchecked ("is there any part
    # of the screening where people don't get checked?").
    "screening": """
        screening/screened/scanner/scanners/metal detector/metal detectors/magnetometer/
        magnetometers/x-ray/xray/security check/security checks/checkpoint/checkpoints/
        contrôle de sécurité/portique/control de seguridad/arco/
        досмотр/досмотра/рамка/تفتيش/安检/
        bag check/bag checks/bag search/bag searches/baggage check/baggage checks/
        bag inspection/bag screening/fouille des sacs/contrôle des sacs/
        revisión de bolsos/revisión de mochilas/досмотр сумок/تفتيش الحقائب/行李检查
        """,
    # A check or a guard said to be absent from a place ("which entrances have no metal
    # detectors?"): the same question as where screening is weakest, asked by what is
    # missing. Not a bare "no", which any question about screening may hold.
    "absent": """
        have no/has no/had no/with no/are no/is no/without/not have/lack/lacks/lacking/
        n'ont pas de/n'a pas de/sans/no tienen/no tiene/sin/нет/без/لا يوجد/بدون/没有
        """,
    "unchecked": """
        not get checked/not getting checked/not being checked/never checked/
        not get screened/not being screened/never screened/without being checked/
        without being screened/unchecked/unscreened/without going through/go around/
        get around/waved through/pas contrôlé/pas contrôlés/sans passer/sin pasar/
        sin ser revisado/без досмотра/не проверяют/минуя/دون تفتيش/不检查/不用安检
        """,
    # Life-saving kit: asking for it at once is an emergency; asking where it is kept,
    # to know, is not ("are there defibrillators in the building?").
    "kit": """
        defibrillator/defibrillators/defib/aed/epipen/epi-pen/epi pen/adrenaline pen/
        inhaler/inhalers/asthma pump/puffer/nebuliser/nebulizer/inhalateur/inhalador/
        ингалятор/بخاخ/吸入器/
        adrenaline/first aid kit/défibrillateur/desfibrilador/дефибриллятор/
        جهاز إزالة الرجفان/除颤器
        """,
    # An explosive, and someone saying they have one ("a man told him he has explosives
    # in his jacket", "says she is carrying a bomb"): a threat, whoever hears it.
    "explosive": """
        bomb/bombs/explosive/explosives/grenade/grenades/detonator/dynamite/
        bombe/explosifs/grenade/bomba/explosivos/granada/бомба/бомбу/взрывчатка/
        взрывчатку/граната/гранату/قنبلة/متفجرات/حزام ناسف/炸弹/炸药/手榴弹
        """,
    "claims": """
        says he has/said he has/says she has/said she has/told me he has/told him he has/
        told her he has/told us he has/told me she has/claims to have/claimed to have/
        claims he has/claimed he had/said he had/says he is carrying/said he was carrying/
        says he is wearing/said he was wearing/shouting he has/shouted he had/
        yelling he has/says they have/said they have/told me he is wearing/
        told him he is wearing/told me he is carrying/told him he is carrying/
        says he is armed with/said he was armed with/said he is wearing/
        said he is carrying/said she is wearing/said she is carrying/says she is carrying/
        said she was carrying/says she is wearing/said she was wearing/
        dit qu'il a/dit avoir/a dit qu'il avait/dice que tiene/dijo que tiene/
        dijo que tenía/говорит что у него/сказал что у него/يقول إن معه/قال إن معه/
        يقول إنه يحمل/说他有/说身上有
        """,
    # A vehicle driven at a barrier, a gate or a crowd.
    "vehicle": """
        car/van/truck/lorry/vehicle/suv/bus/
        voiture/camion/véhicule/camionnette/coche/camioneta/vehículo/camión/
        машина/машину/автомобиль/грузовик/фургон/سيارة/شاحنة/汽车/卡车/车辆
        """,
    "rammed": """
        drove into/drove through/driven into/driving into/crashed into/crashed through/
        rammed/ramming/ploughed into/plowed into/smashed into/smashed through/
        slammed into/ran into/
        a foncé/foncé dans/a percuté/percuté/embistió/se estrelló contra/atropelló/
        chocó contra/врезался/врезалась/протаранил/протаранила/въехал в/
        صدمت/اقتحمت/اصطدمت/撞向/撞上/冲向/撞进
        """,
    "barrier": """
        barrier/barriers/gate/gates/crowd/people/pedestrians/fence/bollards/bollard/
        barricade/checkpoint/entrance/queue/line/
        barrière/grille/foule/portail/barrera/valla/multitud/gente/puerta/
        барьер/ограждение/ворота/толпу/толпа/людей/حاجز/البوابة/الحشد/الناس/
        护栏/栏杆/大门/人群
        """,
    # Someone forced or dragged into a room.
    "forced-in": """
        forced me into/forced her into/force me into/force her into/forcing me into/
        forcing her into/forced him into/force him into/dragged me into/dragged her into/
        drag me into/drag her into/dragging me into/dragging her into/dragged him into/
        shoved me into/shoved her into/
        m'a forcée à entrer/m'a forcé à entrer/l'a forcée à entrer/m'a traînée/l'a traînée/
        me arrastró/la arrastró/me obligó a entrar/la obligó a entrar/
        затащил меня/затащил её/затащил ее/затолкал меня/затолкал её/затолкал ее/
        سحبني إلى/سحبها إلى/أجبرني على الدخول/أجبرها على الدخول/把我拉进/把她拉进/把我推进/把她推进
        """,
    "closed-room": """
        room/toilet/toilets/bathroom/restroom/lift/elevator/corner/car/stairwell/closet/
        cupboard/office/storeroom/
        salle/pièce/toilettes/ascenseur/chambre/bureau/sala/baño/habitación/ascensor/
        oficina/комнату/комната/туалет/лифт/кабинет/غرفة/الحمام/المصعد/房间/厕所/电梯
        """,
    # A person with a weapon, as the other languages say it ("un hombre con un arma"; not
    # carrying one, which asks about a rule: "can the bodyguards bring guns in?").
    "armed-with": """
        con un arma/con una pistola/con armas/con un fusil/con una escopeta/
        avec une arme/avec un pistolet/avec un fusil/avec des armes/
        с оружием/с пистолетом/с ружьём/с ружьем/с автоматом/
        مع سلاح/بحوزته سلاح/拿着枪/手里拿着枪
        """,
    # A child, and a child gone from sight.
    "child": """
        child/children/kid/kids/son/daughter/boy/girl/toddler/baby/infant/grandson/
        granddaughter/nephew/niece/little one/year old/years old/yr old/student/students/
        twins/twin/triplets/
        youth delegate/minor/minors/
        little brother/little sister/baby brother/baby sister/younger brother/
        younger sister/kid brother/kid sister/
        little sis/little bro/baby sis/baby bro/kid sis/kid bro/younger sis/younger bro/
        lil sis/lil bro/lil brother/lil sister/lil cousin/little cousin/baby cousin/
        petit frère/petite sœur/petite soeur/
        hermano pequeño/hermana pequeña/hermanito/hermanita/младший брат/младшая сестра/
        братик/сестрёнка/сестренка/أخي الصغير/أختي الصغيرة/弟弟/妹妹/
        pupil/pupils/teenager/teen/
        enfant/fils/fille/bébé/niño/niña/hijo/hija/bebé/ребенок/ребёнок/сын/дочь/малыш/
        طفل/طفلي/ابني/ابنتي/孩子/小孩/儿子/女儿/
        garçon/garcon/fillette/petit garçon/petite fille/nene/nena/chiquillo/chiquilla/
        девочка/девочку/мальчик/мальчика/ولد/بنت/طفلة/男孩/女孩/小男孩/小女孩
        """,
    "gone": """
        gone/missing/disappeared/vanished/slipped away/wandered/wandered off/ran off/
        ran away/run off/got away/separated/lost sight/can not see/can not find/
        cannot find/no parent/no parents/by itself/by himself/by herself/on his own/
        on her own/is lost/got lost/was lost/are lost/been lost/gotten lost/gets lost/
        not come back/not came back/not returned/not back yet/never came back/
        not been back/not with us/not with me/not with them/no longer with/
        not with the group/not with his group/not with her group/not with our group/
        not with the class/not with the others/not with her/not with him/not with you/
        out of sight/out of my sight/out of our sight/lost from sight/
        seems lost/looks lost/appears lost/seem lost/look lost/looking lost/
        asking for his mum/asking for her mum/asking for his mom/asking for her mom/
        asking for his mummy/asking for her mummy/asking for his mommy/asking for her mommy/
        asking for his mama/asking for her mama/asking for his mother/asking for her mother/
        asking for his dad/asking for her dad/asking for his daddy/asking for her daddy/
        asking for his father/asking for her father/crying for his mummy/
        crying for her mummy/crying for his mommy/crying for her mommy/crying for his dad/
        crying for her dad/crying for his daddy/crying for her daddy/
        asking for his parents/asking for her parents/crying for his mum/crying for her mum/
        crying for his mom/crying for her mom/
        perdu de vue/perdue de vue/se perdió de vista/perdimos de vista/perdí de vista/
        пропал из виду/пропала из виду/исчез из виду/исчезла из виду/
        غاب عن الأنظار/غاب عن نظري/看不见了/不见人影/
        nobody knows where/no one knows where/noone knows where/
        nobody with him/nobody with her/no one with him/no one with her/noone with him/
        noone with her/nobody looking after him/nobody looking after her/
        not there anymore/not there any more/no longer there/not here anymore/
        not here any more/no longer here/is not there/n'est plus là/ya no está/
        ya no estaba/больше нет/уже нет/его нет/её нет/ее нет/لم يعد هناك/لم يعد موجودا/
        不在了/人不见了/不在身边/不在这里/不在这儿/
        nowhere to be found/can not locate/cannot locate/
        can not be found/cannot be found/could not be found/can not be located/
        i lose/we lose/
        ne est plus avec nous/ya no está con nosotros/больше не с нами/
        lost little/lost young/lost small/
        ضائع/ضائعة/مفقودة/تائهة/اختفى/اختفت/
        lost my/i lost/j'ai perdu/perdí a/he perdido/потерял/потеряла/فقدت/
        lost our/nous avons perdu/perdimos a/hemos perdido/потеряли/فقدنا/
        je ne trouve pas/je ne trouve plus/ne le trouve/ne la trouve/no encuentro/
        no lo encuentro/no la encuentro/no encuentra/no encuentran/no encontramos/
        no lo encontramos/no la encontramos/не могу найти/не можем найти/
        لا أجد/لا أستطيع أن أجد/找不到/
        disparu/disparue/perdu/perdue/desaparecido/desaparecida/perdido/perdida/
        пропал/пропала/потерялся/потерялась/مفقود/ضاع/تائه/不见/走丢/走失/
        now i do not see/now we do not see/now i can not see/now we can not see/
        do not see him anywhere/do not see her anywhere/no longer see him/
        no longer see her/je ne le vois plus/je ne la vois plus/
        ya no lo veo/ya no la veo/не вижу его/не вижу её/не вижу ее/看不到他/看不到她/
        without her parents/without his parents/without parents/
        not where i left/not where we left/not where she left/not where he left/
        not where they left/n'est pas là où je/no está donde lo dejé/no está donde la dejé/
        lost her mother/lost his mother/lost her mum/lost his mum/lost her mom/
        lost his mom/lost her dad/lost his dad/lost her father/lost his father/
        lost her parents/lost his parents/lost their parents/lost her family/
        lost his family/a perdu sa mère/a perdu son père/a perdu ses parents/
        perdió a su madre/perdió a su padre/perdió a sus padres/потерял маму/потеряла маму/
        потерял родителей/потеряла родителей/فقد أمه/فقدت أمها/找不到妈妈/找不到爸爸/
        one short/two short/a head short/one head short/short by one/
        without their parents/without an adult/sans ses parents/sans parents/
        sin sus padres/sin padres/без родителей/بدون والديه/بدون والديها/没有父母/没有大人
        """,
    # What harassment looks like, and the fear it causes.
    "harass": """
        harassing/harassed/harassment/intimidating/intimidated/staring/leering/obscene/
        lewd/vulgar/insults/insulting/mocking/cornering/cornered/groping/groped/
        grabbing/stalking/stalked/bullying/catcalling/blocking her/blocking me/
        blocked my way/blocking my way/blocked her way/blocking her way/blocked my path/
        blocking my path/blocked my exit/blocking my exit/blocked the door/
        blocking the door/would not let me leave/would not let me out/
        would not let me go/will not let me leave/would not let her leave/
        leaned over me/leaning over me/leant over me/
        m'a bloqué le passage/me bloqueó el paso/не выпускал/загородил дорогу/سد طريقي/挡住我的路/
        following me/following her/keeps following/inappropriate/shouted at/yelled at/
        screamed at/shouting at/yelling at/screaming at/spat/spat on/spitting/
        abuse/abusive/racist/slurs/yelling/shouting/screaming/keeps turning up/
        keeps showing up/keeps waiting for me/touched me/touching me/without my consent/
        without consent/without my permission/unwanted/creepy/creep/creeps/
        bothering me/bothering her/keeps bothering/pestering/hitting on me/hitting on her/
        will not stop/will not leave/up my skirt/upskirt/
        déplacées/déplacés/obscène/me suit/m'a touché/m'a touchée/me touche/
        sans mon consentement/m'a craché/acoso/acosando/obsceno/me sigue/me está siguiendo/
        me siguió/me tocó/me toca/sin mi permiso/sin mi consentimiento/me escupió/
        домогается/пристает/пристаёт/преследует/трогал/лапал/идёт за мной/идет за мной/
        плюнул/يتحرش/تحرش/يلاحقني/لمسني/يلمسني/يتبعني/بصق/骚扰/跟着我/下流/动手动脚/摸我/
        吐口水/his hotel room/to his room/her hotel room/to her room/will not take no/
        will not leave me alone/propositioned/sexual favours/sexual favors/
        sleep with him/sleep with her/dans sa chambre/ne me lâche pas/en su habitación/
        no me deja en paz/в свой номер/не отстаёт/не отстает/إلى غرفته/不放过我/去他房间/
        told him to stop/told her to stop/asked him to stop/asked her to stop/
        pushing himself on/forcing himself on/forced himself on/pushed himself on/
        pressing himself on/pressed himself against/rubbing himself against/
        keeps taking pictures/keeps taking photos/keeps photographing/keeps filming/
        kept taking pictures/kept taking photos/kept photographing/kept filming/
        gross things/gross comments/gross remarks/creepy comments/creepy things/
        n'arrête pas de me photographier/no para de fotografiarme/постоянно фотографирует/
        يصورني/一直拍我
        """,
    # Words of a sexual kind aimed at someone, an emergency on its own ("obscene
    # comments at the volunteers", "his messages are getting sexual").
    "lewd": """
        obscene comments/obscene remarks/obscene gestures/sexual comments/sexual remarks/
        sexual things/obscene things/lewd things/say dirty things/saying dirty things/
        said dirty things/says dirty things/
        sexual messages/getting sexual/lewd comments/lewd remarks/dirty messages/
        obscene messages/obscene texts/obscene pictures/obscene photos/obscene images/
        obscene dms/obscene emails/obscene calls/obscene voicemails/obscene videos/
        explicit messages/explicit texts/explicit pictures/explicit photos/
        explicit images/explicit dms/explicit videos/sexual texts/sexual pictures/
        sexual photos/sexual images/sexual dms/lewd messages/lewd texts/lewd pictures/
        lewd photos/dirty texts/dirty pictures/dirty photos/nude pictures/nude photos/
        nudes/messages obscènes/photos obscènes/textos obscènes/mensajes obscenos/
        fotos obscenas/fotos íntimas/непристойные фото/пошлые фото/صور جنسية/رسائل بذيئة/
        淫秽短信/色情图片/
        commentaires obscènes/remarques obscènes/commentaires sexuels/messages sexuels/
        comentarios obscenos/comentarios sexuales/mensajes sexuales/
        непристойные комментарии/пошлые сообщения/непристойные сообщения/
        تعليقات بذيئة/تعليقات جنسية/رسائل جنسية/下流话/黄色短信/色情短信
        """,
    # Done to the one who speaks or to someone there: a passive verb of harm
    # ("I'm being harassed", "I was cornered").
    "passive": """
        being/been/got/getting/was/were/keep getting/keeps getting
        """,
    "victimised": """
        harassed/stalked/groped/molested/bullied/intimidated/cornered/
        abused/assaulted/pestered/harrassed
        """,
    # Sent to me, one message after another.
    "sent-me": """
        sending me/sent me/texting me/texted me/messaging me/messaged me/emailing me/
        emailed me/calling me/dming me/keeps calling/keeps texting/keeps messaging/
        m'envoie/m'envoyait/me envía/me manda/me mandó/пишет мне/шлёт мне/шлет мне/
        присылает мне/يرسل لي/يراسلني/给我发/一直给我发
        """,
    # An indecent act against someone, an emergency on its own.
    "indecent": """
        up my skirt/upskirt/under my skirt/down my top/down my shirt/exposed himself/
        flashed me/sous ma jupe/debajo de mi falda/под юбку/تحت تنورتي/裙底/
        up skirt/up skirts/under skirt/under skirts/upskirting/sous jupe/sous jupes/
        sous leur jupe/bajo falda/debajo falda/под юбкой/под юбки/تحت التنورة/偷拍/
        exposing himself/indecent exposure/flashing people/flashing women/flashing us/
        flashed us/flasher/his private parts/
        his genitals/his penis/s'exhibe/exhibitionniste/montre son sexe/se exhibe/
        exhibicionista/enseñando sus partes/оголяется/оголился/эксгибиционист/
        يكشف عورته/كشف عورته/露阴/暴露下体
        """,
    # Followed by someone, said on its own in any language.
    "stalked": """
        following me/followed me/keeps following/stalking me/stalked me/being followed/
        me suit/me suivait/me sigue/me está siguiendo/me siguió/me persigue/
        меня преследует/преследует меня/следит за мной/идёт за мной/идет за мной/
        يلاحقني/يتبعني/跟踪我/跟着我
        """,
    "fear": """
        terrified/scared/afraid/frightened/unsafe/in danger/shaking/trembling/crying/
        in tears/panicking/not feel safe/not safe/uncomfortable/
        peur/effrayée/effrayé/tremble/pleure/miedo/asustada/asustado/tiembla/llorando/
        страшно/боюсь/дрожит/плачет/أخاف/خائفة/خائف/ترتجف/تبكي/害怕/发抖/哭
        """,
}

# Openers of a question about a rule or a procedure ("can I smoke near the
# building?"): the semantic check for urgent topics is not made for them.
PERMISSION_OPENERS = (
    "can i", "can we", "may i", "may we", "am i allowed", "are we allowed",
    "is it allowed", "is it ok", "is it okay", "how do i", "how can i", "where can i",
    "do i need", "do we need", "puis-je", "est-ce que je peux", "puedo", "se puede",
    "можно ли", "могу ли", "هل يمكنني", "هل يسمح", "我可以", "可以",
)
# The same in Chinese, written without spaces, where "may" sits inside the sentence and
# the question ends on 吗 or a question mark ("会议室里可以拍照吗？"): a rule asked.
PERMISSION_UNSPACED = re.compile(r"(?:可以|可不可以|能否|能不能|允许|准许)[^，。！,!]*(?:吗|[?？])")
# "Fire" after one of these is shooting, not a blaze ("shots fired near the entrance",
# "opened fire in the lobby"): it stands for gunfire.
SHOOTING_BEFORE_FIRE = frozenset("shots shot opened open opens opening".split())
# Words before an official's or a delegation's word that do not name a particular one
# (``@named``): determiners, possessives, numbers, general modifiers.
NOT_A_NAME = frozenset("""
    a an the this that these those my our your their his her its whose which what each
    every any all some other another own no many much few several more most s
    national official visiting participating member state states host foreign
    registered accredited large small big entire whole full new head heads of for to
    from with and or in at on by is are was were be been will would do does did where
    when how who whom why if as than then there here me us you him them it we they i
    about per vice deputy assistant senior junior lead chief former prime
""".split()) - {"us"}  # "the US delegation"
# Modifiers of an office that may follow a name ("the French foreign minister", "the
# Kenyan deputy ambassador"): not a name themselves.
OFFICE_MODIFIERS = frozenset(
    "foreign deputy vice assistant senior junior lead chief prime".split())
# Titles before a person's name: "where will Ms Coninsx be".
TITLES = frozenset("ms mr mrs dr excellency m mme sr sra г-н г-жа".split())
# A sentence about a published document of a delegation ("where is the Chinese
# delegation's statement") asks for the document, not for the delegation.
PUBLIC_DOCUMENTS = frozenset("""
    statement statements speech speeches list lists directory report reports recording
    recordings transcript slides paper papers declaration website contact contacts email
    phone number
""".split())

# A talk or a published document of a person: "where is the Secretary-General
# speaking?", "où est le discours du Président ?" ask for the programme, not for the
# person's whereabouts.
PUBLIC_ITEMS = frozenset("""
    speak speaking speaks speech speeches statement statements address addresses remarks
    session sessions talk talks keynote panel stream streamed streaming watch photo
    webcast webcasts broadcast broadcasts
    message letter published event events segment ceremony reception lounge
    discours intervention allocution séance message lettre événement cérémonie
    discurso intervención sesión mensaje carta evento ceremonia выступление выступает
    речь доклад послание мероприятие خطاب كلمة جلسة رسالة حفل 讲话 演讲 发言 致辞 活动
""".split())

# Compounds that name a facility, a procedure or a document, not an event, and figures
# of speech: "fire" before "exit" is no fire ("where are the fire exits?", "the fire
# drill briefing", "fire up the projector"), nor is a "burning question" or "following
# up". A word matches in any of its endings ("fired up"). The first word then stands
# for no trigger word; the second keeps its own.
COMPOUNDS: dict[str, str] = {
    "fire": """exit exits escape escapes door doors drill drills safety extinguisher
               extinguishers marshal marshals warden wardens regulations rules code
               procedure procedures insurance up away assembly
               rated rating ratings resistant resistance retardant proof proofed""",

    "kill": "it time",
    # Praise of a talk or a speaker: "the panel smashed it", "she crushed it".
    "smash": "it",
    "crush": "it",
    "slay": "it",
    "shooter": "response training drill drills exercise exercises scenario scenarios",
    "killing": "it time",
    "smoke": "free break breaks",
    "smoking": """area areas zone zones room rooms policy ban allowed lounge lounges section
                  spot spots shelter shelters corner break breaks""",
    "emergency": """contact contacts number numbers exit exits procedure procedures
                    response responses plan plans planning preparedness management
                    coordination drill drills assembly""",
    "ambulance": """bay bays access parking lane lanes route routes station stations service
                    services crew crews company companies dispatch dispatcher dispatchers""",
    "medical": "certificate certificates insurance form forms clearance",
    "evacuation": """plan plans procedure procedures map maps drill drills briefing
                     instructions information info guide guidelines assembly route routes
                     sign signs""",
    "burning": "question questions issue issues topic topics",
    "follow": "up",
    "heated": "debate debates discussion discussions exchange exchanges",
    "violent": """extremism extremist extremists radicalisation radicalization crime crimes
                  conflict conflicts ideology ideologies""",
    "alarm": "clock clocks app test tests testing",
    "siren": "test tests testing",
    "bomb": "sweep sweeps dog dogs detection disposal sniffing sniffer sniffers",
    "touch": "base screen screens pad pads up point points",
    "hand": """luggage baggage bag bags out outs sanitiser sanitizer gel dryer dryers
               towel towels""",
    # The office for lost things ("where is lost property?", "lost and found").
    "lost": "property and luggage baggage items office",
    "suicide": """bombing bombings bomber bombers attack attacks
                  mission missions terrorism operation operations""",
    # A trade and its drills: "the hostage negotiation workshop", "lockdown procedures
    # training" (a hostage "situation" or "crisis" in the lobby stays one).
    "hostage": """negotiation negotiations negotiator negotiators rescue rescues survivor
                  survivors families family diplomacy plot plots drama dramas film films
                  movie movies novel novels story stories thriller thrillers""",
    # A trial or a case over a bombing long done ("the bombing trial", "the bombing
    # anniversary"): a court's or a memory's, no bomb now
    "bombing": """trial trials case cases verdict verdicts anniversary anniversaries memorial
                  memorials inquiry inquiries""",
    "lockdown": """procedure procedures drill drills training trainings plan plans policy
                   policies exercise exercises protocol protocols""",
    # "our side event got shot down": turned down
    "shot": "down",
    # "the choke point at security", "bleeding-edge tools": no airway, no wound
    "choke": "point points hold holds",
    "bleeding": "edge control",
    # "blast-resistant design", "blast-proof glass": a property of a building
    "blast": "resistant resistance proof proofed",
    # "the punch bowl at the reception", "the punch line": no blow
    "punch": "line lines card cards bowl bowls",
    # "overhead shots of the hall", "the overhead projector": a view from above, a
    # fitting, no drone hovering
    "overhead": """shot shots photo photos picture pictures footage view views image images
                   video videos camera cameras projector projectors bin bins compartment
                   compartments light lights lighting screen screens""",
}
# The same, the alert word last: a word right before it that makes a thing or an idea
# of it ("fruit punch", "a glue gun", "the pickup point", "an email blast", "a false
# alarm"). Looked up, as ``COMPOUNDS``, by the word and by its stem.
MODIFIED: dict[str, str] = {
    "punch": "fruit fruity rum tropical alcoholic nonalcoholic non party",
    "gun": """glue staple nail heat spray paint massage caulk caulking grease rivet price
              label radar speed""",
    "point": """pickup pick meeting assembly focal entry contact charging collection drop
                info information check access starting vantage talking service rally
                departure""",
    "blast": "email e-mail mail text sms media press social newsletter",
    "alarm": "false",
}
# One who was once held: "when does the former hostage speak?", an "ex-hostage": a
# speaker's past, nobody in danger now. Only of these words ("my ex stalking me" is
# harassment).
FORMER = frozenset(
    "former ex onetime erstwhile ancien ancienne antiguo antigua бывший бывшая".split())
ONCE_HELD = frozenset("hostage hostages captive captives".split())
# "shot on video": filmed, no one hurt.
FILMED_ON = frozenset("video videos camera cameras film tape phone phones iphone".split())

# A talk held as by the hearth, written in two words or with a hyphen ("the fire-side
# chat", "a fire side conversation"): a format of the programme, no fire. Only with the
# talk's noun after it: "fire, side door blocked" stays a fire.
HEARTH_TALKS = frozenset("""
    chat chats talk talks conversation conversations session sessions discussion
    discussions interview interviews
""".split())

# What sets off a lockdown, asked as a rule ("what triggers a lockdown", "what would
# cause a lockdown"): the procedure, no lockdown under way ("what triggered the
# lockdown?" is asked of one that happened, and stays urgent).
LOCKDOWN_CAUSES = frozenset("""
    trigger triggers cause causes prompt prompts justify justifies warrant warrants for
""".split())

# The same compounds written head first, as French, Spanish, Russian and Arabic do: an
# alert word after one of these nouns, with "de"/"d'" between or not ("exercice
# d'évacuation", "plan de evacuación", "план эвакуации", "خطة الإخلاء"), names a drill, a
# plan or a way out, not an event.
HEADS_BEFORE = frozenset("""
    exercice exercices plan plans procédure procédures consignes simulation simulations
    sortie sorties issue issues escalier escaliers porte portes ejercicio ejercicios
    simulacro simulacros procedimiento procedimientos salida salidas escalera escaleras
    puerta puertas план плана плане учения учений выход выхода лестница
    خطة تمرين مخرج
""".split())
HEAD_LINKS = frozenset("de d du del des".split())
# Words that open a phrase of their own after such a head, never its modifier: "una
# puerta sin control", "une sortie sans fouille", "выход без досмотра" say what the door
# lacks, so the next words keep their meaning (a head-first compound is "puerta de
# emergencia", never "puerta sin").
HEAD_BREAKS = frozenset("""
    sin sans without con avec with por par para pour hacia vers без через для с со
    بدون دون عبر
""".split())
# Emergency words that, after such a head ("salidas de emergencia", "sortie de secours",
# "plan d'évacuation"), make the message name a place or a plan: the semantic check,
# which reads meaning, not words, is not asked about it (as for "fire exit").
HEAD_FIRST_EMERGENCY = frozenset("""
    emergencia emergencias urgence urgences secours incendie incendio evacuación evacuacion
    évacuation evacuation эвакуации пожарный الطوارئ الإخلاء الحريق
""".split())

# A subject-matter frame: one of these nouns, then (within ``FRAME_REACH`` words) one
# of the prepositions; the rest of the clause is what is talked about.
FRAME_NOUNS = frozenset("""
    session sessions talk talks keynote keynotes panel panels presentation presentations
    lecture lectures workshop workshops seminar seminars course training briefing
    exercise exercises simulation simulations tabletop scenario scenarios
    slides paper papers report reports research programme program agenda discussion
    thesis theses dissertation dissertations essay essays phd coursework
    mémoire tesis tesina диссертация диссертации диссертацию
    debate policy policies guidelines rules book article study film documentary
    exhibition topic topics theme themes module track list directory recording event events
    sideevent sideevents
    recordings transcript statement statements speech speeches remarks
    concept terms term vocabulary terminology glossary
    victims memory memorial commemoration remembrance anniversary tribute survivors
    séance conférence atelier politique règles sesión sesiones charla ponencia taller
    política normas lista programa сессия сессии сессию доклад доклада докладе семинар
    семинара семинаре лекция лекции политика правила список
    جلسة محاضرة سياسة قائمة
""".split())
FRAME_PREPOSITIONS = frozenset("""
    on about regarding concerning covering against mentions mention mentioning
    mentioned cites refers discusses addresses covers cover covered tackles tackle
    deals like
    sur contre sobre contra acerca о об про против حول عن ضد
""".split())
# Frames whose subject is public: a talk of the programme, a statement, a published
# document. A sensitive topic does not read their subject ("is there a session on
# weapons of mass destruction?", "where is the list of delegations?"); it does read
# that of a policy or rules, which are the security arrangements themselves.
PUBLIC_FRAME_NOUNS = frozenset("""
    session sessions talk talks keynote keynotes panel panels presentation presentations
    lecture lectures workshop workshops seminar seminars course paper papers report
    reports research programme program agenda discussion debate book article study film
    documentary exhibition topic topics theme themes module track list directory event events
    recording recordings transcript statement statements speech speeches remarks
    concept terms term vocabulary terminology glossary
    séance conférence atelier sesión sesiones charla ponencia taller lista programa
    сессия сессии сессию доклад доклада докладе семинар семинара семинаре лекция лекции
    список جلسة محاضرة قائمة
""".split())
# In Chinese, "关于 X 的 (event)": X is what the event is about.
UNSPACED_FRAME = re.compile(r"(?:关于|有关)[^，。？！,?!；]*?的")
# "of" names a subject only after a document ("the list of delegations"): after a room
# or a session it names a place ("the session room of the GA hall").
DOCUMENT_NOUNS = frozenset(
    "list lists directory recording recordings transcript slides copy victims memory memorial "
    "commemoration remembrance anniversary tribute survivors".split())
# Words that may stand between the noun and its preposition ("la política de la ONU
# contra ..."), at most ``FRAME_REACH`` of them.
# Adjectives of a kind of session ("sesión informativa sobre ...") stand there too.
# ... and a relative pronoun before the frame's verb ("the statement that mentions ...").
FRAME_FILLER = frozenset("""
    the of de d l la el le les des du del un onu oon оон united nations
    note notes informativa informativo informative information plenary plénière plenaria special
    spéciale especial thematic thématique temática
    that which qui que
""".split())
FRAME_REACH = 4
# One's own academic work is what it is about even with a verb between: "my thesis is
# on ...", "my research was about ...", "mi tesis es sobre ...".
ACADEMIC_NOUNS = frozenset('''
    thesis theses dissertation dissertations essay essays phd coursework research paper
    study mémoire tesis tesina диссертация диссертации диссертацию
'''.split())
COPULAS = frozenset("is was are were will be es era est será sera".split())
# Words that end a frame: what follows them is said again, not talked about.
FRAME_ENDS = frozenset("but also then while pero mais но لكن".split())
# Clause breaks inside a sentence (sentences themselves break at . ! ? ; and newlines).
CLAUSE = re.compile(r"\s+[-\u2013\u2014]+\s+|,|\(|\)|:")

# A hypothetical: "what happens if the fire alarm goes off during my talk?", "in case
# of fire, where do we go?" ask about a procedure, not an event. The clause after one
# of these openers is left out, as a subject of talk is.
HYPOTHETICAL = re.compile(
    r"\b(?:what happens if|what would happen if|what if|what do we do if|what should we do if|"
    r"what should i do if|in case of|in case|in the event of|in the event that|should there be|"
    r"en cas d[e']|que se passe-t-il si|que faire si|en caso de|qué pasa si|qué hacer si|"
    r"в случае|что делать если|что делать, если|في حالة|"
    # ... and what one would do on seeing something, some day ("who do I tell if I ever
    # see an unattended bag?"), or during an evacuation or an emergency in general
    # ("what's the assembly point in an evacuation?").
    r"if (?:i|we|you|someone|anyone|one|people|a volunteer) (?:ever )?(?:see|sees|spot|spots|"
    r"notice|notices|find|finds|hear|hears|smell|smells|come across|encounter)|"
    r"if ever|if there is ever|if there's ever|si jamais|si je vois|si on voit|si alguna vez|"
    # ... and an event put in the simple present after a bare "if" ("if the alarm goes
    # off, ...", "if a fire breaks out ..."): what happens whenever it does, a rule.
    r"if (?:\S+ ){0,4}(?:goes off|go off|sounds|breaks out|break out|happens|occurs)|"
    # ... and a child's getting lost put so ("what do the kids do if they get lost?")
    r"if (?:\S+ ){0,4}(?:gets? lost|gets? separated|goes missing|go missing)|"
    # ... or a worry that it might ("don't want him getting lost in the crowd", "so
    # that she doesn't get lost")
    r"(?:don[’']?t|do not|doesn[’']?t|does not|wouldn[’']?t|would not) want (?:\S+ ){1,3}"
    r"(?:to )?(?:get|getting|go|going) (?:lost|missing)|"
    r"so (?:that )?(?:\S+ ){1,3}(?:doesn[’']?t|does not|don[’']?t|do not|won[’']?t|will not) "
    r"(?:get|go) (?:lost|missing)|"
    # ... or put in the past with "ever" or "were to" ("if my daughter ever got lost in
    # the building, where would we meet?"; "I don't know if she got lost" stays a worry)
    r"if (?:\S+ ){0,4}(?:ever (?:got|gets|get|went|goes|go)|were to (?:get|go)|should (?:get|go)) "
    r"(?:lost|separated|missing)|"
    # ... or put in the present passive ("what is the plan if the building is attacked?")
    r"if (?:\S+ ){0,4}(?:is|are|gets|get) (?:attacked|bombed|targeted|stormed|hit|threatened|"
    r"evacuated)|"
    # ... or an evacuation ever needed ("where are the assembly points if the building
    # ever has to be evacuated?", "if they evacuate the building, where do we go?")
    r"if (?:\S+ ){0,4}(?:ever )?(?:has|have|needs?|were) to be evacuated|"
    r"if (?:\S+ ){0,3}(?:ever )?(?:evacuate|evacuates|(?:has|have|needs?) to evacuate|"
    r"must evacuate)|"
    r"s'ils? se perd(?:ent)?|si (?:\S+ ){0,3}se pierden?|если (?:\S+ ){0,3}потеряю?тся|"
    r"si (?:\S+ ){0,4}(?:se déclenche|sonne|se produit|suena|se activa|ocurre)|"
    r"если (?:\S+ ){0,3}(?:сработает|случится|начнётся|начнется)|"
    r"si veo|si vemos|если вдруг|если я увижу|если увижу|إذا رأيت|"
    r"(?:in|during) an? (?:evacuation|emergency)|during the evacuation|"
    r"lors d'une évacuation|pendant une évacuation|durante una evacuación|"
    r"en una evacuación|при эвакуации|во время эвакуации|أثناء الإخلاء)\b[^,.;!?:\n]*",
    re.IGNORECASE)
# An event placed in a past well before today ("I fainted last month on a flight", "my
# son broke his arm two years ago", "el año pasado me desmayé", "I was held hostage in
# 2015", "stabbed in the 2017 London Bridge attack"): a history, asked about for a rule
# or a form, or a survivor's story at a conference on terrorism, not an emergency. A
# clause with one of these, and no "since" or "still" (an event that goes on: "missing
# since last week"), is left out of the urgent reading, as a hypothetical is.
DISTANT_PAST = re.compile(
    r"\b(?:last (?:week|month|year|summer|winter|spring|autumn|fall|conference|time)|"
    r"(?:in|of|the|during) (?:19|20)\d\d|"
    r"in the (?:fifties|sixties|seventies|eighties|nineties|noughties|(?:19)?[5-9]0s|2000s)|"
    r"(?:a|one|two|three|four|five|six|several|few|many|\d+) (?:weeks?|months?|years?) ago|"
    r"years ago|months ago|as a (?:child|kid|teenager)|"
    r"when i was (?:a )?(?:child|kid|young|younger)|"
    r"la semaine dernière|le mois dernier|l'année dernière|l'an dernier|"
    r"il y a (?:\w+ )?(?:ans?|mois|semaines?)|"
    r"la semana pasada|el mes pasado|el año pasado|hace (?:\w+ )?(?:años?|meses|semanas?)|"
    r"на прошлой неделе|в прошлом месяце|в прошлом году|"
    r"(?:\w+ )?(?:лет|года?|месяцев|месяца) назад|"
    r"الأسبوع الماضي|الشهر الماضي|العام الماضي|السنة الماضية)(?!\w)"
    r"|上个月|上周|去年|年前",
    re.IGNORECASE)
# Words that keep such a clause going on now.
ONGOING = frozenset("since still depuis toujours encore desde todavía aún ещё منذ".split())
# Knowing or learning a skill of first aid ("do the ushers know CPR?", "is anyone
# trained in CPR?", "a CPR course"): a question about a service, not a call for it.
SKILL_BEFORE = frozenset("""
    know knows knowing learn learned learnt learning trained training certified qualified
    teach teaches taught
""".split())
SKILL_AFTER = frozenset("""
    course courses training trainings certificate certificates certification certified
    class classes trained dummy dummies mannequin mannequins manikin manikins
""".split())
SKILLS = frozenset("cpr".split())
# An office as a place: someone's office ("the Secretary-General's office", "his
# office", "the office of the minister") is where they are; an office named by itself
# ("who heads that office?", "is he behind this or just the office?") is an
# organisation, and says nothing of anyone's whereabouts (sensitive topics only).
OFFICES = frozenset("office offices bureau oficina despacho кабинет офис مكتب 办公室".split())
OFFICE_HOLDERS_EXTRA = frozenset("""
    his her their sg guterres pga delegation delegations head chair chairman president
    son sa su sus его её ее их
""".split())
# A closing formula and the signature after it ("Kind regards, Office of the
# Minister"): who writes, not what is asked. Read by the sensitive topics only, and
# only as the end of a message that asks nothing more after it.
SIGN_OFF = re.compile(
    r"(?P<lead>^|[.,;!?\n])\s*(?:with\s+)?(?:(?:best|kind|warm|warmest|many|my)\s+)?"
    r"(?:regards|wishes|thanks|sincerely|yours\s+(?:sincerely|faithfully|truly)|"
    r"cordialement|bien\s+à\s+vous|atentamente|saludos(?:\s+cordiales)?|"
    r"un\s+saludo|с\s+уважением|مع\s+التحية|مع\s+خالص\s+التحية|此致)"
    r"\s*[,:]?\s*(?P<signature>[^?.!;\n]{0,80})\s*[.!]?\s*$",
    re.IGNORECASE)
# Equipment at a seat ("are there power sockets at the delegation seats?", "do the
# delegates' seats have headsets?"): the seat is where the equipment is, not where a
# delegation sits (sensitive topics only).
SEATS = frozenset("seat seats siège sièges asiento asientos место места مقعد مقاعد 座位".split())
SEAT_EQUIPMENT = frozenset("""
    socket sockets outlet outlets plug plugs power charger chargers charging usb cable
    cables microphone microphones mic mics headset headsets headphones earpiece earpieces
    screen screens lamp lamps water wifi desk desks table tables cushion cushions
    prise prises enchufe enchufes micrófono auriculares розетка розетки микрофон наушники
    مقبس ميكروفون سماعات 插座 话筒 耳机
""".split())
SEAT_EQUIPMENT_REACH = 5
# Twenty-second round. Seats one asks to get, book or add ("extra seats for our
# minister's statement", "reserve two seats for the PM's address"): a booking, nobody's
# whereabouts; "which seats do the ministers take" asks where they sit.
SEATS_BOOKED = frozenset("""
    get getting book booking reserve reserving reserved request requesting extra more
    additional spare free obtain secure
    réserver supplémentaires reservar adicionales забронировать дополнительные
""".split())
SEATS_BOOKED_REACH = 3
# What a question about carrying a thing says of it ("is he allowed to bring it in?",
# "can he keep it on him?"), unlike one about doing something else ("are we allowed
# to leave?").
CARRIED = frozenset("""
    bring bringing brought carry carries carrying keep keeps wear wears wearing inside
    apporter porter garder llevar traer portar пронести носить يحمل 带
""".split())
# A thing had with one ("can she have it with her?", "may I have them on me?"): its
# carrying asked, as "keep" or "bring" ask it.
HAD_WITH_ONE = re.compile(
    r"\b(?:have|hold|having) (?:it|them) (?:with|on) (?:me|him|her|us|them)\b")
# One's own delegation ("my delegation's seat", "where does our delegation sit?"): the
# writer's own, not a third party's whereabouts.
OWN = frozenset("my our own mon ma notre nos mi mis nuestra nuestro мой моя наш наша".split())
# ... and their other forms, for one's own things ("mes bagages", "мои сумки": ``OWN_THINGS``).
OWN_POSSESSIVES = OWN | frozenset("mes nuestros nuestras мои мою наши нашу".split())
DELEGATION_STEMS = ("delegation", "délégation", "delegación", "delegacion", "делегац")
# Nouns a person word names a place by, before them ("the visitors entrance", "the
# delegates lounge", "the ladies toilets"): no person there.
PLACE_HEADS = frozenset("""
    lounge lounges desk desks area areas gate gates centre center entrance entrances
    line lines queue queues
""".split())

# Words that, before "on fire", make it a figure of speech: a talk, or who gave it
# ("the debate was on fire", "our panel was on fire today"), not a place.
FIGURATIVE_FIRE_SUBJECTS = frozenset("""
    session sessions talk talks keynote panel panels presentation debate discussion
    speech speaker speakers moderator audience crowd panelists panellists q&a i we you
    event events sideevent sideevents workshop workshops seminar lecture conference
    qa exchange exchanges meeting plenary interview briefing
""".split())
# "Explosive" said of a talk, right after a linking word ("the Q&A in session II was
# explosive", "a really explosive debate"): heated, not a bomb ("an explosive device",
# "he has explosives" have no talk before them nor a linking word).
# Twenty-first round. A talk that "killed" or "slayed" ("the keynote absolutely
# killed", "her panel slayed it"): praise, when nobody is named after the verb (only
# "it", the end, or a word that starts another clause).
TRIUMPHED = frozenset("killed kills killing slayed slays slaying slew murdered destroyed".split())
TALKS_TRIUMPHING = frozenset("""
    session sessions talk talks keynote keynotes panel panels presentation presentations
    debate speech speeches workshop seminar lecture pitch set
""".split())
PASSIVE_BEFORE = frozenset("was were been being got gets is are be get".split())
AFTER_TRIUMPH = frozenset("""
    it who what which and but so today yesterday tonight this morning there again
    honestly absolutely totally
""".split())
FIGURATIVE_BLAST = frozenset("explosive explosiva explosivo explosif explosive".split())
LINKING_BEFORE = frozenset("""
    was is were are be been got get gets became become so very really pretty quite
    rather bit extremely fairly most more
""".split())
# A talk that "is going to bomb" will flop: "bomb" right after one of these, with a
# talk a few words before ("my talk is going to bomb if the projector fails"); not
# "I'm going to bomb ...", whose subject is a person.
FLOP_BEFORE = frozenset(
    "to will gonna might could would may totally completely not never".split())
FLOP_SUBJECTS = frozenset("""
    talk talks speech speeches presentation presentations panel keynote session pitch
    joke jokes slides demo show performance intervention statement opening closing
    launch debate workshop
""".split())
# Messages marked as a joke ("I'm going to kill my colleague 😂", "lol"): their alarming
# words are a figure of speech, unless they also call for help.
JOKE = re.compile(
    r"[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F61C\U0001F61D\U0001F643]|"
    r"\b(?:lol|lool|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|j/k|just kidding|just joking|mdr|"
    r"jaja\w*|jeje\w*|хаха\w*|ахах\w*|ههه+)(?!\w)|哈哈",
    re.IGNORECASE)
# A joke marker taken back ("lol not lol", "no jk", "not joking", "no joke", "I'm
# serious"): the message is meant, and an emergency in it stays one.
JOKE_RETRACTED = re.compile(
    r"\b(?:not|no|nt|n't)\s+(?:lol|lool|lmao|jk|kidding|joking|a joke|funny)(?!\w)|"
    r"\bno joke\b|\b(?:i'?m|i am|im)\s+(?:dead\s+)?serious\b|\bpas de blague\b|"
    r"\bsin broma\b|\bне шучу\b",
    re.IGNORECASE)
# A programme's event named by its subject, the subject first ("the hostage-negotiation
# side event", "a bomb-disposal workshop"): after a determiner, the words up to one of
# these heads are what it is about. Not a head followed by a place ("the panel room").
PROGRAMME_HEADS = frozenset("""
    session sessions panel panels workshop workshops event events sideevent sideevents
    seminar seminars briefing briefings course courses lecture lectures webinar webinars
    module modules exhibition
""".split())
DETERMINERS = frozenset("the a an this that our your their my its which what any".split())
# Words that end such a run of modifiers, read backwards: what stands before them is
# no modifier ("a fire at the side event" keeps its fire).
MODIFIER_STOPS = frozenset("""
    in at on near by to from with and or for of is are was were be been has have had
    during after before outside inside behind into onto between among about around
    per via than like as so not
""".split())
# At most this many words of subject before the head ("the hostage negotiation side
# event"): a longer run is a sentence, not a name.
MAX_MODIFIERS = 2
# "missing the deadline": the verb with its object, not a person gone. Not before a
# length of time ("missing the whole afternoon").
# A child said not to be here: a child word right before a negated presence ("our
# daughter isn't here", "my boy is not, he was next to me", "mi hija no está aquí",
# "моего сына нет рядом"), the presence said by a place word or not at all; not when the
# absence is accounted for ("not here yet", "stayed at the hotel").
NEGATED_PRESENCE = (
    ("is", "not"), ("are", "not"), ("is", "no", "longer"), ("are", "no", "longer"),
    ("n", "est", "pas"), ("n", "est", "plus"), ("ne", "sont", "pas"), ("no", "esta"),
    ("no", "estan"), ("нет",), ("ليس",), ("ليست",), ("ليسوا",),
)
PRESENT_AFTER = frozenset("""
    here there with beside next by around anywhere near he she they la ici avec
    aqui ahi aca alla conmigo con рядом здесь тут со с هنا معي معنا بجانبي
    """.split())
ABSENCE_ACCOUNTED = frozenset("""
    yet until till tomorrow today tonight stayed staying stays home school hotel asleep
    sleeping coming arriving arrive allowed registered encore todavia aun ещё еще пока
    """.split())
CHILD_OBLIQUE = frozenset("сына дочери дочки ребенка ребёнка малыша".split())
# A fight over who gets what, or which one: a dispute over a choice, no blow.
FIGHT_STEMS = frozenset("fight fighting fought".split())
FIGHT_OVER = frozenset("over about".split())
# Money suspected: "suspicious transaction reports", "suspicious payments", "operaciones
# sospechosas", "opérations suspectes", "подозрительные операции": what financial
# intelligence units receive, a term of countering terrorist financing, no item left.
MONEY_MOVES = frozenset("""
    transaction transactions payment payments transfer transfers flow flows fund funds
    funding financial finance financing money remittance remittances deposit deposits
    donation donations operations operation operacion operaciones transacciones
    transferencias pagos fondos flux virements
    операции операций операция транзакции транзакций сделки сделок платежи платежей
    переводы переводов معاملات المعاملات عمليات العمليات تحويلات التحويلات
    """.split())
# The same in text written without spaces ("可疑交易报告": suspicious transaction reports).
MONEY_SUSPECTED_UNSPACED = ("可疑交易", "可疑资金", "可疑的交易", "可疑金融")
# A loss by death in a past attack: "I lost my son in the 2017 attack", "we lost our
# daughter to terrorism", "j'ai perdu mon fils dans l'attentat": a bereaved family
# member (victims' associations come to such conferences), no child missing now. The
# loss word, then within ``LOSS_REACH`` words one of the prepositions, then within
# ``LOSS_REACH`` more an event of violence (a year, "in 2015", is ``DISTANT_PAST``'s).
LOSS_WORDS = frozenset("""
    lost lose losing perdu perdue perdi perdio perdimos потерял потеряла потеряли فقدت فقدنا
    """.split())
LOSS_PREPOSITIONS = frozenset("in to during at dans lors en durante в во при في".split())
VIOLENT_EVENTS = frozenset("""
    attack attacks bombing bombings bomb bombs blast blasts explosion explosions shooting
    shootings massacre massacres siege hijacking hijackings terrorism terror war wars
    conflict genocide attentat attentats attaque atentado atentados ataque теракт теракте
    теракта теракты взрыве нападении هجوم الهجوم تفجير التفجير
    """.split())
LOSS_REACH = 5
# Words that end the object of the loss's preposition: "lost my son in the crowd after
# the attack" lost him in the crowd.
CLAUSE_TURNS = frozenset("after before near by when while and but because since".split())
# The asker's own things: "should I label my bags?", "can I leave my bag unattended in
# the cloakroom?" ask about their own luggage, no unknown item. An own possessive just
# before the thing, or before it within ``OWN_REACH`` words of "unattended".
OWN_LUGGAGE = frozenset("""
    bag bags suitcase suitcases luggage backpack backpacks rucksack rucksacks briefcase
    briefcases case cases trolley sac sacs valise valises bolso bolsa bolsos maleta maletas
    mochila сумка сумку сумки чемодан рюкзак
    """.split())
# ... and what else one may leave "unattended" of one's own.
OWN_THINGS = OWN_LUGGAGE | frozenset("""
    laptop laptops coat coats jacket jackets things stuff belongings umbrella phone
    """.split())
LEFT_ALONE = frozenset("unattended abandoned unclaimed".split())
OWN_REACH = 6
# An attack by words, in print or on the internet: "we were attacked online by trolls",
# "attacked on Twitter", "attacked in the press", "a cyber attack": no blow, nobody in
# danger in the building.
ATTACK_WORDS = frozenset("attack attacks attacked attacking".split())
ONLINE = frozenset("online cyber virtually".split())
# ... and, after "in", "by" or "on": "in the press", "by trolls" ("attacked the press
# officer" is a blow).
WORDS_VENUES = frozenset("""
    trolls troll bots hackers hacker internet press media newspaper newspapers editorial
    editorials article articles
    """.split())
VENUE_LEADS = frozenset("in by on".split())
# What customs and police seize: "cash seizures at borders", "the seizure of terrorist
# funds", "asset freezing and seizure" are goods taken, no one taken ill.
SEIZED_GOODS = MONEY_MOVES | frozenset("""
    cash asset assets currency currencies drug drugs narcotics weapon weapons arms firearm
    firearms ammunition goods property properties cargo contraband shipment shipments
    consignment consignments border borders customs freezing freeze
    """.split())
SEIZURES = frozenset("seizure seizures".split())
# "suspicious activity reports": the same reports, by their other name.
ACTIVITY = frozenset("activity activities".split())
# Things written or sent that "look suspicious" (a flyer, an email, a link): a scam or a
# doubt about a text, no item left ("a suspicious bag" is one).
WRITINGS = frozenset("""
    flyer flyers leaflet leaflets email emails mail link links message messages
    invitation invitations invite invites website websites site text texts sms
    post posts ad ads advert poster posters offer offers account accounts call calls
    qr url form forms survey
    """.split())
# Words of going round a thing that also go round a wait ("skip the queue at the
# scanners", "avoid the long line at screening"): a wait avoided, no check, unless
# a way in is named before it.
BYPASS_SKIPS = frozenset("""
    skip skips skipping skipped dodge dodges dodging avoid avoids avoiding
    """.split())
WAITS = frozenset("""
    queue queues line lines wait waiting waits crowd crowds rush delay delays traffic
    """.split())
# A way in named before the skipping ("a way in that avoids the screening line"): a
# route round the check, whatever the queue.
ROUTES = frozenset("""
    way ways route routes path paths entrance entrances door doors gate gates
    """.split())
CHOICE_ASKED = frozenset("who whom which whose what whether".split())
TRANSITIVE_MISS = frozenset("missing miss misses missed".split())
# Records one may be missing from ("my daughter's name is missing from the registration
# list"): left off a list, nobody gone ("missing from the group" is a child gone).
RECORDS = frozenset("""
    list lists registration registrations roster rosters database system records record
    form forms programme program agenda email emails invitation invitations spreadsheet
    website site app portal directory file files document documents badge badges
""".split())
# Who works on a subject, and how ("my NGO works on online harassment", "we campaign
# against trafficking"): the subject of their work, not an event.
WORKERS = frozenset("""
    i we ngo ngos organisation organization organisations organizations charity
    charities foundation association network ministry agency unit department team
    institute centre center project coalition group office lab society
""".split())
WORK_ADVERBS = frozenset("mainly mostly also primarily largely specifically actually".split())
WORK_VERBS = frozenset("""
    work works working worked focus focuses focusing focused specialise specialises
    specialising specialize specializes specializing campaign campaigns campaigning
""".split())
WORK_PREPOSITIONS = frozenset("on against with".split())
# Where a thing is kept locked ("a rifle locked in the boot of my car"): stored, no one
# locked in hiding.
STORAGE = frozenset("""
    boot trunk car case cases locker lockers safe cabinet cabinets box boxes glovebox
    glove vehicle van cupboard cupboards drawer drawers
""".split())
# Who may be locked in: people, hiding ("we are locked in the toilets").
LOCKED_IN_PEOPLE = frozenset("""
    i we you he she they us them me him her ourselves myself themselves people everyone
    somebody someone delegates participants
""".split())
# Structures and institutions that collapse ("watched buildings collapse on purpose",
# "the talks collapsed"): no one falls ill.
STRUCTURES = frozenset("""
    building buildings structure structures bridge bridges tower towers wall walls roof
    roofs ceiling ceilings market markets economy economies talks negotiations government
    governments regime regimes state states ceasefire deal deals
""".split())
# Who may be allowed to shoot ("are the officers allowed to open fire?"): a rule asked.
PERMITTED = frozenset("allowed permitted authorised authorized entitled cleared".split())
OBJECT_OPENERS = frozenset("the a an his her my our their your its this that some out".split())
DURATIONS = frozenset("""
    whole entire last past afternoon morning evening night day hour hours minutes since
""".split())

# Things, not people: "the wifi keeps harassing me with a login page" is a figure of
# speech; a harassment word a few words after one of these says nothing of a person.
MACHINES = frozenset("""
    wifi wi-fi app apps website site portal phone laptop printer system login page popup
    pop-up notifications notification emails reminders autocorrect computer server bot
    algorithm watch smartwatch tablet ads adverts newsletters newsletter spam
    sites websites portals phones laptops printers systems pages popups computers
    servers bots tablets
""".split())
# Words that only say where, beside the place nouns (``@place``) and numbers: a word
# cried alone ("medic!!") is still alone with them ("MEDIC!! conference room 2, 3rd flr").
WHERE_WORDS = frozenset("""
    in on at near by outside behind beside next to of floor flr fl level lvl rm room
    conference meeting east west north south wing gate row seat side ground first second
    third fourth fifth main
    salle étage piso sala зал этаж
""".split())
# A camera's words: "shoot" said with one of them is a photo or a film.
CAMERA = frozenset("""
    photo photos photographer photographers photograph photographs picture pictures
    camera cameras video videos film filming footage portrait portraits selfie selfies
""".split())
# Things that stall or hang, said "not moving" or "not responding" ("the queue is not
# moving", "the lift isn't moving"): no person's stillness. Machines too (``MACHINES``).
STALLING = frozenset("""
    queue queues line lines lift lifts elevator elevators escalator escalators traffic
    bus buses shuttle shuttles car cars train trains turnstile turnstiles gate gates
    door doors screen screens projector clock slides slide mic microphone session
    registration process
""".split())
# Words after which a possessive child names an owner ("I lost my son's badge").
LOSING_OR_FINDING = frozenset("""
    lost lose losing misplaced mislaid find finding found seen left forgot forgotten
    dropped took grabbed collect collecting pick picking return returned
""".split())
# Alarm words that a machine sounds as well ("the alarm on my phone did not go off").
DEVICE_ALARMS = frozenset("alarm alarms alarme alarma".split())
# The speaker's own alarm is one that wakes them ("my alarm didn't go off this morning"):
# a building's fire alarm is never "my alarm".
OWN_ALARM = frozenset("my mon mi".split())

# What one answers or responds to that is not a person's reaction: "he is not answering
# his phone", "the speaker is not responding to questions" say nothing of his health.
CONTACT_CHANNELS = frozenset("""
    phone phones mobile cell call calls email emails mail mails message messages text texts
    dm dms whatsapp chat questions question door
""".split())
UNANSWERED = frozenset("answer answering responding respond replying reply reacting react".split())
# Words matched only as written, not by their stem: "attacking people" is an attack
# under way, "attacks on people" a programme topic; "touching women" is harassment,
# "get in touch with a delegation" a contact; "a separate pass" is no child "separated";
# a word of another language whose stem an English word shares: "relevant" is no
# "relève" (a change of shift).
AS_WRITTEN = frozenset(
    "attacking touched touching touches touch separated releve alarmed burned burnt burns"
    # a caress, where "stroke" (the illness) shares its stem
    " stroking"
    # a fall, where a journey ("the head of delegation's trip") and a note ("a slip of
    # paper") share the stem
    " tripped slipped"
    .split())
# "get in touch", "keep in touch", "stay in touch": a contact, not a touch.
IN_TOUCH = frozenset("in".split())

# Fire words that, before an adjective, only make it stronger: "the coffee is burning
# hot", "the printer is smoking hot", "boiling hot in room 4": a temperature, not a fire.
INTENSIFIERS = frozenset("burning smoking boiling blazing scorching roasting".split())
INTENSIFIED = frozenset("""
    hot cold warm bright busy fast quick good chaud chaude caliente
""".split())
# "X waiting to happen": a figure of speech for a risk ("this agenda is a heart attack
# waiting to happen", "that cable is a fire waiting to happen"), one or two words after
# the alert word; not an event under way.
WAITING_TO_HAPPEN = (("waiting", "to", "happen"),)

# Urgency said not to be there: "something non-urgent", "not urgent", "no emergency",
# "pas urgent", "no es urgente", "не срочно", "غير عاجل": a call for help denied, so the
# urgency word after one of these (an article between or not) calls for nothing.
URGENCY = frozenset('''
    urgent urgently urgency emergency asap urgente urgence urgencia срочно срочная
    срочный عاجل طارئ 紧急
'''.split())
URGENCY_DENIED = frozenset("non not no nothing never pas غير не".split())

# A weapon as a figure of speech: "education is our best weapon against extremism",
# "the strongest weapon we have", "la mejor arma contra el odio": a superlative before
# the word, or "against" and a cause after it (not a person: "a knife against his
# throat", "turned the gun on them").
FIGURATIVE_WEAPONS = frozenset("weapon weapons arma armas arme armes оружие оружием".split())
FIGURATIVE_BEFORE = frozenset('''
    best greatest strongest most powerful ultimate secret biggest mejor meilleure meilleur
    principal principale лучшее главное сильнейшее
'''.split())
FIGURATIVE_AGAINST = frozenset("against contra contre против".split())
PERSONS_AFTER = frozenset('''
    me him her us them you his my your our their someone somebody anyone people everyone
    the a an guard guards officer officers staff delegates
'''.split())

# Negations typed without their apostrophe ("hasnt", "cant", "isnt", "didnt"), read as
# "has not", "can not" ...; not "wont" or "cant" alone in other senses, which are rare
# in a conference's messages ("wont" is left out: "as is my wont").
NO_APOSTROPHE = re.compile(
    r"\b(has|have|had|is|are|was|were|did|does|do|could|would|should|ca|can)nt\b",
    re.IGNORECASE)

# Words that open a question about how things are done ("how will they evacuate the
# heads of state?"): with a sensitive trigger on protected persons' evacuation, the
# question is that sensitive one, not an emergency, unless it also calls for help.
QUESTION_OPENERS = frozenset("""
    how what when which who will would is are do does can could comment quand cómo cuándo
    как когда كيف متى 如何 怎么
""".split())

# Grabbing and touching: an assault when their object is a person or a part of the body
# ("he grabbed my arm", "someone keeps trying to grab me"), an errand when it is a
# thing ("can I grab my badge", "grab me a coffee", "touch base"). See
# ``alerts._grasping_a_thing``.
GRASP_STEMS = frozenset("grab touch drag".split())
BODY_PARTS = frozenset("""
    arm arms hand hands wrist wrists shoulder shoulders waist bottom butt bum backside
    breast breasts chest leg legs thigh thighs knee knees hip hips hair neck face back
    body lap cheek cheeks throat collar sleeve skirt dress shirt
""".split())
# Words after the grasping word that leave its object a person already named or
# understood ("grabbed her and ...", "was grabbed by ...", "grabbed at me").
GRASP_FOLLOWERS = frozenset("""
    and or but by from in on at into onto to when while as again twice hard then so too
    also there here near behind inside outside without during after before until from
    now just today tonight yesterday earlier hold of
""".split())
OBJECT_PRONOUNS = frozenset("me him us them you".split())
# The asker's own plan before "to grab" ("hoping to grab a colleague then", "I want to
# grab a delegate for five minutes"): catching someone for a word, not an assault. Not
# "trying to" or "tried to", which a report of an attempt says.
PLANS_TO = frozenset("""
    hoping hope hoped want wanted wanna like planning plan going gonna need needed
""".split())

# Staying home, behind or away is not coming at all ("the deputy commissioner stays home,
# can we watch online?"): no one's whereabouts.
STAY_WORDS = frozenset("stay stays staying stayed".split())
STAYED_AWAY = frozenset({("home",), ("behind",), ("away",), ("at", "home")})

# What one follows from afar, a few words after "following": an event watched remotely
# ("following from home", "we'll be following the debate online"), not a person on
# one's heels ("someone is following me from the hotel" names the person).
FOLLOWED_FROM_AFAR = frozenset("""
    online remotely abroad afar live livestream stream streaming webcast webtv tv
    television twitter capital debate debates proceedings discussion discussions session
    sessions conference news coverage updates programme program agenda along
    """.split())
FOLLOWED_FROM_AFAR_REACH = 3
# The asker as the one who follows, and the words between them and "following" ("I'll
# be following", "we are still following"): the active voice, not "being followed".
FIRST_PERSONS = frozenset({"i", "we"})
FIRST_PERSON_AUXILIARIES = frozenset("""
    will ll shall would d be am m are re also still just all
    """.split())
# "from home", "at home": home as where one follows from ("followed her home" is not).
FOLLOWED_FROM_HOME = frozenset({("from", "home"), ("at", "home")})
# "Pass" as the badge, not the faint: after a determiner ("my pass", "the passes") or a
# kind of pass ("conference passes"). No person word is a kind here: "the delegate
# passes out" is a faint.
PASS_NOUNS = frozenset({"pass", "passes"})
PASS_KINDS = frozenset("""
    conference grounds day press media security access event temporary un badge entry
    guest vip boarding transit metro subway photo id weekly daily site building annex
    """.split())
BENEFACTIVE = frozenset("a an the some something anything one".split())
POSSESSIVES = frozenset("my his your our their its".split())

# Idioms whose words say nothing of an emergency ("a smoking gun" is proof, a booking
# that "fell through" failed, "I almost had a heart attack" is surprise), articles left
# out.
IDIOMS = (
    ("smoking", "gun"), ("smoking", "guns"),
    ("fell", "through"), ("fall", "through"), ("falls", "through"), ("falling", "through"),
    ("fallen", "through"),
    ("almost", "had", "heart", "attack"), ("nearly", "had", "heart", "attack"),
    ("almost", "gave", "me", "heart", "attack"), ("nearly", "gave", "me", "heart", "attack"),
    ("almost", "had", "stroke"), ("nearly", "had", "stroke"),
    # "a time bomb of questions", "a powder keg of opinions": a figure for a lot of a thing
    ("time", "bomb", "of"), ("time", "bombs", "of"), ("powder", "keg", "of"),
    ("ticking", "time", "bomb", "of"), ("ticking", "time", "bombs", "of"),
    # "has the session chaired by the head of CTED kicked off yet?": begun (not
    # "kicking off", which also says a fight starts)
    ("kick", "off"), ("kicks", "off"), ("kicked", "off"),
    # "this is dragging on", "the session drags on and on": taking long (not "dragged
    # her on the floor")
    ("is", "dragging", "on"), ("s", "dragging", "on"), ("are", "dragging", "on"),
    ("drags", "on", "and"), ("dragging", "on", "and"), ("drags", "on", "forever"),
    ("dragging", "on", "forever"), ("dragged", "on", "for"), ("dragging", "on", "for"),
)

# An arrival asked as advice ("what time should delegations arrive?", "when are we
# supposed to arrive?"): the programme's rule, nobody's whereabouts.
ARRIVAL_ADVICE = frozenset("should must supposed need needs recommended advised".split())

# Arms worn with a uniform or a costume: a question whether one may be brought or worn
# in is the weapons topic's, not a threat (see ``AlertIndex._carrying_asked``).
WORN_ARMS = frozenset("sword swords sabre sabres saber sabers".split())
# Common English words one edit from a trigger word, of its length: a word written
# right, never read as a typo of the trigger word ("a mutual evaluation" is no
# evacuation, "a thread on the forum" no threat, "funding" no "finding"). Found by
# comparing the triggers' words with the words of English text; only real words.
COMMON_WORDS = frozenset("""
    acting advanced agreed assemble assist attach attached attended billets blanked
    blazing blocked bombed buried caller center chamber chance changed charge checker
    cheeks chiefs client closed closer closes content controls crashes crushed detention
    devise drafting driver dropping evaluate evaluated evaluates evaluating evaluation
    evaluations falling flushed follower forces forked frames freeing funding garden
    growing halfway handing hearing heating hiring latest latter leading leaning locale
    logging looked massage melting ministry parser parsing passes pasted paused persons
    places planned playing policy polite portal price priced prices pricey pricing printing
    prints project promises public
    raising reaching receiver record related relayed resolver responds response reword
    roller saving scaled scanned scaring scolded scolding scored sealed separates setting
    shallow shared shouted shouting shouts
    sharing shipped shirts shorter showed sitter skipped slowing spelling spells
    spotting stacked stalled stalling stated stepped streamed streaming streams stripped
    dragged dragging
    stronger submit tested testing thread threads trained usable wailing waking walker
    wanting warmed watcher wondering writing
""".split())
# A subject asked about in the passive ("will online abuse be discussed?", "is
# hostage-taking covered in any session?"): the words between the opening auxiliary and
# the talk's participle are what a talk is about, not something happening.
PASSIVE_OPENERS = frozenset("will would is are was were has have can could should shall".split())
PASSIVE_BE = frozenset("be being been".split())
TALKED_ABOUT = frozenset("""
    discussed debated covered addressed mentioned raised presented examined explored
    featured talked
""".split())
# A thing that fell ("it fell out of my pocket"): no one hurt.
THING_PRONOUNS = frozenset("it".split())
# A thing looked for ("where can she find it?", "we could not find it anywhere"): a
# finding word before it finds no one ("this", "that" are no trigger words at all).
THINGS_FOUND = frozenset("it".split())
# Body words that also name weapons ("arms"), and the aches said of them ("my arms are
# killing me", "arms sore from carrying boxes"): a body part, no weapon.
BODY_ARMS = frozenset("arms arm".split())
ACHES = frozenset("""
    hurt hurts hurting ache aches aching sore tired numb stiff killing exhausted
""".split())
COPULAS_BEFORE_ACHE = frozenset("are is r were feel".split())
# Fire words said in a rule asked ("are open flames allowed?", "candles not permitted?"):
# what may be lit, no blaze.
RULED_FIRE = frozenset("flame flames fire fires candle candles".split())
RULE_WORDS = frozenset("""
    allowed permitted forbidden banned prohibited authorised authorized
""".split())
# "my boss will kill me if I miss it": a threat made of one's own lapse is a figure of
# speech; a lapse word soon after "kill me if I" ("if I tell anyone" is no lapse).
LAPSES = frozenset("""
    miss missed late forget forgot lose lost skip fail mess screw break spill oversleep
    overslept
""".split())
# "where can I smoke?": a smoking question asked as what one may do, in any clause.
MAY_I = frozenset(("can", "may", "could"))
# Thirty-fourth round. Rule words around a smoke word ("are we allowed to smoke in the
# toilets?", "smoking is banned in the whole building"): a rule on smoking, no smoke.
SMOKING_RULES = frozenset("""
    allowed allow permitted permit banned ban forbidden prohibited prohibit illegal
    interdit prohibido prohibida permitido запрещено разрешено ممنوع 禁止
""".split())
# The words that link a rule to smoking ("allowed to smoke", "a ban on smoking", "banned
# from smoking"); "not allowed back in, smoke ..." has none, and is a fire.
RULE_LINKS = frozenset("to on from of against".split())
# Verbs of beginning, before "to smoke": a thing that began to smoke smokes.
BEGINNING = frozenset("""
    start started starts starting begin began begun beginning begins
""".split())
ASKERS = frozenset(("i", "we"))
# The weather asked ("will it rain?", "do I need an umbrella", "how hot will it be"):
# the forecast, no heat of a fire nor a body's.
FORECAST = frozenset("""
    weather forecast umbrella umbrellas raincoat rain rainy raining degrees temperature
    temperatures humid humidity sunny sunscreen
""".split())
HOW_WARM = re.compile(
    r"\b(?:how (?:hot|cold|warm|chilly)|will it be (?:hot|cold|warm|chilly)|"
    r"is it (?:hot|cold|warm|chilly) (?:outside|in new york|this week|in june))\b")
# Who may smoke, asked ("where can people smoke?", "can delegates smoke outside?"): the
# askers, or people in general.
SMOKERS_ASKED = ASKERS | frozenset("""
    people you u one delegates participants guests visitors attendees someone anyone
    everyone they staff
""".split())
# A survivor of an attack ("a survivor of the Nice attack"): an attack long over.
SURVIVORS = frozenset("survivor survivors".split())
# One's own protection ("my bodyguard", "our close protection officer", "mi escolta"):
# a weapon it carries, asked about with no violence said, is the weapons rule asked.
PROTECTION = frozenset("""
    bodyguard bodyguards escort escorts protection detail guard guards cpo
    escolta escoltas guardaespaldas garde gardes escorte escortes
    охранник охранники охрана телохранитель телохранители
""".split())
# Twentieth round. A smoke detector or a fire alarm named with its servicing ("test
# the smoke detectors", "install smoke alarms", "the smoke detector battery"): a
# device looked after, no fire.
SERVICING = frozenset("""
    test tests tested testing maintenance maintain service servicing serviced install
    installed installing installation inspect inspected inspection inspections replace
    replaced replacing battery batteries calibrate calibration repair repairs repairing
    schedule scheduled
""".split())
DETECTORS = frozenset("detector detectors alarm alarms sensor sensors".split())
# Twenty-first round. One's own room as what is evacuated ("evacuate my hotel room
# early"): a room vacated, as at checkout, no one fleeing a fire.
OWN_ROOMS = frozenset("room rooms suite suites apartment flat cabin".split())
# Another trade's guard before the word ("a crossing guard", "a shin guard", "a mouth
# guard"): no security officer.
GUARD_TRADES = frozenset("crossing lollipop shin mouth fender chin knee elbow".split())
GUARD_WORDS = frozenset("guard guards".split())
# A thing one loses ("my son lost his sunglasses", "she lost her badge"): the verbs,
# read with an object opener after them.
TRANSITIVE_LOST = frozenset("lost lose loses losing".split())
# "I can't stand the subway", "she can't stand waiting": "stand" with an object is a
# dislike, no one unable to stand up. The object opens with one of these words or is a
# verb in -ing ("waiting", not "anything"), right after "stand" (no comma between:
# ``alerts._side_by_side``). Not "her", who may be the one hurt ("we can't stand her up").
STOOD = "stand"
DISLIKED_OPENERS = frozenset("""
    the a an his my our their your its this that these those it them him crowds queues
    noise heat cold people being
""".split())
# Who is said to belong to a delegation ("we are the delegation of Fiji", "I am from
# the Peruvian delegation"): the writer's own delegation, as "my delegation" is.
MEMBERS = (("we", "are"), ("i", "am"), ("we", "re"), ("i", "m"), ("am", "from"),
           ("are", "from"), ("am", "with"), ("are", "with"), ("nous", "sommes"),
           ("somos", "la"), ("мы", "из"))
# A condition that a person or an animal is trained to notice ("my dog alerts to
# seizures", "a dog that detects seizures"): a skill, no one taken ill.
DETECTING = frozenset("""
    detect detects detected detecting detection sense senses sensing sniff sniffs
    predict predicts predicting warn warns
""".split())
ALERTING = frozenset("alert alerts alerting alerted".split())
DETECTED_CONDITIONS = frozenset("""
    seizure seizures fit fits convulsion convulsions epilepsy hypoglycaemia hypoglycemia
    stroke strokes diabetes diabetic allergy allergies allergen allergens
""".split())
# An age written as one word with its unit ("her 4yo", "a 6yr"): a child.
AGE_WORD = re.compile(r"\d{1,2}(?:yo|y/o|yr|yrs|yrold|yearold|yearsold)")
# Switching a thing off oneself ("I switched off my phone", "turned off your laptop"):
# a person before the verb, a possessive after "off", or a device just before it
# ("keep phones turned off") is no check put out of action.
SWITCHING = frozenset("switched turned shut powered".split())
SWITCHERS = frozenset("i we you he she they please".split())
DEVICES = MACHINES | frozenset("phones laptops devices device tablets computers cameras".split())
# A report made in passing ("... not moving, just fyi", "no rush", "for your information"):
# it says it is no emergency, as "not urgent" does (for the semantic check only).
IN_PASSING = frozenset("fyi".split())
IN_PASSING_PHRASES = (" no rush ", " for your information ", " just so you know ",
                      " pour information ", " para su informacion ",
                      " para tu informacion ", " к сведению ", " для информации ")
# Twenty-second round. A pronoun's contraction typed without its apostrophe ("hes got a
# knife", "shes holding a gun"): the pronoun, as "he's" would be read.
UNAPOSTROPHED = {"hes": "he", "shes": "she", "theyre": "they", "theyve": "they"}
# Twenty-fourth round. "He's" and "she's", with or without the apostrophe, before a
# verb in -ing or "got" ("says hes wearing explosives", "she's carrying a grenade",
# "he's got a bomb"): "is" and "has", which the text's words drop, spelled out.
PRONOUN_IS_HAS = re.compile(
    r"\b(he|she)(?:['\u2019]s|s) (?=(?:\w+ing|got|gotten)\b)", re.IGNORECASE)
# Words that make a question about life-saving kit (``@kit``) one asked ahead, to know
# ("where is the nearest defibrillator marked on the map? I like to know in advance"):
# no one needs it now, unless the message also calls for help.
AHEAD_OF_NEED = re.compile(
    r"\b(?:in advance|beforehand|ahead of time|just to know|for future reference|"
    r"(?:marked|shown|indicated) on|(?:floor|venue|site) (?:plan|map)s?|on the maps?|"
    r"à l'avance|par avance|sur le plan|de antemano|por adelantado|con antelación|"
    r"en el plano|en el mapa|заранее|на схеме|на карте|مسبقا|مسبقًا|على الخريطة)|提前|地图上",
    re.IGNORECASE)
# Things one waits on and keeps checking, not people ("my editor is stalking my inbox",
# "I keep stalking the results page"): a harassing word with one of these for its
# object, right after an object opener, says nothing of a person.
WATCHED_THINGS = MACHINES | frozenset("""
    inbox inboxes mailbox feed feeds timeline website websites page pages results
    updates news livestream stream programme program agenda schedule email emails
    tracker refresh
    story stories developments coverage proceedings negotiations debate debates
    discussion discussions thread threads headlines hashtag hashtags posts
""".split())
# A talk "was the bomb": praise ("the youth panel was the bomb", "that party is da
# bomb"), the bomb word right after a linking word (articles are not read) or "da", a
# talk before.
BOMB_PRAISED_BEFORE = frozenset("da".split())
PARTIES = frozenset("""
    party parties reception dinner event sideevent show concert gala table tables booth
    booths stall stalls stand stands
""".split())
# "The side event is a bomb target": a bomb word before one of these is no praise.
BOMB_COMPOUNDS = frozenset("""
    target targets threat threats scare scares squad alert hoax disposal dog dogs
    sniffer warning attack risk
""".split())
# A body part said to be "on fire" ("my feet are on fire after the corridors", "his
# calves are on fire"): an ache, said by its own owner (my, our), not a blaze (not
# hair, clothes, a sleeve; not "his back", which may be burning).
ACHING_ON_FIRE = frozenset("""
    feet foot legs leg calves calf knees knee thighs throat muscles shoulders
    lungs soles
""".split())
# A medical event "over" or "about" something ("a heart attack over the prices", "a
# stroke about the bill"): a figure of speech for dismay ("over there", "over by the
# stairs" name a place, and stay).
MEDICAL_FIGURES = frozenset("attack attacks stroke".split())
FIGURE_OBJECT_OPENERS = frozenset("over about".split())
PLACE_ADVERBS = frozenset("there here by near at in on beside behind to".split())
# An age said of "he" or "she" ("one of my players, he's 10", "she is 5"): a child,
# when the age is a child's (a number up to CHILD_AGE_MAX, or its word).
AGE_SAID_BY = frozenset("he she hes shes".split())
CHILD_AGE_MAX = 15
CHILD_AGE_WORDS = frozenset("""
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen
""".split())
# A fitting with a person or a garment after it ("the tailor was fitting me", "a
# fitting room", "fitting her dress"): a tailor's, no seizure.
FITTING = frozenset("fitting fittings".split())
FITTED_AFTER = frozenset("""
    me her him us them you room rooms session sessions appointment for my her his our
    their your the a dress suit suits gown jacket uniform
""".split())
# A person's age set off after the word for them, between commas or in brackets ("one of
# our players, 11, ...", "my cousin (9)"): a child, as "he's 10" is.
APPOSED_AGE = re.compile(r"\b([^\W\d_]+)\s*[,(]\s*(\d{1,2})\s*(?:[,)]|$)")
AGE_APPOSED_TO = frozenset("""
    player players brother sister cousin cousins friend friends member members scout
    scouts dancer dancers singer singers athlete athletes one nephew niece grandson
    granddaughter son daughter boy girl kid child pupil student participant classmate
    classmates schoolmate schoolmates teammate teammates
""".split())
# A name set off with an age is a person's ("our classmate Tomas, 13, ..."), unless the
# capitalised word numbers a place or a thing ("Room 12", "Level 2, 3").
NUMBERED_NOT_NAMES = frozenset("""
    room rooms hall halls level levels floor floors gate gates session sessions panel
    panels table tables row rows seat seats bus buses door doors wing block building
    buildings section sections article articles page pages item items chapter annex
    paragraph resolution track tracks day days booth booths stand stands zone zones
""".split())
# ... unless a unit follows the number ("he is 5 minutes away", "she is 2 floors up").
NOT_AN_AGE_AFTER = frozenset("""
    minute minutes min mins hour hours hrs day days week weeks km kilometres metres
    meters miles floors floor blocks stops of times
""".split())

# A collapse said of a thing that is no structure ("my phone battery collapsed", "the
# talks collapsed", "her argument collapsed under questioning"): the word before the
# verb (after ``COLLAPSE_SKIPPED``) names a thing, or a machine (``MACHINES``), no
# person and no roof, stage or tent, which stay an emergency.
COLLAPSING_THINGS = frozenset("""
    battery batteries signal connection connections network networks argument arguments
    case theory theories talks negotiations deal deals plan plans market markets economy
    prices price ceasefire truce coalition government morale currency schedule agenda
    programme program idea ideas logic narrative defence defense strategy project
    proposal proposals bid bids consensus agreement agreements startup company business
    team teams performance stock stocks sales demand
""".split())
COLLAPSE_SKIPPED = frozenset("""
    has had have just completely totally entirely basically kind of sort all then
    suddenly kinda pretty much
""".split())
# A faint or a collapse of a feeling ("I nearly fainted with joy", "we almost collapsed
# laughing", "she fainted from excitement"): a figure for it, no one taken ill. Not
# "from the heat", "from shock" or "from pain", which are.
FAINT_WORDS = frozenset("""
    fainted faint fainting collapsed collapse collapsing swooned swoon died dying
""".split())
FEELING_OPENERS = frozenset("with from of".split())
FEELINGS = frozenset("""
    joy laughter laughing happiness delight excitement relief surprise boredom envy
    pride admiration awe embarrassment jealousy
""".split())
LAUGHING = frozenset("laughing laughter".split())
# A place kept for ambulances ("a drop-off point for ambulances", "is there an ambulance
# bay", "parking for taxis and ambulances"): a question about the site, no call for one.
AMBULANCES = frozenset("ambulance ambulances".split())
AMBULANCE_PLACES = frozenset("""
    point points bay bays lane lanes parking zone zones access spot spots route routes
    station stations drop-off dropoff
""".split())
AMBULANCE_PLACE_REACH = 6
# An announcement, a notice or a sign about an item ("the unattended baggage
# announcements", "an unattended luggage notice"): words about a rule, no item left.
ANNOUNCEMENTS = frozenset("""
    announcement announcements notice notices sign signs signage poster posters warning
    warnings message messages broadcast broadcasts reminder reminders
""".split())
UNOWNED_WORDS = frozenset("unattended unclaimed abandoned ownerless".split())
# A faint said by a phrase ("passed out", "blacked out") and a feeling after it ("passed
# out laughing"): a figure for the feeling, as "fainted with joy" is.
FAINT_PHRASE_VERBS = frozenset("passed pass passing blacked black blacking".split())
# Things thrown out or away ("throw them out", "throwing away the flyers"): discarded.
DISCARDED_OBJECTS = frozenset("it them this that these those everything".split())
DISCARD_PARTICLES = frozenset("out away".split())
# Timepieces that tick ("a ticking clock", "the clock is ticking"): no device.
TIMEPIECES = frozenset("""
    clock clocks watch watches metronome metronomes wristwatch stopwatch
""".split())
# Things one looks for ("find the programme", "find my badge"): no child lost.
THINGS_LOOKED_FOR = frozenset("""
    programme program programmes programs agenda schedule timetable map maps badge
    badges ticket tickets room rooms exit exits entrance entrances toilet toilets
    restroom restrooms cafeteria canteen lift elevator elevators lifts stairs desk
    counter booth website link page app document documents form forms slides
    recording recordings list session sessions panel hall venue seat seats wifi
    password menu brochure leaflet leaflets flyer flyers way address number
""".split()) | DEVICES
# What a child carries or owns, named right after the child's word ("my son's badge is
# missing", "the kids' tickets are gone", "the student pass is lost"): the thing is gone,
# not the child.
CHILDS_THINGS = frozenset("""
    badge badges pass passes lanyard ticket tickets phone phones mobile bag bags backpack
    rucksack schoolbag coat coats jacket jackets scarf hat cap gloves glasses sunglasses
    wallet purse passport passports id card cards key keys toy toys teddy doll dolls
    drawing drawings book books homework leaflet leaflets brochure programme program
    umbrella shoe shoes trainers jumper sweater hoodie bottle lunch lunchbox stroller pram
    buggy pushchair charger bracelet necklace accreditation registration certificate
""".split()) | DEVICES
# Words for a person after a child's thing ("my son's phone is off and he is missing"):
# then the child may be gone too, and the child's word keeps its meaning.
PERSON_PRONOUNS = frozenset("he she him her they them his".split())
# Creatures that pester ("the mosquitoes are harassing me", "a pigeon keeps following
# me"): no person harasses.
CREATURES = frozenset("""
    mosquito mosquitoes mosquitos wasp wasps bee bees fly flies gnat gnats midge midges
    pigeon pigeons seagull seagulls gull gulls bird birds squirrel squirrels ant ants
    bug bugs insect insects goose geese duck ducks cat cats
""".split())
# Words that give a person a creature ("a man with a dog", "walking his cat", "a woman
# and her birds"): then the person, not the creature, does what follows.
WITH_A_CREATURE = frozenset("with walking carrying holding feeding his her their and".split())
# The press following others ("journalists keep following the panellists"): no stalker.
PRESS = frozenset("""
    journalist journalists reporter reporters press media photographer photographers
    paparazzi cameramen camera crews
""".split())
FIRST_PERSON_FOLLOWED = frozenset("me us my our i we".split())
# The writer's introduction at a message's start: an agent noun of five letters or more
# (up to two words before
# it) and "here", "asking" or "speaking", then a colon, a comma or a dash ("carpet weaver
# here:", "bus driver asking -"). Its words are the writer's trade, never a typo.
INTRODUCTION = re.compile(
    r"\s*((?:[\w'-]+\s+){0,2}[\w'-]{3,}(?:er|or|ist|ian|ant)s?)\s+(?:here|asking|speaking)"
    r"\s*[:,\-\u2013\u2014]",
    re.IGNORECASE)

# Thirty-second round. A faint nearly had at a sight, a sound or a text ("I almost
# fainted when I saw the bill"): surprise. The words before the faint and after it.
NEARLY = frozenset("nearly almost practically virtually".split())
WHEN_WORDS = frozenset("when as".split())
PERCEIVED = frozenset("""
    saw see seen heard hear read looked look checked check got found noticed opened
""".split())
# Social platforms one is followed on ("followed me on Twitter"): a subscription.
PLATFORMS = frozenset("""
    twitter x instagram insta facebook linkedin tiktok bluesky mastodon threads youtube
    social socials weibo wechat telegram vk
""".split())
# Contact that states a work errand ("keeps emailing me for an interview"): a request.
SENDING_VERBS = frozenset("""
    emailing emailed texting texted messaging messaged calling called dming sending sent
""".split())
ERRAND_LINKS = frozenset("for about regarding re".split())
ERRANDS = frozenset("""
    interview interviews quote quotes comment comments statement feedback survey invoice
    invoices payment payments registration confirmation details update updates photo
    photos podcast article story
""".split())
# "On fire" followed by the time of a streak ("on fire lately", "on fire recently"):
# praise of someone's good form. Not "today": a real blaze can be said with it ("the
# kitchen is on fire today"), and missing a fire is worse than a false alarm.
STREAK_TIMES = frozenset("lately recently".split())

# Thirty-seventh round: everyday senses of alarming verbs and nouns.
# A box on a form ticked, not a box that ticks: "tick" or "ticked" right before what is
# ticked ("tick my box", "ticked yes", "tick the vegan box"), or after who ticks ("I
# didn't tick", "do we tick", "remember to tick"). Never "ticking": articles are not
# read, so "ticking the box" and "a ticking box" are the same words, and "it's ticking,
# what do we do" has a question word after it.
TICKED = frozenset("""
    my our your his her their yes no every all both each option options checkbox
    checkboxes field fields box boxes
""".split())
TICKERS = frozenset("i we you u they to not please pls".split())
# "Punch the address into the app", "punch in the PIN": keyed in, no blow.
KEYED_INTO = frozenset("in into".split())
KEYED = frozenset("""
    app apps phone phones gps satnav sat nav maps map code codes
    number numbers address addresses pin password details digits coordinates postcode
    zip keypad machine terminal kiosk laptop computer
""".split())
KEYED_REACH = 4
# "Had a blast", "the reception was a blast", "at full blast": fun or full volume. Not
# "there was a blast": the existential "there" before the linking word reports one.
HAVING_FUN = frozenset("had have having has full".split())
# ... unless the blast goes off ("we had a blast go off outside").
WENT_OFF = frozenset("go goes went going gone off".split())
FUN_LINKS = frozenset("was is were are be been s".split())
# "The keynote was fire": slang praise of a talk, the fire right after a linking word
# and the talk a few words before (as "on fire" is: ``FIGURATIVE_FIRE_SUBJECTS``).
SLANG_FIRE_LINKS = frozenset("was is were are s so straight pure absolute absolutely".split())
SLANG_FIRE_NOT_SUBJECTS = frozenset("i we you".split())
# "When does the plenary fire back up?": it resumes.
RESUMED = (("back", "up"), ("up", "again"), ("back", "on"))
# ... not "they fired back up the stairs": gunfire, with where after it.
RESUMED_NOT_BEFORE = frozenset("stairs staircase stairwell at towards toward into".split())
# "Can we attack the coffee now?": eat with a will. The food right after the verb, and
# no stall, bar or table after the food ("attack the coffee stand" stays an attack).
FOODS = frozenset("""
    coffee buffet food snacks snack lunch breakfast dinner cake cakes pastries pastry
    sandwiches sandwich dessert desserts cookies biscuits canapes pizza drinks tea
    croissants muffins donuts doughnuts fruit cheese leftovers bagels plate plates
    sushi wraps salad
""".split())
FOOD_PLACES = frozenset("""
    stand stands bar bars area areas station stations cart carts counter counters shop
    shops corner point table tables line queue room rooms truck trucks kiosk lady man
    guy staff server servers people court
""".split())
# "My wallet had a heart attack at the hotel prices": one's money or a thing had it, a
# figure for dismay. The thing after a possessive, then one of ``DISMAY_LINKS``, then the
# illness.
DISMAYED_THINGS = frozenset("""
    wallet wallets purse bank account accounts budget budgets card cards credit expenses
    inbox calendar diary bill bills
""".split()) | MACHINES
DISMAY_LINKS = frozenset("""
    had has having is was just nearly almost will gonna about going to be get got
    heart mild minor small full blown massive
""".split())

# Thirty-eighth round. A message fired or shot off ("fire off a question to the panel",
# "I shot off an email"): sent, no gunfire. The message within two words of "off".
SENT_OFF = frozenset("""
    question questions email emails mail message messages text texts tweet tweets note
    notes reply replies letter letters request requests query queries comment comments
    quick dm dms
""".split())
# "Let me take a stab at this", "have a stab at it": an attempt, the verb before the
# stab and "at" after it ("he took a stab wound" has no "at").
STAB_TRIED = frozenset("take taking took taken have having had give giving make made".split())
# "I always choke when I speak in public": a habit of nerves, no airway blocked.
HABITUAL = frozenset("always usually often sometimes generally normally tend tends".split())
# "My team is blowing up my phone": messages, the machine one's own right after "up".
BLOWN_UP_EXTRA = frozenset("inbox notifications mentions dms feed timeline".split())
# "Will they pass out printed copies?": things handed out, no one fainting.
HANDED_OUT = frozenset("""
    copies copy programme programmes program programs flyers flyer leaflets leaflet
    brochures badges documents papers handouts handout materials agendas forms headsets
    water lanyards printed paper free name tags tickets certificates booklets maps snacks
    samples pens bags
""".split())
# A word in -able or -ible names a property ("a collapsible umbrella", "breakable
# items"), never an event; but these are what someone feels, and some triggers are
# written with them ("he makes me uncomfortable").
FEELINGS_IN_ABLE = frozenset("""
    uncomfortable unbearable uncontrollable unstoppable unreachable inconsolable
    unbreathable miserable vulnerable
""".split())
# "Only a faint idea where the room is": faint before what is faint, not a faint.
FAINT_NOUNS = frozenset("""
    idea ideas hope memory memories recollection clue notion chance sense trace hint
    outline line lines print light glow voice praise smile resemblance
""".split())

# Thirty-ninth round. "At least" is an idiom ("can I at least watch the webcast?"): its
# "least" is no least-guarded door.
# A way back in asked ("come back in without queuing at screening again"): one's own
# re-entry, no gap in the screening. Words after "without" up to this many, or before it.
REENTRY = frozenset("again back reenter re-enter readmitted readmission reentry re-entry".split())
REENTRY_REACH = 5
# "My boss will kill me if I don't bring the document": the boss is one's own, and a
# lapse said with a negation; "he will kill me if I don't pay" names no one's own boss.
OWN_BOSSES = frozenset("""
    boss bosses manager supervisor director editor team wife husband mum mom mother dad
    father minister ambassador chief head partner colleagues driver assistant secretary
    family
""".split())
# Of those, the ones met at work, whose anger at any lapse is the idiom ("my driver will
# kill me if he gets another ticket"); of one's family only "... if I don't" is read so.
WORK_BOSSES = OWN_BOSSES - frozenset(
    "wife husband mum mom mother dad father partner family".split())
# Words before a blow felt, not dealt ("the speech was a punch in the gut"), besides the
# linking words (``LINKING_BEFORE``).
PUNCH_FELT = frozenset("felt feels like".split())
# "The hashtag is blowing up on Twitter": trending, said of a post or a platform.
TRENDING_SUBJECTS = frozenset("""
    hashtag hashtags post posts tweet tweets video videos story thread threads chat
    chats group mentions
""".split())
TRENDING_PLACES = frozenset("""
    online internet socials social twitter x instagram insta facebook linkedin tiktok
""".split())

# Fortieth round. Idioms of a gun ("stick to my guns", "jumped the gun"): no weapon.
GUN_WORDS = frozenset("gun guns".split())
# "At the risk of sounding like a lost child": a simile, no child lost.
SIMILE = frozenset("like as".split())
# A plant that is a thing ("potted plants"), not one planted ("they planted a bomb"): a
# bomb or a device right after it.
PLANTED_THINGS = frozenset("""
    bomb bombs device devices explosive explosives something ied ieds it them one
""".split())

# Forty-first round. Held hostage by a thing ("held hostage by my inbox"): busy, no
# captor. The thing within two words of "by".
HOSTAGE_WORDS = frozenset("hostage hostages".split())
BUSY_THINGS = MACHINES | frozenset("""
    inbox inboxes emails email work deadlines deadline meetings meeting schedule calendar
    traffic paperwork jetlag jet lag slides homework diary
""".split())
# "I'm suspicious the times are in UTC": a doubt of the asker's own, no item near it.
DOUBTERS = (("i", "am"), ("we", "are"), ("i", "m"))
DOUBT_REACH = 6
# Conditions one has ("I tend to faint at the sight of blood"), said with a habit word.
HABIT_STEMS_WORDS = ("choke", "faint")
# "Down the corridor", "down the stairs": a direction, no one down ("man down in the
# corridor" keeps "in").
PATHS = frozenset("""
    corridor corridors hall hallway stairs steps staircase street road escalator
    escalators aisle path lane avenue ave block ramp
""".split())
