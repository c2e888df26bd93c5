namespace Groundplan.Model.Plans;

/// <summary>The seeds' four phases, in their required order; <see cref="Other"/> for blueprint phases named freely.</summary>
public enum PhaseKind
{
    /// <summary>Data Layer &amp; Schema.</summary>
    DataLayer,

    /// <summary>Backend Logic.</summary>
    Backend,

    /// <summary>Frontend Implementation.</summary>
    Frontend,

    /// <summary>Testing and Validation.</summary>
    Testing,

    /// <summary>A phase outside the four standard ones.</summary>
    Other,
}
