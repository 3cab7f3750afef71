"""Temporary lockout after repeated password failures, per the realm's brute-force settings."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from local_idp.config import BruteForcePolicy


@dataclass(slots=True)
class _FailureState:
    failures: int = 0
    locked_until: float = 0.0


class BruteForceGuard:
    def __init__(self, policy: BruteForcePolicy) -> None:
        self._policy = policy
        self._states: dict[str, _FailureState] = {}
        self._lock = threading.Lock()

    def is_locked(self, user_id: str, now: float) -> bool:
        if not self._policy.enabled:
            return False
        with self._lock:
            state = self._states.get(user_id)
            if state is None:
                return False
            if self._policy.permanent_lockout and state.failures >= self._policy.failure_factor:
                return True
            return now < state.locked_until

    def record_failure(self, user_id: str, now: float) -> None:
        if not self._policy.enabled:
            return
        with self._lock:
            state = self._states.setdefault(user_id, _FailureState())
            state.failures += 1
            if state.failures % self._policy.failure_factor == 0:
                # Like Keycloak: each further block of failureFactor failures waits longer.
                rounds = state.failures // self._policy.failure_factor
                wait = min(
                    self._policy.wait_increment_seconds * rounds,
                    self._policy.max_failure_wait_seconds,
                )
                state.locked_until = now + wait

    def record_success(self, user_id: str) -> None:
        with self._lock:
            self._states.pop(user_id, None)

    def failures(self, user_id: str) -> int:
        with self._lock:
            state = self._states.get(user_id)
            return 0 if state is None else state.failures
