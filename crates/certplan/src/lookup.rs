//! The lookup by error text: what PowerShell printed in, the documented remedies out.
//!
//! People reach the planner with an error on their screen. [`find_remedies`] takes the
//! pasted text, of any size and in any state (wrapped by the console, inside
//! PowerShell's error block, with smart quotes from a ticket system), and returns the
//! remedies of [`remedies`] whose documented error text it contains, best first, each
//! filled in for the cluster and with the part of the text that decided it.
//!
//! # How text is matched
//! Each remedy lists its source's error texts as data
//! ([`RemedyEntry::signatures`](crate::remedies::RemedyEntry::signatures)). Text and
//! signatures are compared squeezed (no whitespace, lower case, digits as shapes; see
//! `squeeze.rs`), so line breaks anywhere, GUIDs, IP addresses, versions and
//! timestamps change nothing. A signature matches when all of it is in the message
//! text; where it says `<...>` or `\u{2026}`, up to [`GAP`] characters of anything; a
//! closing full stop is optional. A remedy's evidence is its longest matching
//! signature, and the longest evidence comes first. A remedy whose evidence lies inside
//! a longer one's is dropped: the longer text explains it.
//!
//! # One message, several failures
//! `Certificate has expired: Expired` is documented both for the mocctl login
//! (`mocctl-expired`) and for the KVA certificate (`kva-expired`, from `Update-AksHci`
//! and anything calling kvactl); `rpc error: code = Unauthenticated desc = Valid Token
//! Required` both for the kvactl token (`kvactl-token`) and for the KMS plug-in of a
//! cluster whose API server is down (`api-server-down`). When only the shared part is
//! in the text, the command or component the text names first decides the order
//! ([`CUES`]), and [`RemedyMatch::reason`] says so; when none is named, the more common
//! failure comes first, and the reason says that nothing told them apart.
//!
//! # Cost
//! One pass over the squeezed text finds every signature part at once (a two-byte
//! filter, then a comparison that stops at the first difference; none of the parts
//! repeats itself, so the comparisons stay short), then each signature is assembled
//! from its parts' positions. Linear in the text: 1 MB takes milliseconds. Text
//! beyond [`MAX_TEXT`] is not read.
//!
//! # Example: a wall of red PowerShell
//! ```
//! use certplan::lookup::{find_remedies, Place};
//! use certplan::{ClusterInput, PlanInput};
//!
//! let pasted = "Update-AksHciClusterCertificates : System.Collections.Hashtable.generic_non_zer
//! o 1 [Error: Certificate has expired: Expired]
//! At C:\\Program Files\\WindowsPowerShell\\Modules\\AksHci\\1.0.10.10513\\AksHci.psm1:2386 char:5
//! +     throw $_
//! +     ~~~~~~~~";
//! let input = PlanInput {
//!     shutdown: Some("2026-01-01".into()),
//!     restart: Some("2026-03-01".into()),
//!     today: Some("2026-03-01".into()),
//!     clusters: vec![ClusterInput::new("prod1")],
//!     ..PlanInput::default()
//! };
//! let found = find_remedies(pasted, &input).unwrap();
//! assert_eq!(found[0].remedy.id, "mocctl-expired");
//! assert!(found[0].matched.starts_with("System.Collections.Hashtable.generic_non_zer\no 1"));
//! // The plan's kubelet step of prod1 is where it belongs, filled in for it.
//! assert_eq!(found[0].place, Some(Place::Step(1)));
//! assert_eq!(found[0].remedy.commands, [
//!     "Repair-MocLogin",
//!     "Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials",
//! ]);
//!
//! // Not a certificate error: nothing documented matches.
//! let spn = "Error: invalid_client. The provided client secret keys are expired";
//! assert!(find_remedies(spn, &input).unwrap().is_empty());
//! ```

use serde::Serialize;

use crate::remedies::{self, RemedyEntry, CLUSTER};
use crate::squeeze::{squeeze, Squeezed};
use crate::{plan, quote, Error, Plan, PlanInput, Remedy};

/// Stands in a command for the cluster when neither the text nor the plan names one.
pub const CLUSTER_PLACEHOLDER: &str = "<your-cluster>";

/// Stands in a command for the one that failed when the plan has no step for it.
pub const STEP_PLACEHOLDER: &str = "<the command that failed>";

/// The most squeezed characters a `<...>` or `\u{2026}` of a signature stands for.
pub const GAP: usize = 256;

/// The most bytes of pasted text read (16 MiB); the rest is ignored.
pub const MAX_TEXT: usize = 16 << 20;

