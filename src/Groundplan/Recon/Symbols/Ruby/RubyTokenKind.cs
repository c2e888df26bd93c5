namespace Groundplan.Recon.Symbols.Ruby;

internal enum RubyTokenKind
{
    /// <summary>An identifier or keyword (lower case first, may end in ? or !).</summary>
    Identifier,

    /// <summary>A name starting with an upper-case letter.</summary>
    Constant,

    /// <summary>A hash key or keyword argument written <c>name:</c>.</summary>
    Label,

    /// <summary>A symbol literal <c>:name</c> or <c>:"name"</c>.</summary>
    Symbol,

    /// <summary>A string, regexp, heredoc, %-literal or character literal.</summary>
    String,

    /// <summary>A number, instance, class or global variable: a value that is never a keyword.</summary>
    Value,

    Punctuation,

    /// <summary>The end of a line (comments, continued strings and heredoc bodies are not lines of code).</summary>
    Newline,
}
