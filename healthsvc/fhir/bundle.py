"""A search answer as a FHIR `searchset` Bundle, one page at a time, with first/previous/next/last links.

Pages are numbered (`_page`, from 1) and `_count` long (at most 100). A page past the last is an empty
page with the true `total` and the links back, not an error: the client follows `next` until it is absent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import QuerySet

from healthsvc.fhir.codes import BASE_PATH
from healthsvc.fhir.search import Search


@dataclass(frozen=True)
class Page:
    items: list
    total: int
    number: int
    last: int


def page_of(items, search: Search) -> Page:
    """The asked-for page of a queryset or list: two queries for a queryset (the count and the rows)."""
    if isinstance(items, QuerySet):
        # Pages of an order with ties could repeat or skip a row between two requests: the id breaks them.
        ordering = list(items.query.order_by) or list(items.model._meta.ordering)
        if not {"pk", "-pk", "id", "-id"} & set(map(str, ordering)):
            items = items.order_by(*ordering, "pk")
    paginator = Paginator(items, search.count, allow_empty_first_page=True)
    last = paginator.num_pages
    rows = list(paginator.page(search.page).object_list) if search.page <= last else []
    return Page(items=rows, total=paginator.count, number=search.page, last=last)


def base_url(request) -> str:
    return request.build_absolute_uri(BASE_PATH)


def searchset(request, resource_type: str, search: Search, page: Page, resources: Sequence[dict]) -> dict:
    """The Bundle of one page. `resources` are the page's resources, in the page's order."""
    base = base_url(request)

    def link(relation: str, number: int) -> dict:
        query = urlencode([*search.used, ("_count", search.count), ("_page", number)])
        return {"relation": relation, "url": f"{base}/{resource_type}?{query}"}

    links = [link("self", page.number), link("first", 1)]
    if page.number > 1:
        links.append(link("previous", min(page.number - 1, page.last)))
    if page.number < page.last:
        links.append(link("next", page.number + 1))
    links.append(link("last", page.last))
    bundle = {"resourceType": "Bundle", "type": "searchset", "total": page.total, "link": links}
    if resources:  # FHIR JSON has no empty arrays
        bundle["entry"] = [{**_entry(base, resource), "search": {"mode": "match"}} for resource in resources]
    return bundle


def collection(request, resources: Sequence[dict]) -> dict:
    """A `collection` Bundle of these resources, in their order (a download, not a search answer: FHIR's
    bdl-1 allows `total` only on a searchset or history)."""
    base = base_url(request)
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [_entry(base, resource) for resource in resources],
    }


def _entry(base: str, resource: dict) -> dict:
    return {"fullUrl": f"{base}/{resource['resourceType']}/{resource['id']}", "resource": resource}
