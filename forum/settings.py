"""Settings for the forum, read from the environment.

Every value a deployment changes comes from an environment variable; the defaults
suit a developer's machine (SQLite in the project folder). With DEBUG off the site
refuses to start without a real SECRET_KEY.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp import constants as csp
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", False)

_DEV_SECRET_KEY = "dev-only-insecure-key-never-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", "").strip()
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG off the forum needs a real secret key: "
            "set the SECRET_KEY environment variable to a long random string "
            '(python -c "import secrets; print(secrets.token_urlsafe(50))").'
        )
    SECRET_KEY = _DEV_SECRET_KEY
elif not DEBUG and (SECRET_KEY == _DEV_SECRET_KEY or len(SECRET_KEY) < 32):
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak for a deployment with DEBUG off: use at least 32 random characters."
    )

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

SITE_NAME = os.environ.get("SITE_NAME", "Ask a Doctor")

INSTALLED_APPS = [
    "forum.admin_site.ForumAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.forms",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "taggit",
    "axes",
    "forum.core",
    "forum.safety",
    "forum.accounts",
    "forum.qa",
    "forum.dashboard",
]

# The demo content generator (`manage.py seed_demo`) is installed for development and
# wherever DEMO is on; the forum itself never imports it.
DEMO = envbool("DEMO", DEBUG)
if DEMO:
    INSTALLED_APPS.append("forum.demo")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "forum.core.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # The page's language, from its address alone: /zh-hant/… pages in Traditional Chinese,
    # the others in English.
    "django.middleware.locale.LocaleMiddleware",
    # Above this line, every response gets the same headers, cached pages included.
    "forum.core.pagecache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Logged-in patients' public pages from the cache, with their own CSRF token.
    "forum.core.pagecache.MemberPageCacheMiddleware",
    # A view that loses the database answers 503 ("back in a moment"), logged once.
    "forum.core.outages.DatabaseOutageMiddleware",
    # Answers a login attempt on a locked (account, address) pair with its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "forum.urls"
CSRF_FAILURE_VIEW = "forum.core.views.csrf_failure"
WSGI_APPLICATION = "forum.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "forum.core.context_processors.site",
            ],
        },
    },
]

# Forms render from templates/forms/: labels without a trailing colon.
FORM_RENDERER = "forum.core.forms.FormRenderer"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=envint("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The forum's queries are short; compiling them (JIT) costs more than it saves.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    # Planning took most of a page's SQL time: parameters are sent apart from the query
    # (server-side binding, by forum.core.postgresql's cursor), so a query run again on
    # the same connection is prepared once and then executed without being planned
    # again. DB_PREPARE_THRESHOLD=off turns that off, for a pooler that cannot keep
    # prepared statements (PgBouncer in transaction mode without max_prepared_statements).
    from forum.core.postgresql import Cursor

    unprepared = os.environ.get("DB_PREPARE_THRESHOLD", "").strip().lower() == "off"
    DATABASES["default"]["OPTIONS"].update(
        server_side_binding=True,
        cursor_factory=Cursor,
        prepare_threshold=None if unprepared else envint("DB_PREPARE_THRESHOLD", 5),
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers queue for the lock at the start of a transaction instead of failing midway.
    DATABASES["default"].setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=20)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The backend that logs users in (sessions name it). Axes comes first: it refuses every
# login form (the admin's included) for a locked pair, and never logs anyone in.
FORUM_AUTHENTICATION_BACKEND = "forum.accounts.backends.ForumBackend"
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", FORUM_AUTHENTICATION_BACKEND]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# English pages keep their addresses; Traditional Chinese ones live under /zh-hant/.
LANGUAGES = [("en", "English"), ("zh-hant", "繁體中文")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files served at the site's root, such as /favicon.ico.
WHITENOISE_ROOT = BASE_DIR / "public"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

TAGGIT_CASE_INSENSITIVE = True

QUESTIONS_PER_PAGE = 20
# New questions wait for a moderator ("pending") unless this is off ("open" at once).
QUESTIONS_NEED_APPROVAL = envbool("QUESTIONS_NEED_APPROVAL", True)
# What one patient may have waiting at once, and may ask in 24 hours.
MAX_WAITING_QUESTIONS = envint("MAX_WAITING_QUESTIONS", 3)
MAX_QUESTIONS_PER_DAY = envint("MAX_QUESTIONS_PER_DAY", 5)
# An answer last reviewed longer ago (years) says so, and doctors are asked to review it.
ANSWER_REVIEW_YEARS = envint("ANSWER_REVIEW_YEARS", 3)
# The asker of an answered question may ask one follow-up this many days after the first
# answer. It goes to the answering doctor first, and to every doctor of the specialty when
# it has waited this many hours.
FOLLOW_UP_DAYS = envint("FOLLOW_UP_DAYS", 30)
FOLLOW_UP_OWN_HOURS = envint("FOLLOW_UP_OWN_HOURS", 72)
# Signup links by email stay valid this long.
SIGNUP_LINK_DAYS = envint("SIGNUP_LINK_DAYS", 3)
# Signup attempts (per client) and password resets (per email address and per client)
# in a window.
SIGNUP_ATTEMPT_LIMIT = envint("SIGNUP_ATTEMPT_LIMIT", 10)
RESET_EMAIL_LIMIT = envint("RESET_EMAIL_LIMIT", 3)
RESET_CLIENT_LIMIT = envint("RESET_CLIENT_LIMIT", 10)
THROTTLE_WINDOW_SECONDS = envint("THROTTLE_WINDOW_SECONDS", 15 * 60)
# How many proxies in front of the site append to X-Forwarded-For (0: none, use the peer).
TRUSTED_PROXIES = envint("TRUSTED_PROXIES", 0)

# Failed logins (django-axes): LOGIN_FAILURE_LIMIT wrong passwords for one account from one
# address lock that pair, not the account, for LOGIN_COOLOFF_MINUTES; a stranger elsewhere
# cannot lock a patient out. Moderators see and lift lockouts in the admin.
AXES_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=envint("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "forum.accounts.backends.axes_client_ip"
AXES_USERNAME_CALLABLE = "forum.accounts.backends.axes_username"
AXES_LOCKOUT_CALLABLE = "forum.accounts.views.locked_out"
# Failures and lockouts are kept; successful logins are not logged with their address.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "qa:home"
LOGOUT_REDIRECT_URL = "qa:home"

# The address emails link to, since they are sent outside any request.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Email: the console by default; SMTP when EMAIL_HOST is set.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Ask a Doctor <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = envint("EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", EMAIL_PORT == 587)
    EMAIL_USE_SSL = envbool("EMAIL_USE_SSL", EMAIL_PORT == 465)
    EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 10)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The shared cache holds public pages, sessions and throttling counters:
# Redis when REDIS_URL is set (shared by all workers; required in production, as the
# memory cache keeps only a few hundred entries per process), memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": (
        # Django's own, with one client per connection (forum.core.cache).
        {
            "BACKEND": "forum.core.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # An unreachable Redis costs each cache operation at most this long (seconds).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        }
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
# Sessions are read from the cache and written through to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Public pages come from the cache until what they show changes, for anonymous readers and
# for logged-in patients (forum.core.pagecache); a CDN or browser may keep anonymous ones
# PUBLIC_PAGE_MAX_AGE seconds.
PUBLIC_PAGE_CACHE = envbool("PUBLIC_PAGE_CACHE", True)
PUBLIC_PAGE_CACHE_SECONDS = envint("PUBLIC_PAGE_CACHE_SECONDS", 24 * 3600)
PUBLIC_PAGE_MAX_AGE = envint("PUBLIC_PAGE_MAX_AGE", 60)
# With Redis, each worker also keeps its last pages, told of changes by Redis's pub/sub.
PUBLIC_PAGE_LOCAL_PAGES = envint("PUBLIC_PAGE_LOCAL_PAGES", 4000)

# Background work (forum.celery): Celery with Redis as the broker. Without a broker,
# tasks run at once in the process that starts them.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL)
CELERY_TASK_ALWAYS_EAGER = envbool("CELERY_TASK_ALWAYS_EAGER", not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A request that queues a task waits at most this long (seconds) for a broker that is down.
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 2}
VIEW_COUNT_FLUSH_SECONDS = envint("VIEW_COUNT_FLUSH_SECONDS", 60)
CELERY_BEAT_SCHEDULE = {
    "send waiting emails": {
        "task": "forum.core.tasks.send_waiting_emails",
        "schedule": 60,
    },
    "store question views": {
        "task": "forum.qa.tasks.flush_view_counts",
        "schedule": VIEW_COUNT_FLUSH_SECONDS,
    },
    "show the age of answers that came of age": {
        "task": "forum.qa.tasks.refresh_pages_of_aged_answers",
        "schedule": 3600,
    },
    "rebuild what is derived, nightly": {
        "task": "forum.qa.tasks.rebuild_derived",
        "schedule": crontab(hour=3, minute=30),
    },
}

# Security headers. The cookie and HSTS settings follow SECURE_SSL: on behind HTTPS.
SECURE_SSL = envbool("SECURE_SSL", not DEBUG)
SESSION_COOKIE_SECURE = SECURE_SSL
CSRF_COOKIE_SECURE = SECURE_SSL
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_SSL else None
# Browsers keep to HTTPS for a year once they have seen the site over it.
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 365 * 24 * 3600 if SECURE_SSL else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): scripts, styles, images and fonts from this site
# only, nothing inline, no plugins, no framing, forms posting only here.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF],
        "img-src": [csp.SELF, "data:"],
        "font-src": [csp.SELF],
        "connect-src": [csp.SELF],
        "object-src": [csp.NONE],
        "base-uri": [csp.NONE],
        "frame-ancestors": [csp.NONE],
        "form-action": [csp.SELF],
    }
}
# Powerful browser features the forum never uses, switched off (forum.core.headers).
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"quiet_unavailable": {"()": "forum.core.outages.QuietUnavailable"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "django.request": {"filters": ["quiet_unavailable"]},
        # django-axes logs every login at INFO; failures and lockouts stay in its tables.
        "axes": {"level": "WARNING"},
    },
}
