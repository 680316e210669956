//! Files in and out of a journal without touching it: the JSON and CSV formats ([`exchange`],
//! `docs/formats.md`) and other apps' exports ([`imports`], `docs/imports.md`), each read into
//! values the store then writes in one transaction.

pub mod exchange;
pub mod imports;

use relief_model::{error, files, model};
use relief_words as i18n;
