import uuid

from catalog_principals import principal

from catalog_svc.domain.access import MAX_BATCH, capped_batch, may_resolve_client


def test_a_batch_is_capped_at_a_thousand_keys_keeping_the_first_ones() -> None:
    keys = [str(uuid.uuid4()) for _ in range(MAX_BATCH + 500)]
    capped = capped_batch(keys)
    assert MAX_BATCH == 1000
    assert capped == keys[:1000]


def test_repeated_keys_count_once_and_keep_their_first_position() -> None:
    assert capped_batch(["b", "a", "b", "c", "a"]) == ["b", "a", "c"]
    assert capped_batch(["x"] * 5000 + ["y"]) == ["x", "y"]


def test_a_provider_system_resolves_only_its_own_client() -> None:
    provider = principal(None, "provider_system", client_id="demo-provider")
    assert may_resolve_client(provider, "demo-provider")
    assert not may_resolve_client(provider, "another-provider")


def test_an_admin_resolves_any_client_and_a_specialist_none() -> None:
    assert may_resolve_client(principal(None, "admin"), "demo-provider")
    assert not may_resolve_client(principal(None, "specialist"), "demo-provider")


def test_a_token_without_azp_does_not_match_an_empty_client_id() -> None:
    assert not may_resolve_client(principal(None, client_id=""), "")
