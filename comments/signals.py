"""What the comments app announces, for the apps built on it (notifications/) to act on.

The comments app imports none of its listeners: they connect to these signals.

- `comment_posted(comment, request, wants_replies)`: a comment was stored, whatever its status;
  `wants_replies` is the commenter's "Email me when someone replies" box.
- `comment_published(comment)`: a comment became visible to readers: saved approved when it
  was not (Comment.save): posted with an approved verdict, approved by moderation.moderate()
  or in the admin's edit form, or created approved (the importer, the demo). Sent inside the
  transaction that made it visible: a listener's database writes stand or fall with it.
  Listeners must be idempotent (a comment loaded with its status deferred announces again).
"""

from django.dispatch import Signal

comment_posted = Signal()
comment_published = Signal()
