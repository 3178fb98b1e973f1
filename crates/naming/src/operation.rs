//! Operation and model names that read like an SDK, from API names and page titles.
//!
//! Rules (each has a test below):
//!
//! 1. **API names** (`ListWorkforces`, the API Explorer name a page is filed under) are kept,
//!    lowerCamelCased (`listWorkforces`); the abbreviation `Desc` expands to `Describe`. An API
//!    name that does not start with a verb (`AutoAnnotationProgress`) gets the verb its
//!    page title maps to (`showAutoAnnotationProgress`).
//! 2. **Titles** (`Querying a Training Job List`) map their first word by [`VERB_MAP`]
//!    (gerund or imperative: `Creating`/`Create` -> `create`, `Modifying`/`Updating` ->
//!    `update`, ...). Query verbs (`Querying`, `Obtaining`, `Viewing`, `Getting`, `Listing`)
//!    become `list` when the title names a list (`... List`, `a List of ...`, `All ...`,
//!    a plural head noun: `Querying AS Groups`) and `show` otherwise (`Querying Details About a
//!    Workspace`, `Querying a Model`). `Batch <Verb>ing` and `... in Batches` give
//!    `batch<Verb>`. An adverb before the verb prefixes it (`Forcibly Deleting` ->
//!    `forceDelete`). Refusal, revocation and pausing verbs have their SDK forms
//!    (`Refusing` -> `reject`, `Revoking` -> `revoke`, `Retiring` -> `retire`, `Pausing` ->
//!    `pause`, `Calling Back` -> `callBack`, `Authenticating` -> `validate`). A title whose
//!    first word is no known verb keeps its words.
//! 3. **Filler** is dropped (hyphenated compounds are one word, `Built-in` -> `Builtin`): articles (`a`, `an`, `the`), `Details About`/`Details of`,
//!    `Specified`, `by Page`, and parenthesised notes except versions (`(V2)` stays as `V2`).
//! 4. **Ownership**: `X of Y` (also `about`, `for`, `in`, `on`, `to`, `from`, `under`) reads
//!    owner first: `Deleting a Version of a Training Job` -> `deleteTrainingJobVersion`.
//!    Manner phrases (`with`, `as`, `using`, `via`, `by Page`) are dropped with what
//!    follows; a `by X` filter ends the name (`listNatGatewaysByTag`).
//! 5. **Length**: the snake_case name is at most [`MAX_METHOD_LEN`] characters; words are
//!    dropped from the front of the owner first (`show_development_environment_instance_...`
//!    -> `show_instance_authentication_information`), then from the front of the object,
//!    never the verb or the last word.
//! 6. **Models** are named after the resource they describe ([`resource_of`]: the operation
//!    name without its verb, singular; a nested table's caption word in the singular too, so
//!    the `jobs` table of `listTrainingJobs` is `TrainingJob`), and inline types after their owner and field
//!    ([`inline_type_name`]: `ListTrainingJobs` + `sort_by` -> `ListTrainingJobsSortBy`), both
//!    bounded to [`MAX_TYPE_LEN`] characters by [`bounded_type_name`].
//! 7. **One name, two operations** in one document: the later one adds what its page title
//!    says and the name does not ([`operation_qualifier`], [`qualified_operation_id`]:
//!    `Querying All Image Tags` -> `listAllImageTags` beside `listImageTags`,
//!    `... All Disks (Deprecated)` -> `showAllDisksDeprecated`); a number only when the
//!    page says nothing more.
//! 8. **A version the document already says** is not repeated in the name
//!    ([`without_document_version`]: `createAsPolicyV2` in the `v2` document is
//!    `createAsPolicy`), unless that name is taken there.

use crate::{pascal, snake, words};

/// Longest snake_case method name the rules produce.
pub const MAX_METHOD_LEN: usize = 40;
/// Longest type name the rules produce.
pub const MAX_TYPE_LEN: usize = 48;

