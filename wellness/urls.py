import re

from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from articles import admin_access, feeds, sitemaps
from articles.views import search as search_views
from articles.views.printing import print_qr
from comments.commenter_data_views import commenter_data_link, request_data
from comments.own_views import delete_own_comment, own_comment
from comments.views import post_comment
from feedback.views import post_feedback
from wellness.health import healthz

handler500 = "wellness.views.server_error"  # the 503 page when the database is unreachable

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("comments/<int:page_id>/", post_comment, name="post_comment"),
    path("comments/own/<int:comment_id>/", own_comment, name="own_comment"),
    path("comments/own/<int:comment_id>/delete/", delete_own_comment, name="delete_own_comment"),
    path("comments/my-data/", request_data, name="request_commenter_data"),
    path("comments/my-data/<str:token>/", commenter_data_link, name="commenter_data"),
    path("feedback/<int:page_id>/", post_feedback, name="post_feedback"),
    path("email/", include("notifications.urls")),  # confirmation and unsubscribe links
    path("search/", search_views.search, name="search"),
    path("print/qr/<int:page_id>.svg", print_qr, name="print_qr"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("feeds/rss/", feeds.ArticleFeed(), name="feed_articles_rss"),
    path("feeds/atom/", feeds.ArticleAtomFeed(), name="feed_articles_atom"),
    path("feeds/topics/<slug:slug>/rss/", feeds.TopicFeed(), name="feed_topic_rss"),
    path("feeds/topics/<slug:slug>/atom/", feeds.TopicAtomFeed(), name="feed_topic_atom"),
    path("feeds/authors/<slug:slug>/rss/", feeds.AuthorFeed(), name="feed_author_rss"),
    path("feeds/authors/<slug:slug>/atom/", feeds.AuthorAtomFeed(), name="feed_author_atom"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.sitemap_part, name="sitemap_part"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    # Before the admin's own: logout by POST only, the page chooser's answers by role.
    path(settings.WAGTAIL_ADMIN_PATH, include(admin_access.admin_urls())),
    path(settings.WAGTAIL_ADMIN_PATH, include(wagtailadmin_urls)),  # ADMIN_URL, /admin/ by default
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

if settings.BENCH_CEILING_VIEW:
    from articles.views.ceiling import ceiling

    urlpatterns += [path("bench/ceiling/", ceiling)]

if settings.DEBUG:
    from django.views.generic import TemplateView

    urlpatterns += [
        path("404/", TemplateView.as_view(template_name="404.html")),
        path("500/", TemplateView.as_view(template_name="500.html")),
    ]

urlpatterns += [path("", include(wagtail_urls))]
