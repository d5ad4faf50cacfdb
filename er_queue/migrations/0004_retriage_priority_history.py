# Re-triage from the queue (issue 14 items 1 and 3): the booking's priority history, the desk alert fields, and
# the permission to lower a priority. Written by hand to hold only this change (docs/er_queue.md "Re-triage").

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('er_queue', '0003_booking_dependant'),
        ('triage', '0005_disposition_words'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='erbooking',
            options={'ordering': ['-created_at', '-id'], 'permissions': [('operate_queue', 'Can run the ER queue: call, check in, complete, no-show, walk-ins, intake'), ('lower_priority', "Can lower a booking's priority, with a reason (a clinician's judgement)")]},
        ),
        migrations.AddField(
            model_name='erbooking',
            name='escalated_at',
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='erbooking',
            name='escalation_acknowledged_at',
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='erbooking',
            name='escalation_acknowledged_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddIndex(
            model_name='erbooking',
            index=models.Index(condition=models.Q(('escalated_at__isnull', False)), fields=['room', 'escalated_at'], name='er_booking_escalated_idx'),
        ),
        migrations.CreateModel(
            name='BookingPriorityChange',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(choices=[('escalation', 'Escalated by a re-check'), ('lowered_by_clinician', 'Lowered by a clinician')], max_length=24)),
                ('from_priority', models.PositiveSmallIntegerField()),
                ('to_priority', models.PositiveSmallIntegerField()),
                ('disposition', models.CharField(blank=True, max_length=24)),
                ('reason', models.TextField(blank=True)),
                ('at', models.DateTimeField(default=django.utils.timezone.now)),
                ('actor', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('booking', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='priority_changes', to='er_queue.erbooking')),
                ('triage_record', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='triage.triagerecord')),
            ],
            options={
                'ordering': ['at', 'id'],
                'indexes': [models.Index(fields=['booking', 'at'], name='er_priority_booking_idx'), models.Index(fields=['kind', 'at'], name='er_priority_kind_idx')],
                'constraints': [
                    models.CheckConstraint(condition=models.Q(('from_priority__gte', 1), ('from_priority__lte', 5), ('to_priority__gte', 1), ('to_priority__lte', 5)), name='er_priority_change_range'),
                    models.CheckConstraint(condition=models.Q(('kind__in', ['escalation', 'lowered_by_clinician'])), name='er_priority_kind_valid'),
                    models.CheckConstraint(condition=models.Q(models.Q(('kind', 'escalation'), _negated=True), models.Q(('to_priority__lte', models.F('from_priority')), ('triage_record__isnull', False)), _connector='OR'), name='er_priority_escalation_raises'),
                    models.CheckConstraint(condition=models.Q(models.Q(('kind', 'lowered_by_clinician'), _negated=True), models.Q(('actor__isnull', False), ('to_priority__gt', models.F('from_priority')), models.Q(('reason', ''), _negated=True)), _connector='OR'), name='er_priority_lowering_lowers'),
                    models.UniqueConstraint(condition=models.Q(('kind', 'escalation')), fields=('booking', 'triage_record', 'to_priority'), name='er_priority_escalation_once'),
                ],
            },
        ),
    ]
