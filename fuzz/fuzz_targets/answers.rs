//! The answer-set loader: `Bundle::load_answers` against the built-in questionnaire.
//!
//! See `saq_fuzz::targets::answers`: the bytes are a raw file or the choices of a mutation.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    saq_fuzz::targets::answers(data);
});
