using Groundplan.Model.Recon;

namespace Groundplan.Plan.Inference;

/// <summary>Works out from a request which models it touches, what it adds to them and which operations it needs.</summary>
internal static class FeatureInference
{
    public static Feature Infer(string request, ReconReport recon)
    {
        var words = Words.Split(request);
        var models = Models(recon);
        var actor = models.FirstOrDefault(m => m.Key == "user").Model ?? models.FirstOrDefault(m => Lexicon.ActorNames.Contains(m.Key)).Model;
        var targets = MatchTargets(words, models, actor);
        var operations = DetectOperations(request, words);
        var primary = Lexicon.Precedence.First(operations.Contains);

        EntityRef? newEntity = null;
        var fields = new List<NewField>();
        string nameWords;
        string action;
        var subject = targets.FirstOrDefault();
        switch (primary)
        {
            case Operation.Toggle:
                var verb = words.First(Lexicon.RelationVerbs.ContainsKey);
                nameWords = Lexicon.RelationVerbs[verb];
                newEntity = new EntityRef(Words.Pascal(nameWords), null);
                fields.Add(new NewField("id", "id"));
                // Without a user model the join keys on the authenticated user's id from the session or token.
                fields.Add(actor is null ? new NewField("user id", "string") : new NewField(Words.Singular(Words.Split(actor.Name)[^1]), "ref", RefersTo: actor.Name));

                if (subject is not null)
                {
                    fields.Add(new NewField(Words.Singular(Words.Split(subject.Name)[^1]), "ref", RefersTo: subject.Name));
                }

                fields.Add(new NewField("created at", "datetime"));
                action = "toggle " + nameWords;
                break;
            case Operation.Flag:
                var flag = words.First(Lexicon.FlagVerbs.ContainsKey);
                var (field, type) = Lexicon.FlagVerbs[flag];
                fields.Add(new NewField(field, type, Optional: type == "datetime"));
                nameWords = flag + " " + SingularWords(subject);
                action = nameWords;
                break;
            case Operation.RateLimit:
                nameWords = words.Contains("login") || words.Contains("signin") ? "login attempt" : SingularWords(subject) + " attempt";
                action = "limit " + Words.Plural(nameWords);
                if (!recon.About(ReconTopic.Cache).Any(f => f.Name.Contains("redis", StringComparison.OrdinalIgnoreCase) || f.Value.Contains("redis", StringComparison.OrdinalIgnoreCase)))
                {
                    // Without a shared store, attempts must be counted in the database so every instance sees them.
                    newEntity = new EntityRef(Words.Pascal(nameWords), null);
                    fields.AddRange([new NewField("id", "id"), new NewField("identifier", "string"), new NewField("ip address", "string", Optional: true), new NewField("created at", "datetime")]);
                }

                break;
            case Operation.Export:
                nameWords = PluralWords(subject) + " export";
                action = "export " + PluralWords(subject);
                break;
            default:
                var noun = NewNoun(words, models);
                if (primary == Operation.Create && noun is { Plural: true } && subject is not null)
                {
                    nameWords = Words.Singular(noun.Value.Words);
                    newEntity = new EntityRef(Words.Pascal(nameWords), null);
                    fields.AddRange([new NewField("id", "id"), new NewField(Words.Singular(Words.Split(subject.Name)[^1]), "ref", RefersTo: subject.Name)]);
                    if (actor is not null && !ReferenceEquals(actor, subject))
                    {
                        fields.Add(new NewField(Words.Singular(Words.Split(actor.Name)[^1]), "ref", RefersTo: actor.Name));
                    }

                    fields.Add(new NewField("created at", "datetime"));
                    action = "create " + nameWords;
                }
                else if (primary == Operation.Create && noun is { Plural: false } && subject is not null)
                {
                    fields.Add(new NewField(noun.Value.Words, FieldType(noun.Value.Words), Optional: true));
                    nameWords = SingularWords(subject) + " " + noun.Value.Words;
                    action = "update " + nameWords;
                }
                else
                {
                    nameWords = primary == Operation.Setting ? SingularWords(subject) + " settings" : SingularWords(subject);
                    action = Verb(primary) + " " + (primary is Operation.List or Operation.Filter ? PluralWords(subject) : nameWords);
                }

                break;
        }

        var ops = new List<Operation> { primary };
        ops.AddRange(operations.Where(o => o != primary).Order());
        if (primary == Operation.Toggle && !ops.Contains(Operation.List))
        {
            ops.Add(Operation.List);
        }

        return new Feature
        {
            Title = TitleOf(request),
            Action = action,
            Operations = ops,
            Actor = actor,
            Targets = targets,
            NewEntity = newEntity,
            Fields = fields,
            NameWords = nameWords.Trim(),
        };
    }

