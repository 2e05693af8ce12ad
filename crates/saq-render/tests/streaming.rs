//! A batch streams: answer sets given as files are read when their turn comes, each report is
//! handed to the sink as soon as it is made, and nothing of them is kept in the batch.

use std::sync::Mutex;

use saq_model::Bundle;
use saq_render::batch::{self, Input, Output, Sink, Source};
use saq_render::{Format, Templates};

#[test]
fn reports_go_to_the_sink_as_they_are_made_and_are_not_kept() {
    let bundle = Bundle::builtin().value.unwrap();
    let templates = Templates::builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for synthetic in saq_synth::generate(&bundle, 3, 12) {
        let path = dir.path().join(format!("{}.yaml", synthetic.name));
        std::fs::write(&path, synthetic.text).unwrap();
        paths.push(path);
    }
    // One file goes away after it was found: it is listed, located, and the others go on.
    let gone = paths[4].clone();
    let inputs = Input::named(
        paths
            .iter()
            .map(|p| (p.as_path(), Source::File(p.clone())))
            .collect(),
    );
    std::fs::remove_file(&gone).unwrap();
    let written = Mutex::new(Vec::new());
    let write = |output: Output| {
        assert!(!output.text.is_empty());
        written.lock().unwrap().push(output.name);
    };
    let options = batch::Options {
        named: true,
        ..batch::Options::default()
    };
    let done = batch::run(
        &bundle,
        &templates,
        &inputs,
        Format::Html,
        options,
        Sink::Write(&write),
        &|| {},
    )
    .unwrap();
    assert!(done.outputs.is_empty(), "a streaming batch keeps no output");
    assert_eq!(done.reported, 11);
    assert_eq!(done.failures.len(), 1);
    assert_eq!(done.failures[0].file, gone.display().to_string());
    assert!(
        done.failures[0].diagnostics[0].location.ends_with(":1:1"),
        "{:?}",
        done.failures[0]
    );
    let mut written = written.into_inner().unwrap();
    written.sort();
    let mut expected: Vec<String> = options
        .output_names(&inputs, Format::Html)
        .into_iter()
        .filter(|name| !name.starts_with(gone.file_stem().unwrap().to_str().unwrap()))
        .collect();
    expected.sort();
    assert_eq!(written, expected);

    // The same batch, kept: the same names, reports in input order, then the views.
    let kept = batch::run(
        &bundle,
        &templates,
        &inputs,
        Format::Html,
        options,
        Sink::Keep,
        &|| {},
    )
    .unwrap();
    let names: Vec<&str> = kept.outputs.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names.len(), expected.len());
    assert_eq!(
        &names[names.len() - 3..],
        ["comparative.html", "index.html", "comparative-named.html"]
    );
}
