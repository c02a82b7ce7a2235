"""Urgent and sensitive messages: recall and false alarms. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/alerts.py                # both tables, bundled FAQ
    .venv/bin/python benchmarks/alerts.py --misses       # ...and every miss (blind check
                                                         # sets' counted, not printed)
    .venv/bin/python benchmarks/alerts.py --no-semantic  # words only
    .venv/bin/python benchmarks/alerts.py --skip "held-out v35"  # leave a table unread

The tables are ``tests/alerts/messages.yaml`` and ``messages_more.yaml`` (the bundled
FAQ's triggers were written with them in view) and ``tests/alerts/heldout_fresh.yaml``
and ``heldout_v2.yaml`` (both written blind, but their misses were read on 2026-12-01
to improve recognition with general concepts, so they are seen now), and
``heldout_v3.yaml`` (written blind on 2026-11-30 without reading the triggers; its misses
were read on 2026-12-01 to add general concepts and structural cues, so it is seen now
too), ``heldout_v4.yaml`` (written blind on 2026-12-01 the same way; its misses were
read later that day for a third round of general concepts and frames, so it is seen now),
and ``heldout_v5.yaml`` (written blind the same way on 2026-12-01 and first measured after
the third round: urgent 93.5%, 87.1% on words alone, sensitive 80.0%, false alarms 0.0%,
one sensitive question answered from the FAQ; its misses were read that day for a fourth
round of general concepts and cues, so it is seen now too), and ``heldout_v6.yaml``
(written blind on 2026-12-01 by another writer, leaning on indirect reports and figurative
emergency words; first measured blind: urgent 87.9%, 79.1% on words alone, 92.3% with the
examples, sensitive 85.2%, false alarms 4.3%, 3.7% on words alone), and ``heldout_v7.yaml``
(written blind on 2026-12-01 by a further writer from the topics' ids and answers alone,
with more understated reports, hurried DMs and reports inside longer questions; first
measured blind: urgent 94.6%, 91.4% on words alone, sensitive 78.2%, false alarms 2.5%,
two sensitive questions answered from the FAQ on words alone). The misses of v6 and v7
were read on 2026-12-01 for a fifth round of general rules, so they are seen now too.
``heldout_v8.yaml`` (written blind on 2026-12-01 by yet another writer the same way, with
understated and embedded reports and figurative or procedural emergency words among the
ordinary questions; first measured before the fifth round was merged: urgent 95.8%, 87.4%
on words alone, sensitive 84.9%, false alarms 3.2%, 2.5% on words alone; after it: urgent
96.8%, 94.7% on words alone, sensitive 84.9%, false alarms 1.9% on both engines) was read
on 2026-12-01 for a sixth round of general concepts (veiled threats, hiding from
shooting, a jump from a height, a person gone silent, a drone, search dogs ...), so it is
seen now too. ``heldout_v9.yaml`` (written blind on 2026-12-01 by a further writer from the
topics' ids and answers alone, with reports relayed by staff, volunteers and guards, one- or
two-word alerts, long messages whose urgent part comes last, and ordinary questions about
health, safety procedures, screening times and lost property; first measured blind before
the sixth round: urgent 96.9%, 88.8% on words alone, sensitive 84.9%, false alarms 5.6% on
both engines; after it: urgent 96.9%, 91.8% on words alone, sensitive 84.9%, false alarms
5.0%) was read on 2026-12-01 for a seventh round of general classes (jokes, talks that
"bomb", events named by their subject, what-ifs, "missing the deadline", kit asked about;
one-word alerts, a fit, a threat posted online; protected persons' evacuation, screening
passed unchecked ...), so it is seen now too. ``heldout_v10.yaml`` (written blind on
2026-12-01 by a tenth writer from the topics' ids and answers alone, in the voices of
security-savvy delegates, nervous first-timers, staff relaying reports by radio and
second-language writers, with many ordinary questions using alarming words as idioms,
procedures or programme topics; first measured blind before the seventh round: urgent
97.1%, 91.3% on words alone, sensitive 94.5%, false alarms 3.5% on both engines; after it:
urgent 97.1%, 92.2% on words alone, sensitive 94.5%, false alarms 2.9%) was read on
2026-12-01 for an eighth round of general classes (an overdose or a sting said in words,
someone being beaten, shooting and "what do we do" in other UN languages, a child without
its parents, sexual remarks; "explosive" said of a talk, an exercise on an emergency), so
it is seen now too. ``heldout_v11.yaml`` (written blind on 2026-12-01 by an eleventh
writer the same way, in the voices of volunteers, interpreters, catering staff,
journalists on deadline and second-language delegates, with understated, relayed and
buried reports; first measured blind after the seventh and the eighth round, the same
both times: urgent 100%, 96.7% on words alone, sensitive 88.2%, false alarms 3.8%, 1.9%
on words alone, one sensitive question answered from the FAQ on both engines) was read on
2026-12-01 for a ninth round (a check said to be absent from a place, ``@absent``), so it
is seen now too. ``heldout_v12.yaml`` (written blind on 2026-12-01 by a twelfth writer;
first measured blind after the eighth and the ninth round, the same both times: urgent
97.8%, 95.6% on words alone, sensitive 86.0%, false alarms 0.7% on both engines) and
``heldout_v13.yaml`` (written blind by a thirteenth writer; first measured blind after the
ninth round: urgent 98.9%, 94.4% on words alone, sensitive 82.0%, false alarms 6.0%, 5.4%
on words alone, one sensitive question answered from the FAQ with the semantic extra) were
read on 2026-12-01 for a tenth round (talks that cover a subject, fire words as
intensifiers, agent nouns, a dropped apostrophe, protected persons' evacuation asked
as a question, security sweeps ...), so they are seen now too. ``heldout_v14.yaml``
(a fourteenth writer) was first measured blind after the tenth round (urgent 97.8%, 93.3%
on words alone, sensitive 86.0%, false alarms 3.3%, one sensitive question answered from
the FAQ on words alone); its misses were read on 2026-12-01 for an eleventh round (a
weapon got through screening, urgency denied, one's own thesis as a frame, "suicide"
before an attack noun, a weapon as a figure of speech; an inhaler with a sign, a box
cutter, a group named "next" in a threat, "touch me" but not "in touch" ...), so it is
seen now too. ``heldout_v15.yaml`` (a fifteenth writer) was first measured blind before
and after the eleventh round, the same both times (urgent 97.8%, 96.7% on words alone,
sensitive 86.5%, false alarms 4.5%, 3.2% on words alone, none answered); its misses were
read on 2026-12-01 for a twelfth round, false alarms first (an event placed well before
today, a person word naming a place, CPR known or learned, a protected person scheduled
to speak, one's own delegation, praise of a talk kept from the semantic check; twins, a
child nobody knows where, a hand on someone's leg, a protected person's coming departure
in other languages), so it is seen now too. ``heldout_v16.yaml`` (a sixteenth writer) was
first measured blind after the twelfth round (urgent 98.9%, 97.8% on words alone, sensitive
82.0%, false alarms 1.3%, 0.7% on words alone, one sensitive question answered from the
FAQ on words alone: a pocket knife through the metal detectors); its misses were read on
2026-12-01 for a thirteenth round (a blade with a check named, confiscated or asked to be
allowed; a what-if no frame for the sensitive topics; surveillance cameras in other
languages; a protected person going next; a child out of sight; an item "not ours"; for
the sensitive topics an office named by itself, equipment at seats and a signature say
no whereabouts; a relative pronoun inside a frame), so it is seen now too.
``heldout_v17.yaml`` (a seventeenth writer) was first measured blind after the thirteenth
round (urgent 93.3%, 88.9% on words alone, sensitive 88.0%, false alarms 3.3% on both
engines, none answered from the FAQ); its misses were read on 2026-12-01 for a
fourteenth round (a message written a word or two at a time read as one sentence; a young
brother or sister, a child no longer there, someone saying they have an explosive, a
vehicle driven at a barrier, a person with a weapon in other languages, someone forced
into a room; grabbing a thing is no assault; idioms; "separate" no "separated"; an
arrival asked as advice; an ellipsis inside a sentence; flying in by helicopter; a sword
worn with a uniform), so it is seen now too.
``heldout_v18.yaml`` (an eighteenth writer) was first measured blind after the fourteenth
round (urgent 95.6%, 94.4% on words alone, sensitive 92.0% on both engines, false alarms
2.6%, 1.3% on words alone, none answered from the FAQ); its misses were read on
2026-12-01 for a fifteenth round (the meaning not asked of an alert word a word guard
settled; a child owning what was lost; a queue, a lift or a machine "not moving"; a
word cried alone with words that only say where; a young girl or boy in the other
languages; harm promised to the event's people or its place), so it is seen now too.
``heldout_v19.yaml`` (a nineteenth writer) was first measured blind after the fifteenth
round (urgent 100%, 97.8% on words alone, sensitive 90.0% on both engines, false alarms
2.7% on both, none answered from the FAQ); its misses were read on 2026-12-01 for a
sixteenth round (a common English word is no typo of a trigger word; "emergency" naming
a procedure is no call for help; CPR training equipment; a thing that fell; smoking
asked as what one may do; a survivor of a past attack; one's own evacuation asked with
"would"; one's own bodyguard's weapon asked about; a shop or a kiosk as a place), so it
is seen now too.
``heldout_v20.yaml`` (a twentieth writer) was first measured blind after the sixteenth
round (urgent 95.6%, 94.4% on words alone, sensitive 88.0% on both engines, false alarms
0.6% on both, none answered from the FAQ); its misses were read on 2026-12-01 for a
seventeenth round (a burn or a scald on the body; a lost little one; a thing swung at
people; a threat relayed by a caller in the other languages; a thing none of us
brought; an alarmed way in; a protected person's car; an official named with a
hyphenated portfolio; a blade kept on him; a subject asked about in the passive), so it
is seen now too.
``heldout_v21.yaml`` (a twenty-first writer) was first measured blind after the
seventeenth round (urgent 96.7%, 92.2% on words alone, sensitive 84.3% on both engines,
false alarms 0.0% on both, none answered from the FAQ); its misses were read on
2026-12-01 for an eighteenth round (someone not waking up; pressed against a wall or
into a corner; indecent exposure in words; something sprayed in a face; a thing nobody
put there, a vehicle with no driver; a panic room, a way past the checks, the guards'
code words, what is locked down for a protected person, a protected person's evacuation
plan; an event after a bare "if"), so it is seen now too. ``heldout_v22.yaml`` (written
blind by a further writer; first measured after the eighteenth round: urgent 97.8%, 92.2%
on words alone, sensitive 90.0% on both engines, false alarms 5.9% on both, none
answered from the FAQ) was read on 2026-12-01 for a nineteenth round (an assembly point,
a side event's subject, "will kill me if I miss it", aching arms, finding "it", flames
asked about as a rule, newsletters that keep following someone; a crate, something
alight, "he will hurt me", "one of them", a child one now does not see; officers out of
uniform, what the cameras leave unwatched), so it is seen now too. ``heldout_v23.yaml``
(written blind by a further writer; first measured after the nineteenth round: urgent
95.6% on both engines, sensitive 84.0%, false alarms 4.7%, none answered from the FAQ)
was read on 2026-12-01 for a twentieth round (a smoke detector serviced, a crossing
guard, a child who lost a thing, lost property, getting lost after a bare "if", one's
own delegation, a condition a dog is trained to notice, a report made in passing; an
age written "4yo", a fight said with the verb in other languages; the armoury, a check
switched off), so it is seen now too. ``heldout_v24.yaml`` (written blind by a further
writer; first measured after the twentieth round: urgent 100%, 98.9% on words alone,
sensitive 84.6% on both engines, false alarms 2.0%, 0.7% on words alone, none answered
from the FAQ) was read on 2026-12-01 for a twenty-first round (a screening device's
calibration, a defence against drones, the calibre of firearms carried, the lift a
protected person takes; one's own room evacuated, a talk that "killed"), so it is seen
now too. ``heldout_v25.yaml`` (written blind by a further writer; first measured after
the twenty-first round: urgent 95.6%, 92.2% on words alone, sensitive 96.0% on both
engines, false alarms 2.0% on both, none answered from the FAQ) was read on 2026-12-01
for a twenty-second round (a pronoun typed without its apostrophe, a child's age said
of "he" or "she", someone who "won't leave me alone"; one's own aching body part "on
fire", a heart attack "over" a thing, seats asked to be booked), so it is seen now too.
``heldout_v26.yaml`` (written blind by a further writer; first measured after the
twenty-second round: urgent 96.7%, 93.3% on words alone, sensitive 88.0% on both
engines, false alarms 0.6% on both, one sensitive question answered from the FAQ with
the semantic extra) was read on 2026-12-01 for a twenty-third round (a child's age set
off in commas or brackets, a child not where left, who lost a parent, a group counted
short; a body part another grasped, a tailor's fitting, "dragged"; a way out blocked; a
thing set alight; a blade asked to be kept with one; officers in plain clothes; a
commissioner's whereabouts), so it is seen now too. ``heldout_v27.yaml`` (written blind
by a further writer; first measured after the twenty-third round: urgent 98.9%, 96.7% on
words alone, sensitive 92.0% on both engines, false alarms 1.9% on both, none answered
from the FAQ) was read on 2026-12-01 for a twenty-fourth round (a thing stalked, a talk
that "was the bomb", life-saving kit asked about ahead of need; "he's" or "hes" before a
participle; shooting promised in the other languages; a blade taken through security, a
place watched by cameras, officers deployed), so it is seen now too. ``heldout_v28.yaml``
(written blind by a further writer; first measured after the twenty-fourth round: urgent
95.6%, 92.2% on words alone, sensitive 92.2% on both engines, false alarms 2.2% on both,
none answered from the FAQ) was read on 2026-12-01 for a twenty-fifth round (a person
held by the throat or the neck; an unwanted caress of the hair or the neck; lewd things
sent, or someone filming one; a throat closing or swelling; one's own wake-up alarm), so
it is seen now too. ``heldout_v29.yaml`` (written blind by a further writer; first
measured after the twenty-fifth round: urgent 98.9%, 97.8% on words alone, sensitive
88.0% on both engines, false alarms 1.9% on both, none answered from the FAQ) was read
on 2026-12-01 for a twenty-sixth round (a person pinned "to" a wall or a door; a
fire-side chat; what triggers a lockdown, asked as a rule), so it is seen now too.
``heldout_v30.yaml`` (written blind by a further writer; first measured after the
twenty-sixth round: urgent 100%, 96.7% on words alone, sensitive 90.0% on both engines,
false alarms 1.2% on both, none answered from the FAQ) was read on 2026-12-01 for a
twenty-seventh round (a child word as the subject of a negated presence; a child with
nobody with him or her; a fight over who or which, a dispute), so it is seen now too.
``heldout_v31.yaml`` (written blind by a further writer; first measured after the
twenty-seventh round: urgent 94.4%, 93.3% on words alone, sensitive 90.0% on both engines,
false alarms 0.7% on both, one sensitive question answered from the FAQ on both) was read
on 2026-12-01 for a twenty-eighth round, so it is seen now too.
``heldout_v32.yaml`` (written blind by a further writer; first measured after the
twenty-eighth round: urgent 97.8%, 94.4% on words alone, sensitive 86.0% on both engines,
false alarms 2.7% on both, one sensitive question answered from the FAQ on both) was read
on 2026-12-01 for a twenty-ninth round, so it is seen now too.
``heldout_v33.yaml`` (written blind by a further writer; first measured after the
twenty-ninth round: urgent 98.9%, 96.7% on words alone, sensitive 92.0% on both engines,
false alarms 4.0%, 3.3% on words alone, none answered from the FAQ) was read on 2026-12-01
for a thirtieth round, so it is seen now too.
``heldout_v34.yaml`` (written blind by a further writer; first measured after the
thirtieth round: urgent 100%, 97.8% on words alone, sensitive 82.7% on both engines,
false alarms 4.7% on both, none answered from the FAQ) was read on 2026-12-02 for a
thirty-first round, so it is seen now too.
``heldout_v35.yaml`` (written blind by a further writer; first measured after the
thirty-first round: urgent 96.7%, 95.6% on words alone, sensitive 88.0% on both engines,
false alarms 3.3%, 2.7% on words alone, none answered from the FAQ) was read on 2026-12-02
for a thirty-second round, so it is seen now too.
``heldout_v36.yaml`` (written blind by a further writer, who saw the ``faq/README.md``
concept table by an overlong line range; first measured after the thirty-second round:
urgent 97.8%, 95.6% on words alone, sensitive 94.0% on both engines, false alarms 0.6% on
both, none answered from the FAQ) and ``heldout_v37.yaml`` (written blind by a further
writer, whose read of ``faq/README.md`` ran into the first rows of the concept table;
first measured after the thirty-second round: urgent 100%, 97.8% on words alone,
sensitive 90.0% on both engines, false alarms 2.0% on both, none answered from the FAQ)
were read on 2026-12-02 for a thirty-third round, so they are seen now too.
``heldout_v38.yaml`` (written blind by a further writer, who read ``faq/README.md`` lines
237-290 only, not the concept table; first measured after the thirty-third round: urgent
97.8%, 94.4% on words alone, sensitive 90.0% on both engines, false alarms 0.0% on both,
none answered from the FAQ) was read on 2026-12-02 for a thirty-fourth round, so it is
seen since this round too.
``heldout_v39.yaml`` (written blind by a further writer, who read ``faq/README.md`` lines
237-290 only, not the concept table; first measured after the thirty-fourth round: urgent
98.9%, 97.8% on words alone, sensitive 90.0% on both engines, false alarms 1.3%, 0.6% on
words alone, two sensitive questions answered from the FAQ with the semantic extra, none on
words alone) was read on 2026-12-02 for a thirty-fifth round, so it is seen since this
round too.
``heldout_v40.yaml`` (written blind by a further writer, who read ``faq/README.md`` lines
237-290 only, not the concept table; first measured after the thirty-fourth round and the
change on children's things: urgent 97.8%, 93.3% on words alone, sensitive 86.0% on both
engines, false alarms 2.5%, 1.2% on words alone, none answered from the FAQ) was read on
2026-12-02 for a thirty-sixth round, so it is seen since this round too.
``heldout_v41.yaml`` (written blind by a further writer, who read ``faq/README.md`` lines
237-290 only, not the concept table; measured once, after the thirty-sixth round: urgent
95.6%, 92.2% on words alone, sensitive 88.0% on both engines, false alarms 3.3%, 2.6% on
words alone, none answered from the FAQ) is blind: its misses are unread; the next round
may read it.
v4 to v41 are for measurement, not for strict tests.
Each item is ``{q, expect}``: an urgent or sensitive topic id, or null for an ordinary
question that shares their words.

* recall: urgent (or sensitive) messages that raise their own topic's kind;
* exact: ... that raise the very topic expected;
* false alarms: ordinary questions that raise any topic; also over the ordinary
  questions of ``tests/regression`` and, each set against its own file, of the
  question sets over the other FAQ files (``other_*.yaml``: not blind, their lines may
  be read), which get the core's standing urgent topics;
* answered from the FAQ: sensitive questions that raised nothing and got an FAQ answer
  (the issue's bar is none: a sensitive question may go unflagged, never answered);
* with the semantic extra, the meaning alone (words aside): the urgent messages of the
  tables measured that the semantic check raises by the triggers alone and with the
  topics' ``examples:``, and the ordinary questions it raises. The words were tuned to
  every seen table; the meaning's figures are the nearer guess at new wordings.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.quality import CHECK_FAQS, CHECK_SETS, PROJECT_SETS  # noqa: E402
from benchmarks.quality import OTHER_FAQS as QUALITY_OTHER_FAQS  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.core.alerts import AlertIndex  # noqa: E402
from bot.core.answering import _readable, answer  # noqa: E402
from bot.core.models import AlertKind  # noqa: E402
from bot.wiring import load_faq, semantic_factory  # noqa: E402

BUNDLED = ROOT / "faq" / "conference.yaml"
TABLES = {
    "tuning": (ROOT / "tests" / "alerts" / "messages.yaml",
               ROOT / "tests" / "alerts" / "messages_more.yaml"),
    "held-out": (ROOT / "tests" / "alerts" / "heldout_fresh.yaml",),
    "held-out v2": (ROOT / "tests" / "alerts" / "heldout_v2.yaml",),
    "held-out v3": (ROOT / "tests" / "alerts" / "heldout_v3.yaml",),
    "held-out v4": (ROOT / "tests" / "alerts" / "heldout_v4.yaml",),
    "held-out v5": (ROOT / "tests" / "alerts" / "heldout_v5.yaml",),
    "held-out v6": (ROOT / "tests" / "alerts" / "heldout_v6.yaml",),
    "held-out v7": (ROOT / "tests" / "alerts" / "heldout_v7.yaml",),
    "held-out v8": (ROOT / "tests" / "alerts" / "heldout_v8.yaml",),
    "held-out v9": (ROOT / "tests" / "alerts" / "heldout_v9.yaml",),
    "held-out v10": (ROOT / "tests" / "alerts" / "heldout_v10.yaml",),
    "held-out v11": (ROOT / "tests" / "alerts" / "heldout_v11.yaml",),
    "held-out v12": (ROOT / "tests" / "alerts" / "heldout_v12.yaml",),
    "held-out v13": (ROOT / "tests" / "alerts" / "heldout_v13.yaml",),
    "held-out v14": (ROOT / "tests" / "alerts" / "heldout_v14.yaml",),
    "held-out v15": (ROOT / "tests" / "alerts" / "heldout_v15.yaml",),
    "held-out v16": (ROOT / "tests" / "alerts" / "heldout_v16.yaml",),
    "held-out v17": (ROOT / "tests" / "alerts" / "heldout_v17.yaml",),
    "held-out v18": (ROOT / "tests" / "alerts" / "heldout_v18.yaml",),
    "held-out v19": (ROOT / "tests" / "alerts" / "heldout_v19.yaml",),
    "held-out v20": (ROOT / "tests" / "alerts" / "heldout_v20.yaml",),
    "held-out v21": (ROOT / "tests" / "alerts" / "heldout_v21.yaml",),
    "held-out v22": (ROOT / "tests" / "alerts" / "heldout_v22.yaml",),
    "held-out v23": (ROOT / "tests" / "alerts" / "heldout_v23.yaml",),
    "held-out v24": (ROOT / "tests" / "alerts" / "heldout_v24.yaml",),
    "held-out v25": (ROOT / "tests" / "alerts" / "heldout_v25.yaml",),
    "held-out v26": (ROOT / "tests" / "alerts" / "heldout_v26.yaml",),
    "held-out v27": (ROOT / "tests" / "alerts" / "heldout_v27.yaml",),
    "held-out v28": (ROOT / "tests" / "alerts" / "heldout_v28.yaml",),
    "held-out v29": (ROOT / "tests" / "alerts" / "heldout_v29.yaml",),
    "held-out v30": (ROOT / "tests" / "alerts" / "heldout_v30.yaml",),
    "held-out v31": (ROOT / "tests" / "alerts" / "heldout_v31.yaml",),
    "held-out v32": (ROOT / "tests" / "alerts" / "heldout_v32.yaml",),
    "held-out v33": (ROOT / "tests" / "alerts" / "heldout_v33.yaml",),
    "held-out v34": (ROOT / "tests" / "alerts" / "heldout_v34.yaml",),
    "held-out v35": (ROOT / "tests" / "alerts" / "heldout_v35.yaml",),
    "held-out v36": (ROOT / "tests" / "alerts" / "heldout_v36.yaml",),
    "held-out v37": (ROOT / "tests" / "alerts" / "heldout_v37.yaml",),
    "held-out v38": (ROOT / "tests" / "alerts" / "heldout_v38.yaml",),
    "held-out v39": (ROOT / "tests" / "alerts" / "heldout_v39.yaml",),
    "held-out v40": (ROOT / "tests" / "alerts" / "heldout_v40.yaml",),
    "held-out v41": (ROOT / "tests" / "alerts" / "heldout_v41.yaml",),
    "held-out v42": (ROOT / "tests" / "alerts" / "heldout_v42.yaml",),
    "held-out v43": (ROOT / "tests" / "alerts" / "heldout_v43.yaml",),
    "held-out v44": (ROOT / "tests" / "alerts" / "heldout_v44.yaml",),
    "held-out v45": (ROOT / "tests" / "alerts" / "heldout_v45.yaml",),
    "held-out v46": (ROOT / "tests" / "alerts" / "heldout_v46.yaml",),
    "held-out v47": (ROOT / "tests" / "alerts" / "heldout_v47.yaml",),
    "held-out v48": (ROOT / "tests" / "alerts" / "heldout_v48.yaml",),
}
NOW = dt.datetime(2018, 6, 28, 15, 0, tzinfo=dt.UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--no-semantic", action="store_true")
    parser.add_argument("--skip", action="append", default=[], metavar="NAME",
                        help="leave out a table by name (repeatable): a blind table stays "
                             "unread while recognition is being worked on")
    args = parser.parse_args()
    unknown = [n for n in args.skip if n not in TABLES]
    if unknown:
        parser.error(f"no table named {unknown[0]!r} (tables: {', '.join(TABLES)})")
    settings = load_settings({"semantic_search": "off" if args.no_semantic else None})
    faq = load_faq(BUNDLED, semantic_factory(settings))
    kinds = {t.id: t.kind for t in faq.index.kb.alerts}
    engine = "lexical + semantic" if faq.index.semantic is not None else "lexical only"
    print(f"{dt.date.today()}  alerts, bundled FAQ, engine: {engine}")
    for name, paths in TABLES.items():
        if name in args.skip or not all(p.is_file() for p in paths):
            continue
        items: list[dict[str, Any]] = [
            i for p in paths for i in yaml.safe_load(p.read_text(encoding="utf-8"))]
        tally: Counter[str] = Counter()
        misses = []
        for item in items:
            result = answer(faq.index, item["q"], NOW)
            raised = (result.item_id if result.alert is AlertKind.URGENT
                      else result.best_id if result.alert is AlertKind.SENSITIVE else None)
            expected = item["expect"]
            if expected is None:
                tally["ordinary"] += 1
                if raised is not None:
                    tally["false alarms"] += 1
                    misses.append(f"FALSE ALARM {raised}  <- {item['q']!r}")
                continue
            kind = kinds[expected].value
            tally[kind] += 1
            if raised is not None and kinds[raised] is kinds[expected]:
                tally[f"{kind} recalled"] += 1
                tally[f"{kind} exact"] += raised == expected
                if raised != expected:
                    misses.append(f"OTHER TOPIC {raised} (want {expected})  <- {item['q']!r}")
            else:
                misses.append(f"MISSED {expected} (got {raised})  <- {item['q']!r}")
                if result.answered and result.alert is None:
                    tally[f"{kind} answered"] += 1
                    misses.append(f"  ...ANSWERED FROM THE FAQ with {result.item_id}")

        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:5.1f}%" if b else "   - "

        print(f"\n{name}:")
        for kind in ("urgent", "sensitive"):
            recalled = pct(tally[f"{kind} recalled"], tally[kind])
            exact = pct(tally[f"{kind} exact"], tally[kind])
            answered = (f"  answered from the FAQ {tally['sensitive answered']}"
                        if kind == "sensitive" else "")
            print(f"  {kind:9s} n={tally[kind]:3d}  recall {recalled}  exact topic {exact}"
                  f"{answered}")
        print(f"  ordinary  n={tally['ordinary']:3d}  false alarms "
              f"{pct(tally['false alarms'], tally['ordinary'])}")
        if args.misses:
            for miss in misses:
                print("    " + miss)
    ordinary_regression(faq, kinds, args.misses)
    ordinary_other_faqs(settings, args.misses)
    if faq.index.semantic is not None:
        meaning_alone(faq, kinds, [n for n in TABLES if n not in args.skip])


def meaning_alone(faq: Any, kinds: dict[str, AlertKind], names: list[str]) -> None:
    """The semantic check on its own, words aside: how many urgent messages the meaning
    finds, by the triggers alone and with the examples, and how many ordinary questions
    it raises (of the tables and of tests/regression). Every table's words were tuned
    to, so this is the nearer measure of what new writers' wordings would get."""
    index = faq.index
    meaning = AlertIndex(tuple(dataclasses.replace(t, triggers=()) for t in index.kb.alerts))
    urgent: list[str] = []
    ordinary: list[str] = []
    for name in names:
        for path in TABLES[name]:
            if not path.is_file():
                continue
            for item in yaml.safe_load(path.read_text(encoding="utf-8")):
                if item["expect"] is None:
                    ordinary.append(item["q"])
                elif kinds[item["expect"]] is AlertKind.URGENT:
                    urgent.append(item["q"])
    ordinary += [item["q"] for path in sorted((ROOT / "tests" / "regression").glob("*.yaml"))
                 if not path.name.startswith("other_")
                 for item in yaml.safe_load(path.read_text(encoding="utf-8"))
                 if not any(e in kinds for e in item["expect"] or ())]

    def raised(question: str, examples: bool) -> bool:
        if not _readable(index, question):
            return False
        sims = index.semantic.similarities(question)
        closest = max((max(s.phrasing, s.passage) for s in sims.values()), default=1.0)
        found = meaning.find(question, index.semantic.alert_similarities(question), closest,
                             index.semantic.example_similarities(question) if examples else None)
        return found is not None and found.kind is AlertKind.URGENT

    print("\nthe meaning alone (words aside), on the tables above and tests/regression:")
    for label, examples in (("triggers", False), ("triggers + examples", True)):
        found = sum(raised(q, examples) for q in urgent)
        alarms = sum(raised(q, examples) for q in ordinary)
        print(f"  {label:20s} urgent n={len(urgent)} recall {100 * found / len(urgent):5.1f}%"
              f"  ordinary n={len(ordinary)} raised {100 * alarms / len(ordinary):4.1f}%")


