// Body regions as the core lists them (loaded once), split for the pickers.
import type { RegionInfo } from "../backend";

export const regionList = $state({ items: [] as RegionInfo[] });
