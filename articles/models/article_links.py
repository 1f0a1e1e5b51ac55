"""What an article shows of other articles (previous, next, related), worked out on publish.

Finding them means ranking the section's articles by date and every article by the topics
and tags it shares: tens of milliseconds at 10,000 articles. That is done when an article or
one of its neighbours changes (articles/invalidation.py), not on every cold render, which
reads the stored links with the cards they point to in one query. The stored links also
answer the reverse question: which articles show this one, and so must be retired when it
changes.
"""

from django.db import models, transaction


class LinkKind(models.TextChoices):
    PREVIOUS = "previous", "Previous"
    NEXT = "next", "Next"
    RELATED = "related", "Related"


class ArticleLink(models.Model):
    source = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="outgoing_links"
    )
    target = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="incoming_links"
    )
    kind = models.CharField(max_length=8, choices=LinkKind.choices)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["source", "kind", "position"]
        constraints = [
            models.UniqueConstraint(fields=["source", "kind", "target"], name="unique_article_link")
        ]

    def __str__(self):
        return f"{self.source_id} -> {self.target_id} ({self.kind})"


NEIGHBOURS = (LinkKind.PREVIOUS, LinkKind.NEXT)


def articles_linking_to(article_id, kinds=LinkKind.values) -> set[int]:
    """Ids of the articles that show `article_id` (as previous, next or related)."""
    links = ArticleLink.objects.filter(target_id=article_id, kind__in=kinds)
    return set(links.values_list("source_id", flat=True))


def articles_linked_from(article_id, kinds=LinkKind.values) -> set[int]:
    """Ids of the articles `article_id` shows (as previous, next or related)."""
    links = ArticleLink.objects.filter(source_id=article_id, kind__in=kinds)
    return set(links.values_list("target_id", flat=True))


@transaction.atomic
def store_links(article) -> None:
    """Work out and store what `article` shows; nothing when it is not live."""
    ArticleLink.objects.filter(source_id=article.pk).delete()
    if not article.live:
        return
    links = []
    for kind, older in ((LinkKind.PREVIOUS, True), (LinkKind.NEXT, False)):
        neighbour = article.neighbour(older=older)
        if neighbour is not None:
            links.append(ArticleLink(source_id=article.pk, target_id=neighbour.pk, kind=kind))
    topic_ids = list(article.topics.filter(live=True).values_list("pk", flat=True))
    tag_ids = list(article.tags.values_list("pk", flat=True))
    links += [
        ArticleLink(source_id=article.pk, target_id=pk, kind=LinkKind.RELATED, position=n)
        for n, pk in enumerate(article.related_ids(topic_ids, tag_ids))
    ]
    ArticleLink.objects.bulk_create(links)


def refresh_links_around(article) -> list:
    """Store `article`'s links, and those of the articles next to it before and after the
    change and of the articles most related to it (relatedness goes both ways: it may now
    belong among theirs); returns those articles, since what they show has changed.

    Other articles showing it as related keep it (a card that is no longer live is not shown).
    """
    concerned = articles_linked_from(article.pk, NEIGHBOURS)
    concerned |= articles_linking_to(article.pk, NEIGHBOURS)
    store_links(article)
    concerned |= articles_linked_from(article.pk)
    others = list(type(article).objects.filter(pk__in=concerned - {article.pk}))
    for other in others:
        store_links(other)
    return others


@transaction.atomic
def store_all_links(articles) -> int:
    """Work out every article's links at once, as `store_links` would one by one: for a site
    loaded in bulk (an import, a benchmark) or links never stored. Returns how many articles.

    `articles`: the live, public articles (ArticlePage queryset); topics and tags are read in
    two queries and ranked here, so 10,000 articles take seconds, not one query each.
    """
    from .articles import ArticlePage
    from .taxonomy import ArticlePageTag

    rows = list(articles.order_by("path").values_list("pk", "path", "date_published"))
    order = {pk: (date, pk) for pk, _, date in rows}
    sharing: dict[tuple, set[int]] = {}
    shared_by: dict[int, list[tuple]] = {pk: [] for pk in order}
    topics = ArticlePage.topics.through.objects.filter(
        articlepage_id__in=order, topicpage__live=True
    ).values_list("articlepage_id", "topicpage_id")
    tags = ArticlePageTag.objects.filter(content_object_id__in=order).values_list(
        "content_object_id", "tag_id"
    )
    for kind, pairs in (("topic", topics), ("tag", tags)):
        for article_id, key in pairs:
            sharing.setdefault((kind, key), set()).add(article_id)
            shared_by[article_id].append((kind, key))
    newest = sorted(order, key=order.get, reverse=True)
    links = []
    for pk, siblings in neighbours_by_section(rows, order):
        links += [ArticleLink(source_id=pk, target_id=t, kind=k) for k, t in siblings if t]
        links += [
            ArticleLink(source_id=pk, target_id=target, kind=LinkKind.RELATED, position=n)
            for n, target in enumerate(related_in_memory(pk, shared_by, sharing, order, newest))
        ]
    ArticleLink.objects.filter(source_id__in=order).delete()
    ArticleLink.objects.bulk_create(links, batch_size=2_000)
    return len(order)


def neighbours_by_section(rows, order):
    """(article, [(PREVIOUS, id), (NEXT, id)]) for each article, within its own section."""
    sections: dict[str, list[int]] = {}
    for pk, path, _ in rows:
        sections.setdefault(path[:-4], []).append(pk)
    for members in sections.values():
        members.sort(key=order.get)
        for n, pk in enumerate(members):
            older = members[n - 1] if n > 0 else None
            newer = members[n + 1] if n + 1 < len(members) else None
            yield pk, [(LinkKind.PREVIOUS, older), (LinkKind.NEXT, newer)]


def related_in_memory(pk, shared_by, sharing, order, newest, limit=3) -> list[int]:
    """What `ArticlePage.related_ids` ranks: most shared topics and tags, then newest."""
    scores: dict[int, int] = {}
    for key in shared_by[pk]:
        for other in sharing[key]:
            if other != pk:
                scores[other] = scores.get(other, 0) + 1
    ranked = sorted(scores, key=lambda other: (scores[other], *order[other]), reverse=True)
    ids = ranked[:limit]
    for other in newest:
        if len(ids) >= limit:
            break
        if other != pk and other not in ids:
            ids.append(other)
    return ids
