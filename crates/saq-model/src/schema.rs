//! JSON Schemas of saq's file and output formats, generated one way for every crate that owns a
//! format (the input formats here, assessments in saq-assess, the status in saq-collect).

use schemars::JsonSchema;

/// The JSON Schema of `T` as pretty-printed JSON, ending with a newline: the text committed
/// under `questionnaires/schema/` and printed by `saq schema`.
pub fn schema_json<T: JsonSchema>() -> String {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<T>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
