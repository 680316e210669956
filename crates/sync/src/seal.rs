//! Sealing a file for the folder: XChaCha20-Poly1305 under the sync key, with a fresh random
//! nonce per file and the file's place (`<computer>/<number>`) bound in as associated data, so
//! a file cut short, changed by one byte or moved to another name does not open.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::TryRngCore;
use zeroize::Zeroizing;

/// What every sealed file starts with: Relief's sync format 1.
const MAGIC: &[u8; 4] = b"RLS1";
const NONCE: usize = 24;

/// How hard the key is to guess from a copied folder (`docs/sync.md`): Argon2id with 64 MiB,
/// three passes, one lane (above OWASP's 2023 minimum of 19 MiB and two passes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Cost {
    pub memory_kib: u32,
    pub passes: u32,
}

impl Default for Cost {
    fn default() -> Self {
        Cost {
            memory_kib: 64 * 1024,
            passes: 3,
        }
    }
}

/// Why a key or a file could not be made or opened.
#[derive(Debug, PartialEq, Eq)]
pub enum Unsealed {
    /// Not this key's, or cut short, or changed.
    Fails,
    /// The KDF refused its parameters (a folder header no Relief wrote).
    BadCost,
    /// The operating system gave no random bytes.
    NoRandomness,
}

/// The sync key from the passphrase and the folder's salt.
pub fn derive(passphrase: &[u8], salt: &[u8], cost: Cost) -> Result<Zeroizing<[u8; 32]>, Unsealed> {
    let params =
        Params::new(cost.memory_kib, cost.passes, 1, Some(32)).map_err(|_| Unsealed::BadCost)?;
    let mut key = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase, salt, key.as_mut())
        .map_err(|_| Unsealed::BadCost)?;
    Ok(key)
}

/// Random bytes from the operating system; nothing is sealed without them (a repeated nonce
/// would give the key away).
pub fn random<const N: usize>() -> Result<[u8; N], Unsealed> {
    let mut bytes = [0u8; N];
    rand::rngs::OsRng
        .try_fill_bytes(&mut bytes)
        .map_err(|_| Unsealed::NoRandomness)?;
    Ok(bytes)
}

/// `plain` sealed for the place `place`.
pub fn seal(key: &[u8; 32], place: &str, plain: &[u8]) -> Result<Vec<u8>, Unsealed> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let nonce: [u8; NONCE] = random()?;
    let sealed = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plain,
                aad: place.as_bytes(),
            },
        )
        // Encryption fails only for messages beyond 256 GiB.
        .unwrap_or_default();
    let mut out = Vec::with_capacity(MAGIC.len() + NONCE + sealed.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// The plain bytes of a file sealed for `place`, if it opens whole.
pub fn open(key: &[u8; 32], place: &str, file: &[u8]) -> Result<Vec<u8>, Unsealed> {
    let rest = file.strip_prefix(MAGIC.as_slice()).ok_or(Unsealed::Fails)?;
    if rest.len() < NONCE {
        return Err(Unsealed::Fails);
    }
    let (nonce, sealed) = rest.split_at(NONCE);
    XChaCha20Poly1305::new(key.into())
        .decrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: sealed,
                aad: place.as_bytes(),
            },
        )
        .map_err(|_| Unsealed::Fails)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_file_opens_only_whole_with_its_key_at_its_place() {
        let cheap = Cost {
            memory_kib: 64,
            passes: 1,
        };
        let key = derive(b"correct horse", b"0123456789abcdef", cheap).unwrap();
        let other = derive(b"correct horse!", b"0123456789abcdef", cheap).unwrap();
        let file = seal(&key, "aa/1", b"a note about my back").unwrap();
        assert_eq!(open(&key, "aa/1", &file).unwrap(), b"a note about my back");
        assert!(!file.windows(4).any(|w| w == b"note"));
        assert_eq!(open(&other, "aa/1", &file), Err(Unsealed::Fails));
        assert_eq!(open(&key, "aa/2", &file), Err(Unsealed::Fails));
        assert_eq!(
            open(&key, "aa/1", &file[..file.len() - 1]),
            Err(Unsealed::Fails)
        );
        for at in [0, 5, 30, file.len() - 1] {
            let mut changed = file.clone();
            changed[at] ^= 1;
            assert_eq!(
                open(&key, "aa/1", &changed),
                Err(Unsealed::Fails),
                "byte {at}"
            );
        }
        // Two seals of the same bytes differ (a fresh nonce each).
        assert_ne!(
            seal(&key, "aa/1", b"x").unwrap(),
            seal(&key, "aa/1", b"x").unwrap()
        );
    }
}
