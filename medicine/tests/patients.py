"""The patient context the medicine checks take, for a healthy adult who takes nothing: tests override one field."""

from __future__ import annotations

ADULT = {
    "age_years": 35,
    "pregnant": False,
    "breastfeeding": False,
    "allergies": [],
    "conditions": [],
    "current_medicines": [],
}
