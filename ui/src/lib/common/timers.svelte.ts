// How the log form times each remedy, and the bounds of every field, as the core defines them
// (loaded once at start).
import { backend } from "../backend";
import type { Limits, TimerRule, TimerRules } from "../backend";

export const timerRules = $state<TimerRules>({ remedies: [], other: { unit: "minutes", suggested: null } });

/** The core's bounds of what a person types, for the fields' `maxlength`, `min` and `max`
 * (none until loaded: the core checks every value anyway). */
export const bounds = $state<{ limits: Limits | null }>({ limits: null });

export async function loadTimerRules(): Promise<void> {
  Object.assign(timerRules, await backend.timerRules());
  bounds.limits = await backend.limits();
}

export function timerRuleOf(key: string): TimerRule {
  return timerRules.remedies.find((r) => r.key === key)?.rule ?? timerRules.other;
}
