from django.conf import settings


def site(request):
    return {"forum_name": settings.SITE_NAME}
