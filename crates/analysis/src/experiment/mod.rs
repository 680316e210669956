//! Personal experiments (randomized N-of-1 trials): the schedule drawn at the start, what the
//! logged check-ins did with each slot, and the analysis of the complete pairs — a t-interval,
//! the exact sign-flip randomization test and a verdict in one plain sentence. Pure functions
//! over an [`Experiment`](crate::model::Experiment) and entries; the store keeps the plans.
//! `docs/experiments.md` is the method.

pub mod estimate;
pub mod follow;
pub mod hint;
pub mod result;
pub mod schedule;

pub use estimate::{estimate, Estimate, Verdict};
pub use follow::{follow, Current, Deviation, Pair, Progress, Slot, SlotState, State};
pub use hint::{hint, Hint};
pub use result::{result, ExperimentResult};
pub use schedule::draw;
