using Groundplan.Llm.Providers;
using Groundplan.Llm.Tests.Loopback;
using Microsoft.Extensions.AI;

namespace Groundplan.Llm.Tests.Providers;

public sealed class ProviderFailureTests
{
    private static readonly ChatMessage[] Turn = [new(ChatRole.User, "plan it")];

    [Theory]
    [InlineData(LlmProvider.OpenAi)]
    [InlineData(LlmProvider.Anthropic)]
    public async Task SendAsync_429ThenSuccess_RetriesAfterTheServersDelay(LlmProvider provider)
    {
        // Given a server that rate-limits the first request with Retry-After: 7
        await using var server = await LoopbackModelServer.StartAsync((i, _) => i == 0 ? new ScriptedReply.Failure(429, "7") : new ScriptedReply.Text("done"));
        var usage = new LlmUsage();
        var time = new InstantTimeProvider();
        var notices = new List<LlmProgress>();
        using var client = TestClients.Create(TestClients.Options(server, provider), usage, new SyncProgress<LlmProgress>(notices.Add), time);

        // When a turn is sent
        var text = await new StreamingChat(client, new ChatOptions(), 3, null).SendAsync(Turn, "draft", CancellationToken.None);

        // Then it succeeded on the second request, having waited the 7 seconds the server asked for
        Assert.Equal("done", text);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal((2, 1), (usage.Requests, usage.Retries));
        Assert.Contains(TimeSpan.FromSeconds(7), time.Delays);
        Assert.Contains(notices, n => n.Notice!.StartsWith("HTTP 429 from the model's server; retry 1 of 3 in 7 s", StringComparison.Ordinal));
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
    }

