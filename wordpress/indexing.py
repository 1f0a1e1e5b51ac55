"""Search and reference indexing, once per imported page or image instead of once per save.

Creating and publishing a page saves it three times (the tree insert, the revision, the
publish), and each save would update the search index and Wagtail's reference index. During
an import both wait; afterwards every page and image the import created or changed is indexed
once. Only the search signal of pages and images is paused, in this process, for the length
of the import; other models index as usual.
"""

import logging
from contextlib import contextmanager

from django.db.models.signals import post_save
from wagtail.images.models import AbstractImage
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

logger = logging.getLogger(__name__)


@contextmanager
def indexing_deferred():
    paused = [
        model
        for model in index.get_indexed_models()
        if issubclass(model, Page | AbstractImage)
        and post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in paused:
            post_save.connect(post_save_signal_handler, sender=model)


def index_objects(touched: dict[type, set[int]], batch: int = 200) -> None:
    """Index the pages and images in `touched` ({model: ids}), in batches, for search and usage."""
    backends = list(get_search_backends(with_auto_update=True))
    for model, ids in touched.items():
        if not issubclass(model, Page | AbstractImage):
            continue  # comments are created in bulk; rebuild_references_index adds them
        searchable = model in index.get_indexed_models()
        objects = list(
            (model.get_indexed_objects() if searchable else model.objects).filter(pk__in=ids)
        )
        for start in range(0, len(objects) if searchable else 0, batch):
            for backend in backends:
                _add_bulk(backend, model, objects[start : start + batch])
        for obj in objects:
            ReferenceIndex.create_or_update_for_object(obj)


def _add_bulk(backend, model, objects) -> None:
    try:
        backend.add_bulk(model, objects)
    except Exception:
        # As Wagtail does for one object: a search service that is down (Elasticsearch) must
        # not undo the import; a database backend's error must, with the transaction.
        if not backend.catch_indexing_errors:
            raise
        logger.exception("Could not add %d %s to the search index", len(objects), model.__name__)
