// End to end in the real webview: the built desktop app under Xvfb, driven through
// tauri-driver + WebKitWebDriver. Run by ../test (needs RELIEF_APP and RELIEF_CLI).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, symlinkSync, unlinkSync, lstatSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createInterface } from "node:readline";
import net from "node:net";
import { Key, remote } from "webdriverio";

const APP = process.env.RELIEF_APP;
const CLI = process.env.RELIEF_CLI;
const SHOTS = path.resolve(import.meta.dirname, "screenshots");
mkdirSync(SHOTS, { recursive: true });

/** Starts tauri-driver with the app's environment, in a process group of its own; returns a
 * stop function. */
async function startDriver(env, port, { ownBus = false } = {}) {
  const args = ["--port", String(port), "--native-port", String(port + 1)];
  // The app is one instance per D-Bus session: a second app (another computer's) gets a
  // session bus of its own.
  const [command, argv] = ownBus ? ["dbus-run-session", ["--", "tauri-driver", ...args]] : ["tauri-driver", args];
  const driver = spawn(command, argv, {
    env: { ...process.env, ...env },
    // Nothing inherited: a WebKit helper outliving the app must not hold the runner's pipes.
    stdio: "ignore",
    detached: true,
  });
  const exited = new Promise((resolve) => driver.once("exit", resolve));
  await listening(port, exited);
  return async () => {
    // SIGTERM first, not SIGKILL: tauri-driver then stops WebKitWebDriver and frees its port.
    driver.kill("SIGTERM");
    await Promise.race([exited, sleep(3000)]);
    // Then whatever is left of the group (the app's WebKit helpers).
    try {
      process.kill(-driver.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
}

/** Polls `ok` every 50 ms until it holds; fails after `timeoutMs` with `why()`. */
async function waitFor(ok, timeoutMs, why) {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) assert.fail(why());
    await sleep(50);
  }
}

/** Resolves once something accepts connections on `port`; fails if the driver exits first. */
async function listening(port, exited, timeoutMs = 15000) {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    assert.ok(!gone, `tauri-driver exited before listening on ${port}`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await sleep(50);
  }
  assert.fail(`tauri-driver did not listen on ${port} within ${timeoutMs} ms`);
}

async function session(port) {
  return remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "error",
    capabilities: {
      browserName: "wry",
      "wdio:enforceWebDriverClassic": true,
      "tauri:options": { application: APP },
    },
  });
}

function freshHome() {
  const dir = mkdtempSync(path.join(tmpdir(), "relief-e2e-"));
  const dialogs = path.join(dir, "dialogs");
  mkdirSync(dialogs);
  return {
    dir,
    dialogs,
    env: {
      RELIEF_DB: path.join(dir, "journal.db"),
      RELIEF_E2E_DIALOG_DIR: dialogs,
      XDG_CONFIG_HOME: path.join(dir, "config"),
      XDG_DATA_HOME: path.join(dir, "data"),
      // English whatever the machine speaks; the language tests choose their own.
      LANG: "en_US.UTF-8",
      LC_ALL: "",
      LC_MESSAGES: "",
    },
  };
}

const $t = (browser, id) => browser.$(`[data-testid="${id}"]`);

const AXE = readFileSync(path.resolve(import.meta.dirname, "../node_modules/axe-core/axe.min.js"), "utf8");

/** Runs axe-core in the window as it is now, in the light and the dark theme; fails on any
 * violation of impact serious or critical (colour contrast at WCAG AA included). */
