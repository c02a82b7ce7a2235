"""Words about words: filler to ignore, chat and UN abbreviations, synonyms.

General conference and UN vocabulary only, never phrasings of particular FAQ
entries: the same lexicon has to serve any conference's FAQ file.
"""

from __future__ import annotations

# Function words and chat filler: they say nothing about which entry is meant.
STOPWORDS: frozenset[str] = frozenset(
    """
    a about above actually after again against all also am an and any anybody anyone
    anything anyway are around as at be because been before being below between both
    but by can could did do does doing done down during each either else even ever
    every few for from further get gets getting got had has have having he her here
    hers herself him himself his greeting however i if in into is it its itself just
    kind know let like may me might mine more most much must my myself need needs no
    nor not now of off on once one only or other ought our ours ourselves out over
    own please pls plz really same shall she should so some somebody someone
    something sort still such than thank thanks thx that the their theirs them
    themselves then there these they thing things this those though through to too
    under until up upon us very want wanted wants was way we well were whats
    whenever whether which while whom whose why will with within without would yes
    yet you your yours yourself yourselves hi hello hey dear ok okay oh um uh hmm
    lol guys sorry excuse sir madam folks everyone anybody tell give show find help
    greeting
    wondering wonder question quick pleas cheers regards good great new here going
    gonna wanna gotta ask asking anyone possible possibly able asks vs versus another along
    per till tho
    omg ugh argh oops whoops yikes gosh jeez geez eh ahh erm hmmm ummm btw fyi tbh idk
    hola bonjour salut ciao hallo por favor gracias merci svp bitte danke obrigado grazie
    entschuldigung disculpe perdon excusez desculpe shukran salam salaam assalamu alaikum
    inshallah namaste bhai yaar
    """.split()
)

# Verbs and nouns that appear in questions about anything ("can I take part",
# "is X allowed", "where is it held"), and the people around the asker ("my boss wants
# to know", "for my colleagues"), which say who asks, not what: they count, but for
# little.
GENERIC_WORDS: frozenset[str] = frozenset(
    """
    go goes going went come comes coming came take takes taking took part make makes
    made use used using work works working held hold holds allow allowed allowing
    permitted provide provided providing include included including available
    availability see look looking try trying tried put keep happen happens happened
    supposed deliver covered cover offer offered exist exists send sent receive
    received regarding concerning related information details detail anything
    somewhere someone people person day days time times also mean means meant today
    tomorrow tonight yesterday morning afternoon evening night later soon week weekend many long
    what when where who how anywhere everything everyone guy bad deal join behind
    keeps keeping saying say said feel feeling separate grab talk talking relate
    actual kindly sure exactly basically literally boss bosses colleague colleagues
    coworker coworkers advise confirm enquire inquire explain understand problem problems
    acceptable overall linked deals pardon realised realized hoping
    usually necessary separately beforehand convenient ourself
    roughly think thinking grateful never asked told whole hope bit big
    finds far half principal principals police officer officers honestly freelance
    exact procedure procedures hr safe city trip enough volunteer volunteers
    coordinate carry bring brings bringing brought home file department logistics comms
    advice silly simply obvious compulsory mandatory obligatory required
    pocket current best link sit turn straight earlier afterwards mission missions
    team ahead writing listen early director inside late land lands landing attend two
    participant participants delegate delegates expected expect distinguished esteemed
    facility facilities
    location located
    place
    discuss discussed discusses discussing covers covering tackle tackled tackles
    near nearby
    mr mrs ms mme dr ministry ministries application applications
    end head agency agencies
    decent
    small tiny
    severe
    follow
    given
    """.split()
)

