"""The names of days and months in English, which the programme logic and the vetoes
both read ("friday afternoon", "same for friday?", "the 28th of June")."""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)
