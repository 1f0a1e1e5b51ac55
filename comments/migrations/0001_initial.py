"""The comments app takes over the comment tables the articles app made (articles 0002-0013).

Nothing in the database moves: the models keep their tables (articles_comment...), so this
migration creates them in the app's state only. Their content types are renamed from the
articles app to this one, so the permissions granted on them (the comment moderators' group,
0003; any group an administrator set up) and the admin's log entries follow the models.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

MODELS = ["comment", "commentsettings", "spamtoken", "spamcorpus"]


def move_content_types(apps, source: str, target: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


def to_comments(apps, schema_editor):
    move_content_types(apps, "articles", "comments")


def to_articles(apps, schema_editor):
    move_content_types(apps, "comments", "articles")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        # The tables were made by the articles app's migrations, which give them up in 0016.
        ("articles", "0016_comments_moved_to_their_app"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SpamCorpus",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("spam", models.PositiveIntegerField(default=0)),
                        ("ham", models.PositiveIntegerField(default=0)),
                    ],
                    options={
                        "verbose_name_plural": "spam corpus",
                        "db_table": "articles_spamcorpus",
                    },
                ),
                migrations.CreateModel(
                    name="SpamToken",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("token", models.CharField(max_length=100, unique=True)),
                        ("spam", models.PositiveIntegerField(default=0)),
                        ("ham", models.PositiveIntegerField(default=0)),
                    ],
                    options={
                        "db_table": "articles_spamtoken",
                    },
                ),
                migrations.CreateModel(
                    name="CommentSettings",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "moderation_mode",
                            models.CharField(
                                choices=[
                                    ("hold_all", "Hold every comment for moderation"),
                                    ("hold_first_time", "Hold first-time commenters only"),
                                    ("publish", "Publish immediately"),
                                ],
                                default="hold_first_time",
                                help_text="'First-time commenters': an email with an approved comment goes straight through.",
                                max_length=20,
                            ),
                        ),
                        (
                            "max_links",
                            models.PositiveSmallIntegerField(
                                default=2,
                                help_text="Hold a comment with more links than this, whatever the mode.",
                            ),
                        ),
                        (
                            "close_after_days",
                            models.PositiveSmallIntegerField(
                                default=0,
                                help_text="Close comments this many days after publication (0: never). A page can override this.",
                            ),
                        ),
                        (
                            "blocklist",
                            models.TextField(
                                blank=True,
                                help_text="One word or phrase per line, in any script (e.g. 출장안마). A comment containing one goes straight to spam.",
                            ),
                        ),
                        (
                            "blocked_emails",
                            models.TextField(
                                blank=True,
                                help_text="One per line: an address, or @domain.example for a whole domain.",
                            ),
                        ),
                        (
                            "blocked_ips",
                            models.TextField(blank=True, help_text="One IP address per line."),
                        ),
                        (
                            "spam_threshold",
                            models.FloatField(
                                default=0.9,
                                help_text="The learning filter sends a comment to spam when its spam probability is above this (between 0.5 and 1).",
                            ),
                        ),
                        (
                            "notify_moderators",
                            models.BooleanField(
                                default=True,
                                help_text="E-mail the moderators and the page's authors when a comment awaits moderation.",
                            ),
                        ),
                        (
                            "site",
                            models.OneToOneField(
                                editable=False,
                                on_delete=django.db.models.deletion.CASCADE,
                                to="wagtailcore.site",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "comment settings",
                        "db_table": "articles_commentsettings",
                    },
                ),
                migrations.CreateModel(
                    name="Comment",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("depth", models.PositiveSmallIntegerField(default=1, editable=False)),
                        ("name", models.CharField(max_length=100)),
                        (
                            "email",
                            models.EmailField(help_text="Never shown publicly.", max_length=254),
                        ),
                        ("website", models.URLField(blank=True)),
                        ("body", models.TextField(max_length=5000, verbose_name="comment")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("pending", "Awaiting moderation"),
                                    ("approved", "Approved"),
                                    ("spam", "Spam"),
                                    ("removed", "Removed"),
                                ],
                                db_index=True,
                                default="pending",
                                max_length=10,
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(db_index=True, default=django.utils.timezone.now),
                        ),
                        (
                            "ip_address",
                            models.GenericIPAddressField(
                                blank=True,
                                help_text="Deleted after the retention period.",
                                null=True,
                                verbose_name="IP address",
                            ),
                        ),
                        ("user_agent", models.CharField(blank=True, max_length=300)),
                        (
                            "spam_score",
                            models.FloatField(
                                blank=True,
                                help_text="The classifier's spam probability when it arrived.",
                                null=True,
                            ),
                        ),
                        (
                            "moderation_note",
                            models.CharField(
                                blank=True,
                                help_text="Why the spam checks held or rejected it.",
                                max_length=300,
                            ),
                        ),
                        ("trained_as", models.CharField(blank=True, editable=False, max_length=10)),
                        (
                            "moderated_at",
                            models.DateTimeField(blank=True, editable=False, null=True),
                        ),
                        (
                            "proof",
                            models.CharField(
                                blank=True, db_index=True, editable=False, max_length=64
                            ),
                        ),
                        (
                            "fingerprint",
                            models.CharField(blank=True, editable=False, max_length=32),
                        ),
                        (
                            "moderated_by",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="visitor_comments",
                                to="wagtailcore.page",
                            ),
                        ),
                        (
                            "parent",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="replies",
                                to="comments.comment",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "articles_comment",
                        "ordering": ["created_at", "pk"],
                        "indexes": [
                            models.Index(
                                fields=["page", "status", "created_at"],
                                name="articles_co_page_id_2fc3e1_idx",
                            ),
                            models.Index(
                                fields=["fingerprint", "created_at"],
                                name="comment_fingerprint_recent",
                            ),
                        ],
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(("depth__gte", 1), ("depth__lte", 3)),
                                name="comment_depth_range",
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(to_comments, to_articles),
    ]
