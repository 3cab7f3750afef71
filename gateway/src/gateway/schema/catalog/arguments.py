"""Arguments several catalog operations take."""

from __future__ import annotations

from typing import Annotated

import strawberry

ElementId = Annotated[strawberry.ID, strawberry.argument(description="The element's id.")]