/// The remedies whose sources quote an error text. On equal evidence, the more common
/// failure comes first: `mocctl-expired` before `kva-expired`, `kvactl-token` before
/// `api-server-down`.
static DOCUMENTED: [RemedyEntry; 12] = [
    remedies::MOCCTL_EXPIRED,
    remedies::KVACTL_TOKEN,
    remedies::KVA_EXPIRED,
    remedies::X509_UNKNOWN_AUTHORITY,
    remedies::UNAUTHORIZED,
    remedies::RELEASE_NOT_FOUND,
    remedies::CLUSTER_NOT_FOUND,
    remedies::X509_EXPIRED,
    remedies::API_SERVER_DOWN,
    remedies::KMS_SOCKET,
    remedies::KUBE_FOLDER_MISSING,
    remedies::TLS_INTERNAL_ERROR,
];

/// What in a text points to one of the failures that share a message: the commands
/// and components the sources name for it, squeezed. Each counts as a whole word.
const CUES: [(&str, &[&str]); 4] = [
    (
        "mocctl-expired",
        &["mocctl", "repair-moclogin", "get-akshcicluster"],
    ),
    ("kva-expired", &["kvactl", "kva", "update-akshci"]),
    ("kvactl-token", &["kvactl", "kva", "update-akshci"]),
    (
        "api-server-down",
        &["kms", "kmsplugin", "kube-apiserver", "apiserver", "kubectl"],
    ),
];

/// One documented remedy found in the text.
///
/// As JSON (the JS API's `findRemedies`), the [`Remedy`]'s fields and `matched`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemedyMatch {
    /// The remedy, filled in: from the plan's item when it has one ([`Self::place`]),
    /// else for the cluster the text names, else for the plan's only cluster, else
    /// with [`CLUSTER_PLACEHOLDER`] (and [`STEP_PLACEHOLDER`] for "run it again").
    #[serde(flatten)]
    pub remedy: Remedy,
    /// The part of the pasted text that decided it, as pasted.
    pub matched: String,
    /// The check or step of the plan it belongs to, if any.
    #[serde(skip)]
    pub place: Option<Place>,
    /// Why it stands where it does, when its message is documented for another failure
    /// too.
    #[serde(skip)]
    pub reason: Option<String>,
}

/// A check or a fix step of a [`Plan`], by its 0-based position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// `plan.checks[n]`.
    Check(usize),
    /// `plan.steps[n]`.
    Step(usize),
}

/// Whether a command of a [`RemedyMatch`] holds a placeholder the person must replace
/// before running it (generated commands never hold `<`: names are checked, and the
/// planner writes no redirection).
pub fn has_placeholder(command: &str) -> bool {
    command.contains('<')
}

/// The documented remedies whose error text `text` contains, best first; empty when
/// none does.
///
/// `input` is the plan the person follows: the remedies are placed in it and filled in
/// for its clusters (see [`RemedyMatch`]).
///
/// # Errors
/// This returns the error [`plan`] returns for `input` when it is not valid (a bad
/// date or cluster name, no `today`, too many clusters). Any `text` is valid.
pub fn find_remedies(text: &str, input: &PlanInput) -> Result<Vec<RemedyMatch>, Error> {
    let plan = plan(input)?;
    let mut cut = text.len().min(MAX_TEXT);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    let squeezed = Squeezed::new(text);
    let words = Words::new(&plan);
    let found = words.find(&squeezed);

    let all: Vec<Hit> = (0..DOCUMENTED.len())
        .filter_map(|index| {
            let range = &words.signatures[index];
            words.parts[range.clone()]
                .iter()
                .filter_map(|signature| signature.find(&found, squeezed.message_len))
                .max_by_key(|hit| hit.evidence.len())
                .map(|hit| Hit { index, ..hit })
        })
        .collect();
    let explained = |hit: &Hit| {
        all.iter().any(|longer| {
            longer.evidence.len() > hit.evidence.len()
                && longer.start <= hit.start
                && hit.end <= longer.end
        })
    };
    let mut hits: Vec<&Hit> = all.iter().filter(|hit| !explained(hit)).collect();
    let cue_at = |hit: &Hit| words.cue(DOCUMENTED[hit.index].id, &found, &squeezed.bytes);
    // By hand: a library sort would bring kilobytes of code into the wasm for at most a
    // dozen hits.
    let key = |hit: &Hit| {
        let cue = cue_at(hit).map(|(at, _)| at);
        (
            core::cmp::Reverse(hit.evidence.len()),
            cue.is_none(),
            cue,
            hit.index,
        )
    };
    for sorted in 1..hits.len() {
        let mut at = sorted;
        while at > 0 && key(hits[at - 1]) > key(hits[at]) {
            hits.swap(at - 1, at);
            at -= 1;
        }
    }

    let named = hits
        .iter()
        .find_map(|hit| hit.cluster(text, &squeezed))
        .or_else(|| named_cluster(text, &squeezed, &found, &words));
    let only = match input.clusters.as_slice() {
        [one] => Some(one.name.as_str()),
        _ => None,
    };
    let cluster = named.as_deref().or(only);
    let mut out = Vec::with_capacity(hits.len());
    for (rank, hit) in hits.iter().enumerate() {
        let entry = &DOCUMENTED[hit.index];
        let place = place(&plan, entry.id, cluster, &found, &words);
        let remedy = place
            .and_then(|at| remedies_at(&plan, at).iter().find(|r| r.id == entry.id))
            .cloned()
            .unwrap_or_else(|| fill(entry, cluster));
        let same = |other: &Hit| other.evidence == hit.evidence;
        let first = hits.iter().position(|o| same(o)).unwrap_or(rank);
        let reason = (hits.iter().filter(|o| same(o)).count() > 1).then(|| {
            let cue = cue_at(hits[first]).map(|(at, len)| squeezed.original(text, at, at + len));
            reason(first == rank, cue)
        });
        out.push(RemedyMatch {
            remedy,
            matched: squeezed.original(text, hit.start, hit.end).to_owned(),
            place,
            reason,
        });
    }
    Ok(out)
}

