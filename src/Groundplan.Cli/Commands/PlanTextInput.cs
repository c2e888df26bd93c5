namespace Groundplan.Cli.Commands;

/// <summary>Reads a request or story given inline, from a file, or from standard input ('-').</summary>
internal static class PlanTextInput
{
    public static string Read(string? inline, string? file, string what, CliContext context)
    {
        if (file is not null)
        {
            var path = context.Resolve(file);
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new GroundplanException($"cannot read the {what} file: {e.Message}", file);
            }
        }

        return inline == "-" ? Console.In.ReadToEnd() : inline ?? "";
    }
}
