//! A front and back body outline with the regions shaded by how often they were sore, as SVG.
//!
//! Seen from behind, the person's left is on the viewer's left; seen from the front, on the
//! viewer's right. Used by the clinician report; any front end can show it as an image.

use std::collections::HashMap;
use std::fmt::Write;

use crate::model::Region;

/// Width and height of the drawing, in SVG units.
pub const WIDTH: f32 = 360.0;
pub const HEIGHT: f32 = 300.0;

/// A region's shape: a rounded rectangle (x, y, w, h, corner radius) in one figure's frame
/// (figure 150 wide, 280 tall), on the back (true) or front (false) figure.
pub fn shape(region: Region) -> (bool, f32, f32, f32, f32, f32) {
    use Region::*;
    match region {
        Neck => (true, 65.0, 48.0, 20.0, 16.0, 4.0),
        ShoulderLeft => (true, 30.0, 64.0, 26.0, 18.0, 8.0),
        ShoulderRight => (true, 94.0, 64.0, 26.0, 18.0, 8.0),
        UpperBackLeft => (true, 46.0, 70.0, 20.0, 38.0, 5.0),
        UpperBackRight => (true, 84.0, 70.0, 20.0, 38.0, 5.0),
        BetweenShoulderBlades => (true, 66.0, 70.0, 18.0, 40.0, 4.0),
        MidBack => (true, 48.0, 110.0, 54.0, 28.0, 5.0),
        LowerBack => (true, 50.0, 138.0, 50.0, 26.0, 5.0),
        HipLeft => (true, 46.0, 164.0, 27.0, 22.0, 6.0),
        HipRight => (true, 77.0, 164.0, 27.0, 22.0, 6.0),
        Head => (false, 60.0, 4.0, 30.0, 30.0, 15.0),
        Jaw => (false, 63.0, 30.0, 24.0, 14.0, 6.0),
        Chest => (false, 48.0, 66.0, 54.0, 44.0, 8.0),
        // From the front the person's right arm is on the viewer's left.
        ArmRight => (false, 26.0, 72.0, 16.0, 70.0, 7.0),
        ArmLeft => (false, 108.0, 72.0, 16.0, 70.0, 7.0),
        HandRight => (false, 22.0, 144.0, 18.0, 22.0, 8.0),
        HandLeft => (false, 110.0, 144.0, 18.0, 22.0, 8.0),
        LegRight => (false, 50.0, 190.0, 22.0, 84.0, 8.0),
        LegLeft => (false, 78.0, 190.0, 22.0, 84.0, 8.0),
    }
}

/// The silhouette of one figure (frame 150 × 280), as SVG path data.
pub const OUTLINE: &str = "M75 4 a15 15 0 1 1 -0.1 0 Z \
    M66 46 h18 v14 l26 4 q14 2 14 16 l4 60 q2 8 -4 8 h-8 l-6 -60 l-4 0 v70 l2 10 l-4 96 h-22 l-4 -90 h-4 l-4 90 h-22 l-4 -96 l2 -10 v-70 l-4 0 l-6 60 h-8 q-6 0 -4 -8 l4 -60 q0 -14 14 -16 l26 -4 Z";

/// SVG of both figures with each region's fill from `counts` (entries per region): the most
/// frequent region darkest, unmarked regions outlined only; "Front" and "Back" in `m`'s language.
pub fn svg(counts: &HashMap<Region, u32>, m: &crate::i18n::Messages) -> String {
    let max = counts.values().copied().max().unwrap_or(0).max(1) as f32;
    let mut out = String::new();
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">"##
    );
    for (i, (back, message)) in [(false, "map-front"), (true, "map-back")]
        .into_iter()
        .enumerate()
    {
        let title = m
            .get(message, &[])
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        let dx = 15.0 + i as f32 * 180.0;
        let _ = write!(
            out,
            r##"<g transform="translate({dx} 12)"><path d="{OUTLINE}" fill="#f3f5f7" stroke="#8a96a1" stroke-width="1.2"/>"##
        );
        for &region in Region::ALL {
            let (on_back, x, y, w, h, r) = shape(region);
            if on_back != back {
                continue;
            }
            let n = counts.get(&region).copied().unwrap_or(0);
            let (fill, opacity) = if n == 0 {
                ("none", 0.0)
            } else {
                ("#e07a1f", 0.15 + 0.85 * n as f32 / max)
            };
            let _ = write!(
                out,
                r##"<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{r}" fill="{fill}" fill-opacity="{opacity:.2}" stroke="#b8c0c8" stroke-width="0.6" stroke-dasharray="2 2"/>"##
            );
        }
        let _ = write!(
            out,
            r##"<text x="75" y="288" text-anchor="middle" font-family="sans-serif" font-size="12" fill="#5f6b76">{title}</text></g>"##
        );
    }
    out.push_str("</svg>");
    out
}
