using System.CommandLine;
using System.Text;
using Groundplan.Ingest;
using Groundplan.IO;
using Groundplan.Model.Retrieval;
using Groundplan.Recon;
using Groundplan.Retrieve;
using Groundplan.Retrieve.Output;
using Groundplan.Retrieve.Packing;

namespace Groundplan.Cli.Commands;

/// <summary><c>groundplan context</c>: the files a feature request touches, with reasons, and a pack of them that fits a token budget.</summary>
internal static class ContextCommand
{
    public static Command Create(CliContext context)
    {
        var options = new ContextCommandOptions();
        var command = new Command("context", "Rank the files and symbols a feature request touches, propose new files, and pack the context that fits a token budget.");
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(options.Read(parse), context, cancellationToken)));
        return command;
    }

    private static int Run(ContextSettings settings, CliContext context, CancellationToken cancellationToken)
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

        context.Progress($"reading {settings.Ingest.Repo}");
        var codebase = new CodebaseLoader().Load(context.Resolve(settings.Ingest.Repo), settings.Ingest.ToIngestOptions(), cancellationToken);
        context.Progress($"analysing {codebase.Files.Count:N0} files");
        var recon = new ReconEngine().Run(codebase, cancellationToken);
        var request = new RetrievalRequest(settings.Request, settings.Story);
        var result = new Retriever(new RankingOptions
        {
            MaxFiles = Math.Max(settings.Top, 50),
            HistoryRepository = settings.History is null ? null : context.Resolve(settings.History),
            HistoryRevision = settings.HistoryRevision ?? "HEAD",
        }).Rank(codebase, recon, request, cancellationToken);
        if (result.Message is not null)
        {
            context.Error.WriteLine($"groundplan: note: {result.Message}");
        }

        void Write(Stream stream)
        {
            if (settings.MaxTokens is { } budget)
            {
                var pack = ContextPackBuilder.Build(codebase, recon, request, result, budget);
                stream.Write(Encoding.UTF8.GetBytes(pack.Text));
            }
            else if (settings.Json)
            {
                RetrievalJsonWriter.Write(request, result, stream, settings.Top);
                stream.WriteByte((byte)'\n');
            }
            else
            {
                stream.Write(Encoding.UTF8.GetBytes(RetrievalTextRenderer.Render(result, settings.Top)));
            }
        }

        if (settings.Output is null)
        {
            context.Out.Flush();
            using var stdout = context.OpenStandardOutput();
            Write(stdout);
        }
        else
        {
            AtomicFile.Write(context.Resolve(settings.Output), Write);
            context.Error.WriteLine($"groundplan: wrote {settings.Output}");
        }

        return ExitCodes.Ok;
    }
}