/// Verb words of titles (gerund and imperative) and the SDK verb each maps to. `query` is
/// resolved to `list` or `show` by the rest of the title.
pub const VERB_MAP: &[(&str, &str)] = &[
    ("querying", "query"),
    ("query", "query"),
    ("obtaining", "query"),
    ("obtain", "query"),
    ("getting", "query"),
    ("viewing", "query"),
    ("view", "query"),
    ("listing", "list"),
    ("creating", "create"),
    ("create", "create"),
    ("deleting", "delete"),
    ("delete", "delete"),
    ("modifying", "update"),
    ("modify", "update"),
    ("updating", "update"),
    ("update", "update"),
    ("changing", "update"),
    ("change", "update"),
    ("editing", "update"),
    ("starting", "start"),
    ("start", "start"),
    ("stopping", "stop"),
    ("stop", "stop"),
    ("restarting", "restart"),
    ("restart", "restart"),
    ("rebooting", "reboot"),
    ("adding", "add"),
    ("add", "add"),
    ("removing", "remove"),
    ("remove", "remove"),
    ("importing", "import"),
    ("exporting", "export"),
    ("deploying", "deploy"),
    ("managing", "manage"),
    ("submitting", "submit"),
    ("accepting", "accept"),
    ("reviewing", "review"),
    ("publishing", "publish"),
    ("uploading", "upload"),
    ("downloading", "download"),
    ("synchronizing", "sync"),
    ("cancelling", "cancel"),
    ("canceling", "cancel"),
    ("registering", "register"),
    ("enabling", "enable"),
    ("disabling", "disable"),
    ("binding", "bind"),
    ("unbinding", "unbind"),
    ("setting", "set"),
    ("unsetting", "unset"),
    ("resetting", "reset"),
    ("copying", "copy"),
    ("running", "run"),
    ("executing", "run"),
    ("performing", "run"),
    ("sending", "send"),
    ("attaching", "attach"),
    ("detaching", "detach"),
    ("associating", "associate"),
    ("disassociating", "disassociate"),
    ("assigning", "assign"),
    ("releasing", "release"),
    ("reserving", "reserve"),
    ("authorizing", "authorize"),
    ("configuring", "configure"),
    ("checking", "check"),
    ("verifying", "verify"),
    ("renaming", "rename"),
    ("migrating", "migrate"),
    ("expanding", "expand"),
    ("resizing", "resize"),
    ("restoring", "restore"),
    ("replicating", "replicate"),
    ("applying", "apply"),
    ("inserting", "insert"),
    ("encrypting", "encrypt"),
    ("decrypting", "decrypt"),
    ("scheduling", "schedule"),
    ("retrying", "retry"),
    ("signing", "sign"),
    ("pausing", "pause"),
    ("pause", "pause"),
    ("resuming", "resume"),
    ("reprotecting", "reprotect"),
    ("retiring", "retire"),
    ("retire", "retire"),
    ("revoking", "revoke"),
    ("revoke", "revoke"),
    ("refusing", "reject"),
    ("rejecting", "reject"),
    ("reject", "reject"),
    ("calling", "call"),
    ("validating", "validate"),
    ("authenticating", "validate"),
    ("batch", "batch"),
];

/// Adverbs a title may put before its verb (`Forcibly Deleting an IP Address Group`), and the
/// SDK prefix each gives the verb (`forceDelete`).
const VERB_ADVERBS: &[(&str, &str)] = &[("forcibly", "force"), ("forcedly", "force")];

/// Verbs an API name may start with (`List`, `Show`, `Describe`, ...): every SDK verb of
/// [`VERB_MAP`] plus the API Explorer's own.
const API_VERBS: &[&str] = &[
    "list",
    "show",
    "describe",
    "get",
    "create",
    "delete",
    "update",
    "batch",
    "start",
    "stop",
    "restart",
    "add",
    "remove",
    "import",
    "export",
    "accept",
    "review",
    "publish",
    "upload",
    "download",
    "sync",
    "cancel",
    "register",
    "enable",
    "disable",
    "bind",
    "unbind",
    "set",
    "reset",
    "copy",
    "run",
    "send",
    "attach",
    "detach",
    "associate",
    "disassociate",
    "check",
    "deploy",
    "manage",
    "submit",
    "execute",
    "query",
    "put",
    "post",
    "change",
    "modify",
    "pause",
    "resume",
    "reprotect",
    "retire",
    "revoke",
    "reject",
    "call",
    "validate",
    "force",
];

const ARTICLES: &[&str] = &["a", "an", "the"];
const FILLER: &[&str] = &["specified", "specific", "given", "existing"];
const OWNER_PREPOSITIONS: &[&str] = &["of", "about", "for", "in", "on", "to", "from", "under"];
const MANNER_PREPOSITIONS: &[&str] = &["by", "with", "as", "using", "via"];

/// `word` lower-cased for comparison with the lists of articles, prepositions and filler, or
/// unchanged when it is an acronym (`AS` for Auto Scaling is a name, not the preposition `as`).
fn function_word(word: &str) -> String {
    let acronym = word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase());
    if acronym {
        word.to_owned()
    } else {
        word.to_ascii_lowercase()
    }
}

/// Whether `text` is an API Explorer operation name: PascalCase letters and digits only
/// (`ListWorkforces`), not a DITA topic id (`modelarts_03_0045`, `EN-US_TOPIC_...`).
pub fn is_api_name(text: &str) -> bool {
    text.len() >= 3
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.chars().all(|c| c.is_ascii_alphanumeric())
        && text.chars().any(|c| c.is_ascii_lowercase())
}

/// The SDK verb a title word maps to (`Creating` -> `create`), by [`VERB_MAP`].
pub fn verb_of(word: &str) -> Option<&'static str> {
    let lower = word.to_ascii_lowercase();
    VERB_MAP.iter().find(|(w, _)| *w == lower).map(|(_, v)| *v)
}

/// Whether `name` (an API name such as `ListWorkforces`) starts with a verb.
pub fn starts_with_verb(name: &str) -> bool {
    words(name)
        .first()
        .is_some_and(|w| API_VERBS.contains(&w.to_ascii_lowercase().as_str()))
}

/// Whether an English noun reads as plural (`Groups`, `Policies`), not `Status`, `Class`.
pub fn is_plural(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    w.len() > 3
        && w.ends_with('s')
        && !["ss", "us", "is", "ics"].iter().any(|e| w.ends_with(e))
        && w.chars().all(|c| c.is_ascii_alphabetic())
}

