"""The web portal in Debian's Chromium (Playwright for Python) against the platform started as
`make up` starts it (the e2e tier's `platform` fixture), on free ports. One browser per
module, a fresh context (no cookies, no storage) per test. On failure a screenshot and the
page's console log go to .data/browser-artifacts/<test>/ (git-ignored)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright, sync_playwright
from tests.e2e.conftest import platform, tokens

from cpd_platform.devstack import DevStack

__all__ = ["platform", "tokens"]

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / ".data" / "browser-artifacts"
CHROMIUM = "/usr/bin/chromium"
AXE = REPO / "web" / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "mobile": {"width": 360, "height": 740}}


@pytest.fixture(scope="session", autouse=True)
def built_portal() -> Path:
    """`make test` builds web/dist when its sources changed; a bare pytest run builds it once
    if it is missing."""
    dist = REPO / "web" / "dist"
    if not (dist / "index.html").is_file():
        subprocess.run(["npm", "run", "build", "--silent"], cwd=REPO / "web", check=True)
    return dist


@pytest.fixture(scope="module")
def playwright_session(platform: DevStack) -> Iterator[Playwright]:
    # Playwright's sync API keeps an event loop running in this thread while it is open: the
    # platform (asyncio.run while it starts) is started before it, and it closes with the
    # module, before other tiers' tests (and their asyncio.run) run in this session.
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="module")
def browser(playwright_session: Playwright) -> Iterator[Browser]:
    chromium = playwright_session.chromium.launch(executable_path=CHROMIUM, args=["--lang=ru-RU"])
    try:
        yield chromium
    finally:
        chromium.close()


@dataclass
class Portal:
    """A browser tab on the portal, with what the page logged."""

    page: Page
    stack: DevStack
    artifacts: Path
    console: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.stack.portal_url

    def open(self, path: str = "/") -> Page:
        self.page.goto(self.url.rstrip("/") + path)
        return self.page

    def screenshot(self, name: str) -> Path:
        self.artifacts.mkdir(parents=True, exist_ok=True)
        path = self.artifacts / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def stored_tokens(self) -> dict[str, str]:
        """The tokens oidc-client-ts keeps in sessionStorage for the signed-in person."""
        tokens: dict[str, str] = self.page.evaluate(
            "() => JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage)"
            ".find(k => k.startsWith('oidc.user:'))))"
        )
        return tokens

    def assert_accessible(self) -> None:
        """axe-core finds no serious or critical violation on the page as it is now."""
        if not self.page.evaluate("() => Boolean(window.axe)"):
            self.page.add_script_tag(path=str(AXE))
        violations = self.page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
            ".map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)"
        )
        assert violations == [], violations


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def portal(
    request: pytest.FixtureRequest, browser: Browser, platform: DevStack
) -> Iterator[Portal]:
    context = browser.new_context(viewport=VIEWPORTS[request.param], locale="ru-RU")
    context.set_default_timeout(15_000)
    page = context.new_page()
    name = re.sub(r"[^\w.-]+", "_", request.node.name)
    tab = Portal(page=page, stack=platform, artifacts=ARTIFACTS / name)
    shutil.rmtree(tab.artifacts, ignore_errors=True)  # nothing left from an earlier run

    def log(message: ConsoleMessage) -> None:
        tab.console.append(f"[{message.type}] {message.text}")

    page.on("console", log)
    page.on("pageerror", lambda error: tab.console.append(f"[pageerror] {error}"))
    page.on(
        "response",
        lambda reply: (
            tab.console.append(f"[http {reply.status}] {reply.url}")
            if reply.status >= 400
            else None
        ),
    )
    try:
        yield tab
    finally:
        report = getattr(request.node, "report_call", None)
        if report is not None and report.failed:
            tab.screenshot("failure")
            (tab.artifacts / "console.log").write_text("\n".join(tab.console) + "\n")
            (tab.artifacts / "failure.txt").write_text(report.longreprtext)
        context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Iterator[None] | object:
    """Keeps each phase's report on the test item: the `portal` fixture saves artifacts when
    the test itself failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report
