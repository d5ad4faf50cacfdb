# Long-wait check-ins (issue 14 item 2): the prompt and answer fields, the left_improved end reason, the sweep's
# index. Written to hold only this change (docs/er_queue.md "Check-ins on long waits"). It follows the other
# 0004 migrations only to keep one leaf while all are in the tree; it uses nothing of theirs.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('er_queue', '0005_figures_indexes'),
    ]

    operations = [
        migrations.AddField(
            model_name='erbooking',
            name='checkin_answer',
            field=models.CharField(blank=True, choices=[('same', 'The same'), ('better', 'Better, I no longer need the ER'), ('worse', 'Worse')], editable=False, max_length=8),
        ),
        migrations.AddField(
            model_name='erbooking',
            name='checkin_answered_at',
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='erbooking',
            name='checkin_emailed_at',
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='erbooking',
            name='checkin_prompted_at',
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AlterField(
            model_name='erbooking',
            name='end_reason',
            field=models.CharField(blank=True, choices=[('not_confirmed', 'Not confirmed within the confirm window'), ('checkin_window_passed', 'Did not check in within the check-in window'), ('no_show', 'Marked as a no-show by ER staff'), ('cancelled_by_patient', 'Cancelled by the patient'), ('cancelled_by_staff', 'Cancelled by ER staff'), ('left_improved', 'Left the queue feeling better (check-in answer)')], max_length=24),
        ),
        migrations.AddIndex(
            model_name='erbooking',
            index=models.Index(condition=models.Q(('patient__isnull', False), ('state', 'confirmed')), fields=['queue_due_at'], name='er_booking_checkin_idx'),
        ),
        migrations.AddConstraint(
            model_name='erbooking',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('checkin_answer', ''), ('checkin_answered_at__isnull', True)), models.Q(models.Q(('checkin_answer', ''), _negated=True), ('checkin_answered_at__isnull', False), ('checkin_prompted_at__isnull', False)), _connector='OR'), name='er_booking_checkin_answer_has_prompt'),
        ),
    ]
