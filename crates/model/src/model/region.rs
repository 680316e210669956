//! The fixed list of body regions and the side of the body map each is drawn on.
use std::fmt;

use serde::{Deserialize, Serialize};

use super::ValueError;

/// Which side of the body map a region is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum BodySide {
    Front,
    Back,
}

macro_rules! regions {
    ($( $variant:ident => $key:literal, $label:literal, $message:literal, $side:ident; )*) => {
        /// A body region from the fixed list. The order is the order of pickers and of exports:
        /// the upper back first, because that is where Relief's people hurt most.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        #[serde(rename_all = "snake_case")]
        pub enum Region { $( $variant, )* }

        impl Region {
            pub const ALL: &'static [Region] = &[ $( Region::$variant, )* ];

            pub fn key(self) -> &'static str {
                match self { $( Region::$variant => $key, )* }
            }

            /// The region's name in English (files, FHIR, logs).
            pub fn label(self) -> &'static str {
                match self { $( Region::$variant => $label, )* }
            }

            /// The message naming the region in the person's language.
            pub fn message(self) -> &'static str {
                match self { $( Region::$variant => $message, )* }
            }

            /// The region's name in `m`'s language.
            pub fn label_in(self, m: &crate::i18n::Messages) -> String {
                m.get(self.message(), &[])
            }

            pub fn side(self) -> BodySide {
                match self { $( Region::$variant => BodySide::$side, )* }
            }

            pub fn from_key(key: &str) -> Result<Region, ValueError> {
                match key.trim() {
                    $( $key => Ok(Region::$variant), )*
                    other => Err(ValueError::new("rule-region")
                        .with("got", other.escape_debug().to_string())
                        .with("known", Region::ALL.iter().map(|r| r.key()).collect::<Vec<_>>().join(", "))),
                }
            }
        }
    };
}

regions! {
    BetweenShoulderBlades => "between_shoulder_blades", "Between the shoulder blades", "region-between-shoulder-blades", Back;
    UpperBackLeft => "upper_back_left", "Upper back, left", "region-upper-back-left", Back;
    UpperBackRight => "upper_back_right", "Upper back, right", "region-upper-back-right", Back;
    Neck => "neck", "Neck", "region-neck", Back;
    ShoulderLeft => "shoulder_left", "Shoulder, left", "region-shoulder-left", Back;
    ShoulderRight => "shoulder_right", "Shoulder, right", "region-shoulder-right", Back;
    MidBack => "mid_back", "Mid back", "region-mid-back", Back;
    LowerBack => "lower_back", "Lower back", "region-lower-back", Back;
    HipLeft => "hip_left", "Hip, left", "region-hip-left", Back;
    HipRight => "hip_right", "Hip, right", "region-hip-right", Back;
    Head => "head", "Head", "region-head", Front;
    Jaw => "jaw", "Jaw", "region-jaw", Front;
    Chest => "chest", "Chest", "region-chest", Front;
    ArmLeft => "arm_left", "Arm, left", "region-arm-left", Front;
    ArmRight => "arm_right", "Arm, right", "region-arm-right", Front;
    HandLeft => "hand_left", "Hand or wrist, left", "region-hand-left", Front;
    HandRight => "hand_right", "Hand or wrist, right", "region-hand-right", Front;
    LegLeft => "leg_left", "Leg, left", "region-leg-left", Front;
    LegRight => "leg_right", "Leg, right", "region-leg-right", Front;
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}
