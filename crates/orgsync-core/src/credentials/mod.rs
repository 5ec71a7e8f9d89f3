//! Credentials: from the initial credentials through the role chain to the
//! session that signs every Organizations and Account call.
//!
//! The initial credentials (static keys, the SDK's default chain, or a web
//! identity token) assume role 1 with the external ID; its session assumes
//! role 2 with the same external ID; and so on. The last session is cached
//! and renewed before it expires by walking the whole chain again from the
//! start, for as long as the run lasts. Every failure names its hop
//! (`failed to assume role `…` (hop 2 of 3)`), the AWS error, and a hint.
//!
//! * [`Session`] — the run's session; [`Session::sdk_config`] builds clients.
//! * [`walk_chain`] — the hop-by-hop walk with GetCallerIdentity, for `orgsync check`.
//! * [`Clock`] — injected time, so expiry logic is tested without sleeping.

mod chain;
mod clock;
mod hop;
mod profiles;
mod session;

pub use clock::{Clock, ManualClock, SystemClock};
pub use hop::{CHAINED_SESSION_LIMIT_SECONDS, CallerIdentity, HopFailure};
pub use session::{ChainWalk, Session, SubAccountSession, WalkStep, walk_chain};
