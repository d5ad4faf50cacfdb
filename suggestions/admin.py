"""Admin: suggestion content is edited here; recommendations and responses are read-only."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from healthsvc.admin_audit import AuditedReadAdmin
from healthsvc.admin_readonly import ReadOnlyAdmin, ReadOnlyInline
from healthsvc.data_text import data_text
from healthsvc.errors import Invalid
from suggestions.models import Interaction, InteractionTransition, Recommendation, SuggestionContent
from suggestions.services import content_validate, suggestion_content_save
from triage import engine


def _complaint_choices() -> list[tuple[str, str]]:
    labelled = sorted((data_text(c["label"]), c["code"]) for c in engine.catalogue_as_dict()["complaints"])
    return [("", _("Any complaint (fallback)"))] + [(code, f"{label} ({code})") for label, code in labelled]


class LinesField(forms.CharField):
    """A list of texts edited as one item per line."""

    widget = forms.Textarea(attrs={"rows": 8})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class SuggestionContentForm(forms.ModelForm):
    complaint_code = forms.ChoiceField(choices=_complaint_choices, required=False, label=gettext_lazy("Complaint"))
    care_instructions = LinesField(required=False, help_text=gettext_lazy("One instruction per line."))
    warning_signs = LinesField(
        required=False,
        help_text=gettext_lazy('One sign per line, each saying what to do (e.g. "Call {emergency_number} if …").'),
    )
    source_url = forms.URLField(required=False, max_length=300, assume_scheme="https", label=gettext_lazy("Source URL"))

    class Meta:
        model = SuggestionContent
        fields = [
            "complaint_code",
            "disposition",
            "headline",
            "summary",
            "care_instructions",
            "warning_signs",
            "source",
            "source_url",
        ]

    def clean(self):
        data = super().clean()
        try:
            content_validate(
                complaint_code=data.get("complaint_code", ""),
                disposition=data.get("disposition", ""),
                care_instructions=data.get("care_instructions", []),
                warning_signs=data.get("warning_signs", []),
                source=data.get("source", ""),
            )
        except Invalid as exc:
            for field, messages in exc.fields.items():
                for message in messages:
                    self.add_error(field if field in self.fields else None, message)
        return data


class ComplaintFilter(admin.SimpleListFilter):
    title = gettext_lazy("complaint")
    parameter_name = "complaint"

    def lookups(self, request, model_admin):
        return [("any", _("Any complaint (fallback)")), *_complaint_choices()[1:]]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "any":
            return queryset.filter(complaint_code="")
        if value:
            return queryset.filter(complaint_code=value)
        return queryset


@admin.register(SuggestionContent)
class SuggestionContentAdmin(admin.ModelAdmin):
    form = SuggestionContentForm
    list_display = ["complaint", "disposition", "headline", "source", "origin", "updated_at"]
    list_filter = ["disposition", ComplaintFilter, "origin"]
    search_fields = ["complaint_code", "headline", "summary", "source"]
    readonly_fields = ["origin", "updated_at", "updated_by"]
    ordering = ["complaint_code", "disposition"]

    @admin.display(description=gettext_lazy("Complaint"), ordering="complaint_code")
    def complaint(self, obj):
        if not obj.complaint_code:
            return _("Any complaint (fallback)")
        complaint = engine.complaint_by_code(obj.complaint_code)
        return data_text(complaint.label) if complaint is not None else obj.complaint_code

    def save_model(self, request, obj, form, change):
        suggestion_content_save(content=obj, actor=request.user)


class InteractionInline(ReadOnlyInline):
    show_change_link = True
    model = Interaction
    fields = ["position", "kind", "label", "target_url", "state", "offered_at", "accepted_at", "completed_at"]
    readonly_fields = fields
    ordering = ["position"]


@admin.register(Recommendation)
class RecommendationAdmin(AuditedReadAdmin, ReadOnlyAdmin):
    audit_object_type = "recommendation"
    list_display = ["id", "record", "patient", "factory_key", "disposition", "is_current", "created_at"]
    list_filter = ["factory_key", "disposition", "is_current", "created_at"]
    search_fields = ["=id", "=record__id", "patient__email", "patient__full_name", "complaint_code"]
    list_select_related = ["patient", "record"]
    date_hierarchy = "created_at"
    inlines = [InteractionInline]


class TransitionInline(ReadOnlyInline):
    model = InteractionTransition
    fields = ["at", "from_state", "to_state", "actor", "note"]
    readonly_fields = fields
    show_change_link = False


@admin.register(Interaction)
class InteractionAdmin(ReadOnlyAdmin):
    list_display = ["id", "recommendation", "kind", "state", "offered_at"]
    list_filter = ["kind", "state"]
    search_fields = ["=id", "=recommendation__id", "recommendation__patient__email"]
    list_select_related = ["recommendation"]
    inlines = [TransitionInline]
