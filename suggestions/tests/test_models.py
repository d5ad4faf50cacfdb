"""Every edge of the interaction state machine, allowed and forbidden, and the database rules."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction
from django_fsm import TransitionNotAllowed, can_proceed

from suggestions.choices import InteractionState
from suggestions.models import Interaction, Recommendation
from suggestions.services import interaction_respond

pytestmark = pytest.mark.django_db

S = InteractionState
ALL = ["accept", "dismiss", "complete", "withdraw"]
# state -> transitions that are allowed from it (and where they lead)
ALLOWED = {
    S.OFFERED: {"accept": S.ACCEPTED, "dismiss": S.DISMISSED, "complete": S.COMPLETED, "withdraw": S.WITHDRAWN},
    S.ACCEPTED: {"complete": S.COMPLETED, "withdraw": S.WITHDRAWN},
    S.DISMISSED: {},
    S.COMPLETED: {},
    S.WITHDRAWN: {},
}
PATHS = {
    S.OFFERED: [],
    S.ACCEPTED: ["accept"],
    S.DISMISSED: ["dismiss"],
    S.COMPLETED: ["complete"],
    S.WITHDRAWN: ["withdraw"],
}


def interaction_in(recommendation, state) -> Interaction:
    interaction = recommendation.interactions.order_by("position").first()
    for step in PATHS[state]:
        getattr(interaction, step)()
    interaction.save()
    return Interaction.objects.get(pk=interaction.pk)


@pytest.mark.parametrize("state", list(ALLOWED))
@pytest.mark.parametrize("name", ALL)
def test_every_edge(recommendation, state, name):
    interaction = interaction_in(recommendation, state)
    transition = getattr(interaction, name)
    if name in ALLOWED[state]:
        assert can_proceed(transition)
        transition()
        interaction.save()
        stored = Interaction.objects.get(pk=interaction.pk)
        assert stored.state == ALLOWED[state][name]
        stamp = {"accept": "accepted_at", "dismiss": "dismissed_at", "complete": "completed_at"}.get(
            name, "withdrawn_at"
        )
        assert getattr(stored, stamp) is not None
    else:
        assert not can_proceed(transition)
        with pytest.raises(TransitionNotAllowed):
            transition()


@pytest.mark.parametrize("state", list(ALLOWED))
@pytest.mark.parametrize("response", ["accept", "dismiss", "complete"])
def test_every_patient_response_through_the_service(recommendation, patient, state, response):
    interaction = interaction_in(recommendation, state)
    if response in ALLOWED[state]:
        result = interaction_respond(interaction_id=interaction.pk, actor=patient, response=response)
        assert result.state == ALLOWED[state][response]
        last = result.transitions.order_by("-id").first()
        assert (last.from_state, last.to_state, last.actor_id) == (state, ALLOWED[state][response], patient.pk)
    else:
        from healthsvc.errors import Conflict

        with pytest.raises(Conflict) as caught:
            interaction_respond(interaction_id=interaction.pk, actor=patient, response=response)
        assert caught.value.code == "illegal_transition"
        assert caught.value.extra["current_state"] == state
        assert Interaction.objects.get(pk=interaction.pk).state == state


def test_the_state_is_protected(recommendation):
    interaction = recommendation.interactions.first()
    with pytest.raises(AttributeError):
        interaction.state = S.COMPLETED


def test_every_offer_starts_with_a_history_row(recommendation):
    for interaction in recommendation.interactions.all():
        (first,) = interaction.transitions.all()
        assert (first.from_state, first.to_state) == ("", S.OFFERED)


def test_one_current_recommendation_per_record(recommendation):
    clone = Recommendation.objects.get(pk=recommendation.pk)
    clone.pk = None
    with pytest.raises(IntegrityError), transaction.atomic():
        clone.save()  # same record, also current; (and the same result version)


def test_a_recommendation_not_current_says_when_it_was_replaced(recommendation):
    with pytest.raises(IntegrityError), transaction.atomic():
        Recommendation.objects.filter(pk=recommendation.pk).update(is_current=False)


def test_one_recommendation_per_result_version(recommendation):
    from django.utils import timezone

    Recommendation.objects.filter(pk=recommendation.pk).update(is_current=False, superseded_at=timezone.now())
    clone = Recommendation.objects.get(pk=recommendation.pk)
    clone.pk = None
    clone.is_current, clone.superseded_at = True, None
    with pytest.raises(IntegrityError), transaction.atomic():
        clone.save()
