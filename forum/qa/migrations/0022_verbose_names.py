"""Translatable names for the questions, their topics and specialties (names only: no SQL)."""

import django.contrib.postgres.search
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0013_verbose_names'),
        ('qa', '0021_cjk_bigrams'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='question',
            options={'ordering': ['-created_at', '-pk'], 'verbose_name': 'question', 'verbose_name_plural': 'questions'},
        ),
        migrations.AlterModelOptions(
            name='specialty',
            options={'ordering': ['name'], 'verbose_name': 'specialty', 'verbose_name_plural': 'specialties'},
        ),
        migrations.AlterModelOptions(
            name='taggedquestion',
            options={'verbose_name': 'question topic', 'verbose_name_plural': 'question topics'},
        ),
        migrations.AlterModelOptions(
            name='topic',
            options={'ordering': ['name'], 'verbose_name': 'topic', 'verbose_name_plural': 'topics'},
        ),
        migrations.AlterModelOptions(
            name='topicredirect',
            options={'verbose_name': 'topic redirect', 'verbose_name_plural': 'topic redirects'},
        ),
        migrations.AlterModelOptions(
            name='topicset',
            options={'verbose_name': 'topic set', 'verbose_name_plural': 'topic sets'},
        ),
        migrations.AlterField(
            model_name='question',
            name='answered_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='answered at'),
        ),
        migrations.AlterField(
            model_name='question',
            name='asker',
            field=models.ForeignKey(blank=True, help_text='Empty for imported content.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='questions', to=settings.AUTH_USER_MODEL, verbose_name='asker'),
        ),
        migrations.AlterField(
            model_name='question',
            name='body',
            field=models.TextField(verbose_name='body'),
        ),
        migrations.AlterField(
            model_name='question',
            name='claimed_by',
            field=models.ForeignKey(blank=True, help_text='The doctor who opened the question to answer it, until claimed_until.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='claimed_questions', to='accounts.doctor', verbose_name='claimed by'),
        ),
        migrations.AlterField(
            model_name='question',
            name='claimed_until',
            field=models.DateTimeField(blank=True, null=True, verbose_name='claimed until'),
        ),
        migrations.AlterField(
            model_name='question',
            name='edited_at',
            field=models.DateTimeField(blank=True, editable=False, help_text='When the headline or More Info last changed after the question was published.', null=True, verbose_name='edited at'),
        ),
        migrations.AlterField(
            model_name='question',
            name='first_reply',
            field=models.ForeignKey(blank=True, editable=False, help_text="The first visible reply, shown on the question's cards (forum.qa.derived).", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='qa.reply', verbose_name='first reply'),
        ),
        migrations.AlterField(
            model_name='question',
            name='headline',
            field=models.CharField(blank=True, help_text="An editorial page title; when blank the asker's title is shown.", max_length=200, verbose_name='headline'),
        ),
        migrations.AlterField(
            model_name='question',
            name='language',
            field=models.CharField(choices=[('en', 'English'), ('zh-hant', '繁體中文')], default='en', help_text='The language the question is written in.', max_length=7, verbose_name='language'),
        ),
        migrations.AlterField(
            model_name='question',
            name='more_info_html',
            field=models.TextField(blank=True, editable=False, help_text='More Info rendered and sanitised when saved.', verbose_name='more info html'),
        ),
        migrations.AlterField(
            model_name='question',
            name='rejection_reason',
            field=models.TextField(blank=True, help_text='Shown to the asker and emailed to them when the question is rejected.', verbose_name='rejection reason'),
        ),
        migrations.AlterField(
            model_name='question',
            name='search_vector',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, help_text="A public question's words, weighted, for search on PostgreSQL (forum.qa.search, kept by forum.qa.derived); empty while it is not public.", null=True, verbose_name='search vector'),
        ),
        migrations.AlterField(
            model_name='question',
            name='specialty',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='questions', to='qa.specialty', verbose_name='specialty'),
        ),
        migrations.AlterField(
            model_name='question',
            name='status',
            field=models.CharField(choices=[('pending', 'Waiting for review'), ('open', 'Waiting for a doctor'), ('answered', 'Answered'), ('rejected', 'Rejected'), ('hidden', 'Hidden by a moderator'), ('withdrawn', 'Withdrawn by the asker')], default='pending', max_length=10, verbose_name='status'),
        ),
        migrations.AlterField(
            model_name='question',
            name='title',
            field=models.CharField(help_text="The asker's own subject.", max_length=120, verbose_name='title'),
        ),
        migrations.AlterField(
            model_name='question',
            name='topic_set',
            field=models.ForeignKey(blank=True, editable=False, help_text='Its specialty and topics, whose stored ranking gives its Similar Q&A.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='questions', to='qa.topicset', verbose_name='topic set'),
        ),
        migrations.AlterField(
            model_name='question',
            name='view_count',
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name='view count'),
        ),
        migrations.AlterField(
            model_name='specialty',
            name='description',
            field=models.TextField(blank=True, verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='specialty',
            name='name',
            field=models.CharField(max_length=80, unique=True, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='specialty',
            name='question_count',
            field=models.PositiveIntegerField(default=0, editable=False, help_text='Public questions; kept by forum.qa.derived.', verbose_name='question count'),
        ),
        migrations.AlterField(
            model_name='specialty',
            name='slug',
            field=models.SlugField(max_length=80, unique=True, verbose_name='slug'),
        ),
        migrations.AlterField(
            model_name='taggedquestion',
            name='answered_at',
            field=models.DateTimeField(blank=True, editable=False, help_text="The question's answer date while it is public (kept by forum.qa.derived), so that a topic's page reads its latest questions from one index.", null=True, verbose_name='answered at'),
        ),
        migrations.AlterField(
            model_name='taggedquestion',
            name='content_object',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='tagged_items', to='qa.question', verbose_name='content object'),
        ),
        migrations.AlterField(
            model_name='taggedquestion',
            name='tag',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='tagged_questions', to='qa.topic', verbose_name='tag'),
        ),
        migrations.AlterField(
            model_name='topic',
            name='description',
            field=models.TextField(blank=True, verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='topic',
            name='question_count',
            field=models.PositiveIntegerField(default=0, editable=False, help_text='Public questions; kept by forum.qa.derived.', verbose_name='question count'),
        ),
        migrations.AlterField(
            model_name='topic',
            name='specialty',
            field=models.ForeignKey(blank=True, help_text='The specialty the topic belongs to; shown after its name.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='topics', to='qa.specialty', verbose_name='specialty'),
        ),
        migrations.AlterField(
            model_name='topicredirect',
            name='old_slug',
            field=models.SlugField(max_length=100, unique=True, verbose_name='old slug'),
        ),
        migrations.AlterField(
            model_name='topicredirect',
            name='topic',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='redirects', to='qa.topic', verbose_name='topic'),
        ),
        migrations.AlterField(
            model_name='topicset',
            name='key',
            field=models.CharField(help_text='A digest of the set.', max_length=64, unique=True, verbose_name='key'),
        ),
        migrations.AlterField(
            model_name='topicset',
            name='specialty',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='qa.specialty', verbose_name='specialty'),
        ),
        migrations.AlterField(
            model_name='topicset',
            name='topics',
            field=models.ManyToManyField(blank=True, related_name='topic_sets', to='qa.topic', verbose_name='topics'),
        ),
    ]
