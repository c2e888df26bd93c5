using ModelContextProtocol.Client;

namespace Groundplan.Cli.Tests.Mcp;

/// <summary>
/// One real <c>groundplan mcp</c> process for the class, talked to with the SDK's own client over stdio. Its root is a
/// temp folder holding a small repository, with a sibling folder outside the root to try to reach.
/// </summary>
public sealed class McpServerFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    public string Root => Path.Combine(_dir.Path, "root");

    public string Outside => Path.Combine(_dir.Path, "outside");

    public string Repo => Path.Combine(Root, "app");

    public McpClient Client { get; private set; } = null!;

    public List<string> StandardError { get; } = [];

    public async Task InitializeAsync()
    {
        _dir.Write("root/app/package.json", "{\"name\":\"app\",\"scripts\":{\"test\":\"vitest run\"},\"devDependencies\":{\"vitest\":\"^2.0.0\"}}\n");
        _dir.Write("root/app/src/users.ts", "export function findUser(id: string) {\n  return id;\n}\n");
        _dir.Write("outside/secret.ts", "export const token = 1;\n");
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "groundplan",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "Groundplan.Cli.dll"), "mcp", "--root", Root],
            WorkingDirectory = _dir.Path,
            StandardErrorLines = line =>
            {
                lock (StandardError)
                {
                    StandardError.Add(line);
                }
            },
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Client = await McpClient.CreateAsync(transport, cancellationToken: timeout.Token);
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        _dir.Dispose();
    }
}
