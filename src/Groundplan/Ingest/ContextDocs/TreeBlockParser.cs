namespace Groundplan.Ingest.ContextDocs;

/// <summary>
/// Reads a directory tree pasted into a document (<c>├──</c>/<c>└──</c> trees, <c>tree</c> output, ASCII trees, indented name lists)
/// into the paths it shows; folders end with '/'.
/// </summary>
internal static class TreeBlockParser
{
    // Children that mark a tree's single top line as the repository itself ("my-app/") rather than a folder inside it.
    private static readonly HashSet<string> RootMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "package.json", "Gemfile", "go.mod", "Cargo.toml", "pyproject.toml", "setup.py", "requirements.txt", "composer.json", "pom.xml",
        "build.gradle", "build.gradle.kts", "settings.gradle", "README.md", "README", ".gitignore", "tsconfig.json", "Dockerfile",
        "docker-compose.yml", "compose.yaml", "Makefile", "Rakefile", "config.ru", "mix.exs", "deno.json", "LICENSE", "next.config.js",
        "next.config.mjs", "next.config.ts", "vite.config.ts", "manage.py", "global.json", "Directory.Build.props",
        ".github/", "node_modules/", ".git/", ".vscode/", ".husky/",
    };

    /// <summary>The paths a block shows, or null when it is not a tree.</summary>
    /// <param name="lines">The block's lines.</param>
    /// <param name="allowIndented">Whether a plain indented list of names counts (it could be code in a block that says otherwise).</param>
    public static IReadOnlyList<ListedPath>? TryParse(IReadOnlyList<SourceLine> lines, bool allowIndented)
    {
        var content = lines.Where(l => l.Text.Trim().Length > 0 && !TreeLines.IsCommandOrSummary(l.Text)).ToList();
        if (content.Count == 0)
        {
            return null;
        }

        var nodes = content.Any(l => TreeLines.TryConnector(l.Text, out _, out _)) ? BranchNodes(content)
            : allowIndented ? IndentedNodes(content)
            : null;
        return nodes is null || nodes.Count == 0 ? null : Paths(nodes);
    }

    private static List<TreeNode>? BranchNodes(List<SourceLine> lines)
    {
        var nodes = new List<TreeNode>();
        var branches = 0;
        foreach (var line in lines)
        {
            if (TreeLines.TryConnector(line.Text, out var column, out var rest))
            {
                branches++;
                nodes.Add(new TreeNode(column, TreeLines.Name(rest), line.Line));
            }
            else if (!TreeLines.IsGuideOnly(line.Text) && !char.IsWhiteSpace(line.Text[0]) && line.Text[0] is not ('│' or '|'))
            {
                // A line at the margin without a connector is a top line: the root, or one of several roots.
                nodes.Add(new TreeNode(-1, TreeLines.Name(line.Text), line.Line));
            }
        }

        // Prose with the odd box character is not a tree: connectors must carry most of the lines.
        return branches >= nodes.Count - branches ? nodes.Where(n => n.Name.Length > 0 && !TreeLines.IsElision(n.Name)).ToList() : null;
    }

    private static List<TreeNode>? IndentedNodes(List<SourceLine> lines)
    {
        var nodes = new List<TreeNode>();
        foreach (var line in lines)
        {
            var text = line.Text.Replace("\t", "    ", StringComparison.Ordinal);
            var indent = text.Length - text.TrimStart().Length;
            var body = text.TrimStart();
            if (body.Length > 2 && body[0] is '-' or '*' or '+' && body[1] == ' ')
            {
                indent += 2;
                body = body[2..];
            }

            var name = TreeLines.Name(body);
            if (TreeLines.IsElision(name))
            {
                continue;
            }

            if (!TreeLines.IsPlainName(name))
            {
                return null;
            }

            nodes.Add(new TreeNode(indent, name, line.Line));
        }

        return nodes.Any(n => n.Name.Contains('/', StringComparison.Ordinal)) ? nodes : null;
    }

    private static List<ListedPath> Paths(List<TreeNode> nodes)
    {
        var parents = new int[nodes.Count];
        var isFolder = new bool[nodes.Count];
        var open = new Stack<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            while (open.Count > 0 && nodes[open.Peek()].Column >= nodes[i].Column)
            {
                open.Pop();
            }

            parents[i] = open.Count > 0 ? open.Peek() : -1;
            open.Push(i);
            isFolder[i] = nodes[i].Name.EndsWith('/') || (i + 1 < nodes.Count && nodes[i + 1].Column > nodes[i].Column);
        }

        var repoRoot = RepositoryRoot(nodes, parents, isFolder);
        var paths = new string[nodes.Count];
        var result = new List<ListedPath>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var name = nodes[i].Name.TrimEnd('/');
            var prefix = parents[i] < 0 || parents[i] == repoRoot ? string.Empty : paths[parents[i]];
            paths[i] = prefix + name + (isFolder[i] ? "/" : string.Empty);
            if (i != repoRoot)
            {
                result.Add(new ListedPath(paths[i], nodes[i].Line));
            }
        }

        return result;
    }

    /// <summary>The index of the node that stands for the repository itself, or -1 when the tree starts inside it.</summary>
    private static int RepositoryRoot(List<TreeNode> nodes, int[] parents, bool[] isFolder)
    {
        var tops = Enumerable.Range(0, nodes.Count).Where(i => parents[i] < 0).ToList();
        if (tops.Count != 1 || !isFolder[tops[0]])
        {
            return -1;
        }

        var top = tops[0];
        if (nodes[top].Name is "." or "./")
        {
            return top;
        }

        var children = Enumerable.Range(0, nodes.Count).Where(i => parents[i] == top);
        return children.Any(i => RootMarkers.Contains(nodes[i].Name.TrimEnd('/') + (isFolder[i] ? "/" : string.Empty))) ? top : -1;
    }
}
