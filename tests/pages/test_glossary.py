"""A glossary term is defined where an article first uses it: an accessible <dfn>, no script."""

import pytest
from django.core.exceptions import ValidationError

from articles.glossary import Glossary
from articles.models import GlossaryTerm
from wellness.factories import stream

PLACEBO = "a dummy treatment with no effect of its own"


@pytest.fixture
def placebo(db):
    return GlossaryTerm.objects.create(term="placebo", definition=PLACEBO)


def article_html(client, tree, *blocks):
    page = tree.article(body=stream(*blocks))
    return client.get(page.url).content.decode()


def para(html):
    return ("paragraph", html)


def test_the_first_use_of_a_term_is_defined_in_place(client, tree, placebo):
    html = article_html(
        client,
        tree,
        para("<p>Trials compare it with a Placebo. A placebo is hard to design.</p>"),
        para("<p>Another placebo here.</p>"),
    )
    assert (
        f'<dfn id="term-placebo">Placebo</dfn><span class="glossary-definition"> ({PLACEBO})</span>'
    ) in html
    assert html.count("<dfn") == 1 and "A placebo is hard" in html and "Another placebo" in html


def test_plurals_match_and_the_longest_term_wins(client, tree, placebo):
    GlossaryTerm.objects.create(term="placebo effect", definition="feeling better from belief")
    html = article_html(client, tree, para("<p>Placebos work. The placebo effect is real.</p>"))
    assert '<dfn id="term-placebo">Placebos</dfn>' in html
    assert '<dfn id="term-placebo-effect">placebo effect</dfn>' in html


def test_terms_in_headings_links_and_inside_words_are_left_alone(client, tree, placebo):
    html = article_html(
        client,
        tree,
        ("heading", {"text": "Placebo", "level": "h2", "anchor": ""}),
        para('<p>See <a href="https://example.org/">placebo studies</a>. Placebotic is not.</p>'),
        para("<p>The placebo, at last.</p>"),
    )
    assert html.count("<dfn") == 1 and 'The <dfn id="term-placebo">placebo</dfn><span' in html


def test_a_definition_is_escaped_as_text(client, tree):
    GlossaryTerm.objects.create(term="dose", definition="how much <b>you</b> take & when")
    html = article_html(client, tree, para("<p>Check the dose.</p>"))
    assert "(how much &lt;b&gt;you&lt;/b&gt; take &amp; when)" in html


def test_no_glossary_means_the_text_is_unchanged(client, tree):
    html = article_html(client, tree, para("<p>A placebo.</p>"))
    assert "<dfn" not in html and "<p>A placebo.</p>" in html


def test_the_marker_skips_text_inside_citations_and_code():
    glossary = Glossary(entries=[("dose", "how much")])
    html = glossary.mark("<p><sup>dose</sup> <code>dose</code> then dose</p>")
    assert html == (
        '<p><sup>dose</sup> <code>dose</code> then <dfn id="term-dose">dose</dfn>'
        '<span class="glossary-definition"> (how much)</span></p>'
    )


def test_a_glossary_change_shows_on_cached_articles(client, tree, settings, placebo):
    settings.PAGE_CACHE_SECONDS = 600
    page = tree.article(body=stream(para("<p>About the placebo.</p>")))
    assert PLACEBO in client.get(page.url).content.decode()
    assert client.get(page.url)["X-Cache"] == "hit"
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        placebo.definition = "a sugar pill"
        placebo.save()
    html = client.get(page.url).content.decode()
    assert "(a sugar pill)" in html and PLACEBO not in html


def test_the_terms_cost_no_query_per_block(client, tree, placebo, django_assert_max_num_queries):
    few = tree.article(body=stream(para("<p>A placebo.</p>")))
    many = tree.article(body=stream(*[para(f"<p>Placebo {n}.</p>") for n in range(20)]))
    client.get(few.url)
    with django_assert_max_num_queries(100) as counted:
        client.get(few.url.replace(few.slug, few.slug))  # warm: from the caches
    from django.core.cache import cache

    cache.clear()
    with django_assert_max_num_queries(100) as cold_few:
        client.get(few.url)
    cache.clear()
    with django_assert_max_num_queries(len(cold_few.captured_queries)):
        client.get(many.url)
    assert len(counted.captured_queries) <= len(cold_few.captured_queries)


def test_a_term_must_be_new_and_hold_a_letter(placebo):
    with pytest.raises(ValidationError, match="already in the glossary"):
        GlossaryTerm(term="PLACEBO", definition="x").full_clean()
    with pytest.raises(ValidationError, match="at least one letter"):
        GlossaryTerm(term="--", definition="x").full_clean()
