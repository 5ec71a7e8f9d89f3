//! Paged list calls, one page per task.
//!
//! A page task calls through the [`crate::planner::Planner`] with its page's
//! token (not at all once the operation is denied for the list's scope),
//! records a failed page against the listed item, stores the page's rows
//! and returns the next page's task (when NextToken is present) ahead of the
//! tasks the page's items start.
//!
//! A page whose NextToken is the token it was asked with would make the list
//! loop forever (moto's ListCreateAccountStatus does this past 40 items):
//! its rows are kept and the list stops there with one `orgsync_error` row
//! ([`REPEATED_NEXT_TOKEN`]), so the table is known to be incomplete.

use std::future::Future;
use std::sync::Arc;

use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use orgsync_schema::TableName;

use crate::aws::Clients;
use crate::aws::error::ApiError;
use crate::planner::{Operation, Phase, Priority};

use super::{Ctx, Task, next_token};

/// Error code of a list cut short because a page repeated its own NextToken.
pub const REPEATED_NEXT_TOKEN: &str = "RepeatedNextToken";

/// The sender of a paged list's pages: `page_sender!(|clients| request)`
/// is a closure sending `request` (built from the clients) with MaxResults
/// [`super::PAGE_SIZE`] and a page's token.
macro_rules! page_sender {
    (|$clients:ident| $request:expr) => {
        move |$clients: std::sync::Arc<$crate::aws::Clients>, token: Option<String>| {
            $request.max_results($crate::tables::PAGE_SIZE).set_next_token(token).send()
        }
    };
}
pub(crate) use page_sender;

/// What a paged list call is and where its failures are recorded.
pub(crate) struct Listing {
    /// The phase of the page tasks.
    pub phase: Phase,
    /// The operation called for each page.
    pub operation: Operation,
    /// The priority of its calls.
    pub priority: Priority,
    /// The table a failed page is recorded against.
    pub table: TableName,
    /// The item listed (a parent, a policy, an account): the resource_id of
    /// a failed page's error row; None for an organization-wide list.
    pub item: Option<String>,
    /// The scope of a denial (e.g. a policy type), see [`Ctx::fail`].
    pub scope: Option<String>,
}

impl Listing {
    /// An organization-wide list (no item, no scope).
    pub fn new(phase: Phase, operation: Operation, priority: Priority, table: TableName) -> Self {
        Self { phase, operation, priority, table, item: None, scope: None }
    }

    /// The list of one item.
    pub fn of_item(self, item: &str) -> Self {
        Self { item: Some(item.to_owned()), ..self }
    }

    /// The list of one scope.
    pub fn in_scope(self, scope: &str) -> Self {
        Self { scope: Some(scope.to_owned()), ..self }
    }
}

/// A failed page that is expected and no error: nothing is recorded. Told
/// the error and whether it was the first page.
pub(crate) type ExpectedFailure = fn(&Ctx<'_>, &Listing, &ApiError, bool) -> bool;

/// A paged list with what it does with each page.
struct Pages<S, R, T> {
    listing: Listing,
    /// Sends the call for the page at a token (None: the first page).
    send: S,
    /// The page's NextToken.
    next_token: fn(&T) -> Option<&str>,
    /// Stores the page's rows; returns the tasks its items start.
    store: R,
    /// Tells failed pages that are no error.
    expected_failure: Option<ExpectedFailure>,
}

/// The task of the first page of `listing`: `send` sends the call for a
/// token (see [`page_sender!`]), `next_token` reads a page's NextToken, `store`
/// stores a page's rows and returns the tasks its items start, and
/// `expected_failure` (if any) tells failures that are no error.
pub(crate) fn first_page<'a, T, E, Fut>(
    ctx: &'a Ctx<'a>,
    listing: Listing,
    send: impl Fn(Arc<Clients>, Option<String>) -> Fut + Send + Sync + 'a,
    next_token: fn(&T) -> Option<&str>,
    store: impl Fn(&T) -> Vec<Task<'a>> + Send + Sync + 'a,
    expected_failure: Option<ExpectedFailure>,
) -> Task<'a>
where
    T: Send + 'a,
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    Fut: Future<Output = Result<T, SdkError<E, HttpResponse>>> + Send + 'a,
{
    Arc::new(Pages { listing, send, next_token, store, expected_failure }).task(ctx, None)
}

