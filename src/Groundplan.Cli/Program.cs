namespace Groundplan.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) =>
        GroundplanApp.RunAsync(args, new CliContext(Console.Out, Console.Error, Environment.CurrentDirectory) { ProgressEnabled = !Console.IsErrorRedirected });
}
