"""Find the complaint that matches a patient's own words ("tummy ache", "baby won't feed")."""

from __future__ import annotations

from collections.abc import Iterable

from .complaints.common import Complaint


class ComplaintSearch:
    """Complaints whose label or lay synonyms match every word of the query (label hits first)."""

    def __init__(self, complaints: Iterable[Complaint]):
        self._index = tuple((c, (c.label.lower(), *(s.lower() for s in c.synonyms))) for c in complaints)

    def search(self, query: str, limit: int = 10) -> list[Complaint]:
        words = query.lower().split()
        if not words:
            return []
        hits: list[tuple[int, int, Complaint]] = []
        for i, (c, texts) in enumerate(self._index):
            if all(any(w in t for t in texts) for w in words):
                hits.append((0 if all(w in texts[0] for w in words) else 1, i, c))
        return [c for _, _, c in sorted(hits)[:limit]]