async function accessible(b, where) {
  if (!(await b.execute(() => typeof window.axe !== "undefined"))) await b.execute(AXE);
  const theme = await b.execute(() => document.documentElement.getAttribute("data-theme"));
  const found = [];
  for (const next of ["light", "dark"]) {
    await b.execute((t) => document.documentElement.setAttribute("data-theme", t), next);
    const violations = await b.executeAsync((done) => {
      window.axe
        .run(document, { resultTypes: ["violations"], runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] })
        .then((r) =>
          done(
            r.violations
              .filter((v) => v.impact === "serious" || v.impact === "critical")
              .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => `${n.target.join(" ")} ${n.html.slice(0, 90)} — ${(n.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 160)}`).join("; ")}`),
          ),
        )
        .catch((e) => done([`axe failed: ${e}`]));
    });
    found.push(...violations.map((v) => `${where}, ${next} theme: ${v}`));
  }
  await b.execute((t) => (t ? document.documentElement.setAttribute("data-theme", t) : document.documentElement.removeAttribute("data-theme")), theme);
  assert.deepEqual(found, [], found.join("\n"));
}

async function toastText(browser) {
  const toast = await $t(browser, "toast");
  await toast.waitForExist({ timeout: 5000 });
  return toast.getText();
}

/** Dismisses every message shown and waits until none is left, so the next one read is new. */
async function clearToasts(browser) {
  await browser.waitUntil(
    () =>
      browser.execute(() => {
        for (const b of document.querySelectorAll('[data-testid="toast-dismiss"]')) b.click();
        return document.querySelectorAll('[data-testid="toast"]').length === 0;
      }),
    { timeout: 5000, timeoutMsg: "a message stayed after it was dismissed" },
  );
}

let browser;
let stop;
let home;
let port = 4500;
const metrics = {};

before(() => {
  assert.ok(APP && existsSync(APP), `RELIEF_APP must name the built app (got ${APP})`);
  // A Secret Service for this test session (its login keyring in a temp dir, made and unlocked
  // with a test password): "remember on this computer" is tested against the real thing.
  const keyrings = mkdtempSync(path.join(tmpdir(), "relief-e2e-keyring-"));
  const started = spawnSync("gnome-keyring-daemon", ["--unlock", "--components=secrets"], {
    input: "relief-e2e",
    env: { ...process.env, XDG_DATA_HOME: keyrings, XDG_RUNTIME_DIR: keyrings },
    encoding: "utf8",
  });
  assert.equal(started.status, 0, `gnome-keyring-daemon: ${started.stderr}`);
});

/** Gives a test the app on a journal of its own (after `prepare(home)`), closing whatever app
 * an earlier test left; returns how long the window took to be ready. */
async function ownApp(prepare, { firstStart = false } = {}) {
  await closeMain();
  home = freshHome();
  await prepare?.(home);
  port += 2;
  stop = await startDriver(home.env, port);
  const started = Date.now();
  browser = await session(port);
  await browser.$('[data-testid="app"][data-ready="true"]').waitForExist({ timeout: 20000 });
  const took = Date.now() - started;
  if (!firstStart) await answerFirstStart(browser);
  return took;
}

/** The red-flag checklist a journal's first start asks (docs/safety.md), answered "None of
 * these" as a person would, so the test goes on with the window as it then is. */
async function answerFirstStart(b) {
  const check = await $t(b, "red-flag-check");
  if (!(await check.isExisting())) return;
  await $t(b, "red-flag-none").click();
  await check.waitForExist({ reverse: true, timeout: 5000 });
}

/** Ends the main session. The app is a single instance per desktop session: another journal's
 * window can only start once the first app is gone. */
async function closeMain() {
  await browser?.deleteSession().catch(() => {});
  browser = undefined;
  await stop?.();
  stop = undefined;
}

/** A second app beside the main one, as on another computer: its own journal, settings and
 * D-Bus session. Returns its ready session and how to stop it. */
async function otherApp(env) {
  port += 2;
  const stopDriver = await startDriver(env, port, { ownBus: true });
  const other = await session(port);
  await other.$('[data-testid="app"][data-ready="true"]').waitForExist({ timeout: 20000 });
  await answerFirstStart(other);
  return {
    b: other,
    stop: async () => {
      await other.deleteSession().catch(() => {});
      await stopDriver();
    },
  };
}

/** Closes the main app and starts it again on the same journal; the new, ready session. */
async function restartMain() {
  await browser?.deleteSession().catch(() => {});
  await stop?.();
  port += 2;
  stop = await startDriver(home.env, port);
  browser = await session(port);
  await browser.$('[data-testid="app"][data-ready="true"]').waitForExist({ timeout: 20000 });
  await answerFirstStart(browser);
  return browser;
}

after(async () => {
  await closeMain();
  console.log(`metrics ${JSON.stringify(metrics)}`);
});

test("log three check-ins from the keyboard, edit, delete and undo, see insights, export CSV", async () => {
  metrics.launchToLogReadyMs = await ownApp();
  // Of which reading the messages (English, the window's language here) took:
  metrics.messagesReadMs = Number(await $t(browser, "app").getAttribute("data-messages-ms"));
  assert.equal(await browser.getTitle(), "Relief");
  await $t(browser, "log-empty").waitForExist();
  await browser.saveScreenshot(path.join(SHOTS, "1-log-empty.png"));
  await accessible(browser, "Log, empty");

  // 1: rating by digit, a region, heat with an after-rating, saved with Ctrl+Enter.
  await $t(browser, "region-between_shoulder_blades").click();
  // The body map and the chips are two views of one choice.
  await $t(browser, "map-neck").click();
  assert.equal(await $t(browser, "region-neck").getAttribute("aria-pressed"), "true");
  assert.equal(await $t(browser, "map-between_shoulder_blades").getAttribute("aria-checked"), "true");
  await $t(browser, "remedy-heat").click();
  await $t(browser, "remedy-after-heat").setValue("3");
  await $t(browser, "nav-log").click(); // focus out of the input: digits now set the rating
  await browser.keys(["6"]);
  assert.equal(await $t(browser, "rating-6").getAttribute("aria-checked"), "true");
  await browser.saveScreenshot(path.join(SHOTS, "2-log-filled.png"));
  await accessible(browser, "Log, filled in");
  let t0 = Date.now();
  await saveAnswering(browser);
  assert.match(await toastText(browser), /Saved: soreness 6\/10/);
  metrics.saveCheckInMs = Date.now() - t0;
  await clearToasts(browser);

  // 2 and 3: nothing but keys. "1" then "0" quickly is 10.
  await browser.keys(["4"]);
  await saveAnswering(browser);
  assert.match(await toastText(browser), /Saved: soreness 4\/10/);
  await clearToasts(browser);
  await browser.keys(["1", "0"]);
  // A 10 asks about red flags after the save; "None of these" is one key press.
  assert.equal(await saveAnswering(browser, ["Enter"]), true, "a 10 did not ask about red flags");
  assert.match(await toastText(browser), /Saved: soreness 10\/10/);
  await clearToasts(browser);

  // History: three entries; edit one to 2.
  await browser.keys([Key.Alt, "2"]);
  await $t(browser, "history-view").waitForExist();
  let entries = await browser.$$('[data-testid="entry"]');
  assert.equal(entries.length, 3);
  await entries[0].$('[data-testid="edit"]').click();
  await $t(browser, "edit-form").waitForExist();
  await $t(browser, "rating-2").click();
  await $t(browser, "save").click();
  assert.match(await toastText(browser), /Changes saved/);
  await clearToasts(browser);
  await browser.waitUntil(async () => (await browser.$$('[data-testid="entry"] .badge')).length === 3);
  const badges = await browser.$$('[data-testid="entry"] .badge');
  const ratings = [];
  for (const b of badges) ratings.push(await b.getText());
  assert.ok(ratings.includes("2"), `ratings after edit: ${ratings}`);
  await browser.saveScreenshot(path.join(SHOTS, "3-history.png"));
  await accessible(browser, "History with entries");

  // Delete one, then Undo from the message.
  entries = await browser.$$('[data-testid="entry"]');
  await entries[1].$('[data-testid="delete"]').click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid="entry"]')).length === 2);
  await $t(browser, "toast-action").click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid="entry"]')).length === 3, {
    timeoutMsg: "undo did not bring the entry back",
  });
  await clearToasts(browser);

  // Insights: the trend chart as an image, and a verdict card for heat.
  await $t(browser, "nav-insights").click();
  const trend = await $t(browser, "chart-trend");
  await trend.waitForExist({ timeout: 10000 });
  await browser.waitUntil(async () => (await trend.getAttribute("src")).startsWith("data:image/svg+xml;base64,"));
  const card = await browser.$('[data-testid="verdict-card"][data-key="heat"]');
  await card.waitForExist();
  assert.equal(await card.getAttribute("data-verdict"), "not_enough_data");
  assert.match(await card.getText(), /Not enough data yet/);
  // Each chart has a name and a description in words; "What helped" is also a table.
  assert.equal(await trend.getAttribute("alt"), "Soreness over time (0–10)");
  const described = await browser.$(`#${await trend.getAttribute("aria-describedby")}`);
  assert.match(await described.getProperty("textContent"), /3 of \d+ days logged|days logged; average soreness/);
  const table = await $t(browser, "what-helped-table");
  const heatRow = await table.$("th=Heat");
  assert.ok(await heatRow.isExisting(), "a table row for heat");
  await table.scrollIntoView({ block: "center" });
  await browser.saveScreenshot(path.join(SHOTS, "4b-what-helped-table.png"));
  await browser.execute(() => window.scrollTo(0, 0));
  await browser.saveScreenshot(path.join(SHOTS, "4-insights.png"));
  await accessible(browser, "Insights with data");

  // Export CSV: the dialog is pre-answered for tests (RELIEF_E2E_DIALOG_DIR).
  await $t(browser, "nav-export").click();
  // A file picked in a save dialog that leads to the journal itself is refused, not written.
  const trap = path.join(home.dialogs, "relief-journal.json");
  symlinkSync(home.env.RELIEF_DB, trap);
  const journalBefore = readFileSync(home.env.RELIEF_DB);
  await $t(browser, "export-json").click();
  assert.match(await toastText(browser), /will not write this file: it is the journal itself/);
  await clearToasts(browser);
  assert.ok(readFileSync(home.env.RELIEF_DB).equals(journalBefore), "the journal must not change");
  assert.ok(lstatSync(trap).isSymbolicLink());
  unlinkSync(trap);
  await $t(browser, "export-csv").click();
  assert.match(await toastText(browser), /Saved the journal to/);
  await clearToasts(browser);
  const csv = readFileSync(path.join(home.dialogs, "relief-journal.csv"), "utf8");
  const lines = csv.trim().split("\n");
  assert.equal(lines[0], "entry_id,recorded_at,journal_day,rating,enjoyment,activity,regions,causes,note,remedy,minutes,detail,rating_after,after_minutes");
  assert.equal(lines.length, 4, csv);
  assert.ok(lines.some((l) => l.includes(",between_shoulder_blades;neck,") && l.includes(",heat,15,,3,")), csv);
  // The clinician report, through the same pre-answered dialog.
  await $t(browser, "report-name").setValue("Alex Example");
  await $t(browser, "save-report").click();
  assert.match(await toastText(browser), /Saved the report to/);
  await clearToasts(browser);
  const pdf = readFileSync(path.join(home.dialogs, "relief-report.pdf"));
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  // The same check-ins for a clinic system: a FHIR bundle with the name, each rating once.
  await $t(browser, "fhir-name").setValue("Alex Example");
  await $t(browser, "save-fhir").click();
  assert.match(await toastText(browser), /Saved the FHIR bundle to .* plain, unencrypted file/);
  await clearToasts(browser);
  const fhir = JSON.parse(readFileSync(path.join(home.dialogs, "relief-fhir.json"), "utf8"));
  assert.equal(fhir.resourceType, "Bundle");
  assert.equal(fhir.entry[0].resource.name[0].text, "Alex Example");
  const fhirRatings = fhir.entry.filter((e) => e.resource.identifier?.[0]?.system === "urn:relief:entry");
  const fhirFrom = await $t(browser, "fhir-from").getValue();
  const inRange = new Set(lines.slice(1).map((l) => l.split(",")).filter((c) => c[2] >= fhirFrom).map((c) => c[0]));
  assert.ok(inRange.size > 0);
  assert.deepEqual(new Set(fhirRatings.map((e) => e.resource.identifier[0].value)), inRange);
  await browser.saveScreenshot(path.join(SHOTS, "5-export.png"));
  await accessible(browser, "Export");

  // Settings are kept in the journal: a stretch break on weekdays plus Saturday, a dark theme,
  // a 45-minute follow-up.
  await $t(browser, "nav-settings").click();
  await $t(browser, "settings-view").waitForExist();
  await $t(browser, "add-stretch-reminder").click();
  await $t(browser, "reminder-0").waitForExist();
  await $t(browser, "reminder-0-sat").click();
  await browser.waitUntil(async () => (await $t(browser, "reminder-0-sat").getAttribute("aria-pressed")) === "true");
  await $t(browser, "add-check-in-reminder").click();
  await $t(browser, "reminder-1").waitForExist();
  await $t(browser, "follow-up-minutes").selectByAttribute("value", "45");
  assert.match(await toastText(browser), /45 minutes after a remedy/);
  await clearToasts(browser);
  // Start at login: an XDG autostart entry that starts Relief hidden, in the tray.
  await $t(browser, "start-at-login").click();
  assert.match(await toastText(browser), /start at login/);
  await clearToasts(browser);
  const autostart = path.join(home.env.XDG_CONFIG_HOME, "autostart", "relief.desktop");
  const entry = readFileSync(autostart, "utf8");
  assert.ok(entry.includes(`\nExec=${APP} --hidden\n`), entry);
  await $t(browser, "start-at-login").click();
  assert.match(await toastText(browser), /not start at login/);
  await clearToasts(browser);
  assert.equal(existsSync(autostart), false);
  await $t(browser, "theme-dark").click();
  await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.dataset.theme)) === "dark");
  const stored = await browser.executeAsync((done) => {
    window.__TAURI_INTERNALS__.invoke("settings").then(done).catch((e) => done(`${e}`));
  });
  assert.deepEqual(stored.reminders, [
    { kind: "stretch", time: "10:30", days: ["mon", "tue", "wed", "thu", "fri", "sat"] },
    { kind: "check_in", time: "20:00", days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] },
  ]);
  assert.equal(stored.follow_up_minutes, 45);
  assert.equal(stored.theme, "dark");
  await browser.saveScreenshot(path.join(SHOTS, "6-settings.png"));
  await accessible(browser, "Settings");
  // A reminder without weekdays is refused with the reason, and nothing changes.
  for (const day of ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]) {
    if ((await $t(browser, `reminder-1-${day}`).getAttribute("aria-pressed")) === "true") {
      await $t(browser, `reminder-1-${day}`).click();
    }
  }
  assert.match(await toastText(browser), /no weekdays/);
  await clearToasts(browser);
  const after = await browser.executeAsync((done) => {
    window.__TAURI_INTERNALS__.invoke("settings").then(done).catch((e) => done(`${e}`));
  });
  assert.equal(after.reminders[1].days.length, 1, "only the last weekday's removal was refused");
  await $t(browser, "reminder-remove-1").click();
  await $t(browser, "reminder-remove-0").click();
  await $t(browser, "theme-system").click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid^="reminder-remove-"]')).length === 0);
  await browser.execute(() => window.scrollTo(0, 0)); // the sticky header would cover what is clicked next
});

test("editing only the note of a check-in made in another time zone keeps its recorded time byte for byte", { skip: !CLI }, async () => {
  const recorded = "2026-11-20T07:45:31+09:00";
  await ownApp(async (h) => {
    // This session's zone is +01:00 in November; the check-in was made in Tokyo.
    h.env.TZ = "Europe/Berlin";
    await cli("--db", h.env.RELIEF_DB, "add", "--rating", "4", "--at", recorded, "--note", "on the plane");
  });
  const b = browser;
  await $t(b, "nav-history").click();
  await $t(b, "entry").waitForExist({ timeout: 5000 });
  await $t(b, "edit").click();
  await $t(b, "edit-form").waitForExist();
  const note = await b.$('[data-testid="edit-form"] [data-testid="note"]');
  await note.setValue("on the plane, changed at home");
  await b.$('[data-testid="edit-form"] [data-testid="save"]').click();
  assert.match(await toastText(b), /Changes saved/);
  await clearToasts(b);
  const listed = spawnSync(CLI, ["--db", home.env.RELIEF_DB, "list", "--json"], { encoding: "utf8" });
  const entries = JSON.parse(listed.stdout);
  assert.equal(entries.length, 1);
  assert.equal(entries[0].note, "on the plane, changed at home");
  assert.equal(entries[0].recorded_at, recorded);
});

