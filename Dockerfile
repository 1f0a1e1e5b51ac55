# The production image: locked dependencies, hashed static files, gunicorn, a non-root user.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=wellness.settings.production \
    PORT=8000

WORKDIR /app

COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock

COPY . .
# collectstatic needs settings to import; these values exist only during the build.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput \
    && useradd --create-home --uid 10001 wellness \
    && mkdir -p /app/media \
    && chown -R wellness /app/media

USER wellness
EXPOSE 8000

# Apply migrations, give the spam filter its starter set (once: a no-op afterwards), then serve.
CMD ["sh", "-c", "python manage.py migrate --noinput && python manage.py train_spam_filter && python manage.py rebuild_search_index --if-empty && exec gunicorn wellness.wsgi:application --config gunicorn.conf.py"]
