from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _


def doctor_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Only a verified, active doctor gets in; the view receives `request.doctor`.

    Anonymous visitors go to the login page; anyone else gets a 403.
    """

    @login_required
    @wraps(view)
    def guarded(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        doctor = getattr(request.user, "doctor", None)
        if doctor is None or not doctor.can_answer:
            raise PermissionDenied(_("This page is for verified doctors."))
        request.doctor = doctor
        return view(request, *args, **kwargs)

    return guarded
