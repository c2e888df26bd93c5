using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Django;

/// <summary>The Django ORM: one model fact per model with its fields and relations, the migrations folders and the migration commands.</summary>
internal sealed partial class DjangoDataDetector : IDetector
{
    public string Id => "django.data";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (DjangoProject.Find(context) is not { } project)
        {
            return [];
        }

        var facts = new List<ReconFact>();
        var modelFiles = project.PythonFiles().Where(f => f.Path.EndsWith("/models.py", StringComparison.Ordinal) || f.Path == "models.py"
            || f.Path.Contains("/models/", StringComparison.Ordinal)).ToArray();
        var models = modelFiles.SelectMany(f => Models(project, f)).ToArray();
        if (models.Length > 0)
        {
            facts.Add(project.Fact(ReconTopic.DataLayer, "django-orm", "Django ORM", Id, models[0].Evidence[0]));
            facts.AddRange(models);
        }

        foreach (var folder in project.PythonFiles(migrations: true).Where(f => f.Path.Contains("migrations/", StringComparison.Ordinal))
            .GroupBy(f => f.Path[..(f.Path.LastIndexOf("migrations/", StringComparison.Ordinal) + "migrations/".Length)], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var migrations = folder.Where(f => MigrationFile().IsMatch(f.Path[folder.Key.Length..])).ToArray();
            if (project.First(migrations, MigrationClass()) is { } first)
            {
                facts.Add(project.Fact(ReconTopic.Migrations, folder.Key, $"Django migrations ({migrations.Length})", Id, first));
            }
        }

        if (facts.Count > 0)
        {
            facts.Add(project.Command(ReconTopic.MigrationCommand, "apply", Apply(), "python manage.py migrate", Id));
            facts.Add(project.Command(ReconTopic.MigrationCommand, "create", Create(), "python manage.py makemigrations", Id));
        }

        return facts;
    }

    private IEnumerable<ReconFact> Models(DjangoProject project, SourceFile file)
    {
        var lines = project.Context.Lines(file);
        for (var i = 0; i < lines.Count; i++)
        {
            if (ModelClass().Match(lines[i]) is not { Success: true } model)
            {
                continue;
            }

            var start = i;
            var fields = new List<string>();
            var relations = new List<string>();
            for (i++; i < lines.Count && (lines[i].Length == 0 || char.IsWhiteSpace(lines[i][0])); i++)
            {
                // Only the class body's own level: fields of a nested Meta class or a method's locals are not model fields.
                if (Field().Match(lines[i]) is { Success: true } field)
                {
                    var kind = field.Groups[2].Value;
                    if (kind is "ForeignKey" or "OneToOneField" or "ManyToManyField")
                    {
                        relations.Add($"{field.Groups[1].Value} {kind} {field.Groups[3].Value.Trim('"', '\'')}");
                    }
                    else
                    {
                        fields.Add($"{field.Groups[1].Value}:{kind}");
                    }
                }
            }

            i--;
            var value = "fields " + (fields.Count == 0 ? "(none)" : string.Join(", ", fields)) + (relations.Count == 0 ? string.Empty : "; " + string.Join(", ", relations));
            yield return project.Fact(ReconTopic.Model, model.Groups[1].Value, value, Id, project.Context.At(file, start + 1));
        }
    }

    [GeneratedRegex(@"^class\s+(\w+)\((?:[\w.]+,\s*)*(?:models\.Model|AbstractUser|AbstractBaseUser|TimeStampedModel)\b")]
    private static partial Regex ModelClass();

    [GeneratedRegex(@"^    (\w+)\s*=\s*models\.(\w+)\(\s*([\w.""']+)?")]
    private static partial Regex Field();

    [GeneratedRegex(@"^\d{4}_\w+\.py$")]
    private static partial Regex MigrationFile();

    [GeneratedRegex(@"^class\s+Migration\(migrations\.Migration\)")]
    private static partial Regex MigrationClass();

    [GeneratedRegex(@"(?:(?:uv run|poetry run|pipenv run)\s+)?(?:python3?\s+(?:\./)?|\./)manage\.py\s+migrate\b")]
    private static partial Regex Apply();

    [GeneratedRegex(@"(?:(?:uv run|poetry run|pipenv run)\s+)?(?:python3?\s+(?:\./)?|\./)manage\.py\s+makemigrations\b")]
    private static partial Regex Create();
}
