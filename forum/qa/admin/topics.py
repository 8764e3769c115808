from django.contrib import admin, messages

from .. import moderation
from ..models import Specialty, Topic, TopicRedirect
from .actions import intermediate_page
from .filters import TopicNeedsALookFilter
from .forms import MergeTopicsForm


@admin.register(Specialty)
class SpecialtyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "specialty", "public_questions", "slug"]
    list_filter = [TopicNeedsALookFilter, "specialty"]
    list_select_related = ["specialty"]
    search_fields = ["name", "slug"]
    autocomplete_fields = ["specialty"]
    fields = ["name", "slug", "specialty", "description"]
    actions = ["merge"]
    list_per_page = 100

    def get_queryset(self, request):
        return super().get_queryset(request).with_public_counts()

    @admin.display(description="public questions", ordering="public_count")
    def public_questions(self, topic: Topic) -> int:
        return topic.public_count

    @admin.action(description="Merge selected topics into one of them", permissions=["delete"])
    def merge(self, request, queryset):
        topics = queryset.select_related("specialty").order_by("name")
        if len(topics) < 2:
            self.message_user(request, "Choose at least two topics to merge.", messages.WARNING)
            return None
        form = MergeTopicsForm(request.POST if "apply" in request.POST else None, topics=topics)
        if form.is_bound and form.is_valid():
            kept = form.cleaned_data["kept"]
            merged = [topic for topic in topics if topic.pk != kept.pk]
            moved = moderation.merge_topics(kept, merged)
            names = ", ".join(topic.name for topic in merged)
            self.log_change(request, kept, f"Merged {names} into it; {moved} questions moved.")
            self.message_user(
                request,
                f"Merged {names} into {kept.name}: {moved} questions moved.",
                messages.SUCCESS,
            )
            return None
        return intermediate_page(
            self,
            request,
            topics,
            template="admin/qa/topic/merge.html",
            title="Merge topics",
            form=form,
        )


@admin.register(TopicRedirect)
class TopicRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "topic"]
    list_select_related = ["topic__specialty"]
    search_fields = ["old_slug", "topic__name"]
    raw_id_fields = ["topic"]
