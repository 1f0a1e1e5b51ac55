"""JSON-LD in the schema.org vocabulary for each page type. Never any commenter email or IP.

Other apps add what they know of a page through the `construct_page_json_ld` hook,
`fn(page, data, context)`, called once the page has described itself (the comments app adds
its approved comments).
"""

from django.utils.html import strip_tags
from wagtail import hooks

from .streams import blocks_of_type

HEADLINE_LENGTH = 110


def iso(value) -> str | None:
    return value.isoformat() if value else None


def person(author, request) -> dict:
    data = {"@type": "Person", "name": author.title, "url": author.get_full_url(request)}
    if getattr(author, "credentials", ""):
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


def article(page, request, context, meta, publisher) -> dict:
    authors = context.get("authors") or []
    data = {
        "@type": "Article",
        "headline": page.title[:HEADLINE_LENGTH],
        "description": meta.description,
        "url": meta.canonical,
        "mainEntityOfPage": meta.canonical,
        "datePublished": iso(page.date_published),
        "dateModified": iso(page.date_updated or page.last_published_at or page.date_published),
        "author": [person(author, request) for author in authors],
        "publisher": publisher,
        "image": image_url(meta, request),
        "keywords": [tag.name for tag in context.get("tags", [])],
        "articleSection": [topic.title for topic in context.get("topics", [])],
        "timeRequired": f"PT{page.reading_time}M",
    }
    if page.is_expert_reviewed:
        data.update(medical_web_page(page, request))
    return data


def medical_web_page(page, request) -> dict:
    """A reviewed health article: who checked it and when, and the therapy it is about."""
    data = {
        "@type": "MedicalWebPage",
        "articleSection": None,  # an Article property, not a WebPage one
        "lastReviewed": iso(page.last_review_date),
        "reviewedBy": person(page.expert_reviewer, request),
    }
    if page.therapy_name:
        side_effects, contraindications = [], []
        for block in blocks_of_type(page.body, "callout"):
            if block.value["kind"] == "caution":
                side_effects += list(block.value["side_effects"])
                contraindications += list(block.value["contraindications"])
        therapy = {"@type": "MedicalTherapy", "name": page.therapy_name}
        if contraindications:
            therapy["contraindication"] = contraindications
        if side_effects:
            therapy["adverseOutcome"] = [
                {"@type": "MedicalEntity", "name": effect} for effect in side_effects
            ]
        data["about"] = therapy
    return data


def review(page, request, context, meta, publisher) -> dict:
    book = context.get("book") or page.book
    item = None
    if book.live:  # a book never published shows nothing of itself
        item = {
            "@type": "Book",
            "name": book.title,
            "author": {"@type": "Person", "name": book.authors},
        }
        if book.isbn:
            item["isbn"] = book.isbn
        if book.publisher:
            item["publisher"] = {"@type": "Organization", "name": book.publisher}
        if book.year:
            item["datePublished"] = str(book.year)
    return {
        "@type": "Review",
        "name": page.title,
        "url": meta.canonical,
        "reviewBody": page.verdict,
        **({"itemReviewed": item} if item else {}),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": page.rating,
            "bestRating": 5,
            "worstRating": 1,
        },
        "author": person(page.reviewer, request) if page.reviewer else publisher,
        "publisher": publisher,
        "datePublished": iso(page.date_published),
        "image": image_url(meta, request),
    }


def reading_list(page, request, context, meta, publisher) -> dict:
    elements = []
    for position, item in enumerate(context.get("items", []), start=1):
        if item.kind == "book":
            name = item.book.title
            target = item.book.review
            url = target.get_full_url(request) if target else None
        elif item.kind == "article":
            name, url = item.article.title, item.article.get_full_url(request)
        else:
            name, url = item.link_title, item.link_url
        element = {"@type": "ListItem", "position": position, "name": name}
        if url:
            element["url"] = url
        elements.append(element)
    return {
        "@type": "ItemList",
        "name": page.title,
        "description": meta.description,
        "url": meta.canonical,
        "numberOfItems": len(elements),
        "itemListElement": elements,
    }


def profile(page, request, context, meta, publisher) -> dict:
    main = person(page, request)
    main["description"] = page.short_bio or strip_tags(page.bio)[:300]
    if page.role:
        main["jobTitle"] = page.get_role_display()
    main["image"] = image_url(meta, request)
    main["sameAs"] = [link.url for link in context.get("links", [])]
    return {"@type": "ProfilePage", "url": meta.canonical, "mainEntity": main}


def website(page, request, context, meta, publisher) -> dict:
    root = page.get_full_url(request)
    return {
        "@type": "WebSite",
        "name": publisher["name"],
        "url": root,
        "description": meta.description,
        "publisher": publisher,
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": request.build_absolute_uri("/search/") + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def web_page(page, request, context, meta, publisher) -> dict:
    listing = hasattr(page, "get_children") and page.specific_class._meta.model_name.endswith(
        ("indexpage", "topicpage")
    )
    return {
        "@type": "CollectionPage" if listing else "WebPage",
        "name": page.title,
        "description": meta.description,
        "url": meta.canonical,
        "publisher": publisher,
    }


BUILDERS = {
    "articlepage": article,
    "bookreviewpage": review,
    "readinglistpage": reading_list,
    "authorpage": profile,
    "homepage": website,
}


def for_page(page, request, context, meta, publisher) -> list[dict]:
    build = BUILDERS.get(page.specific_class._meta.model_name, web_page)
    data = build(page, request, context, meta, publisher)
    for construct in hooks.get_hooks("construct_page_json_ld"):
        construct(page, data, context)
    main = {"@context": "https://schema.org", **data}
    main = {key: value for key, value in main.items() if value not in (None, [], "")}
    crumbs = breadcrumb_list(meta)
    return [main, crumbs] if crumbs else [main]
