"""Coefficients of the decision models, written by benchmarks/fit_decision.py.

Do not edit: rerun the script. Fitted on the project's tuning questions (see that
script and policy.py).
"""

from __future__ import annotations

WRONG_ANSWER_COST = 4.0

LEXICAL_ANSWER_CONFIDENCE = 0.73
LEXICAL_SUGGEST_RELEVANCE = 0.1

LEXICAL_RANKER_INTERCEPT = -4.3846
LEXICAL_RANKER: dict[str, float] = {
    'lexical': -6.5954,
    'query_coverage': 7.2835,
    'phrase_coverage': 3.3696,
    'exactness': -0.0611,
    'lexical_margin': 2.9509,
    'asking_lexical': 1.2419,
    'missed_weight': 0.0915,
    'unknown_share': -0.3992,
    'unknown_in_question': -0.1329,
    'unknown_name': -0.4094,
    'length': -0.7464,
    'foreign': 1.1222,
    'rival_word': 0.1870,
    'focus_missed': -0.7176,
    'fact_missing': -2.2006,
    'fact_held': 0.0477,
    'phrase_conflict': -0.3601,
    'lexical_top': 0.4890,
    'session': 0.1585,
    'theme': 0.7238,
    'room': 0.5034,
}

LEXICAL_ANSWER_INTERCEPT = -2.0418
LEXICAL_ANSWER: dict[str, float] = {
    'lexical': 0.3137,
    'query_coverage': 0.3178,
    'phrase_coverage': 0.7945,
    'exactness': 0.3907,
    'lexical_margin': 1.0724,
    'asking_lexical': 0.7134,
    'missed_weight': -0.3767,
    'unknown_share': -0.3827,
    'unknown_in_question': -0.3530,
    'unknown_name': -0.7264,
    'length': 0.0540,
    'foreign': 1.8878,
    'rival_word': 0.0580,
    'focus_missed': -1.1849,
    'fact_missing': -1.7048,
    'fact_held': -0.2244,
    'phrase_conflict': -1.2921,
    'lexical_top': 0.3621,
    'session': 0.0561,
    'theme': 1.3567,
    'room': -0.1547,
    'relevance': 0.8431,
    'relevance_gap': 0.3438,
}

SEMANTIC_ANSWER_CONFIDENCE = 0.71
SEMANTIC_SUGGEST_RELEVANCE = 0.05

SEMANTIC_RANKER_INTERCEPT = -34.3811
SEMANTIC_RANKER: dict[str, float] = {
    'lexical': -5.7592,
    'query_coverage': 5.3130,
    'phrase_coverage': 2.1471,
    'exactness': -2.1401,
    'lexical_margin': 1.4834,
    'asking_lexical': 2.6119,
    'missed_weight': -0.0695,
    'unknown_share': 0.3365,
    'unknown_in_question': -0.4852,
    'unknown_name': -0.5143,
    'length': -0.9909,
    'foreign': 3.6361,
    'rival_word': 0.2417,
    'focus_missed': -0.5121,
    'fact_missing': -2.2480,
    'fact_held': 0.1097,
    'phrase_conflict': -0.4119,
    'semantic': 29.0367,
    'semantic_passage': 24.2989,
    'asking_semantic': -15.4249,
    'foreign_semantic_z': -1.0881,
    'foreign_semantic_margin': 39.9254,
    'semantic_margin': 10.8551,
    'semantic_z': 0.1247,
    'semantic_top': 0.0918,
    'lexical_top': 0.0354,
    'session': 0.1944,
    'theme': 2.1313,
    'room': 0.2519,
}

SEMANTIC_ANSWER_INTERCEPT = -77.2546
SEMANTIC_ANSWER: dict[str, float] = {
    'lexical': -15.9430,
    'query_coverage': 11.3863,
    'phrase_coverage': 4.3150,
    'exactness': -5.6570,
    'lexical_margin': 5.4972,
    'asking_lexical': 8.0490,
    'missed_weight': -0.7250,
    'unknown_share': 1.2366,
    'unknown_in_question': -1.9483,
    'unknown_name': -1.6996,
    'length': -2.7674,
    'foreign': 6.5484,
    'rival_word': 0.5483,
    'focus_missed': -2.4099,
    'fact_missing': -6.5130,
    'fact_held': -0.0581,
    'phrase_conflict': -2.3961,
    'semantic': 93.5306,
    'semantic_passage': 48.1643,
    'asking_semantic': -49.9608,
    'foreign_semantic_z': -2.2663,
    'foreign_semantic_margin': 135.1517,
    'semantic_margin': 18.6356,
    'semantic_z': -0.4762,
    'semantic_top': 0.9827,
    'lexical_top': 0.1383,
    'session': 0.0391,
    'theme': 5.1607,
    'room': 0.1563,
    'relevance': -5.2977,
    'relevance_gap': -2.4752,
}
