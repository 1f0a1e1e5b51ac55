"""What the comments app announces, for the apps built on it (notifications/) to act on.

The comments app imports none of its listeners: they connect to these signals.

- `comment_posted(comment, request, wants_replies)`: a comment was stored, whatever its status;
  `wants_replies` is the commenter's "Email me when someone replies" box.
- `comment_published(comment)`: a comment became visible to readers: saved approved when it
  was not (Comment.save): posted with an approved verdict, approved by moderation.moderate()
  or in the admin's edit form, or created approved (the importer, the demo). Sent inside the
  transaction that made it visible: a listener's database writes stand or fall with it.
  Listeners must be idempotent (a comment loaded with its status deferred announces again).
- `commenter_erased(emails, comment_ids)`: comments were erased (erasure.py: the command, a
  commenter's own delete, or their emailed erasure link); listeners forget what they keep
  about those comments, and about the addresses in `emails` (set only when everything from
  an address was erased). Sent inside the erasing transaction.
- `commenter_data_requested(email, action, path, ip_address)`: a visitor asked for their
  comments (`action` "download") or their erasure ("erase") at an address that has comments;
  `path` is the signed link (commenter_data.py) to send to that address, and only there.
"""

from django.dispatch import Signal

comment_posted = Signal()
comment_published = Signal()
commenter_erased = Signal()
commenter_data_requested = Signal()
