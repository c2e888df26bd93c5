namespace Groundplan.Model.Plans;

/// <summary>What a plan does to a file.</summary>
public enum ChangeType
{
    /// <summary>The file exists and is modified.</summary>
    Edit,

    /// <summary>The file does not exist yet and is created.</summary>
    New,

    /// <summary>The file exists and is removed.</summary>
    Delete,
}
