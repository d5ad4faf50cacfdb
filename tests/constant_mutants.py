"""The constant mutants of `make mutation`: the thresholds, levels and tables that mutmut cannot mutate.

mutmut 3 mutates function bodies only. The clinical rules of this system live mostly in data: the active
ruleset's thresholds (a dataclass's fields), the complaints' warning questions and baselines, and the
medicine catalogue's interactions, age limits and pregnancy levels. This module lists one mutant per
plausible wrong edit of that data, each applied in memory to the loaded objects, so that a forked test
run (tests/constant_mutation.py) sees the changed rule exactly as it would see an edited source file:

- a number (a threshold, an age, a score): one more and one less;
- a level: the disposition one step less urgent (call emergency services -> go to an emergency
  department -> urgent -> routine -> self-care), or the acuity one step less urgent: the direction in
  which a wrong edit harms a patient;
- a yes/no switch: flipped;
- a medicine interaction: deleted, or `avoid` lowered to `caution`; a medicine's pregnancy or
  breastfeeding level one step lower; a contraindicated condition removed; an age limit one month out.

Text (questions, reasons, sources) is not mutated. A mutant's name says where and what, for example
`const:triage.engine.rulesets:2026.12.3.low_temperature_below_c-1`; equivalent ones are listed in
docs/testing.md like mutmut's.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields, is_dataclass, replace
from types import MappingProxyType

PREFIX = "const:"


@dataclass(frozen=True)
class ConstantMutant:
    name: str
    module: str  # the report's row: the module whose data it changes
    apply: Callable[[], None]  # changes the loaded objects in place; only ever called in a forked child
    names: tuple[str, ...] = ()  # the ids it changes (a question, a complaint, a field): its tests come first


def _less_urgent() -> dict[str, str]:
    from triage.engine.types import DISPOSITIONS

    return dict(itertools.pairwise(DISPOSITIONS))


# --- values: how each kind of value can be edited wrongly ---------------------------------------------
def _value_edits(value, key: str, less_urgent: dict[str, str], acuity: bool) -> Iterator[tuple[str, object]]:
    """(label, new value) for one value that is not a dataclass: leaves, level pairs and containers. With
    acuity=False, the acuity half of a level is left alone (see complaint_mutants)."""
    if isinstance(value, bool):
        yield "-flipped", not value
    elif isinstance(value, int | float):
        if not math.isfinite(value):
            return
        if key.endswith("acuity"):
            if acuity and value < 5:
                yield "-acuity+1", value + 1
            return
        yield "+1", value + 1
        yield "-1", value - 1
    elif isinstance(value, str):
        if value in less_urgent:
            yield f"-to-{less_urgent[value]}", less_urgent[value]
    elif _is_level(value, less_urgent):
        level_acuity, disposition = value
        if disposition in less_urgent:
            yield f"-to-{less_urgent[disposition]}", (level_acuity, less_urgent[disposition])
        if acuity and level_acuity < 5:
            yield "-acuity+1", (level_acuity + 1, disposition)
    elif isinstance(value, tuple) and not _holds_dataclasses(value):
        for i, item in enumerate(value):
            for label, new in _value_edits(item, "", less_urgent, acuity):
                yield f"[{i}]{label}", (*value[:i], new, *value[i + 1 :])
    elif isinstance(value, Mapping) and not _holds_dataclasses(tuple(value.values())):
        for item_key, item in value.items():
            shown = "/".join(item_key) if isinstance(item_key, tuple) else item_key
            for label, new in _value_edits(item, "", less_urgent, acuity):
                yield f"[{shown}]{label}", MappingProxyType({**value, item_key: new})


def _is_level(value, less_urgent: dict[str, str]) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], int)
        and not isinstance(value[0], bool)
        and (value[1] in less_urgent or value[1] == "self_care")
    )


def _holds_dataclasses(values: tuple) -> bool:
    return any(is_dataclass(v) and not isinstance(v, type) for v in values)


def _set(owner, field_name: str, value) -> Callable[[], None]:
    def apply() -> None:
        object.__setattr__(owner, field_name, value)  # frozen dataclasses: the forked child's copy only

    return apply


# Field names of containers and levels: too common in test names to say which tests state the rule.
_GENERIC = {"red_flags", "persistence", "usual_episode", "context_rules", "danger_signs", "disposition", "acuity"}


def _object_mutants(module: str, owner, label: str, seen: set[int], acuity: bool) -> Iterator[ConstantMutant]:
    """Every field edit of a dataclass instance, then of the dataclasses it holds (each object once)."""
    if id(owner) in seen:
        return
    seen.add(id(owner))
    less_urgent = _less_urgent()
    for spec in fields(owner):
        value = getattr(owner, spec.name)
        for child_label, child in _held_objects(value, f"{label}.{spec.name}"):
            yield from _object_mutants(module, child, child_label, seen, acuity)
        names = tuple(
            part for part in (*label.split("."), spec.name) if part not in _GENERIC and not part[:1].isdigit()
        )
        for edit, new in _value_edits(value, spec.name, less_urgent, acuity):
            name = f"{PREFIX}{module}:{label}.{spec.name}{edit}"
            yield ConstantMutant(name, module, _set(owner, spec.name, new), names)


def _held_objects(value, label: str) -> Iterator[tuple[str, object]]:
    """The dataclasses a field holds, named by their own id where they have one, else by position."""
    if isinstance(value, Mapping):
        items = list(value.items())
    elif isinstance(value, tuple):
        items = list(enumerate(value))
    else:
        items = [(None, value)]
    for position, item in items:
        if is_dataclass(item) and not isinstance(item, type):
            name = _identity(item) or position
            yield (label if name is None else f"{label}.{name}"), item


def _identity(obj) -> str | None:
    for attribute in ("rule_id", "id", "code", "version"):
        if isinstance(getattr(obj, attribute, None), str):
            return getattr(obj, attribute)
    return None


# --- the three data sets --------------------------------------------------------------------------------
def ruleset_mutants() -> list[ConstantMutant]:
    """The active ruleset's thresholds and levels, and the context rules and danger-sign levels it holds."""
    from triage.engine.rulesets import DEFAULT_RULESET, RULESETS

    return list(_object_mutants("triage.engine.rulesets", RULESETS[DEFAULT_RULESET], DEFAULT_RULESET, set(), True))


