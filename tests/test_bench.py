"""The pure parts of `make bench`: reading wrk, writing its paths, the tables. The benchmark
itself needs PostgreSQL, Redis and wrk and is never part of the test suite."""

import pytest

from bench import report, run, stats, weight, wrk

WRK_OUTPUT = """\
Running 10s test @ http://127.0.0.1:8123/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    48.20ms   12.10ms 310.55ms   81.00%
    Req/Sec   166.40     20.30   210.00     70.00%
  Latency Distribution
     50%   46.80ms
     75%   52.10ms
     90%   60.00ms
     99%     1.20s
  3321 requests in 10.01s, 52.42MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 4
Requests/sec:    331.77
Transfer/sec:      5.24MB
"""

CLEAN_OUTPUT = """\
Running 1s test @ http://127.0.0.1:8123/
  2 threads and 16 connections
  Latency Distribution
     50%  812.00us
     75%    1.01ms
     90%    1.30ms
     99%    2.50ms
  35012 requests in 1.00s, 6.01MB read
Requests/sec:  35001.20
Transfer/sec:    600.50KB
"""


def test_it_reads_requests_per_second_and_latency_percentiles_from_wrk():
    result = wrk.parse_output(WRK_OUTPUT)

    assert result.requests == 3321
    assert result.requests_per_second == pytest.approx(331.77)
    assert result.p50_ms == pytest.approx(46.8)
    assert result.p99_ms == pytest.approx(1200.0)
    assert result.bytes_per_second == pytest.approx(5.24 * 1024**2)


def test_it_counts_failed_responses_and_socket_errors_as_errors():
    assert wrk.parse_output(WRK_OUTPUT).errors == 4 + 2 + 3
    assert wrk.parse_output(CLEAN_OUTPUT).errors == 0


def test_it_reads_microseconds_as_fractions_of_a_millisecond():
    result = wrk.parse_output(CLEAN_OUTPUT)

    assert result.p50_ms == pytest.approx(0.812)
    assert result.bytes_per_second == pytest.approx(600.5 * 1024)


def test_it_refuses_wrk_output_without_a_latency_distribution():
    without_latency = WRK_OUTPUT.replace("     50%   46.80ms\n", "")

    with pytest.raises(ValueError, match="50%"):
        wrk.parse_output(without_latency)


def test_it_writes_one_path_a_line_for_the_lua_script(tmp_path):
    paths = ["/", "/questions/7/a-rash/", "/search/?q=eyelid+twitching"]

    written = wrk.write_path_file(paths, tmp_path / "paths.txt")

    assert written.read_text().splitlines() == paths


@pytest.mark.parametrize("path", ["questions/7/", "/a\nGET /b", "http://example.org/"])
def test_it_refuses_a_path_the_lua_script_would_misread(tmp_path, path):
    with pytest.raises(ValueError):
        wrk.write_path_file([path], tmp_path / "paths.txt")


def test_it_refuses_an_empty_path_list(tmp_path):
    with pytest.raises(ValueError):
        wrk.write_path_file([], tmp_path / "paths.txt")


def test_the_wrk_command_passes_headers_and_the_path_file(tmp_path):
    path_file = tmp_path / "paths.txt"

    command = wrk.command("http://127.0.0.1:9/", path_file, 10, {"Cookie": "sessionid=x"})

    assert command[:5] == ["wrk", "-t2", "-c16", "-d10s", "--latency"]
    assert command[5:7] == ["-s", str(wrk.LUA_SCRIPT)]
    assert command[7:9] == ["-H", "Cookie: sessionid=x"]
    assert command[-3:] == ["http://127.0.0.1:9/", "--", str(path_file)]


def test_it_finds_the_stylesheets_and_scripts_a_page_loads():
    html = """<html><head>
      <link rel="stylesheet" href="/static/css/site.1a2b.css">
      <link rel="icon" href="/favicon.ico">
      <script src="/static/js/share.3c4d.js" defer></script>
      <script>inline()</script>
      <link rel="preload stylesheet" href="/static/css/site.1a2b.css">
    </head></html>"""

    assert weight.asset_urls(html) == ["/static/css/site.1a2b.css", "/static/js/share.3c4d.js"]


