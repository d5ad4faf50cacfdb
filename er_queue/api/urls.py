from django.urls import path

from er_queue.api import views

urlpatterns = [
    path("rooms/", views.RoomListView.as_view(), name="er-rooms"),
    path("rooms/recommended/", views.RoomRecommendedView.as_view(), name="er-rooms-recommended"),
    path("rooms/<int:room_id>/", views.RoomDetailView.as_view(), name="er-room"),
    path("rooms/<int:room_id>/queue/", views.RoomQueueView.as_view(), name="er-room-queue"),
    path("rooms/<int:room_id>/now-calling/", views.RoomNowCallingView.as_view(), name="er-room-now-calling"),
    path("rooms/<int:room_id>/call-next/", views.RoomCallNextView.as_view(), name="er-room-call-next"),
    path("rooms/<int:room_id>/pause/", views.RoomIntakeView.as_view(accepting=False), name="er-room-pause"),
    path("rooms/<int:room_id>/resume/", views.RoomIntakeView.as_view(accepting=True), name="er-room-resume"),
    path("bookings/", views.BookingListCreateView.as_view(), name="er-bookings"),
    path("bookings/<int:booking_id>/", views.BookingDetailView.as_view(), name="er-booking"),
    path("bookings/<int:booking_id>/history/", views.BookingHistoryView.as_view(), name="er-booking-history"),
    path("bookings/<int:booking_id>/confirm/", views.BookingConfirmView.as_view(), name="er-booking-confirm"),
    path("bookings/<int:booking_id>/check-in/", views.BookingCheckInView.as_view(), name="er-booking-check-in"),
    path("bookings/<int:booking_id>/complete/", views.BookingCompleteView.as_view(), name="er-booking-complete"),
    path("bookings/<int:booking_id>/no-show/", views.BookingNoShowView.as_view(), name="er-booking-no-show"),
    path("bookings/<int:booking_id>/cancel/", views.BookingCancelView.as_view(), name="er-booking-cancel"),
    path("bookings/<int:booking_id>/undo/", views.BookingUndoView.as_view(), name="er-booking-undo"),
    path("bookings/<int:booking_id>/priority/", views.BookingPriorityView.as_view(), name="er-booking-priority"),
    path(
        "bookings/<int:booking_id>/acknowledge/", views.BookingAcknowledgeView.as_view(), name="er-booking-acknowledge"
    ),
    path(
        "bookings/<int:booking_id>/check-in-answer/",
        views.BookingCheckInAnswerView.as_view(),
        name="er-booking-check-in-answer",
    ),
]
