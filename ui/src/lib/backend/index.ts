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

function asIpcError(error: unknown): IpcError {
  if (error && typeof error === "object" && "kind" in error && "message" in error) {
    return error as IpcError;
  }
  // The IPC layer itself refused (e.g. a command the capabilities do not grant).
  return { kind: "internal", message: String(error) };
}

/** Awaits a command and returns its value, or throws a {@link BackendError}. */
export async function call<T>(pending: Promise<Outcome<T>>): Promise<T> {
  let outcome: Outcome<T>;
  try {
    outcome = await pending;
  } catch (e) {
    throw new BackendError(asIpcError(e));
  }
  if (outcome.status === "ok") return outcome.data;
  throw new BackendError(asIpcError(outcome.error));
}

export const backend = commands;
