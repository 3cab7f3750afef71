"""User sessions behind refresh tokens. In memory only: a restart ends every session."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Session:
    id: str
    user_id: str
    client_id: str
    started: int
    last_refresh: int
    # Keycloak's user-session notes, e.g. ``identity_provider`` after a brokered login.
    notes: Mapping[str, str] = field(default_factory=dict)


class SessionStore:
    def __init__(self, idle_timeout: int, max_lifespan: int) -> None:
        self._idle_timeout = idle_timeout
        self._max_lifespan = max_lifespan
        self._sessions: dict[str, Session] = {}
        self._ended: set[str] = set()
        self._lock = threading.Lock()

    def start(
        self, user_id: str, client_id: str, now: int, notes: Mapping[str, str] | None = None
    ) -> Session:
        session = Session(str(uuid.uuid4()), user_id, client_id, now, now, dict(notes or {}))
        with self._lock:
            self._sessions[session.id] = session
        return session

    def get(self, session_id: str, now: int) -> Session | None:
        """The session if it is still alive; an expired one is ended on the way."""
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            if now > self.expires_at(session):
                self._end(session_id)
                return None
            return session

    def expires_at(self, session: Session) -> int:
        """When the session ends unless refreshed (idle timeout, capped by max lifespan)."""
        return min(session.last_refresh + self._idle_timeout, session.started + self._max_lifespan)

    def max_expires_at(self, session: Session) -> int:
        return session.started + self._max_lifespan

    def touch(self, session: Session, now: int) -> Session:
        refreshed = dataclasses.replace(session, last_refresh=now)
        with self._lock:
            if session.id in self._sessions:
                self._sessions[session.id] = refreshed
        return refreshed

    def end(self, session_id: str) -> None:
        with self._lock:
            self._end(session_id)

    def end_user_sessions(self, user_id: str) -> None:
        with self._lock:
            for session in [s for s in self._sessions.values() if s.user_id == user_id]:
                self._end(session.id)

    def was_ended(self, session_id: str) -> bool:
        """True for sessions ended since start; unknown ids (e.g. from before a restart) are not."""
        with self._lock:
            return session_id in self._ended

    def _end(self, session_id: str) -> None:
        self._sessions.pop(session_id, None)
        self._ended.add(session_id)
