//! `relief protect`, `unprotect` and `passphrase`, and the passphrase of a protected journal
//! for every other command (`docs/protect.md`): asked on the terminal without echo, or given by
//! a script in a file (`--passphrase-file`) or on standard input (`--passphrase-stdin`). Never
//! as an argument or in the environment, where other programs and shell histories see it.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use relief::i18n::Value::{Count, Text};
use relief::model::ValueError;
use relief::store::protect::Passphrase;
use relief::{system, Error, Journal};

use super::{say, Outcome};

/// Where the passphrases come from.
#[derive(Args, Debug, Default)]
pub struct PassphraseArgs {
    /// Read the journal's passphrase from the first line of FILE (for scripts).
    #[arg(long, global = true, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
    /// Read the journal's passphrase from the first line of standard input (for scripts;
    /// `relief passphrase` reads the new one from the second line).
    #[arg(long, global = true, conflicts_with = "passphrase_file")]
    passphrase_stdin: bool,
}

/// The new passphrase of `relief protect` and `relief passphrase`.
#[derive(Args, Debug)]
pub struct NewPassphraseArgs {
    /// Read the new passphrase from the first line of FILE (for scripts); else it is asked
    /// twice on the terminal (or read from standard input with --passphrase-stdin).
    #[arg(long, value_name = "FILE")]
    new_passphrase_file: Option<PathBuf>,
}

/// The passphrases given to this run, read once each, in order.
pub struct Keys {
    args: PassphraseArgs,
    stdin_lines: Option<std::vec::IntoIter<String>>,
}

impl Keys {
    pub fn new(args: PassphraseArgs) -> Keys {
        Keys {
            args,
            stdin_lines: None,
        }
    }

    /// Whether a script gave the journal's passphrase (so it is used from the start).
    fn given(&self) -> bool {
        self.args.passphrase_file.is_some() || self.args.passphrase_stdin
    }

    fn stdin_line(&mut self) -> Result<String, Error> {
        let lines = self.stdin_lines.get_or_insert_with(|| {
            std::io::stdin()
                .lock()
                .lines()
                .take(2)
                .map_while(Result::ok)
                .collect::<Vec<_>>()
                .into_iter()
        });
        lines.next().ok_or_else(|| {
            Error::invalid(
                "--passphrase-stdin",
                ValueError::new("rule-passphrase-missing-line"),
            )
        })
    }

    /// The journal's passphrase: from the file, standard input, or the terminal.
    pub fn current(&mut self, path: &Path) -> Result<Passphrase, Error> {
        let text = if let Some(file) = &self.args.passphrase_file {
            first_line(file)?
        } else if self.args.passphrase_stdin {
            self.stdin_line()?
        } else {
            let shown = path.display().to_string();
            let prompt = system::messages().get("cli-passphrase-prompt", &[("path", Text(&shown))]);
            // No terminal to ask on: the journal stays locked, with how to give it.
            ask(&prompt).map_err(|_| {
                Error::invalid(
                    "passphrase",
                    ValueError::new("rule-passphrase-locked").with("path", shown.clone()),
                )
            })?
        };
        Passphrase::given(text).map_err(|e| Error::invalid("passphrase", e))
    }

    /// A new passphrase: from `--new-passphrase-file`, standard input, or asked twice.
    fn new_one(&mut self, args: &NewPassphraseArgs) -> Result<Passphrase, Error> {
        let text = if let Some(file) = &args.new_passphrase_file {
            first_line(file)?
        } else if self.args.passphrase_stdin {
            self.stdin_line()?
        } else {
            let m = system::messages();
            let first = ask(&m.get("cli-new-passphrase", &[])).map_err(no_terminal)?;
            let again = ask(&m.get("cli-new-passphrase-again", &[])).map_err(no_terminal)?;
            if first != again {
                return Err(Error::invalid(
                    "passphrase",
                    ValueError::new("rule-passphrase-differ"),
                ));
            }
            first
        };
        Passphrase::new_one(text).map_err(|e| Error::invalid("passphrase", e))
    }
}

fn no_terminal(_: std::io::Error) -> Error {
    Error::invalid("passphrase", ValueError::new("rule-passphrase-no-terminal"))
}

/// Asks on the terminal without echo.
fn ask(prompt: &str) -> std::io::Result<String> {
    rpassword::prompt_password(prompt)
}

fn first_line(file: &Path) -> Result<String, Error> {
    let text = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
    Ok(text.lines().next().unwrap_or_default().to_owned())
}

/// Opens the journal: a protected one with its passphrase, asked for only when it is needed.
pub fn open(path: &Path, keys: &mut Keys) -> Result<Journal, Error> {
    if keys.given() {
        let key = keys.current(path)?;
        return Journal::open_with(path, Some(&key));
    }
    match Journal::open(path) {
        Err(Error::Locked { .. }) => {
            let key = keys.current(path)?;
            Journal::open_with(path, Some(&key))
        }
        other => other,
    }
}

/// The passphrase a restore needs: the backup's when it is protected, and the journal's when
/// the journal is (what replaces a protected journal stays protected with it).
pub fn for_restore(
    journal: &Path,
    file: &Path,
    keys: &mut Keys,
) -> Result<Option<Passphrase>, Error> {
    use relief::store::protect::looks_protected;
    // Asked for by the journal's name when the journal is protected: its passphrase it is.
    let asked_for = if looks_protected(journal) {
        journal
    } else {
        file
    };
    if keys.given() || looks_protected(file) || looks_protected(journal) {
        keys.current(asked_for).map(Some)
    } else {
        Ok(None)
    }
}

/// `relief protect`: protects the journal and its backups (or, protected, changes the
/// passphrase like `relief passphrase`).
pub fn protect(
    journal: &mut Journal,
    keys: &mut Keys,
    args: &NewPassphraseArgs,
    out: &mut dyn Write,
) -> Outcome {
    let was = journal.is_protected();
    let new = keys.new_one(args)?;
    journal.protect(&new)?;
    let backups = relief::store::backups::list(journal.path())?.len();
    let shown = journal.path().display().to_string();
    let id = if was {
        "cli-passphrase-changed"
    } else {
        "cli-protected"
    };
    say(
        out,
        id,
        &[("path", Text(&shown)), ("backups", Count(backups as i64))],
    )?;
    Ok(())
}

/// `relief unprotect`: the journal and its backups become plain SQLite again.
pub fn unprotect(journal: &mut Journal, out: &mut dyn Write) -> Outcome {
    journal.unprotect()?;
    let backups = relief::store::backups::list(journal.path())?.len();
    let shown = journal.path().display().to_string();
    say(
        out,
        "cli-unprotected",
        &[("path", Text(&shown)), ("backups", Count(backups as i64))],
    )?;
    Ok(())
}
