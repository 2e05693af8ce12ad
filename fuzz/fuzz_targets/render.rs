//! The report pipeline: answer sets with hostile text, rendered in every format and in a batch.
//!
//! See `saq_fuzz::targets::render`: the bytes are a raw file or the choices of a mutation.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    saq_fuzz::targets::render(data);
});
