"""Search: Russian stemming, typo tolerance, each filter, keyset pages, counts, bad input."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import grpc
import pytest
from catalog_steps import create_element, refused
from sqlalchemy import text

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform.testing import bearer, grpc_error_code

pytestmark = pytest.mark.integration

PROGRAM = catalog_pb2.ELEMENT_KIND_PROGRAM
EVENT = catalog_pb2.ELEMENT_KIND_EVENT
MODULE = catalog_pb2.ELEMENT_KIND_MODULE
BUDGET = catalog_pb2.FUNDING_BASIS_BUDGET
CONTRACT = catalog_pb2.FUNDING_BASIS_CONTRACT


@dataclass
class Catalog:
    provider_id: str
    other_provider_id: str
    ids: dict[str, str]


def _with_fields(element: catalog_pb2.Element, fields: dict[str, object]) -> catalog_pb2.Element:
    """The element with `fields` set (a list extends a repeated field)."""
    for key, value in fields.items():
        if isinstance(value, list):
            getattr(element, key).extend(value)
        else:
            setattr(element, key, value)
    return element


def _program(title: str, annotation: str, **fields: object) -> catalog_pb2.Element:
    seats = fields.pop("seats", [(BUDGET, 5)])
    starts = str(fields.pop("starts", "2031-02-03"))
    element = catalog_pb2.Element(
        kind=PROGRAM,
        title=title,
        annotation=annotation,
        zet=36,
        main_specialty_code="31.08.36",
        form_of_study="full_time",
        cycles=[
            catalog_pb2.ProgramCycle(
                starts_on=starts,
                ends_on=starts[:8] + "28",
                seats=[catalog_pb2.SeatCount(basis=b, total=t) for b, t in seats],  # type: ignore[attr-defined]
            )
        ],
    )
    return _with_fields(element, fields)


def _event(title: str, **fields: object) -> catalog_pb2.Element:
    element = catalog_pb2.Element(
        kind=EVENT,
        title=title,
        zet=6,
        main_specialty_code="31.08.49",
        starts_on="2031-04-10",
        ends_on="2031-04-11",
        event_format="online",
        free=True,
        tickets_total=50,
    )
    return _with_fields(element, fields)


def _module(title: str, **fields: object) -> catalog_pb2.Element:
    element = catalog_pb2.Element(
        kind=MODULE,
        title=title,
        zet=2,
        main_specialty_code="31.08.36",
        module_kind="clinical_case",
        free=False,
        price_kopecks=50_000,
    )
    return _with_fields(element, fields)


@pytest.fixture(scope="module")
async def catalog_data(catalog, idp, admin_token: str) -> Catalog:  # type: ignore[no-untyped-def]
    async with grpc.aio.insecure_channel(f"127.0.0.1:{catalog.port}") as channel:
        stub = catalog_pb2_grpc.CatalogServiceStub(channel)
        meta = bearer(admin_token)

        async def provider(name: str, region: str) -> str:
            reply = await stub.SaveProvider(
                catalog_pb2.SaveProviderRequest(
                    provider=catalog_pb2.Provider(name=name, region_code=region)
                ),
                metadata=meta,
            )
            return reply.provider.id

        ours = await provider("Поисковый медицинский университет", "16")
        other = await provider("Другой университет", "77")
        specs: dict[str, tuple[catalog_pb2.Element, str]] = {
            "cardio": (
                _program(
                    "Кардиология: диагностика и лечение аритмий",
                    "Нарушения ритма сердца, электрофизиология",
                    rating=9.8,
                ),
                "published",
            ),
            "cardio_kids": (
                _program(
                    "Детская кардиология",
                    "Врождённые пороки сердца у детей",
                    main_specialty_code="31.08.13",
                    additional_specialty_codes=["31.08.36"],
                    starts="2031-06-01",
                    seats=[(CONTRACT, 3)],
                    form_of_study="extramural",
                    zet=72,
                ),
                "published",
            ),
            "therapy": (
                _program(
                    "Терапия внутренних болезней",
                    "Ведение пациентов с кардиологическими заболеваниями в поликлинике",
                    main_specialty_code="31.08.49",
                    starts="2031-03-02",
                    seats=[(BUDGET, 0), (CONTRACT, 2)],
                    form_of_study="part_time",
                ),
                "published",
            ),
            "event": (
                _event("Вебинар по гипертонии", annotation="Артериальная гипертензия"),
                "published",
            ),
            "event_full": (
                _event("Школа кардиолога", tickets_total=0, free=False, price_kopecks=100_000),
                "published",
            ),
            "module": (_module("Разбор ЭКГ при инфаркте миокарда"), "published"),
            "module_free": (
                _module("Тест по кардиологии", free=True, price_kopecks=0, zet=0),
                "published",
            ),
            "draft": (_program("Кардиология: черновик программы", "Черновик"), "draft"),
            "withdrawn": (_program("Кардиология: отменённая программа", "Отменена"), "withdrawn"),
        }
        ids = {}
        for name, (element, status) in specs.items():
            element.provider_id = ours
            created = await create_element(stub, element, meta, publish=status != "draft")
            ids[name] = created.id
            if element.rating:
                async with catalog.infrastructure.sessions() as session:
                    # Ratings come from learners' feedback, not from the provider's input.
                    await session.execute(
                        text("UPDATE catalog.elements SET rating = :r WHERE id = :id"),
                        {"r": element.rating, "id": uuid.UUID(created.id)},
                    )
                    await session.commit()
            if status == "withdrawn":
                await stub.WithdrawElement(
                    catalog_pb2.WithdrawElementRequest(element_id=created.id),
                    metadata=meta,
                )
        elsewhere = _program("Кардиология в Москве", "Программа другого региона")
        elsewhere.provider_id = other
        ids["moscow"] = (await create_element(stub, elsewhere, meta)).id
    return Catalog(ours, other, ids)


async def search(
    stub: catalog_pb2_grpc.CatalogServiceStub, token: str, **fields: object
) -> catalog_pb2.SearchElementsResponse:
    return await stub.SearchElements(
        catalog_pb2.SearchElementsRequest(**fields),
        metadata=bearer(token),  # type: ignore[arg-type]
    )


def names(data: Catalog, reply: catalog_pb2.SearchElementsResponse) -> set[str]:
    by_id = {v: k for k, v in data.ids.items()}
    return {by_id.get(e.id, e.id) for e in reply.elements}


async def test_stemming_finds_other_word_forms_in_titles_and_annotations(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, catalog_data: Catalog
) -> None:
    reply = await search(
        stub, admin_token, query="кардиологии", provider_id=catalog_data.provider_id
    )
    found = names(catalog_data, reply)
    assert {"cardio", "cardio_kids", "module_free"} <= found
    # "кардиологическими" in an annotation shares the stem only loosely: not required, but
    # the program whose annotation says "сердца" is found by "сердце".
    hearts = await search(stub, admin_token, query="сердце", provider_id=catalog_data.provider_id)
    assert {"cardio", "cardio_kids"} <= names(catalog_data, hearts)
    assert "draft" not in found and "withdrawn" not in found
    # Title matches outrank the annotation-only match.
    assert reply.elements[-1].id == catalog_data.ids["therapy"] or "therapy" not in found


async def test_a_typo_in_a_title_word_still_finds_it(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, catalog_data: Catalog
) -> None:
    for typo in ("кардиалогия", "гипертонеи", "аритмей"):
        reply = await search(stub, admin_token, query=typo, provider_id=catalog_data.provider_id)
        assert reply.elements, typo
    reply = await search(
        stub, admin_token, query="гипертонеи", provider_id=catalog_data.provider_id
    )
    assert names(catalog_data, reply) == {"event"}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"kind": PROGRAM}, {"cardio", "cardio_kids", "therapy"}),
        ({"kind": MODULE}, {"module", "module_free"}),
        ({"specialty_code": "31.08.36"}, {"cardio", "cardio_kids", "module", "module_free"}),
        ({"specialty_code": "31.08.13"}, {"cardio_kids"}),
        (
            {"starts_from": "2031-03-01", "starts_to": "2031-04-30"},
            {"therapy", "event", "event_full"},
        ),
        ({"form_of_study": "extramural"}, {"cardio_kids"}),
        ({"funding_basis": BUDGET}, {"cardio", "therapy"}),
        ({"funding_basis": BUDGET, "with_free_seats": True}, {"cardio"}),
        ({"with_free_seats": True, "kind": EVENT}, {"event", "event_full"}),
        ({"zet_min": 40}, {"cardio_kids"}),
        ({"zet_max": 2}, {"module", "module_free"}),
        ({"zet_min": 0, "zet_max": 0}, {"module_free"}),
        ({"min_rating": 9.0}, {"cardio"}),
        ({"price": catalog_pb2.PRICE_FILTER_FREE}, {"event", "module_free"}),
        ({"price": catalog_pb2.PRICE_FILTER_PAID, "kind": EVENT}, {"event_full"}),
        ({"query": "кардиолог", "kind": PROGRAM, "form_of_study": "full_time"}, {"cardio"}),
    ],
)
async def test_each_filter_narrows_the_published_elements(
    stub: catalog_pb2_grpc.CatalogServiceStub,
    admin_token: str,
    catalog_data: Catalog,
    filters: dict[str, object],
    expected: set[str],
) -> None:
    reply = await search(
        stub, admin_token, provider_id=catalog_data.provider_id, page_size=100, **filters
    )
    assert names(catalog_data, reply) == expected


async def test_region_and_provider_filters(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, catalog_data: Catalog
) -> None:
    moscow = await search(stub, admin_token, query="кардиология", region_code="77", page_size=100)
    assert catalog_data.ids["moscow"] in {e.id for e in moscow.elements}
    assert {e.region_code for e in moscow.elements} == {"77"}
    other = await search(stub, admin_token, provider_id=catalog_data.other_provider_id)
    assert names(catalog_data, other) == {"moscow"}


async def test_counts_per_kind_ignore_the_kind_filter(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, catalog_data: Catalog
) -> None:
    reply = await search(stub, admin_token, provider_id=catalog_data.provider_id, kind=EVENT)
    counts = {c.kind: c.count for c in reply.counts}
    assert counts == {PROGRAM: 3, EVENT: 2, MODULE: 2}
    assert reply.total == 2


async def test_counts_with_a_query_ignore_the_kind_filter_too(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, catalog_data: Catalog
) -> None:
    everything = await search(
        stub, admin_token, query="кардиолог", provider_id=catalog_data.provider_id
    )
    programs = await search(
        stub, admin_token, query="кардиолог", provider_id=catalog_data.provider_id, kind=PROGRAM
    )
    counts = {c.kind: c.count for c in programs.counts}
    assert counts == {c.kind: c.count for c in everything.counts}
    assert counts[PROGRAM] == 2 and counts[EVENT] == 1 and counts[MODULE] == 1
    assert programs.total == 2 and everything.total == 4
    assert names(catalog_data, programs) == {"cardio", "cardio_kids"}
    assert not programs.counts_capped


async def test_typo_results_page_like_the_others(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, catalog_data: Catalog
) -> None:
    fields = {"query": "кардиалогия", "provider_id": catalog_data.provider_id}
    whole = await search(stub, admin_token, page_size=100, **fields)
    assert len(whole.elements) >= 3
    assert whole.total == len(whole.elements)
    seen: list[str] = []
    token = ""
    while True:
        page = await search(stub, admin_token, page_size=1, page_token=token, **fields)
        assert page.total == whole.total
        seen += [e.id for e in page.elements]
        token = page.next_page_token
        if not token:
            break
    assert seen == [e.id for e in whole.elements]


async def test_cursors_of_typo_and_word_results_are_refused_for_other_queries(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, catalog_data: Catalog
) -> None:
    typo = await search(
        stub, admin_token, query="кардиалогия", provider_id=catalog_data.provider_id, page_size=1
    )
    words = await search(
        stub, admin_token, query="кардиология", provider_id=catalog_data.provider_id, page_size=1
    )
    assert typo.next_page_token and words.next_page_token
    for query, token in (("кардиология", typo), ("кардиалогия", words)):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await search(
                stub,
                admin_token,
                query=query,
                provider_id=catalog_data.provider_id,
                page_size=1,
                page_token=token.next_page_token,
            )
        assert grpc_error_code(caught.value) == "invalid_cursor"


@pytest.mark.parametrize(
    "sort",
    [
        catalog_pb2.SEARCH_SORT_START_DATE,
        catalog_pb2.SEARCH_SORT_RATING,
        catalog_pb2.SEARCH_SORT_RELEVANCE,
    ],
)
async def test_pages_follow_each_other_without_gaps_or_duplicates(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, catalog_data: Catalog, sort: int
) -> None:
    query = "кардиология" if sort == catalog_pb2.SEARCH_SORT_RELEVANCE else ""
    whole = await search(
        stub,
        admin_token,
        provider_id=catalog_data.provider_id,
        sort=sort,
        query=query,
        page_size=100,
    )
    seen: list[str] = []
    token = ""
    while True:
        page = await search(
            stub,
            admin_token,
            provider_id=catalog_data.provider_id,
            sort=sort,
            query=query,
            page_size=2,
            page_token=token,
        )
        assert len(page.elements) <= 2
        seen += [e.id for e in page.elements]
        token = page.next_page_token
        if not token:
            break
    assert seen == [e.id for e in whole.elements]
    assert len(seen) == len(set(seen)) >= 3
    if sort == catalog_pb2.SEARCH_SORT_RATING:
        ratings = [e.rating for e in whole.elements]
        assert ratings == sorted(ratings, reverse=True)
    if sort == catalog_pb2.SEARCH_SORT_START_DATE:
        starts = [e.starts_on or "9999" for e in whole.elements]
        assert starts == sorted(starts)


async def test_withdrawn_elements_are_not_found_but_stay_readable(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, catalog_data: Catalog
) -> None:
    found = await search(stub, admin_token, query="отменённая программа")
    assert catalog_data.ids["withdrawn"] not in {e.id for e in found.elements}
    read = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[catalog_data.ids["withdrawn"]]),
        metadata=bearer(admin_token),
    )
    assert [e.status for e in read.elements] == ["withdrawn"]


def _bad_requests() -> Sequence[tuple[dict[str, object], str]]:
    return [
        ({"specialty_code": "99.99.99"}, "unknown_specialty"),
        ({"starts_from": "2031-05-01", "starts_to": "2031-04-01"}, "inverted_date_range"),
        ({"zet_min": -1}, "invalid_zet_range"),
        ({"zet_min": 10, "zet_max": 5}, "invalid_zet_range"),
        ({"page_size": 101}, "invalid_page_size"),
        ({"page_size": -5}, "invalid_page_size"),
        ({"query": "кардиология " * 1000}, "query_too_long"),
        ({"page_token": "not-a-cursor"}, "invalid_cursor"),
        ({"page_token": "W10"}, "invalid_cursor"),
        ({"region_code": "999"}, "unknown_region"),
        ({"starts_from": "31.12.2031"}, "invalid_date"),
        ({"provider_id": "junk"}, "invalid_provider_id"),
        ({"min_rating": 10.5}, "invalid_rating"),
        ({"form_of_study": "evening"}, "invalid_form_of_study"),
        ({"kind": 42}, "invalid_kind"),
    ]


@pytest.mark.parametrize(("fields", "code"), _bad_requests())
async def test_bad_input_is_an_invalid_argument_with_a_stable_code(
    stub: catalog_pb2_grpc.CatalogServiceStub,
    admin_token: str,
    fields: dict[str, object],
    code: str,
) -> None:
    assert await refused(search(stub, admin_token, **fields)) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        code,
    )


async def test_a_cursor_from_another_query_is_refused(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str, catalog_data: Catalog
) -> None:
    first = await search(stub, admin_token, provider_id=catalog_data.provider_id, page_size=1)
    assert first.next_page_token
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await search(stub, admin_token, kind=PROGRAM, page_size=1, page_token=first.next_page_token)
    assert grpc_error_code(caught.value) == "invalid_cursor"


async def test_odd_query_text_is_searched_not_failed(
    stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str
) -> None:
    for odd in ("!!! & | :* ()", "' OR 1=1 --", "и", "   ", "ЭКГ"):
        reply = await search(stub, admin_token, query=odd)
        assert reply.total >= 0
