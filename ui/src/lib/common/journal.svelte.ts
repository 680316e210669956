// What every view shares: the catalogues, which journal is open (and its pending "How sore
// now?" questions), and a change counter that views watch to reload after a save, an edit, an
// import or a switch of journal.
import { backend, call } from "../backend";
import type { CatalogueItem, JournalInfo } from "../backend";
import { loadFollowUps } from "../followup/followups.svelte";
import { regionList } from "../log/regions.svelte";
import { applyTheme } from "../settings/theme";

export const journal = $state({
  info: null as JournalInfo | null,
  remedies: [] as CatalogueItem[],
  causes: [] as CatalogueItem[],
  /** Bumped on every change to the journal. */
  version: 0,
});

export async function refresh(): Promise<void> {
  journal.info = await call(backend.journalInfo());
  if (journal.info.error) return;
  const [remedies, causes] = await Promise.all([
    call(backend.catalogue("remedy")),
    call(backend.catalogue("cause")),
  ]);
  journal.remedies = remedies;
  journal.causes = causes;
  journal.version += 1;
  // The questions waiting belong to the journal now open.
  await loadFollowUps();
}

/** What every window loads first: the body map, the journal's lists, and its theme. */
export async function loadJournal(): Promise<void> {
  const map = await backend.regions();
  regionList.items = map.regions;
  regionList.outline = map.outline;
  await refresh();
  if (journal.info?.error) return;
  const settings = await call(backend.settings());
  applyTheme(settings.theme ?? "system");
}

export function changed(): void {
  journal.version += 1;
}

export function labelOf(items: CatalogueItem[], key: string): string {
  return items.find((i) => i.key === key)?.label ?? key;
}
