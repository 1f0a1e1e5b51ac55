"""Dependencies point one way: each layer imports only from the layers below it.

The caching layer sits under everything: it imports nothing of the site's own apps. What to
retire is the content's to say (articles/models/cached.py); the cache only carries it out, so
it can be read, tested and replaced without the content models.

The content (articles) and the comments are siblings above it: neither imports the other. They
meet through the methods a page offers (comments/pages.py), Wagtail hooks, the template tags
the site's templates use, and the site's wiring (wellness/, demo/).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE_APPS = {"articles", "comments", "demo", "wellness", "wordpress"}
# The WordPress importer sits above both content and comments; it is leaving the articles
# package for an app of its own, and may import both meanwhile.
IMPORTER = ROOT / "articles" / "wordpress"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: within the caching package itself
                continue
            found.add(node.module or "")
    return found


def imports_of(package: str, forbidden: set[str], skip: Path | None = None) -> set[str]:
    """Each import in `package` of a module of another of the `forbidden` top-level packages."""
    return {
        f"{path.relative_to(ROOT)}: {module}"
        for path in (ROOT / package).rglob("*.py")
        if skip is None or not path.is_relative_to(skip)
        for module in imported_modules(path)
        if module.split(".")[0] in forbidden - {package}
    }


def test_the_caching_layer_imports_nothing_of_the_content_or_the_comments():
    assert imports_of("caching", SITE_APPS) == set()


def test_the_comments_app_imports_nothing_of_the_content_or_the_importer():
    assert imports_of("comments", SITE_APPS) == set()


def test_the_content_imports_nothing_of_the_comments():
    assert imports_of("articles", {"comments", "demo", "wellness"}, skip=IMPORTER) == set()


def test_the_check_sees_an_import_against_the_layering(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("from articles.models import ArticlePage\nimport wellness.settings\n")
    assert imported_modules(module) == {"articles.models", "wellness.settings"}
