"""A picture of the week for ``/faq stats`` and ``conference-bot faq stats --png``.

:func:`chart_data` is pure: questions per hour by what the bot did with them, the
shares, and the top unanswered groups. :func:`render_png` draws it with matplotlib's
Agg backend (no display, no pyplot global state: a ``Figure`` of its own per call, so
it can run in a worker thread, off the event loop). matplotlib is imported only here
and only when a chart is drawn: it takes a while to import.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.core.text import valid_unicode, without_controls

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from bot.storage import HourCount

ANSWERED, DID_YOU_MEAN, UNKNOWN, ALERTS = "answered", "did you mean", "not known", \
    "urgent or sensitive"
SERIES = (ANSWERED, DID_YOU_MEAN, UNKNOWN, ALERTS)
# What each stored outcome counts as in the chart.
_OUTCOMES = {"answer": ANSWERED, "suggest": DID_YOU_MEAN, "unknown": UNKNOWN,
             "urgent": ALERTS, "sensitive": ALERTS}
_COLOURS = {ANSWERED: "#009edb", DID_YOU_MEAN: "#f2a900", UNKNOWN: "#c0392b",
            ALERTS: "#6c3483"}
DEFAULT_DAYS = 3
TOP_GROUPS = 5
LABEL_CHARS = 48  # of a question, on the chart
CHART_INCHES = (10.0, 8.0)
CHART_DPI = 100


@dataclass(frozen=True)
class TopGroup:
    """An open question group in the stats: asked by ``people`` ``asks`` times in the
    period; ``questions``: how many questions the group has."""

    id: int
    text: str
    people: int
    asks: int
    questions: int = 1


@dataclass(frozen=True)
class ChartData:
    """Everything drawn, so tests check the numbers rather than pixels."""

    hours: tuple[dt.datetime, ...]  # the start of every hour of the window, UTC
    series: dict[str, tuple[int, ...]]  # per SERIES name, one count per hour
    top: tuple[TopGroup, ...]
    timezone: str  # hours are labelled in the conference's time zone

    @property
    def totals(self) -> dict[str, int]:
        return {name: sum(counts) for name, counts in self.series.items()}

    @property
    def asked(self) -> int:
        return sum(self.totals.values())

    @property
    def shares(self) -> dict[str, float]:
        """Each series' share of every question asked in the window (0-1)."""
        asked = self.asked
        return {name: (total / asked if asked else 0.0) for name, total in self.totals.items()}


def _hour(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0)


def chart_data(
    counts: Sequence[HourCount],
    *,
    now: dt.datetime,
    days: int,
    top: Sequence[TopGroup],
    timezone: str,
) -> ChartData:
    """Questions per hour for the ``days`` before ``now`` (the current hour included)."""
    last = _hour(now)
    first = last - dt.timedelta(hours=24 * days - 1)
    hours = tuple(first + dt.timedelta(hours=n) for n in range(24 * days))
    position = {hour: n for n, hour in enumerate(hours)}
    series = {name: [0] * len(hours) for name in SERIES}
    for count in counts:
        n = position.get(_hour(count.hour))
        name = _OUTCOMES.get(count.outcome)
        if n is not None and name is not None:
            series[name][n] += count.count
    return ChartData(hours, {k: tuple(v) for k, v in series.items()}, tuple(top[:TOP_GROUPS]),
                     timezone)


def _label(text: str) -> str:
    flat = " ".join(without_controls(valid_unicode(text)).split()) or "(empty)"
    if len(flat) > LABEL_CHARS:
        flat = flat[: LABEL_CHARS - 1] + "\u2026"
    return flat.replace("$", r"\$")  # "$...$" would be read as mathematics


def draw(data: ChartData) -> Figure:
    """The chart as a matplotlib Figure (Agg canvas attached)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    zone = ZoneInfo(data.timezone)
    figure = Figure(figsize=CHART_INCHES, dpi=CHART_DPI, layout="constrained")
    FigureCanvasAgg(figure)
    grid = figure.add_gridspec(2, 2, height_ratios=(3, 2), width_ratios=(1, 2))
    hourly = figure.add_subplot(grid[0, :])
    shares = figure.add_subplot(grid[1, 0])
    top = figure.add_subplot(grid[1, 1])

    positions = list(range(len(data.hours)))
    bottom = [0] * len(positions)
    for name in SERIES:
        counts = data.series[name]
        hourly.bar(positions, counts, bottom=bottom, width=0.9, label=name,
                   color=_COLOURS[name], gid=name)
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    step = max(1, len(positions) // 12)
    hourly.set_xticks(positions[::step], [
        h.astimezone(zone).strftime("%a %H:00") for h in data.hours[::step]
    ], rotation=30, ha="right", fontsize=8)
    hourly.set_ylabel("questions")
    hourly.set_title(f"Questions per hour ({data.timezone} time)")
    hourly.legend(loc="upper left", fontsize=8)

    totals = data.totals
    names = [n for n in SERIES if totals[n]]
    if names:
        shares.pie([totals[n] for n in names], labels=names, autopct="%1.0f%%",
                   colors=[_COLOURS[n] for n in names], textprops={"fontsize": 8})
    else:
        shares.text(0.5, 0.5, "no questions yet", ha="center", va="center")
        shares.set_axis_off()
    shares.set_title(f"What the bot did ({data.asked} asked)")

    if data.top:
        rows = list(range(len(data.top)))[::-1]
        top.barh(rows, [g.people for g in data.top], color=_COLOURS[UNKNOWN], gid="top")
        top.set_yticks(rows, [f"#{g.id} {_label(g.text)}" for g in data.top], fontsize=8)
        top.set_xlabel("people")
    else:
        top.text(0.5, 0.5, "nothing open", ha="center", va="center")
        top.set_axis_off()
    top.set_title("Top unanswered groups")
    return figure


def render_png(data: ChartData) -> bytes:
    """The chart as PNG bytes. Blocking (about a second): run it in a worker thread."""
    figure = draw(data)
    out = io.BytesIO()
    with warnings.catch_warnings():
        # Attendees write in every script; a glyph the font lacks is drawn as a box.
        warnings.simplefilter("ignore", UserWarning)
        figure.savefig(out, format="png")
    return out.getvalue()
