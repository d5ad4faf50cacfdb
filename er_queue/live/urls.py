"""Live streams (server-sent events), under /live/: served only by the ASGI app (healthsvc/asgi.py)."""

from django.urls import path

from er_queue.live import views

app_name = "live"

urlpatterns = [
    path("er/bookings/<int:booking_id>/", views.booking_stream, name="er-booking"),
    path("er/rooms/<int:room_id>/board/", views.board_stream, name="er-room-board"),
    path("er/rooms/<int:room_id>/now-calling/", views.now_calling_stream, name="er-room-now-calling"),
]
