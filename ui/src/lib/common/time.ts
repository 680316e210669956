// Times as the journal keeps them: RFC 3339 with the person's UTC offset, to the second.
import { date } from "../i18n/index.svelte";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The value of an <input type="datetime-local"> for a date: `2026-11-24T08:30`. */
export function toLocalInput(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/**
 * The time to save for a check-in whose time field reads `shown`: an edited check-in whose time
 * was not changed keeps its recorded time byte for byte (its offset and seconds, wherever it was
 * made); any other is the wall-clock time as set, which the core reads in this computer's zone
 * by its one rule. The window never works out an offset itself.
 */
export function recordedAt(entry: { recorded_at: string } | null, shown: string): string {
  if (entry && shown === localInputOf(entry.recorded_at)) return entry.recorded_at;
  return shown;
}

/** Parses a datetime-local value; `null` when empty or malformed. */
export function fromLocalInput(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The local wall-clock part of a stored time, as written: "08:30". */
export function clockOf(recordedAt: string): string {
  return recordedAt.slice(11, 16);
}

/** A stored time as a datetime-local value (its own wall clock, whatever this machine's zone). */
export function localInputOf(recordedAt: string): string {
  return recordedAt.slice(0, 16);
}

/** `YYYY-MM-DD` of a date, local. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first day of a range ending today: last 30 days → today − 29. */
export function daysAgo(days: number, today: Date = new Date()): string {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return isoDay(d);
}

/** A journal day (`YYYY-MM-DD`) as a local date, to count days from. */
export function dayDate(day: string): Date {
  const [y = 0, m = 1, d = 1] = day.split("-").map(Number);
  return new Date(y, m - 1, d);
}

/** "Tuesday 24 November 2026" for a journal day, in the window's language. */
export function longDay(day: string): string {
  return date(day, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}
