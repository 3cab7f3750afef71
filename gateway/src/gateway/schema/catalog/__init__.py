"""Specialties, reference lists, the catalog search and providers' editing (catalog-svc)."""

from gateway.schema.catalog.feedback import FeedbackMutation, FeedbackQuery
from gateway.schema.catalog.mutations import CatalogMutation
from gateway.schema.catalog.queries import CatalogQuery
from gateway.schema.catalog.types import EducationLevel, Element, ElementKind, Specialty

__all__ = [
    "CatalogMutation",
    "CatalogQuery",
    "EducationLevel",
    "Element",
    "ElementKind",
    "FeedbackMutation",
    "FeedbackQuery",
    "Specialty",
]
