"""The demo content, one module per specialty."""

from ..types import SpecialtyContent
from .cardiology import CARDIOLOGY
from .dermatology import DERMATOLOGY
from .endocrinology import ENDOCRINOLOGY
from .family_medicine import FAMILY_MEDICINE
from .gastroenterology import GASTROENTEROLOGY
from .gynecology import GYNECOLOGY
from .neurology import NEUROLOGY
from .ophthalmology import OPHTHALMOLOGY
from .orthopedics import ORTHOPEDICS
from .otolaryngology import OTOLARYNGOLOGY
from .pediatrics import PEDIATRICS
from .psychiatry import PSYCHIATRY
from .pulmonology import PULMONOLOGY
from .urology import UROLOGY

SPECIALTIES: tuple[SpecialtyContent, ...] = (
    NEUROLOGY,
    CARDIOLOGY,
    DERMATOLOGY,
    OPHTHALMOLOGY,
    OTOLARYNGOLOGY,
    GASTROENTEROLOGY,
    PEDIATRICS,
    GYNECOLOGY,
    ORTHOPEDICS,
    PSYCHIATRY,
    UROLOGY,
    ENDOCRINOLOGY,
    PULMONOLOGY,
    FAMILY_MEDICINE,
)
