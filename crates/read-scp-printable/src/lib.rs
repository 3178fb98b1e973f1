//! Reader for SCP API reference printable views (Korean and English) into OpenAPI 3.1.