/// The plural of an English noun (`Job` -> `Jobs`, `Policy` -> `Policies`, `Class` ->
/// `Classes`); a word already plural is kept.
pub fn pluralize(word: &str) -> String {
    if is_plural(word) {
        return word.to_owned();
    }
    let lower = word.to_ascii_lowercase();
    let vowel_before_y = lower
        .strip_suffix('y')
        .and_then(|s| s.chars().last())
        .is_some_and(|c| "aeiou".contains(c));
    if lower.ends_with('y') && !vowel_before_y && lower.len() > 1 {
        format!("{}ies", &word[..word.len() - 1])
    } else if ["s", "x", "ch", "sh"].iter().any(|e| lower.ends_with(e)) {
        format!("{word}es")
    } else if lower.chars().all(|c| c.is_ascii_alphabetic()) {
        format!("{word}s")
    } else {
        word.to_owned()
    }
}

/// The singular of an English noun read as plural by [`is_plural`] (`Jobs` -> `Job`,
/// `Policies` -> `Policy`, `Classes` -> `Class`); other words are kept.
pub fn singularize(word: &str) -> String {
    if !is_plural(word) {
        return word.to_owned();
    }
    let lower = word.to_ascii_lowercase();
    let cut = if lower.ends_with("ies") {
        return format!("{}y", &word[..word.len() - 3]);
    } else if ["sses", "xes", "ches", "shes"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        2
    } else {
        1
    };
    word[..word.len() - cut].to_owned()
}

/// lowerCamelCase operation id from an API name (rule 1): `ListWorkforces` ->
/// `listWorkforces`, `DescDataset` -> `describeDataset`; `title` gives the verb of an API name
/// that has none.
pub fn operation_id_from_api_name(name: &str, title: Option<&str>) -> String {
    let mut parts: Vec<String> = words(name);
    if parts
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("desc"))
    {
        parts[0] = "Describe".to_owned();
    }
    // The title's verb goes first unless the name already starts with it (`Sign`, titled
    // "Signing Data", is `sign`, not `signSign`).
    if !starts_with_verb(&parts.join(""))
        && let Some(verb) = title.and_then(|t| title_words(t).first().cloned())
        && verb_of_sdk(&verb)
        && !parts.first().is_some_and(|w| w.eq_ignore_ascii_case(&verb))
    {
        parts.insert(0, verb);
    }
    lower_camel(&parts)
}

fn verb_of_sdk(word: &str) -> bool {
    API_VERBS.contains(&word) || VERB_MAP.iter().any(|(_, v)| *v == word)
}

/// lowerCamelCase operation id from a page title (rules 2-5): `Querying a Training Job List`
/// -> `listTrainingJobs`.
pub fn operation_id_from_title(title: &str) -> String {
    lower_camel(&title_words(title))
}

/// Like [`operation_id_from_title`], knowing whether the operation addresses one resource
/// (`one`: a `GET` whose path ends with a parameter, `/networks/{network_id}`): then the
/// details of a thing (`Querying Network Details`) are that resource's (`showNetworkDetails`),
/// not a list, which `Details` in a collection's title (`GET /images/detail`) stays. Other
/// plural objects keep making a list: `GET /scaling_activity_log/{scaling_group_id}` lists one
/// group's logs.
pub fn operation_id_for(title: &str, one: bool) -> String {
    lower_camel(&title_words_for(title, one))
}

/// The words of the operation name a title gives (rules 2-5), verb first, lower-case verb.
pub fn title_words(title: &str) -> Vec<String> {
    title_words_for(title, false)
}

