//! The one error type of the planner: the field at fault and what is wrong with it, as
//! data; the stable code and the message ([`crate::message`]) are derived from them.

use core::fmt;

use chrono::NaiveDate;

use crate::field::Field;
use crate::message;

/// What went wrong, as a stable machine-readable code.
///
/// The codes are a contract: the JavaScript API exposes them as the `code` property of
/// the thrown `Error`, and embedders branch on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// A date that is not a real `YYYY-MM-DD` calendar date, or an impossible one.
    InvalidDate,
    /// The power-on date is before the shutdown date.
    RestartBeforeShutdown,
    /// A cluster name that is empty, too long or has characters outside `A-Za-z0-9-`.
    InvalidClusterName,
    /// The same cluster listed twice (names compare without regard to case).
    DuplicateClusterName,
    /// An input field the planner does not know (a typo an embedder must hear about).
    UnknownField,
    /// Input of the wrong shape, or a value missing that the plan needs.
    InvalidInput,
}

impl ErrorCode {
    /// Every code, for documentation and exhaustive tests.
    pub const ALL: [ErrorCode; 6] = [
        ErrorCode::InvalidDate,
        ErrorCode::RestartBeforeShutdown,
        ErrorCode::InvalidClusterName,
        ErrorCode::DuplicateClusterName,
        ErrorCode::UnknownField,
        ErrorCode::InvalidInput,
    ];

    /// The stable kebab-case code, e.g. `"invalid-date"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidDate => "invalid-date",
            ErrorCode::RestartBeforeShutdown => "restart-before-shutdown",
            ErrorCode::InvalidClusterName => "invalid-cluster-name",
            ErrorCode::DuplicateClusterName => "duplicate-cluster-name",
            ErrorCode::UnknownField => "unknown-field",
            ErrorCode::InvalidInput => "invalid-input",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What is wrong with the field, with the values that say so.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// A date field holding `text`, which is not a `YYYY-MM-DD` calendar date.
    NotADate {
        /// The value as given.
        text: String,
    },
    /// A date input a form could not read: the person left it incomplete or impossible
    /// (February 30), so its value reads as empty.
    IncompleteDate,
    /// The last update is after today.
    UpdateInFuture {
        /// The last update date given.
        last_update: NaiveDate,
        /// Today's date given.
        today: NaiveDate,
    },
    /// A valid date at the end of the calendar, where no reminder can be dated.
    TooFarForReminder,
    /// A reminder's time stamp that is not a UTC time.
    NotAStamp {
        /// The stamp as given.
        text: String,
    },
    /// The power-on date is before the shutdown date.
    RestartBeforeShutdown {
        /// The shutdown date given.
        shutdown: NaiveDate,
        /// The power-on date given.
        restart: NaiveDate,
    },
    /// A cluster's name is empty.
    EmptyName,
    /// A cluster's name holds a character outside `A-Za-z0-9-`.
    NameCharacter {
        /// The first such character.
        character: char,
    },
    /// A cluster's name is longer than a DNS label.
    NameTooLong {
        /// Its length, in bytes (all ASCII, as the name passed the character check).
        length: usize,
        /// The limit, [`crate::MAX_NAME_LEN`].
        max: usize,
    },
    /// A cluster's name repeats an earlier cluster's (without regard to case).
    DuplicateName {
        /// The name as given.
        name: String,
        /// The index of the cluster listed first with it.
        first: usize,
    },
    /// A power-on date without a shutdown date.
    ShutdownMissing {
        /// The power-on date given.
        restart: NaiveDate,
    },
    /// No `today`: the planner reads no clock.
    TodayMissing,
    /// More clusters than one plan takes.
    TooManyClusters {
        /// How many are listed.
        count: usize,
        /// The limit, [`crate::MAX_CLUSTERS`].
        max: usize,
    },
    /// A reminder asked for without a shutdown date.
    ReminderNeedsShutdown,
    /// A reminder asked for when the clusters are back on already.
    AlreadyBackOn {
        /// The power-on date, today or before.
        restart: NaiveDate,
    },
    /// A reminder asked for after the last safe power-on day.
    LastSafeDayPassed {
        /// The last safe power-on day.
        last_safe: NaiveDate,
    },
    /// A reminder's link that is not a percent-encoded URL.
    NotALink {
        /// The link as given.
        text: String,
    },
}

impl ErrorKind {
    /// The stable code of this kind.
    pub const fn code(&self) -> ErrorCode {
        match self {
            ErrorKind::NotADate { .. }
            | ErrorKind::IncompleteDate
            | ErrorKind::UpdateInFuture { .. }
            | ErrorKind::TooFarForReminder
            | ErrorKind::NotAStamp { .. } => ErrorCode::InvalidDate,
            ErrorKind::RestartBeforeShutdown { .. } => ErrorCode::RestartBeforeShutdown,
            ErrorKind::EmptyName
            | ErrorKind::NameCharacter { .. }
            | ErrorKind::NameTooLong { .. } => ErrorCode::InvalidClusterName,
            ErrorKind::DuplicateName { .. } => ErrorCode::DuplicateClusterName,
            ErrorKind::ShutdownMissing { .. }
            | ErrorKind::TodayMissing
            | ErrorKind::TooManyClusters { .. }
            | ErrorKind::ReminderNeedsShutdown
            | ErrorKind::AlreadyBackOn { .. }
            | ErrorKind::LastSafeDayPassed { .. }
            | ErrorKind::NotALink { .. } => ErrorCode::InvalidInput,
        }
    }
}

/// A bad input: the [`Field`] at fault and what is wrong with it ([`ErrorKind`]), from
/// which come the stable [`ErrorCode`] and a message a person can act on (`Display`).
///
/// # Example: a power-on date before the shutdown
/// ```
/// use certplan::{plan, ErrorCode, ErrorKind, Field, PlanInput};
///
/// let input = PlanInput {
///     shutdown: Some("2026-03-10".into()),
///     restart: Some("2026-03-01".into()),
///     today: Some("2026-03-20".into()),
///     ..PlanInput::default()
/// };
/// let err = plan(&input).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::RestartBeforeShutdown);
/// assert_eq!(*err.field(), Field::Restart);
/// assert_eq!(err.field().to_string(), "restart");
/// assert!(matches!(err.kind(), ErrorKind::RestartBeforeShutdown { .. }));
/// assert_eq!(
///     err.to_string(),
///     "Power-on date 2026-03-01 is before the shutdown date 2026-03-10."
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Error {
    field: Field,
    kind: ErrorKind,
}

impl Error {
    /// What is wrong (`kind`) with which field.
    pub fn new(field: Field, kind: ErrorKind) -> Self {
        Error { field, kind }
    }

    /// The stable code.
    pub fn code(&self) -> ErrorCode {
        self.kind.code()
    }

    /// The input field at fault.
    pub fn field(&self) -> &Field {
        &self.field
    }

    /// What is wrong with it.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The message alone (the same text as `Display`).
    pub fn message(&self) -> String {
        message::message(&self.field, &self.kind)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}
