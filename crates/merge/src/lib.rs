//! Merges OpenAPI documents read from several sources of one service, reporting conflicts.
