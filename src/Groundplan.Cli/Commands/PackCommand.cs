using System.CommandLine;
using System.Diagnostics;
using Groundplan.Ingest;
using Groundplan.IO;
using Groundplan.Packing;

namespace Groundplan.Cli.Commands;

/// <summary><c>groundplan pack</c>: writes a codebase as a repomix-style pack and prints a summary.</summary>
internal static class PackCommand
{
    public static Command Create(CliContext context)
    {
        var options = new PackCommandOptions();
        var command = new Command("pack", "Pack a codebase into one file that repomix users recognise (xml, markdown, plain or json).");
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(options.Read(parse), context, cancellationToken)));
        return command;
    }

    private static int Run(PackSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                context.Error.WriteLine($"groundplan: error: {problem}");
            }

            return ExitCodes.InputError;
        }

        var source = context.Resolve(settings.Ingest.Repo);
        var toStdout = settings.Output == "-";
        var output = toStdout ? null : context.Resolve(settings.Output ?? "groundplan-pack" + PackOptions.ExtensionOf(settings.Style));
        var ingest = settings.Ingest.ToIngestOptions(ExcludeOwnOutput(source, output), countTokens: true);

        var clock = Stopwatch.StartNew();
        context.Progress($"reading {settings.Ingest.Repo}");
        var codebase = new CodebaseLoader().Load(source, ingest, cancellationToken);
        context.Progress($"read {codebase.Files.Count:N0} files ({codebase.TotalTokens:N0} tokens) in {clock.Elapsed.TotalSeconds:F2} s");

        var packOptions = new PackOptions
        {
            Style = settings.Style,
            Redact = settings.Redact,
            FileSummary = !settings.NoFileSummary,
            DirectoryStructure = !settings.NoDirectoryStructure,
            IsSubset = settings.Ingest.IsSubset,
        };
        var packer = new Packer();
        PackResult result;
        if (toStdout)
        {
            context.Out.Flush();
            using var stdout = context.OpenStandardOutput();
            result = packer.Pack(codebase, packOptions, stdout);
        }
        else
        {
            PackResult? written = null;
            AtomicFile.Write(output!, stream => written = packer.Pack(codebase, packOptions, stream));
            result = written!;
        }

        context.Progress($"done in {clock.Elapsed.TotalSeconds:F2} s");
        PackSummaryPrinter.Print(result, settings, output, toStdout ? context.Error : context.Out, context.Verbose);
        return ExitCodes.Ok;
    }

    private static string EscapeGlob(string path) =>
        string.Concat(path.Select(c => c is '*' or '?' or '[' or ']' or '\\' or '!' or '#' ? "\\" + c : c.ToString()));

    /// <summary>A pack written inside the tree it packs must not be packed itself on the next run.</summary>
    private static string? ExcludeOwnOutput(string source, string? output)
    {
        if (output is null || !Directory.Exists(source))
        {
            return null;
        }

        var relative = Path.GetRelativePath(source, output);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : "/" + EscapeGlob(relative.Replace('\\', '/'));
    }
}
