"""Triage engine throughput: evaluations per second on one core over a realistic mix of answers.

    .venv/bin/python bench/triage_engine.py [--seconds 3] [--ruleset 2025.11]

The mix: every complaint, about a third with one or two red flags answered yes, pain spread
over 0-10, all ages (infants to the very old), 45 % with some vital signs, special populations
(pregnancy, anticoagulants, immunocompromise, diabetes). Answers are validated once up front;
the timed loop is evaluate() alone, which is what the triage task calls. Target: >= 20,000/s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from triage.engine import (
    COMPLAINTS,
    DEFAULT_RULESET,
    DURATIONS,
    ONSETS,
    RULESETS,
    evaluate,
    validate_answers,
)

TARGET = 20_000


def realistic_answers(n: int, seed: int = 20251130) -> list:
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        c = rng.choice(COMPLAINTS)
        sex = rng.choice(c.sexes or ("female", "male", "female", "male", "other"))
        age = rng.choice(
            (
                rng.uniform(0, 0.25),
                rng.uniform(0.25, 5),
                rng.uniform(5, 16),
                rng.uniform(16, 65),
                rng.uniform(16, 65),
                rng.uniform(65, 100),
            )
        )
        if c.tags & {"pregnancy", "postpartum"}:
            age = rng.uniform(16, 45)
        flags = {}
        for f in c.red_flags:
            roll = rng.random()
            if roll < 0.08:
                flags[f.id] = True
            elif roll < 0.7:
                flags[f.id] = False
        raw = {
            "age_years": round(age, 3),
            "sex": sex,
            "complaint": c.code,
            "pain": rng.choice((0, 0, 1, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10)),
            "onset": rng.choice(ONSETS),
            "duration": rng.choice(DURATIONS),
            "red_flags": flags,
            "pregnant": ("pregnancy" in c.tags) or (sex != "male" and 16 <= age < 45 and rng.random() < 0.08),
            "immunocompromised": rng.random() < 0.05,
            "anticoagulants": rng.random() < 0.07 and age > 40,
            "diabetes": rng.random() < 0.1 and age > 20,
            "known_recurrent": rng.random() < 0.15,
        }
        if rng.random() < 0.45:
            vitals = {}
            if rng.random() < 0.9:
                vitals["temperature_c"] = round(rng.gauss(37.4, 0.9), 1)
            if rng.random() < 0.6:
                vitals["heart_rate"] = int(rng.gauss(95 if age > 12 else 125, 20))
            if rng.random() < 0.4:
                vitals["spo2"] = min(100, int(rng.gauss(96, 2.5)))
            if rng.random() < 0.3:
                vitals["respiratory_rate"] = int(rng.gauss(18 if age > 12 else 30, 5))
            if rng.random() < 0.3 and age > 12:
                vitals["systolic_bp"] = int(rng.gauss(128, 22))
            if rng.random() < 0.1:
                vitals["consciousness"] = rng.choice(("alert", "alert", "alert", "new_confusion", "voice"))
            if rng.random() < 0.05:
                vitals["blood_glucose_mmol_l"] = round(rng.uniform(2, 25), 1)
            raw["vitals"] = vitals
        out.append(validate_answers(raw))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--ruleset", default=DEFAULT_RULESET, choices=sorted(RULESETS))
    parser.add_argument("--pool", type=int, default=5000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    pool = realistic_answers(args.pool)
    t0 = time.perf_counter()
    checked = [validate_answers(a.as_dict()) for a in pool]
    validate_rate = len(checked) / (time.perf_counter() - t0)

    for a in pool:  # warm the per-reason caches, as a long-running worker would be
        evaluate(a, args.ruleset)
    mix: dict[str, int] = {}
    for a in pool:
        d = evaluate(a, args.ruleset).disposition
        mix[d] = mix.get(d, 0) + 1

    n = 0
    deadline = time.perf_counter() + args.seconds
    start = time.perf_counter()
    ruleset = args.ruleset
    while True:
        for a in pool:
            evaluate(a, ruleset)
        n += len(pool)
        if time.perf_counter() >= deadline:
            break
    elapsed = time.perf_counter() - start
    rate = n / elapsed

    print(
        f"ruleset {args.ruleset}; pool of {len(pool)} varied answers; dispositions "
        + ", ".join(f"{k} {v * 100 / len(pool):.0f}%" for k, v in sorted(mix.items()))
    )
    print(
        f"evaluate: {rate:,.0f} evaluations/s on one core ({elapsed * 1e6 / n:.1f} µs each; "
        f"{rate / TARGET:.1f}x the {TARGET:,}/s target)"
    )
    print(f"validate_answers: {validate_rate:,.0f} validations/s (not part of the target)")


if __name__ == "__main__":
    main()
