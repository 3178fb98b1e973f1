use crate::OpenApi;

/// Writes `doc` as YAML, fields in model order, ending in a newline.
pub fn to_yaml(doc: &OpenApi) -> String {
    // Serialising our own model cannot fail: every map key is a string.
    serde_norway::to_string(doc).expect("an OpenApi value always serialises to YAML")
}

/// Reads a document written by [`to_yaml`] (or any OpenAPI 3.1 YAML within the model).
pub fn from_yaml(text: &str) -> Result<OpenApi, serde_norway::Error> {
    serde_norway::from_str(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::*;

    #[test]
    fn round_trips_a_document() {
        let mut doc = OpenApi::new("Event Streams", "1.0");
        doc.provider = Some(Provider::Scp);
        let mut op = Operation {
            operation_id: Some("listClusters".into()),
            source: Some(SourceRef::new("004.txt", 10)),
            ..Operation::default()
        };
        let mut schema = Schema::of_type(Type::Integer);
        schema.default = Some(20.into());
        schema.extra.insert("x-note".into(), "kept".into());
        op.parameters.push(Parameter {
            name: "size".into(),
            location: ParameterLocation::Query,
            description: None,
            required: false,
            deprecated: false,
            style: None,
            explode: None,
            schema: Some(schema),
            example: Some(20.into()),
            source: Some(SourceRef::new("004.txt", 12)),
            also_stated_at: Vec::new(),
            extra: Extra::new(),
        });
        op.responses.insert(
            "200".into(),
            Response {
                description: "OK".into(),
                ..Response::default()
            },
        );
        *doc.paths
            .entry("/v1/clusters".into())
            .or_default()
            .slot_mut(Method::Get) = Some(op);
        let text = to_yaml(&doc);
        assert!(text.starts_with("openapi: 3.1.0\n"), "{text}");
        assert!(text.contains("x-source: 004.txt:10"), "{text}");
        assert_eq!(from_yaml(&text).unwrap(), doc);
    }
}
