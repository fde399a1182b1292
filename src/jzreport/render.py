"""Rendering results: JSON, JSON Lines, CSV and rich tables, written one document at a time.

Every writer takes documents as the plain dicts that `model_dump(mode="json")` gives (values are
strings, spans are dicts), so results that come back from worker processes are written as they are,
without rebuilding pydantic models. Writers stream: a document is written as soon as it arrives, and
nothing is kept once written, so memory does not grow with the corpus. A long document is written piece
by piece (`stream`), in the same shape as the whole one, so memory does not grow with the document either.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterable
from typing import IO, Any, Literal, Protocol

Items = Literal["claims", "checks"]
# One piece of a long document: its claims or checks, and (extract --explain) its skipped numbers.
Piece = tuple[list[dict[str, Any]], list[dict[str, Any]]]

SECTION_SEPARATOR = " › "
# What the CSV puts in a cell that holds several claims of a check, and several links of a claim.
LIST_SEPARATOR = ";"

VERDICT_STYLE = {"consistent": "green", "inconsistent": "bold red", "unverifiable": "yellow"}


class Writer(Protocol):
    """Something that writes documents to a text stream, one at a time.

    `stream(doc, pieces)` writes a document whose items come in pieces: `doc` holds every field with the
    items (and `skipped`) empty, and the fields after the items are read only once `pieces` is used up,
    so that the producer can still set them (an `error` met halfway). The output is the same as that of
    `document` given the whole document.
    """

    def begin(self) -> None: ...
    def document(self, doc: dict[str, Any]) -> None: ...
    def stream(self, doc: dict[str, Any], pieces: Iterable[Piece]) -> None: ...
    def end(self) -> None: ...


def _dumps(obj: object, indent: int | None = None) -> str:
    # Non-ASCII stays as is: the text is Chinese and readers want to see it.
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def _nested(value: object, depth: int) -> str:
    """`value` as `json.dumps(..., indent=2)` writes it `depth` levels down.

    Only the structure puts line breaks in that output (a line break inside a string is escaped), so
    indenting after every line break is exact.
    """
    return _dumps(value, indent=2).replace("\n", "\n" + "  " * depth)


class _JsonObject:
    """One top-level JSON object written field by field, byte for byte as `json.dumps(obj, indent=2)`."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.fields = 0
        self.items = 0

    def _key(self, key: str) -> None:
        self.out.write(("{\n  " if not self.fields else ",\n  ") + _dumps(key) + ": ")
        self.fields += 1

    def field(self, key: str, value: object) -> None:
        self._key(key)
        self.out.write(_nested(value, 1))

    def open_list(self, key: str) -> None:
        self._key(key)
        self.out.write("[")
        self.items = 0

    def item(self, value: object) -> None:
        self.out.write(("\n    " if not self.items else ",\n    ") + _nested(value, 2))
        self.items += 1

    def close_list(self) -> None:
        self.out.write("\n  ]" if self.items else "]")

    def close(self) -> None:
        self.out.write("\n}" if self.fields else "{}")


class JsonWriter:
    """One document as a JSON object, or several as `{"documents": [...]}` written incrementally."""

    def __init__(self, out: IO[str], *, several: bool, items: Items = "claims") -> None:
        self.out = out
        self.several = several
        self.items = items
        self.count = 0

    def begin(self) -> None:
        if self.several:
            self.out.write('{"documents": [\n')

    def document(self, doc: dict[str, Any]) -> None:
        if self.several and self.count:
            self.out.write(",\n")
        self.out.write(_dumps(doc, indent=2))
        if not self.several:
            self.out.write("\n")
        self.count += 1

    def stream(self, doc: dict[str, Any], pieces: Iterable[Piece]) -> None:
        if self.several and self.count:
            self.out.write(",\n")
        obj = _JsonObject(self.out)
        # The skipped numbers come with the pieces but are written after the claims (and after `error`,
        # as in the whole document): they wait in a temporary file, not in memory.
        with tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n") as spool:
            for key in list(doc):
                if key == self.items:
                    obj.open_list(key)
                    for items, skipped in pieces:
                        for item in items:
                            obj.item(item)
                        spool.writelines(_dumps(s) + "\n" for s in skipped)
                    obj.close_list()
                elif key == "skipped":
                    obj.open_list(key)
                    spool.seek(0)
                    for line in spool:
                        obj.item(json.loads(line))
                    obj.close_list()
                else:
                    obj.field(key, doc[key])
        obj.close()
        if not self.several:
            self.out.write("\n")
        self.count += 1

    def end(self) -> None:
        if self.several:
            self.out.write("\n]}\n" if self.count else "]}\n")


