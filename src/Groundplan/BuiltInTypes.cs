namespace Groundplan;

/// <summary>
/// The engine assembly's types, listed once per process. Built-in detectors, indexers and lint rules are found by type,
/// so adding one is adding a file; loading every type is a cold start's cost, and it should be paid once.
/// </summary>
internal static class BuiltInTypes
{
    private static readonly Lazy<Type[]> Types = new(() => typeof(BuiltInTypes).Assembly.GetTypes());

    /// <summary>The concrete classes assignable to <typeparamref name="T"/>, ordered by full name.</summary>
    public static IEnumerable<Type> Implementing<T>() =>
        Types.Value
            .Where(t => typeof(T).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
