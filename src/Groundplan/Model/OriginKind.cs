namespace Groundplan.Model;

/// <summary>The form a codebase was read from.</summary>
public enum OriginKind
{
    /// <summary>A working directory on disk.</summary>
    Directory,

    /// <summary>A git repository at a revision, read from git's objects.</summary>
    Git,

    /// <summary>A repomix pack (any style).</summary>
    Pack,

    /// <summary>A hand-written codebase context document (Markdown).</summary>
    ContextDocument,
}
