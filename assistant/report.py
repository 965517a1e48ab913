"""Human-readable views of an evaluation run: the console table, report.md and a bar chart."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.summary import MEASURES

if TYPE_CHECKING:
    from assistant.evaluate import EvalResult

WORST_ITEMS = 15
OUTCOME_ORDER = {"hallucinated": 0, "missing": 1, "correct": 2}
CHART_MEASURE = "crag_correct"


def cell(entry: dict[str, Any] | None) -> str:
    """`0.93 (56/60, 95% CI 0.84-0.97)`, or `–` when the measure does not apply."""
    if not entry:
        return "–"
    if "k" not in entry:
        return "–" if entry.get("value") is None else f"{entry['value']:.2f}"
    return (
        f"{entry['value']:.2f} ({entry['k']}/{entry['n']}, {entry['low']:.2f}-{entry['high']:.2f})"
    )


def measure_rows(measures: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """(key, label) of the measures present in any of the systems' summaries."""
    keys = [(k, label) for k, label in MEASURES]
    keys += [("crag_score", "CRAG score"), ("mrr_at_10", "MRR@10")]
    return [(key, label) for key, label in keys if any(m.get(key) for m in measures.values())]


def table(measures: dict[str, dict[str, Any]]) -> list[str]:
    """A markdown table: one row per measure, one column per system."""
    systems = list(measures)
    lines = [
        "| measure | " + " | ".join(systems) + " |",
        "|---|" + "---|" * len(systems),
    ]
    for key, label in measure_rows(measures):
        lines.append(
            f"| {label} | " + " | ".join(cell(measures[s].get(key)) for s in systems) + " |"
        )
    return lines


def console_table(result: EvalResult) -> str:
    """The overall table printed at the end of a run, with k/n and Wilson 95% intervals."""
    overall = {name: summary["overall"] for name, summary in result.summaries.items()}
    width = max(len(label) for _, label in measure_rows(overall))
    lines = [f"{'measure':<{width}}  " + "  ".join(f"{s:<34}" for s in overall)]
    for key, label in measure_rows(overall):
        cells = "  ".join(f"{cell(overall[s].get(key)):<34}" for s in overall)
        lines.append(f"{label:<{width}}  {cells}")
    for name, summary in result.summaries.items():
        spread = summary["length_and_latency"]
        lines.append(f"{name}: " + ", ".join(f"{k}={fmt(v)}" for k, v in spread.items()))
    return "\n".join(lines)


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3g}"


def target_lines(result: EvalResult) -> list[str]:
    lines = ["| measure | target | value | passed |", "|---|---|---|---|"]
    for outcome in result.targets:
        target = outcome.target
        mark = "yes" if outcome.passed else "**NO**"
        value = fmt(outcome.value)
        lines.append(
            f"| {target.measure} | {target.compare} {target.threshold:g} | {value} | {mark} |"
        )
    return lines


def worst_lines(result: EvalResult, system: str) -> list[str]:
    """The items the system got wrong, hallucinations first, with their answers."""
    answers = {p["id"]: p for p in result.predictions[system]}
    rows = [r for r in result.scores[system] if r["crag_outcome"] != "correct"]
    rows.sort(key=lambda r: (OUTCOME_ORDER[r["crag_outcome"]], r["category"], r["id"]))
    lines = []
    for row in rows[:WORST_ITEMS]:
        prediction = answers[row["id"]]
        text = prediction["answer"]["text"].replace("\n", " ") or "(empty)"
        failing = [label for key, label in MEASURES if row.get(key) not in (None, 1.0)]
        failing = [f for f in failing if f not in ("false abstention", "hallucination rate")]
        lines += [
            f"- **{row['id']}** ({row['category']}, {row['crag_outcome']}): "
            f"{prediction['question']}",
            f"  - answer: {text}",
            f"  - below 1.0: {', '.join(failing) or '–'}",
        ]
    return lines or ["(none)"]


def render_report(result: EvalResult) -> str:
    """report.md: run info, targets, overall table, a table per category, the worst items."""
    run = result.run
    lines = [
        "# Evaluation report",
        "",
        ", ".join(f"{key}: {value}" for key, value in run.items()),
        "",
        "Counts are pooled over items (k/n) with Wilson 95% intervals.",
        "",
        "## Targets (main system)",
        "",
        *target_lines(result),
        "",
        "## Overall",
        "",
        *table({name: s["overall"] for name, s in result.summaries.items()}),
        "",
        "## Length and latency",
        "",
    ]
    for name, summary in result.summaries.items():
        spread = summary["length_and_latency"]
        lines.append(f"- {name}: " + ", ".join(f"{k} {fmt(v)}" for k, v in spread.items()))
    for category in sorted({item["category"] for item in result.items}):
        by_system = {n: s["by_category"].get(category, {}) for n, s in result.summaries.items()}
        lines += ["", f"## Category: {category}", "", *table(by_system)]
    for system in result.summaries:
        lines += ["", f"## Worst items: {system}", "", *worst_lines(result, system)]
    return "\n".join(lines) + "\n"


def draw_chart(result: EvalResult, path: Path) -> None:
    """A PNG bar chart: share of correct answers (CRAG) per category, one bar per system."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    categories = sorted({item["category"] for item in result.items})
    systems = list(result.summaries)
    width = 0.8 / max(len(systems), 1)
    figure, axes = plt.subplots(figsize=(max(8, len(categories) * 0.9), 4.5))
    for offset, system in enumerate(systems):
        by_category = result.summaries[system]["by_category"]
        values = [
            (by_category.get(c, {}).get(CHART_MEASURE) or {}).get("value", 0.0) for c in categories
        ]
        positions = [i + offset * width for i in range(len(categories))]
        axes.bar(positions, values, width=width, label=system)
    axes.set_xticks([i + width * (len(systems) - 1) / 2 for i in range(len(categories))])
    axes.set_xticklabels(categories, rotation=30, ha="right")
    axes.set_ylim(0, 1)
    axes.set_ylabel("share correct (CRAG)")
    axes.set_title("Correct answers per category")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
