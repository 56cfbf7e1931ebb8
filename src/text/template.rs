//! A compiled message (see build.rs) turned into what a student reads: select expressions
//! resolved, placeholders filled, markup split into nodes. Pure (std only): the same code runs in
//! the browser and in native tests. Markup is only ever the tags in [`TAGS`], written exactly;
//! anything else, and everything a placeholder brings, is text.

/// Placeholder i is the code point `ARG + i`.
const ARG: u32 = 0xE000;
/// A select expression on placeholder i starts with `SELECT + i`.
const SELECT: u32 = 0xE100;
/// Starts a variant's key.
const VARIANT: char = '\u{E1FE}';
/// Ends a variant's key and starts its text.
const VARIANT_TEXT: char = '\u{E1FF}';
/// Ends a select expression.
const SELECT_END: char = '\u{E1FD}';

/// The inline markup a message may carry (build.rs checks each language has English's).
pub const TAGS: [&str; 7] = ["em", "strong", "code", "sub", "sup", "b", "q"];

/// A value for a placeholder.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Shown as it is (numbers arrive written by `crate::format`).
    Text(String),
    /// A count: written with the language's grouping, and it chooses plural variants.
    Count(i64),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<&&str> for Arg {
    fn from(s: &&str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(n as i64)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Count(n)
    }
}

/// Markup and text, as the DOM will hold them.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// Plain text.
    Text(String),
    /// One of [`TAGS`] around its content.
    Element(&'static str, Vec<Node>),
}

/// `template` with every select expression replaced by its chosen variant: for a count, the
/// variant whose key is the number itself, else its plural category (`plural(n)`); for text,
/// the variant whose key is that text; else the default (`*`).
pub fn resolve(template: &str, args: &[Arg], plural: &dyn Fn(i64) -> String) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((at, c)) = rest
        .char_indices()
        .find(|(_, c)| (SELECT..SELECT + 0xFD).contains(&(*c as u32)))
    {
        out.push_str(&rest[..at]);
        let start = at + c.len_utf8();
        let end = rest[start..]
            .find(SELECT_END)
            .map_or(rest.len(), |e| start + e);
        let (exact, category) = match args.get((c as u32 - SELECT) as usize) {
            Some(Arg::Count(n)) => (n.to_string(), plural(*n)),
            Some(Arg::Text(s)) => (s.clone(), s.clone()),
            None => (String::new(), String::new()),
        };
        // Each variant is VARIANT key VARIANT_TEXT text; the default's key starts with `*`.
        let (mut hit, mut by_category, mut default) = (None, None, "");
        for variant in rest[start..end].split(VARIANT).skip(1) {
            let (key, text) = variant.split_once(VARIANT_TEXT).unwrap_or((variant, ""));
            let key = match key.strip_prefix('*') {
                Some(k) => {
                    default = text;
                    k
                }
                None => key,
            };
            if key == exact {
                hit = hit.or(Some(text));
            } else if key == category {
                by_category = by_category.or(Some(text));
            }
        }
        out.push_str(hit.or(by_category).unwrap_or(default));
        rest = rest.get(end + SELECT_END.len_utf8()..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// The text an argument shows; isolated from the sentence around it where the language is
/// written right to left (first-strong isolate: a number reads left to right, a word in its own
/// direction).
fn shown(arg: Option<&Arg>) -> String {
    let text = value(arg);
    if crate::format::style().rtl && !text.is_empty() {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text
    }
}

/// The text of an argument.
fn value(arg: Option<&Arg>) -> String {
    match arg {
        Some(Arg::Text(s)) => s.clone(),
        Some(Arg::Count(n)) => {
            let digits = crate::format::grouped(n.unsigned_abs() as usize);
            if *n < 0 {
                format!("\u{2212}{digits}")
            } else {
                digits
            }
        }
        None => String::new(),
    }
}

/// The argument a code point stands for, if it is a placeholder.
fn placeholder(c: char) -> Option<usize> {
    let u = c as u32;
    (ARG..ARG + 0xFD).contains(&u).then(|| (u - ARG) as usize)
}

/// A resolved template as plain text: placeholders filled, markup tags dropped (for
/// `aria-label`s, the read-aloud voice and chart labels).
pub fn plain(template: &str, args: &[Arg]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for node in nodes(template, args) {
        flatten(&node, &mut out);
    }
    out
}

fn flatten(node: &Node, out: &mut String) {
    match node {
        Node::Text(s) => out.push_str(s),
        Node::Element(_, children) => children.iter().for_each(|c| flatten(c, out)),
    }
}

/// A resolved template as nodes: text (with the placeholders' text) and [`TAGS`] elements.
/// A tag that is not one of ours, or closes nothing open, is text.
pub fn nodes(template: &str, args: &[Arg]) -> Vec<Node> {
    // The open elements, innermost last; the root is the bottom of the stack.
    let mut stack: Vec<(&'static str, Vec<Node>)> = vec![("", Vec::new())];
    let mut text = String::new();
    let mut rest = template;
    fn push_text(stack: &mut [(&'static str, Vec<Node>)], text: &mut String) {
        if !text.is_empty() {
            if let Some(top) = stack.last_mut() {
                top.1.push(Node::Text(std::mem::take(text)));
            }
        }
    }
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let open = TAGS.iter().find(|t| {
                rest.get(1..=t.len()) == Some(**t)
                    && rest.get(t.len() + 1..t.len() + 2) == Some(">")
            });
            let close = TAGS.iter().find(|t| {
                rest.get(..2) == Some("</")
                    && rest.get(2..2 + t.len()) == Some(**t)
                    && rest.get(t.len() + 2..t.len() + 3) == Some(">")
            });
            if let Some(t) = open {
                push_text(&mut stack, &mut text);
                stack.push((t, Vec::new()));
                rest = &rest[t.len() + 2..];
                continue;
            }
            if let Some(t) = close {
                if stack.len() > 1 && stack.last().map(|s| s.0) == Some(*t) {
                    push_text(&mut stack, &mut text);
                    let (tag, children) = stack.pop().unwrap_or(("", Vec::new()));
                    if let Some(top) = stack.last_mut() {
                        top.1.push(Node::Element(tag, children));
                    }
                    rest = &rest[t.len() + 3..];
                    continue;
                }
            }
        }
        match placeholder(c) {
            Some(i) => text.push_str(&shown(args.get(i))),
            None => text.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    push_text(&mut stack, &mut text);
    // Close what was left open (build.rs refuses such a message; this keeps the text anyway).
    while stack.len() > 1 {
        let (tag, children) = stack.pop().unwrap_or(("", Vec::new()));
        if let Some(top) = stack.last_mut() {
            top.1.push(Node::Element(tag, children));
        }
    }
    stack.pop().map(|s| s.1).unwrap_or_default()
}
