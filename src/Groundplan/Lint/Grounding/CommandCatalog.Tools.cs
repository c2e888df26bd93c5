namespace Groundplan.Lint.Grounding;

/// <summary>The per-toolchain checks: package managers, task runners, Go, .NET, Ruby, Python and npx tools.</summary>
internal sealed partial class CommandCatalog
{
    private static readonly HashSet<string> GoCommands = new(StringComparer.Ordinal) { "build", "test", "vet", "run", "mod", "generate", "fmt", "install", "get", "work", "tool", "clean", "env", "list", "version" };

    private static readonly HashSet<string> DotNetCommands = new(StringComparer.Ordinal) { "build", "test", "run", "restore", "format", "ef", "publish", "pack", "tool", "add", "new", "clean", "watch", "sln", "list", "remove" };

    private static readonly HashSet<string> PackageManagerBuiltIns = new(StringComparer.Ordinal)
    {
        "install", "i", "ci", "add", "remove", "uninstall", "exec", "dlx", "x", "why", "ls", "list", "up", "update", "upgrade", "init", "create", "audit", "outdated", "dedupe", "prune", "rebuild", "link", "pack", "publish", "version", "help", "config",
    };

    private static readonly HashSet<string> DjangoCommands = new(StringComparer.Ordinal)
    {
        "makemigrations", "migrate", "test", "runserver", "shell", "createsuperuser", "collectstatic", "check", "showmigrations", "sqlmigrate", "startapp", "dbshell", "loaddata", "dumpdata", "squashmigrations", "flush",
    };

    private static readonly Dictionary<string, string[]> ToolPackages = new(StringComparer.Ordinal)
    {
        ["playwright"] = ["@playwright/test", "playwright"],
        ["tsc"] = ["typescript"],
        ["drizzle-kit"] = ["drizzle-kit"],
        ["next"] = ["next"],
        ["nest"] = ["@nestjs/cli"],
        ["typeorm"] = ["typeorm"],
        ["ts-node"] = ["ts-node"],
        ["tsx"] = ["tsx"],
    };

    private CommandVerdict CheckPackageManager(string[] words)
    {
        if (!_files.Contains("package.json"))
        {
            return new CommandVerdict(false, "the repository has no package.json");
        }

        var args = words.Skip(1).Where(w => !w.StartsWith('-')).ToArray();
        if (args.Length == 0 || (PackageManagerBuiltIns.Contains(args[0]) && args[0] != "run"))
        {
            return CommandVerdict.Ok;
        }

        var script = args[0] is "run" or "run-script" ? args.ElementAtOrDefault(1) : args[0] is "t" ? "test" : args[0];
        if (script is null || _scripts.Contains(script))
        {
            return CommandVerdict.Ok;
        }

        var closest = EditDistance.Closest(script, _scripts, Math.Max(2, script.Length / 3));
        return new CommandVerdict(false, $"package.json has no script \"{script}\"", closest is null ? null : $"{words[0]} run {closest}".Replace("npm run test", "npm test", StringComparison.Ordinal));
    }

    private CommandVerdict CheckTool(string tool, string command)
    {
        if (tool.Length == 0)
        {
            return CommandVerdict.Ok;
        }

        var packages = ToolPackages.GetValueOrDefault(tool) ?? [tool];
        if (packages.Any(_dependencies.Contains) || _known.Any(k => k.Contains(tool, StringComparison.Ordinal)) || _manifestText.Contains(tool, StringComparison.Ordinal))
        {
            return CommandVerdict.Ok;
        }

        return new CommandVerdict(false, $"`{tool}` is not a dependency, script or documented tool of the repository (command `{command}`)");
    }

    private CommandVerdict CheckTarget(string[] words, string file, SortedSet<string> targets, string runner)
    {
        if (targets.Count == 0)
        {
            return new CommandVerdict(false, $"the repository has no {file}");
        }

        var target = words.Skip(1).FirstOrDefault(w => !w.StartsWith('-') && !w.Contains('=', StringComparison.Ordinal));
        if (target is null || targets.Contains(target))
        {
            return CommandVerdict.Ok;
        }

        var closest = EditDistance.Closest(target, targets, Math.Max(2, target.Length / 3));
        return new CommandVerdict(false, $"{file} has no target \"{target}\"", closest is null ? null : $"{runner} {closest}");
    }

    private static CommandVerdict CheckToolchain(string[] words, bool present, string what, HashSet<string>? subcommands)
    {
        if (!present)
        {
            return new CommandVerdict(false, $"the repository has no {what}, so `{words[0]}` does not apply");
        }

        return subcommands is null || words.Length < 2 || subcommands.Contains(words[1])
            ? CommandVerdict.Ok
            : new CommandVerdict(false, $"`{words[0]} {words[1]}` is not a {words[0]} command", EditDistance.Closest(words[1], subcommands, 2) is { } c ? $"{words[0]} {c}" : null);
    }

    private CommandVerdict CheckRuby(string[] words)
    {
        if (!_files.Contains("Gemfile"))
        {
            return new CommandVerdict(false, $"the repository has no Gemfile, so `{words[0]}` does not apply");
        }

        var tool = words[0] == "bundle" && words.Length > 2 && words[1] == "exec" ? words[2] : words[0];
        return tool is "rspec" or "rubocop" ? Mentioned(tool, _manifestText.Contains(tool, StringComparison.Ordinal), "Gemfile") : CommandVerdict.Ok;
    }

    private CommandVerdict CheckPython(string[] words)
    {
        var manage = words[0] == "./manage.py" ? 0 : Array.FindIndex(words, w => w.EndsWith("manage.py", StringComparison.Ordinal));
        if (manage < 0)
        {
            return words.Length > 2 && words[1] == "-m" ? Mentioned(words[2], _manifestText.Contains(words[2], StringComparison.Ordinal), "a Python project file") : CommandVerdict.Ok;
        }

        if (!_files.Contains("manage.py"))
        {
            return new CommandVerdict(false, "the repository has no manage.py");
        }

        var sub = words.ElementAtOrDefault(manage + 1);
        return sub is null || DjangoCommands.Contains(sub) || _files.Contains(sub + ".py")
            ? CommandVerdict.Ok
            : new CommandVerdict(false, $"`{sub}` is neither a Django command nor a management command of the repository", EditDistance.Closest(sub, DjangoCommands, 2) is { } c ? $"python manage.py {c}" : null);
    }

    private CommandVerdict Mentioned(string tool, bool present, string where) =>
        present || _known.Any(k => k.Contains(tool, StringComparison.Ordinal))
            ? CommandVerdict.Ok
            : new CommandVerdict(false, $"`{tool}` does not appear in {where}, scripts or CI");
}
