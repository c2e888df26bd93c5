using Groundplan.Ingest;
using Groundplan.Model.Recon;
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
    public void Detect_ReadmeAndWorkflowDocumentManagePy_CitesThemInsteadOfTheDefaults()
    {
        // Given a Django project whose README shows ./manage.py migrate and whose CI workflow runs the tests
        using var dir = new TempDirectory();
        dir.Write("requirements.txt", "cronsim==2.6\ndjango==5.2.1\n");
        dir.Write("hc/api/models.py", "from django.db import models\n\n\nclass Check(models.Model):\n    name = models.CharField(max_length=100)\n");
        dir.Write("hc/api/tests/test_check_model.py", "from hc.test import BaseTestCase\nfrom django.test import TestCase\n\n\n"
            + "class CheckModelTestCase(TestCase):\n    pass\n");
        dir.Write("README.md", "* Create database tables and a superuser account:\n\n  ```sh\n  cd ~/webapps/healthchecks\n"
            + "  ./manage.py migrate\n  ./manage.py createsuperuser\n  ```\n");
        dir.Write(".github/workflows/tests.yml", "name: Django CI\njobs:\n  test:\n    steps:\n    - name: Run tests\n"
            + "      run: python manage.py test\n");
        var codebase = new CodebaseLoader().Load(dir.Path);

        // When the data and test detectors run
        var facts = new ReconEngine([new DjangoDataDetector(), new DjangoTestDetector()]).Run(codebase).Facts
            .Where(f => f.Topic is ReconTopic.MigrationCommand or ReconTopic.TestCommand).Select(FactLines.Line).Order(StringComparer.Ordinal);

        // Then migrate is the README's line, the test command the workflow's, and only makemigrations is flagged
        Assert.Equal(
            [
                "migration-command | apply | ./manage.py migrate | Found | README.md:5",
                "migration-command | create | python manage.py makemigrations | FrameworkDefault | requirements.txt:2",
                "test-command | unit | python manage.py test | Found | .github/workflows/tests.yml:6",
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
