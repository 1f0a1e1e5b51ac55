"""Moving from WordPress: a WXR export becomes articles, pages, authors, topics and comments.

An app of its own above the content and the comments: it imports both, neither imports it, so
the site runs and is tested without it (`manage.py import_wordpress` is its command).

wxr.py             the export, parsed safely (defusedxml) into plain dataclasses
shortcodes.py      [caption], [embed], [gallery] resolved; other shortcodes removed
htmltree.py        a forgiving HTML tree and plain text (titles, excerpts, comments)
richtext.py        inline HTML → Wagtail rich text, allowed tags only
html_to_blocks.py  post HTML → StreamField blocks
media.py           attachments → images, from files under --media-dir (no downloads)
people.py, taxonomy.py, pages.py, comments.py   what each kind becomes
redirects.py       old permalinks and earlier slugs' addresses → the new pages
tree.py            page-tree steps: free slugs, live / draft / scheduled, privacy
mapping.py, models.py   WordPress ids → what they became, so importing again updates
indexing.py        search and usage indexing once per page, after the import
importer.py        the order, the transaction, the dry run; report.py the summary
apps.py            connects redirects.py to publishing; management/ the import_wordpress command
"""
