using Groundplan.Model.Plans;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Signatures;

/// <summary>The schema change in the data layer's own notation (Prisma, Drizzle, TypeORM, EF Core, Django, ActiveRecord, SQL).</summary>
internal static class SchemaSnippets
{
    public static CodeBlock? For(string dataLayer, Feature feature)
    {
        if (!feature.ChangesSchema)
        {
            return null;
        }

        var name = feature.NewEntity?.Name ?? feature.Subject?.Singular ?? "Record";
        var fields = feature.Fields;
        return dataLayer.ToLowerInvariant() switch
        {
            "prisma" => new CodeBlock("prisma", Block($"model {name} {{", fields.SelectMany(PrismaLines), Unique(feature, r => $"  @@unique([{r}])", n => Words.Camel(n) + "Id"), "}")),
            "drizzle" => new CodeBlock("typescript", Block($"export const {Words.Camel(Words.Plural(name))} = pgTable(\"{Words.Snake(Words.Plural(name))}\", {{", fields.Select(f => $"  {Words.Camel(f.Name)}: {Drizzle(f)},"), [], "});")),
            "typeorm" => new CodeBlock("typescript", Block($"@Entity(\"{Words.Snake(Words.Plural(name))}\")\nexport class {name} {{", fields.Select(f => $"  {TypeOrm(f)}"), [], "}")),
            "ef core" => new CodeBlock("csharp", Block($"public class {name}\n{{", fields.SelectMany(CSharpLines), [], "}")),
            "django-orm" => new CodeBlock("python", Block($"class {name}(models.Model):", fields.Where(f => f.Type != "id").Select(f => $"    {Words.Snake(f.Name)} = {Django(f)}"), Unique(feature, r => $"\n    class Meta:\n        constraints = [models.UniqueConstraint(fields=[{r}], name=\"unique_{Words.Snake(name)}\")]", n => $"\"{Words.Snake(n)}\""), "")),
            "activerecord" => new CodeBlock("ruby", Block($"create_table :{Words.Snake(Words.Plural(name))} do |t|", fields.Where(f => f.Type != "id" && f.Name != "created at").Select(f => $"  {Rails(f)}"), ["  t.timestamps"], "end")),
            _ => new CodeBlock("sql", Block($"CREATE TABLE {Words.Snake(Words.Plural(name))} (", fields.Select(f => $"    {Sql(f)},"), Unique(feature, r => $"    UNIQUE ({r}),", n => Words.Snake(n) + "_id"), ");")),
        };
    }

    private static string Block(string head, IEnumerable<string> lines, IEnumerable<string> tail, string end) =>
        string.Join('\n', new[] { head }.Concat(lines).Concat(tail).Append(end).Where(l => l.Length > 0));

    private static IEnumerable<string> Unique(Feature feature, Func<string, string> render, Func<string, string> field)
    {
        // A join model holds one row per pair.
        var refs = feature.Fields.Where(f => f.Type == "ref").Select(f => field(f.Name)).ToList();
        return feature.NewEntity is not null && refs.Count == 2 ? [render(string.Join(", ", refs))] : [];
    }

    private static IEnumerable<string> PrismaLines(NewField f) => f.Type == "ref"
        ? [$"  {Words.Camel(f.Name)}Id String", $"  {Words.Camel(f.Name)} {Words.Pascal(Words.Singular(f.RefersTo ?? f.Name))} @relation(fields: [{Words.Camel(f.Name)}Id], references: [id], onDelete: Cascade)"]
        : [$"  {Words.Camel(f.Name)} {Prisma(f)}"];

    private static string Prisma(NewField f) => f.Type switch
    {
        "id" => "String @id @default(cuid())",
        "datetime" => f.Name == "created at" ? "DateTime @default(now())" : "DateTime?",
        "bool" => "Boolean @default(false)",
        "int" => "Int @default(0)",
        _ => f.Optional ? "String?" : "String",
    };

