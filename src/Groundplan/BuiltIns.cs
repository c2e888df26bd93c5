using Groundplan.Lint;
using Groundplan.Lint.Rules;
using Groundplan.Model;
using Groundplan.Recon;
using Groundplan.Recon.Detectors.Common;
using Groundplan.Recon.Detectors.Django;
using Groundplan.Recon.Detectors.DotNet;
using Groundplan.Recon.Detectors.Go;
using Groundplan.Recon.Detectors.Node;
using Groundplan.Recon.Detectors.Rails;
using Groundplan.Recon.Symbols;
using Groundplan.Recon.Symbols.CSharp;
using Groundplan.Recon.Symbols.Go;
using Groundplan.Recon.Symbols.Python;
using Groundplan.Recon.Symbols.Ruby;
using Groundplan.Recon.Symbols.TypeScript;

namespace Groundplan;

/// <summary>
/// The built-in detectors, language indexers and lint rules, listed by hand: finding them by reflection loaded every type
/// of the assembly (thousands, most of them generated regex code) on each run's critical path. BuiltInsTests fails when
/// an implementation is missing here, so adding one is still caught at once.
/// </summary>
internal static class BuiltIns
{
    /// <summary>A new instance of every built-in detector, in type-name order.</summary>
    public static IReadOnlyList<IDetector> Detectors() =>
    [
        new CiDetector(),
        new DirectoryRoleDetector(),
        new DocumentedCommandsDetector(),
        new FileNamingDetector(),
        new LanguagesDetector(),
        new LintDetector(),
        new PreCommitHooksDetector(),
        new TaskRunnerDetector(),
        new TestNamingDetector(),
        new VersionFilesDetector(),
        new DjangoAuthDetector(),
        new DjangoCacheDetector(),
        new DjangoDataDetector(),
        new DjangoStackDetector(),
        new DjangoTestDetector(),
        new DotNetCacheDetector(),
        new DotNetDataDetector(),
        new DotNetLayoutDetector(),
        new DotNetSecurityDetector(),
        new DotNetStackDetector(),
        new DotNetTestDetector(),
        new GoCacheDetector(),
        new GoDataDetector(),
        new GoLayoutDetector(),
        new GoMigrationDetector(),
        new GoSecurityDetector(),
        new GoStackDetector(),
        new GoTestDetector(),
        new DrizzleDetector(),
        new NodeAuthDetector(),
        new NodeCacheDetector(),
        new NodeLayoutDetector(),
        new NodeLibraryDetector(),
        new NodeStackDetector(),
        new NodeTestDetector(),
        new PrismaDetector(),
        new TypeOrmDetector(),
        new RailsAuthDetector(),
        new RailsCacheDetector(),
        new RailsDataDetector(),
        new RailsStackDetector(),
        new RailsTestDetector(),
    ];

    /// <summary>A new instance of every built-in language indexer for <paramref name="codebase"/>, in type-name order.</summary>
    public static ILanguageIndexer[] Indexers(Codebase codebase) =>
    [
        new CSharpIndexer(codebase),
        new GoIndexer(codebase),
        new PythonIndexer(codebase),
        new RubyIndexer(codebase),
        new TypeScriptIndexer(codebase),
    ];

    /// <summary>A new instance of every built-in lint rule, in type-name order.</summary>
    public static IReadOnlyList<LintRule> Rules() =>
    [
        new AssumptionSyntaxRule(),
        new AuthorizationRule(),
        new CacheInvalidationRule(),
        new ChecklistSyntaxRule(),
        new CommandExistsRule(),
        new ConcreteStepsRule(),
        new HedgingRule(),
        new ImpactTableRule(),
        new LineRangeRule(),
        new LineTargetRule(),
        new MigrationCommandRule(),
        new NeedsConfirmationRule(),
        new NewFilePlacementRule(),
        new NewFileRule(),
        new NumberingRule(),
        new OutsideChecklistRule(),
        new PathExistsRule(),
        new PhaseValidationRule(),
        new PhasesRule(),
        new SectionOrderRule(),
        new SectionsPresentRule(),
        new SelfContainedRule(),
        new SlugRule(),
        new SpecSafetyRule(),
        new SymbolExistsRule(),
        new SymbolLocationRule(),
        new TableStepsAgreeRule(),
        new TestsNamedRule(),
        new UiStatesRule(),
        new VagueWordingRule(),
    ];
}
