//! A small JSON reader for pasted model responses.
//!
//! Our own rather than the browser's `JSON.parse`: every browser words its errors differently
//! (and V8 gives no position when the text ends early), while a student needs "the JSON ends
//! early at character 14" in every browser; and this way the whole path from pasted text to
//! tokens is pure and tested natively. It accepts standard JSON plus the `NaN`, `Infinity` and
//! `-Infinity` that Python's `json.dumps` writes, reads 1 MB in well under a second, and refuses
//! nesting deeper than [`MAX_DEPTH`] instead of overflowing the stack.

use super::place;
use crate::number::{convert_decimals, is_decimal, parse_decimal_fast};
use crate::text::keys::paste as k;
use crate::text::Msg;
use crate::tr;
use std::borrow::Cow;

/// How deeply arrays and objects may nest (model responses need fewer than 10 levels).
pub const MAX_DEPTH: usize = 64;

/// A JSON value. Objects keep their keys in the order written. A string without escapes borrows
/// the pasted text: a 1 MB response has some 90,000 of them, and allocating each was most of
/// the reading time in the browser.
#[derive(Clone, Debug, PartialEq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number (`NaN` and `±Infinity` included).
    Number(f64),
    /// A string, escapes decoded.
    Text(Cow<'a, str>),
    /// An array.
    List(Vec<Json<'a>>),
    /// An object, as (key, value) pairs in order.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl<'a> Json<'a> {
    /// The value under `key` when this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The items when this is an array.
    pub fn list(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::List(items) => Some(items),
            _ => None,
        }
    }

    /// The number when this is one.
    pub fn number(&self) -> Option<f64> {
        match self {
            Json::Number(x) => Some(*x),
            _ => None,
        }
    }

    /// The text when this is a string.
    pub fn text(&self) -> Option<&str> {
        match self {
            Json::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// Reads `text` as one JSON value, or says what is wrong and where (in characters, counted from 1).
pub fn parse_json(text: &str) -> Result<Json<'_>, String> {
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        numbers: 0,
        slow: Vec::new(),
        items: Vec::new(),
        pairs: Vec::new(),
    };
    let mut value = r.value(0)?;
    r.skip_space();
    if r.at < r.bytes.len() {
        return Err(r.error(k::JSON_MORE_AFTER));
    }
    if !r.slow.is_empty() {
        let texts: Vec<&str> = r.slow.iter().map(|&(_, t)| t).collect();
        let values = convert_decimals(&texts);
        let mut slow = r.slow.iter().map(|&(n, _)| n).zip(values).peekable();
        fill_slow(&mut value, &mut 0, &mut slow);
    }
    Ok(value)
}

/// Puts the converted numbers into their places: `slow` holds (the number's place among all
/// the numbers in document order, its value), in order; `seen` counts the numbers passed.
fn fill_slow(
    value: &mut Json<'_>,
    seen: &mut usize,
    slow: &mut std::iter::Peekable<impl Iterator<Item = (usize, f64)>>,
) {
    match value {
        Json::Number(x) => {
            if slow.peek().is_some_and(|&(n, _)| n == *seen) {
                *x = slow.next().map_or(*x, |(_, v)| v);
            }
            *seen += 1;
        }
        Json::List(items) => items.iter_mut().for_each(|v| fill_slow(v, seen, slow)),
        Json::Object(pairs) => pairs.iter_mut().for_each(|(_, v)| fill_slow(v, seen, slow)),
        _ => {}
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// How many numbers have been read (NaN and the infinities too).
    numbers: usize,
    /// The numbers the exact fast path could not convert: their place among all the numbers
    /// and their text, converted together when the reading is done (see `convert_decimals`).
    slow: Vec<(usize, &'a str)>,
    /// The items of the arrays being read, innermost last: each array takes its own off the top
    /// when it closes, in one allocation of the right size (growing a vector per array cost
    /// three or four).
    items: Vec<Json<'a>>,
    /// The same for the pairs of the objects being read.
    pairs: Vec<(Cow<'a, str>, Json<'a>)>,
}

impl<'a> Reader<'a> {
    /// Where the reader is, for a message: character, line and column (counted from 1) and the
    /// character there; `None` at the end of the text.
    fn place(&self) -> Option<[String; 4]> {
        if self.at >= self.bytes.len() {
            return None;
        }
        let before = &self.text[..self.at];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let found = self.text[self.at..].chars().next().unwrap_or(' ');
        Some([
            place(before.chars().count() + 1),
            place(line),
            place(column),
            found.to_string(),
        ])
    }

    /// "The JSON ends early at character n: …" (at the end of the text).
    fn ended(&self) -> String {
        tr!(k::JSON_ENDS_EARLY, place(self.text.chars().count()))
    }

    /// The message `what` for the current position: "The JSON … at character n (line l,
    /// column c, 'x')", or that the JSON ends early.
    fn error(&self, what: Msg<4>) -> String {
        match self.place() {
            Some([at, line, column, found]) => tr!(what, at, line, column, found),
            None => self.ended(),
        }
    }

    fn skip_space(&mut self) {
        while self.at < self.bytes.len()
            && matches!(self.bytes[self.at], b' ' | b'\t' | b'\n' | b'\r')
        {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, String> {
        if depth > MAX_DEPTH {
            return Err(match self.place() {
                Some([at, line, column, found]) => {
                    tr!(k::JSON_TOO_DEEP, MAX_DEPTH, at, line, column, found)
                }
                None => self.ended(),
            });
        }
        self.skip_space();
        let value = match self.bytes.get(self.at) {
            None => Err(self.ended()),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::Text),
            Some(b't') if self.eat("true") => Ok(Json::Bool(true)),
            Some(b'f') if self.eat("false") => Ok(Json::Bool(false)),
            Some(b'n') if self.eat("null") => Ok(Json::Null),
            Some(b'N') if self.eat("NaN") => Ok(Json::Number(f64::NAN)),
            Some(b'I') if self.eat("Infinity") => Ok(Json::Number(f64::INFINITY)),
            Some(b'-') if self.eat("-Infinity") => Ok(Json::Number(f64::NEG_INFINITY)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error(k::JSON_UNEXPECTED)),
        };
        if let Ok(Json::Number(_)) = value {
            self.numbers += 1;
        }
        value
    }

    fn number(&mut self) -> Result<Json<'a>, String> {
        let start = self.at;
        while self.at < self.bytes.len()
            && matches!(
                self.bytes[self.at],
                b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'
            )
        {
            self.at += 1;
        }
        let text: &'a str = self.text;
        let number = &text[start..self.at];
        if !is_decimal(number) {
            self.at = start;
            return Err(self.error(k::JSON_BAD_NUMBER));
        }
        match parse_decimal_fast(number) {
            Some(x) => Ok(Json::Number(x)),
            None => {
                self.slow.push((self.numbers, number));
                Ok(Json::Number(f64::NAN))
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json<'a>, String> {
        self.at += 1;
        let first = self.items.len();
        self.skip_space();
        if self.eat("]") {
            return Ok(Json::List(Vec::new()));
        }
        loop {
            let item = self.value(depth + 1)?;
            self.items.push(item);
            self.skip_space();
            if self.eat("]") {
                return Ok(Json::List(self.items.split_off(first)));
            }
            if !self.eat(",") {
                return Err(self.error(k::JSON_NEEDS_COMMA_ARRAY));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json<'a>, String> {
        self.at += 1;
        let first = self.pairs.len();
        self.skip_space();
        if self.eat("}") {
            return Ok(Json::Object(Vec::new()));
        }
        loop {
            self.skip_space();
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(self.error(k::JSON_NEEDS_KEY));
            }
            let key = self.string()?;
            self.skip_space();
            if !self.eat(":") {
                return Err(self.error(k::JSON_NEEDS_COLON));
            }
            let value = self.value(depth + 1)?;
            self.pairs.push((key, value));
            self.skip_space();
            if self.eat("}") {
                return Ok(Json::Object(self.pairs.split_off(first)));
            }
            if !self.eat(",") {
                return Err(self.error(k::JSON_NEEDS_COMMA_OBJECT));
            }
        }
    }

    /// A string starting at the opening quote; escapes decoded, lone surrogates as U+FFFD.
    /// Borrowed from the text when it has no escape.
    fn string(&mut self) -> Result<Cow<'a, str>, String> {
        self.at += 1;
        let mut out: Option<String> = None;
        loop {
            // Both stops are ASCII, so the byte found is a character boundary.
            let Some(stop) = self.bytes[self.at..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\')
            else {
                self.at = self.bytes.len();
                return Err(self.ended());
            };
            let text: &'a str = self.text;
            let piece = &text[self.at..self.at + stop];
            self.at += stop + 1;
            if self.bytes[self.at - 1] == b'"' {
                return Ok(match out {
                    None => Cow::Borrowed(piece),
                    Some(mut out) => {
                        out.push_str(piece);
                        Cow::Owned(out)
                    }
                });
            }
            let out = out.get_or_insert_with(String::new);
            out.push_str(piece);
            let escape = self.bytes.get(self.at).copied();
            self.at += 1;
            let c = match escape {
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'/') => '/',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(b'u') => self.unicode_escape()?,
                None => return Err(self.ended()),
                Some(_) => {
                    self.at -= 1;
                    return Err(self.error(k::JSON_UNKNOWN_ESCAPE));
                }
            };
            out.push(c);
        }
    }

    /// The character of `\uXXXX` (the `\u` already read), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let high = self.hex4()?;
        if (0xD800..0xDC00).contains(&high) && self.text[self.at..].starts_with("\\u") {
            let back = self.at;
            self.at += 2;
            let low = self.hex4()?;
            if (0xDC00..0xE000).contains(&low) {
                let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or('\u{fffd}'));
            }
            self.at = back;
        }
        Ok(char::from_u32(high).unwrap_or('\u{fffd}'))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.text.get(self.at..self.at + 4).unwrap_or("");
        match u32::from_str_radix(digits, 16) {
            Ok(v) if digits.bytes().all(|b| b.is_ascii_hexdigit()) => {
                self.at += 4;
                Ok(v)
            }
            _ if self.at + 4 > self.bytes.len() => {
                self.at = self.bytes.len();
                Err(self.ended())
            }
            _ => Err(self.error(k::JSON_BAD_UNICODE)),
        }
    }
}
