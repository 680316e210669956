// Body regions and the body map as the core defines them (loaded once at start).
import type { RegionInfo } from "../backend";

export const regionList = $state({ items: [] as RegionInfo[], outline: "" });