def test_percentiles_interpolate_between_samples():
    assert stats.percentile([1, 2, 3, 4], 50) == pytest.approx(2.5)
    assert stats.percentile([5], 95) == 5
    assert stats.percentile([], 50) is None


def _result(question_rps: float, healthz_rps: float = 1000.0) -> dict:
    rows = [
        {"page": "question", "who": "anonymous", "requests_per_second": question_rps,
         "p50_ms": 10.0, "p99_ms": 30.0, "ratio": question_rps / healthz_rps, "errors": 0},
        {"page": "search", "who": "-", "available": False},
    ]  # fmt: skip
    return {
        "load": [{"round": 1, "healthz_requests_per_second": healthz_rps, "rows": rows}],
        "in_process": [],
        "memory": {"master_kb": 20480, "workers_kb": [65536, 65536]},
        "weight": {"html": {"bytes": 2000}, "total_bytes": 6000},
    }


def test_the_load_table_shows_a_missing_page_as_not_available():
    table = report.load_table(_result(250.0)["load"][0])

    assert "question  anonymous  250.0" in table
    assert "search" in table.splitlines()[-1]
    assert "n/a" in table.splitlines()[-1]


def test_a_comparison_divides_each_new_figure_by_the_old_one():
    table = report.comparison(_result(300.0), _result(200.0))

    row = next(line for line in table.splitlines() if line.startswith("question"))
    assert row.split()[2:] == ["1.500", "1.000", "1.000", "1.500"]


def test_options_default_to_their_bench_variables(monkeypatch):
    monkeypatch.setenv("BENCH_QUESTIONS", "5000")
    monkeypatch.setenv("BENCH_SECONDS", "3")
    monkeypatch.setenv("BENCH_DATABASE_URL", "postgres://bench@db.example:5433/")
    monkeypatch.delenv("BENCH_ROUNDS", raising=False)

    args = run.parse_args([])

    assert (args.questions, args.seconds, args.rounds) == (5000, 3, 1)
    assert args.database_url == "postgres://bench@db.example:5433"


def test_it_refuses_to_compare_with_a_missing_file(tmp_path):
    with pytest.raises(SystemExit):
        run.parse_args(["--compare", str(tmp_path / "missing.json")])


def test_the_report_names_the_slowest_markdown_input():
    text = report.markdown_text(
        {"inputs_ms": {"brackets": 20.5, "quotes": 8.0}, "worst": "brackets", "worst_ms": 20.5}
    )

    assert text == (
        "Markdown: the slowest of 2 pathological inputs of about 100 KB (brackets) renders in "
        "20.5 ms"
    )


def test_the_writers_read_a_forms_hidden_fields():
    from bench.writes import _HiddenFields

    parser = _HiddenFields()
    parser.feed(
        '<form><input type="hidden" name="csrfmiddlewaretoken" value="abc">'
        '<input type="text" name="title" value="no">'
        '<input type="hidden" name="shown_topics" id="x"></form>'
    )

    assert parser.fields == {"csrfmiddlewaretoken": "abc", "shown_topics": ""}


@pytest.mark.parametrize(("found", "kept"), [((3, 3, 2, 2), True), ((3, 3, 1, 1), False)])
def test_the_writes_summary_says_whether_every_write_was_kept(found, kept):
    from bench.writes import summary

    questions, distinct_questions, replies, distinct_replies = found
    result = {
        "seconds": 60,
        "questions": 100_000,
        "reader_connections": 64,
        "readers": {"requests_per_second": 900.0, "p50_ms": 50.0, "p99_ms": 90.0, "errors": 0},
        "writers": [
            {
                "name": "patient asks",
                "sent": 3,
                "failed": 0,
                "failures": [],
                "p50_ms": 80.0,
                "p99_ms": 120.0,
            },
            {
                "name": "doctor answers",
                "sent": 2,
                "failed": 0,
                "failures": [],
                "p50_ms": 90.0,
                "p99_ms": 130.0,
            },
        ],
        "found": {
            "questions": questions,
            "distinct_questions": distinct_questions,
            "replies": replies,
            "distinct_replies": distinct_replies,
        },
    }

    text = summary(result)

    assert ("Every write was kept, once." in text) is kept
    assert ("WRITES WERE LOST OR DOUBLED." in text) is not kept
