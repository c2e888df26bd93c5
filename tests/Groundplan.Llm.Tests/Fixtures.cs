using Groundplan.Ingest;
using Groundplan.Llm.Prompts;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Recon;
using Groundplan.Retrieve;

namespace Groundplan.Llm.Tests;

/// <summary>The sample codebases the engine is tested on, loaded and analysed for real.</summary>
internal static class Fixtures
{
    /// <summary>A live-looking GitHub token, planted in a copy of the sample to prove it never reaches the model.</summary>
    public const string PlantedToken = "ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5";

    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Groundplan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Groundplan.slnx not found above " + AppContext.BaseDirectory);
    });

    public static string Inkwell => Path.Combine(Root.Value, "samples", "inkwell");

    public static (Codebase Codebase, ReconReport Recon) Load(string path)
    {
        var codebase = new CodebaseLoader().Load(path);
        return (codebase, new ReconEngine().Run(codebase));
    }

    /// <summary>The prompt context for a request over a codebase folder, through the real recon and retriever.</summary>
    public static PromptContext Context(string path, string request, string? story = null, int maxTokens = PromptContextBuilder.DefaultContextTokens)
    {
        var (codebase, recon) = Load(path);
        var retrievalRequest = new RetrievalRequest(request, story);
        var retrieval = new Retriever().Rank(codebase, recon, retrievalRequest);
        return PromptContextBuilder.Build(codebase, recon, retrieval, retrievalRequest, maxTokens);
    }

    /// <summary>A copy of the inkwell sample in <paramref name="temp"/> with extra files written into it.</summary>
    public static string InkwellCopy(TempDirectory temp, params (string Path, string Text)[] extra)
    {
        foreach (var file in Directory.EnumerateFiles(Inkwell, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Inkwell, file);
            temp.Write(relative, File.ReadAllText(file));
        }

        foreach (var (path, text) in extra)
        {
            temp.Write(path, text);
        }

        return temp.Path;
    }
}
