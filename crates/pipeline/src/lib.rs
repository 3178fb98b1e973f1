//! The regen pipeline: manifest, format detection, readers, merge, spec files and crates.
