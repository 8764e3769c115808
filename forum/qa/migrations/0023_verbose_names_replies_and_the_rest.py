"""Translatable names for replies, follow-ups, reports, versions, rankings and imports (names only: no SQL)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('qa', '0022_verbose_names'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='agreement',
            options={'ordering': ['created_at', 'pk'], 'verbose_name': 'agreement', 'verbose_name_plural': 'agreements'},
        ),
        migrations.AlterModelOptions(
            name='archiveupload',
            options={'ordering': ['-uploaded_at', '-pk'], 'verbose_name': 'archive upload', 'verbose_name_plural': 'archive uploads'},
        ),
        migrations.AlterModelOptions(
            name='followup',
            options={'verbose_name': 'follow-up question', 'verbose_name_plural': 'follow-up questions'},
        ),
        migrations.AlterModelOptions(
            name='importedpage',
            options={'ordering': ['-imported_at', '-pk'], 'verbose_name': 'imported page', 'verbose_name_plural': 'imported pages'},
        ),
        migrations.AlterModelOptions(
            name='reply',
            options={'ordering': ['created_at', 'pk'], 'verbose_name': 'reply', 'verbose_name_plural': 'replies'},
        ),
        migrations.AlterModelOptions(
            name='report',
            options={'ordering': ['created_at', 'pk'], 'verbose_name': 'report', 'verbose_name_plural': 'reports'},
        ),
        migrations.AlterModelOptions(
            name='review',
            options={'ordering': ['-created_at', '-pk'], 'verbose_name': 'review', 'verbose_name_plural': 'reviews'},
        ),
        migrations.AlterModelOptions(
            name='revision',
            options={'ordering': ['-created_at', '-pk'], 'verbose_name': 'revision', 'verbose_name_plural': 'revisions'},
        ),
        migrations.AlterModelOptions(
            name='similarentry',
            options={'verbose_name': 'similar entry', 'verbose_name_plural': 'similar entries'},
        ),
        migrations.AlterModelOptions(
            name='topicpair',
            options={'verbose_name': 'topic pair', 'verbose_name_plural': 'topic pairs'},
        ),
        migrations.AlterField(
            model_name='agreement',
            name='doctor',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='agreements_given', to='accounts.doctor', verbose_name='doctor'),
        ),
        migrations.AlterField(
            model_name='agreement',
            name='reply',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='agreements', to='qa.reply', verbose_name='reply'),
        ),
        migrations.AlterField(
            model_name='archiveupload',
            name='archive',
            field=models.BinaryField(help_text='The .zip of pages saved as text.', verbose_name='archive'),
        ),
        migrations.AlterField(
            model_name='archiveupload',
            name='finished_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='finished at'),
        ),
        migrations.AlterField(
            model_name='archiveupload',
            name='name',
            field=models.CharField(help_text='The file name it was uploaded with.', max_length=255, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='archiveupload',
            name='state',
            field=models.CharField(choices=[('waiting', 'Waiting to be imported'), ('running', 'Importing'), ('done', 'Imported'), ('failed', 'Some pages failed')], default='waiting', max_length=10, verbose_name='state'),
        ),
        migrations.AlterField(
            model_name='archiveupload',
            name='summary',
            field=models.TextField(blank=True, help_text='What the import did, page by page failures.', verbose_name='summary'),
        ),
        migrations.AlterField(
            model_name='archiveupload',
            name='uploaded_at',
            field=models.DateTimeField(default=django.utils.timezone.now, verbose_name='uploaded at'),
        ),
        migrations.AlterField(
            model_name='archiveupload',
            name='uploaded_by',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='uploaded by'),
        ),
        migrations.AlterField(
            model_name='followup',
            name='answer',
            field=models.TextField(blank=True, help_text='Markdown.', max_length=10000, verbose_name='answer'),
        ),
        migrations.AlterField(
            model_name='followup',
            name='answer_html',
            field=models.TextField(blank=True, editable=False, help_text='The answer rendered and sanitised when saved.', verbose_name='answer html'),
        ),
        migrations.AlterField(
            model_name='followup',
            name='answered_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='follow_up_answers', to='accounts.doctor', verbose_name='answered by'),
        ),
        migrations.AlterField(
            model_name='followup',
            name='opened_at',
            field=models.DateTimeField(blank=True, editable=False, help_text="When it reached the doctor's queue (approved, or asked when questions need no approval).", null=True, verbose_name='opened at'),
        ),
        migrations.AlterField(
            model_name='followup',
            name='question',
            field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='follow_up', to='qa.question', verbose_name='question'),
        ),
        migrations.AlterField(
            model_name='followup',
            name='rejection_reason',
            field=models.TextField(blank=True, help_text='Shown to the asker and emailed to them when it is rejected.', verbose_name='rejection reason'),
        ),
        migrations.AlterField(
            model_name='followup',
            name='reply',
            field=models.ForeignKey(help_text='The answer it follows; its doctor answers first.', on_delete=django.db.models.deletion.CASCADE, related_name='follow_ups', to='qa.reply', verbose_name='reply'),
        ),
        migrations.AlterField(
            model_name='followup',
            name='status',
            field=models.CharField(choices=[('pending', 'Waiting for review'), ('open', 'Waiting for a doctor'), ('answered', 'Answered'), ('rejected', 'Rejected'), ('hidden', 'Hidden by a moderator')], default='pending', max_length=10, verbose_name='status'),
        ),
        migrations.AlterField(
            model_name='importedpage',
            name='fingerprint',
            field=models.CharField(help_text='SHA-256 of what the page says, whatever its layout.', max_length=64, unique=True, verbose_name='fingerprint'),
        ),
        migrations.AlterField(
            model_name='importedpage',
            name='imported_at',
            field=models.DateTimeField(default=django.utils.timezone.now, verbose_name='imported at'),
        ),
        migrations.AlterField(
            model_name='importedpage',
            name='question',
            field=models.OneToOneField(help_text='Empty once the question is deleted: the page is not imported again.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='imported_page', to='qa.question', verbose_name='question'),
        ),
        migrations.AlterField(
            model_name='importedpage',
            name='review_reason',
            field=models.CharField(blank=True, help_text='Why the question was kept off the site until a moderator looks at it.', max_length=300, verbose_name='review reason'),
        ),
        migrations.AlterField(
            model_name='importedpage',
            name='source',
            field=models.CharField(help_text='The file it was first read from.', max_length=500, verbose_name='source'),
        ),
        migrations.AlterField(
            model_name='reply',
            name='body',
            field=models.TextField(help_text='Markdown.', max_length=10000, verbose_name='body'),
        ),
        migrations.AlterField(
            model_name='reply',
            name='body_html',
            field=models.TextField(blank=True, editable=False, help_text='The body rendered and sanitised when saved.', verbose_name='body html'),
        ),
        migrations.AlterField(
            model_name='reply',
            name='doctor',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='replies', to='accounts.doctor', verbose_name='doctor'),
        ),
        migrations.AlterField(
            model_name='reply',
            name='edited_at',
            field=models.DateTimeField(blank=True, help_text='When the doctor last changed the reply after publishing.', null=True, verbose_name='edited at'),
        ),
        migrations.AlterField(
            model_name='reply',
            name='excerpt',
            field=models.CharField(blank=True, editable=False, help_text='The start of the body as plain text, for cards.', max_length=210, verbose_name='excerpt'),
        ),
        migrations.AlterField(
            model_name='reply',
            name='question',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='replies', to='qa.question', verbose_name='question'),
        ),
        migrations.AlterField(
            model_name='reply',
            name='reviewed_by',
            field=models.ForeignKey(blank=True, help_text='Who reviewed it last, if not its author.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='accounts.doctor', verbose_name='reviewed by'),
        ),
        migrations.AlterField(
            model_name='reply',
            name='submission_key',
            field=models.UUIDField(blank=True, editable=False, help_text="The answer form's one-time key, so that a double submit saves one reply.", null=True, unique=True, verbose_name='submission key'),
        ),
        migrations.AlterField(
            model_name='reply',
            name='updated_at',
            field=models.DateTimeField(auto_now=True, verbose_name='updated at'),
        ),
        migrations.AlterField(
            model_name='report',
            name='created_at',
            field=models.DateTimeField(default=django.utils.timezone.now, verbose_name='created at'),
        ),
        migrations.AlterField(
            model_name='report',
            name='details',
            field=models.TextField(blank=True, max_length=1000, verbose_name='details'),
        ),
        migrations.AlterField(
            model_name='report',
            name='question',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='reports', to='qa.question', verbose_name='question'),
        ),
        migrations.AlterField(
            model_name='report',
            name='reason',
            field=models.CharField(choices=[('misinformation', 'Wrong or dangerous medical information'), ('personal', 'Personal details that identify someone'), ('abuse', 'Rude, hateful or abusive'), ('spam', 'Advertising or spam'), ('other', 'Something else')], max_length=20, verbose_name='reason'),
        ),
        migrations.AlterField(
            model_name='report',
            name='reply',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='reports', to='qa.reply', verbose_name='reply'),
        ),
        migrations.AlterField(
            model_name='report',
            name='reporter',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reports', to=settings.AUTH_USER_MODEL, verbose_name='reporter'),
        ),
        migrations.AlterField(
            model_name='report',
            name='resolved_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='resolved at'),
        ),
        migrations.AlterField(
            model_name='report',
            name='resolved_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='resolved_reports', to=settings.AUTH_USER_MODEL, verbose_name='resolved by'),
        ),
        migrations.AlterField(
            model_name='review',
            name='doctor',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='accounts.doctor', verbose_name='doctor'),
        ),
        migrations.AlterField(
            model_name='review',
            name='outcome',
            field=models.CharField(choices=[('accurate', 'Still accurate'), ('edited', 'Edited')], max_length=10, verbose_name='outcome'),
        ),
        migrations.AlterField(
            model_name='review',
            name='reply',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reviews', to='qa.reply', verbose_name='reply'),
        ),
        migrations.AlterField(
            model_name='revision',
            name='edited_by',
            field=models.ForeignKey(blank=True, help_text='Who replaced it; empty for a deleted account.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='edited by'),
        ),
        migrations.AlterField(
            model_name='revision',
            name='field',
            field=models.CharField(choices=[('reply', 'reply body'), ('headline', 'headline'), ('more_info', 'More Info')], max_length=10, verbose_name='field'),
        ),
        migrations.AlterField(
            model_name='revision',
            name='question',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='revisions', to='qa.question', verbose_name='question'),
        ),
        migrations.AlterField(
            model_name='revision',
            name='reply',
            field=models.ForeignKey(blank=True, help_text="Empty for a version of the question's headline or More Info.", null=True, on_delete=django.db.models.deletion.CASCADE, related_name='revisions', to='qa.reply', verbose_name='reply'),
        ),
        migrations.AlterField(
            model_name='revision',
            name='text',
            field=models.TextField(blank=True, help_text='The text as it was before the edit.', verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='similarentry',
            name='question',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='similar_entries', to='qa.question', verbose_name='question'),
        ),
        migrations.AlterField(
            model_name='similarentry',
            name='rank',
            field=models.PositiveSmallIntegerField(verbose_name='rank'),
        ),
        migrations.AlterField(
            model_name='similarentry',
            name='score',
            field=models.FloatField(verbose_name='score'),
        ),
        migrations.AlterField(
            model_name='similarentry',
            name='topic_set',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='entries', to='qa.topicset', verbose_name='topic set'),
        ),
        migrations.AlterField(
            model_name='topicpair',
            name='count',
            field=models.PositiveIntegerField(verbose_name='count'),
        ),
        migrations.AlterField(
            model_name='topicpair',
            name='other',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='qa.topic', verbose_name='other'),
        ),
        migrations.AlterField(
            model_name='topicpair',
            name='topic',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='pairs', to='qa.topic', verbose_name='topic'),
        ),
    ]