/// [`title_words`], knowing whether the path addresses one resource (see
/// [`operation_id_for`]).
fn title_words_for(title: &str, one: bool) -> Vec<String> {
    // A hyphenated compound (`Built-in`) is one word, so its parts are not read as
    // prepositions.
    let (text, versions) = strip_parentheses(&title.replace('-', ""));
    let mut tokens: Vec<String> = words(&text);
    let mut batch = false;
    // `Batch Deleting ...`: batch plus the next verb.
    if tokens
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("batch"))
    {
        batch = true;
        tokens.remove(0);
    }
    // `Forcibly Deleting ...`: the adverb prefixes the verb (`forceDelete`).
    let adverb = match (tokens.first(), tokens.get(1)) {
        (Some(a), Some(v)) if verb_of(v).is_some() => VERB_ADVERBS
            .iter()
            .find(|(w, _)| a.eq_ignore_ascii_case(w))
            .map(|(_, prefix)| *prefix),
        _ => None,
    };
    if adverb.is_some() {
        tokens.remove(0);
    }
    let Some(first) = tokens.first() else {
        return versions;
    };
    let Some(mut verb) = verb_of(first).map(str::to_owned) else {
        let mut all = tokens;
        all.extend(versions);
        return drop_articles(all);
    };
    tokens.remove(0);
    // Other verbs joined by `or`/`and` (`Adding or Deleting`) become base forms too.
    let mut rest: Vec<String> = tokens
        .into_iter()
        .map(|w| match verb_of(&w) {
            Some(v) if v != "query" && v != "batch" => v.to_owned(),
            _ => w,
        })
        .collect();
    // `... in Batches` / `... in Batch`.
    if let Some(pos) = rest.windows(2).position(|p| {
        p[0].eq_ignore_ascii_case("in")
            && (p[1].eq_ignore_ascii_case("batches") || p[1].eq_ignore_ascii_case("batch"))
    }) {
        rest.drain(pos..pos + 2);
        batch = true;
    }
    // Manner phrases go with what follows (`as a Service`, `by Page`), except a `by X`
    // filter, which tells the operation apart (`Querying NAT Gateways by Tag` ->
    // `listNatGatewaysByTag`) and ends the name.
    let mut by_suffix: Vec<String> = Vec::new();
    if let Some(pos) = rest
        .iter()
        .position(|w| MANNER_PREPOSITIONS.contains(&function_word(w).as_str()))
        .filter(|&p| p > 0)
    {
        let tail = drop_articles(rest.split_off(pos));
        let paging = tail
            .get(1)
            .is_some_and(|w| w.eq_ignore_ascii_case("page") || w.eq_ignore_ascii_case("pages"));
        if tail[0].eq_ignore_ascii_case("by") && tail.len() > 1 && !paging {
            by_suffix = tail;
        }
    }
    let mut rest = drop_articles(rest);
    if verb == "query" || verb == "list" {
        let mut list = verb == "list";
        // `Details About X`, `Details of X`.
        if rest
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case("details"))
            && rest
                .get(1)
                .is_some_and(|w| ["about", "of"].contains(&w.to_ascii_lowercase().as_str()))
        {
            rest.drain(..2);
        } else if rest.first().is_some_and(|w| w.eq_ignore_ascii_case("list"))
            && rest.get(1).is_some_and(|w| w.eq_ignore_ascii_case("of"))
        {
            rest.drain(..2);
            list = true;
        } else if rest.last().is_some_and(|w| w.eq_ignore_ascii_case("list")) {
            rest.pop();
            list = true;
            if let Some(last) = rest.last_mut() {
                *last = pluralize(last);
            }
        } else if rest.first().is_some_and(|w| w.eq_ignore_ascii_case("all")) {
            rest.remove(0);
            list = true;
        } else {
            let head_end = rest
                .iter()
                .position(|w| OWNER_PREPOSITIONS.contains(&function_word(w).as_str()))
                .unwrap_or(rest.len());
            // `Details` is plural in form only: of one resource when the path addresses one.
            let details_of_one = one
                && head_end > 0
                && ["details", "detail"]
                    .contains(&rest[head_end - 1].to_ascii_lowercase().as_str());
            list = list || (head_end > 0 && is_plural(&rest[head_end - 1]) && !details_of_one);
        }
        verb = if list { "list" } else { "show" }.to_owned();
    }
    let segments = owner_first(rest);
    let verb = match adverb {
        Some(prefix) => format!("{prefix}{}", capitalize(&verb)),
        None => verb,
    };
    let mut out = vec![if batch && verb != "batch" {
        format!("batch{}", capitalize(&verb))
    } else {
        verb
    }];
    let mut suffix = by_suffix;
    suffix.extend(versions);
    out.extend(bound_segments(&out[0], segments, &suffix));
    out.extend(suffix);
    dedup_adjacent(out)
}

/// `X of Y of Z` -> segments `[Z, Y, X]` (owner first), prepositions dropped.
fn owner_first(words: Vec<String>) -> Vec<Vec<String>> {
    let mut segments: Vec<Vec<String>> = vec![Vec::new()];
    for w in words {
        if OWNER_PREPOSITIONS.contains(&function_word(&w).as_str()) {
            segments.push(Vec::new());
        } else if let Some(last) = segments.last_mut() {
            last.push(w);
        }
    }
    segments.retain(|s| !s.is_empty());
    segments.reverse();
    segments
}

/// Drops words from the front of the owner segments, then of the object, until the snake
/// name fits [`MAX_METHOD_LEN`] (rule 5).
fn bound_segments(verb: &str, mut segments: Vec<Vec<String>>, suffix: &[String]) -> Vec<String> {
    let len = |segs: &Vec<Vec<String>>| {
        let mut all = vec![verb.to_owned()];
        all.extend(segs.iter().flatten().cloned());
        all.extend(suffix.iter().cloned());
        snake(&all.join(" "), "x").len()
    };
    while len(&segments) > MAX_METHOD_LEN {
        if let Some(seg) = segments.iter_mut().find(|s| s.len() > 1) {
            seg.remove(0);
        } else if segments.len() > 1 {
            segments.remove(0);
        } else {
            break;
        }
    }
    segments.into_iter().flatten().collect()
}

/// The resource an operation is about: its name without the leading verb, in the singular
/// (`listTrainingJobs` -> `TrainingJob`, `createTrainingJob` -> `TrainingJob`), since the
/// models it names describe one item. A name without a known verb is returned whole,
/// PascalCased.
pub fn resource_of(operation_id: &str) -> String {
    let parts = words(operation_id);
    let skip = usize::from(
        parts
            .first()
            .is_some_and(|w| verb_of_sdk(&w.to_ascii_lowercase()) || verb_of(w).is_some()),
    );
    let mut rest: Vec<String> = if parts.len() > skip {
        parts[skip..].to_vec()
    } else {
        parts.clone()
    };
    if let Some(last) = rest.last_mut() {
        *last = singularize(last);
    }
    pascal(&rest.join(" "), "Resource")
}

/// The type name of an inline type (an enum or object without a name of its own): owner and
/// field (`ListTrainingJobs` + `sort_by` -> `ListTrainingJobsSortBy`), bounded by
/// [`bounded_type_name`].
pub fn inline_type_name(owner: &str, field: &str) -> String {
    bounded_type_name(&[owner, field])
}

