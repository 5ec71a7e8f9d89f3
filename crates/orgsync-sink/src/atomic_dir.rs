//! The atomic directory swap shared by the file destinations (Parquet, CSV,
//! JSON Lines): how `DIR/<org_id>/` is replaced so that a reader, or a
//! process killed at any instant (SIGKILL included), only ever finds the
//! complete previous snapshot or the complete new one there.
//!
//! # Protocol
//!
//! All steps for one organization run under an exclusive `flock` on
//! `DIR/.<org_id>.lock`, so two writers for the same organization take turns
//! (the second waits) while different organizations proceed in parallel.
//! The lock file exists only while a writer holds or waits for it: the
//! holder unlinks it before releasing the lock, and a writer that got the
//! lock checks that the path still names the file it locked (same device
//! and inode), else it locked an unlinked file and starts over (see
//! [`lock_org`]). A killed writer leaves the empty file; the next one
//! removes it.
//!
//! 1. **Recover** from an earlier crash (see below).
//! 2. **Write** every file of the new snapshot into
//!    `DIR/.<org_id>.tmp-<nonce>/`, fsync each file, then the directory.
//!    A crash here leaves `DIR/<org_id>/` untouched; the temporary directory
//!    is a leftover removed by the next recovery.
//! 3. **Swap**:
//!    * no previous snapshot: `rename(tmp, DIR/<org_id>)`;
//!    * otherwise, where the file system supports it (Linux ext4, xfs,
//!      btrfs, tmpfs, …): one `renameat2(tmp, DIR/<org_id>, RENAME_EXCHANGE)`,
//!      which swaps the two directories atomically — at no instant is
//!      `DIR/<org_id>` missing. `tmp` now holds the previous snapshot.
//!    * else (two-rename fallback): `rename(DIR/<org_id>,
//!      DIR/.<org_id>.old-<nonce>)` then `rename(tmp, DIR/<org_id>)`. Between
//!      the two renames `DIR/<org_id>` is briefly missing; the old snapshot is
//!      complete under its `.old-` name and recovery puts it back.
//!
//!    Then fsync `DIR` (the renames are durable).
//! 4. **Clean up**: remove the directory holding the previous snapshot.
//!
//! # Recovery (step 1, also run by [`recover`] for every organization)
//!
//! * `DIR/<org_id>` missing and a `.<org_id>.old-*` present: the process died
//!   between the two renames of the fallback; the `.old-` directory is the
//!   complete previous snapshot and is renamed back to `DIR/<org_id>` (the new
//!   one was never committed).
//! * Every other `.<org_id>.tmp-*` and `.<org_id>.old-*` is removed: it is
//!   either an unfinished new snapshot or an already replaced old one.
//!
//! Readers that only read `DIR/<org_id>/` thus see a complete snapshot at
//! every instant with `RENAME_EXCHANGE`, and at every instant except the gap
//! of the fallback, after which any later write or [`recover`] restores it.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use rustix::fs::{CWD, RenameFlags, renameat_with};

use crate::crash_point;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Env var that forces the two-rename fallback (tests exercise both paths;
/// honoured only with the `failpoints` feature, see [`crash_point`]).
pub use crate::crash_point::FORCE_TWO_RENAMES_ENV;

/// An organization id that is not safe as a single path component: empty,
/// longer than 64 bytes, starting with `.` or holding a character other than
/// an ASCII letter, digit, `-` or `_`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "organization id `{org_id}` cannot name a folder (expected letters, digits, `-`, `_`, e.g. o-a1b2c3d4e5)"
)]
pub struct UnsafeOrgId {
    /// The organization id as given.
    pub org_id: String,
}

/// Checks that `org_id` is safe as a single path component.
pub fn check_org_id(org_id: &str) -> Result<(), UnsafeOrgId> {
    let ok = !org_id.is_empty()
        && org_id.len() <= 64
        && !org_id.starts_with('.')
        && org_id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok { Ok(()) } else { Err(UnsafeOrgId { org_id: org_id.to_owned() }) }
}

