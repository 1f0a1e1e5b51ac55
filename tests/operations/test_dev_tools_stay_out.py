"""Production installs requirements.lock only: the code it runs never needs a development tool.

The factories (wellness/factories/) sit in the site package so that tests, benchmarks and proof
scripts share them, but factory_boy and wagtail-factories are development dependencies; an
import of them from code the site runs would fail only once deployed.
"""

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEVELOPMENT_ONLY = {"factory", "wagtail_factories", "wellness.factories"}
NOT_RUN_IN_PRODUCTION = {"tests", "bench", "scripts", "tools"}


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level:
            found.add(node.module or "")
    return found


def code_the_site_runs() -> list[Path]:
    packages = [
        folder
        for folder in ROOT.iterdir()
        if (folder / "__init__.py").exists() and folder.name not in NOT_RUN_IN_PRODUCTION
    ]
    files = [ROOT / "manage.py", ROOT / "gunicorn.conf.py"]
    for package in packages:
        files.extend(package.rglob("*.py"))
    factories = ROOT / "wellness" / "factories"
    return [path for path in files if factories not in path.parents]


def development_only(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in DEVELOPMENT_ONLY)


def requirement_name(requirement: str) -> str:
    return re.match(r"[A-Za-z0-9._-]+", requirement).group(0).lower()


def test_no_code_the_site_runs_imports_the_factories_or_their_libraries():
    checked = set(code_the_site_runs())
    assert ROOT / "wellness" / "urls.py" in checked
    assert ROOT / "articles" / "models" / "__init__.py" in checked
    offending = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in checked
        for module in imported_modules(path)
        if development_only(module)
    }
    assert offending == set()


def test_the_factory_libraries_are_development_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    production = {requirement_name(line) for line in project["dependencies"]}
    development = {requirement_name(line) for line in project["optional-dependencies"]["dev"]}
    libraries = {"factory-boy", "wagtail-factories"}
    assert libraries & production == set()
    assert libraries <= development