/// PascalCase type name of `parts` (owner first) at most [`MAX_TYPE_LEN`] characters. Where
/// one part ends with the words the next begins with (singular and plural alike), they are
/// said once (`ShowInstance` + `InstanceFlavor` -> `ShowInstanceFlavor`, `ListInstances` +
/// `InstanceFlavor` -> `ListInstancesFlavor`). Words are dropped from the
/// front of the first parts, never from the last part, which names the thing itself.
pub fn bounded_type_name(parts: &[&str]) -> String {
    let mut segments: Vec<Vec<String>> = parts.iter().map(|p| words(p)).collect();
    segments.retain(|s| !s.is_empty());
    // Each pass drops one word and builds the name again: the name is built once per pass,
    // not once for the test and again for the result.
    let mut out = joined_name(&segments);
    while out.len() > MAX_TYPE_LEN && segments.len() > 1 {
        let last = segments.len() - 1;
        if let Some(seg) = segments[..last].iter_mut().find(|s| s.len() > 1) {
            seg.remove(0);
        } else {
            segments.remove(0);
        }
        out = joined_name(&segments);
    }
    while out.len() > MAX_TYPE_LEN && segments.first().is_some_and(|s| s.len() > 1) {
        segments[0].remove(0);
        out = joined_name(&segments);
    }
    if out.is_empty() {
        "Model".to_owned()
    } else {
        crate::type_name(&out)
    }
}

/// The PascalCase name of `segments` with the words one segment repeats of the one before it
/// said once (see [`bounded_type_name`]).
fn joined_name(segments: &[Vec<String>]) -> String {
    let mut joined: Vec<String> = Vec::new();
    // `joined` lower-cased, kept beside it so `respell` does not lower-case every word again
    // for every start position.
    let mut lower: Vec<String> = Vec::new();
    for seg in segments {
        let overlap = overlap(&joined, seg);
        for word in &seg[overlap..] {
            for w in respell(&joined, &lower, word) {
                lower.push(w.to_ascii_lowercase());
                joined.push(w);
            }
        }
    }
    // One PascalCase conversion of all the words, so that its rules hold across segments: a
    // digit word after a digit keeps its `_` (`v2 0` -> `V2_0`), and only a name that starts
    // with a digit gets the `N` prefix.
    pascal(&joined.join(" "), "")
}

/// The letters of a run of words in the singular, lower-cased: runs that say the same thing.
fn overlap_key(words: &[String]) -> String {
    singularize(&words.concat()).to_ascii_lowercase()
}

/// How many leading words of `seg` repeat the end of `joined`: the longest run whose letters
/// (in the singular) equal those of some run ending `joined`, so `RouteTable` + `routetable`
/// and `VpcFlowLog` + `FlowLog` say the shared part once.
fn overlap(joined: &[String], seg: &[String]) -> usize {
    if joined.is_empty() {
        return 0;
    }
    // The keys of the runs ending `joined`, computed once rather than once per head tried.
    let tails: Vec<String> = (1..=joined.len())
        .map(|k| overlap_key(&joined[joined.len() - k..]))
        .collect();
    (1..=seg.len())
        .rev()
        .find(|&j| tails.contains(&overlap_key(&seg[..j])))
        .unwrap_or(0)
}

/// `word` in the word breaks of the words before it when it spells a run of them
/// (`floatingip` after `Floating`, `Ip`, `Address` -> `Floating`, `Ip`), else itself.
/// `lower` is `joined` lower-cased.
fn respell(joined: &[String], lower: &[String], word: &str) -> Vec<String> {
    let target = word.to_ascii_lowercase();
    let mut run = String::new();
    for start in 0..joined.len() {
        run.clear();
        for end in start..joined.len() {
            run.push_str(&lower[end]);
            if run.len() >= target.len() {
                if run == target && end > start {
                    return joined[start..=end].to_vec();
                }
                break;
            }
        }
    }
    vec![word.to_owned()]
}

/// Words of `text` (a page title or file stem) that `operation_id` does not say, without
/// verbs, articles, prepositions and filler: what tells two pages with one operation name
/// apart (`Publishing Messages Using a Template` for `publishMessages` -> `Template`,
/// `querying_details_about_all_disks_deprecated` for `showAllDisks` -> `Deprecated`).
pub fn distinguishing_words(text: &str, operation_id: &str) -> Vec<String> {
    let said: Vec<String> = words(operation_id)
        .iter()
        .map(|w| singularize(w).to_ascii_lowercase())
        .collect();
    words(text)
        .into_iter()
        .filter(|w| {
            let l = function_word(w);
            verb_of(w).is_none()
                && !said.contains(&singularize(w).to_ascii_lowercase())
                && !ARTICLES.contains(&l.as_str())
                && !FILLER.contains(&l.as_str())
                && !OWNER_PREPOSITIONS.contains(&l.as_str())
                && !MANNER_PREPOSITIONS.contains(&l.as_str())
                && !["all", "details", "detail", "list", "and"].contains(&l.as_str())
        })
        .map(|w| capitalize(&w))
        .collect()
}

/// What tells one operation apart from others of the same name in one document (rule 7):
/// the words its page title says and the name does not ([`distinguishing_words`]; an `All`
/// the name dropped counts, `Querying All Image Tags` beside `Querying Tags of an Image`),
/// else those of the page's file stem. Empty when neither says more.
pub fn operation_qualifier(title: &str, stem: &str, operation_id: &str) -> Vec<String> {
    let mut words = distinguishing_words(title, operation_id);
    let says_all = |text: &str| {
        crate::words(text)
            .iter()
            .any(|w| w.eq_ignore_ascii_case("all"))
    };
    if says_all(title) && !says_all(operation_id) {
        words.insert(0, "All".to_owned());
    }
    if words.is_empty() {
        words = distinguishing_words(stem, operation_id);
    }
    words
}

