"""The demo's readers who follow by email: a few confirmed, one still to confirm.

The demo's articles are its archive: their announcements are closed as the loader ends, so
nobody is emailed about them. Publish a new article in the admin (or use "Notify subscribers"
on one) and the worker's terminal shows the emails these followers get.
"""

# (email, follows: "site" or a topic or author slug, how often, confirmed)
FOLLOWERS = [
    ("ines@example.org", "site", "instant", True),
    ("tomas@example.org", "topic:stress-and-sleep", "weekly", True),
    ("ana@example.org", "author:maya-lindqvist", "instant", True),
    ("rui@example.org", "topic:craniosacral-therapy", "instant", False),
]
