//! Polling until a resource settles: SCP create, update and delete calls answer `202` with a
//! request id, and the resource's state field says when the work is done.

use std::fmt;
use std::future::Future;
use std::time::{Duration, Instant};

use crate::{Error, WaitTimeoutError};

/// Polls an operation until a condition holds, with growing intervals and a deadline.
///
/// ```no_run
/// # use std::time::Duration;
/// # use docsdk_runtime::{Error, Waiter};
/// # #[derive(Debug)] struct Cluster { state: String }
/// # async fn show_cluster() -> Result<Cluster, Error> { unimplemented!() }
/// # async fn run() -> Result<(), Error> {
/// let cluster = Waiter::new("cluster RUNNING", Duration::from_secs(30 * 60))
///     .until(show_cluster, |c| c.state == "RUNNING")
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiter {
    what: String,
    deadline: Duration,
    initial_interval: Duration,
    max_interval: Duration,
}

impl Waiter {
    /// Default pause after the first poll.
    pub const DEFAULT_INITIAL_INTERVAL: Duration = Duration::from_secs(2);
    /// Default longest pause between polls.
    pub const DEFAULT_MAX_INTERVAL: Duration = Duration::from_secs(30);

    /// Waits for `what` (named in the timeout error, e.g. `"cluster c-1 RUNNING"`) for at most
    /// `deadline`, pausing 2 s after the first poll, doubling up to 30 s.
    pub fn new(what: impl Into<String>, deadline: Duration) -> Self {
        Waiter {
            what: what.into(),
            deadline,
            initial_interval: Self::DEFAULT_INITIAL_INTERVAL,
            max_interval: Self::DEFAULT_MAX_INTERVAL,
        }
    }

    /// Sets the first pause and the longest one (the pause doubles in between).
    pub fn interval(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_interval = initial;
        self.max_interval = max.max(initial);
        self
    }

    /// Calls `poll` until `done` holds for its answer, and returns that answer.
    ///
    /// An error from `poll` ends the wait and is returned as is (each call already retries
    /// per the client's policy). When `deadline` has passed after a poll whose answer is not
    /// done, fails with [`Error::WaitTimeout`], which names what was awaited, the polls made
    /// and the last answer. The last pause is shortened so that one poll happens at the
    /// deadline.
    pub async fn until<T, F, Fut>(
        &self,
        mut poll: F,
        mut done: impl FnMut(&T) -> bool,
    ) -> Result<T, Error>
    where
        T: fmt::Debug,
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let started = Instant::now();
        let mut interval = self.initial_interval;
        let mut polls = 0u32;
        loop {
            let answer = poll().await?;
            polls += 1;
            if done(&answer) {
                return Ok(answer);
            }
            let left = self.deadline.saturating_sub(started.elapsed());
            if left.is_zero() {
                return Err(Error::WaitTimeout(WaitTimeoutError::new(
                    self.what.clone(),
                    self.deadline,
                    polls,
                    &format!("{answer:?}"),
                )));
            }
            tracing::debug!(what = %self.what, polls, "not yet; polling again");
            tokio::time::sleep(interval.min(left)).await;
            interval = interval.saturating_mul(2).min(self.max_interval);
        }
    }
}
