// How the log form times each remedy, as the core defines it (loaded once at start).
import { backend } from "../backend";
import type { TimerRule, TimerRules } from "../backend";

export const timerRules = $state<TimerRules>({ remedies: [], other: { unit: "minutes", suggested: null } });

export async function loadTimerRules(): Promise<void> {
  Object.assign(timerRules, await backend.timerRules());
}

export function timerRuleOf(key: string): TimerRule {
  return timerRules.remedies.find((r) => r.key === key)?.rule ?? timerRules.other;
}
