"""The ground layer of caching: it knows Django and Wagtail's page tree, never this site's content.

- tags.py: names for what a cached response depends on ("page:12", "site"), each with the
  time it was last retired, kept in the shared cache every process reads.
- middleware.py: the full-page cache for anonymous readers; an entry is served while none of
  its tags was retired after its render began; one process re-renders a retired page while
  the others wait for it.
- fragments.py: parts of pages kept under the retirement times of the tags they depend on.
- pages.py: retiring pages (their tags, and their URLs in Varnish or a CDN) when a change
  commits; what to retire is the content's to say (each page type describes it).
- release.py: a fingerprint of the running code, so a deploy retires everything.
- backends.py: the shared cache when there is no Redis (the database, with an atomic incr).
"""
