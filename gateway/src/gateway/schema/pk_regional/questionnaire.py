"""A campaign's questionnaire (анкетирование) and teachers' answers."""

from __future__ import annotations

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping import MessageType, protobuf_type
from gateway.schema.pk_regional.enums import QuestionKind
from gateway.schema.pk_regional.teachers import RegionalTeacher


@protobuf_type
class Question(MessageType[pb.Question]):
    kind: QuestionKind


@protobuf_type
class Answer(MessageType[pb.Answer]):
    pass


@protobuf_type(name="Questionnaire")
class Questionnaire(MessageType[pb.GetQuestionnaireResponse]):
    questions: list[Question]
    my_answers: list[Answer]


@protobuf_type(name="QuestionList")
class QuestionList(MessageType[pb.SetQuestionsResponse]):
    questions: list[Question]


@protobuf_type(name="AnswersPayload")
class AnswersPayload(MessageType[pb.AnswerQuestionnaireResponse]):
    answers: list[Answer]
    filled_by: strawberry.ID


@protobuf_type
class QuestionnaireResponse(MessageType[pb.QuestionnaireResponse]):
    teacher: RegionalTeacher
    answers: list[Answer]
    filled_by: strawberry.ID