/// Why a remedy stands where it does among those documented with the same message.
fn reason(first: bool, cue: Option<&str>) -> String {
    match (first, cue) {
        (true, Some(cue)) => [
            "This message is documented for more than one failure; \"",
            cue,
            "\" in the text points to this one.",
        ]
        .concat(),
        (true, None) => "This message is documented for more than one failure, and nothing in the text tells them apart: the more common one comes first.".into(),
        (false, Some(cue)) => ["Same message as above; \"", cue, "\" in the text points there."].concat(),
        (false, None) => "Same message as above; nothing in the text tells them apart.".into(),
    }
}

/// The entry filled in for `cluster` (else the placeholder), outside any plan item.
fn fill(entry: &RemedyEntry, cluster: Option<&str>) -> Remedy {
    let cluster = cluster.map_or_else(|| CLUSTER_PLACEHOLDER.to_owned(), quote);
    Remedy::filled(entry, STEP_PLACEHOLDER, &cluster)
}

/// The plan's checks, then its steps: where each is, its command and its cluster.
fn items(plan: &Plan) -> impl Iterator<Item = (Place, &str, Option<&str>)> {
    let checks =
        (plan.checks.iter().enumerate()).map(|(n, c)| (Place::Check(n), c.command.as_str(), None));
    let steps = (plan.steps.iter().enumerate())
        .map(|(n, s)| (Place::Step(n), s.command.as_str(), s.cluster.as_deref()));
    checks.chain(steps)
}

/// The remedies of the item at `place`.
fn remedies_at(plan: &Plan, place: Place) -> &[Remedy] {
    let remedies = match place {
        Place::Check(n) => plan.checks.get(n).map(|c| &c.if_fails),
        Place::Step(n) => plan.steps.get(n).map(|s| &s.if_fails),
    };
    remedies.map_or(&[], Vec::as_slice)
}

/// Which item of the plan remedy `id` belongs to: among the items that list it (of
/// `cluster`, or of no cluster), the one whose command the text names most of (its
/// cmdlet, then its switches), else the first.
fn place(
    plan: &Plan,
    id: &str,
    cluster: Option<&str>,
    found: &Found,
    words: &Words,
) -> Option<Place> {
    items(plan)
        .enumerate()
        .filter(|&(_, (place, _, of))| {
            remedies_at(plan, place).iter().any(|r| r.id == id)
                && of.is_none_or(|of| cluster.is_some_and(|c| of.eq_ignore_ascii_case(c)))
        })
        .max_by_key(|&(index, (_, command, _))| {
            (words.named(command, found), core::cmp::Reverse(index))
        })
        .map(|(_, (place, _, _))| place)
}

