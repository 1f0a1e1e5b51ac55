"""The "Expert review" workflow: expert reviewers sign articles off, and the sign-off is dated.

A migration creates the group, the task and the workflow; new article sections get the
workflow as soon as they are created; an approval records today's date (and the approver, when
their admin account is linked to an author page) on the live article and its latest revision.
"""

import datetime

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Workflow, WorkflowPage
from wagtail.signals import task_approved

from .models import ArticlePage

WORKFLOW_NAME = "Expert review"
TASK_NAME = "Expert sign-off"
GROUP_NAME = "Expert reviewers"


def assign_to(index_page) -> None:
    """Articles under `index_page` go through the expert review workflow.

    Expert reviewers need no page permissions for it: the approval publishes the article
    (articles.workflow_actions, migration 0008_roles).
    """
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is None:
        return
    WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": workflow})


@receiver(post_save, sender="articles.ArticleIndexPage")
def new_section_uses_expert_review(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_to(instance)


def record_sign_off(article, user, today=None) -> None:
    today = today or datetime.date.today()
    reviewer = getattr(user, "author_page", None) if user else None
    article.last_review_date = today
    if reviewer is not None:
        article.expert_reviewer = reviewer
    article.next_review_date = article.calculate_next_review_date()
    changes = {"last_review_date": today, "next_review_date": article.next_review_date}
    if reviewer is not None:
        changes["expert_reviewer"] = reviewer
    with transaction.atomic():
        ArticlePage.objects.filter(pk=article.pk).update(**changes)
        revision = article.latest_revision
        if revision is not None:
            revision.content["last_review_date"] = today.isoformat()
            if reviewer is not None:
                revision.content["expert_reviewer"] = reviewer.pk
            revision.save(update_fields=["content"])


@receiver(task_approved)
def expert_signed_off(sender, instance, user=None, **kwargs):
    if instance.task.name != TASK_NAME:
        return
    page = instance.workflow_state.content_object
    article = ArticlePage.objects.filter(pk=page.pk).first()
    if article is not None:
        record_sign_off(article, user)
