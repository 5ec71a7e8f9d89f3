//! Where the PostgreSQL password comes from when the URL has none:
//! `PGPASSWORD`, then the password file (`PGPASSFILE`, else `~/.pgpass`)
//! with libpq's format and rules — `host:port:database:user:password` lines,
//! `*` matching anything, `\` escaping `:` and `\`, first match wins, and the
//! file ignored (with a warning) when group or others can read it.

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

/// What a password file line is matched against.
pub struct Target<'a> {
    pub host: &'a str,
    pub port: u16,
    pub database: &'a str,
    pub user: &'a str,
}

/// The password for `target`, if the environment or a password file has one.
pub fn lookup(target: &Target<'_>) -> Option<String> {
    if let Ok(p) = std::env::var("PGPASSWORD") {
        return Some(p);
    }
    let path = std::env::var_os("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pgpass")))?;
    let meta = std::fs::metadata(&path).ok()?;
    if !meta.is_file() {
        return None;
    }
    if meta.permissions().mode() & 0o077 != 0 {
        tracing::warn!(file = %path.display(), "password file has group or world access; ignoring it (chmod 0600)");
        return None;
    }
    let text = std::fs::read_to_string(&path).ok()?;
    find(&text, target)
}

/// The password of the first line of `text` matching `target`.
pub fn find(text: &str, target: &Target<'_>) -> Option<String> {
    let port = target.port.to_string();
    let wanted = [target.host, port.as_str(), target.database, target.user];
    text.lines().filter(|l| !l.trim_start().starts_with('#')).find_map(|line| {
        let fields = split(line);
        if fields.len() != 5 {
            return None;
        }
        let matches = fields[..4].iter().zip(wanted).all(|(f, w)| f == "*" || f == w);
        matches.then(|| fields[4].clone())
    })
}

fn split(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut().expect("one field").push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_matching_line_wins_with_wildcards_and_escapes() {
        let text =
            "# comment\nother:5432:*:*:nope\n127.0.0.1:*:inv:bob:p\\:a\\\\ss\n*:*:*:*:fallback\n";
        let t = Target { host: "127.0.0.1", port: 5433, database: "inv", user: "bob" };
        assert_eq!(find(text, &t).as_deref(), Some("p:a\\ss"));
        let t = Target { host: "db", port: 5432, database: "x", user: "y" };
        assert_eq!(find(text, &t).as_deref(), Some("fallback"));
    }
}
