// Which language the window speaks: asked of the app (the journal's choice in Settings, else the
// system's) at start and after the choice changes.
import { backend } from "../backend";
import { setLanguage, type Lang } from "./index.svelte";

let system: Lang = "en";

export async function loadLanguage(): Promise<void> {
  const language = await backend.language();
  system = language.system;
  await setLanguage(language.lang, language.pseudo, language.locale);
}

/** The system's language, which "as the system" in Settings follows. */
export function systemLanguage(): Lang {
  return system;
}
