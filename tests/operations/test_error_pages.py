"""Branded error pages that never leak details."""


def test_server_error_gets_the_branded_500_page(client, settings):
    settings.ROOT_URLCONF = "tests.operations.broken_urls"
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html
    assert "RuntimeError" not in html and "something broke" not in html
    assert "/static/css/site.css" in html
