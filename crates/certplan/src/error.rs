//! The one error type of the planner: a stable code, the field at fault, and a message.

use core::fmt;

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

/// A bad input: which [`ErrorCode`], which field (`"restart"`, `"clusters[2].name"`), and
/// a message a person can act on.
///
/// # Example: a power-on date before the shutdown
/// ```
/// use certplan::{plan, ErrorCode, PlanInput};
///
/// let input = PlanInput {
///     shutdown: Some("2026-03-10".into()),
///     restart: Some("2026-03-01".into()),
///     today: Some("2026-03-20".into()),
///     ..PlanInput::default()
/// };
/// let err = plan(&input).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::RestartBeforeShutdown);
/// assert_eq!(err.field(), "restart");
/// assert_eq!(
///     err.to_string(),
///     "Power-on date 2026-03-01 is before the shutdown date 2026-03-10."
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    code: ErrorCode,
    field: String,
    message: String,
}

impl Error {
    /// Builds an error; `field` is the input path at fault.
    pub fn new(code: ErrorCode, field: impl Into<String>, message: impl Into<String>) -> Self {
        Error {
            code,
            field: field.into(),
            message: message.into(),
        }
    }

    /// The stable code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The input field at fault, as a path: `shutdown`, `restart`, `lastUpdate`, `today`,
    /// `clusters`, `clusters[N].name`, or the unknown field's own path.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The message alone (the same text as `Display`).
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
