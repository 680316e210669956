//! The schedule: each pair holds one A and one B slot in an order a fair coin decides, so the
//! schedule is balanced and no time trend can pass for an effect.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::model::{extra_pairs, Arm};

/// The arms of every slot for `pairs` pairs and their replacements, from `seed`: the same seed
/// gives the same schedule on every machine.
pub fn draw(pairs: u32, seed: u64) -> Vec<Arm> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..pairs + extra_pairs(pairs))
        .flat_map(|_| {
            if rng.random_bool(0.5) {
                [Arm::A, Arm::B]
            } else {
                [Arm::B, Arm::A]
            }
        })
        .collect()
}

/// A seed from the operating system's randomness, for a real experiment.
pub fn fresh_seed() -> Result<u64, String> {
    use rand::TryRngCore;
    rand::rngs::OsRng
        .try_next_u64()
        .map_err(|e| format!("no randomness from the system for the schedule: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pair_holds_one_a_and_one_b_and_the_seed_decides_the_order() {
        let s = draw(10, 7);
        assert_eq!(s.len(), 2 * 13);
        for pair in s.chunks(2) {
            assert_ne!(pair[0], pair[1]);
        }
        assert_eq!(s, draw(10, 7));
        assert_ne!(s, draw(10, 8));
        // Both orders occur.
        let firsts: Vec<Arm> = draw(40, 1).chunks(2).map(|p| p[0]).collect();
        assert!(firsts.contains(&Arm::A) && firsts.contains(&Arm::B));
    }
}
