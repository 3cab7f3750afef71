"""catalog-svc: reference data (specialties), providers and educational elements."""
