// Red flags (docs/safety.md): the checklist "Does it come with any of these?" — asked after a
// check-in that calls for it and once at the first start, never blocking the save — and what
// an answer calls for: the emergency screen, or "see a doctor today". Also the "When to get
// help" page, reachable from Log and Insights.
import { backend } from "../backend";
import type { AskWhy, Guide, RedFlag, SafetyInfo, Tier } from "../backend";

export const safety = $state({
  info: null as SafetyInfo | null,
  /** The checklist open now: about which check-in (none at the first start), and why. */
  asking: null as { entry: string | null; why: AskWhy } | null,
  /** What the last answer calls for, shown until closed. */
  advice: null as Tier | null,
  /** The "When to get help" page is open. */
  page: false,
});

export async function loadSafety(): Promise<void> {
  safety.info = await backend.safetyInfo();
}

/** The message naming a red flag, as the core gives it (its key until the list is loaded). */
export function flagMessage(flag: RedFlag): string {
  return safety.info?.flags.find((f) => f.key === flag)?.message ?? flag;
}

/** Relief's guide of a built-in remedy; none for the person's own. */
export function guideOf(remedy: string): Guide | null {
  return safety.info?.guides.find((g) => g.remedy === remedy) ?? null;
}

/** After a check-in is saved: asks if its rating, the usual or its cause call for it. */
export async function askAfterSave(entry: string): Promise<void> {
  const why = await backend.redFlagQuestion(entry);
  if (why) safety.asking = { entry, why };
}

/** At start: asks once, until the checklist is first answered. */
export async function askAtStart(): Promise<void> {
  const why = await backend.redFlagQuestionAtStart();
  if (why) safety.asking = { entry: null, why };
}

/** The checklist's answer ("None of these" is no flags): kept with the check-in. */
export async function answer(flags: RedFlag[]): Promise<void> {
  const asked = safety.asking;
  safety.asking = null;
  safety.advice = await backend.answerRedFlags(asked?.entry ?? null, flags);
}

/** Closes the checklist without an answer (it is asked again another day). */
export function notNow(): void {
  safety.asking = null;
}
