"""gRPC entrypoint: translation between protobuf and the service layer, nothing else."""

from __future__ import annotations

from collections.abc import Callable

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.clock import Clock
from cpd_platform.context import calling_service, via_gateway
from cpd_platform.errors import PermissionDenied
from cpd_platform.mapping import EnumMapping, date_to_pb, timestamp_to_pb
from identity_svc.adapters.keycloak_users import Accounts
from identity_svc.domain.consent_texts import consent_texts_in_force
from identity_svc.domain.grants import GrantRecord
from identity_svc.domain.person import ConsentKind, Person, PersonKind, RecordView, Sex
from identity_svc.domain.registration import RegistrationForm
from identity_svc.entrypoints.role_request_rpcs import GrantPorts, RoleRequestRpcs
from identity_svc.entrypoints.support_rpcs import SupportPorts, SupportRpcs
from identity_svc.service_layer import grants, profile, queries, registration
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort
from identity_svc.service_layer.profile import ProfileChanges
from identity_svc.service_layer.registration import Captcha, NoCaptcha

KINDS = EnumMapping(PersonKind, identity_pb2.PersonKind, invalid_code="invalid_person_kind")
SEXES = EnumMapping(Sex, identity_pb2.Sex, invalid_code="invalid_sex")
CONSENTS = EnumMapping(ConsentKind, identity_pb2.ConsentKind, invalid_code="invalid_consent_kind")


def _person(person: Person) -> identity_pb2.Person:
    return identity_pb2.Person(
        id=person.id,
        snils=person.snils or "",
        pesel=person.pesel or "",
        pwz=person.pwz or "",
        last_name=person.last_name,
        first_name=person.first_name,
        patronymic=person.patronymic or "",
        birth_date=date_to_pb(person.birth_date),
        region_code=person.region_code or "",
        email=person.email or "",
        sex=SEXES.to_pb_or_unspecified(person.sex),
        phone=person.phone or "",
        citizenship=person.citizenship or "",
        kind=KINDS.to_pb_or_unspecified(person.kind),
        consents=[
            identity_pb2.Consent(
                kind=CONSENTS.to_pb(c.kind),
                text_version=c.text_version,
                agreed_at=timestamp_to_pb(c.agreed_at),
            )
            for c in person.consents
        ],
        email_verified=person.email_verified,
        phone_verified=person.phone_verified,
    )


def _person_id(person: Person) -> identity_pb2.Person:
    """What a provider learns: that the SNILS it asked for is this registered person."""
    return identity_pb2.Person(id=person.id, snils=person.snils or "")


def _grant(record: GrantRecord) -> identity_pb2.Grant:
    return identity_pb2.Grant(
        person_id=record.person_id, role=str(record.grant.role), scope=str(record.grant.scope)
    )


class IdentityServicer(RoleRequestRpcs, SupportRpcs, identity_pb2_grpc.IdentityServiceServicer):
    def __init__(
        self,
        uow: Callable[[], IdentityUnitOfWorkPort],
        accounts: Accounts,
        grant_ports: GrantPorts,
        support: SupportPorts,
        full_record_clients: frozenset[str] = frozenset(),
    ) -> None:
        self._uow = uow
        self._grant_ports = grant_ports
        self._support = support
        self._accounts = accounts
        self._full_record_clients = full_record_clients

    async def GetMe(
        self, request: identity_pb2.GetMeRequest, context: object
    ) -> identity_pb2.GetMeResponse:
        person = await profile.get_me(self._uow(), current_principal(), accounts=self._accounts)
        return identity_pb2.GetMeResponse(person=_person(person))

    async def BatchGetPersons(
        self, request: identity_pb2.BatchGetPersonsRequest, context: object
    ) -> identity_pb2.BatchGetPersonsResponse:
        persons = await queries.batch_get_persons(
            self._uow(), current_principal(), list(request.ids)
        )
        return identity_pb2.BatchGetPersonsResponse(persons=[_person(p) for p in persons])

    async def BatchFindPersonsBySnils(
        self, request: identity_pb2.BatchFindPersonsBySnilsRequest, context: object
    ) -> identity_pb2.BatchFindPersonsBySnilsResponse:
        """Who gets which fields: see `identity_svc.domain.person.record_view` and the
        identity-svc README ("Who sees what of a person")."""
        found = await queries.find_persons_by_snils(
            self._uow(),
            current_principal(),
            list(request.snils),
            service=calling_service(),
            full_record_clients=self._full_record_clients,
        )
        return identity_pb2.BatchFindPersonsBySnilsResponse(
            persons=[_person(p) if view is RecordView.FULL else _person_id(p) for p, view in found]
        )

    async def UpdateProfile(
        self, request: identity_pb2.UpdateProfileRequest, context: object
    ) -> identity_pb2.UpdateProfileResponse:
        changes = ProfileChanges(
            fields=frozenset(request.fields),
            values={
                "last_name": request.last_name,
                "first_name": request.first_name,
                "patronymic": request.patronymic,
                "birth_date": request.birth_date,
                "region_code": request.region_code,
                "citizenship": request.citizenship,
                "email": request.email,
                "phone": request.phone,
                "pwz": request.pwz,
            },
            sex=SEXES.get(request.sex),
        )
        result = await profile.update_profile(
            self._uow(),
            current_principal(),
            changes,
            accounts=self._accounts,
            clock=self._grant_ports.clock,
        )
        return identity_pb2.UpdateProfileResponse(
            person=_person(result.person),
            email_verification_sent=result.email_verification_sent,
            phone_needs_verification=result.phone_needs_verification,
        )

    async def ListGrants(
        self, request: identity_pb2.ListGrantsRequest, context: object
    ) -> identity_pb2.ListGrantsResponse:
        records = await grants.list_grants(
            self._grant_ports.uow(), current_principal(), request.person_id
        )
        return identity_pb2.ListGrantsResponse(grants=[_grant(r) for r in records])

    async def GrantRole(
        self, request: identity_pb2.GrantRoleRequest, context: object
    ) -> identity_pb2.GrantRoleResponse:
        ports = self._grant_ports
        record = await grants.grant_role(
            ports.uow(),
            current_principal(),
            request.person_id,
            request.snils,
            request.role,
            request.scope,
            **ports.effects(),
            pesel=request.pesel,
        )
        return identity_pb2.GrantRoleResponse(grant=_grant(record))

    async def RevokeRole(
        self, request: identity_pb2.RevokeRoleRequest, context: object
    ) -> identity_pb2.RevokeRoleResponse:
        ports = self._grant_ports
        revoked = await grants.revoke_role(
            ports.uow(),
            current_principal(),
            request.person_id,
            request.role,
            request.scope,
            **ports.effects(),
            snils=request.snils,
            pesel=request.pesel,
        )
        return identity_pb2.RevokeRoleResponse(revoked=revoked)


