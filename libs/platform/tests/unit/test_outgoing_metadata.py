from cpd_platform.context import bearer_token_var, request_id_var
from cpd_platform.interceptors import outgoing_metadata


def test_calls_to_other_services_carry_the_request_id_and_the_callers_token() -> None:
    request = request_id_var.set("req-7")
    token = bearer_token_var.set("abc.def.ghi")
    try:
        assert outgoing_metadata() == (
            ("x-request-id", "req-7"),
            ("authorization", "Bearer abc.def.ghi"),
        )
    finally:
        bearer_token_var.reset(token)
        request_id_var.reset(request)


def test_without_a_caller_no_token_is_invented() -> None:
    assert outgoing_metadata() == (("x-request-id", "-"),)
