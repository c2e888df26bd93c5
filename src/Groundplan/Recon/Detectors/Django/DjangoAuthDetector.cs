using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Django;

/// <summary>How a Django project authenticates and checks permissions (contrib.auth, decorators, mixins, DRF classes), and how it validates input.</summary>
internal sealed partial class DjangoAuthDetector : IDetector
{
    public string Id => "django.auth";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (DjangoProject.Find(context) is not { } project)
        {
            return [];
        }

        var code = project.PythonFiles().Where(f => !IsTest(f.Path)).ToArray();
        var facts = new List<ReconFact>();
        void Add(string topic, string name, string value, params Evidence?[] evidence)
        {
            if (evidence.Any(e => e is not null))
            {
                facts.Add(project.Fact(topic, name, value, Id, evidence));
            }
        }

        if (project.InstalledApps.FirstOrDefault(a => a.App == "django.contrib.auth").Evidence is { } contribAuth)
        {
            Add(ReconTopic.Authentication, "django.contrib.auth", "Django auth (sessions, request.user)", contribAuth);
        }

        Add(ReconTopic.Authentication, "@login_required", "@login_required on function views", project.First(code, LoginRequired()));
        Add(ReconTopic.Authentication, "LoginRequiredMixin", "LoginRequiredMixin on class-based views", project.First(code, LoginMixin()));
        Add(ReconTopic.Authentication, "DEFAULT_AUTHENTICATION_CLASSES", "DRF authentication classes", project.First(code, DrfAuthentication()));

        Add(ReconTopic.Authorization, "@permission_required", "@permission_required(\"app.codename\")", project.First(code, PermissionRequired()));
        Add(ReconTopic.Authorization, "PermissionRequiredMixin", "PermissionRequiredMixin / UserPassesTestMixin on class-based views", project.First(code, PermissionMixin()));
        Add(ReconTopic.Authorization, "has_perm", "user.has_perm(\"app.codename\")", project.First(code, HasPerm()));
        Add(ReconTopic.Authorization, "permission_classes", "DRF permission_classes on views", project.First(code, PermissionClasses()));
        Add(ReconTopic.Authorization, "DEFAULT_PERMISSION_CLASSES", "DRF default permission classes", project.First(code, DefaultPermissions()));

        Add(ReconTopic.Validation, "django-forms", "Django forms (forms.Form / forms.ModelForm)", project.First(code, DjangoForm()));
        Add(ReconTopic.Validation, "drf-serializers", "DRF serializers", project.First(code, Serializer()));
        return facts;
    }

    private static bool IsTest(string path) =>
        path.StartsWith("tests/", StringComparison.Ordinal) || path.Contains("/tests/", StringComparison.Ordinal)
        || Path.GetFileName(path).StartsWith("test_", StringComparison.Ordinal) || path.EndsWith("tests.py", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*@login_required\b")]
    private static partial Regex LoginRequired();

    [GeneratedRegex(@"^\s*class\s+\w+\(.*\bLoginRequiredMixin\b")]
    private static partial Regex LoginMixin();

    [GeneratedRegex("""["']DEFAULT_AUTHENTICATION_CLASSES["']""")]
    private static partial Regex DrfAuthentication();

    [GeneratedRegex(@"^\s*@permission_required\(")]
    private static partial Regex PermissionRequired();

    [GeneratedRegex(@"^\s*class\s+\w+\(.*\b(?:PermissionRequiredMixin|UserPassesTestMixin)\b")]
    private static partial Regex PermissionMixin();

    [GeneratedRegex(@"\.has_perms?\(")]
    private static partial Regex HasPerm();

    [GeneratedRegex(@"^\s*permission_classes\s*=")]
    private static partial Regex PermissionClasses();

    [GeneratedRegex("""["']DEFAULT_PERMISSION_CLASSES["']""")]
    private static partial Regex DefaultPermissions();

    [GeneratedRegex(@"^\s*class\s+\w+\(\s*forms\.(?:Model)?Form\s*\)")]
    private static partial Regex DjangoForm();

    [GeneratedRegex(@"^\s*class\s+\w+\(\s*serializers\.\w*Serializer\s*\)")]
    private static partial Regex Serializer();
}
