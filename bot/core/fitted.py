"""Coefficients of the decision models, written by benchmarks/fit_decision.py.

Do not edit: rerun the script. Fitted on the project's tuning questions (see that
script and policy.py).
"""

from __future__ import annotations

WRONG_ANSWER_COST = 3.0

LEXICAL_ANSWER_CONFIDENCE = 0.68
LEXICAL_SUGGEST_RELEVANCE = 0.1

LEXICAL_RANKER_INTERCEPT = -3.8613
LEXICAL_RANKER: dict[str, float] = {
    'lexical': -1.9840,
    'query_coverage': 3.4850,
    'phrase_coverage': 2.7074,
    'exactness': -0.5785,
    'lexical_margin': 2.6782,
    'asking_lexical': 1.1015,
    'missed_weight': 0.0709,
    'unknown_share': -0.3760,
    'unknown_in_question': -0.1263,
    'unknown_name': -0.4083,
    'length': -0.5919,
    'foreign': 1.0098,
    'rival_word': 0.1484,
    'focus_missed': -0.6944,
    'fact_missing': -2.1229,
    'fact_held': 0.1128,
    'phrase_conflict': -0.3820,
    'lexical_top': 0.4813,
    'session': 0.1616,
    'theme': 0.6978,
    'room': 0.4781,
}

LEXICAL_ANSWER_INTERCEPT = -5.8204
LEXICAL_ANSWER: dict[str, float] = {
    'lexical': -4.3743,
    'query_coverage': 6.8154,
    'phrase_coverage': 6.2053,
    'exactness': -0.6226,
    'lexical_margin': 7.8517,
    'asking_lexical': 2.7520,
    'missed_weight': -0.3968,
    'unknown_share': -0.0502,
    'unknown_in_question': -0.9052,
    'unknown_name': -1.5507,
    'length': -0.6701,
    'foreign': 3.8228,
    'rival_word': 0.4345,
    'focus_missed': -2.9294,
    'fact_missing': -6.6598,
    'fact_held': 0.0849,
    'phrase_conflict': -2.2031,
    'lexical_top': 1.6792,
    'session': 0.4639,
    'theme': 3.0226,
    'room': 0.4340,
    'relevance': -6.4179,
    'relevance_gap': -1.2048,
}

SEMANTIC_ANSWER_CONFIDENCE = 0.72
SEMANTIC_SUGGEST_RELEVANCE = 0.05

SEMANTIC_RANKER_INTERCEPT = -30.6493
SEMANTIC_RANKER: dict[str, float] = {
    'lexical': -0.4390,
    'query_coverage': 1.8713,
    'phrase_coverage': 1.5998,
    'exactness': -2.0208,
    'lexical_margin': 1.1364,
    'asking_lexical': 1.1739,
    'missed_weight': -0.1152,
    'unknown_share': 0.3065,
    'unknown_in_question': -0.4903,
    'unknown_name': -0.4713,
    'length': -0.5265,
    'foreign': 2.2827,
    'rival_word': 0.1953,
    'focus_missed': -0.5010,
    'fact_missing': -2.0181,
    'fact_held': 0.1592,
    'phrase_conflict': -0.4234,
    'semantic': 12.0708,
    'semantic_passage': 22.6982,
    'asking_semantic': -1.5100,
    'foreign_semantic_z': 0.3348,
    'foreign_semantic_margin': 26.7543,
    'semantic_margin': 8.8554,
    'semantic_z': 0.4492,
    'semantic_top': 0.2107,
    'lexical_top': 0.0630,
    'session': 0.1875,
    'theme': 2.0145,
    'room': 0.2753,
}

SEMANTIC_ANSWER_INTERCEPT = -84.8076
SEMANTIC_ANSWER: dict[str, float] = {
    'lexical': -8.3332,
    'query_coverage': 6.5320,
    'phrase_coverage': 4.4192,
    'exactness': -7.3322,
    'lexical_margin': 5.1177,
    'asking_lexical': 7.4698,
    'missed_weight': -0.8459,
    'unknown_share': 0.2325,
    'unknown_in_question': -1.0916,
    'unknown_name': -1.9744,
    'length': -1.8309,
    'foreign': 3.8739,
    'rival_word': 0.5872,
    'focus_missed': -2.9474,
    'fact_missing': -7.2381,
    'fact_held': 0.2788,
    'phrase_conflict': -2.9269,
    'semantic': 93.5626,
    'semantic_passage': 54.7586,
    'asking_semantic': -48.3718,
    'foreign_semantic_z': 3.1080,
    'foreign_semantic_margin': 77.9129,
    'semantic_margin': 17.0075,
    'semantic_z': 0.8542,
    'semantic_top': 0.9721,
    'lexical_top': 0.1898,
    'session': -0.1228,
    'theme': 6.5835,
    'room': 0.4224,
    'relevance': -8.9932,
    'relevance_gap': -0.9629,
}
