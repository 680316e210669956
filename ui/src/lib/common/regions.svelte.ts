// Body regions and the body map as the core defines them (loaded once at start).
import type { RegionInfo } from "../backend";

export const regionList = $state({ items: [] as RegionInfo[], outline: "" });

/** A region's name as people read it; the key itself if the list has not loaded. */
export function regionLabel(key: string): string {
  return regionList.items.find((r) => r.key === key)?.label ?? key;
}
