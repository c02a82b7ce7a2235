"""Coefficients of the decision models, written by benchmarks/fit_decision.py.

Do not edit: rerun the script. Fitted on the project's tuning questions (see that
script and policy.py).
"""

from __future__ import annotations

WRONG_ANSWER_COST = 3.0

LEXICAL_ANSWER_CONFIDENCE = 0.75
LEXICAL_SUGGEST_RELEVANCE = 0.11

LEXICAL_RANKER_INTERCEPT = -3.9324
LEXICAL_RANKER: dict[str, float] = {
    'lexical': -4.2349,
    'query_coverage': 5.1979,
    'phrase_coverage': 2.9359,
    'exactness': -0.1338,
    'lexical_margin': 3.0295,
    'asking_lexical': 1.2022,
    'missed_weight': 0.0618,
    'unknown_share': -0.6306,
    'unknown_in_question': 0.0678,
    'unknown_name': -0.2942,
    'length': -0.7964,
    'rival_word': 0.1479,
    'focus_missed': -0.7038,
    'fact_missing': -2.1681,
    'fact_held': 0.0581,
    'phrase_conflict': -0.3494,
    'lexical_top': 0.4001,
    'session': 0.1417,
    'theme': 0.6814,
    'room': 0.5148,
}

LEXICAL_ANSWER_INTERCEPT = -2.5062
LEXICAL_ANSWER: dict[str, float] = {
    'lexical': 0.3534,
    'query_coverage': 0.3748,
    'phrase_coverage': 0.8373,
    'exactness': 0.2609,
    'lexical_margin': 0.9594,
    'asking_lexical': 0.7063,
    'missed_weight': -0.4342,
    'unknown_share': -0.1792,
    'unknown_in_question': -0.3004,
    'unknown_name': -0.4790,
    'length': -0.0060,
    'rival_word': 0.1546,
    'focus_missed': -1.1013,
    'fact_missing': -1.4601,
    'fact_held': -0.1801,
    'phrase_conflict': -1.3579,
    'lexical_top': 0.7970,
    'session': 0.0670,
    'theme': 0.9471,
    'room': -0.2752,
    'relevance': 0.8411,
    'relevance_gap': 0.4677,
}

SEMANTIC_ANSWER_CONFIDENCE = 0.75
SEMANTIC_SUGGEST_RELEVANCE = 0.05

SEMANTIC_RANKER_INTERCEPT = -27.2502
SEMANTIC_RANKER: dict[str, float] = {
    'lexical': -0.1132,
    'query_coverage': 2.3592,
    'phrase_coverage': 1.7822,
    'exactness': -1.4803,
    'lexical_margin': 0.3272,
    'asking_lexical': 0.9751,
    'missed_weight': 0.0198,
    'unknown_share': 0.5743,
    'unknown_in_question': -0.4166,
    'unknown_name': -0.4378,
    'length': -0.4747,
    'foreign': 0.8961,
    'rival_word': 0.0351,
    'focus_missed': -0.3642,
    'fact_missing': -1.8411,
    'fact_held': 0.2167,
    'phrase_conflict': 0.5250,
    'semantic': 7.1838,
    'semantic_passage': 23.6542,
    'asking_semantic': -2.4024,
    'foreign_semantic_z': 0.6134,
    'foreign_semantic_margin': 4.4845,
    'semantic_margin': 12.2369,
    'semantic_z': 0.4882,
    'semantic_top': 0.3222,
    'lexical_top': 0.0488,
    'session': 0.2662,
    'theme': 1.8371,
    'room': 0.1452,
}

SEMANTIC_ANSWER_INTERCEPT = -54.5216
SEMANTIC_ANSWER: dict[str, float] = {
    'lexical': -2.3123,
    'query_coverage': 5.5779,
    'phrase_coverage': 2.8426,
    'exactness': -4.1867,
    'lexical_margin': 3.1469,
    'asking_lexical': 1.8151,
    'missed_weight': -0.2545,
    'unknown_share': 3.0500,
    'unknown_in_question': -2.5045,
    'unknown_name': -0.9144,
    'length': -2.4344,
    'foreign': 2.3457,
    'rival_word': 0.4294,
    'focus_missed': -2.0703,
    'fact_missing': -4.8982,
    'fact_held': -0.0874,
    'phrase_conflict': -1.6189,
    'semantic': 47.6375,
    'semantic_passage': 31.9254,
    'asking_semantic': -16.1010,
    'foreign_semantic_z': 0.8636,
    'foreign_semantic_margin': 18.3610,
    'semantic_margin': 10.7398,
    'semantic_z': -0.1649,
    'semantic_top': 0.8341,
    'lexical_top': -0.2677,
    'session': 0.1660,
    'theme': 3.4374,
    'room': -0.3147,
    'relevance': -2.9438,
    'relevance_gap': -1.9544,
}