/// The exclusive per-organization lock; on drop the lock file is unlinked,
/// then the lock released.
pub struct OrgLock {
    file: File,
    path: PathBuf,
}

impl Drop for OrgLock {
    fn drop(&mut self) {
        // Unlinked while still locked: a writer waiting on this file gets it
        // only after, finds the path gone and starts over on a new file.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

fn lock_path(root: &Path, org_id: &str) -> PathBuf {
    root.join(format!(".{org_id}.lock"))
}

fn open_lock_file(path: &Path) -> io::Result<File> {
    fs::OpenOptions::new().create(true).truncate(false).write(true).open(path)
}

/// Whether `path` still names the file `file` has open (not unlinked by the
/// previous holder, nor replaced by a new lock file since).
fn still_named(file: &File, path: &Path) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let held = file.metadata()?;
    match fs::metadata(path) {
        Ok(named) => Ok(named.dev() == held.dev() && named.ino() == held.ino()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Takes the exclusive lock of `org_id` under `root`, waiting for another
/// writer to finish.
pub fn lock_org(root: &Path, org_id: &str) -> io::Result<OrgLock> {
    let path = lock_path(root, org_id);
    loop {
        let file = open_lock_file(&path)?;
        file.lock()?;
        if still_named(&file, &path)? {
            return Ok(OrgLock { file, path });
        }
    }
}

/// Takes the lock of `org_id` under `root` if no other writer holds it.
fn try_lock_org(root: &Path, org_id: &str) -> io::Result<Option<OrgLock>> {
    let path = lock_path(root, org_id);
    loop {
        let file = open_lock_file(&path)?;
        match file.try_lock() {
            Ok(()) if still_named(&file, &path)? => return Ok(Some(OrgLock { file, path })),
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => return Ok(None),
            Err(fs::TryLockError::Error(e)) => return Err(e),
        }
    }
}

fn fsync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Leftover directories of `org_id` under `root`: `(tmp, old)`.
fn leftovers(root: &Path, org_id: &str) -> io::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let tmp_prefix = format!(".{org_id}.tmp-");
    let old_prefix = format!(".{org_id}.old-");
    let (mut tmp, mut old) = (Vec::new(), Vec::new());
    for entry in fs::read_dir(root)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&tmp_prefix) {
            tmp.push(entry.path());
        } else if name.starts_with(&old_prefix) {
            old.push(entry.path());
        }
    }
    old.sort();
    Ok((tmp, old))
}

/// Repairs `root/<org_id>` after a crash and removes leftovers. The caller
/// holds the organization's lock.
fn recover_locked(root: &Path, org_id: &str) -> io::Result<()> {
    let current = root.join(org_id);
    let (tmp, mut old) = leftovers(root, org_id)?;
    if !current.exists()
        && let Some(previous) = old.pop()
    {
        tracing::warn!(org_id, from = %previous.display(), "restoring the previous snapshot after an interrupted swap");
        fs::rename(&previous, &current)?;
        fsync_dir(root)?;
    }
    for dir in tmp.iter().chain(&old) {
        fs::remove_dir_all(dir)?;
    }
    Ok(())
}

/// Recovers every organization under `root` whose lock is free (used at
/// start-up by [`crate::Sink::prepare`]); removes the lock files killed
/// writers left.
pub fn recover(root: &Path) -> io::Result<()> {
    let mut orgs = std::collections::BTreeSet::new();
    for entry in fs::read_dir(root)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(rest) = name.strip_prefix('.')
            && let Some(org) = rest
                .split_once(".tmp-")
                .or_else(|| rest.split_once(".old-"))
                .map(|(org, _)| org)
                .or_else(|| rest.strip_suffix(".lock"))
            && check_org_id(org).is_ok()
        {
            orgs.insert(org.to_string());
        }
    }
    for org in orgs {
        if let Some(_lock) = try_lock_org(root, &org)? {
            recover_locked(root, &org)?;
        }
    }
    Ok(())
}