# The question sets written over other FAQ files (``tests/regression/other_*.yaml``), each
# against its own file: ``benchmarks/quality.py``'s, and ``other_languages``, asked over
# the same file as ``other_conference``. Most such files have no ``urgent:`` section and
# get the core's standing urgent topics (``bot/core/standing_urgent.py``).
OTHER_FAQS = {
    **QUALITY_OTHER_FAQS,
    "other_languages": (QUALITY_OTHER_FAQS["other_conference"][0],
                        ROOT / "tests" / "regression" / "other_languages.yaml"),
}


@functools.cache
def blind_question_files() -> frozenset[Path]:
    """The question files whose lines stay unread: the blind check sets of
    ``answer_threshold.py`` (the held-out third, the latest blind sets) and the question
    sets of its check FAQ files. ``--misses`` counts their false alarms but never prints
    them, so that measuring an alert change does not spend them."""
    blind = {path for name in CHECK_SETS for path in PROJECT_SETS.get(name, ())}
    blind |= {QUALITY_OTHER_FAQS[name][1] for name in CHECK_FAQS}
    return frozenset(p.resolve() for p in blind)


def ordinary_other_faqs(settings: Any, misses: bool) -> None:
    """False alarms on the ordinary questions over the other FAQ files: each question
    set against its own file (every question whose expected answers name no alert
    topic of that file)."""
    total = 0
    found: list[str] = []
    unread = 0
    blind = blind_question_files()
    for name, (faq_path, questions) in OTHER_FAQS.items():
        if not (faq_path.is_file() and questions.is_file()):
            continue
        faq = load_faq(faq_path, semantic_factory(settings))
        kinds = {t.id for t in faq.index.kb.alerts}
        items = yaml.safe_load(questions.read_text(encoding="utf-8"))
        counted, lines = _false_alarms(faq, items, kinds, f" ({name})", own_moment=True)
        total += counted
        if questions.resolve() in blind:
            unread += len(lines)
        else:
            found += lines
    _report("ordinary questions over the other FAQ files", total, found, misses, unread)


