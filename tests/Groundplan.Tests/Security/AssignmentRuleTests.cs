using static Groundplan.Tests.Security.FakeSecrets;

namespace Groundplan.Tests.Security;

public sealed class AssignmentRuleTests
{
    private static readonly string Password = HumanPassword();
    private static readonly string ApiKey = Chars(Alnum, 32, 70);

    public static TheoryData<string, string, string, string> Assignments => new()
    {
        // path, line ({0} is the value), expected kind, value
        { ".env", "DB_PASSWORD={0}", "password", Password },
        { ".env.production", "export DB_PASSWORD=\"{0}\"", "password", Password },
        { "config/app.yml", "database:\n  password: {0}\n", "password", Password },
        { "config/app.yaml", "smtp:\n  pass: '{0}'  # rotate yearly\n", "password", Password },
        { "appsettings.json", "{{ \"Smtp\": {{ \"Password\": \"{0}\" }} }}", "password", Password },
        { "application.properties", "spring.datasource.password={0}", "password", Password },
        { "my.ini", "[client]\npasswd = {0}\n", "password", Password },
        { "Cargo.toml", "[registry]\ntoken = \"{0}\"\n", "token", ApiKey },
        { "web.config", "<add key=\"PaymentApiKey\" value=\"{0}\" />", "api-key", ApiKey },
        { "pom.xml", "<server><password>{0}</password></server>", "password", Password },
        { "docker-compose.yml", "environment:\n  - POSTGRES_PASSWORD={0}\n", "password", Password },
        { "src/Config.cs", "public const string ClientSecret = \"{0}\";", "secret", ApiKey },
        { "src/config.py", "API_KEY = '{0}'", "api-key", ApiKey },
        { "src/config.py", "client = Client(api_key=\"{0}\")", "api-key", ApiKey },
        { "src/app.ts", "const options = {{ accessToken: `{0}` }};", "token", ApiKey },
        { "main.go", "cfg := Config{{Password: \"{0}\"}}", "password", Password },
        { "wp-config.php", "define('DB_PASSWORD', '{0}');", "password", Password },
        { "src/Db.cs", "var cs = \"Server=db;Database=shop;User Id=app;Password={0};\";", "password", Password },
        { "src/Db.java", "String url = \"jdbc:postgresql://db/shop?user=app&password={0}&ssl=true\";", "password", "Tr0ub4dor%263x" },
        { "deploy.sh", "curl --header \"x-api-key: {0}\" https://api.acme.io", "api-key", ApiKey },
        { "src/api.rb", "headers['X-Api-Key'] = \"{0}\"", "api-key", ApiKey },
        { "notes.md", "Set `jwt_secret: {0}` in staging.", "secret", ApiKey },
    };

    public static TheoryData<string, string> Specific => new()
    {
        // rule id, config text; the secret is the value after the key
        { "aws-secret-access-key", "aws_secret_access_key = {0}" },
        { "aws-secret-access-key", "\"SecretAccessKey\": \"{0}\"" },
    };

    public static TheoryData<string> Placeholders => new()
    {
        "changeme", "password", "<password>", "your-key-here", "YOUR_API_KEY", "xxx", "xxxxxxxxxxxxxxxx", "***",
        "********", "${DB_PASSWORD}", "$DB_PASSWORD", "%DB_PASSWORD%", "{{ db_password }}", "{{db_password}}",
        "process.env.DB_PASSWORD", "os.environ['DB_PASSWORD']", "ENV['DB_PASSWORD']", "", "null", "true",
        "mysecretpassword", "dummy-password-1", "example123", "!vault", "REPLACE_ME", "insert-token", "<%= pw %>",
        "abc123", "12345678", "Passw0rd!",
    };

