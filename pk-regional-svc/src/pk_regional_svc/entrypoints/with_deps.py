"""What every group of gRPC methods holds: the use cases' ports, composed in main.py."""

from __future__ import annotations

from pk_regional_svc.service_layer.deps import Deps


class WithDeps:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