def require_gateway() -> None:
    """Visitors' operations are for the gateway only (its service token, `via_gateway()`): it
    checks the request shape and limits visitors per address; nobody else may call them."""
    if not via_gateway():
        raise PermissionDenied("gateway_only", "Операция доступна только через шлюз платформы")


class PublicIdentityServicer(identity_pb2_grpc.PublicIdentityServiceServicer):
    """Anonymous operations: there is no principal here, and only the gateway may call them."""

    def __init__(
        self,
        uow: Callable[[], IdentityUnitOfWorkPort],
        accounts: Accounts,
        clock: Clock,
        captcha: Captcha | None = None,
    ) -> None:
        self._uow = uow
        self._accounts = accounts
        self._clock = clock
        self._captcha = captcha or NoCaptcha()

    async def Register(
        self, request: identity_pb2.RegisterRequest, context: object
    ) -> identity_pb2.RegisterResponse:
        require_gateway()
        form = RegistrationForm(
            kind=KINDS.get(request.kind),
            citizenship=request.citizenship,
            region_code=request.region_code,
            snils=request.snils,
            last_name=request.last_name,
            first_name=request.first_name,
            patronymic=request.patronymic,
            sex=SEXES.get(request.sex),
            birth_date=request.birth_date,
            email=request.email,
            phone=request.phone,
            password=request.password,
            consents={
                kind: c.text_version
                for c in request.consents
                if (kind := CONSENTS.get(c.kind)) is not None
            },
            idempotency_key=request.idempotency_key,
            pesel=request.pesel,
            pwz=request.pwz,
        )
        result = await registration.register(
            self._uow, form, accounts=self._accounts, clock=self._clock
        )
        return identity_pb2.RegisterResponse(
            person_id=result.person_id,
            email=result.email,
            verification_email_sent=result.verification_email_sent,
        )

    async def RequestPasswordReset(
        self, request: identity_pb2.RequestPasswordResetRequest, context: object
    ) -> identity_pb2.RequestPasswordResetResponse:
        require_gateway()
        await registration.request_password_reset(
            self._uow(),
            request.snils,
            request.captcha_token,
            captcha=self._captcha,
            pesel=request.pesel,
        )
        return identity_pb2.RequestPasswordResetResponse()

    async def ListConsentTexts(
        self, request: identity_pb2.ListConsentTextsRequest, context: object
    ) -> identity_pb2.ListConsentTextsResponse:
        require_gateway()
        return identity_pb2.ListConsentTextsResponse(
            texts=[
                identity_pb2.ConsentText(
                    kind=CONSENTS.to_pb(t.kind),
                    version=t.version,
                    title=t.title,
                    text=t.text,
                    legal_basis=t.legal_basis,
                )
                for t in consent_texts_in_force()
            ]
        )
