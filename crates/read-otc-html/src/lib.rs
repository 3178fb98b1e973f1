//! Reader for Open Telekom Cloud HTML API reference pages into OpenAPI 3.1.
