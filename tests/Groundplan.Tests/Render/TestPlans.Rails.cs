using Groundplan.Model.Plans;
using Groundplan.Model.Recon;

namespace Groundplan.Tests.Render;

internal static partial class TestPlans
{
    public static ImplementationPlan RailsCsv() => new()
    {
        Title = "CSV export of invoices",
        Slug = "csv-export-of-invoices",
        Summary = "Let account admins download their invoices as CSV from the invoices page.",
        Request = "add CSV export of invoices",
        UserStory = "As an account admin I want a CSV of invoices so that I can reconcile them in a spreadsheet.",
        Goals = ["`GET /invoices.csv` streams the account's invoices."],
        Requirements = [new("Only admins of the account download it."), new("Columns: number, issued_on, total, status.")],
        Assumptions = ["Invoices per account stay under 50,000 rows, so no background job is needed."],
        Snapshot = [new("Framework", "Rails 7.1", [new Evidence("Gemfile", 3)])],
        ImpactedFiles =
        [
            new("app/controllers/invoices_controller.rb", ChangeType.Edit, "Respond to `format.csv` in `index`."),
            new("app/services/invoices/csv_export.rb", ChangeType.New, "Builds the CSV."),
            new("app/views/invoices/index.html.erb", ChangeType.Edit, "Add the download link."),
            new("spec/services/invoices/csv_export_spec.rb", ChangeType.New, "Specs for the export."),
        ],
        Phases =
        [
            new() { Kind = PhaseKind.DataLayer, Title = "Data Layer & Schema", NotNeeded = "the export reads existing columns." },
            new()
            {
                Kind = PhaseKind.Backend, Title = "Backend Logic",
                Tasks =
                [
                    new PlanTask
                    {
                        Title = "Add Invoices::CsvExport",
                        Files = ["app/services/invoices/csv_export.rb", "app/controllers/invoices_controller.rb"],
                        Steps =
                        [
                            new("Create `app/services/invoices/csv_export.rb` with `Invoices::CsvExport#call(scope)`."),
                            new("In `InvoicesController#index`, add `format.csv { send_data Invoices::CsvExport.new.call(@invoices), filename: \"invoices.csv\" }`."),
                            new("Keep `before_action :require_admin!` covering `index`."),
                        ],
                        Signatures = [new CodeBlock("ruby", "module Invoices\n  class CsvExport\n    def call(scope) # => String\n  end\nend")],
                        TestSignatures = [new CodeBlock("ruby", "RSpec.describe Invoices::CsvExport do\n  it \"writes one row per invoice\"\nend")],
                        TestObjectives = ["Header row matches the columns."],
                    },
                ],
            },
            new()
            {
                Kind = PhaseKind.Frontend, Title = "Frontend Implementation",
                Tasks = [new PlanTask { Title = "Add the download link", Files = ["app/views/invoices/index.html.erb"], Steps = [new("Add `link_to \"Download CSV\", invoices_path(format: :csv)` above the table.")] }],
            },
            new()
            {
                Kind = PhaseKind.Testing, Title = "Testing and Validation",
                ValidationCommands = ["bundle exec rspec", "bin/rails test"],
                Tasks = [new PlanTask { Title = "Unit Tests (RSpec)", Files = ["spec/services/invoices/csv_export_spec.rb"], Steps = [new("Create `spec/services/invoices/csv_export_spec.rb`.")] }],
            },
        ],
        Tests = [new PlanTest { Path = "spec/services/invoices/csv_export_spec.rb", IsNew = true, Framework = "RSpec", Names = ["writes one row per invoice"] }],
        ValidationCommands = ["bundle exec rspec"],
        Rollback = ["Revert the commit."],
        CodeLanguage = "ruby",
    };
}
