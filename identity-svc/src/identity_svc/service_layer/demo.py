"""Demo data for the local run: the demo specialist, in identity-svc and in the identity provider."""

from __future__ import annotations

from datetime import date

from cpd_platform import demo
from identity_svc.adapters.keycloak_users import KeycloakUsers, NewUser
from identity_svc.domain.person import Person, PersonKind, Sex
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort


async def seed_demo(uow: IdentityUnitOfWorkPort, users: KeycloakUsers) -> None:
    subject = await users.ensure_user(
        NewUser(
            username=demo.SPECIALIST_SNILS,
            email="demo.specialist@example.org",
            first_name="Анна",
            last_name="Смирнова",
            password=demo.SPECIALIST_PASSWORD,
            attributes={"snils": [demo.SPECIALIST_SNILS], "person_id": [demo.SPECIALIST_PERSON_ID]},
            realm_roles=["specialist"],
        )
    )
    async with uow:
        await uow.persons.add_if_absent(
            Person(
                id=demo.SPECIALIST_PERSON_ID,
                subject=subject,
                snils=demo.SPECIALIST_SNILS,
                last_name="Смирнова",
                first_name="Анна",
                patronymic="Сергеевна",
                birth_date=date(1985, 4, 12),
                region_code=demo.SPECIALIST_REGION,
                email="demo.specialist@example.org",
                kind=PersonKind.SPECIALIST_HIGHER,
                sex=Sex.FEMALE,
                phone="+79000000000",
                citizenship="RU",
                email_verified=True,
            )
        )
        await uow.commit()
