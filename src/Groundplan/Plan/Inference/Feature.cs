namespace Groundplan.Plan.Inference;

/// <summary>What a request adds and changes, as the offline engine understood it.</summary>
internal sealed record Feature
{
    public required string Title { get; init; }

    /// <summary>The verb phrase a function name is built from, e.g. "toggle bookmark", "export invoices".</summary>
    public required string Action { get; init; }

    public required IReadOnlyList<Operation> Operations { get; init; }

    /// <summary>The model acting (the signed-in user's model), when the codebase has one.</summary>
    public EntityRef? Actor { get; init; }

    /// <summary>The existing models the request names, in request order.</summary>
    public IReadOnlyList<EntityRef> Targets { get; init; } = [];

    /// <summary>A model the feature creates (a join model, a new noun), or null.</summary>
    public EntityRef? NewEntity { get; init; }

    /// <summary>Fields added: to <see cref="NewEntity"/> when there is one, else to the first target.</summary>
    public IReadOnlyList<NewField> Fields { get; init; } = [];

    /// <summary>Whether the database changes at all.</summary>
    public bool ChangesSchema => NewEntity is not null || Fields.Count > 0;

    /// <summary>Whether the feature writes data (and so must invalidate caches).</summary>
    public bool Writes => Operations[0] is Operation.Create or Operation.Update or Operation.Delete or Operation.Toggle or Operation.Flag or Operation.RateLimit or Operation.Setting;

    /// <summary>The main entity the feature is about: the new one, else the first target.</summary>
    public EntityRef? Subject => NewEntity ?? Targets.FirstOrDefault();

    /// <summary>The words the feature's new names are made of, e.g. "bookmark", "invoice export", "login attempt".</summary>
    public required string NameWords { get; init; }
}
