"""A new site's spam filter: two processes scoring its first comments at once learn the
starter set once (the first takes the row lock and trains, the second waits and finds it done).
"""

import threading

import pytest

from .conftest import CONFIGURATIONS, site_environment
from .servers import last_json, shell

pytestmark = pytest.mark.crossprocess

SCORE_A_FIRST_COMMENT = """
import json
from comments import model_store
from comments.classifier import Model
from comments.models import SpamCorpus

fits = []
fit = Model.fit.__func__
Model.fit = classmethod(lambda cls, *args, **kwargs: fits.append(1) or fit(cls, *args, **kwargs))
probability = model_store.spam_probability("Cheap viagra, no prescription https://pills.example")
corpus = SpamCorpus.objects.get()
print("RESULT" + json.dumps(
    {"fits": len(fits), "probability": probability, "learnt": corpus.learnt, "spam": corpus.spam}
))
"""


def test_two_processes_scoring_a_new_sites_first_comments_learn_the_starter_set_once(
    databases, seeded, workspace
):
    url = databases.create("spam-first-use", template="template")
    env = site_environment(CONFIGURATIONS["no-redis"], url, workspace, "spam-first-use")
    env["SPAM_STARTER_ON_FIRST_USE"] = "1"
    results, errors = [None, None], []

    def score(number: int) -> None:
        try:
            results[number] = last_json(shell(env, SCORE_A_FIRST_COMMENT))
        except Exception as error:  # reported below, in the test's own thread
            errors.append(error)

    threads = [threading.Thread(target=score, args=(number,)) for number in (0, 1)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        databases.drop("spam-first-use")
    assert not errors, errors
    assert sorted(result["fits"] for result in results) == [0, 1]  # one trained, once
    assert all(result["probability"] > 0.9 for result in results)
    assert results[0]["learnt"] == results[1]["learnt"] and len(results[0]["learnt"]) == 1
    assert results[0]["spam"] == results[1]["spam"] > 500
