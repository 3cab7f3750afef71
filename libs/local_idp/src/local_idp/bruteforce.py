"""Lockout after repeated login failures, following Keycloak's DefaultBruteForceProtector.

Per user, in memory (Keycloak keeps these in its distributed cache):

* a failure more than ``maxDeltaTimeSeconds`` after the previous one starts counting afresh;
* after ``failureFactor`` failures the user waits ``waitIncrementSeconds`` × (failures //
  failureFactor), at most ``maxFailureWaitSeconds``;
* two failures closer than ``quickLoginCheckMilliSeconds`` wait at least
  ``minimumQuickLoginWaitSeconds`` (a script hammering the form);
* with ``permanentLockout`` the user is disabled after ``failureFactor`` failures (after
  ``maxTemporaryLockouts`` temporary lockouts, when that is set).

While a user is locked the password is not checked and failures are not counted; callers
answer exactly as for a wrong password, so a lockout does not reveal a right password.
A success clears the failures.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum

from local_idp.realm import BruteForcePolicy


class FailureOutcome(Enum):
    COUNTED = "counted"
    TEMPORARILY_LOCKED = "temporarily_locked"
    # The caller disables the user (Keycloak's permanent lockout).
    DISABLE_USER = "disable_user"


@dataclass(slots=True)
class _FailureState:
    failures: int = 0
    last_failure: float = 0.0
    locked_until: float = 0.0
    temporary_lockouts: int = 0


class BruteForceGuard:
    def __init__(self, policy: BruteForcePolicy) -> None:
        self._policy = policy
        self._states: dict[str, _FailureState] = {}
        self._lock = threading.Lock()

    @property
    def policy(self) -> BruteForcePolicy:
        return self._policy

    def is_locked(self, user_id: str, now: float) -> bool:
        if not self._policy.enabled:
            return False
        with self._lock:
            state = self._states.get(user_id)
            return state is not None and now < state.locked_until

    def locked_until(self, user_id: str) -> float:
        with self._lock:
            state = self._states.get(user_id)
            return 0.0 if state is None else state.locked_until

    def record_failure(self, user_id: str, now: float) -> FailureOutcome:
        policy = self._policy
        if not policy.enabled:
            return FailureOutcome.COUNTED
        with self._lock:
            state = self._states.setdefault(user_id, _FailureState())
            delta = now - state.last_failure if state.last_failure > 0 else None
            quick = delta is not None and delta * 1000 < policy.quick_login_check_milliseconds
            state.last_failure = now
            if delta is not None and delta > policy.max_delta_time_seconds:
                state.failures = 0
            state.failures += 1
            reached = state.failures >= policy.failure_factor
            if policy.permanent_lockout and reached:
                if state.temporary_lockouts >= policy.max_temporary_lockouts:
                    self._states.pop(user_id, None)
                    return FailureOutcome.DISABLE_USER
                state.temporary_lockouts += 1
            wait = policy.wait_increment_seconds * (state.failures // policy.failure_factor)
            if wait == 0 and quick:
                wait = policy.minimum_quick_login_wait_seconds
            if wait <= 0:
                return FailureOutcome.COUNTED
            wait = min(wait, policy.max_failure_wait_seconds)
            state.locked_until = now + wait
            return FailureOutcome.TEMPORARILY_LOCKED

    def record_success(self, user_id: str) -> None:
        with self._lock:
            self._states.pop(user_id, None)

    def failures(self, user_id: str) -> int:
        with self._lock:
            state = self._states.get(user_id)
            return 0 if state is None else state.failures
