namespace Groundplan;

/// <summary>An expected failure caused by the user's input: bad files, bad options, bad packs.</summary>
/// <remarks>Front ends print <see cref="Exception.Message"/> as one line and exit with code 2; no stack trace.</remarks>
public sealed class GroundplanException : Exception
{
    /// <summary>Creates an error about <paramref name="file"/>, optionally at a line and column (1-based).</summary>
    public GroundplanException(string message, string? file = null, int? line = null, int? column = null, Exception? inner = null)
        : base(Format(message, file, line, column), inner)
    {
        Reason = message;
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The message without its location prefix.</summary>
    public string Reason { get; }

    /// <summary>The file at fault, when there is one.</summary>
    public string? File { get; }

    /// <summary>The 1-based line at fault, when known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column at fault, when known.</summary>
    public int? Column { get; }

    private static string Format(string message, string? file, int? line, int? column)
    {
        if (file is null)
        {
            return message;
        }

        var where = line is null ? file : column is null ? $"{file}:{line}" : $"{file}:{line}:{column}";
        return $"{where}: {message}";
    }
}
