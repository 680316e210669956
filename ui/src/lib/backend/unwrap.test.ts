import { describe, expect, it } from "vitest";
import { BackendError, unwrap } from "./index";

describe("the backend adapter", () => {
  it("gives a command's value", async () => {
    await expect(unwrap(Promise.resolve({ status: "ok" as const, data: 7 }))).resolves.toBe(7);
    await expect(unwrap(Promise.resolve({ status: "ok" as const, data: null }))).resolves.toBeNull();
  });
  it("gives a value that is not a result as it is", async () => {
    await expect(unwrap(Promise.resolve(true))).resolves.toBe(true);
    const map = { regions: [], status: "drawn" };
    await expect(unwrap(Promise.resolve(map))).resolves.toBe(map);
  });
  it("throws the core's error with its kind and message", async () => {
    const failed = unwrap(Promise.resolve({ status: "error", error: { kind: "invalid", message: "rating: must be 0–10" } }));
    await expect(failed).rejects.toBeInstanceOf(BackendError);
    await expect(failed).rejects.toMatchObject({ kind: "invalid", message: "rating: must be 0–10" });
  });
  it("turns a refusal of the IPC layer into an internal error", async () => {
    await expect(unwrap(Promise.reject("command not allowed"))).rejects.toMatchObject({ kind: "internal", message: "command not allowed" });
  });
});
