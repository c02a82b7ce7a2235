"""Urgent topics the bot knows without being told: for FAQ files with no ``urgent:``
section, which is most organisers' files (the shared eval file among them).

Issue 9 makes urgent topics organiser-defined, with the venue's own numbers. A file
that defines none would otherwise treat "my colleague just collapsed in the GA hall"
as an ordinary question: a did-you-mean led by the GA hall, or "I don't know yet".
These topics recognise the same emergencies in the same way (the triggers are the
bundled FAQ's, written in the organisers' trigger syntax over the core's concepts,
and general to any meeting), but their answers cannot know the venue: the reply is a
general safety instruction followed by the file's own entry on medical help or on
emergencies when it has one (see ``answering.standing_entry``), so the numbers the
organisers did write are shown. An organiser's ``urgent:`` section, even one topic,
replaces them all: the organisers have then said what counts as urgent.
"""

from __future__ import annotations

from bot.core.models import AlertKind, AlertTopic, KnowledgeBase

STANDING_TOPICS: tuple[AlertTopic, ...] = (
    AlertTopic(
        id='standing-medical-emergency',
        kind=AlertKind.URGENT,
        topic='Medical emergency',
        answer=(
            'If someone is seriously ill or hurt: call the local emergency number, or tell '
            'the nearest security officer or member of staff right away. Stay with the '
            'person, do not move them if they may be injured, and keep the way clear.'
        ),
        triggers=(
            'collapsed',
            'fainted',
            'passed out',
            'unconscious',
            'unresponsive',
            'not breathing',
            'can not breathe',
            'stopped breathing',
            'heart attack',
            'chest pain',
            'pain + chest/heart/arm/breathing',
            'having a stroke',
            'seizure',
            'convulsing',
            'choking',
            'bleeding',
            'badly hurt',
            'seriously injured',
            'allergic reaction',
            'anaphylactic',
            'ambulance',
            'medical emergency',
            'need a doctor now',
            'lying on the floor',
            'man down',
            'turning blue',
            'diabetic/sugar/insulin + shaking/confused/low/collapsed/unwell/faint',
            'overdose',
            'CPR',
            (
                '@kit + @now/@hurry/@sign/@collapse/now/nearest/anywhere/anyone have/'
                'anyone has/somebody has/grab/fetch'
            ),
            '@kit!',
            '@doctor!',
            'blood + lots/badly/everywhere/much/pouring',
            'cut/cuts/burned/burnt + badly/deep/blood/bleeding',
            'fell/fallen/tripped/slipped + hurt/injured/bleeding/broken/head/unconscious/help',
            "can't/cannot/unable + breathe/move/wake/stand",
            'desmayó/desmayado/desmayada/inconsciente/ambulancia',
            'évanoui/évanouie/inconscient/inconsciente/malaise',
            'без сознания',
            'потерял/потеряла + сознание',
            # Not the word alone: "скоро" (soon) and "скорее" have its stem.
            'скорую помощь/скорая помощь/скорой помощи',
            'вызовите/вызвать/вызывайте/вызови/вызвали/вызовем + скорую/скорая/скорой',
            'فقد الوعي',
            'إسعاف',
            'أغمي',
            '晕倒',
            '昏迷',
            '救护车',
            '@collapse',
            '@still + @person/@child/@sign',
            '@sign + @sign',
            '@sign + @body',
            '@self-harm',
            '@doctor + @hurry',
            '@jump + @height',
        ),
        examples=(
            "my colleague collapsed in the corridor and isn't responding",
            'someone just fainted in the conference room, we need a doctor now',
            'a man is lying on the floor near the entrance and not moving',
            'the speaker is having chest pains and can barely breathe',
            'an older delegate fell down the stairs and is bleeding from his head',
            'I think the woman next to me is having a seizure',
            'my friend is having a severe allergic reaction, her throat is swelling',
            "he's diabetic and seems confused and shaky, can someone help",
            'there is a person choking at the lunch table',
            "I feel very dizzy and my heart is racing, I think I'm going to pass out",
            'someone in row 12 suddenly went pale and slumped over in his chair',
            'please send medical help to the second floor restroom, a lady is hurt',
            'an interpreter cut her hand badly and there is a lot of blood',
            "a participant can't breathe properly and his lips are turning blue",
            'my colleague hit his head and keeps vomiting',
        ),
    ),
    AlertTopic(
        id='standing-fire-evacuation',
        kind=AlertKind.URGENT,
        topic='Fire, smoke or evacuation',
        answer=(
            'If there is fire or smoke, or the alarm sounds: leave by the nearest emergency '
            'exit, do not use the lifts, and follow the instructions of security staff. '
            'Report fire or smoke to the local emergency number or the nearest security '
            'officer.'
        ),
        triggers=(
            'fire!',
            'on fire',
            'caught fire',
            'set/caught/catch/catches/catching + alight',
            (
                'fire + building/room/hall/floor/kitchen/lobby/stairwell/stairs/corridor/'
                'toilets/cafeteria/everyone/help/flames/spreading/bin/trash/outside/centre/'
                'office/desk/started/broke'
            ),
            'there is smoke',
            'smoke + detector/black/thick',
            (
                'smoke + coming/everywhere/filling/pouring/stairwell/corridor/ceiling/vent/'
                'kitchen/alarm/see/smell/seeping/creeping/drifting/leaking/under the door/'
                'through the door/getting in'
            ),
            'burning/burnt/burned + smell/smells/smelling/something/plastic',
            'flames',
            'alarm + going/ringing/sounding/beeping/blaring/went',
            '@alarm + went off/going off/gone off/goes off/just went',
            'being evacuated',
            'we are evacuating',
            'evacuate now',
            'evacuate the building',
            'explosion + heard/loud/big/was/there/just',
            'loud bang',
            'blast',
            'gas leak',
            'smell of gas',
            'incendie/fumée/évacuation',
            'incendio/humo/fuego/evacuación',
            'пожар/дым/горит/эвакуация',
            'حريق/دخان/إخلاء',
            '着火',
            '火灾',
            '冒烟',
            '起火',
            'smoke/smoky/hazy/haze + room/hall/floor/lobby/air/hallway/upstairs/downstairs',
            'is burning',
            '火警',
            '有烟',
            '烟雾',
            '@alarm + @leave',
            (
                '@alarm + should we leave/should we go/do we leave/do we have to leave/'
                'should we get out/must we leave/should i leave'
            ),
            '@alarm + @now',
            '@blaze + @blaze',
            '@gas',
            'fire + @place',
            'smoke + @place',
        ),
        examples=(
            "there's smoke coming out of the kitchen near the cafeteria",
            'I can smell something burning in the basement corridor',
            'the fire alarm is ringing on our floor, should we get out?',
            'there are flames in a waste bin by the press area',
            'everyone is being evacuated from the building, where do we go?',
            'a laptop battery caught fire in meeting room 4',
            'the alarm went off and people are running to the stairs',
            'thick smoke is filling the hallway outside the hall',
            'sparks and a burning smell from an electrical socket behind the stage',
            'we are stuck on the third floor and the stairwell is full of smoke',
            'they just announced an evacuation over the loudspeakers, what do I do',
        ),
    ),
    AlertTopic(
        id='standing-suspicious-item',
        kind=AlertKind.URGENT,
        topic='Unattended or suspicious item',
        answer=(
            'Do not touch or move it. Move away, keep others away, and tell the nearest '
            'security officer or member of staff at once. Say where it is and what it looks '
            'like.'
        ),
        triggers=(
            'unattended',
            'suspicious',
            'abandoned',
            'unclaimed',
            (
                'bag/bags/rucksack/backpack/suitcase/luggage/package/parcel/box/briefcase/'
                'case/trolley/duffel + alone/nobody/noone/ownerless/walked/strange/weird/'
                'odd/ticking/wires/unknown/claimed/owner/taped/label'
            ),
            (
                'someone/somebody/man/guy/woman/person/stranger + left/put/dropped/placed/'
                'abandoned + bag/bags/rucksack/backpack/suitcase/luggage/package/parcel/'
                'box/briefcase'
            ),
            'wires sticking out',
            'ticking',
            'explosive device',
            'is there a bomb',
            'strange/weird/odd/suspicious + object/device/tube/pipe/item/thing',
            'tape/taped/wires/wire + tube/pipe/object/device/canister',
            (
                'bag/bags/rucksack/backpack/suitcase/package/parcel/box/'
                'briefcase + not come back/not came back/never came back/not returned/'
                'never returned/not collected/never collected/no one came back/'
                'nobody came back/no one collected/nobody collected/no one returned/'
                'nobody returned'
            ),
            'sin dueño/abandonado/abandonada/sospechoso/sospechosa',
            'sans surveillance/abandonné/abandonnée',
            # French "suspect" only beside a thing: alone it is English too ("terrorism
            # suspects", "as I suspect").
            'colis/sac/sacs/objet/bagage/valise/paquet/carton + suspect/suspecte/suspects',
            'без присмотра',
            'подозрительный/подозрительная/оставленная',
            'مشبوه/متروكة/مشبوهة',
            '无人看管',
            '可疑',
            '@item + @unowned',
            '@item + @hazard',
            '@odd + @hazard',
            '@drone + @hovering',
            '@fastened + @underside',
            (
                'device/devices/box/package/parcel/bag/backpack/rucksack/suitcase/briefcase/'
                'container/canister/object/gadget + @blinking + @come-upon'
            ),
        ),
        examples=(
            "there's a backpack that has been sitting alone under a bench for an hour",
            'someone left a suitcase by the main door and walked away',
            'I saw an abandoned bag in the restroom that nobody is claiming',
            'a strange package with wires sticking out is next to the escalator',
            'an unattended box has been in the lobby all morning',
            'a man dropped a bag near the security line and left quickly',
            'there is a parcel with no owner under a chair in the gallery',
            'an odd-looking container is leaking something near the coffee stand',
            "a holdall has been left on the floor of the visitors' entrance for ages",
            "nobody knows whose bag this is in the second row, it's been there since the break",
        ),
    ),
    AlertTopic(
        id='standing-threat-violence',
        kind=AlertKind.URGENT,
        topic='Violence or a threat',
        answer=(
            'Get yourself to safety first. Then tell the nearest security officer, or call '
            'the local emergency number, and say where it is happening and what you saw.'
        ),
        triggers=(
            (
                'knife/knives/gun/pistol/rifle/machete/sword/swords/sabre/weapon + man/guy/'
                'someone/person/woman/he/she/has/pulled/waving/pointing'
            ),
            'gunman',
            '@explosive + @claims',
            '@vehicle + @rammed + @barrier',
            '@armed-with + @person',
            'someone/man/guy/people/somebody + shooting',
            'shooting + heard/people/gun/guns',
            'shots fired',
            'was shot/been shot/got shot/were shot',
            'gunshots',
            'gunfire',
            'stabbed',
            'stabbing',
            'being attacked',
            'attacked me',
            'attacked someone',
            'attacked/attacking + guard/guards/officer/officers/staff/usher/woman/man',
            'under attack',
            'attack + progress/now/happening/lobby/hall/building/help/being/ongoing',
            'fighting/fight/brawl + guys/men/people/two/cafeteria/lobby/hall/security/help',
            (
                'hitting/punching/kicking/throwing/beating/threw/thrown + people/guard/'
                'guards/someone/chairs/chair/security/woman/man/him/her/usher/ushers/staff/'
                'officer/speaker/speakers/panel/panellists/panelists/moderator'
            ),
            'punched',
            'threatening me',
            'threatened me',
            'threatening people',
            (
                'threatening/threatened/threatens + staff/guard/everyone/security/panel/'
                'panellists/panelists/speaker/speakers/audience/chair/people/delegates/'
                'journalists/us/them'
            ),
            'making threats',
            'death threat',
            'bomb threat',
            'bomb + building/here/hall/room/note/planted/going/placed',
            (
                'bomber/bombers/suicide vest/explosive vest/bomb vest/kamikaze/'
                'terroriste kamikaze/terrorista suicida/смертник/смертница/انتحاري/'
                '人肉炸弹 + @someone/@place/@here/there/saw/seen/spotted/inside/outside/wearing'
            ),
            'blow himself up',
            'blow up',
            'broken bottle',
            'kill everyone',
            'going to kill',
            'will kill',
            'threatening to kill',
            'hostage',
            'intruder',
            'jumped the barrier',
            'violent man',
            'aggressive man',
            'lockdown',
            'aggressive/violent + guy/man/woman/person/someone/people/very/getting',
            'screaming/shouting/yelling + shoving/pushing/threatening/threats/attacking/hitting',
            "armé/armée + homme/individu/quelqu'un/menace",
            'menace/menacent/menaçant + gens/personnes/nous',
            (
                'armado/armada + hombre/hombres/alguien/tipo/tipos/persona/personas/'
                'individuo/individuos/mujer/gente/amenaza'
            ),
            'disparos/tiroteo/pelea',
            'coups de feu/fusillade/agression/bagarre',
            'стрельба/нападение/вооружённый/вооруженный/драка',
            'إطلاق نار',
            'مسلح/هجوم',
            '枪声/持刀/袭击',
            '@weapon + @menace',
            '@gunshot',
            '@panic + @screams',
            '@blade + @someone',
            '@blade + pulled/pulls/pulling/waving/waved/brandishing/brandished/swinging/'
            'slashing/lunging',
            '@brawling',
            '@warned + @harm',
            '@menace + @destroy',
            (
                '@menace + hurt/harm/stab/beat/punch/hit/attack + speaker/people/everyone/'
                'us/them/him/her/someone/delegates/staff/guard/guards/you/me/audience/chair/'
                'moderator/moderators/panellist/panellists/panelist/panelists/presenter/'
                'presenters/host'
            ),
            '@vowed',
            '@someone + @weapon + @holding',
            '@warned + @veiled',
            '@warned + @marked',
            '@veiled + @someone/@fear',
            '@hiding + @shooting/@gunshot/@weapon/@blade/@screams',
            '@shooting + @now',
            'active shooter',
            '@assails + @victims',
            '@throttled + @someone',
            '@beaten',
            '@swung + @club',
            '@sprayed + @in-face',
        ),
        examples=(
            "a man is shouting that he has a gun outside the visitors' entrance",
            'two people are fighting in the lobby and one is hurt',
            'someone just threatened to blow up the building',
            'I heard what sounded like gunshots near the north gate',
            'a person with a knife is running through the corridor',
            'an aggressive man is yelling threats at the delegates in the cafeteria',
            'I received a message saying there will be an attack at the venue today',
            'a protester pushed a security guard and punched him',
            'someone is attacking people near the entrance, please help',
            "there's a man in the hall who says he will kill the speaker",
            "we are hiding in a meeting room, there's an active shooter",
            'a guy is hitting a woman in the car park',
        ),
    ),
    AlertTopic(
        id='standing-lost-child',
        kind=AlertKind.URGENT,
        topic='A lost child',
        answer=(
            'Stay where you are if you are with the child, and tell the nearest security '
            "officer or member of staff at once. Give the child's name, age and what they "
            'are wearing, and where they were last seen.'
        ),
        triggers=(
            (
                'child/children/kid/kids/son/daughter/boy/girl/toddler/baby/grandson/'
                'granddaughter/nephew/niece + missing/alone/wandered/wandering/disappeared/'
                'separated/ran/vanished'
            ),
            'lost child',
            'lost kid',
            'kid lost',
            'child lost',
            'boy lost',
            'girl lost',
            'lost my son',
            'lost my daughter',
            (
                "lost/can't find/cannot find + student/students/pupil/boy/girl/child/kid/"
                'son/daughter/toddler + year/years/old/answering/anywhere/group'
            ),
            (
                'find/finding/seen + child/children/kid/kids/son/daughter/boy/girl/toddler/'
                'baby/grandson/granddaughter/nephew/niece/year/years/yr/yrs'
            ),
            'niño/niña/hijo/hija + perdido/perdida/desaparecido/solo',
            'enfant/fils/fille + perdu/perdue/disparu/seul',
            'ребенок/ребёнок/сын/дочь + потерялся/потерялась/пропал/пропала',
            'طفل/طفلي/ابني/ابنتي + مفقود/ضاع/تائه',
            '孩子不见',
            '孩子走丢',
            '小孩走失',
            '@child + @gone',
        ),
        examples=(
            "I can't find my son, he's seven and was with me a minute ago",
            "a little girl is crying alone by the lifts and can't find her parents",
            "my daughter wandered off in the visitors' lobby, please help",
            'we lost our kid in the crowd near the exhibition',
            "there's a small boy on his own near the gift shop asking for his mum",
            'my 5 year old is missing, he has a red jacket',
            "has anyone seen a young child in a blue dress, she's lost",
            'a toddler is walking around without any adult on the ground floor',
            "my nephew disappeared during the tour, he's only eight",
        ),
    ),
    AlertTopic(
        id='standing-harassment',
        kind=AlertKind.URGENT,
        topic='Harassment or assault',
        answer=(
            'If you are in danger, get to a safe place and tell the nearest security '
            'officer or member of staff, or call the local emergency number. What happened '
            'is taken seriously.'
        ),
        triggers=(
            (
                'harassing/harassed/harass + me/her/him/us/colleague/someone/woman/interns/'
                'staff/now'
            ),
            'sexual harassment',
            'groped',
            'groping',
            'molested',
            'touched me',
            'touch + me/her/women/woman/girls/girl/us/colleague/intern',
            (
                'grabbed/groped/touched/touching/touches/groping/grabbing/dragged/dragging + '
                'me/her/my/him/'
                'colleague/intern/women/woman/girls/people/someone/participants/delegates'
            ),
            'assaulted',
            'stalking',
            'stalked',
            'following me',
            'followed me',
            'keeps following',
            'intimidating me',
            'cornered me',
            'not leave me alone/not leave her alone/not leave us alone',
            'sexual comments',
            'inappropriate + touching/comments/touched/advances',
            (
                'hand/hands + leg/legs/knee/knees/thigh/thighs/waist/bottom/butt/bum/hip/'
                'hips/breast/breasts + put/puts/putting/placed/placing/keeps/kept/rubbing/'
                'rubbed/stroking/stroked/resting/rests/moving + my/her'
            ),
            'exposed himself',
            'feel unsafe',
            'pinned me',
            'tried to kiss',
            'kissed me',
            'rubbing against',
            (
                'forced a kiss/forced kiss/forcibly kissed/pressing himself/pressed himself/'
                'rubbing himself/rubbed himself'
            ),
            'filming + skirts/women/under/up',
            'following me',
            'followed me',
            'following her',
            'followed her',
            'being followed',
            'followed + restroom/toilet/toilets/ladies/lift',
            'suit + touche/touché',
            'acoso/acosando/acosó/harcèlement/harcèle/домогательство/пристаёт/пристает',
            'تحرش/يتحرش',
            '骚扰',
            '@harass + @fear',
            '@harass + @harass',
            '@passive + @victimised',
            '@sent-me + @harass/@menace',
            '@stalked',
            '@forced-in + @closed-room',
            '@indecent',
            '@lewd',
            '@pinned + @against-wall',
            '@pinned + me/her/him/us/them + @to-surface',
            'photos/pictures/photographing/filming/camera + skirt/skirts/dress/dresses',
            ('stroking/caressing/caressed/caresses/fondling/fondled/fondles/'
             'sniffing/sniffed + my/her + hair/neck/face/cheek/cheeks/back/shoulder/shoulders/'
             'arm/arms/leg/legs/thigh/thighs/knee/knees/waist/ear/ears/lips'),
        ),
        examples=(
            'a man keeps touching me inappropriately during the reception',
            "someone has been following me around the building all day and it's scaring me",
            "a delegate made sexual comments to me and won't leave me alone",
            'I was groped in the crowded lift',
            'a colleague cornered me in the corridor and grabbed my arm',
            'someone keeps sending me threatening and obscene messages here at the conference',
            'a participant is harassing the young volunteers at the registration desk',
            'I was sexually assaulted last night by another attendee',
            'a man took photos under my skirt on the escalator',
            'he keeps staring and making lewd remarks whenever I walk past',
        ),
    ),
)


# The one standing topic shown with the file's medical entry rather than its emergency one.
MEDICAL_TOPIC = "standing-medical-emergency"

def alert_topics(kb: KnowledgeBase) -> tuple[AlertTopic, ...]:
    """The topics a file's messages are checked against: its own, with the standing
    urgent topics first when it defines no urgent topic of its own."""
    if any(t.kind is AlertKind.URGENT for t in kb.alerts):
        return kb.alerts
    return STANDING_TOPICS + kb.alerts


def is_standing(topic: AlertTopic) -> bool:
    """One of these topics (by identity: an organiser may name an id the same way)."""
    return any(topic is t for t in STANDING_TOPICS)
