// The one way the UI talks to Relief's core: the generated, typed commands. Nothing else in
// the UI calls `invoke` or names a command.
import { commands } from "./bindings";
import type { IpcError, ErrorKind } from "./bindings";

export * from "./bindings";

/** A failed command, with the core's kind and message. */
export class BackendError extends Error {
  readonly kind: ErrorKind;
  constructor(error: IpcError) {
    super(error.message);
    this.kind = error.kind;
  }
}

type Outcome<T> = { status: "ok"; data: T } | { status: "error"; error: IpcError };

/** A command as callers see it: the value it gives, or a thrown {@link BackendError}. */
type Unwrapped<F> = F extends (...args: infer A) => Promise<infer R>
  ? (...args: A) => Promise<Value<R>>
  : never;

/** What a command's result holds when it succeeds (distributes over the result's two shapes). */
type Value<R> = R extends { status: "ok"; data: infer T } ? T : R extends { status: "error" } ? never : R;

export type Backend = { [K in keyof typeof commands]: Unwrapped<(typeof commands)[K]> };

function asIpcError(error: unknown): IpcError {
  if (error && typeof error === "object" && "kind" in error && "message" in error) {
    return error as IpcError;
  }
  // The IPC layer itself refused (e.g. a command the capabilities do not grant).
  return { kind: "internal", message: String(error) };
}

function isOutcome(value: unknown): value is Outcome<unknown> {
  return (
    !!value &&
    typeof value === "object" &&
    "status" in value &&
    ((value.status === "ok" && "data" in value) || (value.status === "error" && "error" in value))
  );
}

/** Awaits a command's result once for every caller: its value, or a thrown {@link BackendError}. */
export async function unwrap<T>(pending: Promise<Outcome<T> | T>): Promise<T> {
  let outcome: Outcome<T> | T;
  try {
    outcome = await pending;
  } catch (e) {
    throw new BackendError(asIpcError(e));
  }
  if (!isOutcome(outcome)) return outcome as T;
  if (outcome.status === "ok") return outcome.data as T;
  throw new BackendError(asIpcError(outcome.error));
}

/** Every command, unwrapped: `await backend.addEntry(…)` gives the saved entry or throws. */
export const backend = Object.fromEntries(
  Object.entries(commands).map(([name, command]) => [
    name,
    (...args: unknown[]) => unwrap((command as (...a: unknown[]) => Promise<unknown>)(...args)),
  ]),
) as Backend;
