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

/// One page of a marker/limit list operation (OpenStack style): its items and the marker
/// that asks for the next page (usually the last item's id), `None` on the last page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkerPage<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// The marker of the next page.
    pub next_marker: Option<String>,
}

/// Streams every item of a marker/limit list operation.
///
/// Calls `fetch(marker)` starting at `first_marker` (`None`: from the start), and then with
/// each page's `next_marker`. Stops after a page that is empty, has fewer than `limit` items
/// (when `limit > 0`), has no next marker, or repeats the marker it was asked with (a service
/// that ignores the marker would otherwise loop forever). Errors end the stream.
pub fn paginate_marker<T, F, Fut>(
    first_marker: Option<String>,
    limit: u32,
    mut fetch: F,
) -> impl Stream<Item = Result<T, Error>>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<MarkerPage<T>, Error>>,
{
    // Page numbers index the markers learned so far; the page/size paginator drives it.
    let markers = std::sync::Arc::new(std::sync::Mutex::new(vec![first_marker]));
    paginate(0, 0, move |page| {
        let markers = markers.clone();
        let asked = markers
            .lock()
            .ok()
            .and_then(|m| m.get(page as usize).cloned())
            .flatten();
        let request = fetch(asked.clone());
        async move {
            let page = request.await?;
            let count = page.items.len() as u64;
            let next = page
                .next_marker
                .filter(|n| Some(n) != asked.as_ref())
                .filter(|_| count > 0 && (limit == 0 || count >= u64::from(limit)));
            // Without a next marker the page reports itself as the total, which ends the stream.
            let total = match next {
                Some(n) => {
                    if let Ok(mut m) = markers.lock() {
                        m.push(Some(n));
                    }
                    None
                }
                None => Some(0),
            };
            Ok(Page {
                items: page.items,
                total,
            })
        }
    })
}

#[cfg(test)]
mod marker_tests {
    use super::*;

    fn block_on<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime")
            .block_on(f)
    }

    #[test]
    fn follows_markers_until_a_short_page() {
        let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = asked.clone();
        let stream = paginate_marker(None, 2, move |marker: Option<String>| {
            log.lock().unwrap().push(marker.clone());
            async move {
                let items: Vec<&str> = match marker.as_deref() {
                    None => vec!["a", "b"],
                    Some("b") => vec!["c"],
                    other => panic!("unexpected marker {other:?}"),
                };
                let next_marker = items.last().map(|s| (*s).to_owned());
                Ok(MarkerPage { items, next_marker })
            }
        });
        let items = block_on(collect_all(stream)).expect("every page");
        assert_eq!(items, vec!["a", "b", "c"]);
        assert_eq!(*asked.lock().unwrap(), vec![None, Some("b".to_owned())]);
    }

    #[test]
    fn a_repeated_marker_ends_the_stream() {
        let stream = paginate_marker(Some("x".into()), 1, |_| async {
            Ok(MarkerPage {
                items: vec![1],
                next_marker: Some("x".to_owned()),
            })
        });
        assert_eq!(block_on(collect_all(stream)).expect("one page"), vec![1]);
    }
}
