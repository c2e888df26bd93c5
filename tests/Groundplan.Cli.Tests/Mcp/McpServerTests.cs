using ModelContextProtocol.Protocol;

namespace Groundplan.Cli.Tests.Mcp;

public sealed class McpServerTests(McpServerFixture server) : IClassFixture<McpServerFixture>
{
    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));

    private Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?> args)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return server.Client.CallToolAsync(tool, args, cancellationToken: timeout.Token).AsTask();
    }

    [Fact]
    public async Task ListTools_TheFiveVerbs_WithDescribedInputs()
    {
        // When the client lists the tools
        var tools = await server.Client.ListToolsAsync();

        // Then the five verbs are there, each described, each taking a described repository path
        Assert.Equal(["context", "lint", "pack", "plan", "recon"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        foreach (var tool in tools)
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.Description), tool.Name);
            var repo = tool.JsonSchema.GetProperty("properties").GetProperty("repo");
            Assert.False(string.IsNullOrWhiteSpace(repo.GetProperty("description").GetString()), tool.Name);
            Assert.Contains("repo", tool.JsonSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
            Assert.False(tool.JsonSchema.GetProperty("properties").TryGetProperty("progress", out _), tool.Name);
        }
    }

    [Fact]
    public async Task Recon_RepositoryInsideRoot_ReturnsTheSnapshotWithEvidence()
    {
        // When recon is called on the repository inside the root
        var result = await CallAsync("recon", new() { ["repo"] = server.Repo });

        // Then it is the recon verb's Markdown, with the test framework and its evidence
        Assert.NotEqual(true, result.IsError);
        Assert.Contains("vitest ^2.0.0", Text(result), StringComparison.Ordinal);
        Assert.Contains("package.json:1", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recon_RelativePath_IsTakenFromTheRoot()
    {
        // When the repository is named relative to the root
        var result = await CallAsync("recon", new() { ["repo"] = "app", ["json"] = true });

        // Then it is found there
        Assert.NotEqual(true, result.IsError);
        Assert.Contains("\"schema\"", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recon_PathOutsideRoot_IsRefusedAsToolError()
    {
        // When a path outside the root is asked for, directly and through ".."
        var direct = await CallAsync("recon", new() { ["repo"] = server.Outside });
        var climbing = await CallAsync("recon", new() { ["repo"] = "../outside" });

        // Then both are tool errors naming the roots, and nothing was read
        Assert.Equal((true, true), (direct.IsError, climbing.IsError));
        Assert.Contains("outside the roots", Text(direct), StringComparison.Ordinal);
        Assert.Contains("outside the roots", Text(climbing), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recon_SymlinkLeavingRoot_IsRefused()
    {
        // Given a link inside the root that points outside it
        var link = Path.Combine(server.Root, "escape");
        if (!Directory.Exists(link))
        {
            Directory.CreateSymbolicLink(link, server.Outside);
        }

        // When recon is called through the link
        var result = await CallAsync("recon", new() { ["repo"] = "escape" });

        // Then it is refused
        Assert.True(result.IsError);
        Assert.Contains("symbolic link", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recon_MissingRepository_IsTheCliOneLineError()
    {
        // When the repository does not exist
        var result = await CallAsync("recon", new() { ["repo"] = "nope" });

        // Then the tool error is the CLI's one-line message naming the path
        Assert.True(result.IsError);
        var text = Text(result);
        Assert.StartsWith("groundplan: error:", text, StringComparison.Ordinal);
        Assert.Contains("nope", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_OutputInsideRoot_WritesItAndReturnsTheSummary()
    {
        // When the pack is written inside the root
        var output = Path.Combine(server.Root, "pack.xml");
        var result = await CallAsync("pack", new() { ["repo"] = "app", ["output"] = output });

        // Then the file exists and the summary names it
        Assert.NotEqual(true, result.IsError);
        Assert.Contains("<file path=\"src/users.ts\">", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
        Assert.Contains("Packed 2 files", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_OutputOutsideRoot_IsRefusedAndNothingIsWritten()
    {
        // When the pack's output is outside the root
        var output = Path.Combine(server.Outside, "stolen.xml");
        var result = await CallAsync("pack", new() { ["repo"] = "app", ["output"] = output });

        // Then it is refused and no file appears
        Assert.True(result.IsError);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Pack_BadStyle_IsToolErrorNotACrash()
    {
        // When an unknown style is asked for
        var result = await CallAsync("pack", new() { ["repo"] = "app", ["style"] = "yaml" });

        // Then the verb's own error comes back and the server keeps serving
        Assert.True(result.IsError);
        Assert.Contains("yaml", Text(result), StringComparison.Ordinal);
        var again = await CallAsync("pack", new() { ["repo"] = "app" });
        Assert.NotEqual(true, again.IsError);
    }

    [Fact]
    public async Task Context_Request_RanksTheMatchingFileWithReasons()
    {
        // When the ranked context for a request about users is asked for
        var result = await CallAsync("context", new() { ["repo"] = "app", ["request"] = "find a user by id" });

        // Then the ranking is the context verb's JSON, with the users module first and its reasons
        Assert.NotEqual(true, result.IsError);
        using var json = System.Text.Json.JsonDocument.Parse(Text(result));
        var first = json.RootElement.GetProperty("ranked_files")[0];
        Assert.Equal("src/users.ts", first.GetProperty("path").GetString());
        Assert.True(first.GetProperty("reasons").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Plan_ToFileInsideRoot_ReturnsThePlanAndWhereItWrote()
    {
        // When a checklist plan is asked for, written inside the root
        var output = Path.Combine(server.Root, "users-plan.md");
        var result = await CallAsync("plan", new() { ["repo"] = "app", ["request"] = "Let users find a user by id", ["format"] = "checklist", ["out"] = output, ["force"] = true });

        // Then the text is the checklist, and the file holds the same plan
        Assert.NotEqual(true, result.IsError);
        var text = Text(result);
        Assert.StartsWith($"wrote {output}", text, StringComparison.Ordinal);
        Assert.Contains("### Implementation Plan:", text, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(output), text[(text.IndexOf('\n', StringComparison.Ordinal) + 2)..]);
    }

    [Fact]
    public async Task Lint_PlanWithInventedPath_FindingsAsStructuredContent()
    {
        // Given a checklist that names a file the repository does not have
        var plan = Path.Combine(server.Root, "bad-plan.md");
        await File.WriteAllTextAsync(plan, "### Implementation Plan: Users\n\nFind users.\n\n#### Phase 1: Data Layer & Schema\n\n-   [ ] **1.1. Read users**\n    -   [ ] Open `src/userz.ts`.\n");

        // When it is linted
        var result = await CallAsync("lint", new() { ["plan"] = plan, ["repo"] = "app" });

        // Then the findings come back as data (not a tool error), naming the invented path
        Assert.NotEqual(true, result.IsError);
        Assert.NotNull(result.StructuredContent);
        Assert.Contains("src/userz.ts", result.StructuredContent!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("GP201", result.StructuredContent!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recon_LargeRepository_SendsProgressNotificationsThenTheResult()
    {
        // Given a repository of 400 modules inside the root
        var big = Path.Combine(server.Root, "big");
        for (var i = 0; i < 400; i++)
        {
            var file = Path.Combine(big, "src", $"module{i}.ts");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, $"import {{ helper }} from './module{(i + 1) % 400}';\nexport function run{i}() {{ return helper; }}\n");
        }

        // When recon is called with a progress token, and a handler that outlives the call collects the notifications
        var notes = new List<string>();
        await using var handler = server.Client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
        {
            var value = notification.Params!;
            if ((string?)value["progressToken"] == "large-recon")
            {
                lock (notes)
                {
                    notes.Add((string?)value["message"] ?? "");
                }
            }

            return ValueTask.CompletedTask;
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var call = new CallToolRequestParams
        {
            Name = "recon",
            Arguments = new Dictionary<string, System.Text.Json.JsonElement> { ["repo"] = System.Text.Json.JsonSerializer.SerializeToElement(big) },
            Meta = new System.Text.Json.Nodes.JsonObject { ["progressToken"] = "large-recon" },
        };
        var result = await server.Client.CallToolAsync(call, timeout.Token);

        // Then the verb's two stages arrived as notifications before the result, and the snapshot is the result
        Assert.NotEqual(true, result.IsError);
        Assert.Contains("400 files", Text(result), StringComparison.Ordinal);
        for (var i = 0; i < 100 && Volatile.Read(ref notes).Count < 2; i++)
        {
            // The client runs notification handlers on its own schedule, possibly after the result is in.
            await Task.Delay(50);
        }

        lock (notes)
        {
            // (the client dispatches notifications concurrently, so their order is not kept)
            Assert.Equal(2, notes.Count);
            Assert.Single(notes, n => n.StartsWith("reading ", StringComparison.Ordinal));
            Assert.Single(notes, n => n == "analysing 400 files");
        }
    }
}
