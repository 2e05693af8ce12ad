//! Timing for the bench binaries: warm up, run many times, keep the sorted durations.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// Runs `step` `warmup` times untimed, then `runs` times timed; the durations, fastest first.
pub(crate) fn sorted_runs<T>(
    warmup: usize,
    runs: usize,
    mut step: impl FnMut() -> T,
) -> Vec<Duration> {
    for _ in 0..warmup {
        black_box(step());
    }
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(step());
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    times
}

/// The median of sorted durations.
pub(crate) fn median(sorted: &[Duration]) -> Duration {
    sorted[sorted.len() / 2]
}

/// `0.471 ms`, `423.1 ms`, `4.84 s`.
pub(crate) fn show(duration: Duration) -> String {
    let ms = duration.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.3} ms")
    } else if ms < 1000.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{:.2} s", duration.as_secs_f64())
    }
}
