"""Links are found after normalisation and each is counted once."""

import pytest

from comments.links import count_links


def test_two_ordinary_links_are_two():
    body = (
        "NHS: https://www.nhs.uk/conditions/back-pain/ and NICE: "
        "https://www.nice.org.uk/guidance/ng59"
    )
    assert count_links(body) == 2


@pytest.mark.parametrize(
    ("body", "links"),
    [
        ("ｗｗｗ．ｓｐａｍ－ｓｉｔｅ．ｘｙｚ 최고의 서비스", 1),
        ("visit www.example.com today", 1),
        ("http://www.example.com/ and www.example.com", 2),
        ('<a href="https://x.example/a">click</a>', 1),
        ("[url=https://pills.example]pills[/url]", 1),
        ("best-pills.xyz/buy now", 1),
        ("write to me at someone@gmail.com", 0),
        ("e.g. 3.5 mg twice a day, i.e. not much", 0),
        ("", 0),
    ],
)
def test_links_are_found_however_they_are_written(body, links):
    assert count_links(body) == links