/// `operation_id` told apart by `qualifier` (rule 7): `All` right after the verb
/// (`listImageTags` + `All` -> `listAllImageTags`), other words at the end
/// (`showAllDisks` + `Deprecated` -> `showAllDisksDeprecated`); words are dropped from the
/// end of the qualifier until the snake_case name fits [`MAX_METHOD_LEN`]. `None` when no
/// word fits.
pub fn qualified_operation_id(operation_id: &str, qualifier: &[String]) -> Option<String> {
    let parts = crate::words(operation_id);
    let (verb, rest) = parts.split_first()?;
    let all = qualifier.iter().any(|w| w.eq_ignore_ascii_case("all"));
    let mut tail: Vec<String> = qualifier
        .iter()
        .filter(|w| !w.eq_ignore_ascii_case("all"))
        .cloned()
        .collect();
    loop {
        let mut name = vec![verb.clone()];
        if all {
            name.push("All".to_owned());
        }
        name.extend(rest.iter().cloned());
        name.extend(tail.iter().cloned());
        let id = lower_camel(&name);
        if id != operation_id && snake(&id, "x").len() <= MAX_METHOD_LEN {
            return Some(id);
        }
        tail.pop()?;
    }
}

/// `operation_id` without a trailing version that repeats its document's (rule 8): the
/// `v2` document holds `Creating an AS Policy (V2)` as `createAsPolicy` and the `v3` one
/// the API name `ListPublicipsV3` as `listPublicips`, since a client reaches each version
/// through its document (`client.v1().create_as_policy()`). `None` when the id has no such
/// suffix.
pub fn without_document_version(operation_id: &str, version: &str) -> Option<String> {
    let major = version
        .strip_prefix(['v', 'V'])?
        .split(['.', '-'])
        .next()
        .filter(|m| !m.is_empty() && m.chars().all(|c| c.is_ascii_digit()))?;
    let stripped = operation_id.strip_suffix(&format!("V{major}"))?;
    (stripped.len() > 1 && stripped.ends_with(|c: char| c.is_ascii_alphabetic()))
        .then(|| stripped.to_owned())
}

/// Words of `title` without parenthesised notes; version notes (`(V2)`) are returned apart.
fn strip_parentheses(title: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut versions = Vec::new();
    let mut depth = 0usize;
    let mut note = String::new();
    for c in title.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => {
                depth -= 1;
                let n = note.trim();
                let is_version = n.len() >= 2
                    && n.starts_with(['v', 'V'])
                    && n[1..].chars().all(|c| c.is_ascii_digit() || c == '.');
                if is_version {
                    versions.push(n.replace('.', "_").to_ascii_uppercase());
                }
                note.clear();
            }
            _ if depth > 0 => note.push(c),
            _ => text.push(c),
        }
    }
    (text, versions)
}

fn drop_articles(words: Vec<String>) -> Vec<String> {
    words
        .into_iter()
        .filter(|w| {
            let l = function_word(w);
            !ARTICLES.contains(&l.as_str()) && !FILLER.contains(&l.as_str())
        })
        .collect()
}