    internal static string TitleOf(string request)
    {
        var line = request.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        line = line.TrimEnd('.', '!', ' ');
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = string.Join(' ', words.Take(10));
        return title.Length == 0 ? "Feature" : Words.Capitalize(title);
    }

    private static HashSet<Operation> DetectOperations(string request, IReadOnlyList<string> words)
    {
        var found = new HashSet<Operation>();
        var lower = request.ToLowerInvariant();
        if (lower.Contains("rate-limit", StringComparison.Ordinal) || lower.Contains("rate limit", StringComparison.Ordinal))
        {
            found.Add(Operation.RateLimit);
        }

        foreach (var word in words)
        {
            var single = Words.Singular(word);
            if (Lexicon.RelationVerbs.ContainsKey(word))
            {
                found.Add(Operation.Toggle);
            }
            else if (Lexicon.FlagVerbs.ContainsKey(word))
            {
                found.Add(Operation.Flag);
            }
            else if (Lexicon.OperationWords.TryGetValue(word, out var op) || Lexicon.OperationWords.TryGetValue(single, out op))
            {
                found.Add(op);
            }
        }

        if (found.Count == 0)
        {
            found.Add(Operation.Update);
        }

        return found;
    }

    private static List<EntityRef> MatchTargets(IReadOnlyList<string> words, IReadOnlyList<(string Key, EntityRef Model)> models, EntityRef? actor)
    {
        var targets = new List<EntityRef>();
        for (var i = 0; i < words.Count; i++)
        {
            // Two-word names first ("order items"), then single words.
            var two = i + 1 < words.Count ? words[i] + Words.Singular(words[i + 1]) : null;
            var match = models.FirstOrDefault(m => m.Key == two).Model ?? models.FirstOrDefault(m => m.Key == Words.Singular(words[i])).Model;
            if (match is not null && !targets.Contains(match) && !ReferenceEquals(match, actor))
            {
                targets.Add(match);
            }
        }

        return targets;
    }

    private static (string Words, bool Plural)? NewNoun(IReadOnlyList<string> words, IReadOnlyList<(string Key, EntityRef Model)> models)
    {
        var start = words.ToList().FindIndex(w => w is "add" or "create");
        if (start < 0)
        {
            return null;
        }

        var phrase = words.Skip(start + 1).TakeWhile(w => !Lexicon.Prepositions.Contains(w)).Where(w => w is not ("a" or "an" or "the" or "new")).ToList();
        if (phrase.Count == 0 || phrase.Count > 3 || phrase.Any(Lexicon.NotNouns.Contains) || phrase.Any(w => Lexicon.OperationWords.ContainsKey(w)))
        {
            return null;
        }

        var joined = string.Join(' ', phrase);
        if (models.Any(m => m.Key == Words.Key(joined)))
        {
            return null;
        }

        var last = phrase[^1];
        return (joined, Words.Singular(last) != last);
    }

    private static string FieldType(string words) =>
        words.EndsWith(" at", StringComparison.Ordinal) || words.Contains("date", StringComparison.Ordinal) ? "datetime"
        : words.StartsWith("is ", StringComparison.Ordinal) ? "bool"
        : words.Contains("count", StringComparison.Ordinal) || words.Contains("number", StringComparison.Ordinal) ? "int"
        : "string";

    private static string Verb(Operation op) => op switch
    {
        Operation.List => "list",
        Operation.Filter => "filter",
        Operation.Delete => "delete",
        Operation.Create => "create",
        Operation.Notify => "notify",
        _ => "update",
    };

    private static string SingularWords(EntityRef? entity) =>
        entity is null ? "feature" : string.Join(' ', Words.Split(entity.Singular));

    private static string PluralWords(EntityRef? entity) =>
        entity is null ? "records" : Words.Plural(SingularWords(entity));

    private static List<(string Key, EntityRef Model)> Models(ReconReport recon) =>
        recon.About(ReconTopic.Model)
            .Select(f => (Key: Words.Key(f.Name), Model: new EntityRef(f.Name, f)))
            .Where(m => m.Key.Length > 0)
            .ToList();
}