test("the Log view works from the keyboard alone", async () => {
  await ownApp();
  await $t(browser, "log-empty").waitForExist();
  /** Presses Tab until the element with `id` has the focus; fails after `limit` presses. */
  async function tabTo(id, limit = 80) {
    for (let i = 0; i < limit; i++) {
      await browser.keys(["Tab"]);
      const focused = await browser.execute(() => document.activeElement?.getAttribute("data-testid"));
      if (focused === id) return;
    }
    assert.fail(`Tab never reached ${id}`);
  }
  await tabTo("region-between_shoulder_blades");
  await browser.keys([" "]);
  assert.equal(await $t(browser, "region-between_shoulder_blades").getAttribute("aria-pressed"), "true");
  await tabTo("cause-posture");
  await browser.keys(["Enter"]);
  assert.equal(await $t(browser, "cause-posture").getAttribute("aria-pressed"), "true");
  await tabTo("remedy-heat");
  await browser.keys([" "]);
  await tabTo("remedy-after-heat");
  await browser.keys(["2"]);
  // Out of the inputs, a digit sets the rating.
  await tabTo("save");
  await browser.keys(["5"]);
  assert.equal(await $t(browser, "rating-5").getAttribute("aria-checked"), "true");
  await browser.keys([Key.Ctrl, Key.Enter]);
  assert.match(await toastText(browser), /Saved: soreness 5\/10/);
  const saved = await browser.executeAsync((done) => {
    window.__TAURI_INTERNALS__.invoke("list_entries", { filter: { from: null, to: null, remedy: null, cause: null, region: null } })
      .then((e) => done(e)).catch((e) => done(`${e}`));
  });
  assert.equal(saved.length, 1, JSON.stringify(saved));
  assert.deepEqual(
    [saved[0].rating, saved[0].regions[0].key, saved[0].causes[0], saved[0].remedies[0].key, saved[0].remedies[0].rating_after],
    [5, "between_shoulder_blades", "posture", "heat", 2],
  );
});

test("a second launch hands over to the first window and exits", async () => {
  await ownApp();
  // Single instance goes through the session bus, as on any desktop (../test provides one).
  const second = spawn(APP, [], { env: { ...process.env, ...home.env }, stdio: "ignore" });
  const code = await Promise.race([
    new Promise((resolve) => second.once("exit", resolve)),
    sleep(15000).then(() => "still running"),
  ]);
  if (code === "still running") second.kill("SIGKILL");
  assert.equal(code, 0, "the second launch should exit and leave the first window");
  assert.equal(await browser.getTitle(), "Relief");
});

test("a command the capabilities do not grant is rejected", { skip: !CLI }, async () => {
  await ownApp(async (h) => {
    await cli("--db", h.env.RELIEF_DB, "add", "--rating", "4");
    await cli("--db", h.env.RELIEF_DB, "add", "--rating", "6");
  });
  const outcome = await browser.executeAsync((done) => {
    window.__TAURI_INTERNALS__
      .invoke("plugin:window-state|save_window_state", { flags: 0 })
      .then(() => done("allowed"))
      .catch((e) => done(`rejected: ${e}`));
  });
  assert.match(outcome, /^rejected: .*not allowed/i);
  // A granted command still works from the same window.
  const granted = await browser.executeAsync((done) => {
    window.__TAURI_INTERNALS__.invoke("journal_info").then((i) => done(i.entries)).catch((e) => done(`${e}`));
  });
  assert.equal(granted, 2);
});

test("hostile names and notes stay text; the CSP blocks remote loads and inline script", async () => {
  await ownApp();
  const remedy = "<img src=x onerror=window.__pwned=1>";
  const cause = "<script>window.__pwned=2</script>";
  const note = "<img src=x onerror=window.__pwned=3> & <b>bold</b>";
  await $t(browser, "nav-settings").click();
  await $t(browser, "new-remedy").setValue(remedy);
  await $t(browser, "add-remedy").click();
  await $t(browser, "new-cause").setValue(cause);
  await $t(browser, "add-cause").click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid="catalogue-cause"] li')).length === 5);
  // The cause's own message first (it can arrive after the list shows the cause), then none.
  await browser.waitUntil(async () => {
    for (const t of await browser.$$('[data-testid="toast"]')) if ((await t.getText()).includes(cause)) return true;
    return false;
  });
  await clearToasts(browser);

  await $t(browser, "nav-log").click();
  const chips = await browser.$$('[data-testid^="remedy-"].chip');
  let picked = false;
  for (const chip of chips) {
    if ((await chip.getText()) === remedy) {
      await chip.click();
      picked = true;
    }
  }
  assert.ok(picked, "the hostile remedy is offered as a plain-text chip");
  for (const chip of await browser.$$('[data-testid^="cause-"].chip')) {
    if ((await chip.getText()) === cause) await chip.click();
  }
  await $t(browser, "note").setValue(note);
  await $t(browser, "nav-log").click();
  await browser.keys(["5"]);
  await browser.keys([Key.Ctrl, Key.Enter]);
  assert.match(await toastText(browser), /Saved: soreness 5\/10/);
  await clearToasts(browser);

  await $t(browser, "nav-history").click();
  await browser.waitUntil(async () => (await $t(browser, "history-view").getText()).includes(note));
  const historyText = await $t(browser, "history-view").getText();
  assert.ok(historyText.includes(remedy) && historyText.includes(cause), historyText);
  await $t(browser, "nav-insights").click();
  await browser.$('[data-testid="verdict-card"]').waitForExist();
  const insightsText = await $t(browser, "insights-view").getText();
  assert.ok(insightsText.includes(remedy), "the remedy name is shown as text in Insights");
  // No element came from the text, no handler ran.
  const injected = await browser.execute(() => ({
    pwned: window.__pwned ?? null,
    imgs: [...document.querySelectorAll("img")].filter((i) => i.getAttribute("src") === "x").length,
    scripts: [...document.querySelectorAll("script")].filter((s) => s.textContent.includes("__pwned")).length,
  }));
  assert.deepEqual(injected, { pwned: null, imgs: 0, scripts: 0 });

  // The CSP: no remote fetch, no inline script.
  const fetched = await browser.executeAsync((done) => {
    fetch("https://example.com/").then(() => done("fetched")).catch((e) => done(`blocked: ${e}`));
  });
  assert.match(fetched, /^blocked/);
  const inline = await browser.execute(() => {
    const s = document.createElement("script");
    s.textContent = "window.__inline = 1";
    document.body.appendChild(s);
    return window.__inline ?? null;
  });
  assert.equal(inline, null);
  await browser.saveScreenshot(path.join(SHOTS, "8-hostile-text.png"));
});

test("the 10-year sample journal renders Insights", { skip: !CLI }, async () => {
  await closeMain();
  const big = freshHome();
  const made = spawn(CLI, ["--db", big.env.RELIEF_DB, "sample", "--days", "3650", "--seed", "1"]);
  await new Promise((resolve) => made.once("exit", resolve));
  const stopBig = await startDriver(big.env, 4454);
  const b = await session(4454);
  try {
    await b.$('[data-testid="app"][data-ready="true"]').waitForExist({ timeout: 20000 });
    await answerFirstStart(b);
    await $t(b, "nav-insights").click();
    await $t(b, "range-all").click();
    await b.waitUntil(async () => Number(await $t(b, "insights-view").getAttribute("data-render-ms")) > 0, { timeout: 20000 });
    // The "all" range replaced the default one: wait for its summary.
    await b.waitUntil(async () => /of 3,6\d\d days/.test(await $t(b, "insights-summary").getText()), { timeout: 20000 });
    metrics.insights10YearsMs = Number(await $t(b, "insights-view").getAttribute("data-render-ms"));
    // First week → last week in the core's words, as the report and `relief stats` say it.
    assert.match(await $t(b, "insights-change").getText(), /First week → last week: \d\.\d → \d\.\d: [−+-]?\d\.\d points?.*clinically important/);
    await b.saveScreenshot(path.join(SHOTS, "7-insights-10-years.png"));
  } finally {
    await b.deleteSession().catch(() => {});
    await stopBig();
  }
});

test("a damaged journal is refused with a clear message and left untouched", { skip: !CLI }, async () => {
  await closeMain();
  const home = freshHome();
  const made = spawn(CLI, ["--db", home.env.RELIEF_DB, "sample", "--days", "60", "--seed", "3"]);
  await new Promise((resolve) => made.once("exit", resolve));
  // Fold the WAL into the file, then cut it in half.
  const flushed = spawn(CLI, ["--db", home.env.RELIEF_DB, "backup", "--out", path.join(home.dir, "copy.db")]);
  await new Promise((resolve) => flushed.once("exit", resolve));
  const copy = readFileSync(path.join(home.dir, "copy.db"));
  const cut = copy.subarray(0, Math.floor(copy.length / 2));
  writeFileSync(home.env.RELIEF_DB, cut);
  const stopIt = await startDriver(home.env, 4464);
  const b = await session(4464);
  try {
    const text = await refusal(b);
    assert.match(text, /damaged/);
    assert.match(text, /journal\.db/);
    assert.match(text, /backup/);
    await b.saveScreenshot(path.join(SHOTS, "9-damaged-journal.png"));
    await accessible(b, "the damaged-journal screen");
    assert.ok(readFileSync(home.env.RELIEF_DB).equals(cut), "the damaged file must stay byte-for-byte the same");

    // The day's automatic backup is offered right there; restoring it brings the journal back.
    await restoreOffered(b);
    const entries = await b.executeAsync((done) => {
      window.__TAURI_INTERNALS__.invoke("journal_info").then((i) => done(i.entries)).catch((e) => done(`${e}`));
    });
    assert.ok(entries > 100, `restored journal has ${entries} entries`);
  } finally {
    await b.deleteSession().catch(() => {});
    await stopIt();
  }
});

