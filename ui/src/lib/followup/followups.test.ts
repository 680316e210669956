import { describe, expect, it } from "vitest";
import { dueQuestion, timeLeft } from "./followups.svelte";
import type { FollowUp } from "../backend";

const q = (remedy: string, due: string): FollowUp => ({
  entry: "0190a0a0-0000-7000-8000-000000000000",
  remedy,
  label: remedy,
  rating: 6,
  ends_at: due,
  due_at: due,
});

describe("follow-ups", () => {
  it("asks the earliest due question, none before it is due", () => {
    const pending = [q("heat", "2026-11-24T10:00:00Z"), q("stretch", "2026-11-24T10:30:00Z")];
    expect(dueQuestion(pending, Date.parse("2026-11-24T09:59:59Z"))).toBeNull();
    expect(dueQuestion(pending, Date.parse("2026-11-24T10:45:00Z"))?.remedy).toBe("heat");
  });
  it("counts a timer down in minutes and seconds", () => {
    const now = Date.parse("2026-11-24T10:00:00Z");
    expect(timeLeft("2026-11-24T10:15:00Z", now)).toBe("15:00");
    expect(timeLeft("2026-11-24T10:00:09.200Z", now)).toBe("0:10");
    expect(timeLeft("2026-11-24T10:00:00Z", now)).toBe("");
  });
});
