"""A verified doctor agrees with a colleague's answer, or takes the agreement back."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import agreements
from ..models import Reply


@login_required
@require_POST
def agree(request: HttpRequest, pk: int) -> HttpResponse:
    reply = get_object_or_404(Reply.objects.public().select_related("question", "doctor"), pk=pk)
    doctor = getattr(request.user, "doctor", None)
    if not agreements.may_agree(doctor, reply):
        raise PermissionDenied(_("Only a verified doctor agrees with another doctor's answer."))
    choice = request.POST.get("agree")
    if choice not in ("yes", "no"):
        return HttpResponseBadRequest("Say whether you agree: agree=yes or agree=no.")
    if choice == "no":
        agreements.withdraw(reply, doctor)
        messages.success(
            request,
            _("You no longer agree with the answer of %(doctor)s.") % {"doctor": reply.doctor},
        )
    else:
        agreements.agree(reply, doctor)
        messages.success(
            request, _("You agree with the answer of %(doctor)s.") % {"doctor": reply.doctor}
        )
    return redirect(reply.get_absolute_url())
