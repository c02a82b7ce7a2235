"""Coefficients of the decision models, written by benchmarks/fit_decision.py.

Do not edit: rerun the script. Fitted on the project's tuning questions (see that
script and policy.py).
"""

from __future__ import annotations

WRONG_ANSWER_COST = 3.0

LEXICAL_ANSWER_CONFIDENCE = 0.75
LEXICAL_SUGGEST_RELEVANCE = 0.1

LEXICAL_RANKER_INTERCEPT = -4.3285
LEXICAL_RANKER: dict[str, float] = {
    'lexical': -6.5377,
    'query_coverage': 7.1023,
    'phrase_coverage': 3.3581,
    'exactness': -0.0066,
    'lexical_margin': 2.9437,
    'asking_lexical': 1.2806,
    'missed_weight': 0.0661,
    'unknown_share': -0.4994,
    'unknown_in_question': -0.0811,
    'unknown_name': -0.4251,
    'length': -0.7471,
    'foreign': 1.0905,
    'rival_word': 0.1707,
    'focus_missed': -0.7085,
    'fact_missing': -2.1998,
    'fact_held': 0.0533,
    'phrase_conflict': -0.3554,
    'lexical_top': 0.4931,
    'session': 0.1595,
    'theme': 0.7200,
    'room': 0.5107,
}

LEXICAL_ANSWER_INTERCEPT = -2.1302
LEXICAL_ANSWER: dict[str, float] = {
    'lexical': 0.2896,
    'query_coverage': 0.2808,
    'phrase_coverage': 0.8416,
    'exactness': 0.3026,
    'lexical_margin': 1.0940,
    'asking_lexical': 0.8206,
    'missed_weight': -0.3993,
    'unknown_share': -0.2986,
    'unknown_in_question': -0.4298,
    'unknown_name': -0.6560,
    'length': 0.2156,
    'foreign': 1.8831,
    'rival_word': 0.0702,
    'focus_missed': -1.1920,
    'fact_missing': -1.7239,
    'fact_held': -0.2160,
    'phrase_conflict': -1.3031,
    'lexical_top': 0.3810,
    'session': 0.0611,
    'theme': 1.3716,
    'room': -0.1399,
    'relevance': 0.7931,
    'relevance_gap': 0.3247,
}

SEMANTIC_ANSWER_CONFIDENCE = 0.75
SEMANTIC_SUGGEST_RELEVANCE = 0.05

SEMANTIC_RANKER_INTERCEPT = -34.6741
SEMANTIC_RANKER: dict[str, float] = {
    'lexical': -7.9113,
    'query_coverage': 6.1868,
    'phrase_coverage': 2.3318,
    'exactness': -2.1936,
    'lexical_margin': 1.5375,
    'asking_lexical': 3.7887,
    'missed_weight': -0.0301,
    'unknown_share': -0.0847,
    'unknown_in_question': -0.0791,
    'unknown_name': -0.5146,
    'length': -1.2275,
    'foreign': 4.6175,
    'rival_word': 0.2482,
    'focus_missed': -0.4901,
    'fact_missing': -2.2760,
    'fact_held': 0.1072,
    'phrase_conflict': -0.4100,
    'semantic': 36.4166,
    'semantic_passage': 24.6902,
    'asking_semantic': -22.8123,
    'foreign_semantic_z': -2.1697,
    'foreign_semantic_margin': 47.4806,
    'semantic_margin': 11.1515,
    'semantic_z': 0.1152,
    'semantic_top': 0.0797,
    'lexical_top': 0.0095,
    'session': 0.1952,
    'theme': 2.1556,
    'room': 0.3060,
}

SEMANTIC_ANSWER_INTERCEPT = -72.8732
SEMANTIC_ANSWER: dict[str, float] = {
    'lexical': -15.9443,
    'query_coverage': 11.4303,
    'phrase_coverage': 4.2649,
    'exactness': -5.5981,
    'lexical_margin': 5.6470,
    'asking_lexical': 7.5827,
    'missed_weight': -0.5263,
    'unknown_share': 0.9736,
    'unknown_in_question': -1.6737,
    'unknown_name': -1.6799,
    'length': -2.8867,
    'foreign': 7.6671,
    'rival_word': 0.5360,
    'focus_missed': -2.3021,
    'fact_missing': -6.1988,
    'fact_held': -0.1114,
    'phrase_conflict': -2.3611,
    'semantic': 86.0127,
    'semantic_passage': 44.4799,
    'asking_semantic': -44.1191,
    'foreign_semantic_z': -3.9898,
    'foreign_semantic_margin': 135.6091,
    'semantic_margin': 15.6828,
    'semantic_z': -0.4530,
    'semantic_top': 0.8992,
    'lexical_top': 0.0697,
    'session': 0.0867,
    'theme': 4.8263,
    'room': 0.2972,
    'relevance': -4.3752,
    'relevance_gap': -2.4910,
}
