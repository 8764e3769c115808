from django.contrib import admin

from .models import Question, Reply, Specialty, Topic


@admin.register(Specialty)
class SpecialtyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "specialty", "slug"]
    list_filter = ["specialty"]
    list_select_related = ["specialty"]
    search_fields = ["name"]


class ReplyInline(admin.StackedInline):
    model = Reply
    extra = 0
    raw_id_fields = ["doctor"]


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["title", "specialty", "status", "asker_name", "created_at", "answered_at"]
    list_filter = ["status", "specialty"]
    list_select_related = ["specialty"]
    search_fields = ["title", "body", "asker_name"]
    raw_id_fields = ["asker"]
    date_hierarchy = "created_at"
    inlines = [ReplyInline]


@admin.register(Reply)
class ReplyAdmin(admin.ModelAdmin):
    list_display = ["question", "doctor", "created_at", "is_hidden"]
    list_filter = ["is_hidden"]
    list_select_related = ["question", "doctor"]
    raw_id_fields = ["question", "doctor"]
