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
SITE_APPS = {"articles", "comments", "demo", "feedback", "notifications", "wellness", "wordpress"}


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


def test_the_check_sees_an_import_against_the_layering(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("from articles.models import ArticlePage\nimport wellness.settings\n")
    assert imported_modules(module) == {"articles.models", "wellness.settings"}


def absolute_imports(path: Path, root: Path = ROOT) -> set[str]:
    """What `path` imports, relative imports resolved against its package under `root`: each
    module, and each name taken from one (`from . import x` may import the module x)."""
    package = list(path.relative_to(root).with_suffix("").parts)
    package.pop()  # a module's package; for __init__.py, the package itself
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *filter(None, [node.module])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def imports_of(package: str, forbidden: set[str]) -> set[str]:
    """Each import in `package` of a module of another of the `forbidden` top-level packages."""
    return {
        f"{path.relative_to(ROOT)}: {module}"
        for path in (ROOT / package).rglob("*.py")
        for module in absolute_imports(path)
        if module.split(".")[0] in forbidden - {package}
    }


def test_the_caching_layer_imports_nothing_of_the_content_or_the_comments():
    assert imports_of("caching", SITE_APPS) == set()


def test_the_comments_app_imports_nothing_of_the_content_or_the_importer():
    assert imports_of("comments", SITE_APPS) == set()


def test_the_content_imports_nothing_of_the_comments():
    assert imports_of("articles", {"comments", "demo", "wellness"}) == set()


def test_neither_the_content_nor_the_comments_import_the_email_app():
    """Email to readers (notifications) builds on the content and the comments, which hear
    nothing of it: the comments announce what happened through their signals."""
    assert imports_of("articles", {"notifications"}) == set()
    assert imports_of("comments", {"notifications"}) == set()


def test_the_content_never_imports_the_wordpress_importer():
    """The importer builds on the content; the content runs, and is tested, without it."""
    offending = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in (ROOT / "articles").rglob("*.py")
        for module in absolute_imports(path)
        if module.split(".")[0] == "wordpress" or module.startswith("articles.wordpress")
    }
    assert offending == set()


def test_relative_imports_are_read_as_the_modules_they_name(tmp_path):
    module = tmp_path / "articles" / "models" / "pages.py"
    module.parent.mkdir(parents=True)
    module.write_text("from ..blocks import Body\nfrom . import base\nimport wordpress.wxr\n")
    assert absolute_imports(module, root=tmp_path) == {
        "articles.blocks",
        "articles.blocks.Body",
        "articles.models",
        "articles.models.base",
        "wordpress.wxr",
    }


def test_reader_feedback_sits_above_the_content_and_the_comments():
    """Reader feedback (feedback/) asks of the articles and reviews and reuses the comments'
    spam checks; neither of them, nor the cache, knows it exists (the content's review report
    hears of it through a Wagtail hook)."""
    assert imports_of("articles", {"feedback"}) == set()
    assert imports_of("comments", {"feedback"}) == set()
    assert imports_of("feedback", {"demo", "wellness", "wordpress", "notifications"}) == set()
