"""The moderation desk asks why: the n-grams of a comment that pushed its score most."""

from comments import model_store
from comments.normalise import normalise


def test_the_words_that_made_a_comment_spam_come_first(starter):
    body = "Cheap viagra online, no prescription https://pills-shop.example"
    found = model_store.explain(body, limit=5)
    assert len(found) == 5
    sizes = [abs(value) for _, value in found]
    assert sizes == sorted(sizes, reverse=True)
    names = [name for name, _ in found]
    assert all(isinstance(name, str) and name for name in names)
    assert sum(value for _, value in found) > 0  # towards spam
    assert any("viagra" in name or "prescription" in name or "link" in name for name in names)


def test_a_genuine_comment_is_explained_by_what_pulls_it_towards_genuine(starter):
    found = model_store.explain("Thank you, my back pain is much better after the stretches.")
    assert sum(value for _, value in found) < 0


SIGNS = (
    "link",
    "blocked phrase",
    "phone number",
    "(any digits)",
    "words or fewer",
    "website",
    "messenger",
    "money",
)


def test_names_are_the_text_not_hash_ids(starter):
    body = "출 장 안 마 문의 010-53-9701 카톡"
    found = model_store.explain(body, limit=20)
    text = normalise(body).replace(" ", "").replace("-", "")
    for name, _ in found:
        assert name.replace(" ", "") in text or any(sign in name for sign in SIGNS), name
    assert any(name == "출장안마" or name == "a blocked phrase" for name, _ in found)


def test_the_limit_and_the_website_are_taken(starter):
    assert len(model_store.explain("buy cheap followers now", limit=2)) == 2
    with_site = model_store.explain("nice post", "https://casino-bonus.example", limit=30)
    assert any("casino-bonus.example" in name for name, _ in with_site)


def test_an_empty_filter_explains_nothing(db):
    assert model_store.explain("anything at all") == []


def test_the_contributions_add_up_to_the_score(starter):
    """Every n-gram's share, with the intercept, is the calibrated log-odds of the score."""
    import math

    body = "Great article, visit my site https://seo-rank.example for backlinks"
    model = model_store.current_model()
    everything = model.top_features(body, limit=10_000)
    a, b = model.calibration
    log_odds = sum(value for _, value in everything) + a * model.intercept + b
    probability = model.probability(body)
    assert 1 / (1 + math.exp(-log_odds)) == __import__("pytest").approx(probability, abs=1e-6)