# Greetings, thanks and goodbyes: a message of only these is small talk, not a
# question. Each word says which friendly reply fits ("filler" words fit any).
_SMALL_TALK_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "hi hello hey hiya yo dear greeting greetings morning afternoon evening howdy".split(),
        "greeting"),
    **dict.fromkeys(
        "thanks thank thx ty tysm cheers appreciate appreciated grateful merci gracias "
        "danke".split(), "thanks"),
    **dict.fromkeys("bye goodbye cya later night goodnight ciao".split(), "goodbye"),
    **dict.fromkeys(
        "ok okay okey k kk great good nice cool awesome perfect brilliant excellent super "
        "lovely wonderful amazing fine noted gotcha got understood sure alright right yes "
        "yeah yep haha hahaha lol lmao hehe wow ah oh helpful useful helps helped kind kindly "
        "sorted best".split(), "acknowledgement"),
    **dict.fromkeys(
        "you a lot so much very much all everyone there bot sir madam it that this is "
        "was for the again really indeed are mate guys folks team have day your "
        "help job clear sense makes now and".split(), "filler"),
}
SMALL_TALK_KINDS: dict[str, str] = {w: k for w, k in _SMALL_TALK_WORDS.items()}

# Abbreviations expanded before stemming, on questions and entries alike.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    # chat
    "u": ("you",), "ur": ("your",), "r": ("are",), "pls": ("please",), "plz": ("please",),
    "ppl": ("people",), "ppls": ("people",), "thx": ("thanks",), "ty": ("thanks",),
    "b4": ("before",), "w": ("with",), "wat": ("what",), "wats": ("what",), "wot": ("what",),
    "wots": ("what",), "wut": ("what",), "wuts": ("what",), "whr": ("where",), "wen": ("when",),
    "abt": ("about",), "bc": ("because",), "cuz": ("because",), "im": ("i", "am"),
    "dont": ("do", "not"), "cant": ("can", "not"), "isnt": ("is", "not"), "wont": ("will", "not"),
    "doesnt": ("does", "not"), "didnt": ("did", "not"), "arent": ("are", "not"),
    "whats": ("what",), "wheres": ("where",), "whens": ("when",), "hows": ("how",),
    "whos": ("who",),
    # small words typed with a slip, too short for the typo search (none a word itself)
    "ther": ("there",), "thier": ("their",), "waht": ("what",), "whta": ("what",),
    "wich": ("which",), "whcih": ("which",), "wehre": ("where",), "wiht": ("with",),
    "taht": ("that",), "thsi": ("this",), "tihs": ("this",), "adn": ("and",),
    "becuase": ("because",), "becasue": ("because",),
    "whose": ("who",),
    "tmrw": ("tomorrow",), "tmr": ("tomorrow",), "tmrow": ("tomorrow",), "2moro": ("tomorrow",),
    "tonite": ("tonight",), "2nite": ("tonight",), "nite": ("night",), "tdy": ("today",),
    "2day": ("today",), "arvo": ("afternoon",), "l8r": ("later",), "rite": ("right",),
    "nxt": ("next",), "evnt": ("event",), "evnts": ("events",),
    "sess": ("session",), "sesh": ("session",),
    "mon": ("monday",), "tue": ("tuesday",), "tues": ("tuesday",), "wed": ("wednesday",),
    "thu": ("thursday",), "thur": ("thursday",), "thurs": ("thursday",), "fri": ("friday",),
    "sat": ("saturday",), "sun": ("sunday",),
    "info": ("information",), "pic": ("picture",), "pics": ("pictures",), "pix": ("pictures",),
    "mins": ("minutes",), "min": ("minutes",), "hrs": ("hours",),
    "ssid": ("wifi", "network"), "pwd": ("password",), "pw": ("password",), "passwd": ("password",),
    "msg": ("message",), "mtg": ("meeting",), "conf": ("conference",), "govt": ("government",),
    "intl": ("international",), "dept": ("department",), "approx": ("approximately",),
    "accom": ("accommodation",), "rego": ("registration",), "reg": ("registration",),
    "bilat": ("bilateral",), "bilats": ("bilateral",), "bilaterals": ("bilateral",),
    "loc": ("location",), "rm": ("room",), "rms": ("rooms",), "addr": ("address",),
    "ph": ("phone",), "tel": ("telephone",), "pkg": ("package",), "pkgs": ("packages",),
    "rn": ("right", "now"), "wher": ("where",),
    "whre": ("where",), "hw": ("how",), "teh": ("the",), "thru": ("through",),
    "shud": ("should",), "shd": ("should",), "shld": ("should",), "wud": ("would",),
    "wld": ("would",), "cud": ("could",), "cld": ("could",), "frm": ("from",),
    "mtgs": ("meetings",), "tech": ("technology",),
    "rep": ("representative",), "reps": ("representatives",),
    "uni": ("university",), "rehab": ("rehabilitation",), "intro": ("introduction",),
    "admin": ("administration",), "presser": ("press", "conference"),
    "pressers": ("press", "conferences"),
    "whit": ("what",),  # Scots: "whit happens at plenary 4?"
    "ny": ("new", "york"), "nyc": ("new", "york"), "wht": ("what",), "whn": ("when",),
    "ave": ("avenue",), "av": ("avenue",), "st": ("street",), "doc": ("document",),
    "docs": ("documents",), "infra": ("infrastructure",), "dg": ("director", "general"),
    "gmt": ("time", "zone"), "utc": ("time", "zone"), "tz": ("time", "zone"),
    "edt": ("time", "zone"), "evt": ("event",), "evts": ("events",),
    # UN shorthand that serves any meeting at the UN (a conference's own terms go in
    # its FAQ file's glossary)
    "ga": ("general", "assembly"), "unga": ("general", "assembly"),
    "sg": ("secretary", "general"), "unsg": ("secretary", "general"),
    "usg": ("under", "secretary", "general"), "pga": ("president", "general", "assembly"),
    "sc": ("security", "council"), "unsc": ("security", "council"),
    "ctc": ("counter", "terrorism", "committee"),
    "unhq": ("un", "headquarters"), "hq": ("headquarters",),
    "hod": ("head", "delegation"), "hods": ("heads", "delegation"),
    "ngo": ("ngo", "civil", "society"), "ngos": ("ngo", "civil", "society"),
    "cso": ("civil", "society"), "csos": ("civil", "society"),
    "wg": ("working", "group"), "wgs": ("working", "groups"),
    "pm": ("pm",), "am": ("am",),
}

