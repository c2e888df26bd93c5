using static Groundplan.Tests.Security.FakeSecrets;

namespace Groundplan.Tests.Security;

public sealed class UrlCredentialsRuleTests
{
    public static TheoryData<string, string> Urls => new()
    {
        { "postgres://app:{0}@db.internal:5432/shop", "k9" + Chars(Alnum, 14, 60) },
        { "postgresql://app:{0}@10.0.0.5/shop?sslmode=require", "Tr0ub4dor&3" },
        { "mysql://root2:{0}@localhost:3306/app", "p4ss-" + Chars(Alnum, 8, 61) },
        { "jdbc:mysql://svc:{0}@mysql:3306/app", Chars(Alnum, 16, 62) },
        { "mongodb+srv://svc:{0}@cluster0.ab1cd.mongodb.net/app", Chars(Alnum, 20, 63) },
        { "redis://:{0}@cache:6379/0", Chars(Alnum, 24, 64) },
        { "amqp://rabbit:{0}@mq:5672/", Chars(Alnum, 12, 65) },
        { "https://deploy:{0}@registry.acme.io/v2/", Chars(Alnum, 18, 66) },
        { "ftp://ftpuser:{0}@files.acme.io/in", "S3cure!pw" },
        { "https://user:{0}@acme.io", "p@ss" + Chars(Digits, 4, 67) },
    };

    public static TheoryData<string> Placeholders => new()
    {
        "postgres://user:password@localhost:5432/db",
        "postgres://USER:PASSWORD@HOST:5432/DB",
        "postgres://DB_USER:DB_PASS@db/app",
        "mongodb://username:password@host",
        "https://user:pass@acme.io",
        "mysql://root:root@localhost/app",
        "postgres://postgres:postgres@localhost/app",
        "postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}/app",
        "postgres://app:$DB_PASSWORD@db/app",
        "postgres://app:%DB_PASSWORD%@db/app",
        "postgres://app:{{ db_password }}@db/app",
        "postgres://app:<password>@db/app",
        "postgres://app:****@db/app",
        "postgres://app:xxxxxxxx@db/app",
        "postgres://app:changeme@db/app",
        "https://deploy:" + "k9" + Chars(Alnum, 14, 60) + "@registry.example.com/v2",
        "http://localhost:8080@proxy",
        "https://git@github.com/acme/repo.git",
        "git+ssh://git@github.com:acme/repo.git",
        "see https://acme.io/a:b/c@d",
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void Find_UrlWithPassword_FindsThePasswordOnly(string template, string password)
    {
        // Given a connection URL in a config file and in code
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, password);

        // Then only the password is the secret
        SecretAssert.FindsOnly($"DATABASE_URL={url}\n", ".env", "url-credentials", "password", password);
        SecretAssert.FindsOnly($"var url = \"{url}\";", "src/Db.cs", "url-credentials", "password", password);
    }

    [Theory]
    [MemberData(nameof(Placeholders))]
    public void Find_PlaceholderOrNoPassword_FindsNothing(string url)
    {
        SecretAssert.FindsNothing($"url: {url}\n", "config.yml");
    }

    [Fact]
    public void Find_OAuthTokenAsUserName_FindsTheUserName()
    {
        // Given git's token-as-user form, where the password field is a fixed marker
        var token = Chars(Hex, 40, 68);
        var text = "git clone https://" + token + ":x-oauth-basic@github.com/acme/app.git";

        // Then the user name is the secret
        SecretAssert.FindsOnly(text, "deploy.sh", "url-credentials", "token", token);
    }

    [Fact]
    public void Redact_ConnectionUrl_KeepsUserAndHost()
    {
        var password = "k9" + Chars(Alnum, 14, 60);

        var redacted = Groundplan.Security.SecretScanner.Default.Redact($"DATABASE_URL=postgres://app:{password}@db:5432/shop\n", ".env");

        Assert.Equal("DATABASE_URL=postgres://app:[REDACTED:password]@db:5432/shop\n", redacted);
    }
}
