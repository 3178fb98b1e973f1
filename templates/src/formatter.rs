//! Formatting the generated files: parsing each file's tokens with syn and printing them with
//! prettyplease, which is about two thirds of a crate's render time (the parse most of it). The
//! support macros' arguments, which prettyplease can only fill into lines token by token, are
//! laid out by [`crate::layout`] and put back into its output.
//!
//! With one thread every file is formatted where its tokens were built. Given a spare core
//! (regen of a single changed service), files handed over with `share` go to a helper thread
//! as text: token streams cannot cross threads (proc-macro2's are reference-counted), and
//! printing them and parsing the text back costs the helper about a third more than parsing
//! the tokens would, on a core that would otherwise wait. The output is the same either way.

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::thread::JoinHandle;

use proc_macro2::TokenStream;

use crate::RenderError;
use crate::layout;

/// Formats files, some of them on a helper thread when one was asked for.
pub(crate) struct Formatter {
    header: String,
    helper: Option<Helper>,
    done: BTreeMap<String, String>,
}

struct Helper {
    sender: mpsc::Sender<(String, String, Vec<String>)>,
    handle: JoinHandle<Vec<(String, Result<String, RenderError>)>>,
}

impl Formatter {
    /// A formatter prefixing every file with `header`; `threads` above 1 starts the helper.
    pub(crate) fn new(threads: usize, header: String) -> Self {
        let helper = (threads > 1).then(|| {
            let (sender, receiver) = mpsc::channel::<(String, String, Vec<String>)>();
            let header = header.clone();
            let handle = std::thread::spawn(move || {
                receiver
                    .into_iter()
                    .map(|(path, text, laid_out)| {
                        let file = syn::parse_file(&text);
                        let formatted = format_file(&path, file, &header, &laid_out);
                        (path, formatted)
                    })
                    .collect()
            });
            Helper { sender, handle }
        });
        Formatter {
            header,
            helper,
            done: BTreeMap::new(),
        }
    }

    /// Formats `tokens` as the file at `path`, on the helper when there is one and `share` is
    /// set (the caller hands over first what it shares, and keeps the largest files).
    pub(crate) fn add(
        &mut self,
        path: &str,
        tokens: TokenStream,
        share: bool,
    ) -> Result<(), RenderError> {
        let (tokens, mut laid_out) = layout::extract(tokens);
        if let (true, Some(helper)) = (share, &self.helper) {
            // A helper that has stopped can only have panicked (`finish` reports that); the
            // file comes back with the error and is formatted here.
            match helper
                .sender
                .send((path.to_owned(), tokens.to_string(), laid_out))
            {
                Ok(()) => return Ok(()),
                Err(mpsc::SendError((_, _, back))) => laid_out = back,
            }
        }
        let formatted = format_file(path, syn::parse2(tokens), &self.header, &laid_out)?;
        self.done.insert(path.to_owned(), formatted);
        Ok(())
    }

    /// Every file formatted, by path.
    pub(crate) fn finish(mut self) -> Result<BTreeMap<String, String>, RenderError> {
        if let Some(Helper { sender, handle }) = self.helper.take() {
            drop(sender);
            let shared = handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (path, formatted) in shared {
                self.done.insert(path, formatted?);
            }
        }
        Ok(self.done)
    }
}

/// The file printed by prettyplease, with the support macros' invocations laid out by
/// [`layout`] where their placeholders were printed.
fn format_file(
    path: &str,
    file: syn::Result<syn::File>,
    header: &str,
    laid_out: &[String],
) -> Result<String, RenderError> {
    let file = file.map_err(|e| RenderError::InvalidRust {
        file: path.to_owned(),
        message: e.to_string(),
    })?;
    let printed = layout::restore(&prettyplease::unparse(&file), laid_out).ok_or_else(|| {
        RenderError::InvalidRust {
            file: path.to_owned(),
            message: "a support macro's laid-out arguments had no line to go to".to_owned(),
        }
    })?;
    Ok(format!("{header}\n{printed}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn formatted(threads: usize) -> BTreeMap<String, String> {
        let mut f = Formatter::new(threads, "// header".to_owned());
        f.add(
            "a.rs",
            quote!(
                pub fn a() -> u8 {
                    1 + 2 * 3
                }
            ),
            true,
        )
        .unwrap();
        f.add(
            "b.rs",
            quote!(
                #[doc = " B."]
                pub struct B {
                    x: Vec<u8>,
                }
            ),
            false,
        )
        .unwrap();
        f.finish().unwrap()
    }

    #[test]
    fn the_helper_formats_as_the_calling_thread_does() {
        let alone = formatted(1);
        assert_eq!(alone, formatted(2));
        assert_eq!(
            alone["a.rs"],
            "// header\npub fn a() -> u8 {\n    1 + 2 * 3\n}\n"
        );
        assert_eq!(
            alone["b.rs"],
            "// header\n/// B.\npub struct B {\n    x: Vec<u8>,\n}\n"
        );
    }

    #[test]
    fn invalid_rust_is_an_error_naming_the_file_on_either_thread() {
        for threads in [1, 2] {
            let mut f = Formatter::new(threads, String::new());
            let result = f
                .add("bad.rs", quote!(fn 1), true)
                .and_then(|()| f.finish().map(|_| ()));
            match result {
                Err(RenderError::InvalidRust { file, .. }) => assert_eq!(file, "bad.rs"),
                other => panic!("expected InvalidRust, got {other:?}"),
            }
        }
    }
}
