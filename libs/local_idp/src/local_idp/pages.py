"""The login pages, in Russian (the fake Profil Zaufany's in Polish): plain HTML forms, no
scripts, every value escaped."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from local_idp.broker import EsiaAccount
from local_idp.pz import PzAccount

_STYLE = """
body{font-family:system-ui,sans-serif;background:#f4f6f8;margin:0}
main{max-width:26rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;
box-shadow:0 1px 4px #0002}
h1{font-size:1.4rem;margin-top:0}label{display:block;margin:.8rem 0 .3rem}
input[type=text],input[type=password]{width:100%;padding:.5rem;box-sizing:border-box}
button{margin-top:1rem;padding:.6rem 1.2rem}.error{color:#b00020}.muted{color:#555}
.broker{display:block;margin-top:1.5rem;text-align:center}
ul.accounts{list-style:none;padding:0}ul.accounts li{margin:.5rem 0}
"""


def page(title: str, body: str, lang: str = "ru") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )


def _hidden(name: str, value: str) -> str:
    return f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'


# The login page's link to each faked external provider, by alias: (text, its language).
BROKER_LINKS = {
    "esia": ("Войти через Госуслуги", "ru"),
    "profil-zaufany": ("Zaloguj się przez Profil Zaufany", "pl"),
}


def login_page(
    *,
    realm_name: str,
    action: str,
    session_code: str,
    broker_urls: dict[str, str],
    error: str | None = None,
    username: str = "",
) -> str:
    """``broker_urls``: alias → the broker login URL of each external provider offered."""
    error_html = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    broker_html = "".join(
        f'<a class="broker" href="{escape(url)}" lang="{BROKER_LINKS[alias][1]}">'
        f"{escape(BROKER_LINKS[alias][0])}</a>"
        for alias, url in broker_urls.items()
        if alias in BROKER_LINKS
    )
    body = (
        f"<h1>Вход — {escape(realm_name)}</h1>{error_html}"
        f'<form method="post" action="{escape(action)}">'
        f"{_hidden('session_code', session_code)}"
        '<label for="username">СНИЛС / PESEL / почта</label>'
        f'<input type="text" id="username" name="username" value="{escape(username)}" '
        'placeholder="123-456-789 01" autocomplete="username" required autofocus>'
        '<label for="password">Пароль</label>'
        '<input type="password" id="password" name="password" '
        'autocomplete="current-password" required>'
        '<button type="submit">Войти</button></form>'
        f"{broker_html}"
    )
    return page("Вход", body)


def update_password_page(
    *, action: str, hidden: dict[str, str], error: str | None = None, intro: str | None = None
) -> str:
    fields = "".join(_hidden(k, v) for k, v in hidden.items())
    error_html = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    intro_html = f'<p class="muted">{escape(intro)}</p>' if intro else ""
    body = (
        f"<h1>Новый пароль</h1>{intro_html}{error_html}"
        f'<form method="post" action="{escape(action)}">{fields}'
        '<label for="password-new">Новый пароль</label>'
        '<input type="password" id="password-new" name="password-new" '
        'autocomplete="new-password" required>'
        '<label for="password-confirm">Повторите пароль</label>'
        '<input type="password" id="password-confirm" name="password-confirm" '
        'autocomplete="new-password" required>'
        '<button type="submit">Сохранить</button></form>'
    )
    return page("Новый пароль", body)


def message_page(title: str, message: str, link: tuple[str, str] | None = None) -> str:
    link_html = f'<p><a href="{escape(link[1])}">{escape(link[0])}</a></p>' if link else ""
    return page(title, f"<h1>{escape(title)}</h1><p>{escape(message)}</p>{link_html}")


def error_page(message: str) -> str:
    return page("Ошибка", f'<h1>Ошибка</h1><p class="error" role="alert">{escape(message)}</p>')


def _account_choices(action: str, state: str, choices: Iterable[tuple[str, str]]) -> str:
    """One form per test person (its key, the button's text) posting ``account``."""
    items = "".join(
        "<li>"
        f'<form method="post" action="{escape(action)}">{_hidden("state", state)}'
        f"{_hidden('account', key)}"
        f'<button type="submit" name="person" value="{escape(key)}">{escape(text)}</button>'
        "</form></li>"
        for key, text in choices
    )
    return f'<ul class="accounts">{items}</ul>'


def fake_esia_page(*, action: str, state: str, accounts: Iterable[EsiaAccount]) -> str:
    """The stand-in for the Gosuslugi login: pick a test person."""
    choices = (
        (
            account.oid,
            f"{account.full_name}, СНИЛС {account.snils}"
            f"{'' if account.trusted else ' (упрощённая учётная запись)'}",
        )
        for account in accounts
    )
    body = (
        "<h1>Госуслуги (тестовый стенд)</h1>"
        '<p class="muted">Локальная имитация ЕСИА: выберите тестового пользователя.</p>'
        f"{_account_choices(action, state, choices)}"
    )
    return page("Госуслуги — вход", body)


def fake_pz_page(*, action: str, state: str, accounts: Iterable[PzAccount]) -> str:
    """The stand-in for the Profil Zaufany login (in Polish): pick a test person."""
    choices = ((a.id, f"{a.full_name}, PESEL {a.pesel}") for a in accounts)
    body = (
        "<h1>Profil Zaufany (środowisko testowe)</h1>"
        '<p class="muted">Lokalna imitacja Profilu Zaufanego: wybierz osobę testową.</p>'
        f"{_account_choices(action, state, choices)}"
    )
    return page("Profil Zaufany — logowanie", body, lang="pl")
