"""A municipality's quota shared out to its schools that have no quota of their own.

Without it a municipal quota alone gives nobody a number (a school without a quota has none).
When the allocation runs, for each municipality with a quota:

1. what is left for sharing is the municipal quota minus the quotas set for its schools
   explicitly (never below 0); schools with an explicit quota keep it as it is;
2. each other school of the municipality weighs its confirmed candidates who may receive a
   budget number (not barred by a number within 3 years);
3. when what is left covers every such candidate, each school gets exactly its weight; otherwise
   each school gets floor(left × weight / total weight), and the numbers still left go one by one
   to the largest remainders; equal remainders: the school with more candidates first, then the
   smaller school id (a stable tie-break).

Pure and deterministic: the same candidates and quotas always give the same shares, whatever
their order. The shares are stored as the schools' quotas of the campaign (visible in the quota
list), and the municipal cap still applies in the allocation itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from pk_regional_svc.domain.allocation import AllocationCandidate, Decision, Quotas
from pk_regional_svc.domain.candidates import has_recent_budget_number
from pk_regional_svc.domain.rules import RegionalRules


def distribute_municipal_quotas(
    candidates: Iterable[AllocationCandidate],
    quotas: Quotas,
    campaign_year: int,
    quota_school_municipality: Mapping[str, str],
    rules: RegionalRules,
) -> dict[str, int]:
    """The derived quotas of schools without one (school id → count > 0).

    `quota_school_municipality`: the municipality of each school with an explicit quota."""
    weight: Counter[str] = Counter()
    municipality_of: dict[str, str] = dict(quota_school_municipality)
    explicit_in: Counter[str] = Counter()
    for c in candidates:
        municipality_of[c.school_id] = c.municipality_id
        if c.school_id in quotas.school:
            continue
        if c.decision is Decision.CONFIRMED and not has_recent_budget_number(
            campaign_year, c.budget_years, rules
        ):
            weight[c.school_id] += 1
    for school_id, count in quotas.school.items():
        if school_id in municipality_of:
            explicit_in[municipality_of[school_id]] += count
    shares: dict[str, int] = {}
    for municipality_id, quota in sorted(quotas.municipality.items()):
        schools = sorted(
            s for s, m in municipality_of.items() if m == municipality_id and weight[s] > 0
        )
        left = max(0, quota - explicit_in[municipality_id])
        total = sum(weight[s] for s in schools)
        if not schools or left == 0:
            continue
        if left >= total:
            shares.update({s: weight[s] for s in schools})
            continue
        base = {s: left * weight[s] // total for s in schools}
        remainder = {s: left * weight[s] % total for s in schools}
        extra = left - sum(base.values())
        for s in sorted(schools, key=lambda s: (-remainder[s], -weight[s], s))[:extra]:
            base[s] += 1
        shares.update({s: n for s, n in base.items() if n > 0})
    return shares
