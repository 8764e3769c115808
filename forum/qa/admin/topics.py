from django.contrib import admin, messages
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from forum.core import pagecache
from forum.core.admin import LoggedAdmin
from forum.core.admin_actions import intermediate_page

from .. import changes, moderation
from ..models import Specialty, TaggedQuestion, Topic, TopicRedirect
from .filters import TopicNeedsALookFilter
from .forms import MergeTopicsForm


@admin.register(Specialty)
class SpecialtyAdmin(LoggedAdmin):
    list_display = ["name", "name_zh_hant", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "name_zh_hant"]

    def after_change(self, specialties: list) -> None:
        pagecache.invalidate_on_commit("home", *(f"specialty:{s.pk}" for s in specialties))


@admin.register(Topic)
class TopicAdmin(LoggedAdmin):
    list_display = ["name", "name_zh_hant", "specialty", "public_questions", "slug"]
    list_filter = [TopicNeedsALookFilter, "specialty"]
    list_select_related = ["specialty"]
    search_fields = ["name", "name_zh_hant", "slug"]
    autocomplete_fields = ["specialty"]
    fields = ["name", "name_zh_hant", "slug", "specialty", "description", "history"]
    readonly_fields = ["history"]
    actions = ["merge"]
    list_per_page = 100

    def after_change(self, topics: list) -> None:
        # A new name or specialty changes only what pages show of the topic.
        pagecache.invalidate_on_commit("home", *(f"topic:{topic.pk}" for topic in topics))

    def delete_queryset(self, request, queryset):
        # Deleting a topic changes its questions' counts, pairs and Similar Q&A.
        changes.questions_changed(
            TaggedQuestion.objects.filter(tag__in=queryset).values_list(
                "content_object_id", flat=True
            )
        )
        super().delete_queryset(request, queryset)

    def delete_model(self, request, obj):
        self.delete_queryset(request, Topic.objects.filter(pk=obj.pk))

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and {"name", "slug"} & set(form.changed_data):
            moderation.rename_topic(obj, form.initial["name"], form.initial["slug"], request.user)
        # A topic moved to another specialty joins that one's page, which never showed it.
        if change and "specialty" in form.changed_data:
            moved = {form.initial.get("specialty"), obj.specialty_id} - {None}
            pagecache.invalidate_on_commit(*(f"specialty:{pk}" for pk in moved))

    def edit_message(self, message: list) -> list:
        # A rename has its own entry (save_model); what else changed is an edit.
        rest = []
        for part in message:
            if "changed" in part:
                fields = [f for f in part["changed"]["fields"] if f not in {"Name", "Slug"}]
                part = {"changed": {**part["changed"], "fields": fields}} if fields else None
            if part:
                rest.append(part)
        return rest

    @admin.display(description=_("public questions"), ordering="question_count")
    def public_questions(self, topic: Topic) -> int:
        return topic.question_count

    @admin.action(description=_("Merge selected topics into one of them"), permissions=["delete"])
    def merge(self, request, queryset):
        topics = queryset.select_related("specialty").order_by("name")
        if len(topics) < 2:
            self.message_user(
                request, gettext("Choose at least two topics to merge."), messages.WARNING
            )
            return None
        form = MergeTopicsForm(request.POST if "apply" in request.POST else None, topics=topics)
        if form.is_bound and form.is_valid():
            kept = form.cleaned_data["kept"]
            merged = [topic for topic in topics if topic.pk != kept.pk]
            moved = moderation.merge_topics(kept, merged, request.user)
            names = ", ".join(topic.name for topic in merged)
            message = ngettext(
                "Merged %(names)s into %(kept)s: %(count)s question moved.",
                "Merged %(names)s into %(kept)s: %(count)s questions moved.",
                moved,
            ) % {"names": names, "kept": kept.name, "count": moved}
            self.message_user(request, message, messages.SUCCESS)
            return None
        return intermediate_page(
            self,
            request,
            topics,
            template="admin/qa/topic/merge.html",
            title=gettext("Merge topics"),
            form=form,
        )


@admin.register(TopicRedirect)
class TopicRedirectAdmin(LoggedAdmin):
    list_display = ["old_slug", "topic"]
    list_select_related = ["topic__specialty"]
    search_fields = ["old_slug", "topic__name"]
    raw_id_fields = ["topic"]
