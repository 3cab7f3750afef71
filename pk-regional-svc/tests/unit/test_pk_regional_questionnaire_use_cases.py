"""Questionnaire use cases without PostgreSQL: questions replaced keeping ids, answers checked,
an operator answering on a teacher's behalf (marked and audited), the window closed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pk_regional_world import World

from cpd_platform.errors import FailedPrecondition, InvalidArgument, PermissionDenied
from cpd_platform.principal import Principal
from pk_regional_svc.domain.questionnaire import Answers, Question, QuestionKind
from pk_regional_svc.service_layer import questionnaire


async def test_answers_follow_the_questions_and_an_operator_answers_for_a_teacher() -> None:
    world = World()
    world.clock.advance(-timedelta(days=80))  # 21 September: the questionnaire is open
    campaign = world.campaign()
    regional = world.regional_operator()
    [course, format_] = await questionnaire.set_questions(
        world.uow,
        regional,
        campaign.id,
        [
            Question("", "Какой курс нужен?", QuestionKind.TEXT, required=True),
            Question("", "Формат", QuestionKind.SINGLE_CHOICE, ("очно", "дистанционно")),
        ],
        authz=world.authz,
    )
    teacher_id, teacher = world.teacher(world.schools[0])

    async def answer(given: dict[str, list[str]], by: Principal = teacher, on: str = "") -> Answers:
        return await questionnaire.answer_questionnaire(
            world.uow, by, campaign.id, given, on, authz=world.authz, clock=world.clock
        )

    for given, code in [
        ({format_.id: ["очно"]}, "answer_required"),
        ({course.id: ["ИКТ"], format_.id: ["заочно"]}, "invalid_answer"),
        ({course.id: ["ИКТ"], "nope": ["x"]}, "unknown_question"),
    ]:
        with pytest.raises(InvalidArgument) as caught:
            await answer(given)
        assert caught.value.code == code
    mine = await questionnaire.answer_questionnaire(
        world.uow,
        teacher,
        campaign.id,
        {course.id: [" ИКТ "]},
        authz=world.authz,
        clock=world.clock,
    )
    assert mine.values == {course.id: ["ИКТ"]} and mine.filled_by == ""
    assert world.uow.audited("answer_questionnaire_for_teacher") == []

    with pytest.raises(PermissionDenied):
        await answer({course.id: ["x"]}, world.school_operator(world.schools[2]), teacher_id)
    operator = world.school_operator(world.schools[0])
    theirs = await questionnaire.answer_questionnaire(
        world.uow,
        operator,
        campaign.id,
        {course.id: ["Цифровая школа"], format_.id: ["очно"]},
        teacher_id,
        authz=world.authz,
        clock=world.clock,
    )
    assert theirs.filled_by == operator.person_id
    [entry] = world.uow.audited("answer_questionnaire_for_teacher")
    assert entry.entity_id == teacher_id and entry.after is not None
    _, seen = await questionnaire.get_questionnaire(world.uow, teacher, campaign.id)
    assert seen.values == {course.id: ["Цифровая школа"], format_.id: ["очно"]}

    world.clock.advance(timedelta(days=30))
    with pytest.raises(FailedPrecondition) as closed:
        await answer({course.id: ["ИКТ"]})
    assert closed.value.code == "questionnaire_window_closed"


async def test_questions_given_with_their_id_keep_it() -> None:
    world = World()
    campaign = world.campaign()
    regional = world.regional_operator()
    [kept] = await questionnaire.set_questions(
        world.uow,
        regional,
        campaign.id,
        [Question("", "Нужен ли курс?", QuestionKind.TEXT)],
        authz=world.authz,
    )
    after = await questionnaire.set_questions(
        world.uow,
        regional,
        campaign.id,
        [
            Question(kept.id, "Нужен ли курс в этом году?", QuestionKind.TEXT),
            Question("", "Предмет", QuestionKind.MULTIPLE_CHOICE, ("физика", "химия")),
        ],
        authz=world.authz,
    )
    assert after[0].id == kept.id and after[0].text == "Нужен ли курс в этом году?"
    with pytest.raises(InvalidArgument):
        await questionnaire.set_questions(
            world.uow,
            regional,
            campaign.id,
            [Question("", "Один вариант", QuestionKind.SINGLE_CHOICE, ("да",))],
            authz=world.authz,
        )
    with pytest.raises(PermissionDenied):
        await questionnaire.set_questions(
            world.uow,
            world.school_operator(world.schools[0]),
            campaign.id,
            [],
            authz=world.authz,
        )
