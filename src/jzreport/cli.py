"""The command line: `jzreport extract`, `check`, `schema` and `text`.

Only typer and the standard library are imported at the top: pydantic, the extraction pipeline and
rich are imported inside the commands, so that `jzreport --help` starts fast.

Documents are processed one by one, in-process or in a pool of worker processes (`--jobs`); a worker
gets plain strings (a path, an encoding name) and returns a plain JSON-able dict, and the results are
written in input order as soon as each is ready.

A document longer than `PIECE_CHARS` characters is not held as one result: it is extracted (and checked)
in pieces cut at line breaks (`pipeline.iter_extract`), and each piece's records are written as soon as
they are made, so memory holds the text and one piece, however long the document. That runs in the main
process, at the document's turn in the input order: a worker that reads such a document hands it back
unprocessed (`{"long": True}`) and the main process reads it again (reading is a small part of the cost),
while the pool works ahead on the documents after it, up to the window. So the output order is the input
order whatever `--jobs`, and no process ever holds a long document's records whole.
"""

from __future__ import annotations

import gc
import glob
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

if TYPE_CHECKING:
    from concurrent.futures import Executor


class ExitCode(IntEnum):
    """What `jzreport` returns. When several apply, the highest wins."""

    OK = 0
    INCONSISTENT = 1
    USAGE = 2
    INPUT = 3
    INTERNAL = 4


EXIT_CODE_MEANINGS: dict[ExitCode, str] = {
    ExitCode.OK: "success (with check: no check as bad as --fail-on, whose default is never)",
    ExitCode.INCONSISTENT: "check --fail-on inconsistent|unverifiable found such a check",
    ExitCode.USAGE: "usage error: unknown option, bad value or conflicting flags",
    ExitCode.INPUT: "an input could not be read; the other inputs are still processed and printed",
    ExitCode.INTERNAL: "a bug: extraction or a check raised; rerun with --debug and report it",
}

# "\b" keeps click from re-wrapping the lines of the table.
EXIT_CODES_EPILOG = "Exit codes (the highest that applies):\n\n\b\n" + "\n".join(
    f"{int(code)}  {meaning}" for code, meaning in EXIT_CODE_MEANINGS.items()
)

# What a folder contributes: files with these suffixes (any case); hidden files and folders are skipped.
REPORT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".shtml", ".xhtml", ".docx", ".pdf")
# Longer documents are processed and written in pieces of about this many characters (see above). The
# same as pipeline.CHUNK_CHARS, repeated here so that the CLI does not import the pipeline to start.
PIECE_CHARS = 200_000
REACH_BACK = 300  # claims of the piece before that a long document's checks look back on
GLOB_CHARACTERS = frozenset("*?[")
STDIN = "-"


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class InputFormat(StrEnum):
    txt = "txt"
    html = "html"
    docx = "docx"
    pdf = "pdf"


class Verdict(StrEnum):
    consistent = "consistent"
    inconsistent = "inconsistent"
    unverifiable = "unverifiable"


class FailOn(StrEnum):
    inconsistent = "inconsistent"
    unverifiable = "unverifiable"
    never = "never"


class SchemaName(StrEnum):
    claim = "claim"
    check = "check"
    all = "all"


app = typer.Typer(
    name="jzreport",
    help="Every numeric claim of a Chinese report as validated records, and whether the figures add up.",
    epilog=EXIT_CODES_EPILOG,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: rich would be imported (and take most of the start-up) just to print --help.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# ---------------------------------------------------------------------------------------------------------
# Options shared by the commands: declared once so that every command spells and documents them alike.

FilesArg = Annotated[
    list[str],
    typer.Argument(
        metavar="FILE",
        help="Report files, folders or quoted glob patterns ('reports/**/*.txt'); - reads stdin.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        show_default=False,
        help="Output format. Default: table on a terminal, json otherwise "
        "(with -o: from its extension, .csv .jsonl .json, else json).",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="OUT", help="Write the data to OUT instead of stdout."),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding", "-e", metavar="ENC", help="Decode text input with ENC instead of detecting it."
    ),
]
FromOpt = Annotated[
    InputFormat | None,
    typer.Option("--from", case_sensitive=False, help="Read input as this format instead of guessing it."),
]
RecursiveOpt = Annotated[
    bool, typer.Option("--recursive", "-r", help="Also take report files in the subfolders of a folder.")
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        show_default=False,
        help="Worker processes for several documents. Default: the CPU count.",
    ),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the traceback behind an error.")]


