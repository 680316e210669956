//! `relief`: the journal from a terminal. A thin front over the core library; every command
//! opens the journal, calls one core operation, and prints the result.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

/// A usage error on one line in the system's language: what clap found wrong, with the
/// reason a value was refused; `--help` has the rest. Kinds Relief does not word itself keep
/// clap's English.
fn usage_error(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let m = relief::system::messages();
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join(", ")),
        _ => None,
    };
    let arg = context(ContextKind::InvalidArg);
    let value = context(ContextKind::InvalidValue);
    let text = |id, args: &[(&str, &str)]| {
        let args: Vec<_> = args
            .iter()
            .map(|(k, v)| (*k, relief::i18n::Value::Text(v)))
            .collect();
        m.get(id, &args)
    };
    let said = match (e.kind(), arg, value) {
        (ErrorKind::ValueValidation, Some(arg), Some(value)) => {
            let reason = std::error::Error::source(e)
                .map(|r| r.to_string())
                .unwrap_or_default();
            Some(text(
                "cli-usage-invalid-value",
                &[("arg", &arg), ("value", &value), ("reason", &reason)],
            ))
        }
        (ErrorKind::InvalidValue, Some(arg), Some(value)) => {
            let valid = context(ContextKind::ValidValue).unwrap_or_default();
            Some(text(
                "cli-usage-possible-values",
                &[("arg", &arg), ("value", &value), ("valid", &valid)],
            ))
        }
        (ErrorKind::UnknownArgument, Some(arg), _) => {
            Some(text("cli-usage-unknown-argument", &[("arg", &arg)]))
        }
        (ErrorKind::MissingRequiredArgument, Some(arg), _) => {
            Some(text("cli-usage-missing", &[("args", &arg)]))
        }
        (ErrorKind::InvalidSubcommand, _, _) => context(ContextKind::InvalidSubcommand)
            .map(|name| text("cli-usage-unknown-command", &[("name", &name)])),
        _ => None,
    };
    let message = said.unwrap_or_else(|| {
        // clap's message runs until its first blank line; the usage follows.
        let text = e.to_string();
        let message = text
            .lines()
            .take_while(|l| !l.trim().is_empty())
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ");
        message
            .strip_prefix("error: ")
            .unwrap_or(&message)
            .to_owned()
    });
    text("cli-usage", &[("message", &message)])
}

fn main() -> ExitCode {
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            use clap::error::ErrorKind;
            return match e.kind() {
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    let _ = e.print();
                    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                        ExitCode::from(2)
                    } else {
                        ExitCode::SUCCESS
                    }
                }
                _ => {
                    eprintln!("{}", usage_error(&e));
                    ExitCode::from(2)
                }
            };
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = cli::run(args, &mut out);
    let flushed = out.flush();
    match result {
        Ok(()) => match flushed {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln!("relief: cannot write output: {e}");
                ExitCode::FAILURE
            }
            _ => ExitCode::SUCCESS,
        },
        Err(cli::Failure::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("relief: {}", e.said().replace('\n', " "));
            ExitCode::FAILURE
        }
    }
}
