namespace Groundplan.Model.Recon;

/// <summary>What a code symbol defines.</summary>
public enum SymbolKind
{
    /// <summary>A class.</summary>
    Class,

    /// <summary>A struct or record struct.</summary>
    Struct,

    /// <summary>An interface or protocol.</summary>
    Interface,

    /// <summary>A type alias or named type.</summary>
    Type,

    /// <summary>An enumeration.</summary>
    Enum,

    /// <summary>A free function.</summary>
    Function,

    /// <summary>A method of a class, struct or module.</summary>
    Method,

    /// <summary>A constant or top-level immutable binding.</summary>
    Constant,

    /// <summary>A top-level variable or field.</summary>
    Variable,

    /// <summary>A UI component (React/Vue/Svelte component, Razor component).</summary>
    Component,

    /// <summary>A module or namespace (Ruby module, Python module-level class container).</summary>
    Module,

    /// <summary>An HTTP route (name: "METHOD /path").</summary>
    Route,
}