/// A cluster name the text gives to an AksHci command (`-Name 'prod1'` after `AksHci` on
/// its line) or to kvactl and mocctl (`--clustername prod1`); the first one.
fn named_cluster(text: &str, squeezed: &Squeezed, found: &Found, words: &Words) -> Option<String> {
    [(words.name, true), (words.name + 1, false)]
        .into_iter()
        .flat_map(|(word, akshci)| {
            let len = words.words[word].len();
            found.0[word].iter().filter_map(move |&at| {
                let at = at as usize;
                let (start, end) = (
                    squeezed.origin[at] as usize,
                    squeezed.origin[at + len - 1] as usize + 1,
                );
                let before = &text[..start];
                let line = &before[before.rfind('\n').map_or(0, |n| n + 1)..];
                let line = &line.as_bytes()[line.len().saturating_sub(512)..];
                let command = !akshci
                    || (line.last().is_some_and(u8::is_ascii_whitespace)
                        && find_ci(line, b"akshci").is_some());
                command
                    .then(|| value_after(&text[end..]))
                    .flatten()
                    .map(|name| (start, name))
            })
        })
        .min_by_key(|&(start, _)| start)
        .map(|(_, name)| name.to_owned())
}

/// The parameter value at the start of `rest` (` 'prod1'`, `=prod1`), when it is a
/// valid cluster name.
fn value_after(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix([' ', '\t', '=', ':'])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let rest = rest.trim_start_matches(['\'', '"', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    is_name(&rest[..end]).then(|| &rest[..end])
}

/// A cluster name as the planner takes them (see `names.rs`).
fn is_name(name: &str) -> bool {
    (1..=crate::MAX_NAME_LEN).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Where `needle` (lower case) is in `hay`, ignoring ASCII case.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let last = hay.len().checked_sub(needle.len())?;
    (0..=last).find(|&at| {
        hay[at].eq_ignore_ascii_case(&needle[0])
            && hay[at..at + needle.len()].eq_ignore_ascii_case(needle)
    })
}

/// A remedy's evidence in the text.
#[derive(Debug)]
struct Hit {
    /// Its position in [`DOCUMENTED`].
    index: usize,
    /// The signature that matched, squeezed (its parts, joined).
    evidence: Vec<u8>,
    /// Where the match starts and ends in the squeezed text.
    start: usize,
    end: usize,
    /// Where the signature's `<cluster>` matched, if it has one.
    cluster: Option<(usize, usize)>,
}

impl Hit {
    /// The cluster name the matched text gives, when it is a valid one.
    fn cluster(&self, text: &str, squeezed: &Squeezed) -> Option<String> {
        let (start, end) = self.cluster?;
        let name: String = squeezed
            .original(text, start, end)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        is_name(&name).then_some(name)
    }
}

/// A signature cut at its wildcards: the parts to find in order, by index in
/// [`Words::words`], and which gap (after which part) stands for the cluster.
struct Signature {
    parts: Vec<(usize, usize)>,
    cluster_gap: Option<usize>,
    evidence: Vec<u8>,
}

/// Every word the lookup looks for, squeezed: the signatures' parts, the cues, and the
/// plan's cmdlets and switches.
struct Words {
    words: Vec<Vec<u8>>,
    /// All signatures, remedy after remedy.
    parts: Vec<Signature>,
    /// Which of `parts` belong to each entry of [`DOCUMENTED`].
    signatures: Vec<core::ops::Range<usize>>,
    /// The index of each cue word in `words`, per entry of [`CUES`].
    cues: Vec<Vec<usize>>,
    /// The index of `-name` in `words`; `--clustername` follows it.
    name: usize,
    /// The first index of the plan's command words in `words`.
    commands: usize,
}

/// Where each word was found in the squeezed text, in order.
struct Found(Vec<Vec<u32>>);

impl Words {
    fn new(plan: &Plan) -> Words {
        let mut words = Words {
            words: Vec::new(),
            parts: Vec::new(),
            signatures: Vec::new(),
            cues: Vec::new(),
            name: 0,
            commands: 0,
        };
        for entry in &DOCUMENTED {
            let from = words.parts.len();
            for signature in entry.signatures {
                let signature = words.signature(signature);
                words.parts.push(signature);
            }
            words.signatures.push(from..words.parts.len());
        }
        for (_, cues) in CUES {
            let cues = cues
                .iter()
                .map(|cue| words.word(cue.as_bytes().to_vec()))
                .collect();
            words.cues.push(cues);
        }
        words.name = words.words.len();
        words.words.push(b"-name".to_vec());
        words.words.push(b"--clustername".to_vec());
        words.commands = words.words.len();
        for (_, command, _) in items(plan) {
            for word in command.split(' ') {
                let word = squeeze(word);
                if word.len() > 2 && word != b"-name" && words.words.len() < 64 {
                    words.word(word);
                }
            }
        }
        words
    }

    /// The index of `word` in `words`, added if new.
    fn word(&mut self, word: Vec<u8>) -> usize {
        match self.words.iter().position(|w| *w == word) {
            Some(at) => at,
            None => {
                self.words.push(word);
                self.words.len() - 1
            }
        }
    }

    /// `signature` cut at its wildcards, each part squeezed; a closing full stop dropped.
    fn signature(&mut self, signature: &str) -> Signature {
        let mut parts = Vec::new();
        let mut evidence = Vec::new();
        let mut cluster_gap = None;
        let mut rest = signature;
        loop {
            let cut = rest.find(['<', '\u{2026}']).unwrap_or(rest.len());
            let mut part = squeeze(&rest[..cut]);
            rest = &rest[cut..];
            if rest.is_empty() && part.last() == Some(&b'.') {
                part.pop();
            }
            evidence.extend_from_slice(&part);
            let len = part.len();
            parts.push((self.word(part), len));
            if rest.is_empty() {
                break;
            }
            let wildcard = match rest.find('>') {
                Some(end) if rest.starts_with('<') => end + 1,
                _ => '\u{2026}'.len_utf8(),
            };
            if rest[..wildcard] == *CLUSTER {
                cluster_gap = Some(parts.len() - 1);
            }
            rest = &rest[wildcard..];
        }
        Signature {
            parts,
            cluster_gap,
            evidence,
        }
    }

    /// One pass over the squeezed text: where each word is.
    fn find(&self, squeezed: &Squeezed) -> Found {
        let hay = &squeezed.bytes;
        let (mut first, mut second) = ([0u64; 256], [0u64; 256]);
        for (index, word) in self.words.iter().enumerate() {
            first[usize::from(word[0])] |= 1 << index;
            second[usize::from(word[1])] |= 1 << index;
        }
        let mut found = vec![Vec::new(); self.words.len()];
        for at in 0..hay.len().saturating_sub(1) {
            let mut candidates = first[usize::from(hay[at])] & second[usize::from(hay[at + 1])];
            while candidates != 0 {
                let index = candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                if hay[at..].starts_with(&self.words[index]) {
                    found[index].push(at as u32);
                }
            }
        }
        Found(found)
    }

    /// The first place where a cue of remedy `id` stands as a whole word, and its length.
    fn cue(&self, id: &str, found: &Found, hay: &[u8]) -> Option<(usize, usize)> {
        let cues = CUES.iter().position(|(of, _)| *of == id)?;
        self.cues[cues]
            .iter()
            .filter_map(|&word| {
                let len = self.words[word].len();
                found.0[word]
                    .iter()
                    .map(|&at| at as usize)
                    .find(|&at| !hay.get(at + len).is_some_and(u8::is_ascii_alphanumeric))
                    .map(|at| (at, len))
            })
            .min()
    }

    /// How much of `command` the text names: 2 for its cmdlet, 1 for each switch.
    fn named(&self, command: &str, found: &Found) -> usize {
        command
            .split(' ')
            .enumerate()
            .filter_map(|(n, word)| {
                let word = squeeze(word);
                let index = self.words[self.commands..]
                    .iter()
                    .position(|w| *w == word)?;
                (!found.0[self.commands + index].is_empty()).then_some(if n == 0 { 2 } else { 1 })
            })
            .sum()
    }
}

impl Signature {
    /// The first place in the message text (before `message_len`) where all parts
    /// stand in order, each gap at most [`GAP`] long.
    fn find(&self, found: &Found, message_len: usize) -> Option<Hit> {
        let (&(head, head_len), tail) = self.parts.split_first()?;
        'start: for &start in &found.0[head] {
            let start = start as usize;
            let mut end = start + head_len;
            let mut cluster = None;
            for (gap, &(part, len)) in tail.iter().enumerate() {
                let places = &found.0[part];
                let next = places.partition_point(|&at| (at as usize) < end);
                let at = *places.get(next)? as usize;
                if at - end > GAP {
                    continue 'start;
                }
                if self.cluster_gap == Some(gap) {
                    cluster = Some((end, at)).filter(|(s, e)| s < e);
                }
                end = at + len;
            }
            if end > message_len {
                return None;
            }
            return Some(Hit {
                index: 0,
                evidence: self.evidence.clone(),
                start,
                end,
                cluster,
            });
        }
        None
    }
}
