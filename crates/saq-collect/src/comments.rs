//! Comments a person wrote into an answer file. saq rewrites files in one layout, with the
//! questionnaire's comments regenerated; comments of one's own would not survive that, so the
//! commands that rewrite a file first check for them and keep a backup copy.

use std::collections::HashMap;

/// The number of comments in `old` that `new` does not have.
///
/// A comment is a line starting with `#`, or the part of a line from ` #` on. That may mistake
/// a `#` inside a quoted text for a comment; the only cost of such a mistake is a needless
/// backup copy.
pub fn lost(old: &str, new: &str) -> usize {
    let mut kept: HashMap<&str, usize> = HashMap::new();
    for comment in comments(new) {
        *kept.entry(comment).or_default() += 1;
    }
    comments(old)
        .filter(|comment| match kept.get_mut(comment) {
            Some(count) if *count > 0 => {
                *count -= 1;
                false
            }
            _ => true,
        })
        .count()
}

fn comments(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            Some(trimmed)
        } else {
            line.find(" #").map(|at| line[at..].trim())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_comments_the_rewrite_drops() {
        let old = "# kept\na: 1 # checked with the ministry\n  # my note\nb: 2\n";
        let new = "# kept\na: 1\nb: 2\n";
        assert_eq!(lost(old, new), 2);
        assert_eq!(lost(new, new), 0);
        assert_eq!(lost("# x\n# x\n", "# x\n"), 1);
    }
}
