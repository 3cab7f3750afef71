"""The results file layout and the wire format (no I/O beyond temporary files)."""

import hashlib
import io
from pathlib import Path

import pytest

from cpd_provider_cli.codes import read_snils_file
from cpd_provider_cli.posting import PostingState, Progress, Summary
from cpd_provider_cli.results_csv import BadRow, LayoutError, Row, read_results
from cpd_provider_cli.wire import batch_request
from cpd_wire import posting_hash

HEADER = "external_id,snils,element_id,completion_date,zet,document_number,program_cycle_id\n"


def test_rows_are_read_in_order_with_optional_columns() -> None:
    text = (
        HEADER
        + "r-1,112-233-445 95,e-1,2025-05-01,2,У-17,c-1\nr-2,11223344595,e-2,2025-05-02,0,,\n"
    )
    rows = list(read_results(text))
    assert rows == [
        Row(2, "r-1", "112-233-445 95", "e-1", "2025-05-01", 2, "У-17", "c-1"),
        Row(3, "r-2", "11223344595", "e-2", "2025-05-02", 0, "", ""),
    ]


def test_semicolons_bom_any_column_order_and_russian_dates_are_accepted() -> None:
    text = (
        "\ufeffZET;SNILS;External_ID;Element_ID;Completion_Date\n36;112-233-445 95;x;e;28.02.2025\n"
    )
    [row] = list(read_results(text))
    assert isinstance(row, Row)
    assert (row.external_id, row.zet, row.completed_on, row.document_number) == (
        "x",
        36,
        "2025-02-28",
        "",
    )


def test_a_line_without_a_whole_zet_is_reported_not_sent() -> None:
    text = HEADER + "r-1,112-233-445 95,e-1,2025-05-01,два,,\n\n"
    [bad] = list(read_results(text))
    assert isinstance(bad, BadRow)
    assert (bad.line, bad.reason_code) == (2, "invalid_zet")
    assert bad.values["external_id"] == "r-1"


@pytest.mark.parametrize("text", ["", "snils,element_id\n1,2\n"])
def test_a_file_without_the_required_columns_is_refused(text: str) -> None:
    with pytest.raises(LayoutError):
        list(read_results(text))


def test_payload_hash_is_the_documented_canonical_json() -> None:
    rows = [Row(2, "r-1", "112-233-445 95", "e-1", "2025-05-01", 2, "У-1", "")]
    expected = hashlib.sha256(
        '[["r-1","112-233-445 95","e-1",2,"2025-05-01","У-1",""]]'.encode()
    ).hexdigest()
    assert posting_hash.payload_hash(rows) == expected
    request = batch_request(rows, series_id="s", sequence=3)
    assert (request.batch_id, request.sequence, request.payload_hash) == ("s-3", 3, expected)
    assert request.records[0].document_number == "У-1"


def test_the_cli_hashes_a_batch_exactly_as_credits_svc_checks_it() -> None:
    """The CLI and credits-svc share one implementation of the documented hash
    (`cpd_wire.posting_hash`); the server accepts what the CLI sends."""
    from credits_svc.domain.records import payload_hash_matches

    rows = [
        Row(2, "r-1", "112-233-445 95", "e-1", "2025-05-01", 2, "У-1", "c-9"),
        Row(3, "r-2", "11223344595", "e-2", "2025-05-02", 0, "", ""),
    ]
    request = batch_request(rows, series_id="s", sequence=1)
    assert payload_hash_matches(request.records, request.payload_hash)
    assert request.payload_hash == posting_hash.payload_hash(request.records)


def test_state_is_kept_only_for_the_same_file_and_batch_size(tmp_path: Path) -> None:
    path = tmp_path / "results.csv.cpd-state.json"
    state = PostingState.load(path, "a" * 64, 500)
    state.batches["1"] = {"status": "acknowledged", "accepted": 1, "duplicate": 0, "rejected": []}
    state.save(path)
    assert PostingState.load(path, "a" * 64, 500).batches == state.batches
    assert PostingState.load(path, "b" * 64, 500).batches == {}
    assert PostingState.load(path, "a" * 64, 100).batches == {}
    assert state.series_id == PostingState.load(path, "a" * 64, 500).series_id


def test_progress_bar_shows_counts() -> None:
    out = io.StringIO()
    Progress(10, out, width=10).show(5, Summary(accepted=4, rejected=1))
    assert "[#####.....] 5/10" in out.getvalue()
    assert "принято 4" in out.getvalue()


def test_snils_files_skip_headers_and_take_the_first_column(tmp_path: Path) -> None:
    path = tmp_path / "attendees.csv"
    path.write_text("snils;name\n112-233-445 95;Иванов\n\n11223344595\n", encoding="utf-8")
    assert read_snils_file(path) == ["112-233-445 95", "11223344595"]
