"""The longest text identity-svc accepts in each field of a request, in characters.

A longer value is refused with `text_too_long` (INVALID_ARGUMENT) naming the field, before any
other check: nothing is ever cut to fit. The stored columns are at least this wide; the raw
limits of SNILS, phone and dates leave room for how people type them (spaces, dashes, brackets).
"""

from __future__ import annotations

from cpd_platform.text_limits import TextLimits

# field → (maximum length, the field's name as people see it)
TEXT_LIMITS: dict[str, tuple[int, str]] = {
    "last_name": (100, "фамилия"),
    "first_name": (100, "имя"),
    "patronymic": (100, "отчество"),
    "email": (254, "адрес электронной почты"),
    "phone": (32, "телефон"),
    "password": (128, "пароль"),
    "snils": (32, "СНИЛС"),
    "pesel": (32, "PESEL"),
    "pwz": (32, "numer PWZ"),
    "birth_date": (32, "дата рождения"),
    "region_code": (32, "регион"),
    "citizenship": (32, "гражданство"),
    "text_version": (32, "версия текста согласия"),
    "idempotency_key": (100, "ключ идемпотентности"),
    "captcha_token": (4096, "ответ CAPTCHA"),
    "person_id": (64, "идентификатор человека"),
    "role": (32, "роль"),
    "scope": (100, "область полномочий"),
    "justification": (2000, "обоснование"),
    "refusal_reason": (2000, "причина отказа"),
    "role_request_id": (64, "идентификатор заявки"),
    "subject": (200, "тема обращения"),
    "support_text": (4000, "текст обращения"),
    "context_reference": (100, "предмет обращения"),
    "provider_id": (64, "организация"),
    "support_request_id": (64, "идентификатор обращения"),
}


LIMITS = TextLimits(TEXT_LIMITS)
# Raises `text_too_long` for the first value longer than its field's limit.
check_lengths = LIMITS.check