def ordinary_regression(faq: Any, kinds: dict[str, AlertKind], misses: bool) -> None:
    """False alarms on the ordinary questions of the regression sets (every question
    whose expected answers name no alert topic)."""
    total = 0
    found: list[str] = []
    unread = 0
    blind = blind_question_files()
    for path in sorted((ROOT / "tests" / "regression").glob("*.yaml")):
        if path.name.startswith("other_"):  # questions over another FAQ file
            continue
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        counted, lines = _false_alarms(faq, items, set(kinds), "", own_moment=False)
        total += counted
        if path.resolve() in blind:
            unread += len(lines)
        else:
            found += lines
    _report("ordinary questions of tests/regression", total, found, misses, unread)


def _false_alarms(
    faq: Any, items: list[dict[str, Any]], kinds: set[str], where: str, *, own_moment: bool
) -> tuple[int, list[str]]:
    """How many of ``items`` are ordinary questions, and a line per one that raises an
    alert. ``own_moment``: asked at the question's own ``now`` when it has one."""
    total = 0
    found = []
    for item in items:
        if any(e in kinds for e in item["expect"] or ()):
            continue
        total += 1
        now = item.get("now") if own_moment else None
        moment = dt.datetime.fromisoformat(str(now)) if now else NOW
        result = answer(faq.index, item["q"], moment)
        if result.alert is not None:
            found.append(f"FALSE ALARM {result.alert.value}{where}  <- {item['q']!r}")
    return total, found


def _report(title: str, total: int, found: list[str], misses: bool, unread: int = 0) -> None:
    alarms = len(found) + unread
    print(f"\n{title}: n={total}  false alarms "
          f"{100 * alarms / total if total else 0.0:4.1f}% ({alarms})")
    if misses:
        for line in found:
            print("    " + line)
        if unread:
            print(f"    ({unread} more in blind check sets, counted above, not printed)")


if __name__ == "__main__":
    main()
