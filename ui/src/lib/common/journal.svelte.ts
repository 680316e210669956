// What every view shares: the catalogues, which journal is open, and a change counter that
// views watch to reload after a save, an edit, an import or a switch of journal.
import { backend, call } from "../backend";
import type { CatalogueItem, JournalInfo } from "../backend";

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
}

export function changed(): void {
  journal.version += 1;
}

export function labelOf(items: CatalogueItem[], key: string): string {
  return items.find((i) => i.key === key)?.label ?? key;
}
