from django.contrib import admin
from taggit.models import Tag

from . import archives, followups, questions, reports, topics  # noqa: F401 - registers the admins

# Topics replace taggit's own tags, which the forum never uses.
admin.site.unregister(Tag)
