namespace Groundplan.Plan.Inference;

/// <summary>The request words the offline engine knows, and what each means for the plan.</summary>
internal static class Lexicon
{
    /// <summary>Verbs that relate the actor to a target through a join model, and that model's name.</summary>
    public static readonly IReadOnlyDictionary<string, string> RelationVerbs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bookmark"] = "bookmark", ["favorite"] = "favorite", ["favourite"] = "favorite", ["like"] = "like", ["star"] = "star",
        ["follow"] = "follow", ["subscribe"] = "subscription", ["upvote"] = "vote", ["vote"] = "vote", ["pin"] = "pin", ["watch"] = "watch",
    };

    /// <summary>Verbs that set a state on a target, and the field that records it.</summary>
    public static readonly IReadOnlyDictionary<string, (string Field, string Type)> FlagVerbs = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["archive"] = ("archived at", "datetime"), ["unarchive"] = ("archived at", "datetime"), ["hide"] = ("hidden", "bool"),
        ["lock"] = ("locked", "bool"), ["pause"] = ("paused", "bool"), ["resume"] = ("paused", "bool"), ["feature"] = ("featured", "bool"),
        ["disable"] = ("disabled", "bool"), ["enable"] = ("disabled", "bool"), ["approve"] = ("approved at", "datetime"),
    };

    public static readonly IReadOnlyDictionary<string, Operation> OperationWords = new Dictionary<string, Operation>(StringComparer.Ordinal)
    {
        ["export"] = Operation.Export, ["csv"] = Operation.Export, ["download"] = Operation.Export,
        ["throttle"] = Operation.RateLimit, ["lockout"] = Operation.RateLimit, ["brute"] = Operation.RateLimit,
        ["notify"] = Operation.Notify, ["notification"] = Operation.Notify, ["email"] = Operation.Notify, ["webhook"] = Operation.Notify, ["alert"] = Operation.Notify,
        ["setting"] = Operation.Setting, ["configure"] = Operation.Setting, ["configuration"] = Operation.Setting, ["preference"] = Operation.Setting, ["option"] = Operation.Setting,
        ["filter"] = Operation.Filter, ["search"] = Operation.Filter, ["sort"] = Operation.Filter,
        ["delete"] = Operation.Delete, ["remove"] = Operation.Delete,
        ["edit"] = Operation.Update, ["update"] = Operation.Update, ["rename"] = Operation.Update, ["change"] = Operation.Update,
        ["list"] = Operation.List, ["show"] = Operation.List, ["view"] = Operation.List, ["page"] = Operation.List, ["history"] = Operation.List, ["dashboard"] = Operation.List, ["display"] = Operation.List,
        ["add"] = Operation.Create, ["create"] = Operation.Create, ["new"] = Operation.Create,
    };

    /// <summary>Which operation names the feature when several are present: the most specific first.</summary>
    public static readonly IReadOnlyList<Operation> Precedence =
    [
        Operation.RateLimit, Operation.Toggle, Operation.Export, Operation.Flag, Operation.Notify, Operation.Setting,
        Operation.Filter, Operation.Delete, Operation.Update, Operation.Create, Operation.List,
    ];

    /// <summary>Words that never name an entity or a field.</summary>
    public static readonly IReadOnlySet<string> NotNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "to", "for", "on", "in", "of", "from", "with", "and", "or", "by", "their", "my", "our", "your", "its", "each", "all", "any",
        "let", "allow", "users", "user", "support", "ability", "able", "can", "new", "add", "create", "when", "so", "that", "be", "is", "are",
        "button", "option", "page", "list", "view", "csv", "export", "filter", "search", "setting", "settings", "rate", "limit", "login",
        "attempts", "attempt", "per", "via", "into", "own", "them", "it", "this", "one", "click", "ui", "api", "endpoint",
    };

    public static readonly IReadOnlySet<string> Prepositions = new HashSet<string>(StringComparer.Ordinal)
    {
        "to", "for", "on", "in", "of", "from", "with", "by", "per", "via", "into", "when", "so", "that", "and",
    };

    public static readonly IReadOnlySet<string> ActorNames = new HashSet<string>(StringComparer.Ordinal) { "user", "account", "member" };
}
