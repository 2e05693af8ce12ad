//! A batch keeps of each State only what the views across States read
//! (`Assessment::for_views`). Every view, in every format, made from those must be the one
//! made from the whole assessments: otherwise a view would silently lose a column.

use saq_assess::assessment::{Assessment, assess};
use saq_assess::comparison::{self, alphabetical_key};
use saq_model::{Bundle, SourceFile};
use saq_render::{Format, Templates, render_comparison, render_index, render_named};

fn views(
    bundle: &Bundle,
    templates: &Templates,
    assessments: &[(String, Assessment)],
) -> Vec<String> {
    let mut out = Vec::new();
    for include_drafts in [false, true] {
        let options = comparison::Options { include_drafts };
        let comparison = comparison::compare(bundle, assessments, options);
        let entries = comparison::entries(assessments, options);
        let named = comparison::named(bundle, assessments, options);
        let mut shown: Vec<(String, &Assessment)> = assessments
            .iter()
            .filter(|(_, a)| options.counts(a) && a.disclosure.may_be_named())
            .map(|(report, a)| (report.clone(), a))
            .collect();
        shown.sort_by_cached_key(|(report, a)| alphabetical_key(report, a));
        for format in [Format::Markdown, Format::Html, Format::Json, Format::Csv] {
            out.push(render_comparison(format, &comparison, templates).unwrap());
            out.push(render_named(format, &named, &shown, templates).unwrap());
            if matches!(format, Format::Markdown | Format::Html) {
                let failures: [String; 0] = [];
                out.push(
                    render_index(format, &comparison, &entries, &failures, true, templates)
                        .unwrap(),
                );
            }
        }
    }
    out
}

#[test]
fn the_views_made_from_what_a_batch_keeps_are_the_views_of_the_whole_assessments() {
    let bundle = Bundle::builtin().value.unwrap();
    let templates = Templates::builtin().unwrap();
    let whole: Vec<(String, Assessment)> = saq_synth::generate(&bundle, 7, 40)
        .into_iter()
        .map(|s| {
            let loaded = bundle
                .load_answers(&SourceFile::new(format!("{}.yaml", s.name), s.text))
                .value
                .unwrap();
            (s.name, assess(&bundle, &loaded))
        })
        .collect();
    let kept: Vec<(String, Assessment)> = whole
        .iter()
        .map(|(name, a)| (name.clone(), a.clone().for_views()))
        .collect();
    // The test means something only if what is dropped is there to drop.
    assert!(whole.iter().any(|(_, a)| !a.sections.is_empty()));
    let (before, after) = (
        views(&bundle, &templates, &whole),
        views(&bundle, &templates, &kept),
    );
    assert_eq!(before.len(), after.len());
    for (i, (b, a)) in before.iter().zip(&after).enumerate() {
        assert!(b == a, "view {i} differs once the assessments are slimmed");
    }
}