# ---------------------------------------------------------------------------------------------------------
# The work on one document, in a worker process or in this one.


class Task(NamedTuple):
    """One document to process: plain strings only, so that it pickles cheaply to a worker."""

    command: str  # "extract" or "check"
    source: str
    encoding: str | None = None
    fmt: str | None = None
    explain: bool = False
    only: str | None = None
    error: str | None = None  # set when the input failed before reading (a glob that matched nothing)
    piece_chars: int = PIECE_CHARS  # longer documents are streamed in pieces of this size


def _cause(source: str, message: str) -> str:
    """The cause alone: reading's messages may or may not start with the file name."""
    message = message.strip().splitlines()[0] if message.strip() else "unknown error"
    for prefix in (f"{source}: ", "<stdin>: "):
        if message.startswith(prefix):
            return message[len(prefix) :]
    return message


def _input_cause(source: str, error: Exception) -> str:
    """The cause of an `InputError`: its `reason` when reading gives one, else its message less the file."""
    reason = getattr(error, "reason", None)
    return _cause(source, reason if isinstance(reason, str) and reason else str(error))


def _failure(task: Task, cause: str, code: ExitCode, trace: str | None = None) -> dict[str, Any]:
    from .records import DocumentChecks, DocumentClaims, document_json

    model = DocumentClaims if task.command == "extract" else DocumentChecks
    doc = document_json(model, source=task.source, error=cause)
    return {"doc": doc, "items": 0, "chars": 0, "verdicts": {}, "code": int(code), "traceback": trace}


def _skip_dict(skip: Any) -> dict[str, Any]:
    """A skipped token as JSON, whatever record type the extractor gives it."""
    return {"start": skip.start, "end": skip.end, "text": skip.text, "reason": skip.reason}


def run_task(task: Task, *, stream: bool = False) -> dict[str, Any]:
    """Read, extract (and check) one document; never raises: failures come back as a dict with `error`.

    A document longer than `task.piece_chars`: with `stream`, its records come lazily, piece by piece
    (see `_streamed`); without (in a worker), it comes back unprocessed as `{"long": True}`.
    """
    import traceback

    if task.error:
        return _failure(task, task.error, ExitCode.INPUT)
    try:
        from .reading import InputError, read_source

        try:
            document = read_source(task.source, task.encoding, task.fmt)
        except InputError as e:
            return _failure(task, _input_cause(task.source, e), ExitCode.INPUT, traceback.format_exc())
        except OSError as e:
            return _failure(task, e.strerror or str(e), ExitCode.INPUT, traceback.format_exc())
        text = document.text
        meta = {"source": document.source, "encoding": document.encoding, "format": document.format}
        if len(text) > task.piece_chars:
            return _streamed(task, text, meta) if stream else {"long": True}
        if task.command == "extract":
            from .records import DocumentClaims, document_json

            skipped = None
            if task.explain:
                from .pipeline import extract_with_skips

                claims, skips = extract_with_skips(text)
                skipped = [_skip_dict(s) for s in skips]
            else:
                from .pipeline import extract_claims

                claims = extract_claims(text)
            doc = document_json(DocumentClaims, **meta, chars=len(text), claims=claims)
            if skipped is not None:
                doc["skipped"] = skipped
            return {"doc": doc, "items": len(claims), "chars": len(text), "verdicts": {}, "code": 0}

        from .checks import run_checks
        from .pipeline import extract_claims
        from .records import DocumentChecks, document_json

        checks = run_checks(extract_claims(text), text)
        verdicts = Counter(k.verdict for k in checks)
        shown = [k for k in checks if task.only is None or k.verdict == task.only]
        doc = document_json(DocumentChecks, **meta, checks=shown)
        return {"doc": doc, "items": len(checks), "chars": len(text), "verdicts": dict(verdicts), "code": 0}
    except Exception as e:  # a bug: keep the other documents going, say what broke
        cause = f"internal error: {type(e).__name__}: {e}"
        return _failure(task, _cause(task.source, cause), ExitCode.INTERNAL, traceback.format_exc())


