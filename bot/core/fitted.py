"""Coefficients of the decision models, written by benchmarks/fit_decision.py.

Do not edit: rerun the script. Fitted on the project's tuning questions (see that
script and policy.py).
"""

from __future__ import annotations

WRONG_ANSWER_COST = 3.0

LEXICAL_ANSWER_CONFIDENCE = 0.75
LEXICAL_SUGGEST_RELEVANCE = 0.14

LEXICAL_RANKER_INTERCEPT = -3.5236
LEXICAL_RANKER: dict[str, float] = {
    'lexical': 0.7721,
    'query_coverage': 1.0709,
    'phrase_coverage': 1.9588,
    'exactness': -0.2090,
    'lexical_margin': 2.3837,
    'asking_lexical': 1.0797,
    'missed_weight': -0.0227,
    'unknown_share': -0.1972,
    'unknown_in_question': -0.1639,
    'unknown_name': -0.3430,
    'length': -0.6270,
    'rival_word': 0.1446,
    'focus_missed': -0.6078,
    'fact_missing': -1.7144,
    'fact_held': 0.0811,
    'phrase_conflict': -0.2963,
    'lexical_top': 0.5831,
    'session': 0.1250,
    'theme': 0.5780,
    'room': 0.4297,
}

LEXICAL_ANSWER_INTERCEPT = -2.4717
LEXICAL_ANSWER: dict[str, float] = {
    'lexical': 0.3067,
    'query_coverage': 0.3654,
    'phrase_coverage': 0.9202,
    'exactness': 0.4207,
    'lexical_margin': 0.8841,
    'asking_lexical': 0.4932,
    'missed_weight': -0.4460,
    'unknown_share': -0.1074,
    'unknown_in_question': -0.3149,
    'unknown_name': -0.5681,
    'length': 0.1786,
    'rival_word': 0.0818,
    'focus_missed': -1.1915,
    'fact_missing': -1.5153,
    'fact_held': -0.1701,
    'phrase_conflict': -1.3868,
    'lexical_top': 0.6616,
    'session': 0.0361,
    'theme': 1.3503,
    'room': -0.3504,
    'relevance': 0.7547,
    'relevance_gap': 0.6468,
}

SEMANTIC_ANSWER_CONFIDENCE = 0.75
SEMANTIC_SUGGEST_RELEVANCE = 0.06

SEMANTIC_RANKER_INTERCEPT = -27.1181
SEMANTIC_RANKER: dict[str, float] = {
    'lexical': 0.4921,
    'query_coverage': 0.6243,
    'phrase_coverage': 1.2257,
    'exactness': -1.5995,
    'lexical_margin': 1.2314,
    'asking_lexical': 1.3296,
    'missed_weight': -0.2154,
    'unknown_share': 0.0272,
    'unknown_in_question': -0.2874,
    'unknown_name': -0.4760,
    'length': -0.7107,
    'foreign': 0.7095,
    'rival_word': 0.0090,
    'focus_missed': -0.4832,
    'fact_missing': -1.7393,
    'fact_held': 0.0682,
    'phrase_conflict': -0.3622,
    'semantic': 5.5701,
    'semantic_passage': 23.5243,
    'asking_semantic': 0.5064,
    'foreign_semantic_z': 1.5568,
    'foreign_semantic_margin': 10.2989,
    'semantic_margin': 8.5468,
    'semantic_z': 0.6969,
    'semantic_top': 0.5193,
    'lexical_top': -0.1530,
    'session': 0.2424,
    'theme': 1.5413,
    'room': -0.1299,
}

SEMANTIC_ANSWER_INTERCEPT = -20.2011
SEMANTIC_ANSWER: dict[str, float] = {
    'lexical': 0.0539,
    'query_coverage': -0.0084,
    'phrase_coverage': -0.0756,
    'exactness': -1.0477,
    'lexical_margin': 0.8424,
    'asking_lexical': 0.3757,
    'missed_weight': -0.4383,
    'unknown_share': -0.0725,
    'unknown_in_question': -0.5394,
    'unknown_name': -0.3313,
    'length': -0.5173,
    'foreign': 0.2140,
    'rival_word': -0.1452,
    'focus_missed': -1.2390,
    'fact_missing': -1.8589,
    'fact_held': -0.1954,
    'phrase_conflict': -1.6264,
    'semantic': 9.4025,
    'semantic_passage': 8.7110,
    'asking_semantic': 5.5365,
    'foreign_semantic_z': 0.2838,
    'foreign_semantic_margin': 11.5014,
    'semantic_margin': -2.7023,
    'semantic_z': 0.1680,
    'semantic_top': 0.0452,
    'lexical_top': 0.0291,
    'session': 0.1282,
    'theme': 0.8187,
    'room': -0.4174,
    'relevance': 1.2187,
    'relevance_gap': 0.4562,
}
