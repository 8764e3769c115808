from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from forum.qa.models import Question
from forum.qa.pagination import paginate

from .models import Doctor


@require_GET
def doctor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    doctor = get_object_or_404(Doctor.objects.verified(), slug=slug)
    answers = Question.objects.public().answered_by(doctor).for_listing().latest_answered()
    return render(
        request,
        "accounts/doctor_detail.html",
        {
            "doctor": doctor,
            "specialties": doctor.specialties.all(),
            "page": paginate(request, answers),
        },
    )
