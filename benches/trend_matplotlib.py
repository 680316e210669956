"""The same trend chart as `relief chart trend --out x.png`, drawn with matplotlib from Relief's
CSV export: the baseline for the chart-export benchmark (scripts/bench-chart-export.sh)."""

import csv
import sys
from collections import defaultdict
from datetime import date, timedelta

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main(csv_path: str, out_path: str) -> None:
    ratings = defaultdict(dict)  # day -> entry id -> rating
    remedy_days, visit_days = set(), set()
    with open(csv_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            day = date.fromisoformat(row["journal_day"])
            ratings[day][row["entry_id"]] = int(row["rating"])
            if row["remedy"]:
                remedy_days.add(day)
            if row["remedy"] == "chiropractic" or "therapist" in row["detail"]:
                visit_days.add(day)
    first, last = min(ratings), max(ratings)
    days = [first + timedelta(d) for d in range((last - first).days + 1)]
    means = [sum(ratings[d].values()) / len(ratings[d]) if d in ratings else None for d in days]
    rolling = []
    for i in range(len(days)):
        window = [m for m in means[max(0, i - 6) : i + 1] if m is not None]
        rolling.append(sum(window) / len(window) if window else None)

    fig, ax = plt.subplots(figsize=(10, 5), dpi=100)
    ax.scatter([d for d, m in zip(days, means) if m is not None], [m for m in means if m is not None], s=4, color="#9db4cc", label="daily average")
    ax.plot(days, [r if r is not None else float("nan") for r in rolling], color="#1f4e79", linewidth=2, label="7-day average")
    ax.scatter(sorted(remedy_days), [-0.7] * len(remedy_days), marker="|", color="#2a9d8f", label="remedy used")
    ax.scatter(sorted(visit_days), [-1.7] * len(visit_days), marker="^", color="#e07a1f", label="visit")
    ax.set_ylim(-2.2, 11.8)
    ax.set_title("Soreness (0–10): daily average and 7-day average")
    ax.legend(loc="upper right")
    fig.savefig(out_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