    [Theory]
    [MemberData(nameof(Assignments))]
    public void Find_SecretAssignedToSecretNamedKey_FindsTheValue(string path, string template, string kind, string value)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, value);

        var ruleId = kind == "password" ? "password-assignment" : "secret-assignment";
        SecretAssert.FindsOnly(text, path, ruleId, kind, value);
    }

    [Theory]
    [MemberData(nameof(Specific))]
    public void Find_AwsSecretAccessKey_ReportsItAsAws(string ruleId, string template)
    {
        var secret = AwsSecretKey();
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, secret);

        SecretAssert.FindsOnly(text, "credentials.yml", ruleId, ruleId, secret);
    }

    [Fact]
    public void Find_AwsDocumentedExampleSecret_FindsNothing()
    {
        SecretAssert.FindsNothing("aws_secret_access_key = " + "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLE" + "KEY\n", "credentials.ini");
    }

    [Fact]
    public void Find_AzureConnectionString_FindsTheAccountKey()
    {
        var key = AzureAccountKey();
        var text = "\"Storage\": \"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=" + key + ";EndpointSuffix=core.windows.net\"";

        SecretAssert.FindsOnly(text, "appsettings.json", "azure-storage-key", "azure-storage-key", key);
    }

    [Fact]
    public void Find_AzuriteDevelopmentKey_FindsNothing()
    {
        // The storage emulator's key is published by Microsoft for everyone's local use.
        var key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq" + "/K1SZFPTOtr/KBHBeksoGMGw==";

        SecretAssert.FindsNothing("AccountName=devstoreaccount1;AccountKey=" + key + ";", "appsettings.Development.json");
    }

    [Fact]
    public void Find_NpmrcAuthToken_FindsIt()
    {
        var token = Chars(Hex, 8, 71) + "-" + Chars(Hex, 4, 72) + "-" + Chars(Hex, 4, 73) + "-" + Chars(Hex, 4, 74) + "-" + Chars(Hex, 12, 75);

        SecretAssert.FindsOnly("registry=https://npm.acme.io/\n//npm.acme.io/:_authToken=" + token + "\n", ".npmrc", "npmrc-auth", "npm-token", token);
        SecretAssert.FindsNothing("//npm.acme.io/:_authToken=${NPM_TOKEN}\n", ".npmrc");
    }

    [Fact]
    public void Find_TwilioAuthToken_FindsIt()
    {
        var token = Hex32();

        SecretAssert.FindsOnly("TWILIO_AUTH_TOKEN=" + token + "\n", ".env", "twilio-auth-token", "twilio-auth-token", token);
    }

    [Theory]
    [MemberData(nameof(Placeholders))]
    public void Find_PlaceholderValue_FindsNothing(string value)
    {
        SecretAssert.FindsNothing($"DB_PASSWORD={value}\nAPI_KEY={value}\n", ".env");
        SecretAssert.FindsNothing($"password: \"{value}\"\napi_token: \"{value}\"\n", "config.yml");
        SecretAssert.FindsNothing($"const password = \"{value}\"; const apiKey = \"{value}\";", "src/app.js");
    }

    [Theory]
    [InlineData("src/app.js", "const password = readPassword(); const token = this.token; apiKey = settings.apiKey;")]
    [InlineData("src/app.py", "password = os.environ[\"DB_PASSWORD\"]\ntoken = get_token()\n")]
    [InlineData("src/app.ts", "function login(password: string, token: Token) { return password; }")]
    [InlineData("src/app.js", "if (password === \"Tr0ub4\" + \"dor&3x\") {}")]
    [InlineData("locales/de.json", "{ \"password\": \"Passwort\", \"passwordHint\": \"Mindestens 8 Zeichen\", \"token\": \"Jeton\" }")]
    [InlineData("locales/es.json", "{ \"password\": \"Contraseña\", \"forgotPassword\": \"¿Olvidó su contraseña?\" }")]
    [InlineData("config.yml", "token_url: https://auth.acme.io/oauth/token2\npassword_min_length: 12\nsecret_name: db-credentials-2024\n")]
    [InlineData("FrameworkList.xml", "<File AssemblyName=\"System.Runtime\" PublicKeyToken=\"b03f5f7f11d50a3a\" />")]
    [InlineData("src/tokenizer.js", "const tokens = [\"_passwd\", \"_exclude\", \"password\", \"user2name\"];")]
    [InlineData(".env", "PWD=/home/dev/project1\n")]
    [InlineData("src/auth.test.ts", "signupSchema.parse({ email: \"ada@example.com\", password: \"long-enough\" });")]
    [InlineData("config.yml", "password: not_set\nsecret: use.the.vault\n")]
    [InlineData("schema.json", "{ \"password\": { \"type\": \"string\", \"minLength\": 8 } }")]
    [InlineData("form.html", "<input type=\"password\" name=\"password\" autocomplete=\"current-password\">")]
    [InlineData("yarn.lock", "resolved \"https://registry.yarnpkg.com/x\"\n  integrity sha512-abc\n  token \"" + "Zq3" + "k9XvB2mL7pQ4wR8t\"\n")]
    public void Find_NotASecret_FindsNothing(string path, string text)
    {
        SecretAssert.FindsNothing(text, path);
    }

    [Fact]
    public void Redact_Assignments_KeepKeyNamesAndQuotes()
    {
        var text = $"DB_PASSWORD={Password}\nSTRIPE={StripeLive()}\n\"apiKey\": \"{ApiKey}\"\n";

        var redacted = Groundplan.Security.SecretScanner.Default.Redact(text, path: null);

        Assert.Equal("DB_PASSWORD=[REDACTED:password]\nSTRIPE=[REDACTED:stripe-key]\n\"apiKey\": \"[REDACTED:api-key]\"\n", redacted);
    }
}
