"""Which factory makes the recommendation for a disposition.

Factories register themselves with a decorator:

    @register("self_care")
    class SelfCareFactory(RecommendationFactory): ...

Registering a second factory for a disposition is an error unless it says
`replace=True` (a new kind of recommendation taking over a disposition). A disposition
the triage engine may add later needs only a factory registered under its code.

Clients call `factory_for(disposition)` and get an object with the
`RecommendationFactory` interface; they never name a concrete factory.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from suggestions.factories import RecommendationFactory

F = TypeVar("F", bound=type)

# Modules whose import registers the built-in factories.
BUILTIN_FACTORY_MODULES = ("suggestions.factories",)


class NoFactory(LookupError):
    """No factory is registered for a disposition."""


class FactoryAlreadyRegistered(ValueError):
    pass


class FactoryRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, RecommendationFactory] = {}
        self._lock = threading.Lock()

    def register(self, *dispositions: str, replace: bool = False) -> Callable[[F], F]:
        """Class decorator: make one instance of the factory and file it under each disposition
        (under its own `key` when no disposition is given)."""

        def decorator(factory_class: F) -> F:
            from suggestions.factories import RecommendationFactory

            if not (isinstance(factory_class, type) and issubclass(factory_class, RecommendationFactory)):
                raise TypeError(f"{factory_class!r} is not a RecommendationFactory")
            instance = factory_class()  # TypeError here if a create_ method is missing
            keys = dispositions or (factory_class.key,)
            with self._lock:
                for disposition in keys:
                    existing = self._factories.get(disposition)
                    if existing is not None and not replace and type(existing) is not factory_class:
                        raise FactoryAlreadyRegistered(
                            f"{disposition!r} already has {type(existing).__name__}; pass replace=True to take over"
                        )
                for disposition in keys:
                    self._factories[disposition] = instance
            return factory_class

        return decorator

    def unregister(self, disposition: str) -> None:
        with self._lock:
            self._factories.pop(disposition, None)

    def factory_for(self, disposition: str) -> RecommendationFactory:
        try:
            return self._factories[disposition]
        except KeyError:
            raise NoFactory(f"no recommendation factory is registered for {disposition!r}") from None

    def dispositions(self) -> list[str]:
        return sorted(self._factories)

    @contextmanager
    def preserved(self) -> Iterator[FactoryRegistry]:
        """Restore the registrations on exit (tests and experiments register freely inside)."""
        with self._lock:
            saved = dict(self._factories)
        try:
            yield self
        finally:
            with self._lock:
                self._factories = saved


registry = FactoryRegistry()
register = registry.register


def load_builtin_factories() -> None:
    for module in BUILTIN_FACTORY_MODULES:
        importlib.import_module(module)


def factory_for(disposition: str) -> RecommendationFactory:
    """The factory for a disposition (raises NoFactory)."""
    load_builtin_factories()
    return registry.factory_for(disposition)
