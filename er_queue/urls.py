from django.urls import path

from er_queue import views

app_name = "er_queue"
urlpatterns = [
    path("", views.home, name="home"),
    path("book/", views.book, name="book"),
    path("bookings/<int:booking_id>/", views.booking_page, name="booking"),
    path("bookings/<int:booking_id>/check-in-answer/", views.booking_checkin_answer, name="booking-checkin-answer"),
    path("bookings/<int:booking_id>/worse/", views.booking_worse, name="booking-worse"),
    path("bookings/<int:booking_id>/acknowledge/", views.booking_acknowledge, name="booking-acknowledge"),
    path("bookings/<int:booking_id>/priority/", views.booking_priority, name="booking-priority"),
    path("bookings/<int:booking_id>/<slug:action>/", views.booking_action, name="booking-action"),
    path("rooms/", views.rooms_page, name="rooms"),
    path("rooms/<int:room_id>/board/", views.board_page, name="board"),
    path("figures/", views.figures_page, name="figures"),
    path("rooms/<int:room_id>/figures/", views.figures_page, name="room-figures"),
    path("rooms/<int:room_id>/board/partial/", views.board_partial, name="board-partial"),
    path("rooms/<int:room_id>/now-calling/", views.now_calling_page, name="now-calling"),
    path("rooms/<int:room_id>/now-calling/partial/", views.now_calling_partial, name="now-calling-partial"),
    path("rooms/<int:room_id>/<slug:action>/", views.room_action, name="room-action"),
]
