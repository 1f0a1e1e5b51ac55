"""What happens when a page's workflow is approved (settings.WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail's default publishes the latest revision as the last approver and requires that approver to
hold the publish permission. Our expert reviewers approve; they do not publish outside a workflow,
so the approval itself is the authority here: the revision is published in the approver's name
without checking their page permissions. Nothing else is imported at module level, because
Wagtail imports this while its models load.
"""


def publish_approved(workflow_state, user=None):
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
