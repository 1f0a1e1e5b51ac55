from django.core.management.base import BaseCommand

from articles.models import ArticlePage
from articles.models.article_links import store_all_links


class Command(BaseCommand):
    help = (
        "Work out again, for every live article, the previous, next and related articles it "
        "shows. Publishing keeps them up to date; run this after loading articles in bulk, or "
        "now and then so older articles also offer newer related ones."
    )

    def handle(self, **options):
        count = store_all_links(ArticlePage.objects.live().public())
        self.stdout.write(self.style.SUCCESS(f"Links worked out for {count} articles."))
