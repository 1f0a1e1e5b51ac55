"""Site search over articles, book reviews, reading lists and authors (articles/search/)."""

from dataclasses import dataclass
from urllib.parse import quote

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.models import Site

from caching.fragments import cached_part

from ..models import ArticlePage, AuthorPage, BookReviewPage, ReadingListPage, TopicPage
from ..models.cached import LISTINGS
from ..models.listings import paginate
from ..search import parse
from ..search import search as search_pages
from ..search import suggest as suggest_titles
from ..search.cards import results
from ..search.query import MAX_QUERY_LENGTH

KINDS = {
    "article": ("Articles", ArticlePage),
    "review": ("Book reviews", BookReviewPage),
    "list": ("Reading lists", ReadingListPage),
    "author": ("Authors", AuthorPage),
}
PER_PAGE = 10


def clean_query(raw: str) -> tuple[str, bool]:
    """What we search for: spaces collapsed, at most 200 characters (the engines take any text)."""
    text = " ".join(raw.split())
    truncated = len(text) > MAX_QUERY_LENGTH
    return text[:MAX_QUERY_LENGTH], truncated


@dataclass(frozen=True)
class TopicChoice:
    """A topic as the search form offers it, and links to it when nothing matched."""

    pk: int
    slug: str
    title: str
    url: str


def topic_choices(request, site) -> list[TopicChoice]:
    """The site's live, public topics by title, kept in the shared cache until a published
    page changes (LISTINGS; view restrictions retire the whole site)."""

    def compute():
        # A handful of topics: their site is checked here, as `descendant_of` would make the
        # database scan every page's path (no index serves LIKE on it) to find them.
        root = site.root_page.path
        topics = TopicPage.objects.live().public().order_by("title")
        return [
            TopicChoice(t.pk, t.slug, t.title, t.get_url(request))
            for t in topics.only("title", "slug", "path", "url_path")
            if t.path.startswith(root)
        ]

    return cached_part(request, f"search-topics:{site.pk}", compute, tags=[LISTINGS])


@require_GET
def search(request):
    site = Site.find_for_request(request)
    query, truncated = clean_query(request.GET.get("q", ""))
    kind = request.GET.get("type", "") if request.GET.get("type") in KINDS else ""
    topics = topic_choices(request, site)
    wanted = request.GET.get("topic", "")
    topic = next((t for t in topics if wanted and t.slug == wanted), None)
    context = {
        "search_query": query,
        "truncated": truncated,
        "kinds": [(key, label) for key, (label, _) in KINDS.items()],
        "kind": kind,
        "topics": topics,
        "topic": topic,
        # What the pages of results keep of the search, as a query string.
        "page_query": f"q={quote(query, safe='/')}&type={kind}&topic={topic.slug if topic else ''}",
    }
    parsed = parse(query)
    if parsed:
        models = [KINDS[kind][1]] if kind else [model for _, model in KINDS.values()]
        hits = search_pages(query, site=site, models=models, topic=topic)
        page_obj = paginate(request, hits, PER_PAGE)
        page_obj.object_list = results(
            request, page_obj.object_list, parsed.words, stored_passages=hits.stored_passages
        )
        context |= {"results": page_obj, "hits": hits}
    status = 200
    return render(request, "search/results.html", context, status=status)


@require_GET
def suggest(request):
    """Titles that start like what the reader is typing (progressive enhancement)."""
    site = Site.find_for_request(request)
    query, _ = clean_query(request.GET.get("q", ""))
    parsed = parse(query)
    if len(parsed.plain) < 2:
        return JsonResponse({"suggestions": []})
    models = [model for _, model in KINDS.values()]
    return JsonResponse({"suggestions": suggest_titles(query, site=site, models=models)})
