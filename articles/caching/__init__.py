"""Caching of public pages.

- generation.py: one "content generation" stamp in the shared cache; every change a reader
  could see replaces it, which retires every cached page at once on every server.
- middleware.py: the full-page cache for anonymous GET requests, and the Cache-Control, Vary
  and X-Cache headers on every page response.
- invalidation.py: the signal receivers that replace the stamp and ask the front-end cache
  (Varnish or a CDN, configured by WAGTAILFRONTENDCACHE) to purge the affected URLs.
"""
