# The manager's figures (issue 14 item 4, er_queue/figures.py): bookings created in a period, of one room or of
# every room (the page and the Prometheus scrape). Written by hand to hold only this change.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('er_queue', '0004_retriage_priority_history'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='erbooking',
            index=models.Index(fields=['room', 'created_at'], name='er_booking_room_created_idx'),
        ),
        migrations.AddIndex(
            model_name='erbooking',
            index=models.Index(fields=['created_at'], name='er_booking_created_idx'),
        ),
    ]