    [Theory]
    [InlineData(LlmProvider.OpenAi)]
    [InlineData(LlmProvider.Anthropic)]
    public async Task SendAsync_500sUntilRetriesRunOut_ThrowsOneLineErrorAfterBackoff(LlmProvider provider)
    {
        // Given a server that always fails with 500
        await using var server = await LoopbackModelServer.StartAsync((_, _) => new ScriptedReply.Failure(500));
        var usage = new LlmUsage();
        var time = new InstantTimeProvider();
        using var client = TestClients.Create(TestClients.Options(server, provider), usage, null, time);

        // When a turn is sent
        var error = await Assert.ThrowsAsync<GroundplanException>(() => new StreamingChat(client, new ChatOptions(), 3, null).SendAsync(Turn, "draft", CancellationToken.None));

        // Then 1 + 3 requests were made with exponential back-off, and the message says what happened
        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(4, usage.Requests);
        Assert.Equal([TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(40)], time.Delays);
        Assert.StartsWith("the model's server kept failing (HTTP 500) after 3 retries", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData(LlmProvider.OpenAi)]
    [InlineData(LlmProvider.Anthropic)]
    public async Task SendAsync_StreamCutMidway_AsksAgainAndUsesOnlyTheWholeReply(LlmProvider provider)
    {
        // Given a server whose first stream drops after part of the reply
        var reply = string.Concat(Enumerable.Range(0, 20).Select(i => $"step {i}\n"));
        await using var server = await LoopbackModelServer.StartAsync((i, _) => i == 0 ? new ScriptedReply.CutStream(reply[..50]) : new ScriptedReply.Text(reply));
        var notices = new List<LlmProgress>();
        var progress = new SyncProgress<LlmProgress>(notices.Add);
        using var client = TestClients.Create(TestClients.Options(server, provider), new LlmUsage(), progress);

        // When a turn is streamed
        var text = await new StreamingChat(client, new ChatOptions(), 3, progress).SendAsync(Turn, "draft", CancellationToken.None);

        // Then the cut reply was thrown away and the second, whole one returned
        Assert.Equal(reply, text);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains(notices, n => n.Notice is { } notice && (notice.Contains("retry 1 of 3", StringComparison.Ordinal) || notice.Contains("asking again (1 of 3)", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(LlmProvider.OpenAi)]
    [InlineData(LlmProvider.Anthropic)]
    public async Task SendAsync_StreamAlwaysCut_ThrowsAfterRetries(LlmProvider provider)
    {
        // Given a server whose streams always drop
        await using var server = await LoopbackModelServer.StartAsync((_, _) => new ScriptedReply.CutStream("partial"));
        using var client = TestClients.Create(TestClients.Options(server, provider), new LlmUsage());

        // When a turn is streamed
        var error = await Assert.ThrowsAsync<GroundplanException>(() => new StreamingChat(client, new ChatOptions(), 2, null).SendAsync(Turn, "draft", CancellationToken.None));

        // Then the stream (not the HTTP layer, which saw a 200) was asked again twice, then it gave up with a clear message
        Assert.Equal(3, server.Requests.Count);
        Assert.Matches("^the (connection to the model broke|model's reply stream ended before the reply was complete)", error.Message);
    }

    [Theory]
    [InlineData(LlmProvider.OpenAi)]
    [InlineData(LlmProvider.Anthropic)]
    public async Task SendAsync_ServerHangs_TimesOutWithOneLineError(LlmProvider provider)
    {
        // Given a server that takes a minute and a client that waits 300 ms
        await using var server = await LoopbackModelServer.StartAsync((_, _) => new ScriptedReply.Hang(TimeSpan.FromMinutes(1)));
        var options = TestClients.Options(server, provider) with { Timeout = TimeSpan.FromMilliseconds(300) };
        using var client = TestClients.Create(options, new LlmUsage());

        // When a turn is sent
        var started = System.Diagnostics.Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<GroundplanException>(() => new StreamingChat(client, new ChatOptions(), 3, null).SendAsync(Turn, "draft", CancellationToken.None));

        // Then it stops waiting at the timeout, without retrying a timed-out request
        Assert.Equal("the model did not answer within 0.3 s (" + options.Endpoint + ")", error.Message);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10));

        // (a retry would arrive at once; the one request may have been dropped before the server read its body)
        await Task.Delay(500);
        Assert.InRange(server.Arrivals, 0, 1);
    }

    [Theory]
    [InlineData(LlmProvider.OpenAi, "OPENAI_API_KEY")]
    [InlineData(LlmProvider.Anthropic, "ANTHROPIC_API_KEY")]
    public async Task Create_KeyMissing_ThrowsBeforeAnyRequest(LlmProvider provider, string variable)
    {
        // Given a server and an environment without the key (and no config file)
        await using var server = await LoopbackModelServer.StartAsync("never");
        using var home = new TempDirectory();
        var keys = new ApiKeyResolver(name => name == "HOME" ? home.Path : null);

        // When the client is created
        var error = Assert.Throws<GroundplanException>(() => ChatClientFactory.Create(TestClients.Options(server, provider), keys, new LlmUsage()));

        // Then the error names the variable and the config file, and nothing was sent
        Assert.StartsWith($"no API key: set {variable} or add", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(home.Path, ".config", "groundplan", "llm.json"), error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void Resolve_KeyInConfigFile_ReadsIt()
    {
        // Given a config file with an anthropic key and no environment variable
        using var home = new TempDirectory();
        var config = home.Write("llm.json", """{"anthropic": {"apiKey": "sk-ant-from-file"}}""");
        var keys = new ApiKeyResolver(name => name == "GROUNDPLAN_CONFIG" ? config : null);

        // When / Then
        Assert.Equal("sk-ant-from-file", keys.Resolve(LlmProvider.Anthropic));
    }

    [Fact]
    public void Validate_NoModel_NamesTheOption()
    {
        // Given options without a model
        var options = new LlmClientOptions { Provider = LlmProvider.OpenAi, Model = " ", Timeout = TimeSpan.Zero };

        // When / Then: every problem is listed at once
        Assert.Equal(["no model given (use --model, e.g. --model gpt-4.1 or --model claude-sonnet-4-5)", "the timeout must be positive"], options.Validate());
    }
}
