namespace Groundplan.Llm.Providers;

/// <summary>Writes the engine's progress as short lines (the CLI passes standard error): each stage once, then a line every few thousand characters, and every notice.</summary>
public sealed class TextProgressReporter(TextWriter output) : IProgress<LlmProgress>
{
    private const int Step = 4000;
    private string? _stage;
    private int _shown;

    /// <inheritdoc/>
    public void Report(LlmProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Notice is { } notice)
        {
            output.WriteLine($"  {value.Stage}: {notice}");
            return;
        }

        if (value.Stage != _stage)
        {
            _stage = value.Stage;
            _shown = 0;
            output.WriteLine($"model: {value.Stage}…");
        }

        if (value.ReplyCharacters - _shown >= Step)
        {
            _shown = value.ReplyCharacters;
            output.WriteLine($"  {value.Stage}: {value.ReplyCharacters:N0} characters received");
        }
    }
}
