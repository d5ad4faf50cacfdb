"""NEWS2 aggregate score (Royal College of Physicians, 2017).

Scoring bands [V]: identical in several independent public implementations and an FHIR
example. SpO2 Scale 2 row [M]: check against the RCP chart. NEWS2 is validated for adults
(>= 16 years) and not in pregnancy; the caller decides whether it applies.
"""

from __future__ import annotations

from .types import Vitals

NEWS2_PARAMETERS = 7  # RR, SpO2, air/oxygen, SBP, pulse, consciousness, temperature


def _rr(v: int) -> int:
    # <=8: 3 | 9-11: 1 | 12-20: 0 | 21-24: 2 | >=25: 3
    if v <= 8:
        return 3
    if v <= 11:
        return 1
    if v <= 20:
        return 0
    if v <= 24:
        return 2
    return 3


def _spo2_scale1(v: int) -> int:
    # <=91: 3 | 92-93: 2 | 94-95: 1 | >=96: 0
    if v <= 91:
        return 3
    if v <= 93:
        return 2
    if v <= 95:
        return 1
    return 0


def _spo2_scale2(v: int, on_oxygen: bool) -> int:
    # [M] <=83: 3 | 84-85: 2 | 86-87: 1 | 88-92 (or >=93 on air): 0 | on O2: 93-94: 1, 95-96: 2, >=97: 3.
    # The upper arm scores over-oxygenation, a hazard for hypercapnic patients.
    if v <= 83:
        return 3
    if v <= 85:
        return 2
    if v <= 87:
        return 1
    if v <= 92 or not on_oxygen:
        return 0
    if v <= 94:
        return 1
    if v <= 96:
        return 2
    return 3


def _sbp(v: int) -> int:
    # <=90: 3 | 91-100: 2 | 101-110: 1 | 111-219: 0 | >=220: 3
    if v <= 90:
        return 3
    if v <= 100:
        return 2
    if v <= 110:
        return 1
    if v <= 219:
        return 0
    return 3


def _pulse(v: int) -> int:
    # <=40: 3 | 41-50: 1 | 51-90: 0 | 91-110: 1 | 111-130: 2 | >=131: 3
    if v <= 40:
        return 3
    if v <= 50:
        return 1
    if v <= 90:
        return 0
    if v <= 110:
        return 1
    if v <= 130:
        return 2
    return 3


def _temp(v: float) -> int:
    # <=35.0: 3 | 35.1-36.0: 1 | 36.1-38.0: 0 | 38.1-39.0: 1 | >=39.1: 2
    # Compared on the boundaries so that 35.05 scores like 35.1 (toward the more urgent side).
    if v <= 35.0:
        return 3
    if v <= 36.0:
        return 1
    if v <= 38.0:
        return 0
    if v <= 39.0:
        return 1
    return 2


def news2(v: Vitals) -> tuple[int, bool, int]:
    """(aggregate score, any single parameter scored 3, number of the 7 parameters measured).

    Missing parameters score 0, so with partial vitals the score is a lower bound: every
    threshold it crosses is crossed by the true score too.
    """
    total = 0
    red = False
    measured = 0
    if v.respiratory_rate is not None:
        s = _rr(v.respiratory_rate)
        total += s
        red = red or s == 3
        measured += 1
    on_oxygen = bool(v.supplemental_oxygen)
    if v.spo2 is not None:
        s = _spo2_scale2(v.spo2, on_oxygen) if v.spo2_scale2 else _spo2_scale1(v.spo2)
        total += s
        red = red or s == 3
        measured += 1
    if v.supplemental_oxygen is not None:
        total += 2 if on_oxygen else 0
        measured += 1
    if v.systolic_bp is not None:
        s = _sbp(v.systolic_bp)
        total += s
        red = red or s == 3
        measured += 1
    if v.heart_rate is not None:
        s = _pulse(v.heart_rate)
        total += s
        red = red or s == 3
        measured += 1
    if v.consciousness is not None:
        if v.consciousness != "alert":
            total += 3  # new confusion, V, P or U (ACVPU)
            red = True
        measured += 1
    if v.temperature_c is not None:
        s = _temp(v.temperature_c)
        total += s
        red = red or s == 3
        measured += 1
    return total, red, measured
