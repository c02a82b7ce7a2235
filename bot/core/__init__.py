"""The pure core: FAQ model, text normalisation, matching, schedule logic and answering.

Standard library and rapidfuzz only; no I/O, no clock, no Discord.
"""