test("a journal whose rows break the rules is refused as damaged, naming the row", { skip: !CLI }, async () => {
  await closeMain();
  const home = freshHome();
  await cli("--db", home.env.RELIEF_DB, "sample", "--days", "60", "--seed", "4");
  await cli("--db", home.env.RELIEF_DB, "list"); // the day's automatic backup
  // A rating of 42, written past the schema's checks as a broken tool would.
  const broke = spawn("/usr/bin/python3", ["-c", [
    "import sqlite3, sys",
    "c = sqlite3.connect(sys.argv[1])",
    "c.execute('PRAGMA ignore_check_constraints = ON')",
    "c.execute('UPDATE entry SET rating = 42 WHERE id = (SELECT min(id) FROM entry)')",
    "c.commit()",
    "c.execute('PRAGMA journal_mode = DELETE')",
    "c.close()",
  ].join("\n"), home.env.RELIEF_DB], { stdio: "inherit" });
  assert.equal(await new Promise((resolve) => broke.once("exit", resolve)), 0);
  const before = readFileSync(home.env.RELIEF_DB);
  const stopIt = await startDriver(home.env, 4465);
  const b = await session(4465);
  try {
    const text = await refusal(b);
    assert.match(text, /damaged/);
    assert.match(text, /rating: must be a whole number from 0 to 10, got 42/);
    await b.saveScreenshot(path.join(SHOTS, "9b-journal-breaking-its-rules.png"));
    assert.ok(readFileSync(home.env.RELIEF_DB).equals(before), "the refused file must stay byte-for-byte the same");
    await restoreOffered(b);
  } finally {
    await b.deleteSession().catch(() => {});
    await stopIt();
  }
});

/** The text of the screen shown instead of the views when the journal is refused. */
async function refusal(b) {
  const error = await $t(b, "journal-error");
  await error.waitForExist({ timeout: 20000 });
  return error.getText();
}

/** Restores the newest backup the refusal screen offers, and waits for the Log view. */
async function restoreOffered(b) {
  const restore = await b.$('[data-testid^="restore-journal-"]');
  await restore.waitForExist({ timeout: 5000 });
  await restore.click();
  await $t(b, "confirm-restore").click();
  await $t(b, "log-view").waitForExist({ timeout: 10000 });
}

/** A desktop's notification server on the test's session bus (e2e/notifications.py): what the
 * app shows arrives in `shown`; `click(id)` clicks a notification as a person would. */
async function notificationServer() {
  const server = spawn("/usr/bin/python3", [path.join(import.meta.dirname, "notifications.py")], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const shown = [];
  let ready;
  const started = new Promise((resolve) => (ready = resolve));
  createInterface({ input: server.stdout }).on("line", (line) => {
    const message = JSON.parse(line);
    if (message.ready) ready();
    else shown.push(message);
  });
  await Promise.race([started, sleep(10000).then(() => assert.fail("the notification server did not start"))]);
  return {
    shown,
    click: (id) => server.stdin.write(`click ${id}\n`),
    stop: () => server.kill(),
  };
}

/** The processes of process group `pgid` (a program and what it started, even after it ended). */
function processGroup(pgid) {
  const group = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === pgid && state !== "Z") group.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return group;
}

const commOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
};

/** Proportional set size of these processes together, in MB. */
function pssMb(pids) {
  let kb = 0;
  for (const pid of pids) {
    try {
      const line = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8").split("\n").find((l) => l.startsWith("Pss:"));
      kb += Number(line?.split(/\s+/)[1] ?? 0);
    } catch {
      // Gone meanwhile.
    }
  }
  return Math.round(kb / 1024);
}

/** Whether an X window titled exactly `title` is mapped. */
function windowShown(title) {
  const run = spawnSync("xwininfo", ["-root", "-tree"], { encoding: "utf8" });
  return run.stdout.split("\n").some((l) => l.includes(`"${title}"`) && !l.includes("1x1+"));
}

/** Runs the CLI and waits for it. */
async function cli(...args) {
  const run = spawn(CLI, args, { stdio: "ignore" });
  const code = await new Promise((resolve) => run.once("exit", resolve));
  assert.equal(code, 0, `relief ${args.join(" ")}`);
}

async function heatSessions(b) {
  await $t(b, "nav-insights").click();
  const card = await b.$('[data-testid="verdict-card"][data-key="heat"]');
  await card.waitForExist({ timeout: 10000 });
  return Number(await card.getAttribute("data-sessions"));
}

/** Adds a "How sore now?" question about `remedy` (on the latest check-in), due `inSeconds` from now. */
function questionDue(db, remedy, inSeconds = -1) {
  const now = Math.floor(Date.now() / 1000);
  const due = spawnSync("/usr/bin/python3", ["-c", `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("INSERT INTO followup (entry_id, remedy_id, ends_utc, due_utc) SELECT e.id, r.id, ?, ? FROM entry e, remedy r WHERE r.key = ? ORDER BY e.recorded_utc DESC, e.id DESC LIMIT 1", (${now - 60}, ${now + inSeconds}, sys.argv[2]))
db.commit()
`, db, remedy]);
  assert.equal(due.status, 0, String(due.stderr));
}

/** The journal's first-start red-flag checklist counts as answered (as after "None of these"),
 * for tests of a window that must be usable at once. */
function firstStartAnswered(db) {
  const done = spawnSync("/usr/bin/python3", ["-c", `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('red_flags_answered', '1')")
db.commit()
`, db]);
  assert.equal(done.status, 0, String(done.stderr));
}