def complaint_mutants() -> list[ConstantMutant]:
    """Each complaint's baseline, duration rules and usual-episode level, and each warning question's level
    (a question shared by several complaints is one object, mutated once): where the patient is sent. Their
    acuities (the ED priority within a disposition) are not mutated: the expected-outcome tables that state
    each question's rule from the guidance give the disposition, and no test states 423 acuities. A duration
    rule's `even_untreated` switch is mutated only where the engine reads it, in a complaint whose guidance
    says to try home treatment first (`self_care_first`): elsewhere no patient is "untreated", so flipping it
    changes nothing (triage/engine/rules.py, the persistence loop)."""
    from triage.engine.catalogue import COMPLAINTS

    seen: set[int] = set()
    mutants = [
        m
        for c in COMPLAINTS
        for m in _object_mutants("triage.engine.complaints", c, c.code, seen, False)
        if c.self_care_first or not m.name.endswith("even_untreated-flipped")
    ]
    return [replace(m, apply=_then_replan(m.apply)) for m in mutants]


def _then_replan(apply: Callable[[], None]) -> Callable[[], None]:
    """The engine turns each complaint into a plan (its reasons and levels) once, at import: after changing a
    complaint, make the plans again, as a process started with the edited source would."""

    def apply_and_replan() -> None:
        from triage.engine import rules
        from triage.engine.catalogue import COMPLAINTS

        apply()
        rules._PLANS.update({c.code: rules._plan(c) for c in COMPLAINTS})

    return apply_and_replan


def catalogue_mutants() -> list[ConstantMutant]:
    """The medicine catalogue: interactions, pregnancy and breastfeeding levels, contraindications, ages."""
    from medicine import catalogue_data

    module = "medicine.catalogue_data"
    mutants = []
    rules = catalogue_data.INTERACTION_RULES

    def set_rules(new_rules):
        return lambda: setattr(catalogue_data, "INTERACTION_RULES", new_rules)

    for i, (left, right, severity, advice, source) in enumerate(rules):
        name = f"{PREFIX}{module}:INTERACTION_RULES.{left}+{right}"
        names = (left, right)
        mutants.append(ConstantMutant(f"{name}-deleted", module, set_rules((*rules[:i], *rules[i + 1 :])), names))
        if severity == "avoid":
            lowered = (left, right, "caution", advice, source)
            rules_lowered = (*rules[:i], lowered, *rules[i + 1 :])
            mutants.append(ConstantMutant(f"{name}-to-caution", module, set_rules(rules_lowered), names))

    lower_level = {"avoid": "caution", "caution": "ok"}
    for spec in catalogue_data.MEDICINES:
        name = f"{PREFIX}{module}:MEDICINES.{spec['slug']}"
        names = (spec["slug"], *spec["ingredients"])
        for key in ("pregnancy_level", "breastfeeding_level"):
            if spec.get(key) in lower_level:
                lowered = lower_level[spec[key]]
                mutants.append(ConstantMutant(f"{name}.{key}-to-{lowered}", module, _put(spec, key, lowered), names))
        conditions = spec.get("contraindicated_conditions", ())
        for i, condition in enumerate(conditions):
            fewer = (*conditions[:i], *conditions[i + 1 :])
            mutants.append(
                ConstantMutant(
                    f"{name}.contraindicated_conditions.{condition}-deleted",
                    module,
                    _put(spec, "contraindicated_conditions", fewer),
                    (*names, condition),
                )
            )
        for key in ("min_age_months", "max_age_months"):
            if spec.get(key) is not None:
                for edit, months in (("+1", spec[key] + 1), ("-1", spec[key] - 1)):
                    mutants.append(ConstantMutant(f"{name}.{key}{edit}", module, _put(spec, key, months), names))
    return mutants


def _put(spec: dict, key: str, value) -> Callable[[], None]:
    return lambda: spec.__setitem__(key, value)


def all_mutants() -> list[ConstantMutant]:
    mutants = ruleset_mutants() + complaint_mutants() + catalogue_mutants()
    names = [m.name for m in mutants]
    if len(set(names)) != len(names):
        raise ValueError("two constant mutants share a name")
    return mutants
