// Short messages at the bottom of the window, read out by screen readers; one may carry an
// action (Undo).
export type Toast = {
  id: number;
  text: string;
  tone: "info" | "error";
  action?: { label: string; run: () => void | Promise<void> };
};

export const toasts = $state({ items: [] as Toast[] });
let next = 1;

export function toast(text: string, options: Partial<Omit<Toast, "id" | "text">> = {}): void {
  const id = next++;
  toasts.items.push({ id, text, tone: options.tone ?? "info", action: options.action });
  setTimeout(() => dismiss(id), options.action ? 10000 : 5000);
}

export function dismiss(id: number): void {
  toasts.items = toasts.items.filter((t) => t.id !== id);
}

export function fail(e: unknown): void {
  toast(e instanceof Error ? e.message : String(e), { tone: "error" });
}
