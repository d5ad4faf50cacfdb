"""Admin for users (with their roles and dependants; reads audited), patient profiles, the audit log, heartbeats;
the webhooks' admin is in healthsvc/webhooks/admin.py."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import UserChangeForm, UserCreationForm
from django.utils.translation import gettext_lazy as _

from healthsvc.admin_audit import AuditedReadAdmin
from healthsvc.admin_readonly import ReadOnlyAdmin
from healthsvc.models import AuditEvent, Dependant, Heartbeat, PatientProfile, User
from healthsvc.pms.admin import PatientLinkInline, link_to_pms
from healthsvc.services import audit_record
from healthsvc.webhooks import admin as _webhooks_admin  # noqa: F401  (registers the webhook admins)


class PatientProfileInline(admin.StackedInline):
    model = PatientProfile
    can_delete = False
    extra = 0


class DependantInline(admin.TabularInline):
    """People the patient fills in checks for. Kept, not deleted: their records point at them."""

    model = Dependant
    fk_name = "guardian"
    can_delete = False
    extra = 0
    fields = ["full_name", "date_of_birth", "sex", "relationship", "created_at"]
    readonly_fields = ["created_at"]


class EmailUserCreationForm(UserCreationForm):
    class Meta:
        model = User
        fields = ("email", "full_name")


class EmailUserChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


@admin.register(User)
class UserAdmin(AuditedReadAdmin, DjangoUserAdmin):
    """Accounts, with the patient profile inline. A row shows who a person is (and the
    detail page their date of birth and patient number), so each read is audited against
    that person, as the patient records are."""

    audit_object_type = "user"
    audit_patient_attr = "pk"
    form = EmailUserChangeForm
    add_form = EmailUserCreationForm
    ordering = ["email"]
    list_display = ["email", "full_name", "roles", "is_staff", "is_active", "email_confirmed", "date_joined"]
    list_filter = ["groups", "is_staff", "is_superuser", "is_active", "email_confirmed"]
    search_fields = ["email", "full_name", "patient_profile__external_patient_id", "dependants__full_name"]
    inlines = [PatientProfileInline, DependantInline, PatientLinkInline]
    actions = [link_to_pms]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("full_name",)}),
        (
            _("Roles and permissions"),
            {"fields": ("is_active", "email_confirmed", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "full_name", "password1", "password2")}),)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    # Closing or removing an account is itself audited, with who did it (the rows about the account stay).
    def save_model(self, request, obj, form, change):
        deactivated = change and "is_active" in form.changed_data and not obj.is_active
        super().save_model(request, obj, form, change)
        if deactivated:
            audit_record(
                actor=request.user, action="user_deactivate", object_type="user", object_id=obj.pk, patient=obj
            )

    def delete_model(self, request, obj):
        self._audit_deletion(request, [obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self._audit_deletion(request, list(queryset))
        super().delete_queryset(request, queryset)

    @staticmethod
    def _audit_deletion(request, users) -> None:
        for user in users:
            audit_record(
                actor=request.user,
                action="user_delete",
                object_type="user",
                object_id=user.pk,
                patient=user.pk,
                details={"email": user.email, "name": user.full_name},
            )

    @admin.display(description=_("Roles"))
    def roles(self, user):
        return ", ".join(user.role_names) or "—"


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    """The audit log is append-only, also for administrators."""

    list_display = ["at", "actor", "action", "object_type", "object_id", "patient", "request_id"]
    list_filter = ["action", "object_type"]
    search_fields = ["object_id", "actor__email", "patient__email", "request_id"]
    date_hierarchy = "at"
    list_select_related = ["actor", "patient"]


@admin.register(Heartbeat)
class HeartbeatAdmin(admin.ModelAdmin):
    list_display = ["name", "at"]
