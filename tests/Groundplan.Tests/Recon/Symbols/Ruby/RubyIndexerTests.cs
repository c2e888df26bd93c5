using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.Ruby;
using Groundplan.Tests.Recon.Symbols.CSharp;

namespace Groundplan.Tests.Recon.Symbols.Ruby;

public sealed class RubyIndexerTests
{
    private static IReadOnlyList<CodeSymbol> SymbolsOf(string path, string source) => IndexedSource.Symbols(c => new RubyIndexer(c), path, source);

    private static string Row(CodeSymbol s) => IndexedSource.Row(s, "private");

    [Fact]
    public void Symbols_NestedModulesWithKeywordsInStringsAndHeredocs_EndsMatchTheirBlocks()
    {
        // Given a controller whose strings, comments, regexps and heredocs spell `end`, `if` and `do`
        const string source = """
            module Admin
              class UsersController < ApplicationController
                MAX = 10 # end

                def index
                  @users = User.where("end if do #{params[:q] || "}"}")
                  render :index if @users.any?
                  @total /= 2 unless @users.empty?
                end

                def self.find_for(id) = User.find(id)

                private

                def load_user
                  sql = <<~SQL.strip
                    select * from users where kind = 'end'
                    end
                  SQL
                  { if: 1, do: sql, end: 2 }
                end
              end
            end

            class Admin::Reports::Exporter
              def run
                items.each do |item|
                  next unless item
                  while item.busy? do
                    item.wait
                  end
                end
                x = if ready? then 1 else 2 end
                x.end
              end
            =begin
            def not_a_method
            end
            =end
              def call = perform(%w[if end], /end\//, ?e)

              def value=(v)
                @value = v
              end
            end
            """;

        // When it is indexed
        var rows = SymbolsOf("app/controllers/admin/users_controller.rb", source).Select(Row).ToArray();

        // Then every definition spans exactly its block
        Assert.Equal(
            [
                "Module Admin 1-23 in -",
                "Class UsersController 2-22 in Admin",
                "Constant MAX 3-3 in Admin::UsersController",
                "Method index 5-9 in Admin::UsersController",
                "Method find_for 11-11 in Admin::UsersController",
                "Method load_user 15-21 in Admin::UsersController private",
                "Class Admin::Reports::Exporter 25-45 in -",
                "Method run 26-35 in Admin::Reports::Exporter",
                "Method call 40-40 in Admin::Reports::Exporter",
                "Method value= 42-44 in Admin::Reports::Exporter",
            ],
            rows);
    }

    [Fact]
    public void Symbols_CaseAsAValueWithTernariesInBlocks_EndsMatch()
    {
        // Given a `case` assigned to an element, with `?` methods and ternaries inside brace blocks (from spree's params normaliser)
        const string source = """
            def resolve(hash)
              hash.each_with_object({}) do |(key, value), result|
                result[key] = case
                              when key.to_s.end_with?('_ids') && value.is_a?(Array)
                                value.map { |v| prefixed_id?(v) ? decode(v) : v }
                              else
                                value
                              end
              end
            end
            """;

        // When it is indexed
        var rows = SymbolsOf("lib/normalizer.rb", source).Select(Row).ToArray();

        // Then the method ends on its own `end`
        Assert.Equal(["Method resolve 1-10 in -"], rows);
    }

    [Fact]
    public void Symbols_PrivateSymbolsAndPrivateDef_HideOnlyThoseMethods()
    {
        // Given visibility written three ways
        const string source = """
            class Post
              def title; end
              def slug; end
              private :slug
              private def secret
                1
              end
              def body; end
              class << self
                def recent; end
              end
            end
            """;

        // When it is indexed
        var rows = SymbolsOf("app/models/post.rb", source).Select(Row).ToArray();

        // Then only the named and prefixed ones are private
        Assert.Equal(
            [
                "Class Post 1-12 in -",
                "Method title 2-2 in Post",
                "Method slug 3-3 in Post private",
                "Method secret 5-7 in Post private",
                "Method body 8-8 in Post",
                "Method recent 10-10 in Post",
            ],
            rows);
    }

    [Fact]
    public void Symbols_RoutesFile_ResourcesNamespacesAndVerbsBecomeRoutes()
    {
        // Given a Rails routes file
        const string source = """
            Rails.application.routes.draw do
              root "pages#home"
              get "/about", to: "pages#about"
              resources :posts, only: [:index, :show] do
                resources :comments, only: %i[create]
                member do
                  post :publish
                end
                get :search, on: :collection
              end
              namespace :admin do
                resource :profile, except: [:destroy, :new, :create]
              end
              if Rails.env.development?
                get "/debug" => "debug#show"
              end
            end
            """;

        // When it is indexed
        var routes = SymbolsOf("config/routes.rb", source).Where(s => s.Kind == SymbolKind.Route).Select(s => $"{s.StartLine} {s.Name} {s.Container}").ToArray();

        // Then each route has its verb, full path and action
        Assert.Equal(
            [
                "2 GET / pages#home",
                "3 GET /about pages#about",
                "4 GET /posts posts#index",
                "4 GET /posts/:id posts#show",
                "5 POST /posts/:post_id/comments comments#create",
                "7 POST /posts/:id/publish posts#publish",
                "9 GET /posts/search posts#search",
                "12 GET /admin/profile/edit admin/profiles#edit",
                "12 GET /admin/profile admin/profiles#show",
                "12 PATCH /admin/profile admin/profiles#update",
                "12 PUT /admin/profile admin/profiles#update",
                "15 GET /debug debug#show",
            ],
            routes);
    }

    [Fact]
    public void Imports_RequireAndRequireRelative_ResolveToRepoFilesOrNothing()
    {
        // Given a gem-like tree
        var files = new Dictionary<string, string>
        {
            ["lib/shop.rb"] = "require \"json\"\nrequire \"shop/cart\"\nrequire_relative \"shop/../shop/tax\"\nrequire_relative(\"missing\")\n",
            ["lib/shop/cart.rb"] = "module Shop; end\n",
            ["lib/shop/tax.rb"] = "module Shop; end\n",
        };

        // When the entry file's imports are read
        var edges = IndexedSource.Imports(c => new RubyIndexer(c), files, "lib/shop.rb");

        // Then repo files resolve and the stdlib stays external
        Assert.Equal(["1 json -> ", "2 shop/cart -> lib/shop/cart.rb", "3 shop/../shop/tax -> lib/shop/tax.rb", "4 missing -> "], edges);
    }
}
