"""What a change to content retires: the pages that show it, as each page type describes them.

Publishing, unpublishing, moving or deleting a page retires the page, its section listings
and home page, the topic and author pages that list it, and the articles that show it as
previous, next or related (models/cached.py), together with what lists pages from
everywhere (search, feeds, sitemaps). What pages show of each other is worked out again
first (`refresh_links`: an article's previous, next and related articles). A change to a
page in the menus, to site settings, sites or view restrictions retires every page. A book
or an image retires the pages that use it, found through Wagtail's reference index; for a book,
only a change readers see: publishing or unpublishing it (or a write to its live row), never
an editor's draft, lock or workflow step.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from caching.pages import retire_on_commit, retire_site_on_commit
from caching.site_settings import CachedSiteSetting

from .models import Book, WellnessImage
from .models.cached import LISTING_PATHS, LISTINGS, CacheDependencies
from .models.privacy import forget_restricted_paths


def page_changed(page, also=()) -> None:
    """Retire what `page` shows on, after working out again the links that involve it."""
    page = page.specific_deferred
    if not isinstance(page, CacheDependencies):
        retire_on_commit([page, *also], tags=[LISTINGS], paths=LISTING_PATHS)
        return
    also = [*also, *page.refresh_links()]
    retire_on_commit(
        [*page.pages_retired_with(), *also],
        tags=[LISTINGS],
        paths=LISTING_PATHS,
        site_wide=page.is_in_menus(),
        remember_for=page.pk,
    )


@receiver(page_published)
@receiver(page_unpublished)
def page_published_or_unpublished(sender, instance, **kwargs):
    page_changed(instance)


@receiver(post_page_move)
def page_moved(sender, instance, parent_page_before=None, **kwargs):
    forget_restricted_paths()  # restrictions apply by path: now, and for everyone after commit
    transaction.on_commit(forget_restricted_paths)
    old_listings = []
    if parent_page_before is not None:
        old_listings = [parent_page_before, *parent_page_before.get_ancestors().filter(depth__gt=1)]
    page_changed(instance, also=old_listings)


@receiver(pre_delete)
def page_deleted(sender, instance, **kwargs):
    """Before the rows go: what the page showed on is found through them."""
    if isinstance(instance, CacheDependencies):
        showing = [page.specific_deferred for page in instance.linked_from()]
        retire_on_commit(
            instance.pages_retired_with(),
            tags=[LISTINGS],
            paths=LISTING_PATHS,
            site_wide=instance.is_in_menus(),
        )
        transaction.on_commit(lambda: [page.refresh_links() for page in showing])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restrictions_changed(sender, **kwargs):
    forget_restricted_paths()  # now, for this transaction; and after it, for everyone else
    transaction.on_commit(forget_restricted_paths)
    retire_site_on_commit(paths=LISTING_PATHS)


# What saving a draft, locking or a workflow writes on a book's row: nothing readers see.
BOOK_DRAFT_FIELDS = {
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def book_change_shown(book, update_fields) -> bool:
    """Whether a save changes what readers see of `book` (its live version)."""
    if update_fields is not None and set(update_fields) <= BOOK_DRAFT_FIELDS:
        return False
    # A book never published is shown nowhere: its row holds a draft.
    return book.live or book.last_published_at is not None


@receiver(post_save)
@receiver(post_delete)
def used_object_changed(sender, instance, update_fields=None, signal=None, **kwargs):
    if isinstance(instance, CachedSiteSetting):
        instance.forget()
    if (
        isinstance(instance, Book)
        and signal is post_save
        and not book_change_shown(instance, update_fields)
    ):
        return
    if isinstance(instance, (BaseSiteSetting, Site)):
        retire_site_on_commit()
    elif isinstance(instance, (Book, WellnessImage)):
        pages = [page.specific_deferred for page in pages_using(instance)]
        retire_on_commit([shown for page in pages for shown in retired_with(page)], tags=[LISTINGS])


def retired_with(page) -> list:
    if isinstance(page, CacheDependencies):
        return page.pages_retired_with()
    return [page]


def pages_using(instance) -> list[Page]:
    page_ids = (
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.filter(pk__in=[int(pk) for pk in page_ids if pk.isdigit()]))
