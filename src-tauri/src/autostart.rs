//! Starting Relief at login, in the tray, so that reminders come without opening it first: an
//! XDG autostart entry, `$XDG_CONFIG_HOME/autostart/relief.desktop`, that runs this program with
//! `--hidden`.
//!
//! Written here rather than with the autostart plugin: on Linux that plugin ignores
//! `XDG_CONFIG_HOME` and does not quote the program's path in `Exec`, and the file is ten lines.

use std::path::{Path, PathBuf};

use relief::Error;

/// The argument the autostart entry passes: start without showing the window (when there is a
/// tray to come back from).
pub const HIDDEN: &str = "--hidden";

const FILE: &str = "relief.desktop";

/// The autostart folder: `$XDG_CONFIG_HOME/autostart`, else `~/.config/autostart`.
pub fn folder() -> Option<PathBuf> {
    let config = relief::system::var("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| relief::system::var("HOME").map(|home| PathBuf::from(home).join(".config")))?;
    Some(config.join("autostart"))
}

/// Whether Relief starts at login (its entry is in `folder`).
pub fn enabled_in(folder: &Path) -> bool {
    folder.join(FILE).is_file()
}

/// Writes or removes the entry in `folder` for the program at `program` (checked, like every
/// file Relief writes, never to land on the `journal`).
pub fn set_in(folder: &Path, program: &Path, journal: &Path, enabled: bool) -> relief::Result<()> {
    let path = folder.join(FILE);
    if !enabled {
        return match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(&path, e)),
        };
    }
    std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
    let target = relief::files::Target::new(&path, journal, relief::files::Confirm::Yes)?;
    relief::files::write_bytes(&target, entry(program).as_bytes())
}

/// The desktop entry that starts `program` hidden.
pub fn entry(program: &Path) -> String {
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Relief\n\
         Comment=Reminders and check-ins for recurring soreness\n\
         Exec={} {HIDDEN}\n\
         Icon=relief-desktop\n\
         Terminal=false\n\
         X-GNOME-Autostart-enabled=true\n",
        quote(&program.display().to_string())
    )
}

/// An `Exec` argument, quoted as the desktop entry specification asks when it needs to be.
fn quote(arg: &str) -> String {
    let plain = arg
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+,:@".contains(c));
    if plain {
        return arg.to_string();
    }
    let mut quoted = String::from("\"");
    for c in arg.chars() {
        match c {
            '"' | '`' | '$' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            // `%` introduces field codes; a literal one is doubled.
            '%' => quoted.push_str("%%"),
            _ => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_is_written_quoted_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("autostart");
        let program = Path::new("/opt/My Apps/relief-desktop");
        assert!(!enabled_in(&folder));
        set_in(&folder, program, &folder.join("journal.db"), true).unwrap();
        assert!(enabled_in(&folder));
        let text = std::fs::read_to_string(folder.join(FILE)).unwrap();
        assert!(
            text.contains("\nExec=\"/opt/My Apps/relief-desktop\" --hidden\n"),
            "{text}"
        );
        set_in(&folder, program, &folder.join("journal.db"), false).unwrap();
        assert!(!enabled_in(&folder));
        // Turning off what is off is fine.
        set_in(&folder, program, &folder.join("journal.db"), false).unwrap();
    }

    #[test]
    fn exec_arguments_are_quoted_when_needed() {
        assert_eq!(quote("/usr/bin/relief-desktop"), "/usr/bin/relief-desktop");
        assert_eq!(quote("/a b/c"), "\"/a b/c\"");
        assert_eq!(quote("/x$y\"z"), "\"/x\\$y\\\"z\"");
    }
}
