"""The README and docs/: a short front door whose quick start CI runs, links that resolve, and a
command-line reference (and man page) that names everything the real parser accepts."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from aliorders_desktop import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PAGES = [README, *sorted((ROOT / "docs").glob("*.md"))]
COMMAND_LINE = ROOT / "docs" / "command-line.md"
MAN_PAGE = ROOT / "packaging" / "linux" / "aliorders.1"
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def anchors(page: Path) -> set[str]:
    """The fragment of each heading as GitHub makes it: lower case, punctuation dropped, spaces to
    hyphens, a repeat numbered."""
    seen: dict[str, int] = {}
    found = set()
    in_code = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_code = not in_code
        if in_code or not (heading := re.match(r"#{1,6} (.+)", line)):
            continue
        slug = re.sub(r"[^\w\- ]", "", heading[1].strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def relative_links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [target for target in LINK.findall(text) if not re.match(r"[a-z]+:", target)]


def resolves(page: Path, target: str) -> bool:
    """Whether a relative link's file exists and, in a Markdown page, so does its heading."""
    path, _, fragment = target.partition("#")
    linked = (page.parent / path).resolve() if path else page
    if not linked.exists():
        return False
    return not fragment or linked.suffix != ".md" or fragment in anchors(linked)


def test_the_readme_is_a_front_door_of_about_150_lines():
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 150


def test_ci_runs_the_test_command_the_readme_gives():
    quick_start = README.read_text(encoding="utf-8").split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```\n(.+?)\n```", quick_start)
    assert commands == ["python3 dev.py start", "python3 dev.py test"]
    assert "python3 dev.py test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_relative_link_and_anchor_resolves(page: Path):
    links = relative_links(page)
    broken = [target for target in links if not resolves(page, target)]
    assert not broken, f"{page.name} links to what does not exist: {broken}"


def test_the_link_check_finds_a_broken_link_and_anchor(tmp_path: Path):
    page = tmp_path / "page.md"
    page.write_text("# A `title`: here\n\n[ok](#a-title-here) [gone](nowhere.md) [bad](#elsewhere)\n")
    assert anchors(page) == {"a-title-here"}
    links = relative_links(page)
    assert links == ["#a-title-here", "nowhere.md", "#elsewhere"]
    assert [resolves(page, target) for target in links] == [True, False, False]


def parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    """The top-level parser and every (sub)command's, with the command words that reach it."""
    found, pending = [], [("", cli.build_parser())]
    while pending:
        words, parser = pending.pop()
        found.append((words, parser))
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                pending += [(f"{words} {name}".strip(), sub) for name, sub in action.choices.items()]
    return found


def test_the_command_line_reference_names_every_command_and_option():
    text = COMMAND_LINE.read_text(encoding="utf-8")
    missing = []
    for words, parser in parsers():
        if words and f"`{words}" not in text and f"aliorders {words}" not in text:
            missing.append(words)
        for action in parser._actions:
            missing += [f"{words} {option}" for option in action.option_strings if f"`{option}" not in text]
    assert len(parsers()) >= 8 and not missing, missing


@pytest.mark.parametrize("document", [COMMAND_LINE, MAN_PAGE], ids=lambda path: path.name)
def test_every_exit_code_is_documented(document: Path):
    text = document.read_text(encoding="utf-8")
    for code in cli.Exit:
        if document.suffix == ".md":
            assert re.search(rf"^\| {code.value} \|", text, flags=re.MULTILINE), code
        else:
            assert re.search(rf"\b{code.value} [A-Za-z]", text.split(".SH EXIT STATUS")[1]), code


def test_the_man_page_names_every_command():
    text = MAN_PAGE.read_text(encoding="utf-8").replace("\\-", "-")
    for words, _ in parsers():
        assert f".B {words}" in text or not words, words
