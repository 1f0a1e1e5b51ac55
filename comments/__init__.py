"""Visitor comments: posting, spam defence, moderation in the Wagtail admin, privacy.

An app beside the content: it imports nothing of it, and the content nothing of it. It refers
to pages through Wagtail's `Page` (a comment's page) and the methods a page offers (pages.py);
the content calls what this app adds through Wagtail hooks (wagtail_hooks.py), and the site's
templates through its template tags.

models.py          comments, the site's comment settings, the learning filter's counts
pages.py           what the app asks of a page (a Protocol), with safe defaults
forms.py           the form: honeypot, signed timestamp, what a visitor may send
views.py           posting: validate, assess, store, a 303 to the comment's anchor
display.py         a page's comment section: threads, pagination, once per request
spam.py            the rules; classifier.py the learning filter; akismet.py (optional)
text.py            names, fingerprints and link hosts as a reader sees them
evaluation.py      the learning filter measured on labelled comments (data/)
moderation.py      moderators' decisions, what the filter learns, who is told
invalidation.py    what a change to comments retires in the caches
listings.py        comment counts on listing cards; json_ld.py comments in a page's JSON-LD
admin.py           the moderation queue, bulk actions, the dashboard panel
wagtail_hooks.py   the admin, and what the app adds to the content through its hooks
templatetags/      {% comment_section as comments %} and the comment text filters
management/        erase_commenter, purge_comment_ips, train_spam_filter, evaluate_spam_filter
"""
