//! Embedding in a jobcentre's page: `?embed=1` drops the page chrome, and
//! query parameters configure the frame (`lang`, `year`, `kommune`, `parts`,
//! `accent`, `compact`, `hide`; docs/embedding.md). The frame tells its
//! host only its height, so the iframe can fit it (`browser::report_height`).
//! `link.rs` reads these settings from the query.

/// Which parts of the tool a page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Parts {
    #[default]
    Both,
    CalculatorOnly,
    AgreementOnly,
}

impl Parts {
    /// The values of `parts=` that show one part (loader.js reads them too).
    pub const CALCULATOR_ONLY: [&str; 2] = ["calculator", "beregner"];
    pub const AGREEMENT_ONLY: [&str; 2] = ["agreement", "aftale"];
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    pub embedded: bool,
    pub parts: Parts,
    /// The host's accent colour as `#rrggbb`, only if it keeps text on
    /// white readable (contrast at least 4.5:1, WCAG 1.4.3).
    pub accent: Option<String>,
    /// Tighter spacing, for a host page that has its own title and text.
    pub compact: bool,
    pub hide_language: bool,
    /// Hide "delete everything" in the footer; the agreement's storage
    /// section then carries it.
    pub hide_delete: bool,
}

/// `rrggbb` (with or without `#`) as `#rrggbb`, if white text on it and it
/// as text on white have a contrast of at least 4.5:1.
pub fn readable_accent(hex: &str) -> Option<String> {
    let hex = hex.trim().trim_start_matches('#');
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok().map(|c| f64::from(c) / 255.0);
    let linear = |c: f64| if c <= 0.04045 { c / 12.92 } else { pow_2_4((c + 0.055) / 1.055) };
    let (r, g, b) = (channel(0)?, channel(2)?, channel(4)?);
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    let contrast_with_white = 1.05 / (luminance + 0.05);
    (contrast_with_white >= 4.5).then(|| format!("#{}", hex.to_ascii_lowercase()))
}

/// The message the frame posts to its host: the height in CSS pixels, and
/// nothing else.
pub fn height_message(height: f64) -> String {
    format!("{{\"type\":\"fleksjob-beregner:height\",\"height\":{}}}", height.max(0.0).ceil() as u64)
}

/// `x`^2.4 for `x` in (0, 1], as x² · fifth root of x², the root by
/// Newton's method: `powf` would bring a general power function into the wasm
/// for this one use.
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut r = 1.0;
    for _ in 0..40 {
        let r4 = r * r * r * r;
        r = (4.0 * r + a / r4) / 5.0;
    }
    a * r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_power_in_the_contrast_formula_is_exact_for_every_channel_value() {
        for c in 11..=255u32 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{c}");
        }
    }
}
