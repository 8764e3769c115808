"""Readers with an account flag questions and replies for the moderators."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from ..forms import ReportForm
from ..models import Question, Reply, Report

ALREADY_REPORTED = gettext_lazy("You have already reported this. A moderator will look at it.")


def _report(request: HttpRequest, target: Question | Reply, **target_field) -> HttpResponse:
    if Report.objects.filter(reporter=request.user, **target_field).exists():
        messages.info(request, ALREADY_REPORTED)
        return redirect(target)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                Report.objects.create(reporter=request.user, **target_field, **form.cleaned_data)
        except IntegrityError:  # the same report sent twice at once
            messages.info(request, ALREADY_REPORTED)
        else:
            messages.success(request, _("Thank you. A moderator will look at it soon."))
        return redirect(target)
    return render(request, "qa/report.html", {"form": form, "target": target})


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def report_question(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(Question.objects.public().select_related("specialty"), pk=pk)
    return _report(request, question, question=question)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def report_reply(request: HttpRequest, pk: int) -> HttpResponse:
    reply = get_object_or_404(
        Reply.objects.public().select_related("question__specialty", "doctor"),
        pk=pk,
    )
    return _report(request, reply, reply=reply)
