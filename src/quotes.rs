use crate::Span;
pub(crate) fn find(_text: &str) -> Vec<Span> { Vec::new() }