test("in the tray Relief is a small program with no web engine, yet reminders and questions come; a click makes the window, closing it goes back", { skip: !CLI }, async () => {
  await closeMain();
  const home = freshHome();
  // A massage check-in whose "How sore now?" is due, and a stretch break due this minute.
  await cli("--db", home.env.RELIEF_DB, "add", "--rating", "6", "--remedy", "massage");
  questionDue(home.env.RELIEF_DB, "massage");
  firstStartAnswered(home.env.RELIEF_DB);
  const clock = new Date();
  const hhmm = `${String(clock.getHours()).padStart(2, "0")}:${String(clock.getMinutes()).padStart(2, "0")}`;
  await cli("--db", home.env.RELIEF_DB, "settings", "--remind", `stretch@${hhmm}`);
  const notifications = await notificationServer();
  const asked = (label) => notifications.shown.filter((n) => n.summary === "How sore now?" && n.body.includes(label));
  // Started at login (its own process group, as a session starts it): straight into the tray.
  const app = spawn(APP, ["--hidden"], { env: { ...process.env, ...home.env }, stdio: "ignore", detached: true });
  const names = () => processGroup(app.pid).map(commOf);
  const webEngine = () => names().filter((n) => n.startsWith("WebKit"));
  try {
    await waitFor(() => notifications.shown.some((n) => n.summary === "Stretch break") && asked("massage").length > 0, 20000, () => `notifications: ${JSON.stringify(notifications.shown)}`);
    assert.deepEqual(names(), ["relief-tray"], "in the tray, only the tray program runs");
    assert.ok(!windowShown("Relief"), "no window while in the tray");
    metrics.trayPssMb = pssMb(processGroup(app.pid));

    // A click on the question starts the app, usable as soon as its remedies are there for a
    // screen reader (and so for a person); the tray program ends.
    const watcher = spawn("/usr/bin/python3", [path.join(import.meta.dirname, "a11y_wait.py"), "relief-desktop", "toggle button", "Heat", "20"], { stdio: ["ignore", "pipe", "inherit"] });
    const said = [];
    createInterface({ input: watcher.stdout }).on("line", (line) => said.push([line, Date.now()]));
    await waitFor(() => said.length > 0, 10000, () => "the accessibility watcher did not start");
    const clicked = Date.now();
    notifications.click(asked("massage")[0].id);
    await waitFor(() => windowShown("Relief"), 20000, () => "no window");
    metrics.trayClickToWindowMs = Date.now() - clicked;
    await waitFor(() => said.some(([line]) => line === "shown"), 20000, () => "the window did not become usable");
    metrics.trayClickToUsableMs = said.find(([line]) => line === "shown")[1] - clicked;
    await waitFor(() => windowShown("Relief") && webEngine().length > 0 && !names().includes("relief-tray"), 20000, () => `the tray program did not end: ${names()}`);
    metrics.windowOpenPssMb = pssMb(processGroup(app.pid));

    // Closed like a window manager closes it: the tray program takes over, the web engine ends.
    const closed = spawnSync("/usr/bin/python3", [path.join(import.meta.dirname, "xclose.py"), "Relief"]);
    assert.equal(closed.status, 0, "no window titled Relief to close");
    await waitFor(() => names().join() === "relief-tray", 20000, () => `after closing: ${names()}`);
    assert.ok(!windowShown("Relief"), "the window is gone");
    const askedBefore = asked("massage").length;
    // A question that falls due later (a heat timer ending) comes from the tray; the one
    // already asked is not asked again.
    await cli("--db", home.env.RELIEF_DB, "add", "--rating", "5", "--remedy", "heat");
    questionDue(home.env.RELIEF_DB, "heat", 2);
    await waitFor(() => asked("heat").length === 1, 20000, () => `no heat question: ${JSON.stringify(notifications.shown)}`);
    assert.equal(asked("massage").length, askedBefore, "the tray asks again what was asked before it took over");
  } finally {
    try {
      process.kill(-app.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
    notifications.stop();
  }
});

test("heat with a timer, then 'How sore now?': the answer counts in Insights and a question survives a restart", { skip: !CLI }, async () => {
  await closeMain();
  const day = freshHome();
  await cli("--db", day.env.RELIEF_DB, "sample", "--days", "60", "--seed", "5");
  // A minute lasts 200 ms: the 15-minute heat timer takes 3 s, the 30-minute delay 6 s.
  const env = { ...day.env, RELIEF_E2E_MINUTE_MS: "200" };
  let stopIt = await startDriver(env, 4474);
  let b = await session(4474);
  try {
    await b.$('[data-testid="app"][data-ready="true"]').waitForExist({ timeout: 20000 });
    await answerFirstStart(b);
    const before = await heatSessions(b);

    // Heat with its timer on (15 minutes by default).
    await $t(b, "nav-log").click();
    await $t(b, "remedy-heat").click();
    assert.equal(await $t(b, "remedy-minutes-heat").getValue(), "15");
    await $t(b, "remedy-timer-heat").click();
    await b.execute(() => document.querySelector('[data-testid="remedy-row-heat"]').scrollIntoView({ block: "center" }));
    await b.saveScreenshot(path.join(SHOTS, "10-heat-timer-ticked.png"));
    await $t(b, "nav-log").click();
    await b.keys(["6"]);
    await saveAnswering(b);
    assert.match(await toastText(b), /Saved: soreness 6\/10/);
    await clearToasts(b);
    const timer = await $t(b, "timer-heat");
    await timer.waitForExist({ timeout: 5000 });
    assert.match(await timer.getText(), /\d:\d\d Heat/);
    await b.saveScreenshot(path.join(SHOTS, "10-heat-timer-running.png"));

    // The timer ends: the question comes up; a digit answers it.
    const ask = await $t(b, "follow-up");
    await ask.waitForExist({ timeout: 15000 });
    assert.match(await ask.getText(), /How sore now\?[\s\S]*heat[\s\S]*6\/10/);
    await b.saveScreenshot(path.join(SHOTS, "11-how-sore-now.png"));
    await accessible(b, "the How sore now? prompt");
    await b.keys(["2"]);
    assert.match(await toastText(b), /Saved: 2\/10 after heat \(it was 6\/10\)/);
    await clearToasts(b);
    await ask.waitForExist({ reverse: true, timeout: 5000 });
    assert.equal(await heatSessions(b), before + 1, "the answered session counts for heat");
    await b.saveScreenshot(path.join(SHOTS, "12-insights-after-answer.png"));

    // Massage without a timer: asked after the journal's delay, even across a restart.
    await $t(b, "nav-log").click();
    await $t(b, "remedy-massage").click();
    await $t(b, "nav-log").click();
    await b.keys(["5"]);
    await saveAnswering(b);
    assert.match(await toastText(b), /Saved: soreness 5\/10/);
    await $t(b, "timer-massage").waitForExist({ timeout: 5000 });
  } finally {
    await b.deleteSession().catch(() => {});
    await stopIt();
  }
  // A stretch break due this very minute, set from the CLI while Relief is closed: the next
  // start shows it (on time), and clicking the notification opens the Log view.
  const now = new Date();
  const hhmm = `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
  await cli("--db", day.env.RELIEF_DB, "settings", "--remind", `stretch@${hhmm}`);
  const notifications = await notificationServer();
  stopIt = await startDriver(env, 4484);
  b = await session(4484);
  try {
    await b.$('[data-testid="app"][data-ready="true"]').waitForExist({ timeout: 20000 });
    await answerFirstStart(b);
    await $t(b, "nav-settings").click();
    await $t(b, "settings-view").waitForExist();
    await b.waitUntil(async () => notifications.shown.some((n) => n.summary === "Stretch break"), {
      timeout: 15000,
      timeoutMsg: `no stretch reminder among ${JSON.stringify(notifications.shown)}`,
    });
    const reminder = notifications.shown.find((n) => n.summary === "Stretch break");
    assert.equal(reminder.app, "Relief");
    assert.deepEqual(reminder.actions, ["default", "Open Relief"]);
    notifications.click(reminder.id);
    await $t(b, "log-view").waitForExist({ timeout: 10000 });
    assert.equal(notifications.shown.filter((n) => n.summary === "Stretch break").length, 1, "shown once");
    const ask = await $t(b, "follow-up");
    await ask.waitForExist({ timeout: 15000 });
    assert.match(await ask.getText(), /massage[\s\S]*5\/10/);
    await $t(b, "follow-up-not-now").click();
    await ask.waitForExist({ reverse: true, timeout: 5000 });
    const left = await b.executeAsync((done) => {
      window.__TAURI_INTERNALS__.invoke("follow_ups").then((f) => done(f.length)).catch((e) => done(`${e}`));
    });
    assert.equal(left, 0);

    // Quick check-in from anywhere: a second launch with --quick opens the small window.
    const main = await b.getWindowHandle();
    const quick = spawn(APP, ["--quick"], { env: { ...process.env, ...env }, stdio: "ignore" });
    await new Promise((resolve) => quick.once("exit", resolve));
    await b.waitUntil(async () => (await b.getWindowHandles()).length === 2, { timeout: 10000, timeoutMsg: "no quick window" });
    const handle = (await b.getWindowHandles()).find((h) => h !== main);
    await b.switchToWindow(handle);
    await b.$('[data-testid="quick"][data-ready="true"]').waitForExist({ timeout: 10000 });
    assert.equal(await b.getTitle(), "Relief — quick check-in");
    await $t(b, "region-between_shoulder_blades").click();
    await $t(b, "cause-posture").click();
    assert.equal(await $t(b, "cause-posture").getAttribute("aria-pressed"), "true");
    await b.saveScreenshot(path.join(SHOTS, "13-quick-check-in.png"));
    await accessible(b, "the quick check-in window");
    const entriesBefore = await b.executeAsync((done) => {
      window.__TAURI_INTERNALS__.invoke("journal_info").then((i) => done(i.entries)).catch((e) => done(`${e}`));
    });
    await b.keys(["3"]);
    // Saving closes the window, possibly before the key is released.
    await b.keys([Key.Ctrl, Key.Enter]).catch((e) => assert.match(String(e), /no such window/));
    await b.waitUntil(async () => (await b.getWindowHandles()).length === 1, { timeout: 10000, timeoutMsg: "the quick window did not close" });
    await b.switchToWindow(main);
    // The main window heard of it: History shows the quick check-in on top.
    await $t(b, "nav-history").click();
    const first = await b.$('[data-testid="entry"]');
    await first.waitForExist({ timeout: 5000 });
    await b.waitUntil(async () => (await first.getText()).includes("Posture"), { timeout: 5000 }).catch(async (e) => {
      await b.saveScreenshot(path.join(SHOTS, "debug.png"));
      throw new Error(`${e}: ${await first.getText()}`);
    });
    const entriesAfter = await b.executeAsync((done) => {
      window.__TAURI_INTERNALS__.invoke("journal_info").then((i) => done(i.entries)).catch((e) => done(`${e}`));
    });
    assert.equal(entriesAfter, entriesBefore + 1);
  } finally {
    await b.deleteSession().catch(() => {});
    await stopIt();
    notifications.stop();
  }
});

test("a personal experiment: start it, follow two pairs with 'How sore now?', see progress only, stop it, read the result", { skip: !CLI }, async () => {
  await closeMain();
  const day = freshHome();
  await cli("--db", day.env.RELIEF_DB, "sample", "--days", "60", "--seed", "8");
  // A minute lasts 5 ms: "How sore now?" comes within a second, and the three hours between
  // experiment sessions shrink to nothing (the rule itself is tested in the core).
  const env = { ...day.env, RELIEF_E2E_MINUTE_MS: "5" };
  const stopIt = await startDriver(env, 4494);
  const b = await session(4494);
  try {
    await b.$('[data-testid="app"][data-ready="true"]').waitForExist({ timeout: 20000 });
    await answerFirstStart(b);
    await $t(b, "nav-experiment").click();
    await $t(b, "experiment-start-form").waitForExist();
    await $t(b, "experiment-remedy").selectByAttribute("value", "heat");
    await $t(b, "experiment-comparator").selectByAttribute("value", "rest");
    await $t(b, "experiment-design-session").click();
    const hint = await $t(b, "experiment-hint");
    await hint.waitForExist({ timeout: 5000 });
    assert.match(await hint.getText(), /About \d+ pairs, about \d+ days, to see a difference of 1\.0 points/);
    await $t(b, "experiment-pairs").setValue("6");
    await b.saveScreenshot(path.join(SHOTS, "20-experiment-start.png"));
    await accessible(b, "Experiment, start");
    await $t(b, "experiment-start").click();
    await $t(b, "experiment-running").waitForExist({ timeout: 5000 });
    await clearToasts(b);

    for (let slot = 1; slot <= 4; slot++) {
      await $t(b, "nav-log").click();
      // The assignment of this slot, revealed once the previous one is rated.
      await b.$(`[data-testid="experiment-now"][data-slot="${slot}"]`).waitForExist({ timeout: 10000 });
      const now = await $t(b, "experiment-assignment");
      assert.match(await now.getText(), /^This session: (heat|resting), on its own/);
      const key = (await now.getText()).includes("heat") ? "heat" : "rest";
      if (slot === 1) await b.saveScreenshot(path.join(SHOTS, "21-experiment-on-log.png"));
      await $t(b, `remedy-${key}`).click();
      await $t(b, "nav-log").click();
      await b.keys(["6"]);
      await saveAnswering(b);
      assert.match(await toastText(b), /Saved: soreness 6\/10/);
      await clearToasts(b);
      // "How sore now?" fills the rating after; the next slot is revealed only then.
      const ask = await $t(b, "follow-up");
      await ask.waitForExist({ timeout: 15000 });
      await b.keys([key === "heat" ? "3" : "5"]);
      await ask.waitForExist({ reverse: true, timeout: 5000 });
      await clearToasts(b);
    }

    await $t(b, "nav-experiment").click();
    const progress = await $t(b, "experiment-progress");
    await b.waitUntil(async () => (await progress.getText()).startsWith("2 of 6 pairs complete"), { timeout: 10000, timeoutMsg: `progress: ${await progress.getText()}` });
    // No effect while it runs: no result, no numbers.
    assert.equal(await $t(b, "experiment-result").isExisting(), false);
    assert.doesNotMatch(await $t(b, "experiment-running").getText(), /points|likely|chance/i);
    await b.saveScreenshot(path.join(SHOTS, "22-experiment-running.png"));
    await accessible(b, "Experiment, running");

    await $t(b, "experiment-reason").setValue("a cold");
    await $t(b, "experiment-stop").click();
    const sentence = await $t(b, "experiment-sentence");
    await sentence.waitForExist({ timeout: 5000 });
    assert.match(await sentence.getText(), /^Stopped early \(a cold\)\. Only 2 complete pairs: not enough to say/);
    await b.saveScreenshot(path.join(SHOTS, "23-experiment-result.png"));
    await accessible(b, "Experiment, result");

    // The CLI reads the same experiment from the journal.
    const read = spawnSync(CLI, ["--db", day.env.RELIEF_DB, "experiment", "result", "--json"], { encoding: "utf8" });
    assert.equal(read.status, 0, read.stderr);
    const result = JSON.parse(read.stdout);
    assert.equal(result.state, "stopped");
    assert.equal(result.pairs_complete, 2);
    assert.equal(result.differences.length, 2);
    assert.deepEqual(result.differences, [2, 2]);
  } finally {
    await b.deleteSession().catch(() => {});
    await stopIt();
  }
});

test("import from another app: a Bearable export through the dialog, its preview and a changed severity mapping; the check-ins appear in History and Insights", async () => {
  await ownApp((h) => {
    const fixture = path.resolve(import.meta.dirname, "../../tests/fixtures/imports/bearable.csv");
    writeFileSync(path.join(h.dialogs, "other-app.csv"), readFileSync(fixture));
  });
  const b = browser;
  await $t(b, "nav-export").click();
  await $t(b, "import-other").click();
  await $t(b, "import-other-panel").waitForExist({ timeout: 5000 });
  assert.equal(await $t(b, "import-app").getValue(), "bearable", "recognised from its header");
  const firstRating = async () => (await b.$$('[data-testid="import-row"]'))[0].$("td:nth-child(2)").getText();
  await $t(b, "import-preview").waitForExist({ timeout: 5000 });
  assert.equal(await firstRating(), "5/10", "Moderate is 5 by default");
  assert.match(await $t(b, "import-unusable").getText(), /2 rows cannot be used[\s\S]*Line 16: time of day "evening"/);
  // Moderate means 6 to this person: the preview follows.
  await $t(b, "severity-moderate").setValue("6");
  await b.waitUntil(async () => (await firstRating()) === "6/10", { timeout: 5000, timeoutMsg: "the preview did not follow the mapping" });
  assert.equal(await $t(b, "import-other-go").isEnabled(), false, "unusable rows must be left out on purpose");
  await $t(b, "import-leave-out").click();
  await b.waitUntil(async () => (await $t(b, "import-other-go").getText()) === "Import 8 check-ins", { timeout: 5000, timeoutMsg: "the whole file was not read" });
  await b.saveScreenshot(path.join(SHOTS, "24-import-preview.png"));
  await accessible(b, "Export, import preview");
  await $t(b, "import-other-go").click();
  assert.match(await toastText(b), /Imported 8 check-ins; 0 were already in the journal/);
  await clearToasts(b);

  await $t(b, "nav-history").click();
  await b.waitUntil(async () => (await b.$$('[data-testid="entry-source"]')).length === 8, { timeout: 5000, timeoutMsg: "History does not show 8 imported check-ins" });
  // Read once History has rendered them (read before, the list could still be empty).
  const sources = await b.$$('[data-testid="entry-source"]');
  assert.match(await sources[0].getText(), /imported from Bearable \(other-app\.csv\)/);
  // Insights over everything (the history is from 2020): the imported days are there.
  await $t(b, "nav-insights").click();
  await $t(b, "range-all").click();
  await b.waitUntil(async () => !(await $t(b, "insights-empty").isExisting()), { timeout: 10000, timeoutMsg: "Insights does not show the imported history" });
  await b.saveScreenshot(path.join(SHOTS, "25-insights-after-import.png"));
});

/** Every visible text, and every label for screen readers, that did not come from the
 * messages: in the pseudo-language each of those letters is accented, so a plain ASCII letter
 * is text written somewhere else. The person's own words (`translate="no"`) and text in
 * another language on purpose (`lang`, e.g. each language's own name) are theirs. */
function untranslated() {
  const own = (el) =>
    el.closest('[translate="no"], script, style') ||
    (el.closest("[lang]") && el.closest("[lang]") !== document.documentElement);
  const shown = (el) => {
    if (!el.getClientRects().length) return false;
    const style = getComputedStyle(el);
    return style.visibility !== "hidden" && style.display !== "none";
  };
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.trim();
    const el = node.parentElement;
    if (!/[A-Za-z]/.test(text) || !el || own(el) || !shown(el)) continue;
    found.push(`text "${text.slice(0, 80)}" in <${el.tagName.toLowerCase()}>`);
  }
  for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")) {
    if (own(el)) continue;
    for (const name of ["aria-label", "title", "placeholder", "alt"]) {
      const value = el.getAttribute(name);
      if (value && /[A-Za-z]/.test(value)) found.push(`${name}="${value.slice(0, 80)}" on <${el.tagName.toLowerCase()}>`);
    }
  }
  return found;
}

/** Every control or heading whose text runs out of its box, and a page wider than the window. */
function overflowing() {
  const found = [];
  const selector = "button, label, legend, summary, th, td, h1, h2, h3, h4, .chip, .pill, nav, p, li";
  for (const el of document.body.querySelectorAll(selector)) {
    if (!el.getClientRects().length || getComputedStyle(el).visibility === "hidden") continue;
    const box = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    if (text.width === 0 || box.width === 0) continue;
    if (text.right > box.right + 1 || text.left < box.left - 1 || text.bottom > box.bottom + 1) {
      found.push(`<${el.tagName.toLowerCase()}> "${el.textContent.trim().slice(0, 60)}" (${Math.round(text.width)}×${Math.round(text.height)} in ${Math.round(box.width)}×${Math.round(box.height)})`);
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`);
  return found;
}

/** Each view with as much of it open as a person would open, for `look(view)` to check. */
async function everyView(b, look) {
  await $t(b, "nav-log").click();
  await $t(b, "log-form").waitForExist();
  await $t(b, "remedy-heat").click();
  await $t(b, "remedy-timer-heat").click();
  await b.execute(() => document.querySelector('[data-testid="log-form"] details')?.setAttribute("open", ""));
  await look("log");
  await $t(b, "remedy-heat").click();

  await $t(b, "nav-history").click();
  await $t(b, "entry").waitForExist({ timeout: 5000 });
  await look("history");
  await $t(b, "edit").click();
  await $t(b, "editor").waitForExist();
  await look("history-edit");
  await $t(b, "cancel-edit").click();

  await $t(b, "nav-insights").click();
  await $t(b, "verdict-card").waitForExist({ timeout: 10000 });
  await look("insights");

  await $t(b, "nav-experiment").click();
  await $t(b, "experiment-hint").waitForExist({ timeout: 5000 });
  await look("experiment");

  await $t(b, "nav-export").click();
  await $t(b, "export-view").waitForExist();
  await look("export");

  await $t(b, "nav-settings").click();
  await $t(b, "settings-view").waitForExist();
  if (!(await $t(b, "reminder-0").isExisting())) await $t(b, "add-stretch-reminder").click();
  await $t(b, "reminder-0").waitForExist();
  await look("settings");
}

test("in a pseudo-language every word in every view comes from the messages, and none overflows its box", { skip: !CLI }, async () => {
  await ownApp(async (h) => {
    h.env.RELIEF_PSEUDO_LOCALE = "1";
    await cli("--db", h.env.RELIEF_DB, "sample", "--days", "40", "--seed", "11");
  }, { firstStart: true });
  const b = browser;
  assert.equal(await b.execute(() => document.documentElement.lang), "en");
  assert.notEqual(await $t(b, "nav-log").getText(), "Log", "the pseudo-language is on");
  const problems = [];
  // The red-flag screens: the checklist at the first start, the emergency screen, the page.
  const screens = async (name) => {
    await b.saveScreenshot(path.join(SHOTS, `30-pseudo-${name}.png`));
    for (const p of await b.execute(untranslated)) problems.push(`${name}: ${p}`);
    for (const p of await b.execute(overflowing)) problems.push(`${name}: overflows: ${p}`);
  };
  await $t(b, "red-flag-check").waitForExist({ timeout: 5000 });
  await screens("red-flag-check");
  await $t(b, "red-flag-tearing").click();
  await $t(b, "red-flag-save").click();
  await $t(b, "emergency").waitForExist({ timeout: 5000 });
  await screens("emergency");
  await $t(b, "emergency-close").click();
  await $t(b, "open-help").click();
  await $t(b, "help-page").waitForExist({ timeout: 5000 });
  await screens("help-page");
  await $t(b, "help-close").click();
  await everyView(b, async (view) => {
    await clearToasts(b);
    await b.saveScreenshot(path.join(SHOTS, `30-pseudo-${view}.png`));
    for (const p of await b.execute(untranslated)) problems.push(`${view}: ${p}`);
    for (const p of await b.execute(overflowing)) problems.push(`${view}: overflows: ${p}`);
  });
  assert.deepEqual(problems, [], problems.join("\n"));
});

test("Relief in German, chosen in Settings: every view, Insights' sentences, kept across a restart and in the JSON export", { skip: !CLI }, async () => {
  await ownApp((h) => cli("--db", h.env.RELIEF_DB, "sample", "--days", "60", "--seed", "12"));
  const b = browser;
  assert.equal(await $t(b, "nav-log").getText(), "Log");
  await $t(b, "nav-settings").click();
  await $t(b, "language").selectByAttribute("value", "de");
  await b.waitUntil(async () => (await $t(b, "nav-log").getText()) === "Eintragen", { timeout: 5000, timeoutMsg: "the window did not switch to German" });
  assert.equal(await b.execute(() => document.documentElement.lang), "de");
  metrics.germanMessagesReadMs = Number(await $t(b, "app").getAttribute("data-messages-ms"));
  // The names Relief gave follow at once: built-in remedies and causes, body regions.
  await b.waitUntil(async () => (await $t(b, "name-heat").getValue()) === "Wärme", { timeout: 5000, timeoutMsg: "built-in remedies still in English" });
  assert.equal(await $t(b, "name-posture").getValue(), "Haltung");
  await clearToasts(b);
  const problems = [];
  await everyView(b, async (view) => {
    await clearToasts(b);
    await b.saveScreenshot(path.join(SHOTS, `31-de-${view}.png`));
    for (const p of await b.execute(overflowing)) problems.push(`${view}: overflows: ${p}`);
  });
  assert.deepEqual(problems, [], problems.join("\n"));

  // Insights speaks German: the summary, the verdicts' words and sentences, built-in remedies.
  await $t(b, "nav-insights").click();
  const heat = await b.$('[data-testid="verdict-card"][data-key="heat"]');
  await heat.waitForExist({ timeout: 10000 });
  assert.match(await heat.getText(), /Wärme/);
  assert.match(await $t(b, "insights-summary").getText(), /Einträge an \d+ von \d+ Tagen/);
  assert.match(await $t(b, "chart-trend").getAttribute("alt"), /Schmerzen im Verlauf/);
  await $t(b, "nav-log").click();
  assert.equal(await $t(b, "region-neck").getText(), "Nacken");

  // The choice is the journal's: after a restart the window speaks German at once.
  const again = await restartMain();
  assert.equal(await $t(again, "nav-log").getText(), "Eintragen");
  await $t(again, "nav-export").click();
  await $t(again, "export-json").click();
  await again.waitUntil(() => existsSync(path.join(home.dialogs, "relief-journal.json")), { timeout: 5000, timeoutMsg: "no export" });
  const exported = JSON.parse(readFileSync(path.join(home.dialogs, "relief-journal.json"), "utf8"));
  assert.equal(exported.settings.language, "de");

  // Back to the system's language (English here).
  await $t(again, "nav-settings").click();
  await $t(again, "language").selectByAttribute("value", "system");
  await again.waitUntil(async () => (await $t(again, "nav-log").getText()) === "Log", { timeout: 5000, timeoutMsg: "the window did not go back to English" });
});

test("protect the journal from Settings; after a restart it asks for the passphrase, refuses a wrong one, opens with the right one", { skip: !CLI }, async () => {
  await ownApp((h) => cli("--db", h.env.RELIEF_DB, "sample", "--days", "40", "--seed", "21"));
  const b = browser;
  await $t(b, "nav-settings").click();
  await $t(b, "protection").waitForExist({ timeout: 5000 });
  assert.match(await $t(b, "protection-state").getText(), /Protect your journal/);
  await $t(b, "protect-passphrase").setValue("a long walk at dusk");
  await $t(b, "protect-again").setValue("a long walk at dusk");
  await $t(b, "protection").scrollIntoView();
  await b.saveScreenshot(path.join(SHOTS, "40-protect-settings.png"));
  await $t(b, "protect-go").click();
  assert.match(await toastText(b), /protected/);
  await clearToasts(b);
  assert.match(await $t(b, "protection-state").getText(), /are protected by a passphrase/);
  // On disk: no SQLite header, no remedy's name.
  const bytes = readFileSync(home.env.RELIEF_DB);
  assert.ok(!bytes.subarray(0, 16).toString("latin1").startsWith("SQLite format 3"));
  assert.ok(!bytes.includes(Buffer.from("Foam rolling")));

  // A restart asks for the passphrase before anything else.
  const again = await restartMain();
  await $t(again, "unlock").waitForExist({ timeout: 5000 });
  assert.equal(await $t(again, "nav-log").isExisting(), false, "the views stay hidden while locked");
  await again.saveScreenshot(path.join(SHOTS, "41-unlock.png"));
  const before = readFileSync(home.env.RELIEF_DB);
  await $t(again, "unlock-passphrase").setValue("a short walk at dawn");
  await $t(again, "unlock-go").click();
  await $t(again, "unlock-error").waitForExist({ timeout: 10000 });
  assert.match(await $t(again, "unlock-error").getText(), /wrong passphrase/);
  assert.equal(await $t(again, "nav-log").isExisting(), false, "a wrong passphrase shows the message and nothing else");
  assert.equal(await again.$('[data-testid="log-view"]').isExisting(), false);
  assert.ok(before.equals(readFileSync(home.env.RELIEF_DB)), "a wrong passphrase changed the file");
  await again.saveScreenshot(path.join(SHOTS, "42-unlock-wrong.png"));

  // The right one opens it, remembered on this computer: log a check-in, see Insights.
  await $t(again, "unlock-passphrase").setValue("a long walk at dusk");
  await $t(again, "unlock-remember").click();
  await $t(again, "unlock-go").click();
  await $t(again, "nav-log").waitForDisplayed({ timeout: 10000 });
  await $t(again, "rating-3").waitForExist({ timeout: 5000 });
  await $t(again, "rating-3").click();
  await again.keys([Key.Ctrl, Key.Enter]);
  assert.match(await toastText(again), /Saved: soreness 3\/10/);
  await clearToasts(again);
  // Exports are said to be ordinary files where they are made.
  await $t(again, "nav-export").click();
  assert.match(await $t(again, "export-plain").getText(), /ordinary files/);
  await $t(again, "nav-insights").click();
  await again.$('[data-testid="verdict-card"]').waitForExist({ timeout: 10000 });
  assert.match(await $t(again, "insights-summary").getText(), /logged on \d+ of \d+ days/);
  await again.saveScreenshot(path.join(SHOTS, "43-unlocked-insights.png"));

  // Remembered in the session's keyring (a real Secret Service): the next start opens at once.
  const third = await restartMain();
  await $t(third, "nav-log").waitForExist({ timeout: 10000 });
  assert.equal(await $t(third, "unlock").isExisting(), false, "a remembered passphrase was asked for");
  // Forgotten again from Settings: the start after asks.
  await $t(third, "nav-settings").click();
  await $t(third, "protect-remember").waitForExist({ timeout: 5000 });
  assert.equal(await $t(third, "protect-remember").isSelected(), true);
  await $t(third, "protect-remember").click();
  await third.waitUntil(async () => !(await $t(third, "protect-remember").isSelected()), { timeout: 5000, timeoutMsg: "not forgotten" });
  await $t(await restartMain(), "unlock").waitForExist({ timeout: 5000 });
  // The CLI agrees: the journal is protected and holds the new check-in.
  const pw = path.join(home.dir, "pw");
  writeFileSync(pw, "a long walk at dusk\n");
  await closeMain();
  const listed = spawnSync(CLI, ["--db", home.env.RELIEF_DB, "--passphrase-file", pw, "list"], { encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } });
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, /3\/10/);
});