# The verbs of "turn up", "show up", "rock up": arriving, in the joined terms below.
_TURN_UP = ("turn", "turns", "turning", "turned", "show", "shows", "showing", "showed", "rock")
# Multi-word terms people write apart or together; joined into one token (or, where a
# value has a space, into the words it spells).
JOINED_TERMS: dict[tuple[str, ...], str] = {
    ("wi", "fi"): "wifi", ("wi", "-", "fi"): "wifi", ("x", "ray"): "xray",
    # A wifi pass is its password, not an entry pass: "wifi pass?"
    ("wifi", "pass"): "wifi password", ("wi", "fi", "pass"): "wifi password",
    ("wi", "-", "fi", "pass"): "wifi password",
    # A network's name is the network, which an entry gives without the word "name":
    # "whats the wi-fi network name"
    ("network", "name"): "network", ("wifi", "name"): "wifi network",
    ("wifi", "network", "name"): "wifi network",
    ("e", "mail"): "email", ("log", "in"): "login", ("sign", "up"): "signup",
    ("first", "aid"): "firstaid", ("check", "in"): "checkin", ("web", "tv"): "webtv",
    ("live", "stream"): "livestream", ("web", "cast"): "webcast", ("on", "line"): "online",
    ("side", "event"): "sideevent", ("side", "events"): "sideevent",
    ("sideevents",): "sideevent",
    ("laissez", "passer"): "laissezpasser", ("grounds", "pass"): "groundspass",
    ("sign", "language"): "signlanguage",
    # International Sign is a sign language, and a sign interpreter interprets one ("we
    # need International Sign for a delegate": "sign" alone reads as signing up)
    ("international", "sign"): "international signlanguage sign",
    **{("sign", word): f"signlanguage {word}" for word in (
        "interpreter", "interpreters", "interpretation", "interpreting", "interpreted")},
    ("lost", "and", "found"): "lostfound",
    ("lost", "found"): "lostfound", ("hard", "of", "hearing"): "deaf",
    # "I left my scarf in the hall": the asker's own thing, lost ("a bag left behind" is
    # nobody's, which the alerts read as such).
    ("left", "my"): "lost",
    # ... and so is one's own thing one cannot find ("i cant find my badge anywhere"),
    # not a place one cannot find ("I can't find the Trusteeship Council Chamber"), nor
    # a person ("we cannot find her": "her" and "his" may be either, and are left). The
    # words said are kept before "lost" ("cannot" as "can not", as the alerts read it):
    # the alerts read "can't find my child" by them.
    **{(*said, "find", whose): f"{read} find lost {whose}"
       for said, read in ((("can", "not"), "can not"), (("could", "not"), "could not"),
                          (("cannot",), "can not"))
       for whose in ("my", "our")},
    # Glasses to read with are glasses ("left my reading glasses in the hall").
    ("reading", "glasses"): "glasses",
    ("coat", "check"): "cloakroom", ("dress", "code"): "dresscode",
    # a way of dressing: "suit and tie or smart casual?"
    ("smart", "casual"): "casual",
    ("flat", "white"): "coffee",
    ("name", "tag"): "nametag", ("name", "tags"): "nametag",
    ("per", "diem"): "perdiem", ("per", "diems"): "perdiem",
    ("pick", "up"): "pickup", ("picking", "up"): "pickup", ("picked", "up"): "pickup",
    ("pick", "-", "up"): "pickup",
    # "will somebody pick me up at the airport?": the airport pickup
    **{(verb, whom, "up"): "pickup" for verb in ("pick", "picks", "picking")
       for whom in ("me", "us", "him", "her", "them")},
    # Getting a badge or pass is collecting it: "can i get my badge the day before?",
    # "where do we grab our passes", and in the words of other languages' speakers,
    # "where I can take my badge?", "which document I must show for receive my badge?"
    **{(verb, whose, thing): f"collect {thing}"
       for verb in ("get", "grab", "obtain", "receive", "take", "retrieve", "fetch")
       for whose in ("my", "our", "the", "a", "his", "her")
       for thing in ("badge", "badges", "pass", "passes", "lanyard", "accreditation")},
    # "what falls under the prevention theme?": what it covers
    ("falls", "under"): "covers", ("fall", "under"): "covers",
    # "any hotels within walking distance of the UN?": near it
    ("walking", "distance"): "near", ("walk", "distance"): "near",
    # "which sessions are off the record?": the closed ones
    ("off", "the", "record"): "closed",
    # ...and "are the breakouts on the record?" asks the same, not whether they are filmed
    ("on", "the", "record"): "closed",
    # "is session III open or closed door?", "behind closed doors": closed
    ("closed", "door"): "closed", ("closed", "doors"): "closed",
    ("behind", "closed", "door"): "closed", ("behind", "closed", "doors"): "closed",
    # "is lunch laid on for participants?": provided
    ("laid", "on"): "provided",
    # "how early should I turn up / show up on Thursday?": when to arrive (not within
    # KEPT_PHRASES' runs)
    **{(verb, "up"): "arrive" for verb in _TURN_UP},
    # "whose idea was this conference?": whose initiative it was ("whose" reads "who")
    ("who", "idea"): "who initiative",
    # "who's behind this meeting?": who organises it
    ("who", "is", "behind"): "who organises", ("who", "are", "behind"): "who organises",
    ("who", "behind"): "who organises",  # "who's", its "is" dropped
    # A price agreed for the meeting's guests, however it is called: "a special rate",
    # "a negotiated hotel rate", "a discounted rate".
    **{(how, *what, rate): " ".join(("discounted", *what, rate))
       for how in ("special", "reduced", "preferential", "negotiated", "discount", "corporate")
       for what in ((), ("hotel",), ("room",), ("group",))
       for rate in ("rate", "rates", "price", "prices")},
    # "how long to the United Nations from JFK?": the UN, as files mostly call it
    ("united", "nations"): "un",
    # "do they feed us at midday?" (not "a live feed")
    ("feed", "us"): "food", ("feed", "participants"): "food", ("feed", "delegates"): "food",
    ("feed", "people"): "food", ("feed", "everyone"): "food",
    ("power", "grid"): "grid", ("power", "grids"): "grid",
    ("break", "out"): "breakout", ("in", "charge", "of"): "head", ("in", "charge"): "head",
    ("q", "and", "a"): "qa", ("q", "a"): "qa",
}

