"""The NEWS2 chart, edge by edge (Royal College of Physicians, National Early Warning Score 2, 2017).

Every value here is written from the RCP chart, not read from triage/engine/news2.py: each band's first
and last value, so moving any edge by one (a `<=` turned `<`, 90 turned 91) changes a score below.
One parameter is measured at a time, so the aggregate is that parameter's score.
"""

from __future__ import annotations

import pytest

from triage.engine.news2 import news2
from triage.engine.types import Vitals

# (value, score) at both edges of every band of the chart.
RESPIRATION_RATE = [(8, 3), (9, 1), (11, 1), (12, 0), (20, 0), (21, 2), (24, 2), (25, 3)]
SPO2_SCALE_1 = [(91, 3), (92, 2), (93, 2), (94, 1), (95, 1), (96, 0), (100, 0)]
SYSTOLIC_BP = [(90, 3), (91, 2), (100, 2), (101, 1), (110, 1), (111, 0), (219, 0), (220, 3)]
PULSE = [(40, 3), (41, 1), (50, 1), (51, 0), (90, 0), (91, 1), (110, 1), (111, 2), (130, 2), (131, 3)]
TEMPERATURE = [(35.0, 3), (35.1, 1), (36.0, 1), (36.1, 0), (38.0, 0), (38.1, 1), (39.0, 1), (39.1, 2)]
# Scale 2 (hypercapnic respiratory failure, target 88-92 %): on air, 93 and above scores 0;
# on oxygen, the upper arm scores over-oxygenation.
SPO2_SCALE_2_ON_AIR = [(83, 3), (84, 2), (85, 2), (86, 1), (87, 1), (88, 0), (92, 0), (93, 0), (100, 0)]
SPO2_SCALE_2_ON_OXYGEN = [(92, 0), (93, 1), (94, 1), (95, 2), (96, 2), (97, 3)]


@pytest.mark.parametrize(("rate", "score"), RESPIRATION_RATE)
def test_news2_respiration_rate_band_edges(rate, score):
    assert news2(Vitals(respiratory_rate=rate)) == (score, score == 3, 1)


@pytest.mark.parametrize(("spo2", "score"), SPO2_SCALE_1)
def test_news2_oxygen_saturation_scale_1_band_edges(spo2, score):
    assert news2(Vitals(spo2=spo2)) == (score, score == 3, 1)


@pytest.mark.parametrize(("spo2", "score"), SPO2_SCALE_2_ON_AIR)
def test_news2_oxygen_saturation_scale_2_on_air_band_edges(spo2, score):
    # Air scores 0 for the air/oxygen parameter: the aggregate is the SpO2 score; two parameters measured.
    assert news2(Vitals(spo2=spo2, spo2_scale2=True, supplemental_oxygen=False)) == (score, score == 3, 2)


@pytest.mark.parametrize(("spo2", "score"), SPO2_SCALE_2_ON_OXYGEN)
def test_news2_oxygen_saturation_scale_2_on_oxygen_band_edges(spo2, score):
    # Oxygen itself scores 2 on the chart; the red flag is the SpO2 parameter's own 3.
    assert news2(Vitals(spo2=spo2, spo2_scale2=True, supplemental_oxygen=True)) == (score + 2, score == 3, 2)


def test_news2_supplemental_oxygen_scores_2_and_air_0():
    assert news2(Vitals(supplemental_oxygen=True)) == (2, False, 1)
    assert news2(Vitals(supplemental_oxygen=False)) == (0, False, 1)


@pytest.mark.parametrize(("systolic", "score"), SYSTOLIC_BP)
def test_news2_systolic_blood_pressure_band_edges(systolic, score):
    assert news2(Vitals(systolic_bp=systolic)) == (score, score == 3, 1)


@pytest.mark.parametrize(("pulse", "score"), PULSE)
def test_news2_pulse_band_edges(pulse, score):
    assert news2(Vitals(heart_rate=pulse)) == (score, score == 3, 1)


CONSCIOUSNESS = [("alert", 0), ("new_confusion", 3), ("voice", 3), ("pain", 3), ("unresponsive", 3)]  # ACVPU


@pytest.mark.parametrize(("level", "score"), CONSCIOUSNESS)
def test_news2_consciousness_anything_but_alert_scores_3(level, score):
    assert news2(Vitals(consciousness=level)) == (score, score == 3, 1)


@pytest.mark.parametrize(("temperature", "score"), TEMPERATURE)
def test_news2_temperature_band_edges(temperature, score):
    assert news2(Vitals(temperature_c=temperature)) == (score, score == 3, 1)


def test_news2_adds_every_parameter_and_counts_the_ones_measured():
    # RR 22 (2), SpO2 95 (1), air (0), SBP 105 (1), pulse 115 (2), alert (0), 38.5 °C (1): 7 of 7, total 7.
    vitals = Vitals(
        respiratory_rate=22,
        spo2=95,
        supplemental_oxygen=False,
        systolic_bp=105,
        heart_rate=115,
        consciousness="alert",
        temperature_c=38.5,
    )
    assert news2(vitals) == (7, False, 7)


def test_news2_a_single_3_is_a_red_score_even_when_the_total_is_low():
    assert news2(Vitals(respiratory_rate=16, heart_rate=35, temperature_c=37.0)) == (3, True, 3)


def test_news2_with_nothing_measured_is_zero_of_zero():
    assert news2(Vitals()) == (0, False, 0)