fn dedup_adjacent(mut words: Vec<String>) -> Vec<String> {
    words.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    words
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => format!("{}{}", first.to_ascii_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// lowerCamelCase of words: the first lower-cased, the others capitalised with the rest of
/// each word lower-cased (`GPU` -> `Gpu`), so snake_case and camelCase round-trip.
fn lower_camel(parts: &[String]) -> String {
    let pascal_name: String = parts.iter().map(|w| pascal(w, "")).collect();
    let mut chars = pascal_name.chars();
    match chars.next() {
        Some(first) => format!("{}{}", first.to_ascii_lowercase(), chars.as_str()),
        None => "operation".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(title: &str) -> String {
        operation_id_from_title(title)
    }

    #[test]
    fn acronyms_are_names_not_function_words() {
        assert_eq!(
            operation_id_from_title("Creating an AS Configuration"),
            "createAsConfiguration"
        );
        assert_eq!(
            operation_id_from_title("Querying Instances by Tag"),
            "listInstancesByTag"
        );
    }

    #[test]
    fn api_names_are_kept_and_abbreviations_expanded() {
        assert!(is_api_name("ListWorkforces"));
        assert!(!is_api_name("modelarts_03_0045"));
        assert!(!is_api_name("EN-US_TOPIC_0000002374896521"));
        assert_eq!(
            operation_id_from_api_name("ListWorkforces", None),
            "listWorkforces"
        );
        assert_eq!(
            operation_id_from_api_name("DescDataset", None),
            "describeDataset"
        );
        assert_eq!(
            operation_id_from_api_name(
                "AutoAnnotationProgress",
                Some("Obtaining Information About Intelligent Tasks")
            ),
            "showAutoAnnotationProgress"
        );
        // The name already starts with the title's verb: it is not said twice.
        assert_eq!(
            operation_id_from_api_name("Sign", Some("Signing Data")),
            "sign"
        );
    }

    #[test]
    fn query_titles_become_list_or_show() {
        assert_eq!(id("Querying a Training Job List"), "listTrainingJobs");
        assert_eq!(id("Querying the Labeling Team List"), "listLabelingTeams");
        assert_eq!(
            id("Querying a List of Training Job Versions"),
            "listTrainingJobVersions"
        );
        assert_eq!(id("Querying AS Groups"), "listAsGroups");
        assert_eq!(id("Querying All Flavors"), "listFlavors");
        assert_eq!(id("Querying Details About a Workspace"), "showWorkspace");
        assert_eq!(id("Querying the Details About a Model"), "showModel");
        assert_eq!(id("Querying a Built-in Algorithm"), "showBuiltinAlgorithm");
        assert_eq!(
            id("Querying the Status of an Asynchronous Job"),
            "showAsynchronousJobStatus"
        );
        assert_eq!(
            id("Querying the Intelligent Task List by Page"),
            "listIntelligentTasks"
        );
    }

    #[test]
    fn the_details_of_one_resource_are_shown_not_listed() {
        // `GET /v2.0/networks/{network_id}`: one resource.
        assert_eq!(
            operation_id_for("Querying Network Details", true),
            "showNetworkDetails"
        );
        // `GET /v1.1/images/detail`: a collection, listed with details.
        assert_eq!(
            operation_id_for("Querying Image Details", false),
            "listImageDetails"
        );
        // Other plural objects of a path ending with a parameter stay lists
        // (`GET /scaling_activity_log/{scaling_group_id}`), and so do explicit lists.
        assert_eq!(
            operation_id_for("Querying Scaling Action Logs", true),
            "listScalingActionLogs"
        );
        assert_eq!(
            operation_id_for("Querying the Member List", true),
            "listMembers"
        );
    }

    #[test]
    fn action_verbs_map_to_sdk_verbs() {
        assert_eq!(id("Creating a Training Job"), "createTrainingJob");
        assert_eq!(id("Deleting a Dataset"), "deleteDataset");
        assert_eq!(id("Modifying a Workspace"), "updateWorkspace");
        assert_eq!(
            id("Updating Service Configurations"),
            "updateServiceConfigurations"
        );
        assert_eq!(id("Stopping a Training Job"), "stopTrainingJob");
        assert_eq!(
            id("Restarting a Visualization Job"),
            "restartVisualizationJob"
        );
        assert_eq!(id("Adding Members"), "addMembers");
        assert_eq!(id("Removing a Member"), "removeMember");
    }

    #[test]
    fn batch_titles_get_a_batch_verb() {
        assert_eq!(id("Deleting Labels in Batches"), "batchDeleteLabels");
        assert_eq!(
            id("Batch Deleting AS Configurations"),
            "batchDeleteAsConfigurations"
        );
        assert_eq!(
            id("Batch Adding or Deleting VPC Tags"),
            "batchAddOrDeleteVpcTags"
        );
    }

    #[test]
    fn owners_come_first_and_filler_is_dropped() {
        assert_eq!(
            id("Deleting a Version of a Training Job"),
            "deleteTrainingJobVersion"
        );
        assert_eq!(
            id("Modifying the Description of a Training Job"),
            "updateTrainingJobDescription"
        );
        assert_eq!(id("Deploying a Model as a Service"), "deployModel");
        assert_eq!(id("Querying NAT Gateways by Tag"), "listNatGatewaysByTag");
        assert_eq!(id("Querying AS Policies (V2)"), "listAsPoliciesV2");
        assert_eq!(
            id("Deleting Tags of a Specified EVS Disk"),
            "deleteEvsDiskTags"
        );
    }

    #[test]
    fn names_are_bounded_in_length() {
        let long =
            id("Querying the Authentication Information of a Development Environment Instance");
        assert_eq!(long, "showInstanceAuthenticationInformation");
        assert!(snake(&long, "x").len() <= MAX_METHOD_LEN);
        let list = id("Querying Monitoring Information About a Single Container of a Job");
        assert!(snake(&list, "x").len() <= MAX_METHOD_LEN, "{list}");
        assert!(list.starts_with("show"), "{list}");
    }

    #[test]
    fn titles_without_a_known_verb_keep_their_words() {
        assert_eq!(id("Image Tag Management"), "imageTagManagement");
        assert_eq!(id(""), "operation");
    }

    #[test]
    fn plurals() {
        assert!(is_plural("Groups"));
        assert!(!is_plural("Status"));
        assert!(!is_plural("Class"));
        assert_eq!(pluralize("Job"), "Jobs");
        assert_eq!(pluralize("Policy"), "Policies");
        assert_eq!(pluralize("Class"), "Classes");
        assert_eq!(pluralize("Key"), "Keys");
        assert_eq!(singularize("Jobs"), "Job");
        assert_eq!(singularize("Policies"), "Policy");
        assert_eq!(singularize("Classes"), "Class");
        assert_eq!(singularize("Status"), "Status");
    }

    #[test]
    fn models_are_named_after_resources_and_owners() {
        assert_eq!(resource_of("createTrainingJob"), "TrainingJob");
        assert_eq!(resource_of("listTrainingJobs"), "TrainingJob");
        assert_eq!(resource_of("imageTagManagement"), "ImageTagManagement");
        assert_eq!(
            inline_type_name("ListTrainingJobs", "sort_by"),
            "ListTrainingJobsSortBy"
        );
        let long = bounded_type_name(&[
            "ShowDevelopmentEnvironmentInstanceAuthenticationInformation",
            "Response",
        ]);
        assert!(long.len() <= MAX_TYPE_LEN, "{long}");
        assert!(long.ends_with("InformationResponse"), "{long}");
        assert_eq!(bounded_type_name(&["Dataset", "Dataset"]), "Dataset");
        // A version in a caption (`v2.0 request message body`) reads as a version.
        assert_eq!(
            bounded_type_name(&["Image", "v2 0 message"]),
            "ImageV2_0Message"
        );
        assert_eq!(
            bounded_type_name(&[
                "ShowDevelopmentEnvironmentInstance",
                "DevelopmentEnvironmentInstanceFlavorDetails"
            ]),
            "ShowDevelopmentEnvironmentInstanceFlavorDetails"
        );
        assert_eq!(
            bounded_type_name(&["ListInstances", "InstanceFlavor"]),
            "ListInstancesFlavor"
        );
    }

    #[test]
    fn distinguishing_words_are_what_the_operation_name_leaves_out() {
        assert_eq!(
            distinguishing_words("Publishing Messages Using a Template", "publishMessages"),
            ["Template"]
        );
        assert_eq!(
            distinguishing_words(
                "querying_details_about_all_disks_deprecated",
                "showAllDisks"
            ),
            ["Deprecated"]
        );
        assert!(distinguishing_words("querying_tags_of_an_image", "listImageTags").is_empty());
    }

    #[test]
    fn field_names_that_spell_owner_words_are_said_once() {
        // A one-word wire name repeats the owner's last words.
        assert_eq!(
            bounded_type_name(&["RouteTable", "routetable"]),
            "RouteTable"
        );
        assert_eq!(bounded_type_name(&["VpcFlowLog", "FlowLog"]), "VpcFlowLog");
        assert_eq!(bounded_type_name(&["Subnet", "subnets"]), "Subnet");
        // Or spells some of them: it takes their word breaks.
        assert_eq!(
            bounded_type_name(&["FloatingIpAddress", "floatingip"]),
            "FloatingIpAddressFloatingIp"
        );
        // Unrelated words stay as they are.
        assert_eq!(bounded_type_name(&["Subnet", "tags"]), "SubnetTags");
        assert_eq!(bounded_type_name(&["Port", "portal"]), "PortPortal");
    }

    #[test]
    fn operations_of_one_name_are_told_apart_by_their_titles() {
        let q = |title: &str, stem: &str, id: &str| operation_qualifier(title, stem, id);
        assert_eq!(
            q(
                "Querying All Image Tags",
                "querying_all_image_tags",
                "listImageTags"
            ),
            ["All"]
        );
        assert!(
            q(
                "Querying Tags of an Image",
                "querying_tags_of_an_image",
                "listImageTags"
            )
            .is_empty()
        );
        assert_eq!(
            q(
                "Querying Details About All Disks (Deprecated)",
                "querying_details_about_all_disks_deprecated",
                "showAllDisks"
            ),
            ["Deprecated"]
        );
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            qualified_operation_id("listImageTags", &words(&["All"])).as_deref(),
            Some("listAllImageTags")
        );
        assert_eq!(
            qualified_operation_id("showAllDisks", &words(&["Deprecated"])).as_deref(),
            Some("showAllDisksDeprecated")
        );
        assert_eq!(qualified_operation_id("listImageTags", &[]), None);
        // Too long: words go from the end of the qualifier.
        let long = qualified_operation_id(
            "listSecurityGroupRules",
            &words(&["Neutron", "Extension", "Attributes", "Filtered"]),
        )
        .unwrap();
        assert!(snake(&long, "x").len() <= MAX_METHOD_LEN, "{long}");
    }

    #[test]
    fn a_version_the_document_says_is_not_repeated() {
        assert_eq!(
            without_document_version("createAsPolicyV2", "v2").as_deref(),
            Some("createAsPolicy")
        );
        assert_eq!(
            without_document_version("listPublicipsV3", "v3").as_deref(),
            Some("listPublicips")
        );
        assert_eq!(
            without_document_version("listFoosV2", "v2.0-openstack").as_deref(),
            Some("listFoos")
        );
        assert_eq!(without_document_version("createAsPolicyV2", "v1"), None);
        assert_eq!(without_document_version("listFoosV2", "unversioned"), None);
        assert_eq!(without_document_version("showEc2", "v2"), None);
    }

    #[test]
    fn otc_title_verbs_have_sdk_forms() {
        for (title, want) in [
            (
                "Pausing a Replication Consistency Group",
                "pauseReplicationConsistencyGroup",
            ),
            (
                "Reprotecting a Replication Consistency Group",
                "reprotectReplicationConsistencyGroup",
            ),
            ("Retiring a Grant", "retireGrant"),
            ("Revoking a Grant", "revokeGrant"),
            (
                "Refusing a VPC Peering Connection",
                "rejectVpcPeeringConnection",
            ),
            ("Calling Back a Lifecycle Hook", "callBackLifecycleHook"),
            ("Authenticating a Signature", "validateSignature"),
            (
                "Forcibly Deleting an IP Address Group",
                "forceDeleteIpAddressGroup",
            ),
        ] {
            assert_eq!(id(title), want, "{title}");
        }
        // `Forcibly` alone is no verb: the title keeps its words.
        assert_eq!(id("Forcibly"), "forcibly");
        assert!(starts_with_verb("ValidateSignature"));
        assert!(starts_with_verb("PauseReplication"));
    }
}
