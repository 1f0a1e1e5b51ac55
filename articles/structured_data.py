"""JSON-LD in the schema.org vocabulary. Never any commenter email or IP.

Each page describes itself (`SitePage.json_ld` and its overrides, in articles/models/); this
module holds the vocabulary they share and puts a page's description together. Other apps add
what they know of a page through the `construct_page_json_ld` hook, `fn(page, data, context)`,
called once the page has described itself (the comments app adds its approved comments).
"""

from wagtail import hooks

HEADLINE_LENGTH = 110


def iso(value) -> str | None:
    return value.isoformat() if value else None


def person(author, request) -> dict:
    data = {"@type": "Person", "name": author.title, "url": author.get_full_url(request)}
    if author.credentials:
        data["honorificSuffix"] = author.credentials
    return data


def breadcrumb_list(meta) -> dict | None:
    if not meta.breadcrumbs:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": crumb.title, "item": meta.canonical}
            if n == len(meta.breadcrumbs)
            else {"@type": "ListItem", "position": n, "name": crumb.title, "item": crumb.url}
            for n, crumb in enumerate(meta.breadcrumbs, start=1)
        ],
    }


def image_url(meta, request) -> list[str]:
    return [request.build_absolute_uri(meta.image.url)] if meta.image else []


def for_page(page, request, context, meta, publisher) -> list[dict]:
    """The page's own description, completed by `construct_page_json_ld` hooks
    (`fn(page, data, context)`), then its breadcrumbs."""
    main = {"@context": "https://schema.org", **page.json_ld(request, context, meta, publisher)}
    for fn in hooks.get_hooks("construct_page_json_ld"):
        fn(page, main, context)
    main = {key: value for key, value in main.items() if value not in (None, [], "")}
    crumbs = breadcrumb_list(meta)
    return [main, crumbs] if crumbs else [main]
