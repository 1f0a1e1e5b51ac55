"""The caching layer sits under the content: it imports nothing of the site's own apps.

What to retire is the content's to say (articles/models/cached.py); the cache only carries it
out, so it can be read, tested and replaced without the content models.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE_APPS = {"articles", "wellness"}


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


def test_the_caching_layer_imports_nothing_of_the_content_or_the_comments():
    offending = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in (ROOT / "caching").rglob("*.py")
        for module in imported_modules(path)
        if module.split(".")[0] in SITE_APPS
    }
    assert offending == set()


def test_the_check_sees_an_import_against_the_layering(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("from articles.models import ArticlePage\nimport wellness.settings\n")
    assert imported_modules(module) == {"articles.models", "wellness.settings"}