class JsonlWriter:
    """One line per claim (or check), each carrying the `source` it came from; failures as error lines."""

    def __init__(self, out: IO[str], items: Items) -> None:
        self.out = out
        self.items = items

    def begin(self) -> None:
        pass

    def document(self, doc: dict[str, Any]) -> None:
        if doc.get("error"):
            self.out.write(_dumps({"source": doc["source"], "error": doc["error"]}) + "\n")
            return
        for item in doc[self.items]:
            self.out.write(_dumps({"source": doc["source"], **item}) + "\n")

    def stream(self, doc: dict[str, Any], pieces: Iterable[Piece]) -> None:
        for items, _ in pieces:
            for item in items:
                self.out.write(_dumps({"source": doc["source"], **item}) + "\n")
        if doc.get("error"):  # failed halfway: the lines so far stand, and the error follows them
            self.out.write(_dumps({"source": doc["source"], "error": doc["error"]}) + "\n")

    def end(self) -> None:
        pass


# ---------------------------------------------------------------------------------------------------------
# CSV: one row per claim or check, nested fields flattened into plain cells.


def claim_columns() -> list[str]:
    """CSV header for claims, in the order of the `Claim` model's fields, nested spans split in three."""
    from .records import Claim, Span

    columns = ["source"]
    for name, field in Claim.model_fields.items():
        if field.annotation is Span:
            columns += [f"{name}_start", f"{name}_end", name]
        else:
            columns.append(name)
    return [*columns, "error"]


def check_columns() -> list[str]:
    """CSV header for checks, in the order of the `Check` model's fields, the claims used split in four."""
    from .records import Check

    columns = ["source"]
    for name in Check.model_fields:
        if name == "claims":
            columns += ["claim_ids", "claim_texts", "claim_spans", "claim_parts"]
        else:
            columns.append(name)
    return [*columns, "error"]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            # A list of strings is a section path: outermost heading first.
            return SECTION_SEPARATOR.join(value)
        if all(isinstance(v, dict) and "type" in v and "target" in v for v in value):
            return LIST_SEPARATOR.join(f"{v['type']}:{v['target']}" for v in value)
        return _dumps(value)
    if isinstance(value, dict):
        return _dumps(value)
    return str(value)


def flatten_claim(claim: dict[str, Any]) -> dict[str, str]:
    """A claim dict as CSV cells: spans split into `_start`, `_end` and text; lists joined."""
    row: dict[str, str] = {}
    for name, value in claim.items():
        if isinstance(value, dict) and value.keys() >= {"start", "end", "text"}:
            row[f"{name}_start"] = str(value["start"])
            row[f"{name}_end"] = str(value["end"])
            row[name] = value["text"]
        else:
            row[name] = _cell(value)
    return row


def flatten_check(check: dict[str, Any]) -> dict[str, str]:
    """A check dict as CSV cells: the claims it used as parallel `;`-joined lists."""
    row: dict[str, str] = {}
    for name, value in check.items():
        if name == "claims":
            row["claim_ids"] = LIST_SEPARATOR.join(c["id"] for c in value)
            row["claim_texts"] = LIST_SEPARATOR.join(c["text"] for c in value)
            row["claim_spans"] = LIST_SEPARATOR.join(f"{c['start']}-{c['end']}" for c in value)
            row["claim_parts"] = LIST_SEPARATOR.join(c.get("part", "") for c in value)
        else:
            row[name] = _cell(value)
    return row


class CsvWriter:
    """One row per claim or check with a `source` column; a failed input is one row with `error` set.

    The caller opens the stream as UTF-8 with a byte-order mark, so that Excel reads the Chinese text.
    """

    def __init__(self, out: IO[str], items: Items) -> None:
        self.items = items
        self.flatten = flatten_claim if items == "claims" else flatten_check
        columns = claim_columns() if items == "claims" else check_columns()
        # Fields a newer record might carry that the header does not know are dropped, not fatal.
        self.writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")

    def begin(self) -> None:
        self.writer.writeheader()

    def document(self, doc: dict[str, Any]) -> None:
        if doc.get("error"):
            self.writer.writerow({"source": doc["source"], "error": doc["error"]})
            return
        for item in doc[self.items]:
            self.writer.writerow({"source": doc["source"], **self.flatten(item)})

    def stream(self, doc: dict[str, Any], pieces: Iterable[Piece]) -> None:
        for items, _ in pieces:
            for item in items:
                self.writer.writerow({"source": doc["source"], **self.flatten(item)})
        if doc.get("error"):  # failed halfway: the rows so far stand, and the error follows them
            self.writer.writerow({"source": doc["source"], "error": doc["error"]})

    def end(self) -> None:
        pass


# ---------------------------------------------------------------------------------------------------------
# Tables for the terminal.


def _direction_or_role(claim: dict[str, Any]) -> str:
    return " ".join(v for v in (claim.get("direction"), claim.get("role")) if v)


# Below this many columns the claims table merges approx and direction/role into "qualifiers" and
# leaves out the section.
NARROW = 130


