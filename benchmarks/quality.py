"""Answer quality on question sets: prints figures, asserts nothing.

    .venv/bin/python benchmarks/quality.py                 # the project's own sets, bundled FAQ
    .venv/bin/python benchmarks/quality.py --misses        # ...and every miss but the
                                                           # blind check sets'
    .venv/bin/python benchmarks/quality.py --no-semantic   # the lexical engine alone
    .venv/bin/python benchmarks/quality.py --faq OTHER.yaml --set NAME=QUESTIONS.yaml ...

A question set is a YAML list of ``{q, expect, now?, note?}``: ``expect`` lists every
acceptable id, or is null when the bot must not answer. The figures are the ones the
shared scorer prints, computed the same way:

* correct decisions: right answers plus right abstentions, over all questions;
* wrong answers: answered with an id not expected (any answer to a null question);
* reach: answerable questions answered right, or with a right id among the first
  three suggestions of a did-you-mean.

The project's own sets over the bundled FAQ are ``tests/regression/questions.yaml`` and
``tuning_more.yaml``, ``tuning_extra.yaml`` (used to fit and tune the engine) and
``heldout.yaml``, ``heldout_more.yaml`` (kept out
of all fitting, but read for the engine's faults since), ``heldout_v3.yaml`` and
``heldout_v4.yaml``, ``heldout_v5.yaml``, ``heldout_v6.yaml``, ``heldout_v7.yaml``,
``heldout_v8.yaml``, ``heldout_v9.yaml``, ``heldout_v10.yaml``, ``heldout_v11.yaml``,
``heldout_v12.yaml``, ``heldout_v13.yaml``, ``heldout_v14.yaml``, ``heldout_v15.yaml``,
``heldout_v16.yaml``, ``heldout_v17.yaml``, ``heldout_v18.yaml``, ``heldout_v19.yaml``,
``heldout_v20.yaml``, ``heldout_v21.yaml``, ``heldout_time1.yaml``
(each written blind, kept out of all tuning: their figures are the honest ones). Since
2026-12-05 the blind sets v3 to v40 and time1 to time14 also choose the words-alone
answer threshold (``answer_threshold.py``); v41 to v52 and the held-out third do not.
``--other-faqs`` scores each invented FAQ file of ``tests/fixtures`` with its own
questions: the engine on FAQ files it was not fitted to (``other_conference`` aside).
Questions without ``now`` are asked at a fixed moment outside the conference, so runs
are repeatable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._scoring import (  # noqa: E402
    Item,
    Verdict,
    asked_at,
    judge,
    load_questions,
    miss_line,
    pct,
    shown,
)
from bot.config import load_settings  # noqa: E402
from bot.core.answering import answer  # noqa: E402
from bot.core.models import Answer  # noqa: E402
from bot.served import LoadedFaq  # noqa: E402
from bot.wiring import load_faq, semantic_factory  # noqa: E402

BUNDLED = ROOT / "faq" / "conference.yaml"
REGRESSION = ROOT / "tests" / "regression"
PROJECT_SETS = {
    "tuning": (
        REGRESSION / "questions.yaml",
        REGRESSION / "tuning_more.yaml",
        REGRESSION / "tuning_extra.yaml",
    ),
    "held-out": (REGRESSION / "heldout.yaml", REGRESSION / "heldout_more.yaml"),
    # Written blind (never run against the engine while written) on 2026-11-30, after
    # the first held-out sets had been read for the engine's faults: the honest check.
    "held-out v3": (REGRESSION / "heldout_v3.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written), after
    # v3: a second honest check, kept out of all tuning like v3.
    "held-out v4": (REGRESSION / "heldout_v4.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written), after
    # v4: a third honest check, kept out of all tuning like v3 and v4.
    "held-out v5": (REGRESSION / "heldout_v5.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written), after
    # v5: a fourth honest check, kept out of all tuning like v3 to v5.
    "held-out v6": (REGRESSION / "heldout_v6.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written, earlier
    # sets unread), after v6: a fifth honest check, kept out of all tuning like v3 to v6.
    "held-out v7": (REGRESSION / "heldout_v7.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written, earlier
    # sets unread), after v7: a sixth honest check, kept out of all tuning like v3 to v7.
    "held-out v8": (REGRESSION / "heldout_v8.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written, earlier
    # sets unread), after v8: a seventh honest check, kept out of all tuning like v3 to v8.
    "held-out v9": (REGRESSION / "heldout_v9.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written, earlier
    # sets unread), after v9: an eighth honest check, kept out of all tuning like v3 to v9.
    "held-out v10": (REGRESSION / "heldout_v10.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written, earlier
    # sets unread), after v10: a ninth honest check, kept out of all tuning like v3 to v10.
    "held-out v11": (REGRESSION / "heldout_v11.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written, earlier
    # sets unread), after v11: a tenth honest check, kept out of all tuning like v3 to v11.
    "held-out v12": (REGRESSION / "heldout_v12.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written, earlier
    # sets unread), after v12: an eleventh honest check, kept out of all tuning like v3 to v12.
    "held-out v13": (REGRESSION / "heldout_v13.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written, earlier
    # sets unread), after v13: a twelfth honest check, kept out of all tuning like v3 to v13.
    "held-out v14": (REGRESSION / "heldout_v14.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written, earlier
    # sets unread), after v14: a thirteenth honest check, kept out of all tuning like v3 to v14.
    "held-out v15": (REGRESSION / "heldout_v15.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written, earlier
    # sets unread), after v15: a fourteenth honest check, kept out of all tuning like v3 to v15.
    "held-out v16": (REGRESSION / "heldout_v16.yaml",),
    # Written blind on 2026-12-01 (never run against the engine while written, earlier
    # sets unread), after v16: a fifteenth honest check, kept out of all tuning like v3 to v16.
    "held-out v17": (REGRESSION / "heldout_v17.yaml",),
    # Written blind on 2026-12-02 (never run against the engine while written, earlier
    # sets unread), after v17: a sixteenth honest check, kept out of all tuning like v3 to v17.
    "held-out v18": (REGRESSION / "heldout_v18.yaml",),
    # Written blind on 2026-12-02 (never run against the engine while written, earlier
    # sets unread), after v18: a seventeenth honest check, kept out of all tuning like v3 to v18.
    "held-out v19": (REGRESSION / "heldout_v19.yaml",),
    # Written blind on 2026-12-02 (never run against the engine while written, earlier
    # sets unread), after v19: an eighteenth honest check, kept out of all tuning like v3 to v19.
    "held-out v20": (REGRESSION / "heldout_v20.yaml",),
    # Written blind on 2026-12-02 (never run against the engine while written, earlier
    # sets unread), after v20: a nineteenth honest check, kept out of all tuning like v3 to v20.
    "held-out v21": (REGRESSION / "heldout_v21.yaml",),
    # Written blind on 2026-12-02 (never run against the engine while written, earlier
    # sets unread): the programme's time-aware questions, 100 of them, kept out of all tuning.
    "held-out time1": (REGRESSION / "heldout_time1.yaml",),
    # Written blind on 2026-12-02 (never run against the engine while written, earlier
    # sets unread), after v21: a twentieth honest check, kept out of all tuning like v3 to v21.
    "held-out v22": (REGRESSION / "heldout_v22.yaml",),
    # Written blind on 2026-12-02 like time1, by another writer: 100 more time-aware
    # questions, kept out of all tuning.
    "held-out time2": (REGRESSION / "heldout_time2.yaml",),
    # Written blind on 2026-12-02 (never run against the engine while written, earlier
    # sets unread), after v22: a twenty-first honest check, kept out of all tuning.
    "held-out v23": (REGRESSION / "heldout_v23.yaml",),
    # Written blind on 2026-12-02 like time1 and time2, by a third writer: 100 more
    # time-aware questions, kept out of all tuning.
    "held-out time3": (REGRESSION / "heldout_time3.yaml",),
    # Written blind on 2026-12-02 by a fourth writer, after the changes time3's misses
    # led to: 100 more time-aware questions, kept out of all tuning.
    "held-out time4": (REGRESSION / "heldout_time4.yaml",),
    # Written blind on 2026-12-02 (never run against the engine while written, earlier
    # sets unread), after v23: a twenty-second honest check, kept out of all tuning.
    "held-out v24": (REGRESSION / "heldout_v24.yaml",),
    # Written blind on 2026-12-02 by a fifth writer, after time4's changes: 100 more
    # time-aware questions, kept out of all tuning.
    "held-out time5": (REGRESSION / "heldout_time5.yaml",),
    # Written blind on 2026-12-02 by a sixth writer and a twenty-third, after time5's
    # changes: kept out of all tuning.
    "held-out time6": (REGRESSION / "heldout_time6.yaml",),
    "held-out v25": (REGRESSION / "heldout_v25.yaml",),
    # Written blind on 2026-12-02 by a seventh writer and a twenty-fourth, after time6's
    # changes: kept out of all tuning.
    "held-out time7": (REGRESSION / "heldout_time7.yaml",),
    "held-out v26": (REGRESSION / "heldout_v26.yaml",),
    # Written blind on 2026-12-02 by an eighth writer while time7's misses were read, and
    # first measured after the changes they led to: kept out of all tuning.
    "held-out time8": (REGRESSION / "heldout_time8.yaml",),
    # Written blind on 2026-12-02 (sixteenth session) by a ninth writer and a
    # twenty-fifth, and a tenth writer while time9's misses were read: kept out of all
    # tuning. v27 writes a single expected id without brackets (read as a list).
    "held-out time9": (REGRESSION / "heldout_time9.yaml",),
    "held-out v27": (REGRESSION / "heldout_v27.yaml",),
    "held-out time10": (REGRESSION / "heldout_time10.yaml",),
    # Written blind on 2026-12-02 (sixteenth session) by an eleventh time-aware writer and
    # a twenty-sixth, while time10's misses were read: kept out of all tuning.
    "held-out time11": (REGRESSION / "heldout_time11.yaml",),
    "held-out v28": (REGRESSION / "heldout_v28.yaml",),
    # Written blind on 2026-12-03 (seventeenth session) by a twelfth time-aware writer
    # and a twenty-seventh, and measured before any change of that session: kept out of
    # all tuning.
    "held-out time12": (REGRESSION / "heldout_time12.yaml",),
    "held-out v29": (REGRESSION / "heldout_v29.yaml",),
    # Written blind on 2026-12-03 by a twenty-eighth writer (and time13 by a thirteenth
    # time-aware one), first measured after that session's changes: kept out of all
    # tuning.
    "held-out v30": (REGRESSION / "heldout_v30.yaml",),
    "held-out time13": (REGRESSION / "heldout_time13.yaml",),
    # Written blind on 2026-12-03 (eighteenth session) by a twenty-ninth writer and
    # measured before any change of that session: kept out of all tuning.
    "held-out v31": (REGRESSION / "heldout_v31.yaml",),
    # Written blind on 2026-12-03 by a thirtieth writer, first measured after that
    # session's changes: kept out of all tuning.
    "held-out v32": (REGRESSION / "heldout_v32.yaml",),
    # Written blind on 2026-12-03 by a fourteenth time-aware writer, first measured after
    # the eighteenth session's changes: kept out of all tuning.
    "held-out time14": (REGRESSION / "heldout_time14.yaml",),
    # Written blind on 2026-12-03 (nineteenth session) by a thirty-first writer (a second
    # reader added the rooms' and themes' own ids its writer left out), measured before
    # any change of that session: kept out of all tuning.
    "held-out v33": (REGRESSION / "heldout_v33.yaml",),
    # Written blind on 2026-12-03 (twentieth session) by a thirty-second writer (a second
    # reader added the rooms' and themes' own ids), measured before any change of that
    # session: kept out of all tuning.
    "held-out v34": (REGRESSION / "heldout_v34.yaml",),
    # Written blind on 2026-12-03 (twenty-first session) by a thirty-third writer (a
    # second reader added the rooms' and themes' own ids), measured before any change of
    # that session: kept out of all tuning.
    "held-out v35": (REGRESSION / "heldout_v35.yaml",),
    # Written blind on 2026-12-03 (twenty-first session) by a thirty-fourth writer, who
    # listed rooms' and themes' ids too, measured after that session's first change: kept
    # out of all tuning.
    "held-out v36": (REGRESSION / "heldout_v36.yaml",),
    # Written blind on 2026-12-03 (twenty-first session) by a thirty-fifth writer, first
    # measured on that session's last engine (and on its first: the same figures): kept
    # out of all tuning.
    "held-out v37": (REGRESSION / "heldout_v37.yaml",),
    # Written blind on 2026-12-03 (twenty-second session) by a thirty-sixth writer, first
    # measured at the start of that session, before any change: kept out of all tuning.
    "held-out v38": (REGRESSION / "heldout_v38.yaml",),
    # Written blind on 2026-12-03 (twenty-third session) by a thirty-seventh writer, first
    # measured at the start of that session, before any change: kept out of all tuning.
    "held-out v39": (REGRESSION / "heldout_v39.yaml",),
    # Written blind on 2026-12-03 (twenty-fourth session) by a thirty-eighth writer, first
    # measured at the start of that session, before any change: kept out of all tuning.
    "held-out v40": (REGRESSION / "heldout_v40.yaml",),
    # Written blind on 2026-12-03 (twenty-fifth session) by a thirty-ninth writer, first
    # measured at the start of that session, before any change: kept out of all tuning.
    "held-out v41": (REGRESSION / "heldout_v41.yaml",),
    # Written blind on 2026-12-04 (twenty-sixth session) by a fortieth writer, first
    # measured at the start of that session, before any change: kept out of all tuning.
    "held-out v42": (REGRESSION / "heldout_v42.yaml",),
    # Written blind on 2026-12-04 (twenty-seventh session) by a forty-first writer, first
    # measured early in that session, before any change made after it: kept out of all tuning.
    "held-out v43": (REGRESSION / "heldout_v43.yaml",),
    # Written blind on 2026-12-04 (twenty-eighth session) by a forty-second writer, first
    # measured on that session's starting engine (41bd80e): kept out of all tuning.
    "held-out v44": (REGRESSION / "heldout_v44.yaml",),
    # Written blind on 2026-12-04 (twenty-ninth session) by a forty-third writer, first
    # measured on that session's starting engine (aabac0f): kept out of all tuning.
    "held-out v45": (REGRESSION / "heldout_v45.yaml",),
    # Written blind on 2026-12-04 by a forty-fourth writer (never run against the engine),
    # measured on that session's starting engine (a90892c): kept out of all tuning.
    "held-out v46": (REGRESSION / "heldout_v46.yaml",),
    # Written blind on 2026-12-04 (thirty-first session) by a forty-fifth writer, first
    # measured on that session's starting engine (45bbaea): kept out of all tuning.
    "held-out v47": (REGRESSION / "heldout_v47.yaml",),
    # Written blind on 2026-12-04 (thirty-second session) by a forty-sixth writer, first
    # measured on that session's starting engine (74a236d): kept out of all tuning.
    "held-out v48": (REGRESSION / "heldout_v48.yaml",),
    # Written on 2026-12-04 (thirty-second session) by two more writers as tuning data for a
    # refit of the decision models that was not kept: the engine never learnt from them, so
    # they are blind sets like the others, first measured on 74a236d.
    "held-out v49": (REGRESSION / "heldout_v49.yaml",),
    "held-out v50": (REGRESSION / "heldout_v50.yaml",),
    # Written blind on 2026-12-05 (thirty-ninth session) by two more writers, v52 leaning
    # to the questions attendees ask most often, first measured on that session's
    # starting engine (41dd0d0): kept out of all tuning.
    "held-out v51": (REGRESSION / "heldout_v51.yaml",),
    "held-out v52": (REGRESSION / "heldout_v52.yaml",),
    # Written blind on 2026-12-05 (fortieth session), first measured on bbac2ec, then its
    # misses were read for that session's changes, like v3 to v40.
    "held-out v53": (REGRESSION / "heldout_v53.yaml",),
    # Written blind on 2026-12-05 (forty-first session), first measured on that session's
    # starting engine (85e6d35): kept out of all tuning, its misses unread.
    "held-out v54": (REGRESSION / "heldout_v54.yaml",),
    # Written blind on 2026-12-05 (forty-first session) by another writer leaning to the
    # everyday questions, first measured mid-session (398c811): kept out of all tuning.
    "held-out v55": (REGRESSION / "heldout_v55.yaml",),
    # Written blind on 2026-12-05 (forty-second session) by a writer in the voice of
    # attendees on their phones, first measured on that session's starting engine
    # (a65c804): kept out of all tuning.
    "held-out v56": (REGRESSION / "heldout_v56.yaml",),
    # Written blind on 2026-12-05 (forty-second session) in the voices of staff and
    # protocol officers, first measured on that session's starting engine (a65c804), then
    # its misses were read for that session's changes, like v3 to v40 and v53.
    "held-out v57": (REGRESSION / "heldout_v57.yaml",),
    # Written blind on 2026-12-05 (forty-third session) in the voices of civil-society
    # newcomers and delegates' assistants on their phones, first measured on that
    # session's starting engine (e060576): kept out of all tuning.
    "held-out v58": (REGRESSION / "heldout_v58.yaml",),
    # Written blind the same day in the voices of chiefs of staff, protocol and security
    # officers and academics, first measured on the starting engine (e060576), then its
    # misses were read for that session's changes, like v3 to v40, v53 and v57.
    "held-out v59": (REGRESSION / "heldout_v59.yaml",),
    # Written blind on 2026-12-05 (forty-fourth session) in the voices of first-time
    # delegates of small states, interns and volunteers, interpreters, drivers and
    # security details, first measured on that session's starting engine (c82cab7): kept
    # out of all tuning.
    "held-out v60": (REGRESSION / "heldout_v60.yaml",),
    # Written blind on 2026-12-06 (forty-fifth session) in the voices of chiefs of staff
    # and protocol officers, UN field staff, researchers, late arrivals and early leavers
    # typing on phones, first measured on that session's starting engine (5777f78): kept
    # out of all tuning.
    "held-out v61": (REGRESSION / "heldout_v61.yaml",),
    # Written blind on 2026-12-06 (forty-sixth session) in the voices of press officers
    # and journalists, assistants asking for their agency heads, delegates writing English
    # as a second language, attendees with accessibility needs, delegations' IT staff and
    # senior officials dictating short questions, first measured on that session's
    # starting engine (4b2b444): kept out of all tuning.
    "held-out v62": (REGRESSION / "heldout_v62.yaml",),
    # Written blind on 2026-12-06 (forty-seventh session) in the voices of NGO and
    # civil-society representatives, interpreters and conference-services staff, delegates
    # travelling with family, terse heads of agency, phone typists with autocorrect slips,
    # late arrivals, first-time visitors and delegations' security liaison officers, first
    # measured on that session's starting engine (806cc50): kept out of all tuning.
    "held-out v63": (REGRESSION / "heldout_v63.yaml",),
    # Written blind on 2026-12-06 (forty-ninth session) in the voices of heads of agency
    # and their chiefs of staff, protocol officers, interpreters, UN security staff, NGO
    # observers, young staffers on phones, journalists and writers of English as a second
    # language, first measured on that session's starting engine (0c0de36): kept out of
    # all tuning.
    "held-out v64": (REGRESSION / "heldout_v64.yaml",),
    # Written blind on 2026-12-06 (fiftieth session) in the voices of delegates from many
    # countries, security officers, journalists, NGO participants, interpreters, drivers
    # and assistants, formal writers and texters with typos, first measured on that
    # session's starting engine (6697d76): kept out of all tuning.
    "held-out v65": (REGRESSION / "heldout_v65.yaml",),
    # Written blind on 2026-12-06 (fifty-first session) in the voices of heads of agency
    # and their advisers, regional organisations' staff, first-time visitors, attendees
    # with access needs or with family, press officers, interns helping delegates,
    # security liaison officers, phone typists in a hurry and writers of English as a
    # second language, first measured on that session's starting engine (624d284): kept
    # out of all tuning.
    "held-out v66": (REGRESSION / "heldout_v66.yaml",),
    "other languages": (REGRESSION / "languages.yaml",),
}
# Invented FAQ files of other kinds of UN meeting, each with questions written over it by
# its own writer (``other_<name>.yaml``: every ``other_`` set is over another FAQ file;
# 2026-12-01, without running the engine), in its organiser's style: the
# engine on FAQ files it was never fitted to (``--other-faqs``). ``other_conference`` is
# part of the fit data; the others are not. ``addis_expert_meeting`` (2026-12-03) was
# written like the shared eval FAQ: sparse alternates, no glossary.
# ``panama_regional_workshop`` (2026-12-03, eighteenth session) is the first whose
# questions were written by someone other than the file's writer, from the file alone.
# ``dakar_workshop`` (sparse, few alternates) and ``doha_forum`` (a glossary, half the
# entries with alternates; 2026-12-04, thirty-second session) were written with their
# questions as fit data for a refit that was not kept: never fitted on either.
# ``nairobi_cft`` (no glossary) and ``bonn_youth`` (a small glossary) were written with
# their questions on 2026-12-05 (thirty-ninth session), blind, as fresh check sets.
# ``tunis_rehab`` and ``tashkent_borders`` (no glossary either) on 2026-12-05 (fortieth
# session): the Tunis questions' misses were read for that session's changes, the
# Tashkent ones are kept blind as a check set. ``lome_softtargets`` and ``manila_victims``
# (no glossary either) on 2026-12-05 (forty-first session): Lome's misses read, Manila's
# kept blind; ``amman_online`` (terse, no glossary) the same day, its misses read;
# ``abuja_judicial`` (no glossary) the same day, first measured on that session's last
# engine and kept blind. ``almaty_online`` (terse, few alternates) and
# ``bogota_infrastructure`` (a third of the entries with alternates), both without a
# glossary, on 2026-12-05 (forty-second session), first measured on its starting engine:
# Almaty's misses read, Bogota's kept blind; ``rabat_youth`` (a quarter of the entries with
# alternates, no glossary), ``kampala_travel`` (terse, almost no alternates) and
# ``jakarta_returnees`` (half the entries with alternates, and a glossary) the same day,
# each first measured on the starting engine, their misses read. ``lisbon_maritime`` (a
# third of the entries with alternates) and ``muscat_aviation`` (terse, five entries with
# alternates), both without a glossary, on 2026-12-05 (forty-third session), first
# measured on its starting engine: Lisbon's kept blind, Muscat's misses read.
# ``kualalumpur_online`` (a quarter of the entries with alternates, a small glossary) on
# 2026-12-05 (forty-fourth session), first measured on its starting engine: kept blind.
# ``windhoek_borders`` (terse, four entries with alternates, no glossary) on 2026-12-06
# (forty-fifth session), first measured on its starting engine: kept blind.
# ``riga_cyber`` (a third of the entries with alternates, no glossary; its questions by
# another writer) on 2026-12-06 (forty-sixth session), first measured on its starting
# engine: kept blind. ``lima_prisons`` (a third of the entries with alternates, no
# glossary; its questions by another writer) on 2026-12-06 (forty-seventh session), first
# measured on its starting engine: kept blind. ``tbilisi_energy`` (a third of the entries
# with alternates, no glossary; its questions by another writer) on 2026-12-06
# (forty-ninth session), first measured on its starting engine: kept blind.
# ``montevideo_drones`` (a technical meeting on countering the terrorist use of drones,
# a third of the entries with alternates, no glossary; its questions by another writer)
# on 2026-12-06 (fiftieth session), first measured on its starting engine: kept blind.
# ``capetown_sport`` (a workshop on protecting major sporting events, with a stadium
# visit; a third of the entries with alternates, no glossary; its questions by another
# writer) on 2026-12-06 (fifty-first session), first measured on its starting engine:
# kept blind.
FIXTURES = ROOT / "tests" / "fixtures"
OTHER_FAQS = {
    name: (FIXTURES / f"{name}.yaml", REGRESSION / f"other_{name.removeprefix('other_')}.yaml")
    for name in ("other_conference", "geneva_workshop", "vienna_forum", "bangkok_youth",
                 "ny_highlevel", "addis_expert_meeting", "panama_regional_workshop",
                 "dakar_workshop", "doha_forum", "nairobi_cft", "bonn_youth", "tunis_rehab",
                 "tashkent_borders", "lome_softtargets", "manila_victims", "amman_online",
                 "abuja_judicial", "almaty_online", "bogota_infrastructure", "rabat_youth",
                 "kampala_travel", "jakarta_returnees", "lisbon_maritime", "muscat_aviation",
                 "kualalumpur_online", "windhoek_borders", "riga_cyber", "lima_prisons",
                 "tbilisi_energy", "montevideo_drones", "capetown_sport")
}


# Kept for checking (``answer_threshold.py`` never pools them) and blind: their misses
# are never printed, here or by ``alerts.py``, so that reading misses does not spend them.
CHECK_SETS = ("held-out", *(f"held-out v{n}"
                             for n in (*range(41, 53), 54, 55, 56, 58, *range(60, 67))))
CHECK_FAQS = ("ny_highlevel", "addis_expert_meeting", "panama_regional_workshop",
              "dakar_workshop", "doha_forum", "nairobi_cft", "bonn_youth", "tashkent_borders",
              "manila_victims", "abuja_judicial", "bogota_infrastructure", "lisbon_maritime",
              "kualalumpur_online", "windhoek_borders", "riga_cyber", "lima_prisons",
              "tbilisi_energy", "montevideo_drones", "capetown_sport")


def category(item: Item) -> str:
    if item.get("now"):
        return "time-aware"
    if not is_english(item["q"]):
        return "other language"
    if item["expect"] is None:
        return "must not answer"
    return "answerable"


def is_english(text: str) -> bool:
    """Rough: no letters outside Latin, no ¿/¡, at most one accented letter."""
    if "\u00bf" in text or "\u00a1" in text:
        return False
    accented = 0
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if not name.startswith("LATIN"):
            return False
        if unicodedata.decomposition(char):
            accented += 1
    return accented <= 1


@dataclass
class Tally:
    total: int = 0
    answerable: int = 0
    right: int = 0
    wrong: int = 0
    null: int = 0
    abstained_on_null: int = 0
    reached: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, item: Item, result: Answer) -> None:
        verdict = judge(item, result)
        self.total += 1
        self.right += verdict is Verdict.RIGHT
        self.abstained_on_null += verdict is Verdict.REFUSED_NULL
        self.wrong += verdict.wrong
        if item["expect"] is None:
            self.null += 1
        else:
            self.answerable += 1
            self.reached += verdict is Verdict.RIGHT or (
                verdict is Verdict.ABSTAINED and any(s in item["expect"] for s in shown(result)))
        line = miss_line(item, result, verdict)
        if line is not None:
            self.misses.append(line)

    def absorb(self, other: Tally) -> None:
        """Adds another set's counts, so that sets can be read as one pool."""
        self.total += other.total
        self.answerable += other.answerable
        self.right += other.right
        self.wrong += other.wrong
        self.null += other.null
        self.abstained_on_null += other.abstained_on_null
        self.reached += other.reached

    @property
    def correct(self) -> int:
        return self.right + self.abstained_on_null

    def line(self) -> str:
        return (
            f"n={self.total:4d}  correct {pct(self.correct, self.total)}  "
            f"wrong {pct(self.wrong, self.total)}  reach {pct(self.reached, self.answerable)}  "
            f"answered right {pct(self.right, self.answerable)}  "
            f"refused nulls {pct(self.abstained_on_null, self.null)}"
        )


