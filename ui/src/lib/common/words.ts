// Plain words for numbers: the same rounding everywhere in the UI.
import type { RemedyUse, Verdict } from "../backend/bindings";

export function points(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  const r = Math.round(x * 10) / 10;
  return (Object.is(r, -0) ? 0 : r).toFixed(1);
}

/** "1.5 points less sore (likely 1.2 to 1.9)" for an effect in relief points. */
export function reliefInWords(
  relief: number | null | undefined,
  low: number | null | undefined,
  high: number | null | undefined,
): string {
  if (relief === null || relief === undefined) return "no estimate yet";
  const size = Math.abs(Math.round(relief * 10) / 10);
  const direction = relief >= 0 ? "less sore" : "more sore";
  const unit = size === 1 ? "point" : "points";
  const range = low !== null && low !== undefined && high !== null && high !== undefined
    ? ` (likely ${points(low)} to ${points(high)})`
    : "";
  return `${points(size)} ${unit} ${direction}${range}`;
}

export const verdictLabel: Record<Verdict, string> = {
  helped: "Helped",
  small: "Small effect",
  no_clear_effect: "No clear effect",
  imprecise: "Too uncertain",
  worse: "Worse",
  not_enough_data: "Not enough data",
};

/** Interprets a digit key for the rating: "1" then "0" quickly makes 10. */
export function ratingFromKeys(previous: number | null, key: string, quick: boolean): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  const digit = Number(key);
  if (quick && previous === 1 && digit === 0) return 10;
  return digit;
}

/** A remedy use as the CLI and the report write it (`RemedyUse::describe` in the core):
 * "Heat 15 min (hot water bottle) → 2 after 30 min". */
export function remedyUseText(name: string, use: RemedyUse): string {
  let text = name;
  if (use.minutes != null) text += ` ${use.minutes} min`;
  if (use.detail) text += ` (${use.detail})`;
  if (use.rating_after != null) {
    text += ` → ${use.rating_after}`;
    if (use.after_minutes != null) text += ` after ${use.after_minutes} min`;
  }
  return text;
}