def claims_table(doc: dict[str, Any], width: int = 160) -> Any:
    """The table of one document's claims, fitted to `width`, leaving out columns empty for all."""
    from .grid import Column, table

    narrow = width < NARROW
    rows = []
    for c in doc["claims"]:
        row = {
            "id": c["id"],
            "text": c["text"],
            "value": c["value"],
            "unit": c["unit"],
            "kind": c["kind"],
            "subject": c.get("subject") or "",
            "approx": c.get("approx") or "",
            "direction/role": _direction_or_role(c),
            # The innermost heading only: the whole path would make every row several lines tall.
            "section": (c.get("section") or [""])[-1],
        }
        if narrow:
            row["approx"] = " ".join(v for v in (row["approx"], row.pop("direction/role")) if v)
            del row["section"]
        rows.append(row)
    # Short tokens never fold; the rest folds rather than being cut off with an ellipsis, since a table
    # that cuts a number short would misstate it.
    columns = {
        "id": Column("id", style="dim", fold=False),
        "text": Column("text", style="bold"),
        "value": Column("value", justify="right"),
        "unit": Column("unit"),
        "kind": Column("kind", fold=False),
        "subject": Column("subject"),
        "approx": Column("qualifiers" if narrow else "approx"),
        "direction/role": Column("direction/role", fold=False),
        "section": Column("section", style="dim"),
    }
    if narrow:
        del columns["direction/role"], columns["section"]
    shown = [name for name in columns if name in ("id", "text", "value") or any(row[name] for row in rows)]
    # Narrow: no vertical rules, which gives the cells back a column each.
    return table(
        doc["source"], [columns[name] for name in shown], [[row[name] for name in shown] for row in rows], width,
        ruled=not narrow,
    )


def skipped_table(doc: dict[str, Any], width: int = 160) -> Any:
    """The table of the numeric tokens seen and not reported, with the reason."""
    from .grid import Column, table

    columns = [Column("start", style="dim", justify="right", fold=False), Column("text", style="bold"),
               Column("reason")]
    rows = [[str(s["start"]), s["text"], s["reason"]] for s in doc.get("skipped", [])]
    return table(f"{doc['source']}: numbers not reported", columns, rows, width)


def checks_table(doc: dict[str, Any], width: int = 160) -> Any:
    """The table of one document's checks, verdicts coloured, a rule between checks."""
    from .grid import Cell, Column, table

    columns = [
        Column("rule", fold=False),
        Column("claims used"),
        Column("stated", justify="right"),
        Column("computed", justify="right"),
        Column("verdict", fold=False),
        Column("explanation"),
    ]
    rows: list[list[Cell]] = []
    for k in doc["checks"]:
        used = ", ".join(f"{c['part']} {c['text']}" if c.get("part") else c["text"] for c in k["claims"])
        verdict = k["verdict"]
        rows.append([k["rule"], used, k["stated"], k.get("computed") or "",
                     (verdict, VERDICT_STYLE.get(verdict, "")), k["explanation"]])
    return table(doc["source"], columns, rows, width, row_rules=True)


class TableWriter:
    """Rich tables on a console: one per document, with a line for documents that failed or are empty."""

    def __init__(self, console: Any, items: Items) -> None:
        self.console = console
        self.items = items

    def begin(self) -> None:
        pass

    def document(self, doc: dict[str, Any]) -> None:
        if doc.get("error"):
            self._failed(doc)
            return
        if not doc[self.items]:
            self._line(f"{doc['source']}: no {self.items}")
        else:
            self._tables(doc)
        if doc.get("skipped"):
            self._print(skipped_table(doc, self.console.width))

    def stream(self, doc: dict[str, Any], pieces: Iterable[Piece]) -> None:
        """One table per piece that has items, titled with the piece's number: a long document's rows
        are never all held at once, not even to size the columns."""
        shown = 0
        for n, (items, skipped) in enumerate(pieces, start=1):
            part = {"source": f"{doc['source']} (part {n})", self.items: items, "skipped": skipped}
            if items:
                self._tables(part)
                shown += 1
            if skipped:
                self._print(skipped_table(part, self.console.width))
        if not shown:
            self._line(f"{doc['source']}: no {self.items}")
        if doc.get("error"):
            self._failed(doc)

    def end(self) -> None:
        pass

    def _tables(self, doc: dict[str, Any]) -> None:
        if self.items == "claims":
            self._print(claims_table(doc, self.console.width))
        else:
            self._print(checks_table(doc, self.console.width))

    def _print(self, laid_out: Any) -> None:
        self.console.print(laid_out, soft_wrap=True)  # laid out to the width already: rich must not wrap it

    def _failed(self, doc: dict[str, Any]) -> None:
        self.console.print(f"{doc['source']}: failed: {doc['error']}", style="red", markup=False, highlight=False)

    def _line(self, text: str) -> None:
        self.console.print(text, style="dim", markup=False, highlight=False)


def write_all(writer: Writer, docs: Iterable[dict[str, Any]]) -> None:
    """Write every document of `docs` with `writer`, framing included."""
    writer.begin()
    for doc in docs:
        writer.document(doc)
    writer.end()
