"""Issue 17's regional journey (ЭОРТ) in Chromium, at a desktop width and at 360 px, each person
in their own browser after a real login: the regional operator imports a school with three
teachers and opens a campaign year (windows open now, quotas); the school's head appoints the
school's operator by SNILS; the operator confirms the candidates and answers the questionnaire
for one of them; the regional operator runs the allocation (the school's two numbers); a
teacher applies to two 36-hour groups (36 + 36 = 72); the school operator refuses another
number with a reason from the list and reassigns it to the waiting candidate, then records the
applicant's completion document, which the teacher sees; the region's report shows the counts.
Every screen passes axe's serious and critical checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect
from tests.browser.conftest import Portal
from tests.browser.journeys import PASSWORD
from tests.browser.regional_steps import (
    REGIONAL,
    SCHOOL_AREA,
    TEACHER_AREA,
    RegionalSide,
    choose_campaign,
    go,
    head_appoints_the_operator,
    log_in_to_area,
    region_imports_the_school,
    region_opens_the_campaign,
    region_report_counts,
    region_runs_the_allocation,
    registered_person,
    registered_teacher,
    second_tab,
    select_containing,
)
from tests.e2e.conftest import Tokens

from cpd_platform.devstack import DevStack

pytestmark = pytest.mark.browser


def test_campaign_candidates_allocation_application_refusal_reassignment_and_completion(
    portal: Portal, browser: Browser, platform: DevStack, tokens: Tokens, tmp_path: Path
) -> None:
    side = RegionalSide(platform, tokens)
    campaign = side.plan(registered_teacher(platform))
    region = second_tab(browser, portal, "region")
    teacher = second_tab(browser, portal, "teacher")
    try:
        # The regional operator imports the school and its teachers, and opens the campaign.
        log_in_to_area(
            region, REGIONAL.snils, REGIONAL.password, "Региональный оператор", "Кампания и квоты"
        )
        region_imports_the_school(region, campaign, tmp_path)
        region_opens_the_campaign(region, campaign)
        side.opened(campaign)

        # The school's head (granted by an administrator) appoints its operator.
        head = second_tab(browser, portal, "head")
        try:
            log_in_to_area(
                head,
                side.school_head(campaign.school_id),
                PASSWORD,
                SCHOOL_AREA,
                "Кандидаты на уникальный номер",
            )
            operator_snils = registered_person(platform)
            head_appoints_the_operator(head, operator_snils)
        finally:
            head.page.context.close()

        # The school operator confirms the three candidates.
        page = log_in_to_area(
            portal, operator_snils, PASSWORD, SCHOOL_AREA, "Кандидаты на уникальный номер"
        )
        choose_campaign(page, campaign.year)
        candidates = page.get_by_test_id("candidate")
        expect(candidates).to_have_count(3)
        expect(candidates.filter(has_text=campaign.waiting.name)).to_contain_text(
            "последнее обучение"
        )
        portal.assert_accessible()
        page.get_by_role("button", name="Выбрать всех ожидающих").click()
        page.get_by_role("button", name="Подтвердить выбранных").click()
        expect(page.get_by_role("status")).to_have_text("подтверждён: 3")
        expect(page.locator('[data-testid="candidate"][data-decision="CONFIRMED"]')).to_have_count(
            3
        )
        expect(candidates.first).to_contain_text("номер: ожидается")

        # … and answers the campaign's questionnaire for the waiting teacher.
        go(page, "Анкеты", "Анкеты учителей", campaign.year)
        expect(page.get_by_test_id("answered-total")).to_have_text(
            "Ответили на анкету кампании: 0 из 3"
        )
        response = page.get_by_test_id("questionnaire-response").filter(
            has_text=campaign.waiting.name
        )
        response.get_by_text("Заполнить анкету кампании за учителя").click()
        response.get_by_label("очно").check()
        response.get_by_role("button", name="Сохранить ответы").click()
        expect(response.get_by_role("status")).to_have_text("Ответы сохранены")
        portal.assert_accessible()
        page.reload()
        choose_campaign(page, campaign.year)
        expect(page.get_by_test_id("answered-total")).to_have_text(
            "Ответили на анкету кампании: 1 из 3"
        )
        expect(response).to_contain_text("(оператором)")

        # The allocation gives the school's two numbers to the never-trained candidates.
        region_runs_the_allocation(region, campaign.year)

        # The teacher sees her number and applies to both groups of a course: 36 + 36 = 72 hours.
        mine = log_in_to_area(
            teacher, campaign.applicant.snils, PASSWORD, TEACHER_AREA, "Моя анкета"
        )
        teacher.assert_accessible()
        go(mine, "Номер и заявление", "Номер и заявление", campaign.year)
        number = mine.get_by_test_id("my-number")
        expect(number).to_have_attribute("data-status", "ASSIGNED")
        expect(number).to_contain_text("присвоен")
        form = mine.get_by_role("form", name="Заявление на обучение")
        form.get_by_label("Серия паспорта").fill("9205")
        form.get_by_label("Номер паспорта").fill("123456")
        form.get_by_label("Кем выдан").fill("МВД по Республике Татарстан")
        form.get_by_label("Дата выдачи паспорта").fill("2015-04-01")
        form.get_by_label("Телефон").fill("+79001234567")
        form.get_by_label("Квалификационная категория").fill("первая")
        form.get_by_label("Курс из реестра программ").select_option(
            label=f"{campaign.course_title} (36 ч.)"
        )
        groups = form.get_by_test_id("course-group")
        expect(groups).to_have_count(2)
        groups.nth(0).get_by_role("checkbox").check()
        expect(form.get_by_test_id("hours-total")).to_have_text("Выбрано часов: 36 из 72")
        # One group is not enough: the draft is saved, the submission refused with the sum.
        form.get_by_role("button", name="Подать заявление").click()
        expect(form.get_by_role("alert")).to_contain_text("(36 = 36) должна быть равна 72")
        expect(mine.get_by_test_id("my-application")).to_have_attribute("data-status", "DRAFT")
        groups.nth(1).get_by_role("checkbox").check()
        expect(form.get_by_test_id("hours-total")).to_have_text("Выбрано часов: 72 из 72")
        teacher.assert_accessible()
        form.get_by_role("button", name="Подать заявление").click()
        expect(mine.get_by_test_id("my-application")).to_have_attribute("data-status", "SUBMITTED")
        expect(number).to_have_attribute("data-status", "APPLICATION_SUBMITTED")
        expect(mine.get_by_test_id("my-application")).to_contain_text("часов: 72 из 72")
        teacher.assert_accessible()

        # The school operator refuses another number with a reason from the list…
        go(page, "Номера", "Уникальные номера", campaign.year)
        refused = page.get_by_test_id("number-holding").filter(has_text=campaign.refusing.name)
        expect(refused).to_have_attribute("data-status", "ASSIGNED")
        portal.assert_accessible()
        refused.get_by_text("Оформить отказ").click()
        refused.get_by_label("Причина отказа").select_option(label="болезнь")
        refused.get_by_role("button", name="Подтвердить отказ").click()
        expect(refused).to_have_attribute("data-status", "REFUSED")
        expect(refused).to_contain_text("отказ: болезнь")
        expect(page.get_by_test_id("pool-count")).to_have_text(
            "Свободных номеров, закреплённых за организацией: 1"
        )
        # … and gives the freed number to the waiting candidate.
        free = page.get_by_test_id("free-number")
        select_containing(
            free.get_by_label("Кому передать номер", exact=False), campaign.waiting.name
        )
        free.get_by_role("button", name="Передать номер").click()
        expect(page.get_by_role("status")).to_have_text("Номер передан")
        expect(page.get_by_test_id("free-number")).to_have_count(0)
        reassigned = page.get_by_test_id("number-holding").filter(has_text=campaign.waiting.name)
        expect(reassigned).to_have_attribute("data-status", "ASSIGNED")
        portal.assert_accessible()

        # The teacher's application at the school, then her completion document.
        go(page, "Заявления", "Заявления учителей", campaign.year)
        application = page.get_by_test_id("school-application").filter(
            has_text=campaign.applicant.name
        )
        expect(application).to_have_attribute("data-status", "SUBMITTED")
        expect(application).to_contain_text("часов: 72 из 72")
        portal.assert_accessible()
        go(page, "Документы об обучении", "Документы об обучении", campaign.year)
        record = page.get_by_role("form", name="Документ об обучении")
        select_containing(record.get_by_label("Учитель"), campaign.applicant.name)
        expect(record.get_by_label("Часов")).to_have_value("72")
        record.get_by_label("Номер документа").fill(f"162400{campaign.year}")
        record.get_by_label("Дата выдачи").fill(date.today().isoformat())
        record.get_by_label("Организация, выдавшая документ").fill("ГАОУ ДПО ИРО РТ")
        record.get_by_label("Программа").fill(campaign.course_title)
        record.get_by_role("button", name="Записать документ").click()
        expect(record.get_by_role("status")).to_contain_text("обучение завершено")
        document = page.get_by_test_id("completion-document").filter(
            has_text=campaign.applicant.name
        )
        expect(document).to_contain_text("72 ч.")
        portal.assert_accessible()

        # The teacher sees the training completed.
        mine.reload()
        choose_campaign(mine, campaign.year)
        expect(number).to_have_attribute("data-status", "COMPLETED")
        expect(mine.get_by_test_id("my-completion")).to_be_visible()
        own = mine.get_by_test_id("my-completion-document").filter(
            has_text=f"162400{campaign.year}"
        )
        expect(own).to_contain_text("72 ч.")
        expect(own).to_contain_text(campaign.course_title)
        teacher.assert_accessible()

        # The region's report counts all of it.
        counts = region_report_counts(region, campaign.year)
        assert {
            label: counts.get(label)
            for label in (
                "выдано при распределении",
                "отказов от номера",
                "болезнь",
                "номер присвоен, заявления нет",
                "обучение завершено (номер закрыт)",
                "документов о завершении",
            )
        } == {
            "выдано при распределении": "2",
            "отказов от номера": "1",
            "болезнь": "1",
            "номер присвоен, заявления нет": "1",
            "обучение завершено (номер закрыт)": "1",
            "документов о завершении": "1",
        }, counts
    except BaseException:
        for tab in (region, teacher):  # the portal fixture keeps its own tab's
            tab.screenshot("failure")
        raise
    finally:
        region.page.context.close()
        teacher.page.context.close()
