//! Text from the bytes of another app's export: UTF-8 (with or without a byte-order mark),
//! UTF-16 with its mark, or Windows-1252 (which reads Latin-1 files too) — by `encoding_rs`,
//! detected or chosen.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use serde::{Deserialize, Serialize};

use crate::i18n::Said;

/// The text encoding of a file: detected, or as the person chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum TextEncoding {
    /// A byte-order mark decides; else UTF-8 if the bytes are valid UTF-8; else Windows-1252.
    #[default]
    Auto,
    #[serde(rename = "utf-8")]
    Utf8,
    #[serde(rename = "utf-16le")]
    Utf16le,
    #[serde(rename = "utf-16be")]
    Utf16be,
    /// Windows-1252, a superset of the printable Latin-1 (ISO 8859-1) characters.
    #[serde(rename = "latin-1")]
    Latin1,
}

/// The text of `bytes` and the encoding it was read in. Chosen UTF-8 that is not valid UTF-8
/// is refused (naming the first bad byte) rather than read with replacement characters.
pub fn decode(bytes: &[u8], encoding: TextEncoding) -> Result<(String, &'static str), Said> {
    let chosen: &'static Encoding = match encoding {
        TextEncoding::Auto => match Encoding::for_bom(bytes) {
            Some((found, _)) => found,
            None if std::str::from_utf8(bytes).is_ok() => UTF_8,
            None => WINDOWS_1252,
        },
        TextEncoding::Utf8 => UTF_8,
        TextEncoding::Utf16le => UTF_16LE,
        TextEncoding::Utf16be => UTF_16BE,
        TextEncoding::Latin1 => WINDOWS_1252,
    };
    if chosen == UTF_8 {
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        return match std::str::from_utf8(body) {
            Ok(text) => Ok((text.to_owned(), "UTF-8")),
            Err(e) => Err(Said::new("read-not-utf8").with("byte", e.valid_up_to() + 1)),
        };
    }
    let (text, used, _) = chosen.decode(bytes);
    Ok((text.into_owned(), used.name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_supported_encoding_reads_the_same_text() {
        let text = "Date;Schmerz\n22.09.2020;Rücken ä\n";
        let latin1: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(text.as_bytes());
        for bytes in [text.as_bytes().to_vec(), bom, utf16, latin1] {
            assert_eq!(
                decode(&bytes, TextEncoding::Auto)
                    .unwrap()
                    .0
                    .trim_start_matches('\u{feff}'),
                text
            );
        }
        assert!(decode(&[0x66, 0xFF], TextEncoding::Utf8)
            .unwrap_err()
            .to_string()
            .contains("byte 2"));
    }
}
