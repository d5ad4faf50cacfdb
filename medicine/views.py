"""Medicine catalogue pages: search, and one medicine's information."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from healthsvc.errors import NotFound
from medicine.forms import MedicineSearchForm
from medicine.selectors import DISCLAIMER, medicine_detail, medicine_search

PAGE_SIZE = 20


@require_GET
@login_required
def medicine_list(request):
    form = MedicineSearchForm(request.GET)
    if form.is_valid():
        query = form.cleaned_data["q"]
        page = Paginator(medicine_search(query=query), PAGE_SIZE).get_page(request.GET.get("page"))
    else:
        query, page = "", None
    return render(
        request,
        "medicine/list.html",
        {"form": form, "query": query, "page": page, "disclaimer": DISCLAIMER},
        status=400 if form.errors else 200,
    )


@require_GET
@login_required
def medicine_page(request, slug: str):
    try:
        detail = medicine_detail(slug=slug)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    return render(
        request,
        "medicine/detail.html",
        {
            "medicine": detail.medicine,
            "interaction_groups": detail.interaction_groups,
            "disclaimer": DISCLAIMER,
        },
    )
