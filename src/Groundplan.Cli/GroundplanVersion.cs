using System.Reflection;

namespace Groundplan.Cli;

/// <summary>The tool's version as <c>--version</c> prints it, without the source revision suffix.</summary>
internal static class GroundplanVersion
{
    public static string Text { get; } =
        (typeof(GroundplanVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
