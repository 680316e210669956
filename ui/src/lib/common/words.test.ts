import { describe, expect, it } from "vitest";
import { ratingFromKeys, reliefInWords, remedyUseText } from "./words";
import { one, points, pseudo, setLanguage, t } from "../i18n/index.svelte";
import { dayDate, daysAgo, fromLocalInput, recordedAt, clockOf } from "./time";

describe("words", () => {
  it("writes a remedy use as the CLI and the report do", () => {
    const use = { key: "heat", minutes: 15, detail: "hot water bottle", rating_after: 2, after_minutes: 30 };
    expect(remedyUseText("Heat", use)).toBe("Heat 15 min (hot water bottle) → 2 after 30 min");
    expect(remedyUseText("Massage", { key: "massage", minutes: null, detail: null, rating_after: null, after_minutes: 20 })).toBe("Massage");
    expect(remedyUseText("Rest", { key: "rest", minutes: null, detail: null, rating_after: 0, after_minutes: null })).toBe("Rest → 0");
  });

  it("rounds points to one decimal without a minus zero", () => {
    expect(one(1.449)).toBe("1.4");
    expect(one(-0.04)).toBe("0.0");
    expect(one(null)).toBe("–");
    expect(points(1.449)).toBe("1.4 points");
  });

  it("says relief in plain words", () => {
    expect(reliefInWords(1.53, 1.21, 1.9)).toBe("1.5 points less sore (likely 1.2 to 1.9)");
    expect(reliefInWords(-1, -1.6, -0.4)).toBe("1.0 points more sore (likely -1.6 to -0.4)");
    expect(reliefInWords(null, null, null)).toBe("no estimate yet");
  });

  it("speaks the chosen language, with its decimal comma and plurals", async () => {
    try {
      await setLanguage("de");
      expect(one(1.449)).toBe("1,4");
      expect(reliefInWords(1.53, 1.21, 1.9)).toBe("1,5 Punkte weniger Schmerzen (wahrscheinlich 1,2 bis 1,9)");
      expect(t("import-go", { n: 1 })).toBe("1 Eintrag importieren");
      await setLanguage("fr");
      expect(points(1.5)).toBe("1,5 point");
      expect(remedyUseText("Chaleur", { key: "heat", minutes: 15, detail: null, rating_after: 2, after_minutes: 30 })).toBe(
        "Chaleur 15 min → 2 après 30 min",
      );
    } finally {
      await setLanguage("en");
    }
  });

  it("turns every letter of a message into the pseudo-language, and nothing of its values", async () => {
    try {
      await setLanguage("en", true);
      const text = t("log-saved", { rating: 7 });
      expect(text).toMatch(/7\/10/);
      expect(text).not.toMatch(/[A-Za-z]/);
      expect(text.length).toBeGreaterThan("Saved: soreness 7/10.".length * 1.2);
      expect(t("follow-up-do-not-ask", { remedy: "Heat" })).toContain("Heat");
    } finally {
      await setLanguage("en");
    }
    expect(pseudo("Relief")).toBe("Řḗḗŀīīḗḗƒ");
  });

  it("reads digit keys as ratings, 1 then 0 as ten", () => {
    expect(ratingFromKeys(null, "7", false)).toBe(7);
    expect(ratingFromKeys(1, "0", true)).toBe(10);
    expect(ratingFromKeys(1, "0", false)).toBe(0);
    expect(ratingFromKeys(3, "x", true)).toBeNull();
  });
});

describe("time", () => {
  it("keeps an edited check-in's recorded time unless its time was changed", () => {
    const entry = { recorded_at: "2026-11-24T08:30:05+09:00" };
    expect(recordedAt(entry, "2026-11-24T08:30")).toBe("2026-11-24T08:30:05+09:00");
    expect(recordedAt(entry, "2026-11-24T09:00")).toBe("2026-11-24T09:00");
    expect(recordedAt(null, "2026-11-24T08:30")).toBe("2026-11-24T08:30");
    expect(clockOf(entry.recorded_at)).toBe("08:30");
  });

  it("parses datetime-local values and refuses junk", () => {
    expect(fromLocalInput("2026-11-24T08:30")?.getHours()).toBe(8);
    expect(fromLocalInput("yesterday")).toBeNull();
  });

  it("counts range starts in days including today", () => {
    expect(daysAgo(30, new Date(2026, 10, 24))).toBe("2026-10-26");
    expect(daysAgo(1, new Date(2026, 10, 24))).toBe("2026-11-24");
    // From the journal's day (not the calendar's), across a month and a DST change.
    expect(daysAgo(7, dayDate("2026-03-01"))).toBe("2026-02-23");
    expect(daysAgo(2, dayDate("2026-03-29"))).toBe("2026-03-28");
  });
});