# Runs kept as said, so that no shorter joined term inside them applies: "can I just
# turn up?", "show up without an invitation" ask whether one may walk in, not when to
# arrive.
KEPT_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    run for verb in _TURN_UP for run in (("just", verb, "up"), (verb, "up", "without"))
)

# Chat filler of several words: dropped before matching, as stopwords are.
FILLER_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split())
    for phrase in (
        "good morning", "good afternoon", "good evening", "by the way", "at some point",
        "i was wondering", "any chance", "just a quick", "long story short",
        "if possible", "if you can", "as soon as possible", "in advance", "in a nutshell",
        "to be honest", "would love to", "dear organisers", "dear organizers",
        # when, not what: "where can I pray during the day?"
        "during the day", "throughout the day", "during the daytime",
    )
)

# Groups of words that mean the same thing to someone asking at a conference.
# Matching treats two words of one group as near-equal (see matching.SYNONYM_SIMILARITY).
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("photo", "photos", "picture", "pictures", "photograph", "photography", "camera",
     "photographer", "snap", "snaps"),
    ("wifi", "wireless", "internet", "network", "connection", "online"),
    ("food", "eat", "eating", "lunch", "meal", "meals", "snack", "snacks", "catering", "breakfast",
     "dinner", "cafeteria", "cafe", "canteen", "restaurant", "restaurants", "hungry", "canapes",
     "sandwich", "sandwiches", "kitchen", "midday"),
    ("coffee", "tea", "drink", "drinks", "beverage", "refreshments", "water", "espresso",
     "cappuccino", "latte", "americano", "macchiato", "mocha"),
    # Where medicines are sold, in British and American English.
    ("pharmacy", "pharmacies", "chemist", "chemists", "drugstore", "drugstores"),
    ("doctor", "medical", "medic", "sick", "ill", "unwell", "firstaid", "nurse", "clinic",
     "hospital", "injured", "injury", "emergency", "ambulance", "health", "painkiller",
     "painkillers", "vaccination", "vaccinations", "vaccine", "vaccines", "jab", "jabs"),
    ("luggage", "suitcase", "suitcases", "baggage", "bags", "bag", "backpack", "handbag",
     "handbags", "purse"),
    ("coat", "coats", "jacket", "cloakroom", "umbrella", "hang", "hanger", "storage",
     "raincoat", "raincoats", "overcoat", "overcoats", "locker", "lockers"),
    # A conference's thematic strand: "the PVE track", "the financing stream".
    ("theme", "themes", "track", "tracks", "strand", "strands"),
    ("prayer", "pray", "praying", "prayers", "mosque", "chapel", "worship", "faith",
     "meditation", "multifaith", "salah", "salat", "solat", "sholat", "namaz", "jummah",
     "jumuah", "jumma", "church", "synagogue"),
    ("language", "languages", "interpretation", "interpreter", "interpreted", "translation",
     "translated", "translate", "interpreting", "headset", "earpiece", "earphone",
     "earphones", "headphone", "headphones"),
    ("webcast", "livestream", "stream", "streaming", "streamed", "broadcast", "broadcasted",
     "webtv", "watch", "video", "recorded", "recording", "recordings", "remotely", "remote",
     "replay"),
    ("journalist", "journalists", "press", "media", "reporters", "newsletter", "newspaper",
     "newspapers", "correspondent", "correspondents"),
    # What a meeting is meant to accomplish is what it aims to achieve.
    ("achieve", "achieves", "accomplish", "accomplishes"),
    ("badge", "badges", "pass", "accreditation", "credentials", "lanyard", "nametag"),
    # Picking a thing up is collecting it: "badge pickup", "where do I collect my pass".
    ("pickup", "pickups", "collect", "collecting", "collected", "collection"),
    ("visa", "visas", "embassy", "consulate"),
    ("hotel", "hotels", "accommodation", "lodging"),
    ("taxi", "taxis", "cab", "cabs", "uber", "lyft", "rideshare"),
    ("subway", "metro", "train", "trains", "underground", "transit", "bus", "station",
     "stations"),
    # A plane ticket is a flight: "who pays for my plane ticket", "airfare".
    ("airport", "airports", "flight", "flights", "fly", "flying", "plane", "planes",
     "airplane", "aeroplane", "airfare", "airfares"),
    ("parking", "park", "car", "cars", "driver", "chauffeur", "vehicle"),
    ("wheelchair", "accessible", "accessibility", "disability", "disabilities", "mobility",
     "ramp", "elevator", "lift", "stairs", "staircase"),
    ("deaf", "hearing", "captions", "captioning", "signlanguage"),
    # What one wears is the dress code's ("should I bring a jacket?", "jeans and sneakers?").
    ("dress", "dresscode", "attire", "wear", "wearing", "clothes", "clothing", "uniform", "suit",
     "tie", "casual", "formal", "jacket", "jackets", "blazer", "jeans", "sneakers", "trousers",
     "skirt", "skirts"),
    ("lost", "lose", "losing", "missing", "misplaced", "forgot", "lostfound", "found", "gone",
     "fell", "stolen"),
    # What people leave behind and hand in: lost property.
    ("property", "belongings", "wallet", "wallets", "keys", "glasses", "spectacles",
     "sunglasses", "scarf", "gloves", "umbrella"),
    # How warm or wet it is, outside or under the air conditioning.
    ("weather", "temperature", "temperatures", "cold", "cool", "chilly", "hot", "warm",
     "heat", "humid", "humidity", "rain", "rainy", "raining", "climate", "forecast",
     "sunny", "degrees"),
    # Spray cans are what a security check calls aerosols.
    ("aerosol", "aerosols", "spray", "sprays", "hairspray", "deodorant", "deodorants"),
    ("cost", "costs", "price", "fee", "fees", "pay", "paid", "charge", "fare", "expensive",
     "cheap", "free"),
    ("start", "starts", "begin", "begins", "beginning", "commence", "kick"),
    ("end", "ends", "finish", "finishes", "over", "conclude", "wrap"),
    ("programme", "program", "agenda", "schedule", "timetable", "itinerary"),
    ("speaker", "speakers", "speak", "speaking", "panelist", "panelists", "presenter",
     "speaks"),
    ("statement", "statements", "speech", "remarks", "intervention"),
    # Who chairs a session: "who presides over Session I?" (not its moderator, whom a
    # file that names the chair may not name).
    ("chair", "chairs", "chaired", "chairing", "chairperson", "chairman", "chairwoman",
     "preside", "presides", "presiding", "presided"),
    ("certificate", "certificates", "certification", "proof", "prove", "attestation"),
    ("register", "registration", "registering", "registered", "enrol", "enroll", "signup",
     "rsvp", "sign"),
    ("substitute", "substitution", "replace", "replacement", "swap", "instead"),
    ("phone", "telephone", "call", "number", "hotline", "ring", "dial", "dialling", "dialing"),
    ("contact", "email", "reach"),
    ("toilet", "toilets", "restroom", "restrooms", "bathroom", "bathrooms", "washroom", "wc"),
    ("document", "documents", "paper", "papers", "documentation", "pdf", "download"),
    ("young", "youth", "youngsters", "teenagers", "adolescents"),
    ("victim", "victims", "survivor", "survivors"),
    ("financing", "finance", "funding", "money", "funds", "financial"),
    ("online", "internet", "web", "cyber", "cyberspace", "digital"),
    ("social", "facebook", "twitter", "tweet", "instagram", "youtube", "linkedin"),
    # What the organisers give: "is lunch included / offered / provided?"
    ("provided", "provide", "provides", "providing", "included", "include", "includes",
     "offered", "offers", "supplied", "supply"),
    # Reserving a room or a seat is booking it.
    ("book", "booking", "bookings", "booked", "reserve", "reserving", "reservation",
     "reservations"),
    # "What tag should our posts carry?", "twitter tag": the hashtag ("name tag" is
    # joined into the badge's word first).
    ("hashtag", "hashtags", "tag", "tags"),
    ("cooperation", "collaboration", "partnership", "cooperate"),
    # A country's power grids and pipelines are the critical infrastructure a session on
    # protecting it names.
    ("infrastructure", "infrastructures", "grid", "grids", "utilities", "pipelines"),
    ("closed", "private", "confidential", "restricted"),
    ("public", "open"),
    # Not "conclusions": a closing session that draws them adopts no declaration.
    ("outcome", "declaration", "result", "results", "adopted", "adopt"),
    ("security", "screening", "xray", "scanner", "checkpoint", "magnetometer"),
    ("entrance", "entry", "door", "doors", "gate", "entering", "enter"),
    ("civil", "ngo", "ngos", "nongovernmental", "society"),
    ("allergy", "allergies", "vegetarian", "vegan", "halal", "kosher", "gluten", "dietary",
     "celiac", "coeliac", "nut", "nuts", "peanut", "peanuts", "dairy", "lactose", "veggie",
     "veggies"),
    ("smartphone", "phone", "mobile", "charger", "charging"),
    # Electricity at the venue: "where can I plug in my laptop", "do I need an adapter".
    ("socket", "sockets", "plug", "plugs", "adapter", "adapters", "adaptor", "adaptors",
     "voltage", "charging"),
    ("directions", "route", "walk", "walking"),
    ("guest", "guests", "spouse", "partner", "wife", "husband", "family", "companion",
     "accompany", "accompanying", "plus"),
    ("child", "children", "kid", "kids", "baby", "childcare", "creche", "babysitting"),
    ("student", "students", "intern", "interns", "trainee", "trainees", "university",
     "universities", "grad", "grads", "undergraduate", "undergraduates", "postgraduate"),
    # The firms a session on the private sector calls companies or the industry.
    ("company", "companies", "firm", "firms", "industry", "corporate", "platforms"),
    # A document handed round is published, shared or distributed.
    ("circulated", "circulate", "circulates", "distributed", "distribute", "published",
     "publish", "shared"),
    ("weapon", "weapons", "knife", "knives", "scissors", "blade", "firearm", "firearms", "gun",
     "guns", "sidearm", "prohibited", "banned", "forbidden"),
    ("cash", "atm", "bank", "currency", "exchange", "cashpoint", "cashpoints"),
    # A UN meeting's travel money: the daily subsistence allowance (DSA), a "per diem".
    ("perdiem", "dsa", "allowance", "allowances", "subsistence", "stipend", "stipends"),
    ("smoke", "smoking", "cigarette", "cigarettes", "vape", "vaping"),
    # "How many people fit in Conference Room 11?" asks how many seats it has.
    ("seat", "seats", "seating", "seated", "fit"),
    ("faint", "fainted", "fainting", "collapse", "collapsed", "dizzy", "unconscious"),
    # "is it on TV?": on UN Web TV, the webcast.
    ("tv", "television", "televised", "webtv"),
    ("nearest", "nearby", "closest"),
    ("address", "location", "venue", "located", "situated", "site", "premises"),
    ("queue", "line", "wait", "waiting"),
    ("delegate", "delegates", "delegation", "delegations", "participant", "participants",
     "attendee", "attendees"),
    # A speaker's slides are their presentation, however they are made.
    ("presentation", "presentations", "slides", "powerpoint", "ppt", "deck"),
    # Rating the meeting afterwards: its survey or evaluation.
    ("survey", "surveys", "questionnaire", "questionnaires", "evaluation", "evaluations",
     "feedback"),
    # A reception is the drinks or cocktail of the evening.
    ("reception", "receptions", "cocktail", "cocktails"),
    # Following from afar on a video call.
    ("remote", "remotely", "virtual", "virtually", "zoom", "webex"),
)


# Function words of the other UN languages written in Latin script: a question made
# mostly of these is not in English (Arabic, Chinese and Russian show by their script).
FOREIGN_FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    le la les des du un une est sont pour dans sur avec quelle quel quels quelles ou
    comment pourquoi quand combien je nous vous il elle qui que ce cette ces mon ma mes
    votre vos notre nos peut puis-je y a-t-il faut au aux de pouvez pouvons voudrais
    aimerais
    el los las del una unos unas es son para por con donde como cuando cuanto cual cuales
    que quien hay puedo podemos mi mis su sus nuestro nuestra esta este estos estas
    puede pueden quiero necesito tengo tiene
    """.split()
)