def evaluate(faq: LoadedFaq, items: list[Item]) -> tuple[Tally, dict[str, Tally]]:
    overall = Tally()
    by_category: dict[str, Tally] = defaultdict(Tally)
    for item in items:
        result = answer(faq.index, item["q"], asked_at(item))
        overall.add(item, result)
        by_category[category(item)].add(item, result)
    return overall, dict(by_category)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--faq", type=Path, default=BUNDLED)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=PATH",
                        help="a question set to score (default: the project's own)")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--no-semantic", action="store_true",
                        help="the lexical engine alone, even when the semantic extra is installed")
    parser.add_argument("--other-faqs", action="store_true",
                        help="each invented FAQ file of tests/fixtures with its own questions")
    args = parser.parse_args()
    if args.other_faqs:
        never_fitted = Tally()
        for name, (faq_path, questions) in OTHER_FAQS.items():
            tallies = report(faq_path, {name: (questions,)}, args.no_semantic, args.misses)
            if name != "other_conference":
                never_fitted.absorb(tallies[name])
        print(f"\n{'the files never fitted on, pooled':14s} {never_fitted.line()}")
        return
    sets: dict[str, tuple[Path, ...]] = (
        {name: (Path(path),) for name, path in (s.split("=", 1) for s in args.set)}
        if args.set else PROJECT_SETS
    )
    tallies = report(args.faq, sets, args.no_semantic, args.misses)
    blind = [name for name in tallies if is_blind(name)]
    if blind:
        pooled = Tally()
        for name in blind:
            pooled.absorb(tallies[name])
        print(f"\n{f'the {len(blind)} blind-written sets, pooled':14s} {pooled.line()}")


