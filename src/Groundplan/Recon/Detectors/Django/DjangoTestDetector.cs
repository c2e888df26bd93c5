using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Django;

/// <summary>pytest-django or Django's TestCase, where tests live, how they are named, conftest fixtures, factory_boy, and the test command.</summary>
internal sealed partial class DjangoTestDetector : IDetector
{
    private const int MaxExamples = 3;

    public string Id => "django.tests";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (DjangoProject.Find(context) is not { } project)
        {
            return [];
        }

        var tests = project.PythonFiles().Where(f => IsTestFile(f.Path)).ToArray();
        if (tests.Length == 0)
        {
            return [];
        }

        var facts = new List<ReconFact>();
        var pytest = project.Dependency("pytest-django");
        var testCase = project.First(tests, DjangoTestCase());
        if (pytest is not null)
        {
            facts.Add(project.Fact(ReconTopic.TestFramework, "unit", "pytest-django", Id, pytest, project.First(tests, DjangoDbMark())));
            facts.Add(project.Command(ReconTopic.TestCommand, "unit", PytestCommand(), "pytest", Id, pytest));
        }

        if (testCase is not null)
        {
            facts.Add(project.Fact(ReconTopic.TestFramework, "unit", "Django TestCase", Id, testCase));
            if (pytest is null)
            {
                facts.Add(project.Command(ReconTopic.TestCommand, "unit", ManageTest(), "python manage.py test", Id));
            }
        }

        foreach (var location in tests.GroupBy(f => Location(f.Path), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var value = location.Key.EndsWith('/') ? "test package" : "tests module";
            facts.Add(project.Fact(ReconTopic.TestLocation, location.Key, value, Id, context.At(location.First(), 1)));
        }

        var named = tests.Where(f => Path.GetFileName(f.Path).StartsWith("test_", StringComparison.Ordinal)).ToArray();
        if (named.Length > 0)
        {
            facts.Add(project.Fact(ReconTopic.TestNaming, "python", "test_<subject>.py", Id, named.Take(MaxExamples).Select(f => context.At(f, 1)).ToArray()));
        }

        foreach (var conftest in project.PythonFiles().Where(f => Path.GetFileName(f.Path) == "conftest.py"))
        {
            var fixture = context.FirstLine(conftest, l => l.TrimStart().StartsWith("@pytest.fixture", StringComparison.Ordinal)) ?? context.At(conftest, 1);
            facts.Add(project.Fact(ReconTopic.TestFixture, conftest.Path, "pytest fixtures", Id, fixture));
        }

        if (project.Dependency("factory-boy") is { } factoryBoy && project.First(tests.Concat(project.PythonFiles().Where(f => f.Path.EndsWith("factories.py", StringComparison.Ordinal))).Distinct(), Factory()) is { } factory)
        {
            facts.Add(project.Fact(ReconTopic.TestFixture, factory.Path, "factory_boy factories", Id, factory, factoryBoy));
        }

        return facts;
    }

    private static bool IsTestFile(string path)
    {
        var name = Path.GetFileName(path);
        return name == "tests.py" || (name.StartsWith("test_", StringComparison.Ordinal) && name.EndsWith(".py", StringComparison.Ordinal))
            || (name.EndsWith("_test.py", StringComparison.Ordinal) && !path.Contains("/migrations/", StringComparison.Ordinal));
    }

    // tests/test_x.py and app/tests/test_x.py live in a package; app/tests.py is a single module.
    private static string Location(string path)
    {
        var folder = path.LastIndexOf('/') is var slash && slash < 0 ? string.Empty : path[..(slash + 1)];
        return Path.GetFileName(path) == "tests.py" ? path : folder.Length == 0 ? "./" : folder;
    }

    [GeneratedRegex(@"^\s*class\s+\w+\((?:[\w.]+\.)?(?:TestCase|TransactionTestCase|SimpleTestCase|APITestCase|LiveServerTestCase)\)")]
    private static partial Regex DjangoTestCase();

    [GeneratedRegex(@"^\s*@pytest\.mark\.django_db\b")]
    private static partial Regex DjangoDbMark();

    [GeneratedRegex(@"(?:(?:uv run|poetry run|pipenv run|python -m)\s+)?pytest\b")]
    private static partial Regex PytestCommand();

    [GeneratedRegex(@"(?:(?:uv run|poetry run|pipenv run)\s+)?(?:python3?\s+(?:\./)?|\./)manage\.py\s+test\b")]
    private static partial Regex ManageTest();

    [GeneratedRegex(@"^\s*class\s+\w+\(\s*factory\.(?:django\.)?DjangoModelFactory\s*\)")]
    private static partial Regex Factory();
}
