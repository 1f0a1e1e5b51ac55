"""docker-compose.yml shows the production shape and speaks the settings' language."""

import ast
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
READERS = {"env_str", "env_required", "env_bool", "env_int", "env_list"}


def names_read_by_settings() -> set[str]:
    names = set()
    for path in (ROOT / "wellness" / "settings").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in READERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                names.add(node.args[0].value)
    return names


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_file_parses_with_web_worker_db_and_redis():
    assert set(compose()["services"]) == {"web", "worker", "db", "redis"}


def test_the_worker_sends_the_email_queue_with_the_same_settings_as_web():
    services = compose()["services"]
    worker = services["worker"]
    assert worker["environment"] == services["web"]["environment"]
    command = worker["command"][-1]
    # unfinished sends queued again, the weekly digest scheduled, then the worker itself
    assert command == (
        "python manage.py requeue_email && python manage.py schedule_digest"
        " && exec python manage.py db_worker --backend email --queue-name email"
    )
    assert worker["depends_on"]["web"]["condition"] == "service_healthy"  # after migrations
    assert worker["user"] == services["web"]["user"] and worker["read_only"] is True


def test_every_variable_given_to_web_is_read_by_the_settings():
    given = set(compose()["services"]["web"]["environment"])
    assert given - names_read_by_settings() == set()


def test_web_gets_what_production_requires():
    given = set(compose()["services"]["web"]["environment"])
    assert {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"} <= given


def test_secrets_have_no_default_in_the_compose_file():
    env = compose()["services"]["web"]["environment"]
    assert env["SECRET_KEY"] == "${SECRET_KEY:?set SECRET_KEY}"


def test_web_waits_for_a_healthy_database():
    services = compose()["services"]
    assert services["web"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])


def test_database_keeps_its_data_on_a_volume():
    services = compose()["services"]
    assert "pgdata:/var/lib/postgresql/data" in services["db"]["volumes"]
    assert "pgdata" in compose()["volumes"]


def test_web_is_built_from_the_dockerfile_and_migrates_before_serving():
    assert compose()["services"]["web"]["build"] == "."
    dockerfile = (ROOT / "Dockerfile").read_text()
    # Migrated, the spam filter's starter set learnt and an upgraded site's search index
    # filled (each once: later starts do nothing), then served.
    assert (
        "manage.py migrate --noinput && python manage.py train_spam_filter"
        " && python manage.py rebuild_search_index --if-empty && exec gunicorn"
    ) in dockerfile
    assert "USER wellness" in dockerfile


def test_web_runs_as_the_non_root_user_of_the_image():
    web = compose()["services"]["web"]
    assert web["user"].split(":")[0] == "10001"
    assert "useradd --create-home --uid 10001 wellness" in (ROOT / "Dockerfile").read_text()


def test_web_is_health_checked_through_healthz():
    check = " ".join(compose()["services"]["web"]["healthcheck"]["test"])
    assert "http://127.0.0.1:8000/healthz" in check


def test_media_is_on_a_volume_unless_a_bucket_is_configured():
    web = compose()["services"]["web"]
    assert "media:/app/media" in web["volumes"]
    assert "AWS_STORAGE_BUCKET_NAME" in web["environment"]
