"""The names of days, months and the hours of a clock in English, which the programme
logic and the vetoes read ("friday afternoon", "same for friday?", "the 28th of June",
"at half past one")."""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)
# The hours of a clock in words, one to twelve ("half past one", "session two").
HOUR_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
)
