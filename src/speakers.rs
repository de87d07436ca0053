use crate::{token::Token, Span};
pub(crate) fn attribute(_text: &str, _t: &[Token], _q: &mut [Span], _n: &[Span]) {}
