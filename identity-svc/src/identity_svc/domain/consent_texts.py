"""The consent texts in force: what a person reads before registering, with the version
Register checks (`registration.CONSENT_TEXT_VERSIONS`)."""

from __future__ import annotations

from dataclasses import dataclass

from identity_svc.domain.person import ConsentKind
from identity_svc.domain.registration import CONSENT_NAMES, CONSENT_TEXT_VERSIONS


@dataclass(frozen=True, slots=True)
class ConsentText:
    kind: ConsentKind
    version: str
    title: str
    text: str
    legal_basis: str


_BODIES: dict[ConsentKind, tuple[str, str]] = {
    ConsentKind.PERSONAL_DATA: (
        "Я даю согласие оператору платформы непрерывного профессионального развития на"
        " обработку моих персональных данных: фамилии, имени, отчества, пола, даты рождения,"
        " СНИЛС, гражданства, региона, адреса электронной почты и номера телефона, сведений об"
        " образовании, документах о допуске к профессиональной деятельности, пройденном"
        " обучении и зачтённых единицах.\n\n"
        "Цель обработки: учёт непрерывного профессионального развития, планирование обучения,"
        " передача сведений организациям, проводящим обучение, и органам, уполномоченным на"
        " аккредитацию специалистов.\n\n"
        "Согласие действует до его отзыва. Отозвать согласие можно письменным заявлением через"
        " службу поддержки платформы.",
        "Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»",
    ),
    ConsentKind.USER_AGREEMENT: (
        "Я принимаю условия пользовательского соглашения платформы непрерывного"
        " профессионального развития: сведения о себе указываю достоверно, не передаю доступ к"
        " учётной записи третьим лицам, коды подтверждения мероприятий ввожу только за"
        " мероприятия, в которых участвовал(а).\n\n"
        "Платформа учитывает зачтённые единицы по сведениям, которые передают организации,"
        " проводящие обучение; расхождения разрешаются через службу поддержки.",
        "Пользовательское соглашение платформы, редакция 2025-01",
    ),
}


def consent_texts_in_force() -> tuple[ConsentText, ...]:
    """One text per consent kind, in the version Register accepts now."""
    return tuple(
        ConsentText(
            kind=kind,
            version=CONSENT_TEXT_VERSIONS[kind],
            title=CONSENT_NAMES[kind].capitalize(),
            text=text,
            legal_basis=basis,
        )
        for kind, (text, basis) in _BODIES.items()
    )
