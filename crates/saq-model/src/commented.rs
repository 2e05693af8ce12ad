//! Text laid out as saq writes YAML files for people to edit: lines, blank lines, and comments
//! wrapped to the width of a printed page. The answer-file and review-file writers share it.

/// The width comments are wrapped to.
pub(crate) const WIDTH: usize = 100;

/// The text written so far.
#[derive(Default)]
pub(crate) struct Lines {
    pub(crate) text: String,
}

impl Lines {
    pub(crate) fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    pub(crate) fn blank(&mut self) {
        self.text.push('\n');
    }

    /// `text` as comment lines at `indent`, wrapped; an empty text gives an empty comment line.
    pub(crate) fn comment(&mut self, indent: usize, text: &str) {
        let pad = " ".repeat(indent);
        if text.trim().is_empty() {
            self.line(&format!("{pad}#"));
            return;
        }
        for line in crate::answer_file::wrap(text, WIDTH.saturating_sub(indent + 2)) {
            self.line(&format!("{pad}# {line}"));
        }
    }
}