def is_blind(name: str) -> bool:
    """The sets written blind from the FAQ file alone (``held-out v3`` on, ``held-out
    timeN``): pooled, they are the README's headline over questions nobody tuned to when
    they were written, however many of them were read since."""
    return name.startswith(("held-out v", "held-out time"))


def report(faq_path: Path, sets: dict[str, tuple[Path, ...]], no_semantic: bool,
           misses: bool) -> dict[str, Tally]:
    """Loads the FAQ file, prints the figures of each question set over it and returns
    each set's tally."""

    started = time.perf_counter()
    settings = load_settings({"semantic_search": "off" if no_semantic else None})
    faq = load_faq(faq_path, semantic_factory(settings))
    loaded = time.perf_counter() - started
    engine = "lexical + semantic" if faq.index.semantic is not None else "lexical only"
    print(f"{dt.date.today()}  FAQ {faq_path.name}  engine: {engine}  (loaded in {loaded:.2f} s)")
    tallies: dict[str, Tally] = {}
    for name, paths in sets.items():
        items = load_questions(paths)
        overall, by_category = evaluate(faq, items)
        tallies[name] = overall
        print(f"\n{name:14s} {overall.line()}")
        for cat in sorted(by_category):
            print(f"  {cat:16s} {by_category[cat].line()}")
        if misses and name in (*CHECK_SETS, *CHECK_FAQS):
            print(f"    ({len(overall.misses)} misses of a blind check set, not printed)")
        elif misses:
            for miss in overall.misses:
                print("    " + miss)
    return tallies


if __name__ == "__main__":
    main()