def _streamed(task: Task, text: str, meta: dict[str, Any]) -> dict[str, Any]:
    """The result of a long document, made as it is written: `pieces` yields each piece's records.

    The document's fields come first with its items empty; `items`, `verdicts`, `code` and the document's
    `error` (a failure halfway) are filled in as the pieces are used, so read them only afterwards.
    """
    from .records import DocumentChecks, DocumentClaims, document_json

    if task.command == "extract":
        doc = document_json(DocumentClaims, **meta, chars=len(text))
        if task.explain:
            doc["skipped"] = []
    else:
        doc = document_json(DocumentChecks, **meta)
    result: dict[str, Any] = {"doc": doc, "items": 0, "chars": len(text), "verdicts": Counter(), "code": 0}
    result["pieces"] = _pieces(task, text, result)
    return result


def _pieces(task: Task, text: str, result: dict[str, Any]) -> Iterator[tuple[list[Any], list[Any]]]:
    """Each piece of `text` as (records, skipped numbers) in JSON form, counted into `result` as it goes."""
    import traceback

    try:
        from .pipeline import iter_extract
        from .records import as_json

        if task.command == "check":
            from .checks import run_checks
        before: list[Any] = []  # the claims of the piece before, for relations that reach back into it
        for claims, skips in iter_extract(text, chunk_chars=task.piece_chars):
            if task.command == "extract":
                result["items"] += len(claims)
                skipped = [_skip_dict(s) for s in skips] if task.explain else []
                yield [as_json(c) for c in claims], skipped
                continue
            # Checks piece by piece: the figures of one relation stand close together, at most the last
            # REACH_BACK claims of the piece before away (a share of a whole named just before the cut). Each
            # check is written with the piece of its last figure. The whole text goes with them, since their
            # offsets count from its start.
            start = claims[0].start if claims else len(text)
            checks = [k for k in run_checks(before + claims, text) if max(c.start for c in k.claims) >= start]
            before = claims[-REACH_BACK:]
            result["items"] += len(checks)
            result["verdicts"].update(k.verdict for k in checks)
            yield [as_json(k) for k in checks if task.only is None or k.verdict == task.only], []
    except Exception as e:  # a bug halfway: what was written stands, and the document says what broke
        result["doc"]["error"] = _cause(task.source, f"internal error: {type(e).__name__}: {e}")
        result["code"] = int(ExitCode.INTERNAL)
        result["traceback"] = traceback.format_exc()


def _ignore_interrupts() -> None:
    # Ctrl-C is handled by the parent, which stops the pool; workers would only print tracebacks.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _load(command: str) -> None:
    """Import what `command` runs, then hide the objects made so far from the cycle collector and resume it.

    Start-up makes a few hundred thousand objects that live as long as the process (pydantic schemas,
    compiled patterns, lexicon tables); `main` pauses the collector, which would only scan them again and
    again (some 5 % of a one-document run), and `gc.freeze` keeps them out of all later collections. The
    worker processes, forked after this, start with the modules loaded.
    """
    from . import pipeline, reading, records, render  # noqa: F401

    if command == "check":
        from . import checks  # noqa: F401
    gc.freeze()
    gc.enable()


def _start_pool(jobs: int, n_tasks: int) -> Executor | None:
    """A pool of `jobs` worker processes, already started; None when one process will do."""
    if jobs <= 1 or n_tasks <= 1:
        return None
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=min(jobs, n_tasks), initializer=_ignore_interrupts)
    # The first task starts the workers. Do it now, before the progress bar starts its thread:
    # forking a process that runs other threads can leave the child holding their locks.
    pool.submit(os.getpid).result()
    return pool