test("sync: join another computer's folder from Settings; its check-ins appear in History without a restart, and ours reach it", { skip: !CLI }, async () => {
  // The other computer is the CLI on its own journal; the folder the dialog "picks" is
  // dialogs/sync (the test hook).
  let laptop;
  let folder;
  let pw;
  const run = (...args) => {
    const r = spawnSync(CLI, ["--db", laptop, ...args], { encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" } });
    assert.equal(r.status, 0, `relief ${args.join(" ")}: ${r.stderr}`);
    return r.stdout;
  };
  await ownApp(async (h) => {
    laptop = path.join(h.dir, "laptop.db");
    folder = path.join(h.dialogs, "sync");
    pw = path.join(h.dir, "sync-pw");
    writeFileSync(pw, "a long walk at dusk\n");
    run("add", "--rating", "6", "--note", "written on the laptop");
    run("sync", "setup", folder, "--sync-passphrase-file", pw);
  });
  const b = browser;
  await $t(b, "nav-settings").click();
  await $t(b, "sync").waitForExist({ timeout: 5000 });
  await $t(b, "sync-mode-join").click();
  await $t(b, "sync-passphrase").setValue("a long walk at dusk");
  await $t(b, "sync").scrollIntoView();
  await b.saveScreenshot(path.join(SHOTS, "50-sync-join.png"));
  await $t(b, "sync-go").click();
  assert.match(await toastText(b), /Joined/);
  await clearToasts(b);
  await $t(b, "sync-state").waitForExist({ timeout: 5000 });
  assert.match(await $t(b, "sync-state").getText(), /Syncing through .*sync/);
  await b.waitUntil(async () => (await $t(b, "sync").getText()).includes("last change"), { timeout: 10000, timeoutMsg: "the laptop is not listed" });
  await b.saveScreenshot(path.join(SHOTS, "51-sync-status.png"));
  await $t(b, "nav-history").click();
  await b.waitUntil(async () => (await $t(b, "history-view").getText()).includes("written on the laptop"), { timeout: 10000, timeoutMsg: "the joined check-in is not in History" });

  // A check-in made on the laptop arrives by itself: the folder's watcher runs a round.
  run("add", "--rating", "4", "--note", "later, on the laptop");
  run("sync");
  await b.waitUntil(async () => (await $t(b, "history-view").getText()).includes("later, on the laptop"), { timeout: 20000, timeoutMsg: "the laptop's new check-in did not appear without a restart" });
  await b.saveScreenshot(path.join(SHOTS, "52-sync-history.png"));

  // One logged here reaches the laptop.
  await $t(b, "nav-log").click();
  await $t(b, "rating-3").waitForExist({ timeout: 5000 });
  await $t(b, "rating-3").click();
  await b.keys([Key.Ctrl, Key.Enter]);
  assert.match(await toastText(b), /Saved: soreness 3\/10/);
  await clearToasts(b);
  let listed = "";
  for (let i = 0; i < 40 && !/3\/10/.test(listed); i++) {
    await sleep(500);
    run("sync");
    listed = run("list");
  }
  assert.match(listed, /3\/10/, "the app's check-in did not reach the laptop");

  // The laptop's own app, on its journal: a check-in saved in either app appears in the
  // other's History without a restart.
  const laptopHome = path.join(home.dir, "laptop-home");
  const laptopApp = await otherApp({
    ...home.env,
    RELIEF_DB: laptop,
    XDG_CONFIG_HOME: path.join(laptopHome, "config"),
    XDG_DATA_HOME: path.join(laptopHome, "data"),
    RELIEF_E2E_DIALOG_DIR: path.join(laptopHome, "dialogs"),
  });
  try {
    const l = laptopApp.b;
    await $t(l, "rating-7").waitForExist({ timeout: 5000 });
    // The rating first, while the scale is in view (the header sticks over it once the page
    // has scrolled to the note).
    await $t(l, "rating-7").click();
    await $t(l, "note").setValue("saved in the laptop's app");
    await l.keys([Key.Ctrl, Key.Enter]);
    assert.match(await toastText(l), /Saved: soreness 7\/10/);
    await $t(b, "nav-history").click();
    await b.waitUntil(async () => (await $t(b, "history-view").getText()).includes("saved in the laptop's app"), { timeout: 20000, timeoutMsg: "the laptop app's check-in did not appear in this app's History" });
    await $t(b, "nav-log").click();
    await $t(b, "rating-2").waitForExist({ timeout: 5000 });
    await $t(b, "rating-2").click();
    await $t(b, "note").setValue("saved in the desktop's app");
    await b.keys([Key.Ctrl, Key.Enter]);
    assert.match(await toastText(b), /Saved: soreness 2\/10/);
    await $t(l, "nav-history").click();
    await l.waitUntil(async () => (await $t(l, "history-view").getText()).includes("saved in the desktop's app"), { timeout: 20000, timeoutMsg: "the desktop app's check-in did not appear in the laptop app's History" });
    await l.saveScreenshot(path.join(SHOTS, "53-sync-two-apps.png"));
  } finally {
    await laptopApp.stop();
  }
  // The folder holds no note's text and no SQLite file.
  for (const sub of readdirSync(folder)) {
    const p = path.join(folder, sub);
    const files = lstatSync(p).isDirectory() ? readdirSync(p).map((f) => path.join(p, f)) : [p];
    for (const f of files) {
      const bytes = readFileSync(f);
      assert.ok(!bytes.includes(Buffer.from("laptop")) && !bytes.includes(Buffer.from("SQLite format 3")), f);
    }
  }
});

/** Saves with Ctrl+Enter; when the red-flag checklist follows (a high rating, one well above
 * the usual, an injury), answers "None of these" — by `keys`, or by a click. Whether it asked. */
async function saveAnswering(b, keys = null) {
  await saveCheckIn(b);
  const check = await $t(b, "red-flag-check");
  if (!(await check.isExisting())) return false;
  if (keys) await b.keys(keys);
  else await $t(b, "red-flag-none").click();
  await check.waitForExist({ reverse: true, timeout: 5000 });
  return true;
}

/** Saves the check-in in the form (Ctrl+Enter) and waits until everything that follows a save
 * is done — the questions scheduled and the red flags asked, or not. */
async function saveCheckIn(b) {
  const form = await $t(b, "log-form");
  const before = Number(await form.getAttribute("data-saves"));
  await b.keys([Key.Ctrl, Key.Enter]);
  await b.waitUntil(async () => Number(await form.getAttribute("data-saves")) > before, { timeout: 10000, timeoutMsg: "the save did not finish" });
}

test("red flags: asked once at the first start; a 9 with chest pain shows the emergency number of the region and is saved with it; History and the report name it; a 4 the same day asks nothing", { skip: !CLI }, async () => {
  await ownApp((h) => {
    // The system's region decides the number: the UK's is 999.
    h.env.LANG = "en_GB.UTF-8";
  }, { firstStart: true });
  const b = browser;
  // The first start asks, with "None of these" as one key press.
  await $t(b, "red-flag-check").waitForExist({ timeout: 5000 });
  assert.match(await $t(b, "red-flag-check").getText(), /Does it come with any of these\?[\s\S]*Once, before you start/);
  await accessible(b, "the red-flag checklist");
  await b.saveScreenshot(path.join(SHOTS, "60-red-flag-first-start.png"));
  await b.keys(["Enter"]);
  await $t(b, "red-flag-check").waitForExist({ reverse: true, timeout: 5000 });
  // Never again after that, not even after a restart.
  await restartMain();
  assert.equal(await $t(browser, "red-flag-check").isExisting(), false, "the first-start question came back");
  const w = browser;

  // A 9: saved first, then asked; the keyboard alone ticks chest pain and saves the answer.
  await $t(w, "rating-9").click();
  await $t(w, "note").setValue("tight chest");
  await saveCheckIn(w);
  assert.match(await toastText(w), /Saved: soreness 9\/10/);
  await $t(w, "red-flag-check").waitForExist({ timeout: 5000 });
  assert.match(await $t(w, "red-flag-check").getText(), /You logged a high rating/);
  await w.keys(["Tab"]); // "Not now" (saving the answer waits for a tick)
  await w.keys(["Tab"]); // around to the first sign: chest pain
  assert.equal(await w.execute(() => document.activeElement?.getAttribute("data-testid")), "red-flag-chest_pain");
  await w.keys([" "]);
  await w.keys([Key.Shift, Key.Tab]); // back around to "Not now"
  await w.keys([Key.Shift, Key.Tab]); // "Save the answer"
  assert.equal(await w.execute(() => document.activeElement?.getAttribute("data-testid")), "red-flag-save");
  await w.keys(["Enter"]);
  await $t(w, "emergency").waitForExist({ timeout: 5000 });
  const screen = await $t(w, "emergency").getText();
  assert.match(screen, /Call 999 now/);
  assert.match(screen, /Other emergency numbers: 112, 911/);
  assert.doesNotMatch(screen, /stretch|heat|massage/i, "no remedy is suggested");
  await accessible(w, "the emergency screen");
  await w.saveScreenshot(path.join(SHOTS, "61-emergency.png"));
  await $t(w, "emergency-close").click();

  // Saved with it: History and the report's first page name it.
  await $t(w, "nav-history").click();
  await w.waitUntil(async () => (await $t(w, "history-view").getText()).includes("Red flags reported: chest pain or pressure"), { timeout: 5000, timeoutMsg: "History does not name the red flag" });
  await w.saveScreenshot(path.join(SHOTS, "62-history-red-flag.png"));
  const pdf = path.join(home.dir, "report.pdf");
  const made = spawnSync(CLI, ["--db", home.env.RELIEF_DB, "report", "--out", pdf], { encoding: "utf8" });
  assert.equal(made.status, 0, made.stderr);
  const page1 = spawnSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" }).stdout;
  assert.match(page1.replace(/\s+/g, " "), /Red flags reported: \d{4}-\d\d-\d\d: chest pain or pressure/);

  // A 4 the same day asks nothing.
  await $t(w, "nav-log").click();
  await $t(w, "rating-4").waitForExist({ timeout: 5000 });
  await $t(w, "rating-4").click();
  await saveCheckIn(w);
  assert.equal(await $t(w, "red-flag-check").isExisting(), false, "a 4 asked again the same day");

  // "When to get help" is always there, from Log and from Insights.
  await $t(w, "open-help").click();
  await $t(w, "help-page").waitForExist({ timeout: 5000 });
  assert.match(await $t(w, "help-page").getText(), /Call an ambulance now \(999\) if the pain comes with:[\s\S]*See a doctor today or soon if:/);
  await accessible(w, "When to get help");
  await w.saveScreenshot(path.join(SHOTS, "63-when-to-get-help.png"));
  await w.keys(["Escape"]);
  await $t(w, "help-page").waitForExist({ reverse: true, timeout: 5000 });
  await $t(w, "nav-insights").click();
  await $t(w, "open-help-insights").click();
  await $t(w, "help-page").waitForExist({ timeout: 5000 });
  await $t(w, "help-close").click();
});

test("a stretching session from its guide: each hold counted down with a cue between, recorded with its minutes and repetitions, then 'How sore now?'", { skip: !CLI }, async () => {
  await ownApp();
  const b = browser;
  await $t(b, "rating-5").click();
  await $t(b, "remedy-stretch").click();
  // The guide is there with the remedy, before doing it.
  await $t(b, "guide-stretch").click();
  assert.match(await $t(b, "guide-stretch").getText(), /Lie on your back[\s\S]*Hold for 10 seconds[\s\S]*Stop if the pain gets sharper/);
  await accessible(b, "the stretching guide");
  await $t(b, "remedy-timer-stretch").click();
  await $t(b, "remedy-reps-stretch").setValue("2");
  await $t(b, "guide-stretch").scrollIntoView();
  await b.saveScreenshot(path.join(SHOTS, "64-stretch-guide.png"));
  await saveCheckIn(b);
  // The timer is the session: hold 1 of 2 counts down, the cue comes, then hold 2.
  await $t(b, "session-stretch").waitForExist({ timeout: 5000 });
  assert.match(await $t(b, "session-hold").getText(), /Hold 1 of 2: \d+ s/);
  assert.equal(await b.execute(() => window.scrollY), 0, "the session is shown at the top");
  await b.saveScreenshot(path.join(SHOTS, "65-stretch-session.png"));
  await b.waitUntil(async () => /Hold 2 of 2/.test(await $t(b, "session-hold").getText()), { timeout: 15000, timeoutMsg: "the second hold did not come" });
  assert.equal(await $t(b, "session-cue").getText(), "Lower your arms and breathe");
  // Then the question, as after every timer.
  await $t(b, "follow-up").waitForExist({ timeout: 20000 });
  await $t(b, "follow-up-3").click();
  await $t(b, "follow-up").waitForExist({ reverse: true, timeout: 5000 });
  const listed = spawnSync(CLI, ["--db", home.env.RELIEF_DB, "list", "--json"], { encoding: "utf8" });
  const entries = JSON.parse(listed.stdout);
  const use = entries.flatMap((e) => e.remedies).find((u) => u.key === "stretch");
  assert.equal(use.minutes, 1);
  assert.equal(use.detail, "2 holds of 10 s");
  assert.equal(use.rating_after, 3);

  // A remedy of one's own carries one's own how-to, shown with it in Log.
  await clearToasts(b);
  await $t(b, "nav-settings").click();
  await $t(b, "new-remedy").setValue("Yoga");
  await $t(b, "add-remedy").click();
  assert.match(await toastText(b), /Yoga/);
  await clearToasts(b);
  await $t(b, "how-to-yoga").click();
  await $t(b, "how-to-text-yoga").setValue("Cat and cow on hands and knees, slowly.");
  await $t(b, "how-to-save-yoga").click();
  assert.match(await toastText(b), /How-to saved/);
  await clearToasts(b);
  await $t(b, "nav-log").click();
  await $t(b, "remedy-yoga").click();
  await $t(b, "guide-yoga").click();
  assert.match(await $t(b, "guide-yoga").getText(), /Cat and cow on hands and knees, slowly\.[\s\S]*Stop if the pain gets sharper/);
  await accessible(b, "an own remedy's how-to");
});
