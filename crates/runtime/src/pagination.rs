//! Page/size list operations as a stream of items.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use crate::Error;

/// One page of a list operation: its items and, when the service reports it, the total count
/// of items across all pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Total number of items across all pages, when reported.
    pub total: Option<u64>,
}

impl<T> Page<T> {
    /// A page of `items` with an optional `total`.
    pub fn new(items: Vec<T>, total: Option<u64>) -> Self {
        Page { items, total }
    }
}

/// Streams every item of a page/size list operation.
///
/// Calls `fetch(page_number)` starting at `first_page` (SCP counts from 0), one page at a time,
/// and yields the items in order. Stops after a page when
/// - the page is empty, or
/// - the items seen so far reach the page's `total` (when it is `Some`), or
/// - the page has fewer than `page_size` items (when `page_size > 0`), or
/// - the page number would overflow.
///
/// An error from `fetch` is yielded once and ends the stream. Pages are fetched lazily: nothing
/// is requested until the stream is polled, and the next page only when the current one is used
/// up.
///
/// Which operations get a paginator is the generator's decision: a list operation has integer
/// `page` and `size` query parameters and a response object with an array of items (and,
/// optionally, a total count such as `totalCount`).
pub fn paginate<T, F, Fut>(
    first_page: u32,
    page_size: u32,
    fetch: F,
) -> impl Stream<Item = Result<T, Error>>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<Page<T>, Error>>,
{
    Paginator {
        fetch,
        next_page: Some(first_page),
        page_size,
        seen: 0,
        buffer: VecDeque::new(),
        in_flight: None,
    }
}

struct Paginator<T, F, Fut> {
    fetch: F,
    /// The page to fetch next; `None` once a stopping rule fired or an error was yielded.
    next_page: Option<u32>,
    page_size: u32,
    seen: u64,
    buffer: VecDeque<T>,
    in_flight: Option<Pin<Box<Fut>>>,
}

// No field is ever pinned in place (the in-flight future is pinned in its own box), so the
// paginator may move freely whatever `T`, `F` and `Fut` are.
impl<T, F, Fut> Unpin for Paginator<T, F, Fut> {}

impl<T, F, Fut> Stream for Paginator<T, F, Fut>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<Page<T>, Error>>,
{
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffer.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            if this.in_flight.is_none() {
                let Some(page) = this.next_page else {
                    return Poll::Ready(None);
                };
                this.in_flight = Some(Box::pin((this.fetch)(page)));
            }
            let Some(fut) = this.in_flight.as_mut() else {
                return Poll::Ready(None);
            };
            let result = match fut.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(result) => result,
            };
            this.in_flight = None;
            let current = this.next_page.take();
            match result {
                Err(e) => return Poll::Ready(Some(Err(e))),
                Ok(page) => {
                    let count = page.items.len() as u64;
                    this.seen += count;
                    let exhausted = count == 0
                        || page.total.is_some_and(|t| this.seen >= t)
                        || (this.page_size > 0 && count < u64::from(this.page_size));
                    if !exhausted {
                        this.next_page = current.and_then(|p| p.checked_add(1));
                    }
                    this.buffer.extend(page.items);
                }
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.buffer.len(), None)
    }
}

/// The next item of a stream (a `StreamExt::next` that needs no extra dependency).
pub async fn next_item<S: Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    std::future::poll_fn(|cx| Pin::new(&mut *stream).poll_next(cx)).await
}

/// Collects every item of a fallible stream, stopping at the first error.
pub async fn collect_all<T, S>(stream: S) -> Result<Vec<T>, Error>
where
    S: Stream<Item = Result<T, Error>>,
{
    let mut stream = std::pin::pin!(stream);
    let mut items = Vec::new();
    while let Some(item) = std::future::poll_fn(|cx| stream.as_mut().poll_next(cx)).await {
        items.push(item?);
    }
    Ok(items)
}
