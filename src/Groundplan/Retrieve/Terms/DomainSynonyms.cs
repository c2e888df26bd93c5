namespace Groundplan.Retrieve.Terms;

/// <summary>
/// Words people use interchangeably for the same feature. Groups are written as plain words and stemmed on load,
/// so each entry matches every inflection.
/// </summary>
internal static class DomainSynonyms
{
    private static readonly string[][] Groups =
    [
        ["delete", "remove", "destroy", "erase", "trash", "discard"],
        ["user", "account", "member", "profile"],
        ["setting", "config", "configuration", "preference", "setup"],
        ["login", "signin", "auth", "authentication", "session", "password"],
        ["signup", "register", "registration", "invite", "invitation"],
        ["email", "mail", "mailer", "smtp"],
        ["filter", "search", "query", "criteria"],
        ["tag", "label"],
        ["image", "picture", "photo", "avatar", "thumbnail", "cover"],
        ["show", "display", "view", "render"],
        ["edit", "update", "modify", "change"],
        ["list", "index", "table"],
        ["notification", "notify", "alert", "channel", "integration"],
        ["schedule", "cron", "job", "task"],
        ["upload", "attachment", "resource", "storage"],
        ["webhook", "hook", "callback"],
        ["theme", "appearance", "dark", "color"],
        ["visibility", "visible", "public", "private", "hidden"],
        ["comment", "note", "memo"],
        ["date", "time", "period", "range"],
        ["ip", "address", "host", "bind", "listen"],
        ["backup", "export", "dump"],
        ["import", "csv"],
        ["disable", "enable", "toggle", "switch"],
        ["currency", "money", "price", "amount"],
        ["sync", "synchronize", "refresh"],
        ["token", "secret", "key", "credential"],
        ["metric", "stat", "statistic", "analytics"],
        ["url", "link", "path", "route"],
        ["api", "endpoint"],
        ["server", "system", "admin", "instance", "workspace", "global"],
        ["read", "reader", "reading"],
        ["progress", "reading"],
        ["priority", "level"],
        ["topic", "subject"],
    ];

    private static readonly Lazy<Dictionary<string, string[]>> ByStem = new(Build);

    /// <summary>The stems that mean the same as <paramref name="stem"/>, excluding itself; empty when none.</summary>
    public static IReadOnlyList<string> Of(string stem) => ByStem.Value.GetValueOrDefault(stem) ?? [];

    private static Dictionary<string, string[]> Build()
    {
        var sets = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var stems = group.Select(Stemmer.Stem).ToArray();
            foreach (var stem in stems)
            {
                if (!sets.TryGetValue(stem, out var set))
                {
                    sets[stem] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                foreach (var other in stems)
                {
                    if (other != stem)
                    {
                        set.Add(other);
                    }
                }
            }
        }

        return sets.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
