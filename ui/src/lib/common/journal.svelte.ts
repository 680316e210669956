// What every view shares: the catalogues, which journal is open (features reload their own
// state with it), and a change counter that views watch to reload after a save, an edit, an
// import or a switch of journal.
import { backend } from "../backend";
import type { CatalogueItem, JournalInfo } from "../backend";
import { regionList } from "./regions.svelte";
import { loadTimerRules } from "./timers.svelte";
import { applyTheme } from "./theme";

export const journal = $state({
  info: null as JournalInfo | null,
  remedies: [] as CatalogueItem[],
  causes: [] as CatalogueItem[],
  /** Bumped on every change to the journal. */
  version: 0,
});

/** Reloads what the journal holds, and the names the core gives in the app's language (the
 * body regions, built-in remedies and causes). */
export async function refresh(): Promise<void> {
  journal.info = await backend.journalInfo();
  if (journal.info.error) return;
  const [remedies, causes, map] = await Promise.all([
    backend.catalogue("remedy"),
    backend.catalogue("cause"),
    backend.regions(),
  ]);
  journal.remedies = remedies;
  journal.causes = causes;
  regionList.items = map.regions;
  regionList.outline = map.outline;
  journal.version += 1;
  for (const reload of reloaders) await reload();
}

const reloaders: (() => Promise<void>)[] = [];

/** What a feature reloads after every {@link refresh}, e.g. the questions waiting, which belong
 * to the journal now open. Registered by the feature, so common/ names no feature. */
export function reloadOnRefresh(reload: () => Promise<void>): void {
  reloaders.push(reload);
}

/** What every window loads first: the body map, the timer rules, the journal's lists, and its
 * theme. */
export async function loadJournal(): Promise<void> {
  await loadTimerRules();
  await refresh();
  if (journal.info?.error) return;
  const settings = await backend.settings();
  applyTheme(settings.theme);
}

export function changed(): void {
  journal.version += 1;
}

export function labelOf(items: CatalogueItem[], key: string): string {
  return items.find((i) => i.key === key)?.label ?? key;
}
