// Plain words for numbers and results, in the window's language: the same rounding everywhere.
import type { RemedyUse, Verdict } from "../backend/bindings";
import { language, one, points, t } from "../i18n/index.svelte";

/** "1.5 points less sore (likely 1.2 to 1.9)" for an effect in relief points. */
export function reliefInWords(
  relief: number | null | undefined,
  low: number | null | undefined,
  high: number | null | undefined,
): string {
  if (relief === null || relief === undefined) return t("relief-no-estimate");
  const size = Math.abs(relief);
  const words = t(relief >= 0 ? "relief-less-sore" : "relief-more-sore", { amount: points(size) });
  return low !== null && low !== undefined && high !== null && high !== undefined
    ? t("relief-with-range", { relief: words, low: one(low), high: one(high) })
    : words;
}

const VERDICTS: Record<Verdict, string> = {
  helped: "verdict-helped",
  small: "verdict-small",
  no_clear_effect: "verdict-no-clear",
  imprecise: "verdict-imprecise",
  worse: "verdict-worse",
  not_enough_data: "verdict-not-enough-data",
};

/** A verdict in a word or two: "Helped", "Too uncertain". */
export function verdictLabel(verdict: Verdict): string {
  const word = t(VERDICTS[verdict]);
  return word.charAt(0).toLocaleUpperCase(language()) + word.slice(1);
}

/** Interprets a digit key for the rating: "1" then "0" quickly makes 10. */
export function ratingFromKeys(previous: number | null, key: string, quick: boolean): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  const digit = Number(key);
  if (quick && previous === 1 && digit === 0) return 10;
  return digit;
}

/** A remedy use in three parts: what Relief says around the person's own detail, which is shown
 * as they wrote it ("Heat 15 min", "hot water bottle", "→ 2 after 30 min"). */
export function remedyUseParts(name: string, use: RemedyUse): { head: string; detail: string | null; tail: string } {
  let head = name;
  if (use.minutes != null) head += " " + t("use-minutes", { minutes: use.minutes });
  let tail = "";
  if (use.rating_after != null) {
    tail = use.after_minutes != null
      ? t("use-after-minutes", { rating: use.rating_after, minutes: use.after_minutes })
      : t("use-after", { rating: use.rating_after });
  }
  return { head, detail: use.detail ?? null, tail };
}

/** A remedy use as the CLI and the report write it (`RemedyUse::describe` in the core):
 * "Heat 15 min (hot water bottle) → 2 after 30 min". */
export function remedyUseText(name: string, use: RemedyUse): string {
  const { head, detail, tail } = remedyUseParts(name, use);
  return [head, detail ? `(${detail})` : "", tail].filter((part) => part !== "").join(" ");
}
