//! Small text helpers shared by the terminal renderers.

/// Makes a string safe to print on a terminal: control characters (escape
/// sequences, newlines, tabs) are shown as `\u{…}` escapes instead of acting,
/// so a crafted account or tag name cannot rewrite the screen.
pub fn terminal_safe(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_owned();
    }
    s.chars()
        .map(|c| if c.is_control() { c.escape_unicode().to_string() } else { c.to_string() })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(super::terminal_safe("a\u{1b}[2Jb\n"), "a\\u{1b}[2Jb\\u{a}");
        assert_eq!(super::terminal_safe("Zürich ☃"), "Zürich ☃");
    }
}
