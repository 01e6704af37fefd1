"""The packages' layering, as the architecture states it: data moves left to right.

parsers imports nothing of ours; rules imports only parsers' types (parsers.model); outbox
imports rules and parsers' types, never intake. Checked on the import statements of every
module (including imports inside functions).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = ("intake", "parsers", "rules", "outbox")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return {name for name in found if name.split(".")[0] in OURS}


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _offending(package: str, allowed: tuple[str, ...]) -> list[str]:
    bad = []
    for path in _modules(package):
        for name in _imports(path):
            top = name.split(".")[0]
            if top == package:
                continue
            if not any(name == a or name.startswith(a + ".") for a in allowed):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    return bad


@pytest.mark.parametrize(
    ("package", "allowed"),
    [
        ("parsers", ()),
        ("rules", ("parsers.model",)),
        ("outbox", ("rules", "parsers.model")),
    ],
)
def test_each_package_imports_only_the_layers_before_it(
    package: str, allowed: tuple[str, ...]
) -> None:
    assert _modules(package), f"no modules found under {package}/"
    assert _offending(package, allowed) == []


def test_the_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from intake.store import Store\n", encoding="utf-8")
    assert _imports(module) == {"intake.store"}
