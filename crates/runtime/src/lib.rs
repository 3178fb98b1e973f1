//! Runtime for docsdk-generated cloud clients.
