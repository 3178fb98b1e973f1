//! The web git-viewer capture that wraps seed 003: a few header lines (commit message,
//! `263 lines`, `13 KiB`, `HTML`) before the HTML, and a run of `|` lines after every source
//! line. Unwrapping keeps a map from the unwrapped text's lines back to the capture's lines so
//! that every `x-source` names a line of the file as given.

/// HTML text ready to parse, with the way back to the original line numbers.
pub(crate) struct Unwrapped {
    /// The HTML (for a plain page: the text as given).
    pub html: String,
    /// For a capture: original 1-based line of each unwrapped line (index = unwrapped line - 1).
    /// Empty for a plain page, whose lines are the original lines.
    line_map: Vec<usize>,
}

impl Unwrapped {
    /// The original 1-based line of 1-based unwrapped line `line`.
    pub fn original_line(&self, line: usize) -> usize {
        if self.line_map.is_empty() {
            return line.max(1);
        }
        let index = line.saturating_sub(1).min(self.line_map.len() - 1);
        self.line_map[index]
    }
}

/// Whether `text` is a viewer capture: some non-HTML header lines, then HTML lines separated by
/// lines that are exactly `|`.
pub(crate) fn is_capture(text: &str) -> bool {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    !first.trim_start().starts_with('<') && text.lines().take(4000).any(|l| l == "|")
}

/// Strips the capture's header and `|` lines; a plain page is returned as it is.
///
/// A run of `r` bar lines stands for `(r - 2) / 2` empty source lines (the viewer puts two bars
/// after every line, and two more for each empty line), so empty lines inside `<pre>` survive.
pub(crate) fn unwrap(text: &str) -> Unwrapped {
    if !is_capture(text) {
        return Unwrapped {
            html: text.to_owned(),
            line_map: Vec::new(),
        };
    }
    let mut html = String::with_capacity(text.len());
    let mut line_map = Vec::new();
    let mut started = false;
    let mut bars = 0usize;
    let mut bar_start = 0usize;
    let flush_bars = |bars: usize, bar_start: usize, html: &mut String, map: &mut Vec<usize>| {
        for k in 0..bars.saturating_sub(2) / 2 {
            html.push('\n');
            map.push(bar_start + 2 + 2 * k);
        }
    };
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if !started {
            if line.trim_start().starts_with('<') {
                started = true;
            } else {
                continue;
            }
        }
        if line == "|" {
            if bars == 0 {
                bar_start = number;
            }
            bars += 1;
            continue;
        }
        flush_bars(bars, bar_start, &mut html, &mut line_map);
        bars = 0;
        html.push_str(line);
        html.push('\n');
        line_map.push(number);
    }
    if line_map.is_empty() {
        // Nothing looked like HTML: keep the text so the caller reports what it found.
        return Unwrapped {
            html: text.to_owned(),
            line_map: Vec::new(),
        };
    }
    Unwrapped { html, line_map }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_lines_back_to_the_capture() {
        let text =
            "forked\n3 lines\nHTML\n<h1>A</h1>\n|\n|\n<p>x</p>\n|\n|\n|\n|\n<pre>y</pre>\n|\n|\n|";
        let u = unwrap(text);
        assert_eq!(u.html, "<h1>A</h1>\n<p>x</p>\n\n<pre>y</pre>\n");
        assert_eq!(u.original_line(1), 4);
        assert_eq!(u.original_line(2), 7);
        assert_eq!(u.original_line(4), 12);
    }

    #[test]
    fn leaves_plain_pages_alone() {
        let u = unwrap("<h1>A</h1>\n<p>|</p>");
        assert_eq!(u.html, "<h1>A</h1>\n<p>|</p>");
        assert_eq!(u.original_line(2), 2);
    }
}
