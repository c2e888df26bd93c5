namespace Groundplan.Model;

/// <summary>Why a file was skipped or read with a caveat.</summary>
public enum IngestNoteKind
{
    /// <summary>Binary content (a NUL byte or a binary extension).</summary>
    Binary,

    /// <summary>Larger than the size cap.</summary>
    TooLarge,

    /// <summary>Could not be read (permissions, I/O).</summary>
    Unreadable,

    /// <summary>Not valid UTF-8; decoded with U+FFFD replacement characters.</summary>
    InvalidUtf8,

    /// <summary>A symbolic link: never followed (so never out of the tree, never a loop), noted with its target.</summary>
    Symlink,

    /// <summary>Anything else worth telling the user.</summary>
    Other,
}