impl<'a, T, E, Fut, S, R> Pages<S, R, T>
where
    T: Send + 'a,
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    Fut: Future<Output = Result<T, SdkError<E, HttpResponse>>> + Send + 'a,
    S: Fn(Arc<Clients>, Option<String>) -> Fut + Send + Sync + 'a,
    R: Fn(&T) -> Vec<Task<'a>> + Send + Sync + 'a,
{
    /// The task of the page at `token`.
    fn task(self: Arc<Self>, ctx: &'a Ctx<'a>, token: Option<String>) -> Task<'a> {
        Task::new(self.listing.phase, self.read(ctx, token))
    }

    async fn read(self: Arc<Self>, ctx: &'a Ctx<'a>, token: Option<String>) -> Vec<Task<'a>> {
        let listing = &self.listing;
        let (op, scope) = (listing.operation, listing.scope.as_deref());
        if ctx.is_denied(op, scope) {
            return Vec::new();
        }
        let answer =
            ctx.planner.call(op, listing.priority, |c| (self.send)(c, token.clone())).await;
        let page = match answer {
            Ok(page) => page,
            Err(err)
                if self
                    .expected_failure
                    .is_some_and(|expected| expected(ctx, listing, &err, token.is_none())) =>
            {
                return Vec::new();
            }
            Err(err) => {
                ctx.fail(listing.table, op, listing.item.as_deref(), scope, err);
                return Vec::new();
            }
        };
        let mut next = Vec::new();
        match next_token((self.next_token)(&page)) {
            Some(repeated) if token.as_deref() == Some(repeated.as_str()) => {
                let message = format!(
                    "{op} answered the NextToken it was asked with; the list stopped there instead of looping"
                );
                let err = ApiError::from_code(REPEATED_NEXT_TOKEN, Some(message), None);
                ctx.fail(listing.table, op, listing.item.as_deref(), scope, err);
            }
            Some(token) => next.push(self.clone().task(ctx, Some(token))),
            None => {}
        }
        next.extend((self.store)(&page));
        next
    }
}

/// The task reading every page of `listing`, one after another, that
/// stores the rows only once the last page is read: a list that fails (or is
/// denied) part-way leaves no rows, so a resource is never half-stored.
/// `send` sends the call for a token, `next_token_of` reads a page's
/// NextToken and `rows_of` adds a page's rows to the list's rows.
pub(crate) fn whole_list<'a, T, E, Fut, Row>(
    ctx: &'a Ctx<'a>,
    listing: Listing,
    send: impl Fn(Arc<Clients>, Option<String>) -> Fut + Send + Sync + 'a,
    next_token_of: fn(&T) -> Option<&str>,
    rows_of: impl Fn(&T, &mut Vec<Row>) + Send + 'a,
) -> Task<'a>
where
    T: Send + 'a,
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    Fut: Future<Output = Result<T, SdkError<E, HttpResponse>>> + Send + 'a,
    Row: orgsync_schema::TableRow + Send + 'a,
{
    Task::new(listing.phase, async move {
        let (op, scope) = (listing.operation, listing.scope.as_deref());
        let mut token: Option<String> = None;
        let mut rows = Vec::new();
        loop {
            let answer = ctx
                .call_unless_denied(op, listing.priority, scope, |c| send(c, token.clone()))
                .await;
            let page = match answer {
                None => return Vec::new(),
                Some(Ok(page)) => page,
                Some(Err(err)) => {
                    ctx.fail(listing.table, op, listing.item.as_deref(), scope, err);
                    return Vec::new();
                }
            };
            rows_of(&page, &mut rows);
            token = next_token(next_token_of(&page));
            if token.is_none() {
                break;
            }
        }
        for row in rows {
            ctx.push_row(row);
        }
        Vec::new()
    })
}
