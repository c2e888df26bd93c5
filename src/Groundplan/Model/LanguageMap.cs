namespace Groundplan.Model;

/// <summary>Maps a path to a language id: the name a Markdown code fence uses for it.</summary>
internal static class LanguageMap
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ts"] = "typescript", ["tsx"] = "typescript", ["mts"] = "typescript", ["cts"] = "typescript",
        ["js"] = "javascript", ["jsx"] = "javascript", ["mjs"] = "javascript", ["cjs"] = "javascript",
        ["vue"] = "vue", ["svelte"] = "svelte", ["astro"] = "astro",
        ["py"] = "python", ["pyi"] = "python", ["rb"] = "ruby", ["erb"] = "erb", ["rake"] = "ruby",
        ["go"] = "go", ["rs"] = "rust", ["java"] = "java", ["kt"] = "kotlin", ["kts"] = "kotlin", ["scala"] = "scala",
        ["cs"] = "csharp", ["csx"] = "csharp", ["fs"] = "fsharp", ["vb"] = "vb", ["cshtml"] = "razor", ["razor"] = "razor",
        ["c"] = "c", ["h"] = "c", ["cpp"] = "cpp", ["cc"] = "cpp", ["cxx"] = "cpp", ["hpp"] = "cpp",
        ["swift"] = "swift", ["m"] = "objectivec", ["php"] = "php", ["dart"] = "dart", ["lua"] = "lua",
        ["ex"] = "elixir", ["exs"] = "elixir", ["erl"] = "erlang", ["hs"] = "haskell", ["clj"] = "clojure",
        ["sh"] = "bash", ["bash"] = "bash", ["zsh"] = "zsh", ["ps1"] = "powershell", ["bat"] = "batch", ["cmd"] = "batch",
        ["html"] = "html", ["htm"] = "html", ["css"] = "css", ["scss"] = "scss", ["sass"] = "sass", ["less"] = "less",
        ["json"] = "json", ["jsonc"] = "json", ["json5"] = "json5", ["xml"] = "xml", ["svg"] = "xml", ["csproj"] = "xml",
        ["yaml"] = "yaml", ["yml"] = "yaml", ["toml"] = "toml", ["ini"] = "ini", ["cfg"] = "ini",
        ["md"] = "markdown", ["mdx"] = "markdown", ["rst"] = "rst", ["sql"] = "sql", ["prisma"] = "prisma",
        ["graphql"] = "graphql", ["gql"] = "graphql", ["proto"] = "protobuf", ["tf"] = "hcl", ["hcl"] = "hcl",
        ["mk"] = "makefile", ["dockerfile"] = "dockerfile",
    };

    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dockerfile"] = "dockerfile", ["Makefile"] = "makefile", ["GNUmakefile"] = "makefile",
        ["Gemfile"] = "ruby", ["Rakefile"] = "ruby", ["justfile"] = "just",
    };

    /// <summary>The language id for <paramref name="path"/>, or empty when unknown.</summary>
    public static string FromPath(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (ByName.TryGetValue(name, out var byName))
        {
            return byName;
        }

        var dot = name.LastIndexOf('.');
        return dot > 0 && ByExtension.TryGetValue(name[(dot + 1)..], out var language) ? language : string.Empty;
    }
}
