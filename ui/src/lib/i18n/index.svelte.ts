// Relief's words in the person's language (`docs/languages.md`): the same Fluent files the core
// reads — `locales/<lang>/relief.ftl` (shared with the CLI and the report) and
// `locales/<lang>/ui.ftl` (the window's own) — with English behind every language. Everything
// the window shows goes through `t`, numbers through `one`/`points`, dates through `date`.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Lang } from "../backend/bindings";
import enCore from "../../../../locales/en/relief.ftl?raw";
import enUi from "../../../../locales/en/ui.ftl?raw";

export type { Lang };

export const languages: Lang[] = ["en", "de", "es", "fr"];

/** Each language by its own name, as a person looks for it in a list. */
export const languageNames: Record<Lang, string> = {
  en: "English",
  de: "Deutsch",
  es: "Español",
  fr: "Français",
};

// English is always there (behind every other language); the others are read when chosen,
// each from a file of its own in the build.
const others = import.meta.glob<string>("../../../../locales/{de,es,fr}/*.ftl", {
  query: "?raw",
  import: "default",
});
const sources: Partial<Record<Lang, string[]>> = { en: [enCore, enUi] };

async function load(lang: Lang): Promise<void> {
  if (sources[lang]) return;
  const files = Object.entries(others).filter(([path]) => path.includes(`/locales/${lang}/`));
  sources[lang] = await Promise.all(files.map(([, read]) => read()));
}

const PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ACCENTED = [..."ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑ"];

/** The pseudo-language (the core's `i18n::pseudo_text` does the same): each ASCII letter
 * accented, each vowel twice — about a third longer, and any text not from the messages
 * stands out. */
export function pseudo(text: string): string {
  let out = "";
  for (const c of text) {
    const i = PLAIN.indexOf(c);
    if (i < 0) {
      out += c;
      continue;
    }
    const accented = ACCENTED[i] ?? c;
    out += "AEIOUaeiou".includes(c) ? accented + accented : accented;
  }
  return out;
}

/** Milliseconds spent reading message files so far (measured by the end-to-end tests). */
let readingMs = 0;

export function messagesReadMs(): number {
  return readingMs;
}

function bundle(lang: Lang, pseudoText: boolean): FluentBundle {
  const started = performance.now();
  const b = new FluentBundle(lang, {
    // Plain text: no bidi isolation marks around values in these left-to-right languages.
    useIsolating: false,
    transform: pseudoText ? pseudo : (s: string) => s,
  });
  for (const source of sources[lang] ?? []) {
    const errors = b.addResource(new FluentResource(source));
    if (errors.length) console.error(`messages (${lang}):`, errors);
  }
  readingMs += performance.now() - started;
  return b;
}

/** The language, the locale dates and numbers follow (`en-GB`), the pseudo-language's switch,
 * and the messages, the language's first. */
type Current = { lang: Lang; locale: string; pseudo: boolean; chain: FluentBundle[] };

function chainFor(lang: Lang, pseudoText: boolean): FluentBundle[] {
  const own = bundle(lang, pseudoText);
  return lang === "en" ? [own] : [own, bundle("en", pseudoText)];
}

let current = $state.raw<Current>({ lang: "en", locale: "en", pseudo: false, chain: chainFor("en", false) });

/** Speaks `lang` from now on (every `t` in the window follows), dates and numbers as `locale`
 * writes them; `pseudoText` transforms every message. */
export async function setLanguage(lang: Lang, pseudoText = false, locale: string = lang): Promise<void> {
  if (lang === current.lang && pseudoText === current.pseudo && locale === current.locale) return;
  await load(lang);
  current = { lang, locale, pseudo: pseudoText, chain: chainFor(lang, pseudoText) };
  if (typeof document !== "undefined") document.documentElement.lang = lang;
}

/** The language the window speaks now. */
export function language(): Lang {
  return current.lang;
}

/** The locale dates and numbers are written by now (`en-GB`, `de`). */
export function locale(): string {
  return current.locale;
}

export type Args = Record<string, FluentVariable>;

/** The message `id` with `args`, in the window's language (English if it lacks the message). */
export function t(id: string, args?: Args): string {
  for (const b of current.chain) {
    const message = b.getMessage(id);
    if (message?.value) return b.formatPattern(message.value, args ?? null);
  }
  return id;
}

function numbers(digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(current.locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** `x` with one decimal as the language writes it: "1.3", "1,3"; "–" for no number. */
export function one(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  const r = Math.round(x * 10) / 10;
  return numbers(1).format(Object.is(r, -0) ? 0 : r);
}

/** A decimal for a message's plural: "1.0 points" picks the form of 1.0 as shown. */
export function decimal(x: number): FluentNumber {
  return new FluentNumber(Math.round(x * 10) / 10, { minimumFractionDigits: 1 });
}

/** "1.3 points", "1,3 Punkte". */
export function points(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  return t("points", { n: decimal(x), shown: one(x) });
}

/** A date (or a journal day `YYYY-MM-DD`, read as local) in the language's words. */
export function date(value: Date | string | null, options: Intl.DateTimeFormatOptions): string {
  if (value === null) return "–";
  let d: Date;
  if (typeof value === "string") {
    const [y, m, day] = value.slice(0, 10).split("-").map(Number);
    d = new Date(y ?? 1970, (m ?? 1) - 1, day ?? 1);
  } else {
    d = value;
  }
  const text = d.toLocaleDateString(current.locale, options);
  return current.pseudo ? pseudo(text) : text;
}

/** Monday = 1 … Sunday = 7: the first day of the week of the locale (CLDR, through the
 * webview's Intl), Monday where the webview cannot say. */
export function firstDayOfWeek(): number {
  // A language alone ("en") says nothing of the week; its likeliest region does (en-US).
  const locale = new Intl.Locale(current.locale).maximize() as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  return locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
}

/** A share as a percentage in the language: "12.5%", "12,5 %". */
export function percentOf(share: number): string {
  const text = new Intl.NumberFormat(current.locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
  return current.pseudo ? pseudo(text) : text;
}

/** A remedy's name inside a sentence (the core's `Messages::in_sentence`): lower case where the
 * language writes common nouns so ("after heat"), as named in German („Wärme“). */
export function inSentence(name: string): string {
  return current.lang === "de" ? name : name.toLocaleLowerCase(current.lang);
}
