//! Retry policy: which failures are retried, how long to wait, when to give up.

use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, SystemTime};

use crate::Method;

/// Retry policy of a transport (`docsdk_runtime::HttpClient`).
///
/// What is retried (only for idempotent methods, GET PUT DELETE HEAD OPTIONS, unless
/// [`RetryConfig::with_retry_non_idempotent`] is set):
/// - connection errors and timeouts of an attempt,
/// - HTTP 429, 502, 503 and 504.
///
/// How long to wait before attempt `n + 1`: the server's `Retry-After` (delta-seconds or
/// HTTP-date) when present, else exponential backoff with jitter: a random delay between half
/// and all of `min(max_backoff, initial_backoff * 2^(n-1))`. A `Retry-After` longer than
/// `max_retry_after` ends retrying (the [`crate::ApiError`] carries it so the caller can
/// schedule a later call). Each attempt is signed afresh (new timestamp).
///
/// When to stop: after `max_attempts` attempts, or when the next wait would end after the
/// overall deadline (measured from the first attempt); the last error is returned then. An
/// attempt still running at the deadline is cut and reported as [`crate::Error::Timeout`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryConfig {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    deadline: Option<Duration>,
    retry_non_idempotent: bool,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self::standard()
    }
}

impl RetryConfig {
    /// Default attempts (first try included) of [`RetryConfig::standard`].
    pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;
    /// Default first backoff of [`RetryConfig::standard`].
    pub const DEFAULT_INITIAL_BACKOFF: Duration = Duration::from_millis(500);
    /// Default backoff cap of [`RetryConfig::standard`].
    pub const DEFAULT_MAX_BACKOFF: Duration = Duration::from_secs(20);
    /// Default longest `Retry-After` that is waited for.
    pub const DEFAULT_MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

    /// 3 attempts, backoff from 500 ms doubling up to 20 s with jitter, `Retry-After` honoured up
    /// to 60 s, no overall deadline, idempotent methods only.
    pub fn standard() -> Self {
        RetryConfig {
            max_attempts: Self::DEFAULT_MAX_ATTEMPTS,
            initial_backoff: Self::DEFAULT_INITIAL_BACKOFF,
            max_backoff: Self::DEFAULT_MAX_BACKOFF,
            max_retry_after: Self::DEFAULT_MAX_RETRY_AFTER,
            deadline: None,
            retry_non_idempotent: false,
        }
    }

    /// One attempt, no retry.
    pub fn disabled() -> Self {
        Self::standard().with_max_attempts(1)
    }

    /// Total attempts including the first (0 is treated as 1).
    pub fn with_max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// Backoff before the second attempt; doubles for each further attempt.
    pub fn with_initial_backoff(mut self, d: Duration) -> Self {
        self.initial_backoff = d;
        self
    }

    /// Upper bound of the computed backoff (not of a server's `Retry-After`).
    pub fn with_max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// Longest `Retry-After` the client waits for; a longer one ends retrying.
    pub fn with_max_retry_after(mut self, d: Duration) -> Self {
        self.max_retry_after = d;
        self
    }

    /// Overall deadline across all attempts and waits, from the start of the first attempt.
    pub fn with_deadline(mut self, d: Duration) -> Self {
        self.deadline = Some(d);
        self
    }

    /// Also retries POST and PATCH (only safe when the operation is idempotent in practice).
    pub fn with_retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry_non_idempotent = yes;
        self
    }

    /// Total attempts including the first.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// Backoff before the second attempt.
    pub fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// Upper bound of the computed backoff.
    pub fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// Longest `Retry-After` waited for.
    pub fn max_retry_after(&self) -> Duration {
        self.max_retry_after
    }

    /// The overall deadline, if any.
    pub fn deadline(&self) -> Option<Duration> {
        self.deadline
    }

    /// Whether POST and PATCH are retried too.
    pub fn retry_non_idempotent(&self) -> bool {
        self.retry_non_idempotent
    }

    /// Whether a request with `method` may be retried at all.
    pub fn allows(&self, method: Method) -> bool {
        self.retry_non_idempotent || method.is_idempotent()
    }

    /// Jittered exponential backoff before attempt `attempt + 1` (`attempt` is 1-based).
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = attempt.saturating_sub(1).min(31);
        let base = self
            .initial_backoff
            .checked_mul(1u32 << exp)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff);
        // "Equal jitter": never less than half the base, so backoff still grows.
        let half = base / 2;
        let spread = (base - half).as_nanos() as u64;
        let jitter = if spread == 0 {
            0
        } else {
            random_u64() % (spread + 1)
        };
        half + Duration::from_nanos(jitter)
    }
}

/// Whether an HTTP status is worth retrying (throttling and gateway/availability errors): 429,
/// 502, 503 and 504.
pub fn is_retryable_status(status: u16) -> bool {
    matches!(status, 429 | 502 | 503 | 504)
}

/// Parses `Retry-After`: delta-seconds or an HTTP-date (relative to `now`).
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = crate::civil::parse_http_date(value)?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// A random number for jitter. std's `RandomState` is seeded per instance from OS randomness;
/// jitter needs no more than that, so no `rand` dependency.
fn random_u64() -> u64 {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let r = RetryConfig::standard()
            .with_initial_backoff(Duration::from_millis(100))
            .with_max_backoff(Duration::from_millis(350));
        for _ in 0..50 {
            let b1 = r.backoff(1);
            assert!(
                b1 >= Duration::from_millis(50) && b1 <= Duration::from_millis(100),
                "{b1:?}"
            );
            let b2 = r.backoff(2);
            assert!(
                b2 >= Duration::from_millis(100) && b2 <= Duration::from_millis(200),
                "{b2:?}"
            );
            let b9 = r.backoff(9);
            assert!(
                b9 >= Duration::from_millis(175) && b9 <= Duration::from_millis(350),
                "{b9:?}"
            );
            assert!(r.backoff(u32::MAX) <= Duration::from_millis(350));
        }
    }

    #[test]
    fn retry_after_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_770);
        assert_eq!(parse_retry_after(" 7 ", now), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now),
            Some(Duration::from_secs(7))
        );
        // A date in the past means "now".
        assert_eq!(
            parse_retry_after("Sat, 05 Nov 1994 08:49:37 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-1", now), None);
    }

    #[test]
    fn method_rules() {
        let r = RetryConfig::standard();
        assert!(r.allows(Method::Get) && r.allows(Method::Put) && r.allows(Method::Delete));
        assert!(!r.allows(Method::Post) && !r.allows(Method::Patch));
        assert!(r.with_retry_non_idempotent(true).allows(Method::Post));
        assert_eq!(RetryConfig::disabled().max_attempts(), 1);
        assert_eq!(
            RetryConfig::standard().with_max_attempts(0).max_attempts(),
            1
        );
    }
}
