"""Coefficients of the decision models, written by benchmarks/fit_decision.py.

Do not edit: rerun the script. Fitted on the project's tuning questions (see that
script and policy.py).
"""

from __future__ import annotations

WRONG_ANSWER_COST = 3.0

LEXICAL_ANSWER_CONFIDENCE = 0.75
LEXICAL_SUGGEST_RELEVANCE = 0.1

LEXICAL_RANKER_INTERCEPT = -3.9888
LEXICAL_RANKER: dict[str, float] = {
    'lexical': -4.3246,
    'query_coverage': 5.2906,
    'phrase_coverage': 2.9449,
    'exactness': -0.1469,
    'lexical_margin': 3.0047,
    'asking_lexical': 1.2202,
    'missed_weight': 0.0118,
    'unknown_share': -0.3929,
    'unknown_in_question': -0.0176,
    'unknown_name': -0.3999,
    'length': -0.7251,
    'rival_word': 0.2027,
    'focus_missed': -0.7123,
    'fact_missing': -2.1674,
    'fact_held': 0.0568,
    'phrase_conflict': -0.3614,
    'lexical_top': 0.4171,
    'session': 0.1359,
    'theme': 0.6712,
    'room': 0.5023,
}

LEXICAL_ANSWER_INTERCEPT = -6.5257
LEXICAL_ANSWER: dict[str, float] = {
    'lexical': -11.4552,
    'query_coverage': 12.1461,
    'phrase_coverage': 7.0486,
    'exactness': 0.2307,
    'lexical_margin': 7.6264,
    'asking_lexical': 3.9995,
    'missed_weight': -0.6279,
    'unknown_share': -0.5668,
    'unknown_in_question': 0.0642,
    'unknown_name': -1.6788,
    'length': -0.8043,
    'rival_word': 0.6115,
    'focus_missed': -3.1228,
    'fact_missing': -6.5042,
    'fact_held': -0.1592,
    'phrase_conflict': -2.2206,
    'lexical_top': 1.6918,
    'session': 0.4365,
    'theme': 2.4440,
    'room': 0.3602,
    'relevance': -6.7689,
    'relevance_gap': -0.8297,
}

SEMANTIC_ANSWER_CONFIDENCE = 0.75
SEMANTIC_SUGGEST_RELEVANCE = 0.05

SEMANTIC_RANKER_INTERCEPT = -28.7248
SEMANTIC_RANKER: dict[str, float] = {
    'lexical': -0.4527,
    'query_coverage': 1.6526,
    'phrase_coverage': 1.9563,
    'exactness': -1.0120,
    'lexical_margin': 0.4108,
    'asking_lexical': 1.0037,
    'missed_weight': -0.3750,
    'unknown_share': 0.6279,
    'unknown_in_question': -0.5139,
    'unknown_name': -0.5817,
    'length': -0.3533,
    'foreign': 0.5491,
    'rival_word': -0.1587,
    'focus_missed': -0.4101,
    'fact_missing': -1.8337,
    'fact_held': 0.2192,
    'phrase_conflict': 0.4796,
    'semantic': 7.1135,
    'semantic_passage': 25.6407,
    'asking_semantic': -2.0898,
    'foreign_semantic_z': 1.1469,
    'foreign_semantic_margin': 1.4139,
    'semantic_margin': 11.1021,
    'semantic_z': 0.5126,
    'semantic_top': 0.3705,
    'lexical_top': 0.0074,
    'session': 0.2891,
    'theme': 1.7049,
    'room': -0.0784,
}

SEMANTIC_ANSWER_INTERCEPT = -43.6484
SEMANTIC_ANSWER: dict[str, float] = {
    'lexical': -0.1829,
    'query_coverage': 1.0966,
    'phrase_coverage': 2.2066,
    'exactness': -2.6988,
    'lexical_margin': 1.9437,
    'asking_lexical': 0.8790,
    'missed_weight': -0.8950,
    'unknown_share': 2.4056,
    'unknown_in_question': -2.2859,
    'unknown_name': -0.8917,
    'length': -1.4438,
    'foreign': 1.1143,
    'rival_word': -0.1003,
    'focus_missed': -1.9089,
    'fact_missing': -3.7599,
    'fact_held': -0.1429,
    'phrase_conflict': -1.9505,
    'semantic': 35.3382,
    'semantic_passage': 24.4320,
    'asking_semantic': -8.4706,
    'foreign_semantic_z': 1.6961,
    'foreign_semantic_margin': 5.2984,
    'semantic_margin': -0.5332,
    'semantic_z': -0.0690,
    'semantic_top': 0.7066,
    'lexical_top': -0.1377,
    'session': 0.3472,
    'theme': 2.5849,
    'room': -0.7961,
    'relevance': -0.3493,
    'relevance_gap': -1.6403,
}
