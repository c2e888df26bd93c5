using Groundplan.Llm.Providers;
using Groundplan.Llm.Tests.Loopback;
using Microsoft.Extensions.AI;

namespace Groundplan.Llm.Tests.Providers;

public sealed class ProviderWireTests
{
    [Theory]
    [InlineData(LlmProvider.OpenAi)]
    [InlineData(LlmProvider.Anthropic)]
    public async Task GetResponseAsync_GoodServer_ReturnsTextAndRecordsUsage(LlmProvider provider)
    {
        // Given a server that answers "hello there"
        await using var server = await LoopbackModelServer.StartAsync("hello there");
        var usage = new LlmUsage();
        using var client = TestClients.Create(TestClients.Options(server, provider), usage);

        // When one turn is sent
        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.System, "be brief"), new ChatMessage(ChatRole.User, "hi")]);

        // Then the text, the request count and the server's token counts come back
        Assert.Equal("hello there", response.Text);
        Assert.Equal(1, usage.Requests);
        Assert.True(usage.InputTokens > 0);
        Assert.Equal(2, usage.OutputTokens);
        var request = Assert.Single(server.Requests);
        Assert.Equal("be brief", request.System);
        Assert.Equal("hi", request.LastUserText);
    }

    [Theory]
    [InlineData(LlmProvider.OpenAi, "authorization", "Bearer " + TestClients.OpenAiKey)]
    [InlineData(LlmProvider.Anthropic, "authorization", "Bearer " + TestClients.AnthropicKey)]
    public async Task GetStreamingResponseAsync_GoodServer_StreamsWholeTextWithKeyHeader(LlmProvider provider, string header, string expected)
    {
        // Given a server with a long reply
        var reply = string.Concat(Enumerable.Range(0, 30).Select(i => $"line {i} of the plan\n"));
        await using var server = await LoopbackModelServer.StartAsync(reply);
        var usage = new LlmUsage();
        var progress = new List<LlmProgress>();
        using var client = TestClients.Create(TestClients.Options(server, provider), usage);
        var chat = new StreamingChat(client, new ChatOptions { MaxOutputTokens = 100 }, 2, new SyncProgress<LlmProgress>(progress.Add));

        // When it is streamed
        var text = await chat.SendAsync([new ChatMessage(ChatRole.User, "plan it")], "draft", CancellationToken.None);

        // Then every chunk arrived, progress was reported, the key went in the provider's header, and usage was counted
        Assert.Equal(reply, text);
        Assert.Contains(progress, p => p.Stage == "draft" && p.ReplyCharacters == reply.Length);
        var request = Assert.Single(server.Requests);
        Assert.True(request.Stream);
        Assert.Equal(expected, request.Headers[header]);
        Assert.True(usage.OutputTokens > 0);
    }
}
