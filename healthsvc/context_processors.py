from django.conf import settings


def site(request):
    return {"SITE_NAME": settings.SITE_NAME, "EMERGENCY_PHONE_NUMBER": settings.EMERGENCY_PHONE_NUMBER}
