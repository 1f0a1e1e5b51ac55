from django.urls import path

from . import follow_views, views

app_name = "notifications"
urlpatterns = [
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("follow/", follow_views.follow, name="follow"),
    path("follow/check-your-inbox/", follow_views.follow_sent, name="follow_sent"),
    path("follow/confirm/<str:token>/", follow_views.confirm_follow, name="confirm_follow"),
    path("your-data/<str:token>/", follow_views.your_data, name="your_data"),
    path("your-data/<str:token>/download/", follow_views.download_data, name="download_data"),
    path("your-data/<str:token>/erase/", follow_views.erase_data, name="erase_data"),
]
