"""Whether a line of a session's speakers names a person or only a role.

Why: "What are the names of the survivors speaking at the victims side event?" is not
answered by a card whose speakers are "Survivors of terrorist attacks" and "Civil
society and youth representatives": it lists who takes part by kind, not by name.
Organisers write a person as "Ms. Nadia Belhaj, Ministry of Justice" or "Anna Beaumont
(France)"; a role as "Heads of counter-terrorism agencies", "Director, UNOCT" or
"INTERPOL Regional Bureau". The first part of the line, before its first comma or
bracket, tells: a title before a capitalised word, or two to five capitalised words
that are neither an office nor a body, and no acronym.
"""

from __future__ import annotations

import re

# Titles written before a person's name.
_TITLES = frozenset("""
    mr mrs ms mme mlle m dr prof professor sir dame lord lady he h.e his her excellency
    judge justice imam sheikh shaykh rabbi rev reverend father sister brother pastor
    ambassador amb gen general col colonel lt lieutenant maj major capt captain cmdr
    commander insp inspector supt superintendent sgt sergeant
""".split())
# Particles of a name written in lower case ("Ana de la Cruz", "Ahmed bin Said").
_PARTICLES = frozenset("de del della di da das do dos du la le van von der den ten bin "
                       "binti ibn al el y e and".split())
# Capitalised words that say an office, which a name may follow ("Under-Secretary-General
# Voronkov"), or a body or a kind of people, which no name follows: neither is a name.
_OFFICES = frozenset("""
    chair chairs chairman chairperson co-chair co-chairs vice director directors
    director-general deputy head heads minister ministers ministry secretary
    secretary-general under-secretary-general assistant executive representative
    representatives delegate delegates delegation member members president
    vice-president officer officers official officials adviser advisor advisers
    advisors expert experts coordinator moderator rapporteur rapporteurs speaker
    speakers panellist panellists panelist panelists senior chief lead principal special
""".split())
_NOT_NAMES = _OFFICES | frozenset("""
    office council committee bureau service agency agencies centre center unit
    directorate department government association network programme program project
    institute university school foundation commission secretariat mission organisation
    organization forum platform group team division section authority police guard
    border national regional international united nations un states state republic
    kingdom federal high level civil society youth young women survivors victims
    students researchers participants partners opening closing welcome keynote remarks
    session panel the a an
""".split())
_SPLIT = re.compile(r"[,(;:]")


def names_a_person(line: str) -> bool:
    """Whether a speaker line names someone rather than a role."""
    words = _SPLIT.split(line, maxsplit=1)[0].replace(".", ". ").split()
    titled = False
    while words and words[0].rstrip(".").lower() in _TITLES:
        titled = True
        words = words[1:]
    words = [w for w in words if w.lower() not in _PARTICLES]
    if not words or not all(w[0].isupper() for w in words):
        return False
    if any(_acronym(w) or w.lower().strip(".") in _NOT_NAMES for w in words):
        return False
    return titled or 2 <= len(words) <= 5


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# A title before a capitalised word, in running text ("moderated by Ms. Sofia Lind").
_TITLED_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mme|Dr|Prof|H\.E|Judge|Imam|Sheikh|Ambassador)\.?\s+[A-Z]\w")


def text_names_a_person(text: str) -> bool:
    """Whether running text (a session's description) names someone by title."""
    return _TITLED_NAME.search(text) is not None


# Capitalised words of running text that are no part of a person's name: places and
# rooms, days and months, and the openings of sentences that a capital does not make a
# name ("Plenary Hall", "Grand Central", "Thursday June").
_NOT_PERSONS = _NOT_NAMES | frozenset("""
    hall halls room rooms building buildings avenue ave street st road station hotel
    airport bay hill central plaza square park gate gates entrance lobby level floor
    floors conference chamber assembly general security lounge cafe café restaurant
    cafeteria library desk counter centre terminal metro subway bus train line
    headquarters hq campus garden tower house palace court
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    please all our your their this these those there here if when where what which who
    how for from with without in on at to of by and or but not no yes it its is are we
    you they he she i participants official photos
""".split())
# A run of two to four capitalised words, a particle of a name allowed between them
# ("Ana de la Cruz"); not the words that join two names ("Kenya and Norway").
_IN_A_NAME = "|".join(sorted(_PARTICLES - {"and", "y", "e"}, key=len, reverse=True))
_CAPITALISED_RUN = re.compile(
    rf"\b[A-Z][\w'’\-]+(?:\s+(?:(?:{_IN_A_NAME})\s+)*[A-Z][\w'’\-]+){{1,3}}")


def text_names_someone(text: str) -> bool:
    """Whether running text may name a person: a title before a name, or two to four
    capitalised words none of which is an office, a body, a place or a date ("Vladimir
    Voronkov", "Michele Coninsx"). It errs on the side of a name: what reads it (the
    ``person_not_named`` veto) only stops an answer where the text names nobody."""
    if text_names_a_person(text):
        return True
    for run in _CAPITALISED_RUN.finditer(text):
        # "Under-Secretary-General Vladimir Voronkov": the name within the run.
        # "Under-Secretary-General Voronkov": one name after an office is a name too.
        together = 0
        office = False
        for word in run.group().split():
            folded = word.lower().strip("'’")
            if folded in _PARTICLES:
                continue
            if _acronym(word) or folded in _NOT_PERSONS or folded.endswith(("'s", "’s")):
                together = 0
                office = folded in _OFFICES
                continue
            together += 1
            if together >= 2 or office:
                return True
    return False
