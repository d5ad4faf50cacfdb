"""What every resource type's endpoint does, so each mapping module only says what differs.

An Endpoint reads through its app's selector (`visible`: exactly what the REST API lets this user see),
narrows with the parsed search clauses, pages, audits what a member of staff read (through the app's own
audit service, the row the REST API writes), and maps the page to resources in one batch, so the query
count of a page does not grow with its length.
"""

from __future__ import annotations

from django.db.models import QuerySet

from healthsvc.errors import NotFound
from healthsvc.fhir.bundle import page_of, searchset
from healthsvc.fhir.codes import ID_PATTERN
from healthsvc.fhir.search import ID_PARAM, Clause, Search, SearchParam, ids_of


class Endpoint:
    type_name = ""
    description = ""
    search_params: tuple[SearchParam, ...] = ()
    public = False  # readable without a token (like the REST API's public questionnaire)
    cache_control: str | None = None  # for what holds nothing personal; otherwise no-store (security_headers)
    numeric_ids = True  # ids are database ids (Medication uses the slug, Patient has its own form)
    id_field = "pk"  # the field a queryset's ids are looked up in

    @property
    def params(self) -> dict[str, SearchParam]:
        return {param.name: param for param in (ID_PARAM, *self.search_params)}

    # --- what each resource type says ---------------------------------------------------------
    def visible(self, user) -> QuerySet | list:
        """Everything this user may read, from the owning app's selector."""
        raise NotImplementedError

    def narrow(self, items, clause: Clause):
        """`items` narrowed by one search clause (a clause of `_id` is handled here)."""
        raise NotImplementedError

    def render(self, request, objects: list) -> list[dict]:
        """The resources of `objects`, in their order."""
        raise NotImplementedError

    def audit(self, user, objects: list) -> None:
        """Record a staff read of patients' data; nothing for resources that hold none."""

    # --- shared behaviour ----------------------------------------------------------------------
    def by_ids(self, items, values):
        ids = ids_of(values, numeric=self.numeric_ids)
        if isinstance(items, QuerySet):
            return items.filter(**{f"{self.id_field}__in": ids})
        return [item for item in items if self.id_of(item) in set(map(str, ids))]

    def id_of(self, item) -> str:
        return str(item.pk)

    def find(self, user, resource_id: str) -> list:
        """The one object with this id that the user may read ([] otherwise: "not found", never "forbidden")."""
        if not ID_PATTERN.match(resource_id):
            return []
        return list(self.by_ids(self.visible(user), [resource_id]))[:1]

    def read(self, request, resource_id: str) -> dict:
        found = self.find(request.user, resource_id)
        if not found:
            raise NotFound("not_found", f"No {self.type_name} with id {resource_id[:64]!r} here.")
        self.audit(request.user, found)
        return self.render(request, found)[0]

    def search(self, request, search: Search) -> dict:
        items = self.visible(request.user)
        for clause in search.clauses:
            items = self.by_ids(items, clause.values) if clause.param is ID_PARAM else self.narrow(items, clause)
        page = page_of(items, search)
        self.audit(request.user, page.items)
        return searchset(request, self.type_name, search, page, self.render(request, page.items) if page.items else [])
