//! Reader for the pipe-table extraction of SCP API reference pages into OpenAPI 3.1.
