//! Converts UTF-8 byte offsets to the units other languages index strings by.
//!
//! JavaScript strings index by UTF-16 code unit and Python strings by code point. Both
//! conversions walk the text once for any number of offsets, as long as the offsets are
//! visited in ascending order, so converting every span of a document stays linear.

/// Converts ascending byte offsets into another unit in one forward sweep.
///
/// ```
/// use article_highlighter::offsets::Converter;
///
/// let text = "😀 Gaza";
/// let mut utf16 = Converter::utf16(text);
/// assert_eq!(utf16.convert(5), 3); // 😀 is 4 bytes, 2 UTF-16 units, then a space
/// let mut chars = Converter::chars(text);
/// assert_eq!(chars.convert(5), 2);
/// ```
#[derive(Debug, Clone)]
pub struct Converter<'t> {
    text: &'t str,
    byte: usize,
    unit: usize,
    utf16: bool,
}

impl<'t> Converter<'t> {
    /// Converts to UTF-16 code units, as JavaScript's `String.prototype.slice` counts.
    pub fn utf16(text: &'t str) -> Self {
        Converter {
            text,
            byte: 0,
            unit: 0,
            utf16: true,
        }
    }

    /// Converts to Unicode code points, as Python's `str` indices count.
    pub fn chars(text: &'t str) -> Self {
        Converter {
            text,
            byte: 0,
            unit: 0,
            utf16: false,
        }
    }

    /// Converts one byte offset on a character boundary.
    ///
    /// Offsets should come in ascending order; an offset behind the previous one
    /// restarts the sweep from the beginning (correct, but no longer linear overall).
    pub fn convert(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        let between = &self.text.as_bytes()[self.byte..byte];
        self.unit += if self.utf16 {
            // Every lead byte starts one code point; four-byte ones need two UTF-16 units.
            between
                .iter()
                .map(|&b| usize::from((b & 0xC0) != 0x80) + usize::from(b >= 0xF0))
                .sum::<usize>()
        } else {
            between.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
        };
        self.byte = byte;
        self.unit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_counts_astral_characters_twice() {
        let text = "a😀é€b";
        let mut c = Converter::utf16(text);
        let got: Vec<usize> = text.char_indices().map(|(i, _)| c.convert(i)).collect();
        assert_eq!(got, [0, 1, 3, 4, 5]);
        assert_eq!(c.convert(text.len()), 6);
    }

    #[test]
    fn chars_counts_code_points() {
        let text = "a😀é€b";
        let mut c = Converter::chars(text);
        let got: Vec<usize> = text.char_indices().map(|(i, _)| c.convert(i)).collect();
        assert_eq!(got, [0, 1, 2, 3, 4]);
    }

    #[test]
    fn going_backwards_restarts() {
        let text = "ab😀cd";
        let mut c = Converter::utf16(text);
        assert_eq!(c.convert(6), 4);
        assert_eq!(c.convert(1), 1);
        assert_eq!(c.convert(100), 6);
    }
}
