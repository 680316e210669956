//! Text on a PDF page: measuring, wrapping, and drawing with a fallback font for scripts the
//! main font lacks (CJK). krilla draws glyphs; the layout is Relief's own.

use ab_glyph::{Font as _, FontRef};
use krilla::color::rgb;
use krilla::geom::Point;
use krilla::num::NormalizedF32;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph, TextDirection};

use crate::charts::{FONT, FONT_BOLD};
use crate::error::{Error, Result};

/// Droid Sans Fallback (Apache 2.0): CJK and other scripts DejaVu Sans does not cover.
pub const FONT_FALLBACK: &[u8] =
    include_bytes!("../../../../assets/fonts/DroidSansFallbackFull.ttf");

struct Face {
    pdf: Font,
    metrics: FontRef<'static>,
    units_per_em: f32,
    /// Glyph id and advance (in em) of each ASCII character, looked up once: most of a log is
    /// ASCII, and the font's character map is slow to ask thousands of times.
    ascii: [(u16, f32); 128],
}

impl Face {
    fn load(bytes: &'static [u8]) -> Result<Face> {
        let bad = || Error::Internal {
            what: "the report",
            detail: "a shipped font could not be loaded".into(),
        };
        let metrics = FontRef::try_from_slice(bytes).map_err(|_| bad())?;
        let units_per_em = metrics.units_per_em().ok_or_else(bad)?;
        let mut ascii = [(0u16, 0f32); 128];
        for (i, slot) in ascii.iter_mut().enumerate() {
            let id = metrics.glyph_id(char::from(i as u8));
            *slot = (id.0, metrics.h_advance_unscaled(id) / units_per_em);
        }
        Ok(Face {
            pdf: Font::new(bytes.into(), 0).ok_or_else(bad)?,
            units_per_em,
            metrics,
            ascii,
        })
    }

    fn has(&self, c: char) -> bool {
        self.glyph(c).0 != 0
    }

    /// Glyph id and advance in em of a character.
    fn glyph(&self, c: char) -> (u16, f32) {
        match self.ascii.get(c as usize) {
            Some(&g) => g,
            None => {
                let id = self.metrics.glyph_id(c);
                (
                    id.0,
                    self.metrics.h_advance_unscaled(id) / self.units_per_em,
                )
            }
        }
    }

    /// Advance width in points at `size` points (PDF units: 1 em = `size`).
    fn width(&self, size: f32, text: &str) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }
}

/// The report's fonts: regular, bold and the fallback.
pub struct Fonts {
    regular: Face,
    bold: Face,
    fallback: Face,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

impl Fonts {
    pub fn load() -> Result<Fonts> {
        Ok(Fonts {
            regular: Face::load(FONT)?,
            bold: Face::load(FONT_BOLD)?,
            fallback: Face::load(FONT_FALLBACK)?,
        })
    }

    fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Splits text into runs drawn with one face each.
    fn runs<'t>(&self, weight: Weight, text: &'t str) -> Vec<(&Face, &'t str)> {
        let main = self.face(weight);
        if text.is_ascii() {
            return vec![(main, text)];
        }
        let mut runs: Vec<(&Face, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current: Option<bool> = None;
        for (i, c) in text.char_indices() {
            let use_main = main.has(c) || !self.fallback.has(c) || c.is_whitespace();
            if let Some(prev) = current {
                if prev != use_main {
                    let face = if prev { main } else { &self.fallback };
                    runs.push((face, &text[start..i]));
                    start = i;
                }
            }
            current = Some(use_main);
        }
        if let Some(last) = current {
            let face = if last { main } else { &self.fallback };
            runs.push((face, &text[start..]));
        }
        runs
    }

    pub fn width(&self, weight: Weight, size: f32, text: &str) -> f32 {
        self.runs(weight, text)
            .iter()
            .map(|(f, t)| f.width(size, t))
            .sum()
    }

    /// Word-wraps `text` to `max_width`, breaking words longer than a line. Line breaks in the
    /// text are kept; control characters never reach here (the model refuses them).
    pub fn wrap(&self, weight: Weight, size: f32, text: &str, max_width: f32) -> Vec<String> {
        let space = self.width(weight, size, " ");
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split_whitespace() {
                let word_width = self.width(weight, size, word);
                let joined = if line.is_empty() {
                    word_width
                } else {
                    line_width + space + word_width
                };
                if joined <= max_width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_width = joined;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if word_width <= max_width {
                    line.push_str(word);
                    line_width = word_width;
                    continue;
                }
                // A word wider than the line is broken by characters.
                let mut piece_width = 0.0;
                for c in word.chars() {
                    let mut buf = [0u8; 4];
                    let w = self.width(weight, size, c.encode_utf8(&mut buf));
                    if piece_width + w > max_width && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        piece_width = 0.0;
                    }
                    line.push(c);
                    piece_width += w;
                }
                line_width = piece_width;
            }
            lines.push(line);
        }
        while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        lines
    }

    /// Shortens `text` with an ellipsis to fit `max_width`.
    pub fn fit(&self, weight: Weight, size: f32, text: &str, max_width: f32) -> String {
        if self.width(weight, size, text) <= max_width {
            return text.to_owned();
        }
        let mut out = String::new();
        for c in text.chars() {
            out.push(c);
            if self.width(weight, size, &format!("{out}…")) > max_width {
                out.pop();
                break;
            }
        }
        format!("{out}…")
    }
}

/// An RGB colour for text and shapes.
pub fn colour(hex: u32) -> rgb::Color {
    rgb::Color::new((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

pub fn fill(hex: u32) -> Fill {
    Fill {
        paint: colour(hex).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// How a piece of text is set.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub weight: Weight,
    pub size: f32,
    pub colour: u32,
}

/// Scripts whose letters change shape with their neighbours (Hebrew, Arabic, Indic, Thai, …):
/// these go through the shaper; everything else is placed glyph by glyph, which is exact for
/// them and much faster for a long log.
fn needs_shaping(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(u32::from(c), 0x0590..=0x0FFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
    })
}

/// Draws `text` with its baseline at (`x`, `y`).
pub fn draw(surface: &mut Surface<'_>, fonts: &Fonts, style: Style, x: f32, y: f32, text: &str) {
    let Style {
        weight,
        size,
        colour: hex,
    } = style;
    if text.is_empty() {
        return;
    }
    surface.set_fill(Some(fill(hex)));
    let mut x = x;
    for (face, run) in fonts.runs(weight, text) {
        if needs_shaping(run) {
            surface.draw_text(
                Point::from_xy(x, y),
                face.pdf.clone(),
                size,
                run,
                false,
                TextDirection::Auto,
            );
        } else {
            let glyphs: Vec<KrillaGlyph> = run
                .char_indices()
                .map(|(i, c)| {
                    let (id, advance) = face.glyph(c);
                    KrillaGlyph::new(
                        GlyphId::new(u32::from(id)),
                        advance,
                        0.0,
                        0.0,
                        0.0,
                        i..i + c.len_utf8(),
                        None,
                    )
                })
                .collect();
            surface.draw_glyphs(
                Point::from_xy(x, y),
                &glyphs,
                face.pdf.clone(),
                run,
                size,
                false,
            );
        }
        x += face.width(size, run);
    }
}
