"""Moving from WordPress: a WXR export becomes articles, pages, authors, topics and comments.

`wxr` parses the export safely into plain dataclasses, `shortcodes` and `html_to_blocks` turn
post HTML into StreamField blocks, and `importer` writes everything in one transaction, keeping
WordPress ids in `models.WordPressObject` so that importing again updates in place.
"""
