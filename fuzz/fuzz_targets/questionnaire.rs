//! The questionnaire loader: `Bundle::load` of mutated instruments and questionnaires, their
//! conditions and rules evaluated on the answer sets of the folder.
//!
//! See `saq_fuzz::targets::questionnaire`: the bytes are a raw file or the choices of a mutation.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    saq_fuzz::targets::questionnaire(data);
});
