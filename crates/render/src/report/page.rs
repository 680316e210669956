//! A page being drawn: text, lines, boxes and charts on krilla's surface, with the report's
//! margins, colours and footer.

use krilla::geom::{PathBuilder, Rect, Size, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::Stroke;
use krilla::surface::Surface;
use krilla_svg::{SurfaceExt, SvgSettings};

use crate::charts::{self};
use crate::error::{Error, Result};
use crate::i18n::{Messages, Value};

use super::text::{colour, draw, fill, Fonts, Style, Weight};

pub(super) const MARGIN: f32 = 40.0;
pub(super) const INK: u32 = 0x1d252c;
pub(super) const MUTED: u32 = 0x5f6b76;
pub(super) const LINE: u32 = 0xd5dbe1;
pub(super) const SHADE: u32 = 0xf0f3f6;
/// Red flags: dark red, 7:1 against white.
pub(super) const ALERT: u32 = 0xa4161a;

pub(super) fn pdf_error(e: impl std::fmt::Debug) -> Error {
    Error::Internal {
        what: "writing the PDF report",
        detail: format!("{e:?}"),
    }
}

pub(super) struct Page<'a, 's> {
    pub(super) surface: &'a mut Surface<'s>,
    pub(super) fonts: &'a Fonts,
}

impl Page<'_, '_> {
    pub(super) fn text(&mut self, weight: Weight, size: f32, hex: u32, x: f32, y: f32, s: &str) {
        draw(
            self.surface,
            self.fonts,
            Style {
                weight,
                size,
                colour: hex,
            },
            x,
            y,
            s,
        );
    }

    pub(super) fn text_right(
        &mut self,
        weight: Weight,
        size: f32,
        hex: u32,
        right: f32,
        y: f32,
        s: &str,
    ) {
        let w = self.fonts.width(weight, size, s);
        self.text(weight, size, hex, right - w, y, s);
    }

    pub(super) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, hex: u32) {
        if let Some(rect) = Rect::from_xywh(x, y, w, h) {
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            if let Some(path) = pb.finish() {
                self.surface.set_stroke(None);
                self.surface.set_fill(Some(fill(hex)));
                self.surface.draw_path(&path);
            }
        }
    }

    pub(super) fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, hex: u32, width: f32) {
        let mut pb = PathBuilder::new();
        pb.move_to(x1, y1);
        pb.line_to(x2, y2);
        if let Some(path) = pb.finish() {
            self.surface.set_fill(None);
            self.surface.set_stroke(Some(Stroke {
                paint: colour(hex).into(),
                width,
                opacity: NormalizedF32::ONE,
                ..Stroke::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_stroke(None);
        }
    }

    /// Draws an SVG document into the box at (x, y) of width `w`, keeping its aspect ratio;
    /// returns the height used.
    pub(super) fn svg(&mut self, svg: &str, x: f32, y: f32, w: f32) -> Result<f32> {
        let tree = resvg::usvg::Tree::from_str(svg, &charts::font_options()).map_err(pdf_error)?;
        let h = w * tree.size().height() / tree.size().width();
        let size = Size::from_wh(w, h).ok_or_else(|| pdf_error("empty chart"))?;
        self.surface
            .push_transform(&Transform::from_translate(x, y));
        let drawn = self.surface.draw_svg(&tree, size, SvgSettings::default());
        self.surface.pop();
        drawn.ok_or_else(|| pdf_error("chart could not be drawn"))?;
        Ok(h)
    }
}

pub(super) fn footer(
    p: &mut Page<'_, '_>,
    m: &Messages,
    w: f32,
    h: f32,
    page: usize,
    total: usize,
) {
    p.text_right(
        Weight::Regular,
        7.5,
        MUTED,
        w - MARGIN,
        h - MARGIN + 14.0,
        &m.get(
            "report-page",
            &[
                ("page", Value::Count(page as i64)),
                ("total", Value::Count(total as i64)),
            ],
        ),
    );
    p.text(
        Weight::Regular,
        7.5,
        MUTED,
        MARGIN,
        h - MARGIN + 14.0,
        &m.get("report-brand", &[]),
    );
}
