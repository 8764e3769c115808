"""The accessibility and HTML checkers the browser tests run on pages."""

import json
import subprocess
import tempfile
from pathlib import Path

from tests.browser.conftest import AXE, VNU

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page) -> list[str]:
    """axe-core's WCAG 2.2 AA violations on the page as it stands, one line each."""
    # Evaluated, not added as a <script>: the site's Content-Security-Policy refuses
    # inline scripts, as it should.
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{violation['id']}: {violation['help']} at "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        for violation in result["violations"]
    ]


def html_errors(documents: dict[str, str]) -> dict[str, list[str]]:
    """The Nu HTML checker's errors for each named document, in one run of the checker."""
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for index, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"page{index}.html"
            path.write_text(html, encoding="utf-8")
            names[path.name] = name
        run = subprocess.run(
            ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *names],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=300,
        )
    errors: dict[str, list[str]] = {}
    for message in json.loads(run.stderr or run.stdout)["messages"]:
        url = message.get("url", "")
        name = names.get(url.rsplit("/", 1)[-1], url)
        errors.setdefault(name, []).append(
            f"line {message.get('lastLine')}: {message['message']} "
            f"[{message.get('extract', '').strip()[:80]}]"
        )
    return errors
