//! The rule for creating a missing file or folder destination: only inside
//! a folder that exists ([`require_parent`]). Parsing destination strings
//! lives in `orgsync-destination`.

use std::path::Path;

use crate::error::message;

/// Checks that the folder `path` would be created in exists. A destination
/// (the SQLite file, the output folder) is created when missing, but not
/// its parents: a typo in the path fails here instead of silently creating
/// a new directory tree.
pub(crate) fn require_parent(path: &Path) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) else {
        return Ok(());
    };
    match std::fs::metadata(parent) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(message(format!(
            "`{}` is not a folder, so `{}` cannot be created in it; check the path",
            parent.display(),
            path.display()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(message(format!(
            "folder `{}` does not exist, so `{}` cannot be created in it; create it first or check the path",
            parent.display(),
            path.display()
        ))),
        Err(e) => Err(message(format!("cannot access folder `{}`: {e}", parent.display()))),
    }
}

/// Creates the folder destination `root` if missing, in an existing parent
/// only ([`require_parent`]).
pub(crate) fn create_root_dir(root: &Path) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    if root.is_dir() {
        return Ok(());
    }
    require_parent(root)?;
    match std::fs::create_dir(root) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && root.is_dir() => Ok(()),
        Err(e) => Err(message(format!("cannot create folder `{}`: {e}", root.display()))),
    }
}
