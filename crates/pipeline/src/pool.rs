//! A pool of one worker per core that runs a set of reads, and each build as soon as the
//! reads it needs are done.
//!
//! Why not a thread per read and then a thread per build: regen's work is CPU-bound, so more
//! threads than cores only add switching and keep every service's data in memory at once,
//! and the barrier between the two stages leaves a core idle while the last, largest read
//! finishes. Here a worker takes a ready build before the next read (a build frees the memory
//! its reads hold soonest, and the builds of the largest services, which come ready first
//! when their reads are started first, do not end up alone at the tail).

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// What [`run`] returns.
pub(crate) struct Staged<R, B> {
    /// The result of every read, in read order.
    pub reads: Vec<R>,
    /// The result of every build, in build order.
    pub builds: Vec<B>,
    /// Wall time from the start until the last read finished.
    pub reads_done: Duration,
}

/// Runs `read(i)` for every `i < read_count` (in that order: put the largest first) and
/// `build(b, reads)` for every `b < needs.len()` once the reads `needs[b]` names are done
/// (`reads` in the order `needs[b]` gives), on one worker per core. A panic in a job stops
/// every worker and is resumed here, rather than leaving builds waiting for a read that will
/// never finish.
pub(crate) fn run<R: Send + Sync, B: Send>(
    read_count: usize,
    read: impl Fn(usize) -> R + Sync,
    needs: &[Vec<usize>],
    build: impl Fn(usize, &[&R]) -> B + Sync,
) -> Staged<R, B> {
    let start = Instant::now();
    let reads: Vec<OnceLock<R>> = (0..read_count).map(|_| OnceLock::new()).collect();
    let builds: Vec<Mutex<Option<B>>> = needs.iter().map(|_| Mutex::new(None)).collect();
    let state = Mutex::new(State {
        next_read: 0,
        reads_left: read_count,
        reads_done: Duration::ZERO,
        waiting: needs.iter().map(Vec::len).collect(),
        ready: (0..needs.len())
            .filter(|&b| needs[b].is_empty())
            .rev()
            .collect(),
        builds_left: needs.len(),
        panic: None,
    });
    let changed = Condvar::new();
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(read_count + needs.len())
        .max(1);
    let worker = || {
        let mut guard = state.lock().expect("no worker panics holding the lock");
        loop {
            if guard.panic.is_some() {
                return;
            }
            let job = if let Some(b) = guard.ready.pop() {
                Job::Build(b)
            } else if guard.next_read < read_count {
                guard.next_read += 1;
                Job::Read(guard.next_read - 1)
            } else if guard.builds_left == 0 {
                return;
            } else {
                guard = changed
                    .wait(guard)
                    .expect("no worker panics holding the lock");
                continue;
            };
            drop(guard);
            let ran = catch_unwind(AssertUnwindSafe(|| match job {
                Job::Read(i) => {
                    let _ = reads[i].set(read(i));
                }
                Job::Build(b) => {
                    let inputs: Vec<&R> = needs[b]
                        .iter()
                        .map(|&i| reads[i].get().expect("a build runs after its reads"))
                        .collect();
                    let built = build(b, &inputs);
                    *builds[b].lock().expect("a build's slot is set once") = Some(built);
                }
            }));
            guard = state.lock().expect("no worker panics holding the lock");
            if let Err(payload) = ran {
                guard.panic.get_or_insert(payload);
                changed.notify_all();
                return;
            }
            match job {
                Job::Read(i) => {
                    guard.reads_left -= 1;
                    if guard.reads_left == 0 {
                        guard.reads_done = start.elapsed();
                    }
                    for (b, need) in needs.iter().enumerate() {
                        // A build naming a read twice waits for it once per mention.
                        for _ in need.iter().filter(|&&r| r == i) {
                            guard.waiting[b] -= 1;
                            if guard.waiting[b] == 0 {
                                guard.ready.push(b);
                            }
                        }
                    }
                }
                Job::Build(_) => guard.builds_left -= 1,
            }
            changed.notify_all();
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..workers {
            scope.spawn(worker);
        }
        worker();
    });
    let state = state.into_inner().expect("workers done");
    if let Some(payload) = state.panic {
        resume_unwind(payload);
    }
    let reads_done = state.reads_done;
    Staged {
        reads: reads
            .into_iter()
            .map(|r| r.into_inner().expect("every read ran"))
            .collect(),
        builds: builds
            .into_iter()
            .map(|b| b.into_inner().ok().flatten().expect("every build ran"))
            .collect(),
        reads_done,
    }
}

struct State {
    next_read: usize,
    reads_left: usize,
    reads_done: Duration,
    /// Reads each build still waits for.
    waiting: Vec<usize>,
    /// Builds whose reads are done, the next one to take last.
    ready: Vec<usize>,
    builds_left: usize,
    /// The first job's panic: every worker stops, and [`run`] resumes it.
    panic: Option<Box<dyn Any + Send>>,
}

#[derive(Clone, Copy)]
enum Job {
    Read(usize),
    Build(usize),
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn every_build_sees_its_reads_and_runs_once() {
        let runs = AtomicUsize::new(0);
        let needs = vec![vec![2, 0], vec![], vec![1, 1], vec![0, 1, 2]];
        let staged = run(
            3,
            |i| i * 10,
            &needs,
            |b, reads| {
                runs.fetch_add(1, Ordering::Relaxed);
                (b, reads.iter().map(|r| **r).collect::<Vec<_>>())
            },
        );
        assert_eq!(staged.reads, vec![0, 10, 20]);
        assert_eq!(
            staged.builds,
            vec![
                (0, vec![20, 0]),
                (1, vec![]),
                (2, vec![10, 10]),
                (3, vec![0, 10, 20])
            ]
        );
        assert_eq!(runs.load(Ordering::Relaxed), 4);
    }

    #[test]
    fn reads_alone_and_nothing_at_all() {
        let staged = run(2, |i| i, &[], |_, _: &[&usize]| ());
        assert_eq!(staged.reads, vec![0, 1]);
        let empty = run(0, |i| i, &[], |_, _: &[&usize]| ());
        assert!(empty.reads.is_empty() && empty.builds.is_empty());
    }

    #[test]
    fn a_panicking_read_stops_the_pool_instead_of_leaving_its_build_waiting() {
        let needs = vec![vec![0], vec![1]];
        let outcome = catch_unwind(|| {
            run(
                2,
                |i| {
                    if i == 0 {
                        panic!("reader bug");
                    }
                    i
                },
                &needs,
                |_, reads| *reads[0],
            )
        });
        let payload = outcome.err().expect("the panic reaches the caller");
        assert_eq!(payload.downcast_ref::<&str>(), Some(&"reader bug"));
    }

    #[test]
    fn a_build_waits_for_a_slow_read() {
        let needs = vec![vec![0]];
        let staged = run(
            2,
            |i| {
                if i == 0 {
                    std::thread::sleep(Duration::from_millis(30));
                }
                i
            },
            &needs,
            |_, reads| *reads[0],
        );
        assert_eq!(staged.builds, vec![0]);
        assert!(staged.reads_done >= Duration::from_millis(30));
    }
}