    private static string Drizzle(NewField f) => f.Type switch
    {
        "id" => "serial(\"id\").primaryKey()",
        "ref" => $"integer(\"{Words.Snake(f.Name)}_id\").notNull().references(() => {Words.Camel(f.RefersTo ?? f.Name)}.id, {{ onDelete: \"cascade\" }})",
        "datetime" => f.Name == "created at" ? "timestamp(\"created_at\").defaultNow().notNull()" : $"timestamp(\"{Words.Snake(f.Name)}\")",
        "bool" => $"boolean(\"{Words.Snake(f.Name)}\").default(false).notNull()",
        _ => $"text(\"{Words.Snake(f.Name)}\")",
    };

    private static string TypeOrm(NewField f) => f.Type switch
    {
        "id" => "@PrimaryGeneratedColumn() id!: number;",
        "ref" => $"@ManyToOne(() => {Words.Pascal(Words.Singular(f.RefersTo ?? f.Name))}, {{ onDelete: \"CASCADE\" }}) {Words.Camel(f.Name)}!: {Words.Pascal(Words.Singular(f.RefersTo ?? f.Name))};",
        "datetime" => f.Name == "created at" ? "@CreateDateColumn() createdAt!: Date;" : $"@Column({{ type: \"timestamptz\", nullable: true }}) {Words.Camel(f.Name)}!: Date | null;",
        "bool" => $"@Column({{ default: false }}) {Words.Camel(f.Name)}!: boolean;",
        _ => $"@Column({{ nullable: {(f.Optional ? "true" : "false")} }}) {Words.Camel(f.Name)}!: string;",
    };

    private static IEnumerable<string> CSharpLines(NewField f) => f.Type == "ref"
        ? [$"    public int {Words.Pascal(f.Name)}Id {{ get; set; }}", $"    public {Words.Pascal(Words.Singular(f.RefersTo ?? f.Name))} {Words.Pascal(f.Name)} {{ get; set; }} = null!;"]
        : [$"    public {CSharp(f)} {{ get; set; }}"];

    private static string CSharp(NewField f) => f.Type switch
    {
        "id" => "int Id",
        "datetime" => f.Optional ? $"DateTime? {Words.Pascal(f.Name)}" : $"DateTime {Words.Pascal(f.Name)}",
        "bool" => $"bool {Words.Pascal(f.Name)}",
        _ => $"string{(f.Optional ? "?" : "")} {Words.Pascal(f.Name)}",
    };

    private static string Django(NewField f) => f.Type switch
    {
        "ref" => $"models.ForeignKey({(f.RefersTo is "User" or "users" ? "settings.AUTH_USER_MODEL" : Words.Pascal(Words.Singular(f.RefersTo ?? f.Name)))}, on_delete=models.CASCADE)",
        "datetime" => f.Name == "created at" ? "models.DateTimeField(auto_now_add=True)" : "models.DateTimeField(null=True, blank=True)",
        "bool" => "models.BooleanField(default=False)",
        "int" => "models.IntegerField(default=0)",
        _ => $"models.CharField(max_length=255{(f.Optional ? ", blank=True" : "")})",
    };

    private static string Rails(NewField f) => f.Type switch
    {
        "ref" => $"t.references :{Words.Snake(f.Name)}, null: false, foreign_key: true",
        "datetime" => $"t.datetime :{Words.Snake(f.Name)}",
        "bool" => $"t.boolean :{Words.Snake(f.Name)}, default: false, null: false",
        _ => $"t.string :{Words.Snake(f.Name)}",
    };

    private static string Sql(NewField f) => f.Type switch
    {
        "id" => "id BIGSERIAL PRIMARY KEY",
        "ref" => $"{Words.Snake(f.Name)}_id BIGINT NOT NULL REFERENCES {Words.Snake(Words.Plural(Words.Singular(f.RefersTo ?? f.Name)))}(id) ON DELETE CASCADE",
        "datetime" => f.Name == "created at" ? "created_at TIMESTAMPTZ NOT NULL DEFAULT now()" : $"{Words.Snake(f.Name)} TIMESTAMPTZ",
        "bool" => $"{Words.Snake(f.Name)} BOOLEAN NOT NULL DEFAULT false",
        _ => $"{Words.Snake(f.Name)} TEXT",
    };
}
