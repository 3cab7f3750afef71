"""What to take next in a cycle: a pure ranking of catalog candidates.

Only eligible elements of a kind group still missing in the cycle are suggested, in the
person's region or taught at a distance, not yet started, with free seats (when seats are
counted), not planned or credited already. Among them, higher first:
- the group with more still missing (+ up to 30),
- providers the person chose before (+ 25),
- the person's own region (+ 10; distance forms are fine but not preferred),
- starting soon (+ up to 20, fading out over 180 days; modules have no dates: + 10),
- well rated (+ 4 per rating point, 0–5).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from plan_svc.domain.credits import CreditKind
from plan_svc.domain.rule_sets import KindGroup

SOON_DAYS = 180


@dataclass(frozen=True, slots=True)
class Candidate:
    element_id: str
    kind: CreditKind
    provider_id: str
    region_code: str
    distance: bool
    starts_on: date | None
    rating: float | None
    # None: the element does not count seats (modules); 0: full.
    free_seats: int | None
    program_cycle_id: str = ""


@dataclass(frozen=True, slots=True)
class SuggestionContext:
    missing: Mapping[KindGroup, int]
    person_region: str | None
    preferred_providers: frozenset[str]
    excluded_elements: frozenset[str]
    today: date


@dataclass(frozen=True, slots=True)
class Suggestion:
    candidate: Candidate
    score: float
    reasons: tuple[str, ...]


GROUP_REASONS = {
    KindGroup.PROGRAM: "Не хватает ЗЕТ по программам ДПП ПК",
    KindGroup.EVENT_AND_MODULE: "Не хватает ЗЕТ по мероприятиям и модулям (ОМ/ИОМ)",
}


def _admissible(candidate: Candidate, ctx: SuggestionContext) -> bool:
    if candidate.element_id in ctx.excluded_elements:
        return False
    if ctx.missing.get(candidate.kind.group, 0) <= 0:
        return False
    if candidate.free_seats is not None and candidate.free_seats <= 0:
        return False
    if candidate.starts_on is not None and candidate.starts_on < ctx.today:
        return False
    in_region = ctx.person_region is not None and candidate.region_code == ctx.person_region
    return in_region or candidate.distance


def score(candidate: Candidate, ctx: SuggestionContext) -> Suggestion:
    reasons = [GROUP_REASONS[candidate.kind.group]]
    total_missing = sum(max(0, v) for v in ctx.missing.values()) or 1
    value = 30.0 * max(0, ctx.missing.get(candidate.kind.group, 0)) / total_missing
    if candidate.provider_id in ctx.preferred_providers:
        value += 25
        reasons.append("Вы уже учились у этой организации")
    if ctx.person_region is not None and candidate.region_code == ctx.person_region:
        value += 10
        reasons.append("В вашем регионе")
    elif candidate.distance:
        reasons.append("Дистанционно")
    if candidate.starts_on is None:
        value += 10
    else:
        days = (candidate.starts_on - ctx.today).days
        value += 20 * max(0.0, 1 - days / SOON_DAYS)
        if days <= SOON_DAYS:
            reasons.append(f"Начало {candidate.starts_on:%d.%m.%Y}")
    if candidate.rating is not None:
        value += 4 * max(0.0, min(5.0, candidate.rating))
        if candidate.rating >= 4.5:
            reasons.append(f"Высокий рейтинг {candidate.rating:.1f}")
    if candidate.free_seats is not None:
        reasons.append(f"Свободных мест: {candidate.free_seats}")
    return Suggestion(candidate, round(value, 3), tuple(reasons))


def rank(
    candidates: Iterable[Candidate], ctx: SuggestionContext, limit: int = 10
) -> list[Suggestion]:
    seen: set[str] = set()
    scored = []
    for candidate in candidates:
        if candidate.element_id in seen or not _admissible(candidate, ctx):
            continue
        seen.add(candidate.element_id)
        scored.append(score(candidate, ctx))
    scored.sort(key=lambda s: (-s.score, s.candidate.starts_on or date.max, s.candidate.element_id))
    return scored[: max(0, limit)]
