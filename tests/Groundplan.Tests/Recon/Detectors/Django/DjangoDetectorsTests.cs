using Groundplan.Ingest;
using Groundplan.Recon;
using Groundplan.Recon.Detectors.Django;
using Groundplan.Tests.Recon.Detectors.Rails;

namespace Groundplan.Tests.Recon.Detectors.Django;

public sealed class DjangoDetectorsTests
{
    private static readonly IDetector[] Detectors =
        [new DjangoAuthDetector(), new DjangoCacheDetector(), new DjangoDataDetector(), new DjangoStackDetector(), new DjangoTestDetector()];

    [Fact]
    public void Detect_DjangoFixture_ReportsEveryExpectedFactWithEvidence()
    {
        // Given the django-app fixture and its committed expected facts
        var expected = FactLines.Expected("Django", "DjangoProject.expected.txt");

        // When the Django detectors run
        var actual = FactLines.Of(Path.Combine(TestPaths.Fixtures, "recon", "django-app"), Detectors);

        // Then they report exactly those facts
        FactLines.AssertSame(expected, actual);
    }

    [Fact]
    public void Detect_NextJsSample_ContributesNothing()
    {
        Assert.Empty(FactLines.OfNextJsSample(Detectors));
    }

    [Fact]
    public void Detect_RailsFixture_ContributesNothing()
    {
        var actual = FactLines.Of(Path.Combine(TestPaths.Fixtures, "recon", "rails-app"), Detectors);

        Assert.Empty(actual);
    }

    [Fact]
    public void Detect_TestCaseProjectWithNothingDocumented_FlagsManagePyCommandsAsFrameworkDefault()
    {
        // Given a requirements.txt Django project with an app tests.py using TestCase and no documented commands
        using var dir = new TempDirectory();
        dir.Write("requirements.txt", "Django==4.2.16\npsycopg[binary]==3.2.3\n");
        dir.Write("shop/models.py", "from django.db import models\n\n\nclass Order(models.Model):\n    ref = models.CharField(max_length=12)\n    buyer = models.ForeignKey(\"auth.User\", on_delete=models.CASCADE)\n\n    class Meta:\n        ordering = [\"ref\"]\n");
        dir.Write("shop/tests.py", "from django.test import TestCase\n\n\nclass OrderTests(TestCase):\n    pass\n");
        var codebase = new CodebaseLoader().Load(dir.Path);

        // When the data and test detectors run
        var facts = new ReconEngine([new DjangoDataDetector(), new DjangoTestDetector()]).Run(codebase).Facts
            .Where(f => f.Detector.StartsWith("django.", StringComparison.Ordinal)).Select(FactLines.Line);

        // Then the model, TestCase and the flagged manage.py commands are reported, resting on the Django requirement
        Assert.Equal(
            [
                "data-layer | django-orm | Django ORM | Found | shop/models.py:4",
                "migration-command | apply | python manage.py migrate | FrameworkDefault | requirements.txt:1",
                "migration-command | create | python manage.py makemigrations | FrameworkDefault | requirements.txt:1",
                "model | Order | fields ref:CharField; buyer ForeignKey auth.User | Found | shop/models.py:4",
                "test-command | unit | python manage.py test | FrameworkDefault | requirements.txt:1",
                "test-framework | unit | Django TestCase | Found | shop/tests.py:4",
                "test-location | shop/tests.py | tests module | Found | shop/tests.py:1",
            ],
            facts);
    }

    [Fact]
    public void Detect_PythonProjectWithoutDjango_ContributesNothing()
    {
        using var dir = new TempDirectory();
        dir.Write("pyproject.toml", "[project]\nname = \"tool\"\ndependencies = [\"flask>=3.0\", \"django-environ>=0.11\"]\n");
        dir.Write("tests/test_app.py", "def test_ok():\n    assert True\n");

        var actual = FactLines.Of(dir.Path, Detectors);

        Assert.Empty(actual);
    }
}
