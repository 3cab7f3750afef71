"""A campaign's candidates list as operators see it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pk_regional_svc.domain.allocation import Decision, Reason
from pk_regional_svc.domain.campaign import Campaign
from pk_regional_svc.domain.candidates import is_candidate
from pk_regional_svc.domain.numbers import NumberStatus
from pk_regional_svc.domain.structure import TeacherView


@dataclass(frozen=True, slots=True)
class CandidateView:
    teacher: TeacherView
    decision: Decision
    years_since_training: int | None
    recent_budget_number: bool
    decided_by: str
    decided_at: datetime | None
    number_status: NumberStatus | None

    def is_candidate_of(self, campaign: Campaign) -> bool:
        """Eligible under the rule set the campaign was opened under (region and years)."""
        teacher = self.teacher.teacher
        return teacher.region_code == campaign.region_code and is_candidate(
            campaign.year, teacher.profile.last_training_year, campaign.rules
        )


def number_status_shown(
    holding_status: NumberStatus | None, decision: Decision, campaign: Campaign
) -> NumberStatus | None:
    """A holding's status; before the allocation a confirmed candidate "expects" a number."""
    if holding_status is not None:
        return holding_status
    if decision is Decision.CONFIRMED and campaign.allocated_at is None:
        return NumberStatus.EXPECTED
    return None


@dataclass(frozen=True, slots=True)
class OutcomeView:
    """One teacher's outcome of the allocation, as the allocation report shows it."""

    teacher_id: str
    teacher_name: str
    school_id: str
    municipality_id: str
    reason: Reason
    rank: int
    number_id: str
    number_code: str
