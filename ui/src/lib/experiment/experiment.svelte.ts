// The latest personal experiment, as every view that shows it reads it: the Experiment view and
// the assignment above the Log view. Reloaded with the journal and after every check-in.
import { backend } from "../backend";
import type { ExperimentView } from "../backend";
import { reloadOnRefresh } from "../common/journal.svelte";
import { t } from "../i18n/index.svelte";

export const experiment = $state({ latest: null as ExperimentView | null });

export async function loadExperiment(): Promise<void> {
  experiment.latest = await backend.currentExperiment();
}

reloadOnRefresh(loadExperiment);

/** The running experiment, if one runs. */
export function running(): ExperimentView | null {
  return experiment.latest?.state === "running" ? experiment.latest : null;
}

/** What to do now, in words: "This session: heat, alone — then rate how sore you are after." */
export function assignment(view: ExperimentView): string {
  const now = view.now;
  if (!now) return "";
  if (!now.arm_label) return t("experiment-waiting");
  if (view.plan.design === "session") return t("experiment-this-session", { arm: now.arm_label });
  return t("experiment-today", { arm: now.arm_label });
}
