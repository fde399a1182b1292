"""The records jzreport produces: frozen pydantic models with exact `Decimal` values.

`Claim` is one numeric claim of a document; `Check` is one recomputed relation between claims.
Values serialise to JSON as strings ("10002000"), never floats.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["count", "money", "percent", "duration", "measure", "change", "ratio", "rank", "other"]
Approx = Literal["more_than", "about", "less_than", "at_least", "at_most"]
Direction = Literal["increase", "decrease"]
Role = Literal["before", "after", "range_low", "range_high"]
LinkType = Literal["before_after", "range", "change_of", "part_of"]
Verdict = Literal["consistent", "inconsistent", "unverifiable"]


class _Frozen(BaseModel):
    # Validators and serializers are built on first use (pydantic's defer_build): the pipeline makes its records
    # with `trusted` and the CLI writes them with `as_json`, so a run that only extracts never builds them.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

_M = TypeVar("_M", bound=BaseModel)


def trusted(cls: type[_M], values: dict[str, Any]) -> _M:
    """The record validation would make from `values`, without validating: for values the pipeline built
    with the declared types, every field given in declaration order (validation is half a claim's cost)."""
    m = cls.__new__(cls)
    object.__setattr__(m, "__dict__", values)
    object.__setattr__(m, "__pydantic_fields_set__", set(values.keys()))  # set(dict) would reserve twice the room
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m


def as_json(value: Any) -> Any:
    """What `model_dump(mode="json")` gives for a record (or a list of them), made without pydantic's serializer:
    the fields in declaration order, `Decimal` as its string, nested records as dicts."""
    if isinstance(value, BaseModel):
        return {k: as_json(v) for k, v in value.__dict__.items()}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value


def document_json(cls: type[BaseModel], **values: Any) -> dict[str, Any]:
    """`cls(**values).model_dump(mode="json")` for a document record whose items are already records, made the
    way `as_json` makes it: unknown fields are refused, missing ones take their defaults."""
    fields = cls.model_fields
    unknown = values.keys() - fields.keys()
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
    return {
        name: as_json(values[name]) if name in values else as_json(field.get_default(call_default_factory=True))
        for name, field in fields.items()
    }


class Span(_Frozen):
    """A stretch of the input: `text == input[start:end]`."""

    start: int
    end: int
    text: str


class Link(_Frozen):
    """A relation from one claim to another claim of the same document."""

    type: LinkType = Field(description="before_after: 由A至B; range: A至B; change_of: a change and its level")
    target: str = Field(description="id of the other claim")


class Claim(_Frozen):
    """One numeric claim: what the text states, where, and about what."""

    id: str = Field(description="stable within the document: c1, c2, … in text order")
    start: int = Field(description="offset of the first character in the decoded input")
    end: int = Field(description="offset after the last character")
    text: str = Field(description="exactly input[start:end]")
    kind: Kind
    value: Decimal = Field(description="exact value in the base unit (multipliers folded in)")
    unit: str = Field(description="base unit or measure word: 元, %, 件, 百分点, 工作日 …; '' when none")
    subject: str | None = Field(default=None, description="the noun phrase naming what was counted")
    approx: Approx | None = None
    direction: Direction | None = None
    role: Role | None = None
    number: str = Field(description="the number as written, without multiplier: '1000.2', '两', '百分之十五点二'")
    multiplier: Decimal = Field(default=Decimal(1), description="scale folded into value: 万 → 10000")
    unit_text: str = Field(default="", description="the unit as written: '万元', '个工作日'")
    baseline: str | None = Field(default=None, description="what a change is measured against: 2023年, 同比, 上年")
    sentence: Span = Field(description="the sentence the claim stands in")
    section: list[str] = Field(default_factory=list, description="heading path, outermost first")
    links: list[Link] = Field(default_factory=list)


class ClaimRef(_Frozen):
    """A claim as a check cites it."""

    id: str
    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    part: str = Field(default="", description="the claim's part in the check: before, after, part, whole, rate …")


class Check(_Frozen):
    """One relation the text lets us recompute, and whether the stated figure holds."""

    rule: Literal["change_rate", "part_rate", "sum", "subset", "diff", "point_change", "grim"]
    claims: list[ClaimRef]
    stated: Decimal
    computed: Decimal | None = Field(description="the exact recomputation from the stated inputs")
    low: Decimal | None = Field(default=None, description="lowest value the rounded inputs allow")
    high: Decimal | None = Field(default=None, description="highest value the rounded inputs allow")
    reading: str = Field(description="how the stated figure was read: rounded half-up, cut off, tolerance …")
    verdict: Verdict
    explanation: str = Field(description="one line a person can follow: (90−10)/90 = 88.89% → 88.9% ✓")


class DocumentClaims(_Frozen):
    """The extract result of one input."""

    source: str
    encoding: str | None = None
    format: str | None = None
    chars: int = 0
    claims: list[Claim] = Field(default_factory=list)
    error: str | None = None


class DocumentChecks(_Frozen):
    """The check result of one input."""

    source: str
    encoding: str | None = None
    format: str | None = None
    checks: list[Check] = Field(default_factory=list)
    error: str | None = None
