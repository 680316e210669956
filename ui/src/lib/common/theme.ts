// The theme: the system's, or one the person picked (kept on this machine).
import type { Theme } from "../backend";

const KEY = "relief.theme";

export function loadTheme(): Theme {
  const saved = typeof localStorage === "undefined" ? null : localStorage.getItem(KEY);
  return saved === "light" || saved === "dark" ? saved : "system";
}

export function applyTheme(theme: Theme): void {
  if (theme === "system") document.documentElement.removeAttribute("data-theme");
  else document.documentElement.setAttribute("data-theme", theme);
  localStorage.setItem(KEY, theme);
}
