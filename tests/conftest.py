import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation

from forum.core import localpages, outages
from forum.qa import viewcounts
from tests import factories


@pytest.fixture(scope="session", autouse=True)
def fast_password_hashing():
    """Production hashes passwords slowly on purpose; tests make hundreds of users."""
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    """Templates use {% static %}; the manifest storage would need collectstatic first."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def alice(db):
    """A patient."""
    return factories.make_user("alice")


@pytest.fixture
def bob(db):
    """Another patient."""
    return factories.make_user("bob")


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("stella", password="pw", is_staff=True)


@pytest.fixture(autouse=True)
def english():
    """Every test starts in English: a request for a Chinese page leaves its language on in
    the thread, as a server's next request would find it before its own is set."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def no_outage_yet():
    """No service failed before the test: each outage is logged, and Redis asked again."""
    outages.outages._last_failure.clear()
    yield
    outages.outages._last_failure.clear()


@pytest.fixture(autouse=True)
def empty_cache():
    """Throttling counters, cached pages and view counts: every test starts with none."""
    cache.clear()
    viewcounts._local.clear()
    yield
    cache.clear()
    viewcounts._local.clear()
    if localpages._local_pages is not None:
        localpages._local_pages.clear()


@pytest.fixture
def doctor_user(db):
    """A verified doctor's account."""
    specialty = factories.make_specialty("General Practice")
    return factories.make_doctor("Ada Okafor", specialties=[specialty]).user


@pytest.fixture
def patient(client, alice):
    """The patient alice, logged in with the test client."""
    client.force_login(alice)
    return alice


@pytest.fixture
def moderator(db):
    """Staff in the Moderators group, with that group's permissions only."""
    from django.contrib.auth.models import Group

    user = factories.make_user("molly", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def neurology(db):
    """The Neurology specialty."""
    return factories.make_specialty("Neurology")


@pytest.fixture
def doctor(neurology):
    """A verified neurologist, Lan Shengxing."""
    return factories.make_doctor("Lan Shengxing", specialties=[neurology])


@pytest.fixture
def logged_in(client, moderator):
    """The test client, logged in as a moderator."""
    client.force_login(moderator)
    return client
