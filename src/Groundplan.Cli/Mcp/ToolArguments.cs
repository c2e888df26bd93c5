namespace Groundplan.Cli.Mcp;

/// <summary>Builds a verb's command line from a tool call, confining every path on the way; the first refusal sticks.</summary>
internal sealed class ToolArguments(string verb)
{
    private readonly List<string> _args = [verb];

    public string? Refusal { get; private set; }

    /// <summary>Adds a path option (or, with a null option name, a positional path) if the guard accepts it.</summary>
    public ToolArguments Path(string? option, string path, RootGuard guard)
    {
        var full = guard.Confine(path, out var refusal);
        if (full is null)
        {
            Refusal ??= refusal;
            return this;
        }

        if (option is not null)
        {
            _args.Add(option);
        }

        _args.Add(full);
        return this;
    }

    public ToolArguments Value(string option, string? value)
    {
        if (value is not null)
        {
            // One token, so a value that starts with '-' is never read as an option.
            _args.Add($"{option}={value}");
        }

        return this;
    }

    public ToolArguments Flag(string option, bool on)
    {
        if (on)
        {
            _args.Add(option);
        }

        return this;
    }

    public string[] ToArray() => [.. _args];
}
