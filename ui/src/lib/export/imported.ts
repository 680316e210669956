import { t } from "../i18n/index.svelte";
import type { ImportReport } from "../backend";

/** What an import did, in one toast: added, already there, and those that differ. */
export function importDone(report: ImportReport): string {
  const done = t("import-done", { added: report.added, skipped: report.skipped });
  return report.differing > 0 ? `${done} ${t("import-differing", { differing: report.differing })}` : done;
}