/// Replaces `root/<org_id>` by the directory `fill` writes, following the
/// protocol in the module docs. `fill` gets an empty directory and must
/// write (and fsync) its files there. The caller holds the organization's
/// lock ([`lock_org`]).
pub fn replace_org_dir(
    root: &Path,
    org_id: &str,
    nonce: &str,
    fill: impl FnOnce(&Path) -> Result<(), BoxError>,
) -> Result<(), BoxError> {
    recover_locked(root, org_id)?;
    let current = root.join(org_id);
    let tmp = root.join(format!(".{org_id}.tmp-{nonce}"));
    fs::create_dir(&tmp)?;
    fill(&tmp)?;
    fsync_dir(&tmp)?;
    crash_point::reached("temp_written")?;
    if !current.exists() {
        fs::rename(&tmp, &current)?;
        fsync_dir(root)?;
        return Ok(());
    }
    let exchanged = if crash_point::force_two_renames() {
        false
    } else {
        match renameat_with(CWD, &tmp, CWD, &current, RenameFlags::EXCHANGE) {
            Ok(()) => true,
            Err(e)
                if e == rustix::io::Errno::INVAL
                    || e == rustix::io::Errno::NOSYS
                    || e == rustix::io::Errno::NOTSUP =>
            {
                false
            }
            Err(e) => return Err(io::Error::from(e).into()),
        }
    };
    let previous = if exchanged {
        fsync_dir(root)?;
        tmp
    } else {
        let old = root.join(format!(".{org_id}.old-{nonce}"));
        fs::rename(&current, &old)?;
        let second =
            crash_point::reached("between_renames").and_then(|()| Ok(fs::rename(&tmp, &current)?));
        if let Err(e) = second {
            // Put the previous snapshot back before reporting the failure.
            fs::rename(&old, &current)?;
            fsync_dir(root)?;
            return Err(e);
        }
        fsync_dir(root)?;
        old
    };
    crash_point::reached("swapped")?;
    if let Err(e) = fs::remove_dir_all(&previous) {
        tracing::warn!(dir = %previous.display(), error = %e, "could not remove the previous snapshot; the next write removes it");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn names(root: &Path) -> Vec<String> {
        fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn the_lock_file_is_gone_once_the_lock_is_released() {
        let root = tempfile::tempdir().unwrap();
        let lock = lock_org(root.path(), "o-aaaaaaaaaa").unwrap();
        assert_eq!(names(root.path()), [".o-aaaaaaaaaa.lock"]);
        drop(lock);
        assert!(names(root.path()).is_empty(), "{:?}", names(root.path()));
    }

    #[test]
    fn writers_of_one_organization_still_take_turns_while_lock_files_come_and_go() {
        let root = Arc::new(tempfile::tempdir().unwrap());
        let inside = Arc::new(AtomicUsize::new(0));
        let entered = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let (root, inside, entered) = (root.clone(), inside.clone(), entered.clone());
                std::thread::spawn(move || {
                    for _ in 0..200 {
                        let _lock = lock_org(root.path(), "o-aaaaaaaaaa").unwrap();
                        assert_eq!(inside.fetch_add(1, Ordering::SeqCst), 0, "two holders at once");
                        entered.fetch_add(1, Ordering::SeqCst);
                        std::thread::yield_now();
                        inside.fetch_sub(1, Ordering::SeqCst);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(entered.load(Ordering::SeqCst), 800);
        assert!(names(root.path()).is_empty(), "{:?}", names(root.path()));
    }

    #[test]
    fn recovery_removes_a_lock_file_a_killed_writer_left_but_not_a_held_one() {
        let root = tempfile::tempdir().unwrap();
        fs::write(root.path().join(".o-aaaaaaaaaa.lock"), b"").unwrap();
        let held = lock_org(root.path(), "o-bbbbbbbbbb").unwrap();
        recover(root.path()).unwrap();
        assert_eq!(names(root.path()), [".o-bbbbbbbbbb.lock"]);
        drop(held);
        assert!(names(root.path()).is_empty());
    }
}
