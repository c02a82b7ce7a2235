"""A speaker line names a person, or only a role (``bot.core.person_names``)."""

from __future__ import annotations

import pytest

from bot.core.person_names import names_a_person, text_names_a_person


@pytest.mark.parametrize("line", [
    "Ms. Nadia Belhaj, Ministry of Justice, Morocco",
    "Anna Beaumont, French Association of Victims of Terrorism",
    "Maria Teresa Dizon (Philippines)",
    "Lt. Col. Ibrahim Garba, Gendarmerie nationale du Niger",
    "Judge Carmen Ortega (retired), former trial judge",
    "Mr. Pieter van Dam, Passenger Information Unit, Netherlands",
    "Lucía Mendoza and Daniel Osei, youth co-chairs",
    "Vladimir Voronkov, Under-Secretary-General, UNOCT",
])
def test_a_line_that_starts_with_a_persons_name_names_a_person(line: str) -> None:
    assert names_a_person(line)


@pytest.mark.parametrize("line", [
    "Heads of counter-terrorism agencies",
    "Civil society and youth representatives",
    "Director, UN Counter-Terrorism Centre (UNCCT)",
    "INTERPOL Regional Bureau",
    "Under-Secretary-General for Counter-Terrorism, UNOCT",
    "Representative of the Government of Switzerland",
    "A UNESCO programme specialist",
    "Survivors of terrorist attacks",
    "Secretary-General of the United Nations",
    "State Border Guard Service of Kyrgyzstan",
])
def test_a_line_that_says_a_role_or_a_body_names_no_one(line: str) -> None:
    assert not names_a_person(line)


def test_a_description_names_someone_only_by_a_title_before_a_name() -> None:
    assert text_names_a_person("A panel moderated by Ms. Sofia Lind of the OSCE.")
    assert not text_names_a_person("Survivors share their experience with Member States.")