def _results(tasks: Sequence[Task], pool: Executor | None, window: int) -> Iterator[dict[str, Any]]:
    """The result of every task, in task order, computed in `pool` (or here when it is None).

    At most `window` tasks are in flight: that keeps the order and the memory, since a slow document
    holds back only the window behind it, not the whole corpus. A long document is streamed here at its
    turn (a worker hands it back), while the pool goes on with the window after it.
    """
    if pool is None:
        for task in tasks:
            yield run_task(task, stream=True)
        return

    from concurrent.futures import Future

    def settle(task: Task, future: Future[dict[str, Any]] | None) -> dict[str, Any]:
        if future is not None:
            result = future.result()
            if not result.get("long"):
                return result
        return run_task(task, stream=True)

    pending: deque[tuple[Task, Future[dict[str, Any]] | None]] = deque()
    for task in tasks:
        # stdin belongs to this process: read it here, at its turn.
        pending.append((task, None if task.source == STDIN else pool.submit(run_task, task)))
        if len(pending) >= window:
            yield settle(*pending.popleft())
    while pending:
        yield settle(*pending.popleft())


# ---------------------------------------------------------------------------------------------------------
# Inputs and outputs.


def _is_report_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in REPORT_SUFFIXES and not path.name.startswith(".")


def _folder_files(folder: Path, recursive: bool) -> list[Path]:
    if not recursive:
        return sorted(p for p in folder.iterdir() if _is_report_file(p))
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [p for name in files if _is_report_file(p := Path(root, name))]
    return sorted(found)


def expand_inputs(args: Sequence[str], recursive: bool) -> tuple[list[tuple[str, str | None]], bool]:
    """Each input as (source, error or None), and whether the output is several documents.

    A folder gives its report files, a glob the files it matches; either one means several documents,
    even when it yields one, so that the shape of the output does not depend on what a folder holds.
    """
    several = len(args) > 1
    sources: list[tuple[str, str | None]] = []
    for arg in args:
        path = Path(arg)
        if arg == STDIN:
            sources.append((arg, None))
        elif path.is_dir():
            several = True
            files = _folder_files(path, recursive)
            if not files:
                hint = "" if recursive else " (--recursive looks in subfolders)"
                sources.append((arg, f"no report files ({' '.join(REPORT_SUFFIXES)}) in this folder{hint}"))
            sources += [(str(f), None) for f in files]
        elif not path.exists() and GLOB_CHARACTERS & set(arg):
            several = True
            matches = sorted(m for m in glob.glob(arg, recursive=True) if os.path.isfile(m))
            if not matches:
                sources.append((arg, "no file matches this pattern"))
            sources += [(m, None) for m in matches]
        else:
            sources.append((arg, None))  # reading says what is wrong with it, if anything
    return sources, several


