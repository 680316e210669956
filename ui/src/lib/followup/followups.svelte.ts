// "How sore now?" questions: the pending ones (kept in the journal, so they survive a
// restart), a clock for the timers' countdowns, and asking after a logged entry.
import { backend, events } from "../backend";
import type { Entry, FollowUp } from "../backend";
import { reloadOnRefresh } from "../common/journal.svelte";

export const followUps = $state({
  pending: [] as FollowUp[],
  /** Milliseconds since the epoch, ticking every second while anything is pending. */
  now: Date.now(),
});

let ticker: ReturnType<typeof setInterval> | null = null;

export async function loadFollowUps(): Promise<void> {
  followUps.pending = await backend.followUps();
  followUps.now = Date.now();
  if (followUps.pending.length > 0 && ticker === null) {
    ticker = setInterval(() => {
      followUps.now = Date.now();
      if (followUps.pending.length === 0 && ticker !== null) {
        clearInterval(ticker);
        ticker = null;
      }
    }, 1000);
  }
}

// The questions waiting belong to the journal now open.
reloadOnRefresh(loadFollowUps);

/** The question to ask now: the earliest one that is due. */
export function dueQuestion(pending: FollowUp[], now: number): FollowUp | null {
  return pending.find((f) => Date.parse(f.due_at) <= now) ?? null;
}

/** "12:05" left of a running timer, or "" once it has ended. */
export function timeLeft(until: string, now: number): string {
  const seconds = Math.ceil((Date.parse(until) - now) / 1000);
  if (seconds <= 0) return "";
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/**
 * After an entry is saved: one question for each remedy rated neither before nor after —
 * when its timer ends (`timers`: the amount in the remedy's timer unit, minutes or holds), or
 * after the journal's follow-up delay.
 */
export async function askAfter(entry: Entry, timers: Map<string, number>): Promise<void> {
  for (const use of entry.remedies) {
    if (use.rating_after !== null) continue;
    await backend.askHowSore(entry.id, use.key, timers.get(use.key) ?? null);
  }
}

/** Keeps the list current when the reminder clock says a question is due (another window's save
 * reloads the journal, and the list with it). */
export async function listenForFollowUps(): Promise<void> {
  await events.followUpDue.listen(() => void loadFollowUps());
}