def _resolve_format(fmt: OutputFormat | None, output: Path | None) -> OutputFormat:
    if fmt is not None:
        return fmt
    if output is not None:
        by_suffix = {".csv": OutputFormat.csv, ".jsonl": OutputFormat.jsonl, ".ndjson": OutputFormat.jsonl}
        return by_suffix.get(output.suffix.lower(), OutputFormat.json)
    return OutputFormat.table if _isatty(sys.stdout) else OutputFormat.json


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class _Utf8Text:
    """A text stream over a binary one that always writes UTF-8, whatever the locale says."""

    def __init__(self, binary: IO[bytes]) -> None:
        self.binary = binary

    def write(self, text: str) -> int:
        self.binary.write(text.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        self.binary.flush()


class _Output:
    """Where the data goes, opened on first use so that a failed single input leaves no empty file."""

    def __init__(self, path: Path | None, fmt: OutputFormat) -> None:
        self.path = path
        self.fmt = fmt
        self.file: IO[bytes] | None = None
        self.stream: Any = None

    def open(self) -> Any:
        if self.stream is not None:
            return self.stream
        if self.fmt is OutputFormat.table:
            from rich.console import Console

            # Off a terminal rich would assume 80 columns; a wider page keeps a claim's row on one line.
            width = None if _isatty(sys.stdout) or "COLUMNS" in os.environ else 160
            self.stream = Console(highlight=False, width=width)
            return self.stream
        if self.path is not None:
            self.file = self.path.open("wb")
            self.stream = _Utf8Text(self.file)
        else:
            sys.stdout.flush()
            buffer: IO[bytes] | None = getattr(sys.stdout, "buffer", None)
            self.stream = _Utf8Text(buffer) if buffer is not None else sys.stdout
        if self.fmt is OutputFormat.csv:
            self.stream.write("\ufeff")  # Excel reads UTF-8 only when the file starts with a BOM
        return self.stream

    def close(self) -> None:
        if self.stream is not None and self.fmt is not OutputFormat.table:
            self.stream.flush()
        if self.file is not None:
            self.file.close()


def _writer(fmt: OutputFormat, stream: Any, items: str, several: bool) -> Any:
    from . import render

    if fmt is OutputFormat.table:
        return render.TableWriter(stream, items)  # type: ignore[arg-type]
    if fmt is OutputFormat.json:
        return render.JsonWriter(stream, several=several, items=items)  # type: ignore[arg-type]
    if fmt is OutputFormat.jsonl:
        return render.JsonlWriter(stream, items)  # type: ignore[arg-type]
    return render.CsvWriter(stream, items)  # type: ignore[arg-type]


class _Messages:
    """Messages to stderr: errors as they happen and a summary; through the progress bar when one shows."""

    def __init__(self) -> None:
        self.progress: Any = None

    def line(self, text: str, style: str = "") -> None:
        if self.progress is not None:
            from rich.text import Text

            self.progress.console.print(Text(text, style=style))
        else:
            sys.stdout.flush()  # keep the order readable when both go to the same terminal
            sys.stderr.write(text + "\n")
            sys.stderr.flush()

    def error(self, source: str, cause: str, trace: str | None = None) -> None:
        if trace:
            self.line(trace.rstrip())
        self.line(f"Error: {'<stdin>' if source == STDIN else source}: {cause}", style="red")


def _usage_error(sentence: str) -> typer.Exit:
    sys.stderr.write(f"Error: {sentence}\n")
    return typer.Exit(ExitCode.USAGE)


def _check_common(
    files: Sequence[str], fmt: OutputFormat | None, output: Path | None, encoding: str | None, from_: Any
) -> None:
    """Refuse conflicting or bad flags up front, before any work, with one sentence each."""
    import codecs

    if fmt is OutputFormat.table and output is not None:
        raise _usage_error("--format table is for the terminal; use json, jsonl or csv with --output.")
    if sum(f == STDIN for f in files) > 1:
        raise _usage_error("stdin (-) can be read only once.")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise _usage_error(f"unknown encoding {encoding!r}.") from None
        if from_ in (InputFormat.docx, InputFormat.pdf):
            raise _usage_error(f"--encoding applies to text and HTML input, not to --from {from_.value}.")
    if output is not None:
        if output.is_dir():
            raise _usage_error(f"--output {output} is a folder; give a file name.")
        if not output.parent.is_dir():
            raise _usage_error(f"--output {output}: the folder {output.parent} does not exist.")


def _default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _run(
    command: str,
    files: Sequence[str],
    *,
    fmt: OutputFormat,
    output: Path | None,
    encoding: str | None,
    from_: InputFormat | None,
    recursive: bool,
    jobs: int | None,
    debug: bool,
    explain: bool = False,
    only: Verdict | None = None,
    fail_on: FailOn = FailOn.never,
) -> ExitCode:
    """Process every input of `files`, write the results, and say how it went."""
    started = time.perf_counter()
    sources, several = expand_inputs(files, recursive)
    tasks = [
        Task(
            command,
            source,
            encoding,
            from_.value if from_ else None,
            explain,
            only.value if only else None,
            error,
            piece_chars=PIECE_CHARS,
        )
        for source, error in sources
    ]
    items = "claims" if command == "extract" else "checks"
    messages = _Messages()
    out = _Output(output, fmt)
    writer = None
    codes: set[int] = {0}
    verdicts: Counter[str] = Counter()
    n_items = n_failed = n_chars = 0

    # A bar only when the data does not share the terminal with it.
    show_progress = several and len(tasks) > 1 and _isatty(sys.stderr) and (output or not _isatty(sys.stdout))
    jobs = jobs or _default_jobs()
    _load(command)
    pool = _start_pool(jobs, len(tasks))
    progress = bar = None
    try:
        if show_progress:
            progress, bar = _start_progress(len(tasks), items)
            messages.progress = progress
        for result in _results(tasks, pool, window=4 * jobs):
            doc = result["doc"]
            pieces = result.get("pieces")
            if pieces is None and doc.get("error") and not several:
                # one input, failed before any record: no data at all rather than an empty record
                n_failed += 1
                codes.add(result["code"])
                messages.error(doc["source"], doc["error"], result.get("traceback") if debug else None)
                break
            if writer is None:
                writer = _writer(fmt, out.open(), items, several)
                writer.begin()
            if pieces is None:
                writer.document(doc)
            elif progress is None:
                writer.stream(doc, pieces)
            else:
                # The claim count moves on piece by piece; the document counts as done at its end.
                step = lambda r=result, n=n_items: progress.update(bar, found=n + r["items"])  # noqa: E731
                writer.stream(doc, _counting(pieces, step))
            # Read only now: a streamed document counts its records, and may fail, while it is written.
            codes.add(result["code"])
            if doc.get("error"):
                n_failed += 1
                messages.error(doc["source"], doc["error"], result.get("traceback") if debug else None)
            n_items += result["items"]
            n_chars += result["chars"]
            verdicts.update(result["verdicts"])
            if progress is not None:
                elapsed = max(time.perf_counter() - started, 1e-9)
                rate = f"{n_chars / elapsed / 1e6:.2f} M chars/s"
                progress.update(bar, advance=1, found=n_items, rate=rate)
        if writer is not None:
            writer.end()
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other Unix tools do.
        _silence_stdout()
        return ExitCode.OK
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        raise typer.Exit(130) from None
    finally:
        if progress is not None:
            progress.stop()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        out.close()

    if len(tasks) > 1:
        seconds = time.perf_counter() - started
        messages.progress = None
        if command == "extract":
            found = _count(n_items, "claim")
        else:
            by_verdict = ", ".join(f"{verdicts[v.value]} {v.value}" for v in Verdict)
            found = f"{_count(n_items, 'check')} ({by_verdict})"
        messages.line(f"{len(tasks)} documents, {found}, {n_failed} failed, {seconds:.2f} s")

    if fail_on is FailOn.inconsistent and verdicts["inconsistent"]:
        codes.add(ExitCode.INCONSISTENT)
    if fail_on is FailOn.unverifiable and (verdicts["inconsistent"] or verdicts["unverifiable"]):
        codes.add(ExitCode.INCONSISTENT)
    return ExitCode(max(codes))


def _counting(pieces: Iterator[Any], after_each: Callable[[], object]) -> Iterator[Any]:
    """`pieces`, calling `after_each` once each has been written (to move the progress bar on)."""
    for piece in pieces:
        yield piece
        after_each()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _start_progress(total: int, items: str) -> tuple[Any, Any]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(f"documents · {{task.fields[found]}} {items} · {{task.fields[rate]}}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    bar = progress.add_task("documents", total=total, found=0, rate="")
    progress.start()
    return progress, bar


def _finish(code: ExitCode) -> None:
    if code is not ExitCode.OK:
        raise typer.Exit(code)


# ---------------------------------------------------------------------------------------------------------
# Commands.


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"jzreport {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Every numeric claim of a Chinese report as validated records, and whether the figures add up."""


@app.command(epilog=EXIT_CODES_EPILOG)
def extract(
    files: FilesArg,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    encoding: EncodingOpt = None,
    from_: FromOpt = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain", help="Also list the numbers seen but not reported, with the reason (json, table)."
        ),
    ] = False,
    recursive: RecursiveOpt = False,
    jobs: JobsOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Extract every numeric claim of each FILE.

    One input gives one JSON object {"source", "encoding", "format", "chars", "claims"}; several inputs
    (or a folder, or a glob) give {"documents": [...]}. JSONL gives one claim per line, CSV one row per
    claim, both with a source field.
    """
    _check_common(files, fmt, output, encoding, from_)
    resolved = _resolve_format(fmt, output)
    if explain and resolved in (OutputFormat.jsonl, OutputFormat.csv):
        raise _usage_error("--explain adds a list beside the claims; use --format json or table with it.")
    _finish(
        _run(
            "extract",
            files,
            fmt=resolved,
            output=output,
            encoding=encoding,
            from_=from_,
            recursive=recursive,
            jobs=jobs,
            debug=debug,
            explain=explain,
        )
    )


@app.command(epilog=EXIT_CODES_EPILOG)
def check(
    files: FilesArg,
    fmt: FormatOpt = None,
    only: Annotated[
        Verdict | None,
        typer.Option("--only", case_sensitive=False, help="Show only the checks with this verdict."),
    ] = None,
    fail_on: Annotated[
        FailOn,
        typer.Option(
            "--fail-on",
            case_sensitive=False,
            help="Exit 1 when a check is inconsistent (or, with unverifiable, inconsistent or unverifiable). "
            "Counts every check, whatever --only shows.",
        ),
    ] = FailOn.never,
    output: OutputOpt = None,
    encoding: EncodingOpt = None,
    from_: FromOpt = None,
    recursive: RecursiveOpt = False,
    jobs: JobsOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Recompute every rate, share, sum and change that each FILE states, and give the verdict.

    One input gives one JSON object {"source", "encoding", "format", "checks"}; several give
    {"documents": [...]}.
    """
    _check_common(files, fmt, output, encoding, from_)
    _finish(
        _run(
            "check",
            files,
            fmt=_resolve_format(fmt, output),
            output=output,
            encoding=encoding,
            from_=from_,
            recursive=recursive,
            jobs=jobs,
            debug=debug,
            only=only,
            fail_on=fail_on,
        )
    )


@app.command()
def schema(
    which: Annotated[SchemaName, typer.Argument(case_sensitive=False, help="Which record.")] = SchemaName.all,
) -> None:
    """Print the JSON Schema of the records: a claim, a check, or all (the output of extract and check)."""
    import json

    from pydantic.json_schema import models_json_schema

    from .records import Check, Claim, DocumentChecks, DocumentClaims

    if which is SchemaName.claim:
        result = Claim.model_json_schema(mode="serialization")
    elif which is SchemaName.check:
        result = Check.model_json_schema(mode="serialization")
    else:
        _, result = models_json_schema(
            [(DocumentClaims, "serialization"), (DocumentChecks, "serialization")],
            title="jzreport output: DocumentClaims (extract) or DocumentChecks (check)",
        )
        result = {
            "anyOf": [{"$ref": ref} for ref in ("#/$defs/DocumentClaims", "#/$defs/DocumentChecks")],
            **result,
        }
    out = _Output(None, OutputFormat.json).open()
    out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    out.flush()


@app.command()
def text(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="A report file; - reads stdin.", show_default=False)
    ],
    encoding: EncodingOpt = None,
    from_: FromOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Print the plain text that extraction sees, so that every start and end can be checked against it."""
    import traceback

    _check_common([file], None, None, encoding, from_)
    from .reading import InputError, read_source

    try:
        document = read_source(file, encoding, from_.value if from_ else None)
    except (InputError, OSError) as e:
        cause = e.strerror if isinstance(e, OSError) and e.strerror else _input_cause(file, e)
        _Messages().error(file, cause, traceback.format_exc() if debug else None)
        raise typer.Exit(ExitCode.INPUT) from None
    out = _Output(None, OutputFormat.json).open()
    out.write(document.text)
    out.flush()


def main() -> None:
    """Entry point of the `jzreport` script."""
    gc.disable()  # until the command's modules are loaded: see _load
    try:
        app(prog_name="jzreport")
    except Exception as e:
        # A bug outside the per-document guard: one line, unless the user asked for the traceback.
        if "--debug" in sys.argv:
            raise
        sys.stderr.write(f"Error: internal error: {type(e).__name__}: {e} (rerun with --debug)\n")
        sys.exit(ExitCode.INTERNAL)
    finally:
        gc.enable()


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush does not fail on a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
